"""Admin commands: /reload, /stats, /alias, and page files sent as documents. Everyone not in
ADMIN_IDS is refused politely on every one of these paths."""

from __future__ import annotations

import functools
import logging
import re
import tempfile
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from bot.formatting import HTML, day
from bot.handlers import services, user_id
from bot.handlers.replies import send, typing
from bot.texts import t
from bot.views import View
from store import ner, queries
from store.identity import merge_people
from store.ingest import IngestReport, bump_version, ingest
from store.later import waiting as waiting_for_names
from store.sources import JSONL_SUFFIXES, PAGE_SUFFIXES

log = logging.getLogger(__name__)
MAX_UPLOAD_MB = 20  # the most the Bot API lets a bot download
Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def admin_only(handler: Handler) -> Handler:
    @functools.wraps(handler)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not services(context).is_admin(user_id(update)):
            log.info("refused %s to user %s", handler.__name__, user_id(update))
            await send(update, View(HTML.esc(t(update, "not_admin"))))
            return
        await handler(update, context)

    return guarded


def _report(update: Update, report: IngestReport, waiting: int) -> View:
    text = HTML.esc(t(update, "reloaded", files=report.files, articles=report.articles, skipped=report.skipped))
    text += _waiting(update, waiting)
    if report.errors:
        text += "\n" + HTML.esc(t(update, "reload_errors", n=len(report.errors)))
        text += "\n" + "\n".join("• " + HTML.esc(e[-200:]) for e in report.errors[:10])
    return View(text)


@admin_only
async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    folder = svc.settings.news_dir
    if folder is None:
        await send(update, View(HTML.esc(t(update, "no_news_dir"))))
        return
    await send(update, View(HTML.esc(t(update, "reloading"))))
    report = await svc.run(_ingest_here, svc.sessions, [folder])
    await svc.run(svc.retriever.refresh)  # built off the event loop, swapped in one step
    await send(update, _report(update, report, await svc.read(waiting_for_names)))


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    st = await services(context).read(queries.stats)
    text = t(
        update,
        "stats",
        files=st.files,
        pages=st.pages,
        articles=st.articles,
        people=st.people,
        oldest=day(st.oldest),
        newest=day(st.newest),
        waiting=st.names_waiting,
    )
    await send(update, View(HTML.esc(text)))


@admin_only
async def alias(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = context.args or []
    if len(args) != 2:
        await send(update, View(HTML.esc(t(update, "usage_alias"))))
        return
    svc = services(context)

    def merge(keep: str, other: str) -> tuple[str, list[str]]:
        with svc.sessions.begin() as s:
            result = merge_people(s, keep, other)
            bump_version(s)
            return result

    try:
        name, names = await svc.run(merge, args[0][:64], args[1][:64])
    except LookupError:
        await send(update, View(HTML.esc(t(update, "alias_unknown", args[0][:64]))))
        return
    await svc.run(svc.retriever.refresh)
    await send(update, View(HTML.esc(t(update, "aliased", name=name, names="、".join(names)))))


def safe_name(name: str) -> str:
    """A file name that cannot leave its folder: no path parts, no leading dots."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = re.sub(r"[^\w.\-\u3400-\u9fff]", "_", base).lstrip(".")
    return base[:120] or "upload.txt"


@admin_only
async def upload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    doc = message.document if message else None
    if doc is None:
        return
    name = safe_name(doc.file_name or "")
    if not name.lower().endswith(PAGE_SUFFIXES + JSONL_SUFFIXES):
        await send(update, View(HTML.esc(t(update, "upload_type"))))
        return
    if (doc.file_size or 0) > MAX_UPLOAD_MB * 1024 * 1024:
        await send(update, View(HTML.esc(t(update, "upload_size", mb=MAX_UPLOAD_MB))))
        return
    svc = services(context)
    folder = svc.settings.news_dir or Path(tempfile.gettempdir()) / "newsbot-uploads"
    target = (folder / "uploads").resolve()
    target.mkdir(parents=True, exist_ok=True)
    path = target / name
    if path.resolve().parent != target:
        await send(update, View(HTML.esc(t(update, "upload_type"))))
        return
    async with typing(update):
        file = await doc.get_file()
        await file.download_to_drive(path)
        report = await svc.run(_ingest_here, svc.sessions, [path])
        await svc.run(svc.retriever.refresh)
    if report.errors and not report.articles:
        await send(update, View(HTML.esc(t(update, "upload_failed", name=name, error=report.errors[0][-200:]))))
        return
    text = HTML.esc(t(update, "uploaded", name=name, articles=report.articles))
    await send(update, View(text + _waiting(update, await svc.read(waiting_for_names))))


def _waiting(update: Update, n: int) -> str:
    """A line saying the name model is completing a bulk import's people, when it is."""
    return "\n" + HTML.esc(t(update, "names_waiting", n=n)) if n and ner.enabled_model() else ""


def _ingest_here(sessions: Any, paths: list[Path]) -> IngestReport:
    """Ingest in this process: the bot's threads make forking worker processes unsafe."""
    return ingest(sessions, paths, workers=1)
