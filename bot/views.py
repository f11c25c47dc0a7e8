"""What each reply shows: text (HTML) and the buttons under it. Synchronous functions that take
a session and return data; the handlers run them in a worker thread and send the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from bot import formatting
from bot.formatting import HTML
from store import answers, queries
from store import subscriptions as subs
from store.paging import load_query, save_query
from store.retrieval import Index

PER_PAGE = 5


@dataclass(frozen=True)
class View:
    text: str
    buttons: tuple[tuple[tuple[str, str], ...], ...] = field(default=())  # rows of (label, callback data)

    @property
    def messages(self) -> list[str]:
        return formatting.split_message(self.text)


def _nav(prefix: str, page: int, more: bool, labels: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    row = []
    if page > 0:
        row.append((f"« {labels[0]}", f"{prefix}:{page - 1}"))
    if more:
        row.append((f"{labels[1]} »", f"{prefix}:{page + 1}"))
    return tuple(row)


def _open_row(arts: list[queries.ArticleView], first: int) -> tuple[tuple[str, str], ...]:
    return tuple((str(i), f"a:{a.id}") for i, a in enumerate(arts, first))


def _listing(
    title: str,
    arts: list[queries.ArticleView],
    prefix: str,
    page: int,
    more: bool,
    labels: tuple[str, str],
    per_page: int = PER_PAGE,
) -> View:
    first = page * per_page + 1
    text = formatting.article_list(title, arts, HTML, first)
    rows = tuple(r for r in (_open_row(arts, first), _nav(prefix, page, more, labels)) if r)
    return View(text, rows)


def latest(s: Session, page: int, title: str, labels: tuple[str, str], per_page: int = PER_PAGE) -> View | None:
    arts = queries.latest(s, per_page + 1, page * per_page)
    if not arts:
        return None
    prefix = "l" if per_page == PER_PAGE else f"l:{per_page}"  # `/latest 10` pages by ten
    return _listing(title, arts[:per_page], prefix, page, len(arts) > per_page, labels, per_page)


def on_day(s: Session, day: date, page: int, labels: tuple[str, str]) -> View:
    arts = queries.on_day(s, day)
    chunk = arts[page * PER_PAGE : (page + 1) * PER_PAGE]
    title = f"{day.isoformat()}（{len(arts)}）"
    if not arts:
        return View(HTML.esc(f"{day.isoformat()}：没有报道。"))
    return _listing(title, chunk, f"d:{day:%Y%m%d}", page, len(arts) > (page + 1) * PER_PAGE, labels)


def newest_day(s: Session) -> date | None:
    return queries.newest_day(s)


def search(s: Session, index: Index, query: str, page: int, labels: tuple[str, str]) -> View:
    return _hits(s, query, answers.search(s, index, query, (page + 1) * PER_PAGE + 1), page, labels)


def _hits(s: Session, query: str, hits: list[answers.SearchHit], page: int, labels: tuple[str, str]) -> View:
    """A page of search results (hits holds every result up to one past this page)."""
    chunk = hits[page * PER_PAGE : (page + 1) * PER_PAGE]
    if not chunk:
        return View(formatting.answer_text(answers.Answer("nothing", query), HTML))
    key = save_query(s, query)
    s.commit()
    first = page * PER_PAGE + 1
    text = "\n\n".join(formatting.hit_block(h, HTML, i) for i, h in enumerate(chunk, first))
    more = len(hits) > (page + 1) * PER_PAGE
    rows = tuple(r for r in (_open_row([h.article for h in chunk], first), _nav(f"q:{key}", page, more, labels)) if r)
    return View(text, rows)


def saved_search(s: Session, index: Index, key: str, page: int, labels: tuple[str, str]) -> View | None:
    query = load_query(s, key)
    return search(s, index, query, page, labels) if query else None


def message(s: Session, index: Index, text: str, today: date, labels: tuple[str, str]) -> View:
    """A plain-text message: a person, a title, a day, or a search, as answers.answer routes it."""
    ans = answers.answer(s, index, text, today, PER_PAGE + 1)  # one more: is there a next page?
    if ans.kind == "search":
        return _hits(s, text, list(ans.hits), 0, labels)
    if ans.kind == "day" and ans.day:
        return on_day(s, ans.day, 0, labels)
    if ans.kind == "person" and ans.who and ans.who.person:
        view = person(s, ans.who.person.name, 0, labels)
        note = formatting.answer_text(ans, HTML).split("\n", 1)[0] if ans.suggestions else ""
        if note and ans.who.person.name not in text:
            return View(note + "\n" + view.text, view.buttons)
        return view
    return View(formatting.answer_text(ans, HTML))


def who(s: Session, query: str, labels: tuple[str, str]) -> View:
    result = answers.who(s, query)
    if result.person:
        return person(s, result.person.name, 0, labels)
    return View(formatting.who_block(result, HTML))


def person(s: Session, name: str, page: int, labels: tuple[str, str]) -> View:
    p = queries.person(s, name, article_limit=PER_PAGE, offset=page * PER_PAGE)
    pid = queries.person_id(s, name)
    if p is None or pid is None:
        return View(formatting.who_block(answers.WhoResult(name, None, (), ()), HTML))
    chunk = list(p.articles)
    first = page * PER_PAGE + 1
    if page == 0:
        text = formatting.person_block(p, HTML, articles=PER_PAGE)
    else:
        span = f"{first}–{first + len(chunk) - 1}/{p.article_total}"
        text = formatting.article_list(f"{p.name}（{span}）", chunk, HTML, first)
    more = p.article_total > (page + 1) * PER_PAGE
    rows = tuple(r for r in (_open_row(chunk, first), _nav(f"p:{pid}", page, more, labels)) if r)
    return View(text, rows)


def person_page(s: Session, pid: int, page: int, labels: tuple[str, str]) -> View | None:
    from store.models import Person

    p = s.get(Person, pid)
    return person(s, p.name, page, labels) if p else None


def article(s: Session, article_id: int) -> View | None:
    arts = queries.articles_by_id(s, [article_id])
    return View(formatting.article_full(arts[0], HTML)) if arts else None


def digest(s: Session, index: Index, due: subs.Due) -> tuple[list[queries.ArticleView], View]:
    """A subscription's digest: what is new since its last one (matching its keywords), grouped by
    page date, with a button to open each."""
    matching = {h.article_id for h in index.search(due.keywords, 300)} if due.keywords else None
    arts = subs.digest_articles(s, due, matching)
    if not arts:
        return [], View("")
    head = f"每日摘要 · {due.day.isoformat()}（{len(arts)} 篇新报道）"
    if due.keywords:
        head += f" · {due.keywords}"
    lines = [HTML.bold(head)]
    current: object = object()
    for i, a in enumerate(arts, 1):
        if a.page_date != current:
            current = a.page_date
            lines.append("")
            lines.append(HTML.bold(formatting.day(a.page_date)))
        lines.append(f"{i}. {HTML.esc(a.title)}  /a_{a.id}")
    buttons = tuple(
        tuple((str(i), f"a:{a.id}") for i, a in list(enumerate(arts, 1))[row : row + 8])
        for row in range(0, min(len(arts), 16), 8)
    )
    return arts, View("\n".join(lines), buttons)


def subscription_list(s: Session, chat_id: int) -> View:
    rows = subs.subscriptions(s, chat_id)
    if not rows:
        return View(HTML.esc("还没有订阅。用 /subscribe 08:00 订阅每日摘要，可加关键词或人名。"))
    lines = [HTML.bold("你的订阅")]
    for n, v in enumerate(rows, 1):
        what = v.keywords or "全部新报道"
        last = f"上次发送 {v.last_sent_at:%Y-%m-%d %H:%M} UTC" if v.last_sent_at else "还没有发送过"
        lines.append(f"{n}. {HTML.esc(v.at)} · {HTML.esc(what)} · {HTML.esc(last)}")
    lines.append(HTML.esc("退订：/unsubscribe 编号 或 /unsubscribe all"))
    return View("\n".join(lines))
