"""The one composition root: build_application(settings), and running it (polling or webhook)."""

from __future__ import annotations

import asyncio
import logging
import os

from telegram import Bot, BotCommand, BotCommandScopeChat, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackContext,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.commands import COMMANDS
from bot.digest import DigestScheduler
from bot.handlers import admin, digests, errors, inline, paging, public
from bot.logs import redact
from bot.services import Services
from bot.settings import Settings

log = logging.getLogger(__name__)

HANDLERS = {
    "start": public.start,
    "help": public.help_command,
    "latest": public.latest,
    "today": public.today,
    "date": public.on_date,
    "who": public.who,
    "search": public.search,
    "subscribe": digests.subscribe,
    "unsubscribe": digests.unsubscribe,
    "subscriptions": digests.list_subscriptions,
    "reload": admin.reload,
    "stats": admin.stats,
    "alias": admin.alias,
}


class SettingsError(ValueError):
    """A setting the bot cannot start with; the message says which and why."""


def build_application(settings: Settings) -> Application:
    # opt in to PTB's coming default (durations as timedelta) instead of a deprecation warning
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    token = settings.telegram_bot_token.get_secret_value().strip() if settings.telegram_bot_token else ""
    if not token:
        raise SettingsError("TELEGRAM_BOT_TOKEN is not set: get one from @BotFather and put it in .env")
    app = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.telegram_api_base_file_url)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .concurrent_updates(True)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    app.bot_data["settings"] = settings
    app.add_handler(TypeHandler(Update, _note_update), group=-1)  # before any other handler, stops none
    for command in COMMANDS:
        app.add_handler(CommandHandler(command.name, HANDLERS[command.name]))
    app.add_handler(MessageHandler(filters.Regex(public.OPEN), public.open_article))
    app.add_handler(MessageHandler(filters.Document.ALL, admin.upload))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, public.message))
    app.add_handler(CallbackQueryHandler(paging.button))
    app.add_handler(InlineQueryHandler(inline.inline))
    app.add_handler(ChatMemberHandler(digests.membership, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(errors.on_error)
    return app


async def _note_update(update: Update, context: CallbackContext) -> None:
    services: Services | None = context.bot_data.get("services")
    if services:
        services.note_update()


async def _post_init(app: Application) -> None:
    settings: Settings = app.bot_data["settings"]
    services = await asyncio.to_thread(Services.open, settings)
    app.bot_data["services"] = services
    await asyncio.to_thread(services.retriever.refresh)
    services.tasks.append(asyncio.create_task(services.keep_index_fresh()))
    services.tasks.append(asyncio.create_task(services.keep_names_read()))
    scheduler = DigestScheduler(services, app.bot)
    app.bot_data["scheduler"] = scheduler
    services.tasks.append(asyncio.create_task(scheduler.run_forever()))
    public_commands = [BotCommand(c.name, c.zh) for c in COMMANDS if not c.admin]
    await app.bot.set_my_commands(public_commands)
    await app.bot.set_my_commands([BotCommand(c.name, c.en) for c in COMMANDS if not c.admin], language_code="en")
    for admin_id in settings.admins:
        try:
            await app.bot.set_my_commands(
                [BotCommand(c.name, c.zh) for c in COMMANDS], scope=BotCommandScopeChat(admin_id)
            )
        except (Forbidden, TelegramError) as exc:  # an admin who never started the bot
            log.info("no admin command menu for %s: %s", admin_id, exc)


async def _post_shutdown(app: Application) -> None:
    services: Services | None = app.bot_data.get("services")
    if services:
        services.close()


async def _check_token(settings: Settings) -> None:
    """One getMe before starting, so a wrong token or an unreachable API is a clear message."""
    token = settings.telegram_bot_token.get_secret_value().strip() if settings.telegram_bot_token else ""
    bot = Bot(token, base_url=settings.telegram_api_base_url, base_file_url=settings.telegram_api_base_file_url)
    try:
        async with bot:
            await bot.get_me()
    except InvalidToken as exc:
        raise SettingsError("the Bot API refused TELEGRAM_BOT_TOKEN (InvalidToken): check the token") from exc
    except NetworkError as exc:
        reason = redact(str(exc), token)
        raise SettingsError(f"cannot reach the Bot API at {settings.telegram_api_base_url}: {reason}") from exc


def run(settings: Settings) -> None:
    """Poll, or serve a webhook when WEBHOOK_URL is set. SIGINT and SIGTERM stop it."""
    app = build_application(settings)
    asyncio.run(_check_token(settings))
    try:
        if settings.webhook_url:
            secret = settings.webhook_secret_token.get_secret_value() if settings.webhook_secret_token else None
            app.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path="telegram",
                webhook_url=settings.webhook_url,
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken as exc:
        raise SettingsError("the Bot API refused TELEGRAM_BOT_TOKEN (InvalidToken): check the token") from exc
    except NetworkError as exc:
        raise SettingsError(f"cannot reach the Bot API at {settings.telegram_api_base_url}: {exc}") from exc
