"""Sending a view: split under 4096, buttons under the last message, typing while it works."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, TelegramError, TimedOut

from bot.views import View

T = TypeVar("T")


def keyboard(view: View) -> InlineKeyboardMarkup | None:
    if not view.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in view.buttons]
    )


RETRY_DELAYS = (1, 2, 4, 8, 15, 30, 30)  # seconds; about 90 in all


async def retrying(call: Callable[[], Awaitable[T]]) -> T:
    """Send again when the Bot API could not be reached (the request never arrived), with
    backoff; a timeout is not retried, as the message may have arrived."""
    for delay in RETRY_DELAYS:
        try:
            return await call()
        except TimedOut:
            raise
        except NetworkError:
            await asyncio.sleep(delay)
    return await call()


async def send(update: Update, view: View) -> None:
    message = update.effective_message
    if message is None:
        return
    parts = view.messages
    for n, part in enumerate(parts):
        markup = keyboard(view) if n == len(parts) - 1 else None
        await retrying(functools.partial(message.reply_html, part, reply_markup=markup))


async def edit(message: Message, view: View) -> None:
    """Replace a results message with another page of it."""
    try:
        await retrying(lambda: message.edit_text(view.messages[0], reply_markup=keyboard(view), parse_mode="HTML"))
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


TYPING_AFTER = 0.8  # seconds: a quick answer needs no "typing…", and each one is a request


@asynccontextmanager
async def typing(update: Update) -> AsyncIterator[None]:
    """Show "typing…" only when the answer is slow in coming."""
    chat = update.effective_chat

    async def later() -> None:
        await asyncio.sleep(TYPING_AFTER)
        if chat is not None:
            with contextlib.suppress(TelegramError):
                await chat.send_action(ChatAction.TYPING)

    task = asyncio.create_task(later())
    try:
        yield
    finally:
        task.cancel()
