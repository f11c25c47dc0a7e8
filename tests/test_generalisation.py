"""Pages the samples never showed: `shared/tools/make_pages.py` builds unmarked pages from real
人民日报 articles (no datelines on most, subheadings, `#` headings on some, broken and repeated
paragraphs, furniture). The product must reach 0.9 here; this test holds the ground gained so far
(the figures are in the closing note) so that no change loses it unseen."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from store.segment import segment
from store.text import fold
from tests.conftest import RMRB, SHARED

MAKE_PAGES = SHARED / "tools" / "make_pages.py"


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    if not RMRB.exists() or not MAKE_PAGES.exists():
        pytest.skip(f"{RMRB} or {MAKE_PAGES} is absent (internal corpus and tool, not shipped)")
    out = tmp_path_factory.mktemp("made")
    subprocess.run(
        [sys.executable, str(MAKE_PAGES), str(RMRB), str(out), "--pages", "200", "--noise", "2"],
        check=True,
        capture_output=True,
    )
    return out


def test_headlines_and_reporters_on_made_pages(pages):
    text = (pages / "gold.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    by_page: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_page[r["page"]].append(r)
    tp = fp = fn = rep_ok = rep_n = 0
    for name, gold in by_page.items():
        seg = segment((pages / "pages" / name).read_text(encoding="utf-8"))
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
    print(f"made pages: headlines P {precision:.3f} R {recall:.3f}, reporters {rep_ok}/{rep_n}")
    assert precision >= 0.72 and recall >= 0.80  # 0.76 / 0.84 when written; the goal is 0.9
    assert rep_ok / rep_n >= 0.95
