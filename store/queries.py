"""Read the store: articles, days, people, title holders. Frozen dataclasses out, never ORM rows."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from store.later import waiting
from store.models import Article, Mention, Page, Person, PersonName, SourceFile


@dataclass(frozen=True)
class PersonRef:
    name: str
    title: str
    kind: str


@dataclass(frozen=True)
class ArticleView:
    id: int
    page: str
    position: int
    kind: str
    headline: str
    kicker: str
    subtitle: str
    reporters: tuple[str, ...]
    event_date: date | None
    page_date: date | None
    page_date_inferred: bool
    body: str
    byline: str
    people: tuple[PersonRef, ...]

    @property
    def date(self) -> date | None:
        return self.event_date or self.page_date

    @property
    def title(self) -> str:
        """What to call it in a list: the headline, or the caption's opening for a photo."""
        if self.headline:
            return self.headline
        first = self.body.split("\n", 1)[0]
        return first[:40] + ("…" if len(first) > 40 else "")

    def to_json(self, *, body: bool = False) -> dict[str, Any]:
        d = asdict(self)
        d["reporters"] = list(self.reporters)
        d["people"] = [asdict(p) for p in self.people]
        d["event_date"] = self.event_date.isoformat() if self.event_date else None
        d["page_date"] = self.page_date.isoformat() if self.page_date else None
        if not body:
            d.pop("body")
        return d


@dataclass(frozen=True)
class TitleSpan:
    title: str
    first_date: date | None
    last_date: date | None


@dataclass(frozen=True)
class PersonView:
    name: str
    variants: tuple[str, ...]
    kind: str
    titles: tuple[TitleSpan, ...]  # newest first
    articles: tuple[ArticleView, ...]  # newest first (a window of them)
    co_mentioned: tuple[tuple[str, int], ...]  # most often first
    article_total: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "variants": list(self.variants),
            "kind": self.kind,
            "titles": [
                {"title": t.title, "first_date": _iso(t.first_date), "last_date": _iso(t.last_date)}
                for t in self.titles
            ],
            "articles": [{"id": a.id, "headline": a.title, "date": _iso(a.date)} for a in self.articles],
            "article_total": self.article_total,
            "co_mentioned": [{"name": n, "count": c} for n, c in self.co_mentioned],
        }


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _article_query() -> Select[Any]:
    return select(Article, Page.label, Page.page_date_inferred).join(Page, Page.id == Article.page_id)


def _views(s: Session, stmt: Select[Any]) -> list[ArticleView]:
    rows = s.execute(stmt).all()
    ids = [r[0].id for r in rows]
    people: dict[int, list[PersonRef]] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        for m in s.scalars(select(Mention).where(Mention.article_id.in_(chunk)).order_by(Mention.id)):
            people.setdefault(m.article_id, []).append(PersonRef(m.name, m.title, m.kind))
    return [
        ArticleView(
            id=a.id,
            page=label,
            position=a.position,
            kind=a.kind,
            headline=a.headline,
            kicker=a.kicker,
            subtitle=a.subtitle,
            reporters=tuple(a.reporters or ()),
            event_date=a.event_date,
            page_date=a.page_date,
            page_date_inferred=bool(inferred),
            body=a.body,
            byline=a.byline,
            people=tuple(people.get(a.id, ())),
        )
        for a, label, inferred in rows
    ]


NEWEST = (Article.page_date.desc().nulls_last(), Article.event_date.desc().nulls_last(), Article.position, Article.id)


def all_articles(s: Session, limit: int | None = None) -> list[ArticleView]:
    return _views(s, _article_query().order_by(Article.id).limit(limit))


def articles_by_id(s: Session, ids: list[int]) -> list[ArticleView]:
    """Articles in the order of `ids` (missing ones left out)."""
    found = {a.id: a for a in _views(s, _article_query().where(Article.id.in_(ids)))}
    return [found[i] for i in ids if i in found]


def latest(s: Session, limit: int = 10, offset: int = 0) -> list[ArticleView]:
    """Newest first: page date, then event date, then position on the page."""
    return _views(s, _article_query().order_by(*NEWEST).limit(limit).offset(offset))


def on_day(s: Session, day: date) -> list[ArticleView]:
    """The articles of one day: printed that day, or reporting an event of that day."""
    stmt = _article_query().where((Article.page_date == day) | (Article.event_date == day))
    return _views(s, stmt.order_by(Article.page_date.desc().nulls_last(), Article.position))


def newest_day(s: Session) -> date | None:
    return s.scalar(select(func.max(Article.page_date)))


def ingested_since(s: Session, after_id: int, limit: int = 200) -> list[ArticleView]:
    return _views(s, _article_query().where(Article.id > after_id).order_by(*NEWEST).limit(limit))


def max_article_id(s: Session) -> int:
    return s.scalar(select(func.max(Article.id))) or 0


def person_id(s: Session, name: str) -> int | None:
    return s.scalar(select(PersonName.person_id).where(PersonName.name == name))


def person(s: Session, name: str, article_limit: int = 50, offset: int = 0) -> PersonView | None:
    """A person by any spelling: titles over time, articles newest first (a window of them, and
    how many there are), the people most often in the same articles. Aggregates run in SQL, so a
    name in thousands of articles costs no more than one in three."""
    pid = person_id(s, name)
    if pid is None:
        return None
    p = s.get(Person, pid)
    if p is None:
        return None
    variants = tuple(sorted(n for n in s.scalars(select(PersonName.name).where(PersonName.person_id == pid))))
    day = func.coalesce(Article.event_date, Article.page_date)
    title_rows = s.execute(
        select(Mention.title, func.min(day), func.max(day))
        .join(Article, Article.id == Mention.article_id)
        .where(Mention.person_id == pid, Mention.title != "")
        .group_by(Mention.title)
    ).all()
    titles = [TitleSpan(t, lo, hi) for t, lo, hi in title_rows]
    titles.sort(key=lambda t: (t.last_date or date.min, t.first_date or date.min, t.title), reverse=True)
    mine = select(Mention.article_id).where(Mention.person_id == pid)
    total = s.scalar(select(func.count(func.distinct(Mention.article_id))).where(Mention.person_id == pid)) or 0
    other = aliased(Mention)
    co_rows = s.execute(
        select(Person.name, func.count(func.distinct(other.article_id)).label("n"))
        .select_from(Mention)
        .join(other, other.article_id == Mention.article_id)
        .join(Person, Person.id == other.person_id)
        .where(Mention.person_id == pid, other.person_id != pid)
        .group_by(Person.name)
        .order_by(func.count(func.distinct(other.article_id)).desc(), Person.name)
        .limit(10)
    ).all()
    arts = _views(s, _article_query().where(Article.id.in_(mine)).order_by(*NEWEST).limit(article_limit).offset(offset))
    return PersonView(p.name, variants, p.kind, tuple(titles), tuple(arts), tuple((n, c) for n, c in co_rows), total)


@dataclass(frozen=True)
class Holder:
    name: str
    title: str
    kind: str
    first_date: date | None
    last_date: date | None


def holders(s: Session, title: str, limit: int = 10) -> list[Holder]:
    """Who holds a title (`管委会主任`): every person printed with a title containing it, the most
    recent holder first."""
    like = title.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = s.execute(
        select(Mention.person_id, Mention.title, Article.event_date, Article.page_date)
        .join(Article, Article.id == Mention.article_id)
        .where(Mention.title.like(f"%{like}%", escape="\\"))
    ).all()
    spans: dict[int, tuple[str, list[date]]] = {}
    for pid, t, ev, pd in rows:
        entry = spans.setdefault(pid, (t, []))
        if ev or pd:
            entry[1].append(ev or pd)
    people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(list(spans))))} if spans else {}
    out = [
        Holder(people[pid].name, t, people[pid].kind, min(ds, default=None), max(ds, default=None))
        for pid, (t, ds) in spans.items()
        if pid in people
    ]
    out.sort(key=lambda h: h.last_date or date.min, reverse=True)
    return out[:limit]


def all_people(s: Session) -> list[PersonView]:
    """Every person, as `newsbot people` prints them."""
    names = list(s.scalars(select(Person.name).order_by(Person.id)))
    return [v for n in names if (v := person(s, n, article_limit=10_000))]


@dataclass(frozen=True)
class Stats:
    files: int
    pages: int
    articles: int
    people: int
    newest: date | None
    oldest: date | None
    names_waiting: int = 0  # articles whose people wait for the name model (`store.later`)


def stats(s: Session) -> Stats:
    return Stats(
        files=s.scalar(select(func.count()).select_from(SourceFile)) or 0,
        pages=s.scalar(select(func.count()).select_from(Page)) or 0,
        articles=s.scalar(select(func.count()).select_from(Article)) or 0,
        people=s.scalar(select(func.count()).select_from(Person)) or 0,
        newest=s.scalar(select(func.max(Article.page_date))),
        oldest=s.scalar(select(func.min(Article.page_date))),
        names_waiting=waiting(s),
    )
