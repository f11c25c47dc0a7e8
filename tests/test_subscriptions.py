"""Digests as rows, with a controllable clock: on time, exactly once, across restarts and two
schedulers."""

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from store import subscriptions as subs
from store.ingest import ingest
from store.models import Delivery
from tests.conftest import SAMPLE_PAGES

SH = ZoneInfo("Asia/Shanghai")


def at(day: int, hh: int, mm: int, month: int = 3) -> datetime:
    return datetime(2024, month, day, hh, mm, tzinfo=SH).astimezone(UTC)


def subscribe(sessions, chat=10, hh=8, mm=0, keywords="", now=None):
    with sessions.begin() as s:
        return subs.subscribe(s, chat, hh, mm, keywords, "Asia/Shanghai", now or at(11, 10, 0))


def claim(sessions, now):
    with sessions.begin() as s:
        return subs.claim_due(s, now)


def finish(sessions, due, status="sent", now=None):
    with sessions.begin() as s:
        subs.finish(s, due, status, [], now or datetime.now(UTC))


def test_parse_time():
    assert subs.parse_time("08:00") == (8, 0)
    assert subs.parse_time("7:30") == (7, 30)
    assert subs.parse_time("23：59") == (23, 59)
    for bad in ("24:00", "8", "08:60", "noon"):
        assert subs.parse_time(bad) is None


def test_sent_at_its_minute_and_not_before(sessions):
    subscribe(sessions)
    assert claim(sessions, at(12, 7, 59)) == []
    due = claim(sessions, at(12, 8, 0))
    assert len(due) == 1 and due[0].day.isoformat() == "2024-03-12" and due[0].chat_id == 10
    assert claim(sessions, at(12, 8, 1)) == []
    finish(sessions, due[0])
    assert claim(sessions, at(12, 23, 59)) == []
    assert len(claim(sessions, at(13, 8, 0))) == 1


def test_a_restart_in_the_middle_neither_loses_nor_doubles(sessions):
    subscribe(sessions)
    first = claim(sessions, at(12, 8, 0))
    assert len(first) == 1
    # the process dies before sending: a new one starts and claims again
    assert claim(sessions, at(12, 8, 1)) == []  # the claim's lease still holds
    again = claim(sessions, at(12, 8, 4))  # lease over: the same delivery, not a new one
    assert [d.delivery_id for d in again] == [first[0].delivery_id]
    finish(sessions, again[0])
    assert claim(sessions, at(12, 8, 10)) == []
    with sessions() as s:
        rows = s.execute(select(Delivery.day, Delivery.status)).all()
    assert [(d.isoformat(), st) for d, st in rows] == [("2024-03-12", "sent")]


def test_missed_while_down_is_sent_once_the_same_day_only(sessions):
    subscribe(sessions)
    due = claim(sessions, at(12, 9, 30))  # down from 07:00 to 09:30: sent late, once
    assert len(due) == 1
    finish(sessions, due[0])
    assert claim(sessions, at(12, 9, 31)) == []
    # down from the 12th 09:31 until the 14th 07:00: the 13th is gone, the 14th comes at 08:00
    assert claim(sessions, at(14, 7, 0)) == []
    assert len(claim(sessions, at(14, 8, 0))) == 1
    # down over the 15th's 08:00 until 09:00: today's is still sent
    assert len(claim(sessions, at(15, 9, 0))) == 1


def test_time_zones_are_local(sessions):
    with sessions.begin() as s:
        subs.subscribe(s, 11, 8, 0, "", "Europe/Berlin", at(11, 10, 0))
    berlin_eight = datetime(2024, 3, 12, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert claim(sessions, berlin_eight - timedelta(minutes=1)) == []
    assert len(claim(sessions, berlin_eight)) == 1


@pytest.mark.parametrize("schedulers", [2])
def test_two_schedulers_give_each_subscriber_exactly_one(sessions, schedulers):
    for chat in range(100, 160):
        subscribe(sessions, chat=chat)
    barrier = threading.Barrier(schedulers)
    got: list[list[subs.Due]] = [[] for _ in range(schedulers)]

    def worker(n: int) -> None:
        barrier.wait()
        for minute in range(0, 3):
            got[n] += claim(sessions, at(12, 8, minute))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(schedulers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    chats = sorted(d.chat_id for batch in got for d in batch)
    assert chats == list(range(100, 160))
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Delivery)) == 60


def test_subscribe_list_unsubscribe(sessions):
    subscribe(sessions, keywords="消防安全")
    subscribe(sessions, hh=7, mm=30)
    again = subscribe(sessions, keywords="消防  安全".replace("  ", ""))
    with sessions() as s:
        listed = subs.subscriptions(s, 10)
    assert [(v.at, v.keywords) for v in listed] == [("08:00", "消防安全"), ("07:30", "")]
    assert again.id == listed[0].id
    with sessions.begin() as s:
        assert subs.unsubscribe(s, 10, 5) == 0
        assert subs.unsubscribe(s, 10, 1) == 1
    with sessions.begin() as s:
        assert subs.unsubscribe(s, 10, None) == 1
        assert subs.subscriptions(s, 10) == []


def test_digest_holds_only_what_is_new_since_the_last_one(sessions):
    pages = sorted(SAMPLE_PAGES.glob("*.txt"))
    ingest(sessions, [pages[0]])
    subscribe(sessions)
    due = claim(sessions, at(12, 8, 0))[0]
    with sessions() as s:
        assert subs.digest_articles(s, due, None) == []
    finish(sessions, due, "empty")
    ingest(sessions, [pages[1]])
    due = claim(sessions, at(13, 8, 0))[0]
    with sessions() as s:
        new = subs.digest_articles(s, due, None)
    assert len(new) == 9
    with sessions.begin() as s:
        subs.finish(s, due, "sent", new, at(13, 8, 0))
    due = claim(sessions, at(14, 8, 0))[0]
    with sessions() as s:
        assert subs.digest_articles(s, due, None) == []
