"""Short keys for long questions, so that a button can carry them in 64 bytes of callback data."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from store.models import SavedQuery


def save_query(s: Session, text: str) -> str:
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    if s.get(SavedQuery, key) is None:
        s.add(SavedQuery(key=key, text=text, created_at=datetime.now(UTC)))
        s.flush()
    return key


def load_query(s: Session, key: str) -> str | None:
    row = s.get(SavedQuery, key)
    return row.text if row else None
