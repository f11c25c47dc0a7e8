"""The one table of commands: it registers the handlers, feeds setMyCommands and /help, and the
README is checked against it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    args: str
    zh: str
    en: str
    admin: bool = False


COMMANDS: tuple[Command, ...] = (
    Command("start", "", "开始，看看能问什么", "what I can do, with examples"),
    Command("help", "", "帮助", "help"),
    Command("latest", "[n]", "最新报道", "the latest articles"),
    Command("today", "", "今天（最新一期）的报道", "today's articles (the newest issue)"),
    Command("date", "<日期>", "某一天的报道", "the articles of a day"),
    Command(
        "who", "<姓名或职务>", "人物：职务、报道、常一同出现的人；或某职务的任职者", "a person, or who holds a title"
    ),
    Command("search", "<内容>", "搜索报道", "search the articles"),
    Command("subscribe", "[HH:MM] [关键词]", "订阅每日摘要（默认 08:00）", "a daily digest (08:00 by default)"),
    Command("unsubscribe", "[编号|all]", "退订", "stop a digest, or all"),
    Command("subscriptions", "", "我的订阅", "your digests"),
    Command("reload", "", "重新读取新闻文件夹", "re-read the news folder", admin=True),
    Command("stats", "", "资料库统计", "what the archive holds", admin=True),
    Command("alias", "<姓名> <另一写法>", "合并同一人的两种写法", "merge two spellings of one name", admin=True),
)


def help_lines(lang: str, admin: bool) -> list[str]:
    lines = []
    for c in COMMANDS:
        if c.admin and not admin:
            continue
        desc = c.zh if lang == "zh" else c.en
        lines.append(f"/{c.name} {c.args}".rstrip() + f" — {desc}")
    return lines
