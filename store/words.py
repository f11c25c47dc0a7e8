"""Words as a dictionary segmenter reads them (jieba-rs, through the compiled `rjieba` wheel, its
dictionary built in), for what the rules of names cannot tell: where a name printed right after a
title ends (`部长某某某这样强调`, `外长某某通电话`), whether a two-character name's last character
opens the next word (`某某|接到`), whether a run of transliteration characters is a place (`伦敦`).
Without the wheel the rules decide alone."""

from __future__ import annotations

import importlib
from types import ModuleType

try:
    rjieba: ModuleType | None = importlib.import_module("rjieba")
except ImportError:  # pragma: no cover - a platform with no wheel: the rules read names alone
    rjieba = None

WINDOW = 12  # characters read: a name and the words after it
PERSON_TAGS = frozenset(("nr", "nrfg", "nrt"))  # a Chinese name, a name as a word, a transliterated one


def tagged(text: str, window: int = WINDOW) -> list[tuple[str, str]]:
    """The words of text's first `window` characters with their part of speech (`[('某某某', 'nr'),
    ('这样', 'r'), …]`); none without the segmenter."""
    if rjieba is None or not text:
        return []
    try:
        return rjieba.tag(text[:window])
    except UnicodeEncodeError:  # a lone surrogate (`"\ud800"` in JSON): read as `?`, one character for one
        return rjieba.tag(text[:window].encode("utf-8", "replace").decode("utf-8"))


def known(word: str) -> bool:
    """word is in the segmenter's dictionary (not a word its hidden Markov model made up)."""
    try:
        return rjieba is not None and rjieba.has_word(word)
    except UnicodeEncodeError:  # a lone surrogate is in no dictionary
        return False

