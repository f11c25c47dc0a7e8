"""The reply to a message typed in the console (`newsbot ask`, `newsbot chat`): the bot's commands
(`/who 名字`, `/latest`, `/today`, `/date 3月11日`, `/search …`, `/a_12`) as the bot answers them, and
plain text routed as the bot routes it, in plain text instead of Telegram HTML."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy.orm import Session

from bot import formatting
from bot.formatting import TEXT
from store import answers, queries
from store.retrieval import Index

LISTED = 5  # articles a listing shows, as one page of the bot's
_OPEN = re.compile(r"^/a_(\d{1,12})$")


def reply(s: Session, index: Index, text: str, today: date) -> str:
    command, _, rest = text.strip().partition(" ")
    rest = rest.strip()
    if command == "/who" and rest:
        return formatting.who_block(answers.who(s, rest[:100]), TEXT)
    if command == "/latest":
        n = min(20, int(rest)) if rest.isdigit() and int(rest) > 0 else LISTED
        arts = queries.latest(s, n)
        return formatting.article_list("最新报道", arts, TEXT) if arts else "还没有报道。"
    if command in ("/today", "/date"):
        newest = queries.newest_day(s)
        day = newest if command == "/today" else answers.parse_day(rest, today, newest)
        return _day(s, day) if day else "用法：/date 3月11日（或 2023-03-11、昨天）"
    if (m := _OPEN.match(text.strip())) and (arts := queries.articles_by_id(s, [int(m.group(1))])):
        return formatting.article_full(arts[0], TEXT)
    if command == "/search" and rest:
        text = rest
    return formatting.answer_text(answers.answer(s, index, text[:500], today), TEXT)


def _day(s: Session, day: date) -> str:
    arts = queries.on_day(s, day)
    if not arts:
        return f"{day.isoformat()}：没有报道。"
    return formatting.article_list(f"{day.isoformat()}（{len(arts)}）", arts[:LISTED], TEXT)
