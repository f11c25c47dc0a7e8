"""Shared fixtures: a fresh store on SQLite always, and on PostgreSQL when
NEWSBOT_TEST_DATABASE_URL is set (every test that takes `sessions` runs on both)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from store import ner
from store.db import make_engine, make_sessions, migrate
from store.models import Base

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PAGES = ROOT / "bot" / "sample_pages"
FIXTURES = Path(__file__).parent / "fixtures"
GOLD = FIXTURES / "gold"
SHARED = ROOT.parent / "shared"
RMRB = SHARED / "corpus" / "rmrb" / "rmrb-2019-2020.jsonl"
PG_URL = os.environ.get("NEWSBOT_TEST_DATABASE_URL")


@pytest.fixture(autouse=True)
def _name_model_off() -> Iterator[None]:
    """Every test starts and ends with the name model off: the CLI switches it on where it is
    installed, and a test that wants it says so."""
    ner.disable()
    yield
    ner.disable()


def _backends() -> list:
    pg = pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not PG_URL, reason="NEWSBOT_TEST_DATABASE_URL is not set (PostgreSQL run skipped)"),
    )
    return ["sqlite", pg]


@pytest.fixture(params=_backends())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'newsbot.db'}"
        return
    assert PG_URL
    engine = make_engine(PG_URL)
    _reset(engine)
    engine.dispose()
    yield PG_URL


def _reset(engine) -> None:
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        for extra in ("alembic_version", "saved_queries", "subscriptions", "deliveries"):
            conn.execute(text(f"DROP TABLE IF EXISTS {extra} CASCADE"))


@pytest.fixture
def sessions(db_url: str) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(db_url)
    migrate(engine)
    yield make_sessions(engine)
    engine.dispose()


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    """A copy of the bundled sample pages in a folder of its own."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for f in SAMPLE_PAGES.glob("*.txt"):
        (folder / f.name).write_bytes(f.read_bytes())
    return folder
