"""From a page's text (or one JSON Lines record) to finished articles: dates resolved, people
with titles and roles. Pure functions; the store writes what these return."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from store.bylines import Credit, parse_dateline
from store.dates import (
    PageClue,
    date_from_name,
    event_month_day,
    infer_page_date,
    page_clue,
    relative_event_day,
    resolve,
)
from store.folder_dates import MIN_PAGES, date_folder
from store.names import AFTER_NAME, NAME_END_PUNCT
from store.people import Person, find_people
from store.segment import Draft, Segmented, segment
from store.text import CJK


@dataclass(frozen=True)
class PersonMention:
    name: str
    title: str  # as written in this article ("" when named without one)
    kind: str  # official | reporter | photographer | correspondent | columnist | other
    role: str  # byline | mentioned


@dataclass(frozen=True)
class ArticleData:
    position: int
    kind: str
    headline: str
    kicker: str
    subtitle: str
    body: str
    byline: str
    reporters: tuple[str, ...]
    event_date: date | None
    people: tuple[PersonMention, ...]


@dataclass(frozen=True)
class PageData:
    page_date: date | None
    page_date_inferred: bool
    articles: tuple[ArticleData, ...]
    dropped: tuple[str, ...]


@dataclass(frozen=True)
class Scan:
    """A page segmented, with the month-days its articles report: what its date is read from."""

    text: str
    seg: Segmented
    days: tuple[tuple[int, int], ...]

    @property
    def clue(self) -> PageClue:
        return page_clue(self.text, list(self.days))


def scan_page(text: str) -> Scan:
    seg = segment(text)
    return Scan(text, seg, tuple(md for d in seg.articles if (md := _event_md(d))))


def read_page(
    text: str,
    name: str = "",
    page_date: date | None = None,
    near: date | None = None,
    *,
    inferred: bool = False,
    scan: Scan | None = None,
) -> PageData:
    """A page file's text to articles. The page date comes from the caller (a manifest or
    `--date`, or the folder's calendar when `inferred`), else the file name, else the text (then
    `page_date_inferred` is true), with `near`, the date of the page filed before it, for the year
    when the text names none. `scan` is the page already scanned."""
    scan = scan or scan_page(text)
    seg = scan.seg
    inferred = inferred and page_date is not None
    if page_date is None:
        page_date = date_from_name(name)
    if page_date is None:
        page_date = infer_page_date(text, list(scan.days), near=near)
        inferred = page_date is not None
    found = [find_people(_text_of(d)) for d in seg.articles]
    titled = {p.name: p for people in found for p in people}
    articles = tuple(_article(d, page_date, titled, people) for d, people in zip(seg.articles, found, strict=True))
    return PageData(page_date, inferred, articles, seg.dropped)


def read_folder(pages: Sequence[tuple[str, str]]) -> list[PageData]:
    """The pages of one folder, as (file name, text) in the folder's order, to articles: a page
    with no date in its name is dated by the folder's calendar (`store.folder_dates`) when the
    folder runs in date order, else by its own text and the page before it."""
    scans = [scan_page(text) for _, text in pages]
    named = [date_from_name(name) for name, _ in pages]
    clues = [PageClue.on(d) if d else s.clue for d, s in zip(named, scans, strict=True)]
    calendar = date_folder(clues) if sum(d is None for d in named) >= MIN_PAGES else None
    guesses = [None if n else d for n, d in zip(named, calendar or [None] * len(pages), strict=True)]
    out: list[PageData] = []
    near = None
    for (name, text), scan, guess in zip(pages, scans, guesses, strict=True):
        data = read_page(text, name, guess, near, inferred=True, scan=scan)
        near = data.page_date or near
        out.append(data)
    return out


def read_record(
    title: str, body: str, kicker: str = "", subtitle: str = "", record_date: date | None = None
) -> ArticleData:
    """One JSON Lines record (an article already cut out of its page) to an article."""
    first = body.strip().split("\n", 1)[0]
    dateline = parse_dateline(first)
    credits = dateline.credits if dateline else ()
    draft = Draft(1, "news", title.strip(), kicker.strip(), subtitle.strip(), body.strip(), credits, dateline, "", 0, 0)
    local = find_people(_text_of(draft))
    return _article(draft, record_date, {}, local)


def _event_md(d: Draft) -> tuple[int, int] | None:
    first = d.body.split("\n", 1)[0]
    return event_month_day(first, d.dateline.month_day if d.dateline else None)


def _text_of(d: Draft) -> str:
    return "\n".join(x for x in (d.kicker, d.headline, d.subtitle, _without_dateline(d)) if x)


def _without_dateline(d: Draft) -> str:
    if d.dateline and d.body:
        return d.body[d.dateline.length :]
    return d.body


def _article(d: Draft, page_date: date | None, titled: dict[str, Person], local: list[Person]) -> ArticleData:
    md = _event_md(d)
    event = resolve(md[0], md[1], page_date) if md and page_date else None
    if d.dateline and page_date and not d.dateline.month_day:  # `本报讯（记者某某）昨日上午，…`
        event = relative_event_day(_without_dateline(d), page_date) or event
    return ArticleData(
        position=d.position,
        kind=d.kind,
        headline=d.headline,
        kicker=d.kicker,
        subtitle=d.subtitle,
        body=d.body,
        byline=d.byline,
        reporters=d.reporters,
        event_date=event,
        people=_mentions(d, titled, local),
    )


def _mentions(d: Draft, titled: dict[str, Person], found: list[Person]) -> tuple[PersonMention, ...]:
    """Bylines, then people printed with a title, then people of the page named again."""
    out: dict[tuple[str, str], PersonMention] = {}
    for c in d.credits:
        out.setdefault((c.name, c.role), _credit_mention(c))
    text = _text_of(d)
    local = {p.name: p for p in found}
    for name, p in local.items():
        for title in p.titles or ("",):
            out.setdefault((name, title), PersonMention(name, title, p.kind, "mentioned"))
    credited = {c.name for c in d.credits}
    for name, p in titled.items():
        if name not in local and name not in credited and _named_in(name, text):
            out.setdefault((name, ""), PersonMention(name, "", p.kind, "mentioned"))
    return tuple(out.values())


def _credit_mention(c: Credit) -> PersonMention:
    title = "" if c.kind == "columnist" else re.sub(r"^(新华社|中新社)", "", c.role)
    return PersonMention(c.name, title, c.kind, "byline")


def _named_in(name: str, text: str) -> bool:
    """A name already known from the page, named again without a title (`张小明调研…`)."""
    for m in re.finditer(re.escape(name), text):
        after = text[m.end() :]
        before = text[m.start() - 1] if m.start() else ""
        if before and re.match(rf"[{CJK}]", before) and before not in "、和与同及的由将对向为在":
            continue
        if not after or after[0] in NAME_END_PUNCT or after.startswith(AFTER_NAME):
            return True
    return False
