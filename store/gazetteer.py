"""Names the store knows (people, and places the articles print: roads, lakes, bridges,
villages…), and fuzzy matching of a query's words against them: `翠全湖` -> `翠泉湖`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from store.text import CJK

SUFFIX = re.compile("大道|街道|社区|公园|广场|小区|园区|新区|中学|小学|大学|医院|大桥|路|街|湖|桥|河|山|村|镇|乡")
_CJK_RUN = re.compile(rf"[{CJK}]+$")
_STOP_FIRST = set("在到的和与及对向从于是为等把将被由该这那其各全每沿经了并至赴往自")
_INSIDE_STOP = set("的了是在和与及到等把将被由这那其每个们")
_MAX_SHARED = 300
LEAD_CHARS = 600  # places are named early in a report; the rest of a long body adds little  # a bigram shared by more names than this says nothing about which one


def _clean_place(match: str) -> str:
    """`到望江路` -> `望江路`; a match with a function word inside is no name (`代表的桥`)."""
    start = 0
    while start < len(match) - 2 and match[start] in _STOP_FIRST:
        start += 1
    name = match[start:]
    return "" if any(c in _INSIDE_STOP for c in name[:-1]) else name


class Gazetteer:
    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted({n for n in names if 2 <= len(n) <= 8})
        self.known = set(self.names)
        self.by_bigram: dict[str, list[int]] = {}
        for i, name in enumerate(self.names):
            for j in range(len(name) - 1):
                self.by_bigram.setdefault(name[j : j + 2], []).append(i)

    def expand(self, text: str, most: int = 3) -> list[str]:
        """Known names that a part of text probably means, when text does not print them exactly."""
        found: dict[str, float] = {}
        for length in range(3, 7):
            for start in range(len(text) - length + 1):
                sub = text[start : start + length]
                if sub in self.known:
                    continue
                for name, score in self._near(sub):
                    found[name] = max(found.get(name, 0.0), score)
        best = sorted(found, key=lambda n: (-found[n], n))
        return [n for n in best if n not in text][:most]

    def _near(self, sub: str) -> list[tuple[str, float]]:
        candidates: set[int] = set()
        for j in range(len(sub) - 1):
            ids = self.by_bigram.get(sub[j : j + 2], ())
            if len(ids) <= _MAX_SHARED:
                candidates.update(ids)
        cutoff = 66 if len(sub) == 3 else 74 if len(sub) == 4 else 79
        out = []
        for i in candidates:
            name = self.names[i]
            if abs(len(name) - len(sub)) > 1 or len(name) < 3:
                continue
            score = fuzz.ratio(sub, name)
            if score >= cutoff and _same_shape(sub, name):
                out.append((name, score))
        return out


def _same_shape(a: str, b: str) -> bool:
    """One character substituted, inserted or dropped, and the first or last character agrees."""
    return a[0] == b[0] or a[-1] == b[-1]


def places_in(text: str) -> set[str]:
    """Place names printed in text: up to four characters before a place word (`翠泉湖`, `望江路`)."""
    found: set[str] = set()
    for m in SUFFIX.finditer(text):
        lead = _CJK_RUN.search(text, max(0, m.start() - 4), m.start())
        if lead:
            name = _clean_place(lead.group(0) + m.group(0))
            if len(name) >= 3:
                found.add(name)
    return found


class PlaceCollector:
    """Gathers place names chunk by chunk while the index reads the bodies."""

    def __init__(self) -> None:
        self.places: set[str] = set()

    def __call__(self, texts: list[str]) -> None:
        for text in texts:
            self.places |= places_in(text[:LEAD_CHARS])


def build_gazetteer(people: list[str], heads: list[str], places: set[str]) -> Gazetteer:
    found = set(places)
    for text in heads:
        found |= places_in(text)
    return Gazetteer([*people, *found])
