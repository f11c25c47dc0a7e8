"""The one error handler: log (never the token), tell the user, tell the admins."""

from __future__ import annotations

import html
import logging

from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.handlers import services
from bot.logs import redact
from bot.texts import t

log = logging.getLogger("newsbot.errors")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    if isinstance(error, Forbidden):  # blocked or kicked: nothing to tell that chat
        log.warning("chat unreachable: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if isinstance(update, Update) and update.effective_message:
        key = "busy" if isinstance(error, OperationalError) else "error"
        try:
            await update.effective_message.reply_text(t(update, key))
        except TelegramError:
            log.warning("could not tell the user about the error")
    settings = services(context).settings
    secret = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    summary = html.escape(redact(f"{type(error).__name__}: {error}", secret)[:300], quote=False)
    for admin in settings.admins:
        try:
            await context.bot.send_message(admin, f"newsbot error\n<code>{summary}</code>", parse_mode="HTML")
        except TelegramError:
            log.warning("could not notify admin %s", admin)
