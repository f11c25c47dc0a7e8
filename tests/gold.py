"""Scores of the extractor against the hand labels in fixtures/gold (shared by tests and bench)."""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from store.extract import PageData, read_page
from store.text import decode, fold


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Scores:
    headline_precision: float
    headline_recall: float
    reporters_exact: float
    event_dates: float
    page_months: tuple[int, int]
    people_precision: float
    people_recall: float
    titles_as_written: float
    kinds: float


def score(pages_dir: Path, gold_dir: Path) -> Scores:
    articles = read_tsv(gold_dir / "articles.tsv")
    people = read_tsv(gold_dir / "people.tsv")
    by_page: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in articles:
        by_page[row["page"]].append(row)
    tp = fp = fn = rep_ok = ev_ok = n = month_ok = 0
    p_tp = p_fp = p_fn = t_ok = k_ok = t_n = 0
    for name, rows in by_page.items():
        data = read_page(decode((pages_dir / name).read_bytes()), name)
        ours = {fold(a.headline) for a in data.articles if a.headline}
        theirs = {fold(r["headline"]) for r in rows if r["headline"]}
        tp += len(ours & theirs)
        fp += len(ours - theirs)
        fn += len(theirs - ours)
        for row, art in _align(rows, data):
            n += 1
            if art is None:
                continue
            rep_ok += list(art.reporters) == [x for x in row["reporters"].split(",") if x]
            ev = f"{art.event_date.month}-{art.event_date.day}" if art.event_date else ""
            ev_ok += ev == row["event"]
        month_ok += bool(data.page_date) and data.page_date.isoformat()[:7] == rows[0]["page_month"]
        found: dict[str, tuple[set[str], str]] = {}
        for art in data.articles:
            for m in art.people:
                titles, _kind = found.setdefault(m.name, (set(), m.kind))
                if m.title:
                    titles.add(fold(m.title))
        gold_people = {r["name"]: r for r in people if r["file"] == name}
        p_tp += len(set(found) & set(gold_people))
        p_fp += len(set(found) - set(gold_people))
        p_fn += len(set(gold_people) - set(found))
        for pname, row in gold_people.items():
            if pname not in found:
                continue
            t_n += 1
            gold_titles = {fold(t) for t in row["titles"].split("|") if t.strip()}
            t_ok += found[pname][0] == gold_titles
            k_ok += found[pname][1] == row["kind"]
    return Scores(
        headline_precision=tp / max(1, tp + fp),
        headline_recall=tp / max(1, tp + fn),
        reporters_exact=rep_ok / max(1, n),
        event_dates=ev_ok / max(1, n),
        page_months=(month_ok, len(by_page)),
        people_precision=p_tp / max(1, p_tp + p_fp),
        people_recall=p_tp / max(1, p_tp + p_fn),
        titles_as_written=t_ok / max(1, t_n),
        kinds=k_ok / max(1, t_n),
    )


def _align(rows: list[dict[str, str]], data: PageData) -> list[tuple[dict[str, str], object]]:
    """Gold rows paired with our articles: by headline, and photos without one in page order."""
    by_head = {fold(a.headline): a for a in data.articles if a.headline}
    bare = [a for a in data.articles if not a.headline]
    out = []
    for row in rows:
        if row["headline"]:
            out.append((row, by_head.get(fold(row["headline"]))))
        else:
            out.append((row, bare.pop(0) if bare else None))
    return out
