"""The scheduler: a loop in the bot process that claims due digests from the database, sends
them within Telegram's limits, and records each delivery. Nothing lives only in memory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime

from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot import views
from bot.handlers.replies import keyboard
from bot.services import Services
from store import subscriptions as subs

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


TELEGRAM_RATE = 30.0  # messages a second Telegram lets a bot send in all
SAFETY = 0.97
BATCH = 200  # digests claimed at a time: about seven seconds of sending  # paced under it: a burst that trips a 429 costs a whole second


class Pacer:
    """One send at a time, each at least 1/rate after the one before it actually went (so a
    stalled event loop delays the sends rather than bunching them); after a 429 every sender
    waits out retry_after."""

    def __init__(self, rate: float) -> None:
        self.gap = 1.0 / rate
        self.last = -1e9
        self.paused_until = 0.0
        self.lock = asyncio.Lock()

    async def wait(self) -> None:
        loop = asyncio.get_running_loop()
        async with self.lock:
            while (delay := max(self.last + self.gap, self.paused_until) - loop.time()) > 0:  # noqa: ASYNC110 - pacing by the clock
                await asyncio.sleep(delay)
            self.last = loop.time()

    def pause(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, asyncio.get_running_loop().time() + seconds)


class DigestScheduler:
    def __init__(
        self,
        services: Services,
        bot: ExtBot[None],
        clock: Clock = utc_now,
        interval: float = 15.0,
        per_chat_gap: float = 1.0,
        concurrency: int = 50,
        rate: float = TELEGRAM_RATE * SAFETY,
    ) -> None:
        self.services = services
        self.bot = bot
        self.clock = clock
        self.interval = interval
        self.per_chat_gap = per_chat_gap  # Telegram allows about one message a second to a chat
        self.slots = asyncio.Semaphore(concurrency)
        self.pacer = Pacer(rate)

    async def run_forever(self) -> None:
        while True:
            try:
                await self.run_once()
            except Exception:  # the database may be down: try again next round
                log.warning("digest round failed; will try again", exc_info=True)
            await asyncio.sleep(self.interval)

    async def run_once(self, now: datetime | None = None) -> int:
        """Claim and send what is due at `now`, a batch at a time (claimed just before it is
        sent, so a claim's lease outlives its sending) until nothing is due; returns how many
        digests were sent."""
        at = now or self.clock()
        memo: dict[tuple[int, str, object], asyncio.Future[tuple[list, views.View]]] = {}
        sent = 0
        refreshed = False
        while due := await self.services.run(self._claim, at):
            if not refreshed:
                await self.services.run(self.services.retriever.refresh)
                refreshed = True
            sent += sum(await asyncio.gather(*(self._deliver(d, memo) for d in due)))
        return sent

    def _claim(self, at: datetime) -> list[subs.Due]:
        with self.services.sessions.begin() as s:
            return subs.claim_due(s, at, BATCH)

    async def _deliver(self, due: subs.Due, memo: dict) -> int:
        async with self.slots:
            svc = self.services
            key = (due.since_article_id, due.keywords, due.day)
            if key not in memo:  # subscribers with the same mark and keywords get the same digest
                memo[key] = asyncio.ensure_future(svc.read(views.digest, svc.retriever.index, due))
            arts, view = await memo[key]
            if not arts:
                await svc.run(self._finish, due, "empty", arts)
                return 0
            try:
                parts = view.messages
                for n, part in enumerate(parts):
                    if n:
                        await asyncio.sleep(self.per_chat_gap)
                    markup = keyboard(view) if n == len(parts) - 1 else None
                    await self._send(due.chat_id, part, markup)
            except (Forbidden, BadRequest) as exc:
                log.info("chat %s unreachable (%s): its subscriptions stop", due.chat_id, exc)
                await svc.run(self._drop_chat, due.chat_id)
                await svc.run(self._finish, due, "failed", arts)
                return 0
            except NetworkError:
                log.warning("digest %s not sent; its claim will be retried", due.delivery_id, exc_info=True)
                return 0
            await svc.run(self._finish, due, "sent", arts)
            return 1

    async def _send(self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None) -> None:
        """Send once; wait out a 429 and retry; retry other transient failures with backoff. A
        timeout is not retried: the message may have arrived, and twice is worse than late."""
        delay = 1.0
        for attempt in range(5):
            try:
                await self.pacer.wait()
                await self.bot.send_message(
                    chat_id,
                    text,
                    reply_markup=markup,
                    rate_limit_args=0,  # type: ignore[arg-type]
                )
                return
            except RetryAfter as exc:  # everyone waits, then sends spaced again: no burst after the pause
                self.pacer.pause(_seconds(exc.retry_after) + 0.1)
            except TimedOut:
                log.warning("sending to %s timed out; not retried, to avoid a duplicate", chat_id)
                return
            except (Forbidden, BadRequest):
                raise
            except NetworkError:
                if attempt == 4:
                    raise
                await asyncio.sleep(delay)
                delay *= 2

    def _finish(self, due: subs.Due, status: str, arts: list) -> None:
        with self.services.sessions.begin() as s:
            subs.finish(s, due, status, arts, self.clock())

    def _drop_chat(self, chat_id: int) -> None:
        with self.services.sessions.begin() as s:
            subs.deactivate_chat(s, chat_id)


def _seconds(value: object) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]
