"""A compact BM25 inverted index over integer term keys: per term, the documents that hold it
(uint32) and a quantised BM25 term weight (uint8). Built in chunks so memory stays bounded."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from store.tokens import doc_keys, term_counts

K1 = 1.2
LEVELS = 255
MIN_CUT = 500


@dataclass(frozen=True)
class Postings:
    terms: np.ndarray  # sorted uint32 keys
    indptr: np.ndarray  # int64, len(terms) + 1
    docs: np.ndarray  # uint32
    weights: np.ndarray  # uint8, tf part of BM25 scaled to 0..255
    idf: np.ndarray  # float32 per term

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.terms, self.indptr, self.docs, self.weights, self.idf))

    def add_scores(self, scores: np.ndarray, keys: Iterable[int], boost: float = 1.0) -> int:
        """Add each key's BM25 contribution to `scores`; returns how many keys were known."""
        known = 0
        scale = boost * (K1 + 1) / LEVELS
        for key in keys:
            i = int(np.searchsorted(self.terms, key))
            if i >= self.terms.size or self.terms[i] != key:
                continue
            known += 1
            lo, hi = self.indptr[i], self.indptr[i + 1]
            scores[self.docs[lo:hi]] += self.weights[lo:hi] * np.float32(self.idf[i] * scale)
        return known

    def df(self, key: int) -> int:
        i = int(np.searchsorted(self.terms, key))
        if i >= self.terms.size or self.terms[i] != key:
            return 0
        return int(self.indptr[i + 1] - self.indptr[i])


def build_postings(
    chunks: Callable[[], Iterable[list[str]]],
    n_docs: int,
    lengths: np.ndarray,
    *,
    unigrams: bool,
    b: float,
    max_df: float = 1.0,
) -> Postings:
    """Two passes over `chunks()` (lists of texts, in document order): document frequencies,
    then postings written in place. Terms in more than `max_df` of documents are left out."""
    avgdl = float(lengths.mean()) if lengths.size else 1.0
    vocab, df = _document_frequencies(chunks(), unigrams)
    # the cut only matters for a large archive: a small one keeps every pair
    keep = df <= max(MIN_CUT, int(max_df * n_docs)) if max_df < 1.0 else np.ones(df.size, bool)
    terms = vocab[keep]
    kept_df = df[keep]
    indptr = np.zeros(terms.size + 1, dtype=np.int64)
    np.cumsum(kept_df, out=indptr[1:])
    docs = np.zeros(int(indptr[-1]), dtype=np.uint32)
    weights = np.zeros(int(indptr[-1]), dtype=np.uint8)
    cursor = indptr[:-1].copy()
    base = 0
    for texts in chunks():
        d, k, tf = term_counts(*doc_keys(texts, unigrams))
        d = d + np.uint32(base)
        base += len(texts)
        idx = np.searchsorted(terms, k)
        idx[idx >= terms.size] = 0
        present = terms[idx] == k
        d, idx, tf = d[present], idx[present], tf[present]
        order = np.argsort(idx, kind="stable")
        d, idx, tf = d[order], idx[order], tf[order]
        starts = np.flatnonzero(np.concatenate(([True], idx[1:] != idx[:-1]))) if idx.size else np.zeros(0, np.int64)
        group = np.repeat(starts, np.diff(np.append(starts, idx.size)))
        rank = np.arange(idx.size) - group
        pos = cursor[idx] + rank
        norm = K1 * (1 - b + b * lengths[d] / avgdl)
        w = tf * (K1 + 1) / (tf + norm)
        docs[pos] = d
        weights[pos] = np.clip(np.rint(w / (K1 + 1) * LEVELS), 1, LEVELS).astype(np.uint8)
        np.add.at(cursor, idx[starts], np.diff(np.append(starts, idx.size)))
    idf = np.log(1 + (n_docs - kept_df + 0.5) / (kept_df + 0.5)).astype(np.float32)
    return Postings(terms, indptr, docs, weights, idf)


def _document_frequencies(chunks: Iterable[list[str]], unigrams: bool) -> tuple[np.ndarray, np.ndarray]:
    parts_k: list[np.ndarray] = []
    parts_c: list[np.ndarray] = []
    for texts in chunks:
        _, k, _ = term_counts(*doc_keys(texts, unigrams))
        k = np.sort(k)
        starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1]))) if k.size else np.zeros(0, np.int64)
        parts_k.append(k[starts])
        parts_c.append(np.diff(np.append(starts, k.size)))
    if not parts_k:
        return np.zeros(0, np.uint32), np.zeros(0, np.int64)
    keys = np.concatenate(parts_k)
    counts = np.concatenate(parts_c)
    order = np.argsort(keys, kind="stable")
    keys, counts = keys[order], counts[order]
    starts = np.flatnonzero(np.concatenate(([True], keys[1:] != keys[:-1]))) if keys.size else np.zeros(0, np.int64)
    return keys[starts], np.add.reduceat(counts, starts) if keys.size else counts


def save(p: Postings, prefix: str, out: dict[str, np.ndarray]) -> None:
    for name in ("terms", "indptr", "docs", "weights", "idf"):
        out[f"{prefix}_{name}"] = getattr(p, name)


def load(prefix: str, arrays: dict[str, np.ndarray] | np.lib.npyio.NpzFile) -> Postings:
    return Postings(*(arrays[f"{prefix}_{name}"] for name in ("terms", "indptr", "docs", "weights", "idf")))
