"""Digest fan-out: `python -m bench.fanout [--subscribers 10000] [--rate 30]`.

All subscribers due in the same minute; the fake Bot API of the tests refuses more than `rate`
messages a second with 429 retry_after, as Telegram does; the bot's scheduler (AIORateLimiter at
the same rate) sends every digest. Checks each subscriber gets exactly one, and compares the total
time with the rate-limit floor (subscribers / rate)."""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import ROOT, fake_api_settings, machine, write_section


async def run(subscribers: int, rate: float) -> dict:
    from telegram.ext import AIORateLimiter

    from bot.app import build_application
    from bot.digest import SAFETY, DigestScheduler
    from bot.services import Services
    from store import subscriptions as subs
    from store.ingest import ingest
    from tests.fakebot import FakeTelegram

    tmp = Path(tempfile.mkdtemp(prefix="fanout-"))
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    fake = FakeTelegram()
    fake.rate_limit = rate
    await fake.start()
    settings = fake_api_settings(fake, f"sqlite:///{tmp / 'fanout.db'}")
    services = Services.open(settings)
    start = datetime(2024, 3, 11, 10, 0, tzinfo=UTC)
    with services.sessions.begin() as s:
        for chat in range(1, subscribers + 1):
            subs.subscribe(s, chat, 8, 0, "", "Asia/Shanghai", start)
    ingest(services.sessions, [ROOT / "bot" / "sample_pages"])
    services.retriever.refresh()
    app = build_application(settings)
    app.bot._rate_limiter = AIORateLimiter(overall_max_rate=rate, max_retries=5)
    await app.initialize()
    scheduler = DigestScheduler(services, app.bot, concurrency=200, rate=rate * SAFETY)
    due = subs.next_due(8, 0, "Asia/Shanghai", start) + timedelta(seconds=5)
    t0 = time.monotonic()
    sent = await scheduler.run_once(due)
    elapsed = time.monotonic() - t0
    again = await scheduler.run_once(due + timedelta(seconds=30))
    per_chat = [len(fake.to(c)) for c in range(1, subscribers + 1)]
    await app.shutdown()
    await fake.stop()
    services.close()
    floor = subscribers / rate
    return {
        "subscribers": subscribers,
        "rate": rate,
        "sent": sent,
        "again": again,
        "exactly_one": sum(1 for n in per_chat if n == 1),
        "refused_429": fake.refused,
        "seconds": elapsed,
        "floor": floor,
        "ratio": elapsed / floor,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subscribers", type=int, default=10_000)
    ap.add_argument("--rate", type=float, default=30.0, help="messages a second the fake Bot API allows")
    args = ap.parse_args()
    r = asyncio.run(run(args.subscribers, args.rate))
    print(r)
    body = (
        f"`python -m bench.fanout --subscribers {args.subscribers} --rate {args.rate:g}` on {datetime.now():%Y-%m-%d},"
        f" {machine()}.\n\n"
        "| subscribers due in one minute | API limit (msg/s) | sent | exactly one each | 429s from the API | total (s) |"
        " floor (s) | total / floor |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        f"| {r['subscribers']} | {r['rate']:g} | {r['sent']} | {r['exactly_one']} | {r['refused_429']} |"
        f" {r['seconds']:.1f} | {r['floor']:.1f} | {r['ratio']:.3f} |\n\n"
        f"A second round at the same minute sent {r['again']}. SQLite store, one process; the fake Bot API enforces"
        " the limit over a sliding second and answers 429 with retry_after=1; the scheduler paces its sends evenly at"
        " 97% of the limit (no bursts), under PTB's AIORateLimiter at the limit. Goal: total within 10% of the floor."
    )
    write_section("Digest fan-out", body)


if __name__ == "__main__":
    main()
