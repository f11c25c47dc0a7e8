"""Start the real python-telegram-bot Application the way `newsbot run` does (post_init included)
and stop it the same way: shared by the end-to-end tests and the load benchmark."""

from __future__ import annotations

from telegram.ext import Application

from bot.app import build_application
from bot.settings import Settings


async def start_app(settings: Settings) -> Application:
    """The application initialised, its services open, not yet receiving updates."""
    app = build_application(settings)
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    return app


async def start_polling(settings: Settings) -> Application:
    app = await start_app(settings)
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    await app.start()
    return app


async def stop_app(app: Application) -> None:
    await app.updater.stop()
    await app.stop()
    if app.post_shutdown:
        await app.post_shutdown(app)
    await app.shutdown()
