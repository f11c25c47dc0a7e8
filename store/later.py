"""The name model's reading of articles a bulk import stored with the people the rules found
(`people_pending`): the model costs six times what the rules do, so a large export is searchable
first and its people are completed here, a batch at a time, each batch in one transaction. Safe
to stop at any moment and to run in several processes at once: a batch is claimed when it is
written, and a batch another process claimed first (or a file replaced meanwhile) is left alone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import delete, func, select, tuple_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from store import ner
from store.extract import ArticleData
from store.identity import Resolver
from store.ingest import bump_version, write_mentions
from store.models import Article, Mention
from store.readers import Record, RecordReader

BATCH = 500  # articles read and written at a time
Progress = Callable[[int, int, str], None]


def waiting(s: Session) -> int:
    """How many articles wait for the name model's reading."""
    return s.scalar(select(func.count()).select_from(Article).where(Article.people_pending)) or 0


def read_waiting(
    sessions: sessionmaker[Session],
    *,
    workers: int | None = None,
    progress: Progress | None = None,
    most: int | None = None,
    announce: bool = True,
) -> int:
    """Read the waiting articles' people with the name model and store them in place of the rules'
    (at most `most` articles; all by default). Returns how many this call completed; none when the
    model is off (they keep waiting). With `announce` the corpus version moves once at the end, so
    that bot processes take the new names into their index (`announced` does it later)."""
    if ner.enabled_model() is None:
        return 0
    with sessions() as s:
        total = min(waiting(s), most) if most is not None else waiting(s)
    done = fetched = after = 0
    pending: tuple[list[Stored], Callable[[], list[ArticleData]]] | None = None
    writer = _Writer(sessions)
    with RecordReader(workers, first_here=False) as reader:
        while True:  # the next batch is read (by the workers) while the last one is written
            rows = _next_batch(sessions, after, min(BATCH, total - fetched)) if fetched < total else []
            job = ([r[0] for r in rows], reader.submit([r[1] for r in rows])) if rows else None
            if pending:
                done += writer.store(*pending)
                if progress:
                    progress(done, total, "names")
            if job is None:
                break
            fetched, after, pending = fetched + len(rows), rows[-1][0][0], job
    if done and announce:
        announced(sessions)
    return done


def announced(sessions: sessionmaker[Session]) -> None:
    """Move the corpus version: every process rebuilds its index with the new names."""
    with sessions.begin() as s:
        bump_version(s)


Stored = tuple[int, datetime, int]  # an article's id and when it was stored (ids are used again), its page's id


def _next_batch(sessions: sessionmaker[Session], after: int, n: int) -> list[tuple[Stored, Record]]:
    """The next n waiting articles after id `after`, and the records to read again."""
    query = (
        select(
            Article.id,
            Article.ingested_at,
            Article.page_id,
            Article.headline,
            Article.body,
            Article.kicker,
            Article.subtitle,
            Article.page_date,
        )
        .where(Article.people_pending, Article.id > after)
        .order_by(Article.id)
        .limit(n)
    )
    with sessions() as s:
        return [((i, at, page), (head, body, kicker, sub, day)) for i, at, page, head, body, kicker, sub, day in s.execute(query)]


class _Writer:
    """Writes batches, each in its own transaction, with one Resolver across them: its memory of
    who is who (one query a person otherwise, every batch) is most of what writing costs. A batch
    that meets a person another process stored meanwhile is written again with a fresh one."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self.resolver: Resolver | None = None

    def store(self, articles: list[Stored], read: Callable[[], list[ArticleData]]) -> int:
        """Claim the articles still waiting, as they were read (a file replaced meanwhile has new
        articles, maybe under the same ids), and put the model's people in place of the rules'."""
        people = {article_id: a.people for (article_id, _, _), a in zip(articles, read(), strict=True)}
        pages = {article_id: page for article_id, _, page in articles}
        for attempt in range(2):
            try:
                with self.sessions.begin() as s:
                    claimed = list(
                        s.scalars(
                            update(Article)
                            .where(tuple_(Article.id, Article.ingested_at).in_([(i, at) for i, at, _ in articles]), Article.people_pending)
                            .values(people_pending=False)
                            .returning(Article.id)
                        )
                    )
                    if claimed:
                        s.execute(delete(Mention).where(Mention.article_id.in_(claimed)))
                        self.resolver = self.resolver.using(s) if self.resolver else Resolver(s)
                        write_mentions(s, [(i, pages[i], people[i]) for i in sorted(claimed)], self.resolver)
                return len(claimed)
            except BaseException as exc:
                self.resolver = None  # what it remembers may be what was just rolled back
                if attempt or not isinstance(exc, IntegrityError):
                    raise
        raise AssertionError("unreachable")
