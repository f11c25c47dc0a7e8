"""People found by the rules and with the optional name model, side by side:
`python -m bench.people [--n 500] [--gold]`. Speed: each reading runs in its own process over the first
n 人民日报 records (articles a second, names found, peak memory). `--gold` also scores both against
`bench/people_gold.json`, every person the articles of its unseen page sets name, and their titles as written, read by hand
(the sets are rebuilt by `shared/tools/make_pages.py`). The model is `pip install 'newsbot[names]'`; without it
its row says so."""

from __future__ import annotations

import argparse
import json
import tempfile
from datetime import datetime
from pathlib import Path

from bench.common import RMRB, ROOT, machine, run_child, write_section
from bench.unseen import make

GOLD = ROOT / "bench" / "people_gold.json"

SPEED = """
import json, time
from store import ner
from store.people import find_people

def main(path, n, model):
    records = [json.loads(line) for _, line in zip(range(int(n)), open(path, encoding="utf-8"))]
    texts = [r["title"] + "\\n" + r["body"] for r in records]
    if model and not ner.enable(model):
        return {"missing": True}
    find_people(texts[0])
    start = time.perf_counter()
    names = sum(len(find_people(t)) for t in texts)
    return {"seconds": time.perf_counter() - start, "names": names, "articles": len(texts)}
"""

SCORE = """
import json
from pathlib import Path
from store import ner
from store.extract import _text_of, scan_page
from store.people import find_people

def main(gold_path, sets_dir, model):
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    if model and not ner.enable(model):
        return {"missing": True}
    found = total = wrong = names = missing = titled = titles_right = 0
    for item in gold["articles"]:
        noise, seed = item["set"].split(":")
        page = Path(sets_dir) / f"noise{int(noise)}-seed{int(seed)}" / "pages" / item["page"]  # `1:0909` is seed 909
        drafts = [d for d in scan_page(page.read_text(encoding="utf-8")).seg.articles if d.headline == item["headline"]]
        if not drafts:
            missing += 1
            continue
        read = find_people(_text_of(drafts[0]))
        people = [p.name for p in read]
        spellings = [set(g.split("|")) for g in item["people"]]
        for person, written in item.get("titles", {}).items():  # the titles as written, where they were read
            got = next((set(p.titles) for p in read if p.name in person.split("|")), None)
            if got is not None:  # right: the same titles, in any order, as one of the readings written down
                titled += 1
                titles_right += any(got == set(filter(None, w.split("、"))) for w in written)
        total += len(spellings)
        found += sum(any(n in s for n in people) for s in spellings)
        counted = [n for n in people if n not in gold["not_counted"]]
        names += len(counted)
        wrong += sum(not any(n in s for s in spellings) for n in counted)
    return {"found": found, "total": total, "wrong": wrong, "names": names, "missing": missing, "titled": titled, "titles_right": titles_right}
"""

READINGS = (("rules alone (NEWSBOT_NAME_MODEL=off, or no names extra)", ""), ("with the LAC model (the default with the names extra)", "lac"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500, help="records read from the 人民日报 file")
    ap.add_argument("--gold", action="store_true", help="also score against bench/people_gold.json")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = ap.parse_args()
    lines = ["| reading | articles/s | names found | peak RSS |", "|---|---|---|---|"]
    for label, model in READINGS:
        res = run_child(SPEED, str(RMRB), str(args.n), model)
        if res.get("missing"):
            lines.append(f"| {label} | the names extra is not installed | | |")
            continue
        lines.append(f"| {label} | {res['articles'] / res['seconds']:,.0f} | {res['names']:,} | {res['peak_rss_mb']:.0f} MB |")
    if args.gold:
        lines += ["", "| reading | people found (recall) | names found that are no gold person | titles as written, of the people found |", "|---|---|---|---|"]
        lines += _scored()
    print("\n".join(lines))
    if not args.no_write:
        when = datetime.now().strftime("%Y-%m-%d")
        command = f"python -m bench.people --n {args.n}" + (" --gold" if args.gold else "")
        body = f"`{command}` on {when}, {machine()}: speed on the first {args.n} records of the 人民日报 file"
        body += "; recall and wrong names on bench/people_gold.json.\n\n" if args.gold else ".\n\n"
        write_section("People: rules vs the optional name model", body + "\n".join(lines))


def _scored() -> list[str]:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for spec in sorted({a["set"] for a in gold["articles"]}):
            noise, seed = spec.split(":")
            make(Path(tmp), int(noise), int(seed), 200)
        rows = []
        for label, model in READINGS:
            res = run_child(SCORE, str(GOLD), tmp, model)
            if res.get("missing"):
                rows.append(f"| {label} | the names extra is not installed | | |")
                continue
            lost = f", {res['missing']} articles not found" if res["missing"] else ""
            titles = f"{res['titles_right']}/{res['titled']} = {res['titles_right'] / res['titled']:.3f}" if res["titled"] else ""
            rows.append(f"| {label} | {res['found']}/{res['total']} = {res['found'] / res['total']:.3f}{lost} | {res['wrong']} of {res['names']} | {titles} |")
    return rows


if __name__ == "__main__":
    main()
