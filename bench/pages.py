"""Segmentation on pages never seen: `python -m bench.pages [--sets 2:77,0:11] [--baseline REV]`.

`shared/tools/make_pages.py` builds undated page files from real 人民日报 articles, with gold
labels; each set is a noise level (0: no marks at all … 3: `#` headings, furniture, broken and
repeated paragraphs) and a seed. The folder is read as an ingest reads it (`read_folder`: the
folder's calendar dates its pages; code older than that reads page by page, the page filed before
giving the year when the text names none), and scored: headlines precision and recall,
reporters exact where the gold knows them, event month-day, page month. `--baseline REV` measures
the code of an earlier commit on the same pages in the same run, side by side."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.common import ROOT
from bench.unseen import arguments, baseline, make, measure, report, sets

# The sets the subheading score was fitted on are 2:1, 0:3, 1:9; 2:77 and 0:11 were never tuned on.
DEFAULT_SETS = "2:77,2:1,1:9,0:11,0:3"

MEASURE = """
import csv, json, sys
from collections import defaultdict
from pathlib import Path
from store.extract import read_page
from store.segment import segment
from store.text import fold

folder = Path(sys.argv[1])
rows = list(csv.DictReader((folder / "gold.tsv").read_text(encoding="utf-8").splitlines(), delimiter="\\t"))
by_page = defaultdict(list)
for r in rows:
    by_page[r["page"]].append(r)
tp = fp = fn = rep_ok = rep_n = found_ok = found_n = ev_ok = ev_n = month_ok = 0
names = sorted(by_page)
texts = [(name, (folder / "pages" / name).read_text(encoding="utf-8")) for name in names]
try:  # the folder read as one, as an ingest reads it
    from store.extract import read_folder
    read = read_folder(texts)
except ImportError:  # older code: page by page, each with the date of the page before
    read, near = [], None
    for name, text in texts:
        read.append(read_page(text, name, None, near))
        near = read[-1].page_date or near
for name, data in zip(names, read):
    gold = by_page[name]
    ours = {fold(a.headline): a for a in data.articles if a.headline}
    theirs = {fold(r["headline"]): r for r in gold if r["headline"]}
    tp += len(set(ours) & set(theirs))
    fp += len(set(ours) - set(theirs))
    fn += len(set(theirs) - set(ours))
    for head, r in theirs.items():
        a = ours.get(head)
        if r["reporters"] != "?":
            rep_n += 1
            rep_ok += a is not None and ",".join(a.reporters) == r["reporters"]
            found_n += a is not None
            found_ok += a is not None and ",".join(a.reporters) == r["reporters"]
        if r["event"]:
            ev_n += 1
            ev_ok += a is not None and a.event_date is not None and f"{a.event_date.month}-{a.event_date.day}" == r["event"]
    month_ok += data.page_date is not None and data.page_date.isoformat()[:7] == gold[0]["page_month"]
print(json.dumps({"pages": len(by_page), "articles": len(rows), "P": tp / max(1, tp + fp), "R": tp / max(1, tp + fn),
                  "reporters": [rep_ok, rep_n], "reporters_found": [found_ok, found_n], "events": [ev_ok, ev_n], "month": [month_ok, len(by_page)]}))
"""


_DATELINE = re.compile(r"(?m)^本报[^（(\n]{0,16}?(\d{1,2})月(\d{1,2})日电\s*[（(]记者([^）)\n]+)[）)]\s*")
# how city dailies print the same credit (one style a page, as a paper keeps one)
STYLES = (
    lambda md, names: f"本报讯（全媒体记者 {' '.join(names)}）{md}，",
    lambda md, names: f"本报讯 记者{' '.join(names)} 报道 {md}，",
    lambda md, names: f"■本报记者 {' '.join(names)}\n\n{md}，",
    lambda md, names: f"本报讯（记者 {' '.join(_pad(n) for n in names)}）{md}，",
)


def _pad(name: str) -> str:
    return f"{name[0]} {name[1]}" if len(name) == 2 else name


def restyle(folder: Path) -> Path:
    """The same pages with their `本报北京1月31日电（记者张三、李四）` datelines printed as city
    dailies print credits (`本报讯（全媒体记者 张三 李四）1月31日，`, `■本报记者 张三`, …); the
    gold is unchanged, so the scores say whether the conventions carry over."""
    out = folder.with_name(folder.name + "-local")
    if (out / "gold.tsv").exists():
        return out
    (out / "pages").mkdir(parents=True)
    shutil.copy(folder / "gold.tsv", out / "gold.tsv")
    for k, page in enumerate(sorted((folder / "pages").glob("*.txt"))):
        text = _DATELINE.sub(lambda m, k=k: _printed(STYLES[k % len(STYLES)], m), page.read_text("utf-8"))
        (out / "pages" / page.name).write_text(text, encoding="utf-8")
    return out


def _printed(style: Callable[[str, list[str]], str], m: re.Match[str]) -> str:
    return style(f"{m[1]}月{m[2]}日", re.split(r"[、，,\s]+", m[3].strip()))


def row(label: str, r: dict) -> str:
    rep, found, ev, month = r["reporters"], r["reporters_found"], r["events"], r["month"]
    return (
        f"| {label} | {r['P']:.3f} | {r['R']:.3f} | {rep[0]}/{rep[1]} | {found[0]}/{found[1]} | {ev[0]}/{ev[1]}"
        f" | {month[0]}/{month[1]} |"
    )


def main() -> None:
    ap = arguments(__doc__ or "", DEFAULT_SETS)
    ap.add_argument("--local", action="store_true", help="also each set with its datelines restyled as city dailies print them")
    args = ap.parse_args()
    lines = [
        "| set (noise, seed) | headlines P | headlines R | reporters exact | reporters exact, articles found | event month-day | page month |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    with tempfile.TemporaryDirectory(prefix="newsbot-pages-") as tmp, baseline(args.baseline, Path(tmp) / "baseline") as base:
        for noise, seed in sets(args.sets):
            made = make(Path(tmp), noise, seed, args.pages)
            for folder, label in [(made, f"{noise}, {seed}")] + ([(restyle(made), f"{noise}, {seed}, local")] if args.local else []):
                if base:
                    lines.append(row(f"{label}: baseline {args.baseline}", measure(MEASURE, base, folder)))
                lines.append(row(f"{label}: newsbot", measure(MEASURE, ROOT, folder)))
                print(lines[-1], flush=True)
    report(
        "bench.pages",
        args,
        "Segmentation on unseen pages",
        lines,
        "Pages built by `shared/tools/make_pages.py` from 人民日报 articles, undated file names; the "
        "reporters column counts articles whose byline the gold knows (an article not found counts as "
        "wrong; the next column counts only articles found by their headline), the event column those whose dateline gives a day. Noise 0 pages carry no marks at all "
        "(no `#`, no furniture, no broken paragraphs): only the text tells a subheading from a headline. "
        "`local` rows are the same pages with their datelines printed as city dailies print credits "
        "(`本报讯（全媒体记者 某某）3月7日，`, `本报讯 记者某某 报道`, `■本报记者 某某` on its own line, "
        "spaced names), the gold unchanged. Page months: the folder is read as an ingest reads it, its "
        "undated pages dated as a run in name order (`store/folder_dates.py`; code older than that reads "
        "page by page, each with the date of the page before). Sets 2:77 and 0:11 were never tuned on; the "
        "misses of 0:11 (and of 0:321, not in this table) were read once to find the figures-under-a-headline "
        "rule for two-line heads, fitted on the 人民日报 file's 2,009 two-line heads, not on these sets; "
        "0:55, 1:66, 0:77 and 2:88 were only ever measured, never looked into. Part of "
        "the precision on 2:77 is lost to features whose sections each carry their own correspondent's "
        "byline (`本报驻埃及记者 某某`): they are now one article a section, where make_pages' gold "
        "counts one. Goal: ≥ 0.9 on every line.",
    )


if __name__ == "__main__":
    main()
