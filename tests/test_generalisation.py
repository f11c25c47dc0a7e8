"""Pages the samples never showed: `shared/tools/make_pages.py` builds pages from real 人民日报
articles (no datelines on most, subheadings, `#` headings on some, broken and repeated
paragraphs, furniture), with gold labels. Unmarked pages (noise 0) are the hardest: nothing but
the text tells a subheading from a headline. The product must reach 0.9 here; this test holds
the ground gained so far (the figures are in the closing note) so that no change loses it unseen.
The seeds here are the ones the subheading score was fitted on; seeds 11 and 77 are held out. The
same pages with their datelines printed as city dailies print credits (`本报讯（全媒体记者 某某）`,
`■本报记者 某某`, bench.pages.restyle) must keep the reporters."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from bench.pages import restyle
from store.db import open_store
from store.ingest import ingest
from store.models import Page
from store.segment import segment
from store.text import fold
from tests.conftest import RMRB, SHARED

MAKE_PAGES = SHARED / "tools" / "make_pages.py"
# noise, seed, credits printed as city dailies print them -> headline precision, recall, page
# month (share of pages) at least
FLOORS = {
    (2, 1, False): (0.93, 0.92, 0.58),
    (2, 1, True): (0.93, 0.92, 0.58),
    (0, 3, False): (0.88, 0.89, 0.53),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def made(request, tmp_path_factory) -> tuple[Path, tuple[float, float, float]]:
    if not RMRB.exists() or not MAKE_PAGES.exists():
        pytest.skip(f"{RMRB} or {MAKE_PAGES} is absent (internal corpus and tool, not shipped)")
    noise, seed, local = request.param
    out = tmp_path_factory.mktemp(f"made-{noise}-{seed}")
    subprocess.run(
        [sys.executable, str(MAKE_PAGES), str(RMRB), str(out), "--pages", "200", "--noise", str(noise), "--seed", str(seed)],
        check=True,
        capture_output=True,
    )
    return (restyle(out) if local else out), FLOORS[request.param]


def gold_by_page(folder: Path) -> dict[str, list[dict[str, str]]]:
    rows = list(csv.DictReader((folder / "gold.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    by_page: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_page[r["page"]].append(r)
    return by_page


def test_headlines_and_reporters_on_made_pages(made):
    folder, (min_p, min_r, _) = made
    tp = fp = fn = rep_ok = rep_n = 0
    for name, gold in gold_by_page(folder).items():
        seg = segment((folder / "pages" / name).read_text(encoding="utf-8"))
        ours = {fold(a.headline): a for a in seg.articles if a.headline}
        theirs = {fold(r["headline"]): r for r in gold if r["headline"]}
        tp += len(set(ours) & set(theirs))
        fp += len(set(ours) - set(theirs))
        fn += len(set(theirs) - set(ours))
        for head, r in theirs.items():
            if head in ours and r["reporters"] != "?":
                rep_n += 1
                rep_ok += ",".join(ours[head].reporters) == r["reporters"]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"{folder.name}: headlines P {precision:.3f} R {recall:.3f}, reporters {rep_ok}/{rep_n}")
    assert precision >= min_p and recall >= min_r
    assert rep_ok / rep_n >= 0.97


def test_page_month_of_undated_made_pages(made, tmp_path):
    folder, (_, _, min_month) = made
    gold = {name: rows[0]["page_month"] for name, rows in gold_by_page(folder).items()}
    engine, sessions = open_store(f"sqlite:///{tmp_path / 'made.db'}")
    ingest(sessions, [folder / "pages"])
    with sessions() as s:
        stored = {Path(key).name: d for key, d in s.execute(select(Page.key, Page.page_date))}
    engine.dispose()
    right = sum(1 for name, month in gold.items() if stored.get(name) and stored[name].strftime("%Y-%m") == month)
    print(f"{folder.name}: page month {right}/{len(gold)}")
    assert right / len(gold) >= min_month
