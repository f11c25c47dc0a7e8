"""Inline mode: `@bot 名字` in any chat lists matching articles."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, LinkPreviewOptions, Update
from telegram.ext import ContextTypes

from bot import formatting
from bot.formatting import HTML
from bot.handlers import services
from bot.texts import t
from store import answers


async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    text = query.query.strip()[:200]
    if not text:
        await query.answer([], cache_time=5)
        return
    svc = services(context)
    hits = await svc.read(answers.search, svc.retriever.index, text, 10)
    results = [
        InlineQueryResultArticle(
            id=str(h.article.id),
            title=h.article.title[:100] or t(update, "inline_none"),
            description=h.snippet.text[:200],
            input_message_content=InputTextMessageContent(
                formatting.split_message(formatting.hit_block(h, HTML, 1))[0],
                parse_mode="HTML",
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            ),
        )
        for h in hits
    ]
    await query.answer(results, cache_time=30)
