"""Engine, sessions and schema migrations from a database URL. SQLite by default."""

from __future__ import annotations

import hashlib
import os
from functools import partial
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"


def default_url() -> str:
    """The SQLite file used when DATABASE_URL is not set: $XDG_DATA_HOME/newsbot/newsbot.db."""
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'newsbot' / 'newsbot.db'}"


def index_cache(url: str) -> Path:
    """Where the search index of a database is saved between runs: $XDG_CACHE_HOME/newsbot/."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.sha256(url.encode()).hexdigest()[:16]
    return base / "newsbot" / f"index-{digest}.npz"


def make_engine(url: str, busy_seconds: float = 30.0) -> Engine:
    """busy_seconds: how long a statement waits for a locked SQLite file, or a connection for
    PostgreSQL, before an OperationalError (30 s suits imports; the bot waits less and says so)."""
    kwargs: dict[str, Any] = {"future": True}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": busy_seconds, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True  # a connection dropped by a server restart is replaced, not used
        if url.startswith("postgresql"):
            kwargs["connect_args"] = {"connect_timeout": max(2, round(busy_seconds))}
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", partial(_sqlite_pragmas, busy_ms=round(busy_seconds * 1000)))
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, busy_ms: int) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={busy_ms:d}")
    cur.close()


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration (safe to call every start)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_store(url: str, busy_seconds: float = 30.0) -> tuple[Engine, sessionmaker[Session]]:
    """An engine with the schema migrated, and its session factory."""
    engine = make_engine(url, busy_seconds)
    migrate(engine)
    return engine, make_sessions(engine)
