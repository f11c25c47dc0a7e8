"""store/ is a library: it never imports telegram or bot/ (DESIGN.md rule 1); the product code names
no one from the sample pages (it must work on pages it has never seen)."""

import ast
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "store"
GOLD_PEOPLE = Path(__file__).parent / "fixtures" / "gold" / "people.tsv"


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


def test_the_product_code_names_no_one_from_the_sample_pages():
    lines = [ln for ln in GOLD_PEOPLE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    names = {row["name"] for row in csv.DictReader(lines, delimiter="\t")}
    sources = [*STORE.rglob("*.py"), *(ROOT / "bot").rglob("*.py")]
    found = [f"{path.name}: {name}" for path in sources for name in names if name in path.read_text(encoding="utf-8")]
    assert len(names) > 30 and found == []
