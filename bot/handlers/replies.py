"""Sending a view: split under 4096, buttons under the last message, typing while it works."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest

from bot.views import View


def keyboard(view: View) -> InlineKeyboardMarkup | None:
    if not view.buttons:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in view.buttons]
    )


async def send(update: Update, view: View) -> None:
    message = update.effective_message
    if message is None:
        return
    parts = view.messages
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        await message.reply_html(part, reply_markup=keyboard(view) if last else None)


async def edit(message: Message, view: View) -> None:
    """Replace a results message with another page of it."""
    try:
        await message.edit_text(view.messages[0], reply_markup=keyboard(view), parse_mode="HTML")
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


async def typing(update: Update) -> None:
    chat = update.effective_chat
    if chat is not None:
        await chat.send_action(ChatAction.TYPING)
