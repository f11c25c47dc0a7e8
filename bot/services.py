"""What the handlers share, built in post_init and closed in post_shutdown: the store, the
retriever, and the one async seam (`read`/`write` run store code in a worker thread)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from store.db import index_cache, open_store
from store.retrieval import Retriever

T = TypeVar("T")
log = logging.getLogger(__name__)
REFRESH_SECONDS = 5.0


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

    def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        self.engine.dispose()
