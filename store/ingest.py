"""Files -> segment -> extract -> store. Idempotent; one transaction per file; a bad file or a
bad line is reported by name and the rest goes on."""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from store import ner
from store.extract import ArticleData, PersonMention, read_page
from store.identity import Resolver
from store.models import Article, Mention, Meta, Page, SourceFile
from store.readers import Record, RecordReader
from store.sources import SourceError, SourcePath, file_digest, find_sources, jsonl_lines, read_page_bytes
from store.text import DecodeError, decode
from store.undated import Guess, guess_dates

BATCH = 1000
RETRIES = 4
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # added | replaced | unchanged | failed | partial
    articles: int = 0
    skipped: int = 0
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class IngestReport:
    files: int
    articles: int
    skipped: int
    errors: tuple[str, ...]
    outcomes: tuple[FileOutcome, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> dict[str, Any]:
        return {"files": self.files, "articles": self.articles, "skipped": self.skipped, "errors": list(self.errors)}


def ingest(
    sessions: sessionmaker[Session],
    paths: Iterable[Path | str],
    *,
    page_date: date | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Ingest files and folders; `workers` processes read a large JSON Lines file (None: one a
    core, `store.readers`)."""
    sources, errors = find_sources([Path(p) for p in paths])
    guesses = guess_dates(sessions, sources, progress) if page_date is None else {}
    outcomes: list[FileOutcome] = []
    for n, src in enumerate(sources, 1):
        outcome = ingest_file(sessions, src, page_date=page_date, guess=guesses.pop(src.path, None), workers=workers)
        outcomes.append(outcome)
        if progress:
            progress(n, len(sources), str(src.path))
    all_errors = tuple(errors) + tuple(e for o in outcomes for e in o.errors)
    return IngestReport(
        files=len(sources),
        articles=sum(o.articles for o in outcomes),
        skipped=sum(o.skipped for o in outcomes),
        errors=all_errors,
        outcomes=tuple(outcomes),
    )


def ingest_file(
    sessions: sessionmaker[Session],
    src: SourcePath,
    *,
    page_date: date | None = None,
    guess: Guess | None = None,
    workers: int | None = None,
) -> FileOutcome:
    """Ingest one file in one transaction; `guess` is an undated page's date as its folder's
    calendar reads it. When another process ingests the same file at the same moment, the loser
    of the race tries again and then finds it stored."""
    for attempt in range(RETRIES):
        try:
            return _ingest_file(sessions, src, page_date, guess, workers)
        except (IntegrityError, OperationalError):
            if attempt == RETRIES - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def _ingest_file(
    sessions: sessionmaker[Session], src: SourcePath, page_date: date | None, guess: Guess | None, workers: int | None
) -> FileOutcome:
    path = str(src.path)
    try:
        digest = file_digest(src.path)
        with sessions.begin() as s:
            existing = s.scalar(select(SourceFile).where(SourceFile.path == path))
            if existing and existing.sha256 == digest:
                return FileOutcome(path, "unchanged", skipped=1)
            twin = s.scalar(select(SourceFile.path).where(SourceFile.sha256 == digest, SourceFile.path != path))
            if twin and not existing:
                return FileOutcome(path, "unchanged", skipped=1)
            status = "replaced" if existing else "added"
            if existing:
                _forget(s, existing.id)
            source = SourceFile(
                path=path, sha256=digest, size=src.path.stat().st_size, kind=src.kind, ingested_at=_now()
            )
            s.add(source)
            s.flush()
            if src.kind == "page":
                count, skipped, errors = _ingest_page(s, source, src, page_date, guess)
            else:
                count, skipped, errors = _ingest_jsonl(s, source, src, workers)
            if count:
                bump_version(s)
            if errors and not count:
                s.rollback()
                return FileOutcome(path, "failed", skipped=skipped, errors=tuple(errors))
            return FileOutcome(path, "partial" if errors else status, count, skipped, tuple(errors))
    except (SourceError, DecodeError, OSError) as exc:
        return FileOutcome(path, "failed", errors=(f"{path}: {exc}",))


def _forget(s: Session, source_id: int) -> None:
    page_ids = select(Page.id).where(Page.source_id == source_id)
    article_ids = select(Article.id).where(Article.page_id.in_(page_ids))
    s.execute(delete(Mention).where(Mention.article_id.in_(article_ids)))
    s.execute(delete(Article).where(Article.page_id.in_(page_ids)))
    s.execute(delete(Page).where(Page.source_id == source_id))
    s.execute(delete(SourceFile).where(SourceFile.id == source_id))
    s.flush()


def _ingest_page(
    s: Session, source: SourceFile, src: SourcePath, page_date: date | None, guess: Guess | None
) -> tuple[int, int, list[str]]:
    text = decode(read_page_bytes(src.path))
    page_date = src.manifest_date or page_date
    if page_date is None and guess is not None:
        scan = guess.scan if guess.scan and guess.scan.text == text else None
        data = read_page(text, src.path.name, guess.page_date, inferred=True, scan=scan)
    else:
        data = read_page(text, src.path.name, page_date, _filed_before(s, src.path))
    if not data.articles:
        raise SourceError("no articles found (is this a newspaper page?)")
    page = Page(
        source_id=source.id,
        key=str(src.path),
        label=src.path.stem,
        page_date=data.page_date,
        page_date_inferred=data.page_date_inferred,
        dropped=list(data.dropped),
    )
    s.add(page)
    s.flush()
    uid = f"page:{source.sha256[:20]}"
    _write(s, [(page.id, data.page_date, f"{uid}:{a.position}", a) for a in data.articles], Resolver(s))
    return len(data.articles), 0, []


def _filed_before(s: Session, path: Path) -> date | None:
    """The date of the page stored just before this one in its folder (by name): archives name
    pages in date order, so a page that prints no year is most likely of that page's year."""
    folder = os.path.join(str(path.parent), "")
    return s.scalar(
        select(Page.page_date)
        .where(Page.key.startswith(folder, autoescape=True), Page.key < str(path), Page.page_date.is_not(None))
        .order_by(Page.key.desc())
        .limit(1)
    )


BULK_BYTES = 2_000_000  # a JSON Lines file larger than this is a bulk import (about 700 人民日报 records)


def _ingest_jsonl(s: Session, source: SourceFile, src: SourcePath, workers: int | None) -> tuple[int, int, list[str]]:
    """Records are read a batch at a time, the next batch in worker processes while this one is
    written (`store.readers`). A bulk import is stored with the people the rules find, the name
    model's reading (six times their cost) to follow (`store.later`): searchable that much sooner."""
    later = ner.enabled_model() is not None and src.path.stat().st_size > BULK_BYTES
    errors: list[str] = []
    pages: Pages = {}
    positions: dict[int, int] = {}
    slots: list[Slot] = []
    records: list[Record] = []
    pending: tuple[list[Slot], Callable[[], list[ArticleData]]] | None = None
    count = skipped = 0
    seen: set[str] = set()
    resolver = Resolver(s)
    with RecordReader(workers, rules_only=later) as reader:
        for number, line in jsonl_lines(src.path):
            if not line:
                continue
            try:
                rec = parse_record(line)
            except ValueError as exc:
                errors.append(f"{src.path}:{number}: {exc}")
                continue
            uid = rec["uid"]
            if uid in seen:
                skipped += 1
                continue
            seen.add(uid)
            page_id, pdate = _page_of(s, source, src, rec, pages)
            positions[page_id] = positions.get(page_id, 0) + 1
            slots.append((page_id, pdate, uid, positions[page_id]))
            records.append((rec["title"], rec["body"], rec["kicker"], rec["subtitle"], pdate))
            if len(slots) >= BATCH:
                job = (slots, reader.submit(records))
                slots, records = [], []
                if pending:
                    written, stored = _write_read(s, *pending, resolver, later)
                    count, skipped = count + written, skipped + stored
                pending = job
        last = (slots, reader.submit(records)) if slots else None
        for done in (pending, last):
            if done:
                written, stored = _write_read(s, *done, resolver, later)
                count, skipped = count + written, skipped + stored
    return count, skipped, errors


Slot = tuple[int, date | None, str, int]  # where a record goes: page id, page date, uid, position

Pages = dict[tuple[str, str], tuple[int, date | None]]  # (date, page number) -> page id, page date


def _page_of(s: Session, source: SourceFile, src: SourcePath, rec: dict[str, Any], pages: Pages) -> tuple[int, date | None]:
    """The page a record belongs to (its date and page number), stored the first time it is met."""
    key = (rec["date"].isoformat() if rec["date"] else "", str(rec.get("page") or ""))
    if key not in pages:
        page = Page(
            source_id=source.id,
            key=f"{src.path}#{key[0]}#{key[1]}",
            label=f"{key[0]} {key[1]}".strip() or src.path.stem,
            page_date=rec["date"],
            page_date_inferred=False,
            dropped=[],
        )
        s.add(page)
        s.flush()
        pages[key] = (page.id, rec["date"])
    return pages[key]


def _write_read(
    s: Session, slots: list[Slot], articles: Callable[[], list[ArticleData]], resolver: Resolver, pending: bool
) -> tuple[int, int]:
    """Write a batch once read: how many were new, how many another file had stored already."""
    rows = [(page_id, pdate, uid, _positioned(a, pos)) for (page_id, pdate, uid, pos), a in zip(slots, articles(), strict=True)]
    written = _write_new(s, rows, resolver, pending)
    return written, len(rows) - written


def parse_record(line: str) -> dict[str, Any]:
    """One JSON Lines record, checked: `title` and `body` strings; optional `date` (ISO),
    `kicker`, `subtitle`, `page`, `id`, `source`. Raises ValueError naming the field."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"broken JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(raw, dict):
        raise ValueError("a record must be a JSON object")
    for name in ("title", "body"):
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise ValueError(f"field '{name}' is missing or not a non-empty string")
    for name in ("kicker", "subtitle"):
        if raw.get(name) is not None and not isinstance(raw[name], str):
            raise ValueError(f"field '{name}' is not a string")
    record_date = None
    if raw.get("date"):
        try:
            record_date = date.fromisoformat(str(raw["date"])[:10])
        except ValueError:
            raise ValueError(f"field 'date' is not an ISO date: {str(raw['date'])[:30]!r}") from None
    rid = raw.get("id")
    content = "\x1f".join((raw["title"], str(raw.get("date") or ""), raw["body"]))
    uid = f"rec:{rid}" if rid not in (None, "") else "rec:" + hashlib.sha256(content.encode()).hexdigest()[:32]
    return {
        "uid": uid[:128],
        "title": raw["title"],
        "body": raw["body"],
        "kicker": raw.get("kicker") or "",
        "subtitle": raw.get("subtitle") or "",
        "date": record_date,
        "page": raw.get("page"),
    }


def _positioned(a: ArticleData, position: int) -> ArticleData:
    return replace(a, position=position)


def _write_new(s: Session, rows: list[Row], resolver: Resolver, pending: bool) -> int:
    uids = [r[2] for r in rows]
    stored = set(s.scalars(select(Article.uid).where(Article.uid.in_(uids))))
    fresh = [r for r in rows if r[2] not in stored]
    if fresh:
        _write(s, fresh, resolver, pending)
    return len(fresh)


def _write(s: Session, rows: list[Row], resolver: Resolver, pending: bool = False) -> None:
    """Insert the articles and their people; `pending`: found by the rules alone, the name model's
    reading to come (`store.later`)."""
    now = _now()
    values = [
        {
            "page_id": page_id,
            "uid": uid,
            "position": a.position,
            "kind": a.kind,
            "headline": a.headline,
            "kicker": a.kicker,
            "subtitle": a.subtitle,
            "body": a.body,
            "byline": a.byline,
            "reporters": list(a.reporters),
            "event_date": a.event_date,
            "page_date": page_date,
            "ingested_at": now,
            "people_pending": pending,
        }
        for page_id, page_date, uid, a in rows
    ]
    ids = list(s.scalars(insert(Article).returning(Article.id, sort_by_parameter_order=True), values))
    write_mentions(s, [(article_id, page_id, a.people) for article_id, (page_id, _, _, a) in zip(ids, rows, strict=True)], resolver)


Row = tuple[int, date | None, str, ArticleData]  # page id, page date, uid, the article


def write_mentions(s: Session, articles: list[tuple[int, int, tuple[PersonMention, ...]]], resolver: Resolver) -> None:
    """Store the people of each (article id, page id, people), linked to who they are."""
    page_names: dict[int, set[str]] = {}
    for _, page_id, people in articles:
        page_names.setdefault(page_id, set()).update(p.name for p in people)
    wanted = [
        (p.name, p.kind, {m.title for m in people if m.name == p.name and m.title}, page_names[page_id])
        for _, page_id, people in articles
        for p in people
    ]
    pids = iter(resolver.person_ids(wanted))
    mentions = [
        {"article_id": article_id, "person_id": next(pids), "name": p.name, "title": p.title, "kind": p.kind, "role": p.role}
        for article_id, _, people in articles
        for p in people
    ]
    if mentions:
        s.execute(insert(Mention), mentions)


def bump_version(s: Session) -> int:
    row = s.get(Meta, "corpus_version")
    version = int(row.value) + 1 if row else 1
    if row:
        row.value = str(version)
    else:
        s.add(Meta(key="corpus_version", value=str(version)))
    s.flush()
    return version


def corpus_version(s: Session) -> int:
    row = s.get(Meta, "corpus_version")
    return int(row.value) if row else 0


def _now() -> datetime:
    return datetime.now(UTC)
