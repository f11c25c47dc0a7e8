"""Commands and messages everyone may send."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot import views
from bot.commands import help_lines
from bot.formatting import HTML
from bot.handlers import services, user_id
from bot.handlers.replies import send, typing
from bot.texts import lang, t
from bot.views import View
from store.answers import parse_day


def labels(update: Update) -> tuple[str, str]:
    return t(update, "prev"), t(update, "next")


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(
        update,
        View(HTML.esc(t(update, "start")) + "\n" + HTML.esc(t(update, "examples")) + "\n\n" + _help(update, context)),
    )


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update, View(_help(update, context)))


def _help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    admin = services(context).is_admin(user_id(update))
    return HTML.bold(t(update, "commands")) + "\n" + HTML.esc("\n".join(help_lines(lang(update), admin)))


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    arg = context.args[0] if context.args else ""
    per_page = min(20, int(arg)) if arg.isdigit() and int(arg) > 0 else views.PER_PAGE
    view = await services(context).read(views.latest, 0, t(update, "latest"), labels(update), per_page)
    await send(update, view or View(HTML.esc(t(update, "empty_store"))))


async def today(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    day = await svc.read(views.newest_day)
    if day is None:
        await send(update, View(HTML.esc(t(update, "empty_store"))))
        return
    await send(update, await svc.read(views.on_day, day, 0, labels(update)))


async def on_date(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args or [])
    svc = services(context)
    if not text:
        await send(update, View(HTML.esc(t(update, "usage_date"))))
        return
    newest = await svc.read(views.newest_day)
    day = parse_day(text, svc.today(), newest)
    if day is None:
        await send(update, View(HTML.esc(t(update, "bad_date", text[:50]))))
        return
    await send(update, await svc.read(views.on_day, day, 0, labels(update)))


async def who(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = " ".join(context.args or []).strip()
    if not query:
        await send(update, View(HTML.esc(t(update, "usage_who"))))
        return
    async with typing(update):
        view = await services(context).read(views.who, query[:100], labels(update))
    await send(update, view)


async def search(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = " ".join(context.args or []).strip()
    if not query:
        await send(update, View(HTML.esc(t(update, "usage_search"))))
        return
    svc = services(context)
    async with typing(update):
        view = await svc.read(views.search, svc.retriever.index, query[:500], 0, labels(update))
    await send(update, view)


async def message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.effective_message.text if update.effective_message else None
    if not text or not text.strip():
        return
    svc = services(context)
    async with typing(update):
        view = await svc.read(views.message, svc.retriever.index, text[:500], svc.today(), labels(update))
    await send(update, view)


OPEN = re.compile(r"^/a_(\d{1,12})")


async def open_article(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = update.effective_message.text if update.effective_message else ""
    m = OPEN.match(text or "")
    if not m:
        return
    view = await services(context).read(views.article, int(m.group(1)))
    await send(update, view or View(HTML.esc(t(update, "not_found"))))
