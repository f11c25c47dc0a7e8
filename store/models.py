"""The tables, as typed SQLAlchemy 2.0 models. Only store/ sees these; callers get dataclasses."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class SourceFile(Base):
    """A file that was ingested: a page file or a JSON Lines export."""

    __tablename__ = "source_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(1024), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # page | jsonl
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    pages: Mapped[list[Page]] = relationship(
        back_populates="source", cascade="all, delete-orphan", passive_deletes=True
    )


class Page(Base):
    """One printed page (a page file, or one date and page of a JSON Lines export)."""

    __tablename__ = "pages"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source_files.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(1100), unique=True)
    label: Mapped[str] = mapped_column(String(255))
    page_date: Mapped[date | None] = mapped_column(Date, index=True)
    page_date_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    dropped: Mapped[list[str]] = mapped_column(JSON, default=list)
    source: Mapped[SourceFile] = relationship(back_populates="pages")


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(128), unique=True)  # record id, or a hash of the content
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # news | photo | commentary
    headline: Mapped[str] = mapped_column(Text, default="")
    kicker: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    byline: Mapped[str] = mapped_column(Text, default="")
    reporters: Mapped[list[str]] = mapped_column(JSON, default=list)
    event_date: Mapped[date | None] = mapped_column(Date, index=True)
    page_date: Mapped[date | None] = mapped_column(Date, index=True)  # copied from the page, for sorting
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    # its people found by the rules alone, the name model's reading still to come (`store.later`)
    people_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), index=True)


class Person(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)  # the spelling most often printed
    kind: Mapped[str] = mapped_column(String(16))


class PersonName(Base):
    """Every spelling of a person: the name itself and its OCR variants or merged aliases."""

    __tablename__ = "person_names"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)


class Mention(Base):
    """A person in an article, with the title printed there and the role (byline or mentioned)."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_person_article", "person_id", "article_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(64))  # as written
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(16))
    role: Mapped[str] = mapped_column(String(16))


class Meta(Base):
    """Small facts about the store, such as the corpus version every process checks."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SavedQuery(Base):
    """A question too long for a button's callback data, kept so that its pages still turn after
    a restart."""

    __tablename__ = "saved_queries"
    key: Mapped[str] = mapped_column(String(16), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Subscription(Base):
    """A daily digest: a chat, a local time, optional keywords, and what it has seen."""

    __tablename__ = "subscriptions"
    __table_args__ = (Index("ix_subscriptions_due", "active", "next_due_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    hour: Mapped[int] = mapped_column(Integer)
    minute: Mapped[int] = mapped_column(Integer)
    tz: Mapped[str] = mapped_column(String(64))
    keywords: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    next_due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_article_id: Mapped[int] = mapped_column(Integer, default=0)  # articles after this are new
    last_sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Delivery(Base):
    """One digest of one subscription on one local day: the row that makes it exactly once."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("subscription_id", "day", name="uq_delivery_day"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # claimed | sent | empty | failed
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    articles: Mapped[int] = mapped_column(Integer, default=0)
    up_to_article_id: Mapped[int] = mapped_column(Integer, default=0)
