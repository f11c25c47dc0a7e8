"""Whether two stretches of one page are about the same thing: cosine similarity of character
bigrams, each weighted by how rare it is on that page (words the whole page repeats, such as
the district's name, count for little). Used to tell a subheading inside a long article from
the headline of a new one on pages that mark neither."""

from __future__ import annotations

import math
import re
from collections import Counter

from store.text import CJK

_RUNS = re.compile(rf"[{CJK}]+")


def bigrams(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for run in _RUNS.findall(text):
        counts.update(run[i : i + 2] for i in range(len(run) - 1))
    return counts


class PageTopics:
    """Bigram weights of one page, from its paragraphs."""

    def __init__(self, paragraphs: list[str]) -> None:
        df: Counter[str] = Counter()
        for p in paragraphs:
            df.update(set(bigrams(p)))
        n = len(paragraphs)
        self.weights = {b: math.log((n + 1) / (k + 0.5)) for b, k in df.items()}

    def similarity(self, a: str, b: str) -> float:
        va, vb = self._vector(a), self._vector(b)
        dot = sum(w * vb.get(k, 0.0) for k, w in va.items())
        norm = math.sqrt(sum(w * w for w in va.values())) * math.sqrt(sum(w * w for w in vb.values()))
        return dot / norm if norm else 0.0

    def _vector(self, text: str) -> dict[str, float]:
        return {k: c * self.weights.get(k, 0.0) for k, c in bigrams(text).items()}
