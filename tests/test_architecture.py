"""store/ is a library: it never imports telegram or bot/ (DESIGN.md rule 1)."""

import ast
from pathlib import Path

STORE = Path(__file__).resolve().parent.parent / "store"


def test_store_never_imports_telegram_or_bot():
    offenders = []
    for path in STORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("telegram", "bot")]
    assert offenders == []
