"""Buttons: turn a page of results, or open an article. Their data is all they need, so a
button pressed after a restart still works (or says it expired)."""

from __future__ import annotations

from datetime import datetime

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot import views
from bot.handlers import services
from bot.handlers.public import labels
from bot.handlers.replies import edit, send
from bot.texts import t
from bot.views import View


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    view = await _view(update, context, query.data)
    if view is None:
        await query.answer(t(update, "expired"), show_alert=False)
        return
    await query.answer()
    if query.data.startswith("a:") or not isinstance(query.message, Message):
        await send(update, view)  # an article opens below the list
    else:
        await edit(query.message, view)  # a page replaces the page


async def _view(update: Update, context: ContextTypes.DEFAULT_TYPE, data: str) -> View | None:
    svc = services(context)
    parts = data.split(":")
    try:
        kind, page = parts[0], int(parts[-1]) if len(parts) > 1 else 0
        if kind == "a" and len(parts) == 2:
            return await svc.read(views.article, int(parts[1]))
        if kind == "l" and len(parts) in (2, 3):
            per_page = min(20, max(1, int(parts[1]))) if len(parts) == 3 else views.PER_PAGE
            return await svc.read(views.latest, page, t(update, "latest"), labels(update), per_page)
        if kind == "d" and len(parts) == 3:
            day = datetime.strptime(parts[1], "%Y%m%d").date()  # noqa: DTZ007 - a calendar day, no time
            return await svc.read(views.on_day, day, page, labels(update))
        if kind == "q" and len(parts) == 3:
            return await svc.read(views.saved_search, svc.retriever.index, parts[1], page, labels(update))
        if kind == "p" and len(parts) == 3:
            return await svc.read(views.person_page, int(parts[1]), page, labels(update))
    except ValueError:
        return None
    return None
