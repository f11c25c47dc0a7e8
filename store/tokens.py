"""Character unigrams and bigrams as integer keys, computed with NumPy over many texts at once.

A character is mapped into a compact alphabet (CJK ideographs, digits, Latin letters; full-width
forms folded, case folded); anything else breaks a bigram. A unigram key is the character's
code in the alphabet; a bigram key is `a * ALPHABET + b + BIGRAM_BASE`, which fits in 32 bits."""

from __future__ import annotations

import numpy as np

_CJK_START, _CJK_END = 0x3400, 0x9FFF
_TABLE = np.zeros(0x10000, dtype=np.uint32)
_next = 1
for _cp in range(_CJK_START, _CJK_END + 1):
    _TABLE[_cp] = _next
    _next += 1
for _cp in list(range(0x30, 0x3A)) + list(range(0x61, 0x7B)):
    _TABLE[_cp] = _next
    _next += 1
for _cp in range(0x41, 0x5B):  # upper case folds to lower
    _TABLE[_cp] = _TABLE[_cp + 32]
for _cp in range(0xFF10, 0xFF1A):  # full-width digits
    _TABLE[_cp] = _TABLE[_cp - 0xFEE0]
for _cp in range(0xFF21, 0xFF3B):  # full-width upper case
    _TABLE[_cp] = _TABLE[_cp - 0xFEE0 + 32]
for _cp in range(0xFF41, 0xFF5B):  # full-width lower case
    _TABLE[_cp] = _TABLE[_cp - 0xFEE0]
ALPHABET = _next
BIGRAM_BASE = ALPHABET  # unigram keys are < ALPHABET; bigram keys start here
assert ALPHABET * ALPHABET + BIGRAM_BASE < 2**32


def codes(text: str) -> np.ndarray:
    """The text as alphabet codes (0 for characters outside it)."""
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    cp = np.where(cp < 0x10000, cp, 0)
    return _TABLE[cp]


def doc_keys(texts: list[str], unigrams: bool) -> tuple[np.ndarray, np.ndarray]:
    """(doc number, key) for every unigram (if asked) and bigram of every text."""
    if not texts:
        return np.zeros(0, np.uint32), np.zeros(0, np.uint32)
    joined = "\x00".join(texts)
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    bounds = np.flatnonzero(cp == 0)
    c = _TABLE[np.where(cp < 0x10000, cp, 0)]
    doc_of = np.zeros(c.size, dtype=np.uint32)
    if bounds.size:
        doc_of[bounds + 1] = 1
        doc_of = np.cumsum(doc_of, dtype=np.uint32)
    valid = c > 0
    pair = valid[:-1] & valid[1:]
    big = c[:-1][pair].astype(np.uint32) * np.uint32(ALPHABET) + c[1:][pair] + np.uint32(BIGRAM_BASE)
    big_docs = doc_of[:-1][pair]
    if not unigrams:
        return big_docs, big
    return np.concatenate([doc_of[valid], big_docs]), np.concatenate([c[valid], big])


def query_keys(text: str) -> list[int]:
    """The distinct unigram and bigram keys of a query, in order of appearance."""
    _, keys = doc_keys([text], unigrams=True)
    return list(dict.fromkeys(int(k) for k in keys))


def term_counts(docs: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (doc, key) pairs with their counts, sorted by key then doc."""
    if docs.size == 0:
        empty = np.zeros(0, np.uint32)
        return empty, empty, np.zeros(0, np.uint32)
    pairs = (keys.astype(np.uint64) << np.uint64(32)) | docs.astype(np.uint64)
    pairs.sort()
    starts = np.flatnonzero(np.concatenate(([True], pairs[1:] != pairs[:-1])))
    counts = np.diff(np.append(starts, pairs.size)).astype(np.uint32)
    uniq = pairs[starts]
    return (uniq & np.uint64(0xFFFFFFFF)).astype(np.uint32), (uniq >> np.uint64(32)).astype(np.uint32), counts


def group_starts(sorted_values: np.ndarray) -> np.ndarray:
    """Where each run of equal values begins in a sorted array."""
    if not sorted_values.size:
        return np.zeros(0, np.int64)
    return np.flatnonzero(np.concatenate(([True], sorted_values[1:] != sorted_values[:-1])))
