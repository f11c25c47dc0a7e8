"""Thin handlers: parse, await one store call off the event loop, format, reply."""

from __future__ import annotations

from typing import cast

from telegram import Update
from telegram.ext import ContextTypes

from bot.services import Services


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return cast(Services, context.application.bot_data["services"])


def user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None
