"""Short keys for long questions, so that a button can carry them in 64 bytes of callback data."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from store.models import SavedQuery


def save_query(s: Session, text: str) -> str:
    """The key of a question, stored once however many people ask it at the same moment."""
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    dialect = s.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(SavedQuery).values(key=key, text=text, created_at=datetime.now(UTC))
    s.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
    return key


def load_query(s: Session, key: str) -> str | None:
    row = s.get(SavedQuery, key)
    return row.text if row else None
