"""What to answer to a message: a person, the holders of a title, a day's articles, or the best
articles for a question with the sentence that answers it. Frozen dataclasses out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from store import queries
from store.models import PersonName
from store.names import TITLE_ENDINGS
from store.queries import ArticleView, Holder, PersonView
from store.retrieval import Index, question_core
from store.snippets import Snippet, snippet
from store.text import clean, fold


@dataclass(frozen=True)
class SearchHit:
    article: ArticleView
    score: float
    snippet: Snippet

    def to_json(self) -> dict:
        d = self.article.to_json()
        d["score"] = round(self.score, 4)
        d["snippet"] = self.snippet.text
        d["marks"] = [list(m) for m in self.snippet.marks]
        return d


@dataclass(frozen=True)
class WhoResult:
    query: str
    person: PersonView | None
    holders: tuple[Holder, ...]
    suggestions: tuple[str, ...]

    def to_json(self) -> dict:
        return {
            "query": self.query,
            "person": self.person.to_json() if self.person else None,
            "holders": [
                {
                    "name": h.name,
                    "title": h.title,
                    "kind": h.kind,
                    "first_date": _iso(h.first_date),
                    "last_date": _iso(h.last_date),
                }
                for h in self.holders
            ],
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True)
class Answer:
    kind: str  # person | holders | day | search | nothing
    query: str
    who: WhoResult | None = None
    day: date | None = None
    articles: tuple[ArticleView, ...] = ()
    hits: tuple[SearchHit, ...] = ()
    suggestions: tuple[str, ...] = field(default=())


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


RERANK = 20
BODY_MATCH_WEIGHT = 1.0


def search(s: Session, index: Index, query: str, limit: int = 10) -> list[SearchHit]:
    """The best articles for a query, reranked with their text in hand: a question that quotes a
    phrase (give or take a wrong character) finds the article that prints it."""
    core = question_core(query)
    hits = index.search(query, max(limit, RERANK))
    arts = {a.id: a for a in queries.articles_by_id(s, [h.article_id for h in hits])}
    scored = []
    for h in hits:
        art = arts.get(h.article_id)
        if art is None:
            continue
        score = h.score
        if len(core) >= 6:
            head = fold(f"{art.kicker}{art.headline}{art.subtitle}").lower()
            match = max(fuzz.partial_ratio(core, head), fuzz.partial_ratio(core, fold(art.body).lower())) / 100
            score += BODY_MATCH_WEIGHT * match * match
        scored.append((score, art))
    scored.sort(key=lambda x: (-x[0], -x[1].id))
    extra = tuple(index.names.expand(core))
    return [SearchHit(art, score, snippet(art.body, core, extra)) for score, art in scored[:limit]]


def person_names(s: Session) -> list[str]:
    return list(s.scalars(select(PersonName.name)))


def suggest(names: Sequence[str], name: str, limit: int = 5) -> list[str]:
    """Known names close to `name` (`张晓明` -> `张小明`): same length first, then by similarity."""
    if not name:
        return []
    found = process.extract(name, names, scorer=fuzz.ratio, limit=limit * 3, score_cutoff=45)
    ranked = sorted(found, key=lambda m: (abs(len(m[0]) - len(name)), -m[1], m[0]))
    return [m[0] for m in ranked if m[0] != name][:limit]


def is_title(text: str) -> bool:
    return fold(text).endswith(TITLE_ENDINGS)


def who(s: Session, query: str) -> WhoResult:
    """A person by any spelling; else the holders of a title; else names that are close."""
    query = clean(query)[:100]
    name = fold(query)
    person = queries.person(s, name)
    if person:
        return WhoResult(query, person, (), ())
    holders = tuple(queries.holders(s, name)) if len(name) >= 2 else ()
    if holders:
        return WhoResult(query, None, holders, ())
    return WhoResult(query, None, (), tuple(suggest(person_names(s), name)))


_RELATIVE = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
_MD = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_day(text: str, today: date, newest: date | None = None) -> date | None:
    """`3月11日`, `2023年3月11日`, `2023-03-11`, `今天`, `昨天`: the day meant. A month and day
    without a year is the latest such day not after the archive's newest page (or today)."""
    folded = fold(text)
    for word, back in _RELATIVE.items():
        if word in folded:
            return today - timedelta(days=back)
    m = _ISO.search(folded)
    if m:
        return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MD.search(folded)
    if not m:
        return None
    month, day = int(m.group(2)), int(m.group(3))
    if m.group(1):
        return _safe(int(m.group(1)), month, day)
    anchor = newest or today
    for year in (anchor.year, anchor.year - 1):
        d = _safe(year, month, day)
        if d and d <= anchor:
            return d
    return _safe(anchor.year, month, day)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def answer(s: Session, index: Index, text: str, today: date, limit: int = 5) -> Answer:
    """Route a plain-text message: a date, a person or a title, else a search."""
    query = clean(text).strip()
    if not fold(query):
        return Answer("nothing", query)
    day = parse_day(query, today, queries.newest_day(s))
    if day and len(question_core(_MD.sub("", _ISO.sub("", fold(query))))) <= 2:
        return Answer("day", query, day=day, articles=tuple(queries.on_day(s, day)))
    mentioned = _named_person(fold(query), index.known_people)
    if mentioned:
        return Answer("person", query, who=who(s, mentioned))
    core = question_core(query)
    if 2 <= len(core) <= 8 and is_title(core):
        result = who(s, core)
        if result.holders:
            return Answer("holders", query, who=result)
    hits = tuple(search(s, index, query, limit))
    suggestions: tuple[str, ...] = ()
    if 2 <= len(core) <= 4:
        suggestions = tuple(suggest(index.people, core, 3))
        if suggestions and (not hits or _one_off(core, suggestions[0])):
            return Answer("person", query, who=who(s, suggestions[0]), suggestions=suggestions)
    if hits:
        return Answer("search", query, hits=hits, suggestions=suggestions)
    return Answer("nothing", query, suggestions=suggestions)


def _one_off(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _named_person(text: str, known: frozenset[str]) -> str | None:
    """The longest known person's name printed in the message (`张小明最近在忙什么` -> `张小明`)."""
    for length in (4, 3, 2):
        for start in range(len(text) - length + 1):
            if text[start : start + length] in known:
                return text[start : start + length]
    return None
