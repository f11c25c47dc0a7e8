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
NAMES_AT_ONCE = 10  # articles it reads for them at a time (a fraction of a second's work)
NAMES_IDLE_SECONDS = 2.0  # it reads only when no update has arrived for this long
NAMES_ANNOUNCE_SECONDS = 300.0  # the index is rebuilt with the new names at least this often


@dataclass
class Services:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    retriever: Retriever
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    last_update: float = 0.0  # when the last update arrived (time.monotonic)

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

    def note_update(self) -> None:
        """An update arrived: the background reading of names waits for a quiet moment."""
        self.last_update = time.monotonic()

    async def keep_names_read(self) -> None:
        """Complete the people of bulk imports stored with the rules' (`store.later`), a few articles
        at a time in a worker thread, only while no update has arrived for NAMES_IDLE_SECONDS: the
        reading holds the interpreter, and replies come first. Any bot process may; a batch is
        written by one only. `newsbot names` does the same faster."""
        unannounced, since = 0, time.monotonic()
        while True:
            quiet = time.monotonic() - self.last_update
            if quiet < NAMES_IDLE_SECONDS:
                await asyncio.sleep(NAMES_IDLE_SECONDS - quiet)
                continue
            try:
                n = await asyncio.to_thread(later.read_waiting, self.sessions, workers=1, most=NAMES_AT_ONCE, announce=False)
                unannounced += n
                if unannounced and (not n or time.monotonic() - since > NAMES_ANNOUNCE_SECONDS):
                    await asyncio.to_thread(later.announced, self.sessions)  # the index takes in the new names
                    unannounced, since = 0, time.monotonic()
            except Exception:  # a database that is down now may be back next time
                log.warning("reading names with the model failed; will try again", exc_info=True)
                n = 0
            if not n:
                await asyncio.sleep(NAMES_SECONDS)

    def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        self.engine.dispose()
