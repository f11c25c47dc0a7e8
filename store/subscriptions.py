"""Daily digests as rows: subscribe, unsubscribe, claim what is due in one atomic step, record
what was sent. A delivery row is unique per subscription and local day, so a digest goes out at
most once a day whatever crashes or how many schedulers run; a claim left unfinished by a crash
is taken up again when its lease runs out, so none is lost."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from store import queries
from store.models import Delivery, Subscription
from store.queries import ArticleView

LEASE = timedelta(minutes=3)  # a claimed digest not marked sent by then is tried again
MAX_PER_CHAT = 10
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


class SubscriptionError(ValueError):
    """A request we cannot store, with a message for the user."""


@dataclass(frozen=True)
class SubscriptionView:
    id: int
    hour: int
    minute: int
    keywords: str
    last_sent_at: datetime | None

    @property
    def at(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


@dataclass(frozen=True)
class Due:
    delivery_id: int
    subscription_id: int
    chat_id: int
    keywords: str
    since_article_id: int
    day: date


def parse_time(text: str) -> tuple[int, int] | None:
    m = _TIME.match(text.strip())
    return (int(m.group(1)), int(m.group(2))) if m else None


def next_due(hour: int, minute: int, tz: str, after: datetime) -> datetime:
    """The first local `hour:minute` strictly after `after`, in UTC."""
    zone = ZoneInfo(tz)
    local = after.astimezone(zone)
    candidate = datetime.combine(local.date(), time(hour, minute), zone)
    if candidate <= local:
        candidate = datetime.combine(local.date() + timedelta(days=1), time(hour, minute), zone)
    return candidate.astimezone(UTC)


def subscribe(
    s: Session, chat_id: int, hour: int, minute: int, keywords: str, tz: str, now: datetime
) -> SubscriptionView:
    keywords = " ".join(keywords.split())[:200]
    active = s.scalars(select(Subscription).where(Subscription.chat_id == chat_id, Subscription.active)).all()
    for sub in active:
        if (sub.hour, sub.minute, sub.keywords) == (hour, minute, keywords):
            return _view(sub)
    if len(active) >= MAX_PER_CHAT:
        raise SubscriptionError(f"at most {MAX_PER_CHAT} subscriptions per chat")
    sub = Subscription(
        chat_id=chat_id,
        hour=hour,
        minute=minute,
        tz=tz,
        keywords=keywords,
        active=True,
        created_at=now,
        next_due_at=next_due(hour, minute, tz, now),
        last_article_id=queries.max_article_id(s),
    )
    s.add(sub)
    s.flush()
    return _view(sub)


def _view(sub: Subscription) -> SubscriptionView:
    return SubscriptionView(sub.id, sub.hour, sub.minute, sub.keywords, sub.last_sent_at)


def subscriptions(s: Session, chat_id: int) -> list[SubscriptionView]:
    rows = s.scalars(
        select(Subscription).where(Subscription.chat_id == chat_id, Subscription.active).order_by(Subscription.id)
    )
    return [_view(r) for r in rows]


def unsubscribe(s: Session, chat_id: int, which: int | None) -> int:
    """Stop one subscription (its number in /subscriptions) or, with None, all. How many stopped."""
    active = subscriptions(s, chat_id)
    if which is not None:
        if not 1 <= which <= len(active):
            return 0
        ids = [active[which - 1].id]
    else:
        ids = [v.id for v in active]
    if ids:
        s.execute(update(Subscription).where(Subscription.id.in_(ids)).values(active=False))
    return len(ids)


def deactivate_chat(s: Session, chat_id: int) -> int:
    """A chat that blocked or removed the bot gets no more digests."""
    result = s.execute(
        update(Subscription).where(Subscription.chat_id == chat_id, Subscription.active).values(active=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def claim_due(s: Session, now: datetime, limit: int = 500) -> list[Due]:
    """Claim the digests due at `now`, in one transaction the caller commits: a delivery row per
    subscription and local day (unique), and the subscription moved to its next time. Rows are
    locked with SKIP LOCKED on PostgreSQL, so several schedulers share the work; a digest due on
    an earlier day (the bot was down all day) is skipped, one due earlier today is sent now."""
    claimed: list[Due] = []
    rows = s.scalars(
        select(Subscription)
        .where(Subscription.active, Subscription.next_due_at <= now)
        .order_by(Subscription.next_due_at, Subscription.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    for sub in rows:
        zone = ZoneInfo(sub.tz)
        today = now.astimezone(zone).date()
        day = _aware(sub.next_due_at).astimezone(zone).date()
        sub.next_due_at = next_due(sub.hour, sub.minute, sub.tz, now)
        if day < today:  # missed on an earlier day: that digest is not news today; today's may be due
            today_due = datetime.combine(today, time(sub.hour, sub.minute), zone)
            if today_due > now:
                sub.next_due_at = today_due.astimezone(UTC)
                continue
            day = today
        delivery_id = _insert_delivery(s, sub.id, day, now)
        if delivery_id is not None:
            claimed.append(Due(delivery_id, sub.id, sub.chat_id, sub.keywords, sub.last_article_id, day))
    s.flush()
    claimed += _expired_claims(s, now, limit - len(claimed))
    return claimed


def _insert_delivery(s: Session, sub_id: int, day: date, now: datetime) -> int | None:
    dialect = s.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(Delivery)
        .values(subscription_id=sub_id, day=day, status="claimed", claimed_at=now, articles=0, up_to_article_id=0)
        .on_conflict_do_nothing(index_elements=["subscription_id", "day"])
        .returning(Delivery.id)
    )
    return s.scalar(stmt)


def _expired_claims(s: Session, now: datetime, limit: int) -> list[Due]:
    if limit <= 0:
        return []
    rows = s.execute(
        select(Delivery, Subscription)
        .join(Subscription, Subscription.id == Delivery.subscription_id)
        .where(Delivery.status == "claimed", Delivery.claimed_at < now - LEASE, Subscription.active)
        .order_by(Delivery.id)
        .limit(limit)
        .with_for_update(of=Delivery, skip_locked=True)
    ).all()
    out = []
    for delivery, sub in rows:
        if delivery.day < now.astimezone(ZoneInfo(sub.tz)).date():
            delivery.status = "failed"
            continue
        delivery.claimed_at = now
        out.append(Due(delivery.id, sub.id, sub.chat_id, sub.keywords, sub.last_article_id, delivery.day))
    return out


def _aware(d: datetime) -> datetime:
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def digest_articles(s: Session, due: Due, matching: set[int] | None, limit: int = 30) -> list[ArticleView]:
    """The articles ingested since the last digest, newest page first; with keywords, only those
    the retriever matched (`matching`)."""
    arts = queries.ingested_since(s, due.since_article_id, limit=2000)
    if matching is not None:
        arts = [a for a in arts if a.id in matching]
    return arts[:limit]


def finish(s: Session, due: Due, status: str, articles: list[ArticleView], now: datetime) -> None:
    """Record how a claimed digest ended; `sent` and `empty` move the subscription's mark on."""
    mark = max([due.since_article_id, *(a.id for a in articles)])
    s.execute(
        update(Delivery)
        .where(Delivery.id == due.delivery_id)
        .values(
            status=status,
            sent_at=now if status == "sent" else None,
            articles=len(articles),
            up_to_article_id=mark,
        )
    )
    if status in ("sent", "empty"):
        values: dict[str, object] = {"last_article_id": mark}
        if status == "sent":
            values["last_sent_at"] = now
        s.execute(update(Subscription).where(Subscription.id == due.subscription_id).values(**values))
