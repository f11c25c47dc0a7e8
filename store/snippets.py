"""The sentence of an article that best answers a query, with the matched words marked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.text import TERMINAL

_SENTENCE = re.compile(rf"[^{TERMINAL}\n]*[{TERMINAL}]+|[^{TERMINAL}\n]+")
MAX_SNIPPET = 160


@dataclass(frozen=True)
class Snippet:
    text: str
    marks: tuple[tuple[int, int], ...]  # (start, end) of matched words in text


def snippet(body: str, query: str, extra: tuple[str, ...] = ()) -> Snippet:
    """The best sentence (by distinct query pairs it holds, rarer characters first) and the next
    one when it is short. `query` is the folded question core; `extra` are expanded names."""
    sentences = [s.strip() for s in _SENTENCE.findall(body) if s.strip()]
    if not sentences:
        return Snippet("", ())
    pairs = {query[i : i + 2] for i in range(len(query) - 1)} | {n for n in extra if n}
    singles = set(query)

    def score(s: str) -> float:
        return sum(2 for p in pairs if p in s) + sum(0.2 for c in singles if c in s)

    best = max(range(len(sentences)), key=lambda i: (score(sentences[i]), -i))
    text = sentences[best]
    if len(text) < 40 and best + 1 < len(sentences):
        text += sentences[best + 1]
    if len(text) > MAX_SNIPPET:
        text = text[: MAX_SNIPPET - 1] + "…"
    return Snippet(text, _marks(text, pairs))


def _marks(text: str, terms: set[str]) -> tuple[tuple[int, int], ...]:
    covered = [False] * len(text)
    for term in terms:
        start = text.find(term)
        while start != -1:
            for k in range(start, start + len(term)):
                covered[k] = True
            start = text.find(term, start + 1)
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(text):
        if covered[k]:
            end = k
            while end < len(text) and covered[end]:
                end += 1
            spans.append((k, end))
            k = end
        else:
            k += 1
    return tuple(spans)


def marked(s: Snippet, left: str = "【", right: str = "】") -> str:
    """The snippet with its marks drawn in, for plain text."""
    out, pos = [], 0
    for a, b in s.marks:
        out += [s.text[pos:a], left, s.text[a:b], right]
        pos = b
    out.append(s.text[pos:])
    return "".join(out)
