"""Pages the samples never showed: `shared/tools/make_pages.py` builds pages from real 人民日报
articles (no datelines on most, subheadings, `#` headings on some, broken and repeated
paragraphs, furniture), with gold labels. Unmarked pages (noise 0) are the hardest: nothing but
the text tells a subheading from a headline. The product must reach 0.9 here; this test holds
the ground gained so far (the figures are in the closing note) so that no change loses it unseen.
The seeds here are the ones the subheading score was fitted on; seeds 11 and 77 are held out. Page
months come from a real ingest of the folder, which dates undated pages as a run (the folder's
calendar, store.folder_dates). The
same pages with their datelines printed as city dailies print credits (`本报讯（全媒体记者 某某）`,
`■本报记者 某某`, bench.pages.restyle) must keep the reporters."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from bench.pages import MEASURE, restyle
from bench.unseen import MAKE_PAGES, make, measure
from store.db import open_store
from store.ingest import ingest
from store.models import Page
from tests.conftest import RMRB, ROOT

# noise, seed, credits printed as city dailies print them -> headline precision, recall, page
# month (share of pages) at least
FLOORS = {
    (2, 1, False): (0.94, 0.935, 0.95),
    (2, 1, True): (0.94, 0.935, 0.95),
    (0, 3, False): (0.905, 0.915, 0.9),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def made(request, tmp_path_factory) -> tuple[Path, tuple[float, float, float]]:
    if not RMRB.exists() or not MAKE_PAGES.exists():
        pytest.skip(f"{RMRB} or {MAKE_PAGES} is absent (internal corpus and tool, not shipped)")
    noise, seed, local = request.param
    out = make(tmp_path_factory.mktemp(f"made-{noise}-{seed}"), noise, seed, 200)
    return (restyle(out) if local else out), FLOORS[request.param]


def gold_by_page(folder: Path) -> dict[str, list[dict[str, str]]]:
    rows = list(csv.DictReader((folder / "gold.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    by_page: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_page[r["page"]].append(r)
    return by_page


def test_headlines_and_reporters_on_made_pages(made):
    folder, (min_p, min_r, _) = made
    scores = measure(MEASURE, ROOT, folder)  # the scoring of bench.pages, on this tree
    rep_ok, rep_n = scores["reporters_found"]  # bylines of the articles found
    print(f"{folder.name}: headlines P {scores['P']:.3f} R {scores['R']:.3f}, reporters {rep_ok}/{rep_n}")
    assert scores["P"] >= min_p and scores["R"] >= min_r
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
