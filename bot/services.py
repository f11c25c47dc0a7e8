"""What the handlers share, built in post_init and closed in post_shutdown: the store, the
retriever, and the one async seam (`read`/`write` run store code in a worker thread)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from store import later
from store.db import index_cache, open_store
from store.retrieval import Retriever

T = TypeVar("T")
log = logging.getLogger(__name__)
REFRESH_SECONDS = 5.0
NAMES_SECONDS = 30.0  # how often a bot process looks for articles waiting for the name model
NAMES_AT_ONCE = 50  # articles it reads for them at a time (about a second's work)
NAMES_PAUSE = 0.5
NAMES_ANNOUNCE_SECONDS = 300.0  # the index is rebuilt with the new names at least this often


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    retriever: Retriever
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    @classmethod
    def open(cls, settings: Settings) -> Services:
        engine, sessions = open_store(settings.database_url, settings.db_busy_seconds)
        return cls(settings, engine, sessions, Retriever(sessions, index_cache(settings.database_url)))

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """Run fn(session, *args) in a worker thread, off the event loop."""
        return await asyncio.to_thread(self._call, fn, *args)

    def _call(self, fn: Callable[..., T], *args: Any) -> T:
        with self.sessions() as s:
            return fn(s, *args)

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(fn, *args)

    def today(self) -> date:
        return datetime.now(ZoneInfo(self.settings.newsbot_tz)).date()

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.settings.admins

    async def keep_index_fresh(self) -> None:
        """Every few seconds, rebuild the index if another process (or this one) changed the
        store: a /reload answered by one bot process reaches all of them."""
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            try:
                await asyncio.to_thread(self.retriever.refresh)
            except Exception:  # a database that is down now may be back next time
                log.warning("index refresh failed; will try again", exc_info=True)

    async def keep_names_read(self) -> None:
        """Complete, a few articles at a time, the people of bulk imports stored with the rules'
        (`store.later`), read here in a worker thread between replies; any bot process may, a
        batch is written by one only. `newsbot names` does the same faster."""
        while True:
            await asyncio.sleep(NAMES_SECONDS)
            unannounced, since = 0, time.monotonic()
            try:
                while n := await asyncio.to_thread(later.read_waiting, self.sessions, workers=1, most=NAMES_AT_ONCE, announce=False):
                    unannounced += n
                    if time.monotonic() - since > NAMES_ANNOUNCE_SECONDS:  # a long run shows its names as it goes
                        await asyncio.to_thread(later.announced, self.sessions)
                        unannounced, since = 0, time.monotonic()
                    await asyncio.sleep(NAMES_PAUSE)  # leave the thread pool and the GIL to replies
                if unannounced:
                    await asyncio.to_thread(later.announced, self.sessions)
            except Exception:  # a database that is down now may be back next time
                log.warning("reading names with the model failed; will try again", exc_info=True)

    def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        self.engine.dispose()
