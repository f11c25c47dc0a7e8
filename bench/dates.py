"""Page dates on pages never seen: `python -m bench.dates [--sets 0:11,2:77] [--baseline REV]`.

The undated page files of `bench.pages` (built by `shared/tools/make_pages.py` from 人民日报
articles) dated three ways: the folder read in name order, as an ingest reads it (the folder's
calendar, `store/folder_dates.py`); the same folder with its files in a shuffled order (names that
say nothing of the order); each page alone, as an admin's upload is read. Scored on the page's
year and month. A page that prints no date and no day at all cannot be dated from its own text:
the last column counts them, the ceiling of the other two readings."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from bench.common import RMRB, ROOT, machine, write_section
from bench.pages import MAKE_PAGES, checkout, make

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


def measure(tree: Path, folder: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", MEASURE, str(folder)], capture_output=True, text=True, check=True, cwd=tree, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def row(label: str, r: dict) -> str:
    n = r["pages"]
    return f"| {label} | {r['ordered']}/{n} | {r['shuffled']}/{n} | {r['alone']}/{n} | {r['undatable']}/{n} |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=DEFAULT_SETS, help="noise:seed pairs, comma-separated")
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--baseline", help="a git revision to measure on the same pages, side by side")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = ap.parse_args()
    if not RMRB.exists() or not MAKE_PAGES.exists():
        sys.exit(f"{RMRB} or {MAKE_PAGES} is missing: this benchmark needs the internal corpus and tool")
    sets = [tuple(int(x) for x in s.split(":")) for s in args.sets.split(",")]
    lines = [
        "| set (noise, seed) | page month, folder in name order | folder shuffled | each page alone | pages with no day printed |",
        "|---|---:|---:|---:|---:|",
    ]
    totals: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="newsbot-dates-") as tmp:
        out = Path(tmp)
        base = checkout(args.baseline, out / "baseline") if args.baseline else None
        try:
            for noise, seed in sets:
                folder = make(out, noise, seed, args.pages)
                for tree, who in ([(base, f"baseline {args.baseline}")] if base else []) + [(ROOT, "newsbot")]:
                    r = measure(tree, folder)
                    sums = totals.setdefault(who, dict.fromkeys(r, 0))
                    for k, v in r.items():
                        sums[k] += v
                    lines.append(row(f"{noise}, {seed}: {who}", r))
                    print(lines[-1], flush=True)
        finally:
            if base:
                subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, capture_output=True)
    lines += [row(f"**all**: {who}", r) for who, r in totals.items()]
    when = datetime.now().strftime("%Y-%m-%d")
    body = (
        f"`python -m bench.dates --sets {args.sets} --pages {args.pages}"
        + (f" --baseline {args.baseline}" if args.baseline else "")
        + f"` on {when}, {machine()}.\n\n"
        + "\n".join(lines)
        + "\n\nA page counts when its year and month are right. Each page of these sets holds the articles "
        "of one day's page of 人民日报 2019–2020 under a file name that says nothing of its date. Pages with "
        "no day printed (no `M月D日` anywhere) can only be dated by the pages filed next to them, so the "
        "shuffled and alone columns cannot reach more than the pages minus that column."
    )
    print("\n".join(lines))
    if not args.no_write:
        write_section("Page dates on unseen pages", body)


if __name__ == "__main__":
    main()
