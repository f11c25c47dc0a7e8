"""Load: `python -m bench.load [--users 200] [--messages 10]`.

The real bot (python-telegram-bot Application, polling, AIORateLimiter at Telegram's 30 messages
a second) against the fake Bot API server of the tests, with the 100k-article store of
`bench.ingest`. Each simulated user sends a message, waits for the answer, thinks a few seconds,
and sends the next (plain questions, names, /latest, /search, /who). Checks every message is
answered exactly once and reports reply latency."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import numpy as np

from bench.common import OUT, fake_api_settings, machine, write_section

WORDS = ["乡村振兴", "脱贫攻坚", "疫情防控", "一带一路", "粮食安全", "生态保护", "科技创新", "冬奥会", "长江", "黄河"]


def _waiting(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM articles WHERE people_pending").fetchone()[0])
    finally:
        con.close()


async def main_async(users: int, messages: int, think: tuple[float, float], db: Path, names_pass: bool) -> dict:
    from bot import services
    from store import ner
    from tests.botrun import start_polling, stop_app
    from tests.fakebot import FakeTelegram

    con = sqlite3.connect(db)
    names = [r[0] for r in con.execute("SELECT name FROM people ORDER BY id LIMIT 300")]
    count = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    if names_pass and not ner.enable("lac"):
        raise SystemExit("--names-backlog needs the names extra")
    if not names_pass:
        ner.disable()
    services.NAMES_SECONDS = 1.0  # the background pass starts at once
    waiting = _waiting(db)
    os.environ["XDG_CACHE_HOME"] = str(OUT / "cache")
    fake = FakeTelegram()
    await fake.start()
    settings = fake_api_settings(fake, f"sqlite:///{db}")
    app = await start_polling(settings)  # type: ignore[arg-type]
    rnd = random.Random(3)
    latencies: list[float] = []

    def text_for(i: int) -> str:
        kind = i % 5
        if kind == 0:
            return rnd.choice(WORDS) + "的最新情况"
        if kind == 1:
            return rnd.choice(names)
        if kind == 2:
            return "/latest"
        if kind == 3:
            return "/search " + rnd.choice(WORDS)
        return "/who " + rnd.choice(names)

    async def user(uid: int) -> None:
        await asyncio.sleep(rnd.uniform(0, think[1]))
        for i in range(messages):
            before = len(fake.to(uid))
            t = time.monotonic()
            fake.message(uid, text_for(uid + i))
            reply = await fake.reply_after(uid, before)
            latencies.append(reply.at - t)
            await asyncio.sleep(rnd.uniform(*think))

    t0 = time.monotonic()
    await asyncio.gather(*(user(10_000 + u) for u in range(users)))
    elapsed = time.monotonic() - t0
    await asyncio.sleep(2)  # anything sent twice would arrive now
    per_chat = [len(fake.to(10_000 + u)) for u in range(users)]
    await stop_app(app)
    await fake.stop()
    lat = np.array(latencies) * 1000
    return {
        "names_read": waiting - _waiting(db),
        "articles": count,
        "messages": users * messages,
        "answered_once": sum(1 for c in per_chat if c == messages),
        "users": users,
        "errors": len(fake.errors),
        "seconds": elapsed,
        "rate": users * messages / elapsed,
        "p50": float(np.percentile(lat, 50)),
        "p95": float(np.percentile(lat, 95)),
        "max": float(lat.max()),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=200)
    ap.add_argument("--messages", type=int, default=10)
    ap.add_argument("--think", type=float, nargs=2, default=(4.0, 12.0), help="seconds between a user's messages")
    ap.add_argument("--db", type=Path, default=OUT / "ingest-newsbot.db", help="the store (SQLite) to serve")
    ap.add_argument(
        "--names-backlog",
        action="store_true",
        help="a second run with the name model on, reading the store's waiting articles in the background"
        " (the store bench.ingest leaves from its run with the model: bench/out/ingest-run.db)",
    )
    args = ap.parse_args()
    runs = [("the bot alone", False)] + ([("the bot reading a bulk import's names in the background", True)] if args.names_backlog else [])
    rows = []
    for label, names_pass in runs:
        r = asyncio.run(main_async(args.users, args.messages, tuple(args.think), args.db, names_pass))
        print(label, r)
        rows.append(
            f"| {label} | {r['articles']} | {r['users']} × {args.messages} | {r['answered_once']}/{r['users']} users |"
            f" {r['errors']} | {r['rate']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} | {r['max']:.0f} | {r['names_read']} |"
        )
    body = (
        f"`python -m bench.load --users {args.users} --messages {args.messages}"
        + (f" --db {args.db} --names-backlog" if args.names_backlog else "")
        + f"` on {datetime.now():%Y-%m-%d}, {machine()}.\n\n"
        "| run | articles | users × messages | answered exactly once | Bot API errors | offered rate (msg/s) | reply p50 (ms) | reply p95 (ms) | max (ms) | names completed meanwhile |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        + "\n".join(rows)
        + "\n\n"
        f"Each user waits for the answer, then {args.think[0]:.0f}–{args.think[1]:.0f} s, before the next message; the"
        " bot sends through AIORateLimiter (30 messages/s overall), SQLite store, one process, the fake Bot API in the"
        " same process. Latency is from the update being offered to getUpdates to the reply reaching the fake server."
        " Goal: p95 < 200 ms."
    )
    write_section("Bot under load", body)


if __name__ == "__main__":
    main()
