"""Ingest throughput: `python -m bench.ingest [--n 100000]`.

newsbot's ingest (segment bylines, extract people and dates, resolve identities, write articles
and mentions) against a plain SQLite insert of the same records, in the same run, each in its
own process so that peak memory is measured separately."""

from __future__ import annotations

import argparse
from datetime import datetime

from bench.common import OUT, machine, replicated, run_child, write_section
from store.readers import default_workers

NEWSBOT = """
def main(path, db, workers, model="", names_n="0"):
    import time
    from store import later, ner
    from store.db import open_store
    from store.ingest import ingest
    if model and not ner.enable(model):
        return {"missing": True}
    _, sessions = open_store("sqlite:///" + db)
    t = time.perf_counter()
    report = ingest(sessions, [path], workers=int(workers))
    seconds = time.perf_counter() - t
    with sessions() as s:
        waiting = later.waiting(s)
    t = time.perf_counter()
    named = later.read_waiting(sessions, workers=int(workers), most=int(names_n)) if model else 0
    names_seconds = time.perf_counter() - t
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if int(workers) > 1 else 0
    return {"seconds": seconds, "articles": report.articles, "errors": len(report.errors), "worker_rss_mb": worker_mb,
            "waiting": waiting, "named": named, "names_seconds": names_seconds}
"""

PLAIN = """
def main(path, db):
    import json, sqlite3, time
    t = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, date TEXT, body TEXT, kicker TEXT, subtitle TEXT)")
    rows = []
    n = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            rows.append((r["id"], r["title"], r.get("date"), r["body"], r.get("kicker"), r.get("subtitle")))
            if len(rows) == 1000:
                con.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?)", rows)
                n += len(rows)
                rows = []
    con.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?)", rows)
    n += len(rows)
    con.commit()
    return {"seconds": time.perf_counter() - t, "articles": n, "errors": 0}
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=default_workers(), help="reading processes (default: one a core)")
    ap.add_argument("--no-model", action="store_true", help="leave out the run with the name model (the slowest)")
    ap.add_argument(
        "--model-n", type=int, default=20_000, help="articles the name model then reads for the bulk import (its speed is steady)"
    )
    args = ap.parse_args()
    n, workers = args.n, args.workers
    path = replicated(n)
    rows = []
    runs = [
        ("plain SQLite insert (baseline)", PLAIN, ()),
        ("newsbot ingest, rules alone (NEWSBOT_NAME_MODEL=off), read in this process", NEWSBOT, ("1",)),
    ]
    if workers > 1:
        runs.append((f"newsbot ingest, rules alone, read by {workers} worker processes", NEWSBOT, (str(workers),)))
    if not args.no_model:
        label = f"newsbot ingest with the name model on (the default with the names extra), {workers} processes: stored and searchable, people by the rules"
        runs.append((label, NEWSBOT, (str(workers), "lac", str(args.model_n))))
    for label, code, extra in runs:
        db = OUT / "ingest-run.db"
        for f in OUT.glob(db.name + "*"):
            f.unlink()
        res = run_child(code, str(path), str(db), *extra)
        print(label, res)
        if not res.get("missing"):
            rows.append((label, res))
    table = ["| what | articles | seconds | articles/s | peak RSS (MB) |", "|---|---:|---:|---:|---:|"]
    for label, r in rows:
        rss = f"{r['peak_rss_mb']:.0f}"
        if r.get("worker_rss_mb"):
            rss += f" + {workers} × {r['worker_rss_mb']:.0f}"
        table.append(f"| {label} | {r['articles']} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.0f} | {rss} |")
        if r.get("named"):
            table.append(
                f"| … then the name model's reading of the first {r['named']} of its {r['waiting']} waiting articles"
                f" (`newsbot names`; `newsbot ingest` runs it unless `--names-later`) | {r['named']} |"
                f" {r['names_seconds']:.1f} | {r['named'] / r['names_seconds']:.0f} | (the same process) |"
            )
    body = (
        f"`python -m bench.ingest --n {n}` on {datetime.now():%Y-%m-%d}, {machine()}.\n"
        f"Input: the 人民日报 file replicated to {n} records (ids, dates and one title character perturbed).\n\n"
        + "\n".join(table)
        + "\n\nGoal: ≥ 500 articles/s with peak RSS < 1 GB (SQLite, one transaction per file). A bulk import (a JSON"
        + " Lines file over 2 MB) is read by the rules and stored in one transaction, searchable at once; with the name"
        + " model on, its people are then completed by the model (`store.later`, six times the rules' cost), a batch"
        + " at a time, resumable, by `newsbot names`, by `newsbot ingest` itself unless `--names-later`, or by the"
        + " running bot. Peak RSS of the worker processes is the largest worker's (forked from the main process, they"
        + " share its pages)."
    )
    write_section("Ingest throughput", body)


if __name__ == "__main__":
    main()
