"""Page dates on pages never seen: `python -m bench.dates [--sets 0:11,2:77] [--baseline REV]`.

The undated page files of `bench.pages` (built by `shared/tools/make_pages.py` from 人民日报
articles) dated three ways: the folder read in name order, as an ingest reads it (the folder's
calendar, `store/folder_dates.py`); the same folder with its files in a shuffled order (names that
say nothing of the order); each page alone, as an admin's upload is read. Scored on the page's
year and month. A page that prints no date and no day at all cannot be dated from its own text:
the last column counts them, the ceiling of the other two readings."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import ROOT
from bench.unseen import arguments, baseline, make, measure, report, sets

DEFAULT_SETS = "0:11,0:3,1:9,2:77,0:123"

MEASURE = """
import csv, json, random, re, sys
from pathlib import Path
from store.extract import read_folder, read_page

folder = Path(sys.argv[1])
rows = list(csv.DictReader((folder / "gold.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\\t"))
gold = {r["page"]: r["page_month"] for r in rows}
texts = [(name, (folder / "pages" / name).read_text(encoding="utf-8")) for name in sorted(gold)]

def right(pairs):
    return sum(1 for (name, _), data in pairs if data.page_date and data.page_date.isoformat()[:7] == gold[name])

shuffled = texts[:]
random.Random(3).shuffle(shuffled)
undatable = sum(1 for _, t in texts if not re.search(r"\\d{1,2}月\\d{1,2}日", t))
print(json.dumps({
    "pages": len(texts),
    "ordered": right(zip(texts, read_folder(texts))),
    "shuffled": right(zip(shuffled, read_folder(shuffled))),
    "alone": right((t, read_page(t[1], t[0])) for t in texts),
    "undatable": undatable,
}))
"""


def row(label: str, r: dict) -> str:
    n = r["pages"]
    return f"| {label} | {r['ordered']}/{n} | {r['shuffled']}/{n} | {r['alone']}/{n} | {r['undatable']}/{n} |"


def main() -> None:
    args = arguments(__doc__ or "", DEFAULT_SETS).parse_args()
    lines = [
        "| set (noise, seed) | page month, folder in name order | folder shuffled | each page alone | pages with no day printed |",
        "|---|---:|---:|---:|---:|",
    ]
    totals: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="newsbot-dates-") as tmp, baseline(args.baseline, Path(tmp) / "baseline") as base:
        for noise, seed in sets(args.sets):
            folder = make(Path(tmp), noise, seed, args.pages)
            for tree, who in ([(base, f"baseline {args.baseline}")] if base else []) + [(ROOT, "newsbot")]:
                r = measure(MEASURE, tree, folder)
                sums = totals.setdefault(who, dict.fromkeys(r, 0))
                for k, v in r.items():
                    sums[k] += v
                lines.append(row(f"{noise}, {seed}: {who}", r))
                print(lines[-1], flush=True)
    lines += [row(f"**all**: {who}", r) for who, r in totals.items()]
    report(
        "bench.dates",
        args,
        "Page dates on unseen pages",
        lines,
        "A page counts when its year and month are right. Each page of these sets holds the articles "
        "of one day's page of 人民日报 2019–2020 under a file name that says nothing of its date. Pages with "
        "no day printed (no `M月D日` anywhere) can only be dated by the pages filed next to them, so the "
        "shuffled and alone columns cannot reach more than the pages minus that column.",
    )

if __name__ == "__main__":
    main()
