"""Which files an ingest reads, the page dates a manifest gives, and reading them safely."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PAGE_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
MANIFEST_NAMES = ("manifest.json", "manifest.tsv", "manifest.csv")
MAX_PAGE_BYTES = 5 * 1024 * 1024  # a printed page is tens of kilobytes; more is not a page


class SourceError(ValueError):
    """A file that cannot be ingested, with a message naming it."""


@dataclass(frozen=True)
class SourcePath:
    path: Path
    kind: str  # page | jsonl
    manifest_date: date | None


def find_sources(paths: list[Path]) -> tuple[list[SourcePath], list[str]]:
    """Files to ingest under the given paths (folders are walked), and errors for paths that
    do not exist. Manifests are read, not ingested."""
    found: list[SourcePath] = []
    errors: list[str] = []
    for p in paths:
        if not p.exists():
            errors.append(f"{p}: no such file or folder")
            continue
        files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
        manifests: dict[Path, dict[str, date]] = {}
        for f in files:
            if f.name in MANIFEST_NAMES or f.name.startswith("."):
                continue
            kind = _kind(f)
            if kind is None:
                if not p.is_dir():
                    errors.append(f"{f}: not a page (.txt) or JSON Lines (.jsonl) file")
                continue
            folder = f.parent
            if folder not in manifests:
                manifests[folder], bad = read_manifest(folder)
                errors += bad
            found.append(SourcePath(f, kind, manifests[folder].get(f.name)))
    return found, errors


def _kind(f: Path) -> str | None:
    suffix = f.suffix.lower()
    if suffix in PAGE_SUFFIXES:
        return "page"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return None


def read_manifest(folder: Path) -> tuple[dict[str, date], list[str]]:
    """`manifest.json` ({"file.txt": "2024-03-11"}) or `manifest.tsv`/`.csv` (file, date)."""
    dates: dict[str, date] = {}
    errors: list[str] = []
    for name in MANIFEST_NAMES:
        path = folder / name
        if not path.exists():
            continue
        try:
            text = path.read_text(encoding="utf-8-sig")
            if name.endswith(".json"):
                rows = list(json.loads(text).items())
            else:
                delimiter = "\t" if name.endswith(".tsv") else ","
                rows = [tuple(r[:2]) for r in csv.reader(io.StringIO(text), delimiter=delimiter) if len(r) >= 2]
            for file_name, value in rows:
                try:
                    dates[str(file_name).strip()] = date.fromisoformat(str(value).strip())
                except ValueError:
                    if str(value).strip().lower() not in ("date", "page_date"):
                        errors.append(f"{path}: {file_name!r} has no ISO date ({value!r})")
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as exc:
            errors.append(f"{path}: unreadable manifest ({exc})")
    return dates, errors


def read_page_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise SourceError(
            f"{size / 2**20:.1f} MB is too large for a page file (the limit is {MAX_PAGE_BYTES // 2**20} MB)"
        )
    return path.read_bytes()


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Numbered lines of a JSON Lines file, decoded as UTF-8 (a BOM is allowed)."""
    with path.open("rb") as f:
        for number, raw in enumerate(f, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            yield number, raw.decode("utf-8", errors="replace").strip()
