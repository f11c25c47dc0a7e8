"""Ingest throughput: `python -m bench.ingest [--n 100000]`.

newsbot's ingest (segment bylines, extract people and dates, resolve identities, write articles
and mentions) against a plain SQLite insert of the same records, in the same run, each in its
own process so that peak memory is measured separately."""

from __future__ import annotations

import argparse
from datetime import datetime

from bench.common import OUT, machine, replicated, run_child, write_section

NEWSBOT = """
def main(path, db):
    import time
    from store.db import open_store
    from store.ingest import ingest
    _, sessions = open_store("sqlite:///" + db)
    t = time.perf_counter()
    report = ingest(sessions, [path])
    return {"seconds": time.perf_counter() - t, "articles": report.articles, "errors": len(report.errors)}
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
    n = ap.parse_args().n
    path = replicated(n)
    rows = []
    for label, code in (("plain SQLite insert (baseline)", PLAIN), ("newsbot ingest", NEWSBOT)):
        db = OUT / f"ingest-{label.split()[0]}.db"
        for f in OUT.glob(db.name + "*"):
            f.unlink()
        res = run_child(code, str(path), str(db))
        rows.append((label, res))
        print(label, res)
    table = ["| what | articles | seconds | articles/s | peak RSS (MB) |", "|---|---:|---:|---:|---:|"]
    for label, r in rows:
        table.append(
            f"| {label} | {r['articles']} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:.0f} | {r['peak_rss_mb']:.0f} |"
        )
    body = (
        f"`python -m bench.ingest --n {n}` on {datetime.now():%Y-%m-%d}, {machine()}.\n"
        f"Input: the 人民日报 file replicated to {n} records (ids, dates and one title character perturbed).\n\n"
        + "\n".join(table)
        + "\n\nGoal: ≥ 500 articles/s with peak RSS < 1 GB (SQLite, one transaction per file)."
    )
    write_section("Ingest throughput", body)


if __name__ == "__main__":
    main()
