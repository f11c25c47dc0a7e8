"""The database busy, unreachable or restarted under a running bot: the user gets a polite
"busy" answer, nothing is half-written, and the bot recovers by itself (no restart)."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from bot.settings import Settings
from bot.texts import TEXTS
from store.db import make_engine, open_store
from store.ingest import ingest
from store.models import Subscription
from tests.botrun import start_polling, stop_app
from tests.conftest import PG_URL, SAMPLE_PAGES, _reset
from tests.fakebot import FakeTelegram

USER = 2
BUSY = TEXTS["zh"]["busy"]
needs_pg = pytest.mark.skipif(not PG_URL, reason="NEWSBOT_TEST_DATABASE_URL is not set (PostgreSQL run skipped)")


class TcpProxy:
    """127.0.0.1:port → the database server; `cut()` drops every connection and refuses new
    ones (the server unreachable), `restore()` listens again on the same port."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self.server: asyncio.Server | None = None
        self.pipes: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self.pipes |= {writer, up_writer}
        await asyncio.gather(self._pump(reader, up_writer), self._pump(up_reader, writer))

    async def _pump(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.CancelledError):
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        writer.close()
        self.pipes.discard(writer)

    async def cut(self) -> None:
        assert self.server is not None
        self.server.close()
        for writer in list(self.pipes):
            writer.transport.abort()
        self.pipes.clear()
        await self.server.wait_closed()

    async def restore(self) -> None:
        await self.start()


async def ask(fake: FakeTelegram, text_: str) -> str:
    before = len(fake.to(USER))
    fake.message(USER, text_)
    sent = await fake.wait(USER, before + 1, within=30)
    await asyncio.sleep(0.3)  # a second reply to one message would show up here
    assert len(fake.to(USER)) == before + 1, "one message, one reply"
    return sent[before].text


def settings_for(fake: FakeTelegram, url: str) -> Settings:
    return Settings(
        telegram_bot_token=fake.token,
        database_url=url,
        telegram_api_base_url=fake.base_url,
        telegram_api_base_file_url=fake.base_file_url,
        db_busy_seconds=1,
    )


def filled(url: str) -> None:
    engine, sessions = open_store(url)
    ingest(sessions, [SAMPLE_PAGES])
    engine.dispose()


def subscriptions(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(Subscription)).scalar_one()
    finally:
        engine.dispose()


@pytest.fixture
async def fake(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


async def test_sqlite_locked_by_another_writer(fake, tmp_path):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    filled(url)
    app = await start_polling(settings_for(fake, url))
    try:
        locker = sqlite3.connect(tmp_path / "bot.db", isolation_level=None)
        locker.execute("BEGIN IMMEDIATE")  # someone holds the write lock (a long import, a sqlite3 shell)
        locker.execute("UPDATE meta SET value = value")
        assert await ask(fake, "/subscribe 08:00") == BUSY  # a write waits 1 s, then is answered politely
        assert "最新报道" in await ask(fake, "/latest")  # reads go on meanwhile (WAL)
        locker.execute("ROLLBACK")
        assert subscriptions(url) == 0  # nothing half-written
        assert "每天 08:00" in await ask(fake, "/subscribe 08:00")  # the same bot, no restart
        assert subscriptions(url) == 1
        locker.close()
    finally:
        await stop_app(app)


@pytest.fixture
def pg_store():
    assert PG_URL
    engine = make_engine(PG_URL)
    _reset(engine)
    engine.dispose()
    filled(PG_URL)
    return PG_URL


@needs_pg
async def test_postgresql_unreachable_then_back(fake, pg_store):
    url = make_url(pg_store)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.start()
    via_proxy = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    app = await start_polling(settings_for(fake, via_proxy))
    try:
        assert "最新报道" in await ask(fake, "/latest")
        await proxy.cut()  # connections dropped, new ones refused
        assert await ask(fake, "/latest") == BUSY
        assert await ask(fake, "/subscribe 08:00") == BUSY
        await asyncio.sleep(6)  # the index refresh loop fails meanwhile, and must survive
        await proxy.restore()
        assert "最新报道" in await ask(fake, "/latest")
        assert "每天 08:00" in await ask(fake, "/subscribe 08:00")
        assert subscriptions(pg_store) == 1
        assert all(not task.done() for task in app.bot_data["services"].tasks)
    finally:
        await stop_app(app)
        await proxy.cut()


def _restart_command() -> list[str] | None:
    clusters = Path("/etc/postgresql")
    if not shutil.which("pg_ctlcluster") or not clusters.is_dir() or not any(clusters.iterdir()):
        return None
    version = sorted(p.name for p in clusters.iterdir())[-1]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"]


@needs_pg
async def test_postgresql_restarted_under_the_bot(fake, pg_store):
    restart = _restart_command()
    if restart is None:
        pytest.skip("pg_ctlcluster is not here: this machine's PostgreSQL cannot be restarted by the test")
    app = await start_polling(settings_for(fake, pg_store))
    try:
        assert "最新报道" in await ask(fake, "/latest")  # the pool now holds live connections
        done = await asyncio.to_thread(subprocess.run, restart, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        # every pooled connection died with the server; the first query after it is answered
        assert "最新报道" in await ask(fake, "/latest")
        assert "每天 08:00" in await ask(fake, "/subscribe 08:00")
        assert subscriptions(pg_store) == 1
    finally:
        await stop_app(app)


@needs_pg
async def test_postgresql_connections_killed_by_the_server(fake, pg_store):
    app = await start_polling(settings_for(fake, pg_store))
    try:
        assert "最新报道" in await ask(fake, "/latest")
        engine = make_engine(pg_store)
        with engine.connect() as conn:
            killed = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
        engine.dispose()
        assert killed >= 1
        assert "最新报道" in await ask(fake, "/latest")
    finally:
        await stop_app(app)
