"""The Alembic migrations build the schema the models describe, and upgrade a store in place."""

from datetime import UTC, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import text

from store.db import MIGRATIONS, make_engine, migrate
from store.models import Base


def test_the_migrations_build_what_the_models_describe(sessions):
    with sessions.kw["bind"].connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_a_store_of_the_last_release_is_upgraded_with_its_articles_kept(db_url):
    engine = make_engine(db_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        now = datetime.now(UTC)
        conn.execute(text("INSERT INTO source_files (id, path, sha256, size, kind, ingested_at) VALUES (1, 'a.txt', 'x', 1, 'page', :t)"), {"t": now})
        conn.execute(text("INSERT INTO pages (id, source_id, key, label, page_date_inferred, dropped) VALUES (1, 1, 'a', 'a', false, '[]')"))
        conn.execute(
            text(
                "INSERT INTO articles (id, page_id, uid, position, kind, headline, kicker, subtitle, body, byline, reporters, ingested_at)"
                " VALUES (1, 1, 'u', 1, 'news', 'h', '', '', 'b', '', '[]', :t)"
            ),
            {"t": now},
        )
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT uid, people_pending FROM articles")).all() == [("u", False)]
    engine.dispose()
