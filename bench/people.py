"""People found in 人民日报 records, by the rules and with the optional name model, side by side:
`python -m bench.people [--n 500]`. Each reading runs in its own process over the same records;
the table gives articles a second, names found and peak memory (the model is `pip install
'newsbot[names]'`; without it that row says so)."""

from __future__ import annotations

import argparse
from datetime import datetime

from bench.common import RMRB, machine, run_child, write_section

CODE = """
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=500, help="records read from the 人民日报 file")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = ap.parse_args()
    lines = ["| reading | articles/s | names found | peak RSS |", "|---|---|---|---|"]
    for label, model in (("rules and segmenter (default)", ""), ("with the LAC model (NEWSBOT_NAME_MODEL=lac)", "lac")):
        res = run_child(CODE, str(RMRB), str(args.n), model)
        if res.get("missing"):
            lines.append(f"| {label} | the names extra is not installed | | |")
            continue
        rate = res["articles"] / res["seconds"]
        lines.append(f"| {label} | {rate:,.0f} | {res['names']:,} | {res['peak_rss_mb']:.0f} MB |")
    print("\n".join(lines))
    if not args.no_write:
        when = datetime.now().strftime("%Y-%m-%d")
        body = f"`python -m bench.people --n {args.n}` on {when}, {machine()}: the first {args.n} records of the 人民日报 file.\n\n"
        write_section("People: rules vs the optional name model", body + "\n".join(lines))


if __name__ == "__main__":
    main()
