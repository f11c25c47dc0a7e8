"""`newsbot`: the command line admins and scripts use. Thin: parse, call store/, print."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot import console, formatting
from bot.progress import ProgressBar
from bot.settings import Settings, load_settings
from store import answers, later, ner, queries
from store.db import index_cache, open_store
from store.ingest import ingest
from store.retrieval import Retriever

SAMPLE_PAGES = Path(__file__).parent / "sample_pages"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        settings = load_settings()
    except ValidationError as exc:
        print(f"newsbot: bad setting: {_first_error(exc)}", file=sys.stderr)
        return 2
    if not ner.choose(settings.newsbot_name_model):
        print("newsbot: NEWSBOT_NAME_MODEL=lac needs pip install 'newsbot[names]'; finding people by rules alone", file=sys.stderr)
    try:
        return int(args.handler(args, settings) or 0)
    except SQLAlchemyError as exc:
        print(f"newsbot: database error ({type(exc).__name__}): {str(exc).splitlines()[0][:200]}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(x) for x in err['loc']).upper()}: {err['msg']}"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsbot", description="Answers questions about local news from a newspaper archive."
    )
    sub = p.add_subparsers(title="commands", metavar="COMMAND")

    c = sub.add_parser("ingest", help="ingest page files, folders and JSON Lines exports")
    c.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    c.add_argument("--date", type=date.fromisoformat, help="the page date (YYYY-MM-DD) for pages whose name has none")
    c.add_argument("--json", action="store_true", help="print a JSON summary")
    c.add_argument(
        "--workers", type=int, metavar="N", help="processes reading a large JSON Lines file (default: one a core, at most 4)"
    )
    c.add_argument(
        "--names-later",
        action="store_true",
        help="leave the name model's reading of a bulk import to `newsbot names` or the running bot (its articles are searchable now)",
    )
    c.set_defaults(handler=cmd_ingest)

    c = sub.add_parser("names", help="complete the people of bulk imports with the name model (resumable)")
    c.add_argument("--workers", type=int, metavar="N", help="reading processes (default: one a core, at most 4)")
    c.set_defaults(handler=cmd_names)

    c = sub.add_parser("articles", help="every article")
    c.add_argument("--json", action="store_true")
    c.add_argument("--body", action="store_true", help="include the article text")
    c.set_defaults(handler=cmd_articles)

    c = sub.add_parser("people", help="every person")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_people)

    c = sub.add_parser("latest", help="the newest articles")
    c.add_argument("--limit", type=int, default=10)
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_latest)

    c = sub.add_parser("search", help="fuzzy search")
    c.add_argument("query", nargs="?", help="what to look for")
    c.add_argument("--batch", type=Path, metavar="FILE", help="one query a line; prints JSON Lines")
    c.add_argument("--limit", type=int, default=10)
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_search)

    c = sub.add_parser("who", help="a person, or the holders of a title")
    c.add_argument("name")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_who)

    c = sub.add_parser("ask", help="the reply the bot would send to TEXT, as plain text")
    c.add_argument("text", nargs="+")
    c.set_defaults(handler=cmd_ask)

    c = sub.add_parser("chat", help="talk to the bot in this terminal (no token needed)")
    c.set_defaults(handler=cmd_chat)

    c = sub.add_parser("run", help="run the Telegram bot (polling; a webhook when WEBHOOK_URL is set)")
    c.set_defaults(handler=cmd_run)

    c = sub.add_parser("stats", help="what the store holds")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_stats)
    return p


def _store(settings: Settings) -> sessionmaker[Session]:
    _engine, sessions = open_store(settings.database_url)
    return sessions


def _retriever(settings: Settings, sessions: sessionmaker[Session]) -> Retriever:
    return Retriever(sessions, index_cache(settings.database_url))


def _seeded(settings: Settings) -> sessionmaker[Session]:
    """The store; an empty one is filled with the bundled sample pages first, so that a new
    user can try the bot at once."""
    sessions = _store(settings)
    with sessions() as s:
        empty = queries.stats(s).articles == 0
    if empty:
        print(f"(the store is empty: loading the sample pages from {SAMPLE_PAGES})", file=sys.stderr)
        ingest(sessions, [SAMPLE_PAGES])
    return sessions


def _today(settings: Settings) -> date:
    return datetime.now(ZoneInfo(settings.newsbot_tz)).date()


def _day(d: date | None) -> str:
    return d.isoformat() if d else "-"


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1, default=str))


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    sessions = _store(settings)
    bar = ProgressBar()
    report = ingest(sessions, args.paths, page_date=args.date, progress=bar, workers=args.workers)
    bar.close()
    named = 0 if args.names_later else _read_names(sessions, args.workers)
    summary = report.summary() | {"names_completed": named, "names_waiting": _waiting(sessions)}
    if args.json:
        _print_json(summary)
    else:
        print(f"{report.files} files, {report.articles} articles added, {report.skipped} skipped")
        _print_waiting(summary["names_waiting"])
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    return 0 if report.ok else 1


def _read_names(sessions: sessionmaker[Session], workers: int | None) -> int:
    """The name model's reading of what a bulk import stored with the rules' people, with a bar."""
    bar = ProgressBar()
    done = later.read_waiting(sessions, workers=workers, progress=bar)
    bar.close()
    return done


def _waiting(sessions: sessionmaker[Session]) -> int:
    with sessions() as s:
        return later.waiting(s)


def _print_waiting(n: int) -> None:
    if n and ner.enabled_model():
        print(f"{n} articles wait for the name model's reading: `newsbot names` (or the running bot) completes them")
    elif n:
        print(
            f"{n} articles have only the people the rules found: install the name model (pip install 'newsbot[names]'),"
            " leave NEWSBOT_NAME_MODEL at auto, then run `newsbot names`"
        )


def cmd_names(args: argparse.Namespace, settings: Settings) -> int:
    sessions = _store(settings)
    if not ner.enabled_model():
        print("newsbot names: the name model is off or not installed (pip install 'newsbot[names]')", file=sys.stderr)
        return 2
    print(f"{_read_names(sessions, args.workers)} articles completed by the name model")
    _print_waiting(_waiting(sessions))
    return 0


def _with_session(fn: Callable[[Session], Any], settings: Settings) -> Any:
    with _store(settings)() as s:
        return fn(s)


def cmd_articles(args: argparse.Namespace, settings: Settings) -> int:
    arts = _with_session(queries.all_articles, settings)
    if args.json:
        _print_json([a.to_json(body=args.body) for a in arts])
    else:
        for a in arts:
            print(f"{a.id:>6}  {_day(a.date):<10}  {a.kind:<10} {a.title}")
    return 0


def cmd_people(args: argparse.Namespace, settings: Settings) -> int:
    people = _with_session(queries.all_people, settings)
    if args.json:
        _print_json([p.to_json() for p in people])
    else:
        for p in people:
            titles = "、".join(t.title for t in p.titles[:2])
            print(f"{p.name:<6} {p.kind:<13} {p.article_total:>4} articles  {titles}")
    return 0


def cmd_latest(args: argparse.Namespace, settings: Settings) -> int:
    arts = _with_session(lambda s: queries.latest(s, args.limit), settings)
    if args.json:
        _print_json([a.to_json() for a in arts])
    else:
        for a in arts:
            print(f"{_day(a.date):<10}  {a.title}")
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    sessions = _store(settings)
    retriever = _retriever(settings, sessions)
    if args.batch:
        with sessions() as s, args.batch.open(encoding="utf-8") as f:
            for line in f:
                query = line.strip()
                if not query:
                    continue
                t = time.perf_counter()
                hits = answers.search(s, retriever.index, query, args.limit)
                elapsed = (time.perf_counter() - t) * 1000
                results = [h.to_json() for h in hits]
                print(
                    json.dumps(
                        {"query": query, "results": results, "elapsed_ms": round(elapsed, 3)}, ensure_ascii=False
                    )
                )
        return 0
    if not args.query:
        print("newsbot search: give a QUERY or --batch FILE", file=sys.stderr)
        return 2
    with sessions() as s:
        hits = answers.search(s, retriever.index, args.query, args.limit)
    if args.json:
        _print_json([h.to_json() for h in hits])
    else:
        for i, h in enumerate(hits, 1):
            print(formatting.hit_block(h, formatting.TEXT, i))
    return 0


def cmd_who(args: argparse.Namespace, settings: Settings) -> int:
    with _store(settings)() as s:
        result = answers.who(s, args.name)
    if args.json:
        _print_json(result.to_json())
    else:
        print(formatting.who_block(result, formatting.TEXT))
    return 0 if result.person or result.holders else 1


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    sessions = _seeded(settings)
    retriever = _retriever(settings, sessions)
    print(_reply(" ".join(args.text), sessions, retriever, settings))
    return 0


def _reply(text: str, sessions: sessionmaker[Session], retriever: Retriever, settings: Settings) -> str:
    with sessions() as s:
        return console.reply(s, retriever.index, text, _today(settings))


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    sessions = _seeded(settings)
    retriever = _retriever(settings, sessions)
    print("问我本地新闻（例如：一个人的名字、消防安全、3月11日的新闻），或用命令：/who 名字、/latest、/today、/date 3月11日。空行或 Ctrl-D 退出。")
    while True:
        try:
            text = input("> ").strip()
        except EOFError:
            print()
            return 0
        if not text:
            return 0
        print(_reply(text, sessions, retriever, settings))
        print()


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import SettingsError, run
    from bot.logs import setup_logging

    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    setup_logging(settings.log_level, token)
    try:
        run(settings)
    except SettingsError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    st = _with_session(queries.stats, settings)
    if args.json:
        _print_json(st.__dict__)
    else:
        print(f"{st.files} files, {st.pages} pages, {st.articles} articles, {st.people} people")
        print(f"pages dated {_day(st.oldest)} .. {_day(st.newest)}")
        _print_waiting(st.names_waiting)
    return 0


if __name__ == "__main__":
    sys.exit(main())
