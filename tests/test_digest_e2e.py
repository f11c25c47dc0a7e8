"""End to end: subscribe, the admin adds a page and reloads, the digest arrives at its minute
with the new page's headlines; a blocked chat is dropped while the others are served."""

from __future__ import annotations

import asyncio
import shutil
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from store import subscriptions as subs
from store.models import Subscription
from tests.test_bot_e2e import ADMIN, OTHER, PAGES, TOO_MANY, USER, ask, running  # noqa: F401

BLOCKED = 77


async def test_digest_arrives_at_its_minute_with_the_new_headlines(running):  # noqa: F811
    fake, app, tmp = running
    scheduler = app.bot_data["scheduler"]
    services = app.bot_data["services"]
    assert "08:00" in await ask(fake, USER, "/subscribe 08:00")
    assert "宁郭镇" in await ask(fake, OTHER, "/subscribe 08:00 宁郭镇")
    assert "看不懂" in await ask(fake, OTHER, "/subscribe 25:00")
    assert "08:00" in await ask(fake, BLOCKED, "/subscribe")
    shutil.copy(PAGES[2], tmp / "news" / PAGES[2].name)
    fake.message(ADMIN, "/reload")
    assert "新增 10 篇报道" in (await fake.wait(ADMIN, 2, within=30))[-1].text
    fake.blocked.add(BLOCKED)
    due = subs.next_due(8, 0, "Asia/Shanghai", datetime.now(UTC))
    counts = {c: len(fake.to(c)) for c in (USER, OTHER, BLOCKED)}
    assert await scheduler.run_once(due - timedelta(seconds=30)) == 0
    fake.fail_call("sendMessage", 0, 429, TOO_MANY)
    sent = await scheduler.run_once(due + timedelta(seconds=20))
    assert sent == 2
    digest = fake.to(USER)[counts[USER] :]
    assert len(digest) == 1 and "每日摘要" in digest[0].text
    assert "宁郭镇 打造年轻化知识化专业化干部队伍" in digest[0].text and "2020-12-26" in digest[0].text
    assert any(d.startswith("a:") for _, d in digest[0].buttons)
    filtered = fake.to(OTHER)[counts[OTHER] :]
    assert len(filtered) == 1 and "宁郭镇" in filtered[0].text and "科创局" not in filtered[0].text
    assert fake.to(BLOCKED)[counts[BLOCKED] :] == []
    with services.sessions() as s:
        assert s.scalars(select(Subscription.active).where(Subscription.chat_id == BLOCKED)).all() == [False]
    # the same minute again, and a restart's first round: nothing more
    assert await scheduler.run_once(due + timedelta(seconds=50)) == 0
    assert await scheduler.run_once(due + timedelta(minutes=10)) == 0
    assert len(fake.to(USER)) == counts[USER] + 1
    listing = await ask(fake, USER, "/subscriptions")
    assert "上次发送" in listing
    assert "已退订 1 个" in await ask(fake, USER, "/unsubscribe all")


async def test_a_chat_that_removes_the_bot_stops_its_digests(running):  # noqa: F811
    fake, app, _ = running
    await ask(fake, USER, "/subscribe 07:30 消防安全")
    fake.push(
        {
            "my_chat_member": {
                "chat": {"id": USER, "type": "private"},
                "from": {"id": USER, "is_bot": False, "first_name": "u"},
                "date": int(time.time()),
                "old_chat_member": {"status": "member", "user": fake.me},
                "new_chat_member": {"status": "kicked", "user": fake.me, "until_date": 0},
            }
        }
    )
    services = app.bot_data["services"]
    for _ in range(100):
        with services.sessions() as s:
            if s.scalars(select(Subscription.active).where(Subscription.chat_id == USER)).all() == [False]:
                return
        await asyncio.sleep(0.05)
    raise AssertionError("subscriptions of a chat that removed the bot are still active")
