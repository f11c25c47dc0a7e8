"""The bot's own words in Chinese and English (articles stay as printed). Plain strings: the
formatting layer escapes them."""

from __future__ import annotations

from telegram import Update

TEXTS: dict[str, dict[str, str]] = {
    "zh": {
        "start": "你好！我能回答本地新闻的问题，资料来自本地报纸的版面。\n直接发问题即可，例如：",
        "examples": "老旧小区改造进展如何\n3月11日的新闻\n/who 区长\n/latest",
        "commands": "命令",
        "admin_commands": "管理员命令",
        "not_admin": "抱歉，这个命令只有管理员可以使用。",
        "error": "抱歉，出了点问题，请稍后再试。",
        "busy": "数据库正忙，请稍后再试。",
        "empty_store": "资料库还是空的：请管理员放入版面文件后发送 /reload。",
        "latest": "最新报道",
        "no_articles": "还没有报道。",
        "usage_date": "用法：/date 3月11日 或 /date 2023-03-11",
        "usage_who": "用法：/who 姓名 或 /who 职务，例如 /who 管委会主任",
        "usage_search": "用法：/search 要找的内容",
        "usage_alias": "用法：/alias 正确写法 另一种写法",
        "bad_date": "看不懂这个日期：{}",
        "expired": "这个按钮已失效，请重新查询。",
        "not_found": "没有找到这篇报道（可能已被删除）。",
        "prev": "上一页",
        "next": "下一页",
        "open": "全文",
        "reloading": "正在重新读取新闻文件夹……",
        "reloaded": "已读取 {files} 个文件，新增 {articles} 篇报道，跳过 {skipped} 个。",
        "names_waiting": "有 {n} 篇报道的人名正由模型在后台补读，/stats 可看进度。",
        "reload_errors": "有 {n} 个问题：",
        "no_news_dir": "没有设置 NEWS_DIR，无法重新读取。",
        "stats": "文件 {files} 个，版面 {pages} 个，报道 {articles} 篇，人物 {people} 位。\n版面日期 {oldest} 至 {newest}。\n等待人名模型补读的报道 {waiting} 篇。",
        "aliased": "已合并：{name}（写法：{names}）",
        "alias_unknown": "不认识这个名字：{}",
        "upload_type": "只接受版面文本（.txt）或 JSON Lines（.jsonl）文件。",
        "upload_size": "文件太大（上限 {mb} MB）。",
        "uploaded": "已读取 {name}：新增 {articles} 篇报道。",
        "upload_failed": "无法读取 {name}：{error}",
        "inline_none": "没有找到相关报道",
    },
    "en": {
        "start": "Hello! I answer questions about local news from the local paper's pages.\nJust ask, for example:",
        "examples": "老旧小区改造进展如何\n3月11日的新闻\n/who 区长\n/latest",
        "commands": "Commands",
        "admin_commands": "Admin commands",
        "not_admin": "Sorry, only admins can use this command.",
        "error": "Sorry, something went wrong. Please try again later.",
        "busy": "The database is busy. Please try again in a moment.",
        "empty_store": "The archive is empty: an admin needs to add pages and send /reload.",
        "latest": "Latest",
        "no_articles": "No articles yet.",
        "usage_date": "Usage: /date 3月11日 or /date 2023-03-11",
        "usage_who": "Usage: /who NAME or /who TITLE, e.g. /who 管委会主任",
        "usage_search": "Usage: /search WORDS",
        "usage_alias": "Usage: /alias NAME OTHER-SPELLING",
        "bad_date": "I can't read this date: {}",
        "expired": "This button has expired; please search again.",
        "not_found": "That article is not in the archive (any more).",
        "prev": "Previous",
        "next": "Next",
        "open": "Full text",
        "reloading": "Reading the news folder again…",
        "reloaded": "Read {files} files: {articles} new articles, {skipped} skipped.",
        "names_waiting": "The name model is completing the people of {n} articles in the background (see /stats).",
        "reload_errors": "{n} problems:",
        "no_news_dir": "NEWS_DIR is not set, so there is nothing to reload.",
        "stats": "{files} files, {pages} pages, {articles} articles, {people} people.\nPages dated {oldest} to {newest}.\nArticles waiting for the name model: {waiting}.",
        "aliased": "Merged: {name} (spellings: {names})",
        "alias_unknown": "I don't know this name: {}",
        "upload_type": "Only page text (.txt) or JSON Lines (.jsonl) files, please.",
        "upload_size": "The file is too large (the limit is {mb} MB).",
        "uploaded": "Read {name}: {articles} new articles.",
        "upload_failed": "Could not read {name}: {error}",
        "inline_none": "No matching articles",
    },
}


def lang(update: object) -> str:
    user = update.effective_user if isinstance(update, Update) else None
    code = (user.language_code or "") if user else ""
    return "en" if code.lower().startswith("en") else "zh"


def t(update: object, key: str, *args: object, **kwargs: object) -> str:
    text = TEXTS[lang(update)][key]
    return text.format(*args, **kwargs) if (args or kwargs) else text
