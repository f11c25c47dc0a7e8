"""Before an ingest: the dates of the undated page files of each folder, read together
(`store.folder_dates`). A page already stored, unchanged, lends the date it was stored with; a
file that cannot be read lends nothing (its error is reported when it is ingested)."""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from store.dates import PageClue, date_from_name
from store.extract import Scan, scan_page
from store.folder_dates import MIN_PAGES, date_folder
from store.models import Page, SourceFile
from store.sources import SourceError, SourcePath, file_digest, read_page_bytes
from store.text import DecodeError, decode

Progress = Callable[[int, int, str], None]
KEEP_SCANS = 1000  # scanned pages kept for the ingest that follows; past these it scans again
_NOTHING = PageClue(None, None, {})


@dataclass(frozen=True)
class Guess:
    """An undated page's date as its folder's calendar reads it."""

    page_date: date
    scan: Scan | None  # the page as scanned for its date, when kept


def guess_dates(
    sessions: sessionmaker[Session], sources: Sequence[SourcePath], progress: Progress | None = None
) -> dict[Path, Guess]:
    """The dates of undated pages in folders of MIN_PAGES or more, as their folder's calendar
    reads them; a page the calendar cannot date is absent (its own text dates it)."""
    folders: dict[Path, list[SourcePath]] = defaultdict(list)
    for src in sources:
        if src.kind == "page" and src.manifest_date is None and date_from_name(src.path.name) is None:
            folders[src.path.parent].append(src)
    found: dict[Path, Guess] = {}
    for group in folders.values():
        if len(group) >= MIN_PAGES:
            found.update(_folder(sessions, sorted(group, key=lambda src: natural(src.path.name)), progress))
    return found


def natural(name: str) -> list[str | int]:
    """`p2.txt` before `p10.txt`: the digits in a name compared as numbers."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def _folder(sessions: sessionmaker[Session], group: list[SourcePath], progress: Progress | None) -> dict[Path, Guess]:
    folder = os.path.join(str(group[0].path.parent), "")
    with sessions() as s:
        in_folder = SourceFile.path.startswith(folder, autoescape=True)
        stored = dict(s.execute(select(SourceFile.path, SourceFile.sha256).where(in_folder)).tuples().all())
        dated = dict(s.execute(select(Page.key, Page.page_date).where(Page.key.startswith(folder, autoescape=True))).tuples().all())
    clues: list[PageClue] = []
    scans: dict[Path, Scan | None] = {}
    for n, src in enumerate(group, 1):
        if progress:
            progress(n, len(group), f"dating {src.path}")
        key = str(src.path)
        try:
            if stored.get(key) == file_digest(src.path):
                clues.append(PageClue.on(d) if (d := dated.get(key)) else _NOTHING)
                continue
            scan = scan_page(decode(read_page_bytes(src.path)))
        except (SourceError, DecodeError, OSError):
            clues.append(_NOTHING)
            continue
        clues.append(scan.clue)
        scans[src.path] = scan if len(scans) < KEEP_SCANS else None
    dates = date_folder(clues) if scans else None
    if dates is None:
        return {}
    return {
        src.path: Guess(d, scans[src.path]) for src, d in zip(group, dates, strict=True) if d and src.path in scans
    }
