"""End to end: the real python-telegram-bot Application (polling, and a webhook) against the fake
Bot API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
from pathlib import Path

import aiohttp
import pytest

from bot.settings import Settings
from store.db import open_store
from store.ingest import ingest
from tests.botrun import start_app, start_polling, stop_app
from tests.conftest import SAMPLE_PAGES
from tests.fakebot import FakeTelegram

ADMIN, USER, OTHER = 1, 2, 3
PAGES = sorted(SAMPLE_PAGES.glob("*.txt"))
TOO_MANY = {
    "ok": False,
    "error_code": 429,
    "description": "Too Many Requests: retry after 1",
    "parameters": {"retry_after": 1},
}


def settings_for(fake: FakeTelegram, tmp: Path) -> Settings:
    return Settings(
        telegram_bot_token=fake.token,
        database_url=f"sqlite:///{tmp / 'bot.db'}",
        admin_ids=str(ADMIN),
        news_dir=tmp / "news",
        telegram_api_base_url=fake.base_url,
        telegram_api_base_file_url=fake.base_file_url,
    )


@pytest.fixture
async def running(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fake = FakeTelegram()
    await fake.start()
    news = tmp_path / "news"
    news.mkdir()
    for page in PAGES[:2]:
        shutil.copy(page, news / page.name)
    settings = settings_for(fake, tmp_path)
    _, sessions = open_store(settings.database_url)
    ingest(sessions, [news])
    long_record = {
        "id": "long-1",
        "title": "长篇报道",
        "date": "2023-03-01",
        "body": ("很长的一段报道内容。" * 60 + "\n") * 9,
    }
    (tmp_path / "long.jsonl").write_text(json.dumps(long_record, ensure_ascii=False) + "\n", encoding="utf-8")
    ingest(sessions, [tmp_path / "long.jsonl"])
    app = await start_polling(settings)
    yield fake, app, tmp_path
    await stop_app(app)
    await fake.stop()


async def ask(fake: FakeTelegram, user: int, text: str, lang: str = "zh") -> str:
    before = len(fake.to(user))
    fake.message(user, text, lang)
    sent = await fake.wait(user, before + 1)
    return sent[before].text


async def test_every_command_paging_and_opening(running):
    fake, _app, _ = running
    assert fake.calls_of("setMyCommands")
    start = await ask(fake, USER, "/start")
    assert "/who" in start and "/reload" not in start
    assert "/latest" in await ask(fake, USER, "/help")
    assert "Commands" in await ask(fake, OTHER, "/help", lang="en")
    latest = await ask(fake, USER, "/latest")
    assert "最新报道" in latest and "2023-03-13" in latest
    assert "2023-03-13" in await ask(fake, USER, "/today")
    assert "已发债专项债项目推进会" in await ask(fake, USER, "/date 3月11日")
    assert "看不懂" in await ask(fake, USER, "/date 明年某天")
    person = await ask(fake, USER, "/who 宫卫红")
    assert "官卫红" in person and "管委会主任" in person
    assert "任职者" in await ask(fake, USER, "/who 管委会主任")
    assert "用法" in await ask(fake, USER, "/who")
    found = await ask(fake, USER, "/search 消防安全")
    assert "消防安全" in found
    plain = await ask(fake, USER, "篮球赛什么时候开幕")
    assert "篮球赛开幕" in plain and "<b>" in plain
    # paging: /latest, next page, previous page (the message is edited in place)
    await ask(fake, USER, "/latest")
    listing = fake.to(USER)[-1]
    nxt = next(d for label, d in listing.buttons if "下一页" in label)
    fake.press(USER, listing, nxt)
    page2 = (await fake.wait(USER, len(fake.to(USER)) + 1))[-1]
    assert page2.method == "editMessageText" and page2.message_id == listing.message_id
    assert page2.text != listing.text and "6." in page2.text
    prev = next(d for label, d in page2.buttons if "上一页" in label)
    fake.press(USER, page2, prev)
    page1 = (await fake.wait(USER, len(fake.to(USER)) + 1))[-1]
    assert page1.text == listing.text
    # open an article by its button and by /a_<id>
    open_data = next(d for _, d in listing.buttons if d.startswith("a:"))
    fake.press(USER, listing, open_data)
    article = (await fake.wait(USER, len(fake.to(USER)) + 1))[-1]
    assert article.method == "sendMessage" and len(article.text) > 100
    article_id = open_data.split(":")[1]
    assert (await ask(fake, USER, f"/a_{article_id}")) == article.text
    # a button from before a restart that points at nothing says it expired
    fake.press(USER, listing, "q:ffffffffffff:1")
    await asyncio.sleep(0.5)
    assert any(
        "expired" in c.get("text", "") or "失效" in c.get("text", "") for c in fake.calls_of("answerCallbackQuery")
    )
    assert fake.errors == []


async def test_inline_query_lists_articles(running):
    fake, _, _ = running
    fake.inline(USER, "吕沛")
    for _ in range(100):
        if fake.calls_of("answerInlineQuery"):
            break
        await asyncio.sleep(0.05)
    results = json.loads(fake.calls_of("answerInlineQuery")[0]["results"])
    assert results and any("吕沛" in r["title"] for r in results)
    assert fake.errors == []


async def test_non_admins_are_refused_on_every_admin_path(running):
    fake, _, tmp = running
    for text in ("/reload", "/stats", "/alias 官卫红 宫卫红"):
        assert "管理员" in await ask(fake, USER, text)
    fake.document(USER, "page.txt", PAGES[2].read_bytes())
    assert "管理员" in (await fake.wait(USER, 4))[-1].text
    assert not (tmp / "news" / "uploads").exists()
    assert "admins" in await ask(fake, OTHER, "/stats", lang="en")


async def test_admin_reload_while_50_users_query(running):
    fake, _, tmp = running
    shutil.copy(PAGES[2], tmp / "news" / PAGES[2].name)
    fake.message(ADMIN, "/reload")
    users = range(100, 150)
    for n, user in enumerate(users):
        fake.message(user, ["消防安全", "官卫红", "/latest", "篮球赛", "宁郭镇两委换届"][n % 5])
    for user in users:  # each answered once, from the old index or the new one; none failed
        (reply,) = await fake.wait(user, 1, within=60)
        assert reply.text and "出了点问题" not in reply.text and "数据库正忙" not in reply.text
    admin = await fake.wait(ADMIN, 2, within=30)
    assert "新增 10 篇报道" in admin[-1].text
    assert "宁郭镇" in await ask(fake, USER, "宁郭镇两委换届")
    assert "报道 35 篇" in await ask(fake, ADMIN, "/stats")
    assert fake.errors == []


async def test_admin_upload_and_stats(running):
    fake, _, tmp = running
    fake.document(ADMIN, "../../evil/../page.txt", PAGES[2].read_bytes())
    reply = (await fake.wait(ADMIN, 1, within=30))[-1].text
    assert "新增 10 篇报道" in reply
    assert (tmp / "news" / "uploads" / "page.txt").exists()
    assert not (tmp / "evil").exists()
    fake.document(ADMIN, "photo.jpg", b"\xff\xd8\xff")
    assert ".txt" in (await fake.wait(ADMIN, 2))[-1].text
    fake.document(ADMIN, "huge.txt", "新闻。".encode(), size=21 * 1024 * 1024)  # over the Bot API's 20 MB
    assert "太大" in (await fake.wait(ADMIN, 3))[-1].text
    assert not (tmp / "news" / "uploads" / "huge.txt").exists()
    stats = await ask(fake, ADMIN, "/stats")
    assert "报道 35 篇" in stats
    merged = await ask(fake, ADMIN, "/alias 赵俊生 赵俊升")
    assert "赵俊升" in merged


async def test_429_in_the_middle_of_a_reply_is_delivered_once(running):
    fake, _, _ = running
    await ask(fake, USER, "/search 长篇报道")
    open_data = next(d for _, d in fake.to(USER)[-1].buttons if d.startswith("a:"))
    fake.fail_call("sendMessage", 1, 429, TOO_MANY)
    before = len(fake.to(USER))
    calls_before = len(fake.calls_of("sendMessage"))
    fake.message(USER, f"/a_{open_data.split(':')[1]}")
    parts = await fake.wait(USER, before + 2, within=15)
    await asyncio.sleep(1.5)
    parts = fake.to(USER)[before:]
    assert len(parts) == 2, [p.text[:20] for p in parts]
    assert parts[0].text != parts[1].text
    assert len(fake.calls_of("sendMessage")) - calls_before == 3  # the second was refused once, then sent


async def test_a_blocked_chat_does_not_stop_the_bot(running, caplog):
    fake, _, _ = running
    fake.blocked.add(99)
    fake.message(99, "消防安全")
    await asyncio.sleep(1.0)
    assert fake.to(99) == []
    assert "消防安全" in await ask(fake, USER, "消防安全")
    assert any("unreachable" in r.getMessage() for r in caplog.records)


async def test_hostile_text_never_becomes_markup(running):
    fake, _, _ = running
    nasty = "<b>官卫红</b> & <script>alert(1)</script> " + "测" * 3000
    reply = await ask(fake, USER, nasty)
    assert "<script>" not in reply and fake.errors == []
    reply = await ask(fake, USER, "/who <i>&amp;</i>")
    assert "<i>" not in reply and fake.errors == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_serves_updates_with_the_secret(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fake = FakeTelegram()
    await fake.start()
    settings = settings_for(fake, tmp_path)
    _, sessions = open_store(settings.database_url)
    ingest(sessions, [SAMPLE_PAGES])
    app = await start_app(settings)
    port = free_port()
    await app.updater.start_webhook(
        listen="127.0.0.1",
        port=port,
        url_path="telegram",
        webhook_url=f"http://127.0.0.1:{port}/telegram",
        secret_token="s3cret",
    )
    await app.start()
    try:
        update = {
            "update_id": 1,
            "message": {
                "message_id": 5,
                "date": 0,
                "text": "/latest",
                "chat": {"id": USER, "type": "private"},
                "from": {"id": USER, "is_bot": False, "first_name": "u"},
                "entities": [{"type": "bot_command", "offset": 0, "length": 7}],
            },
        }
        async with aiohttp.ClientSession() as http:
            bad = await http.post(
                f"http://127.0.0.1:{port}/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            )
            assert bad.status == 403
            ok = await http.post(
                f"http://127.0.0.1:{port}/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret"}
            )
            assert ok.status == 200
        sent = await fake.wait(USER, 1)
        assert len(sent) == 1 and "最新报道" in sent[0].text
        assert fake.calls_of("setWebhook")[0]["secret_token"] == "s3cret"
    finally:
        await stop_app(app)
        await fake.stop()


async def test_the_token_is_never_logged_or_sent(running, monkeypatch):
    import io
    import logging

    from bot.logs import setup_logging

    fake, _, _ = running
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    stream = io.StringIO()
    setup_logging("DEBUG", fake.token, stream)
    logging.getLogger("httpx").setLevel(logging.DEBUG)  # the loudest case: request URLs hold the token
    try:
        fake.fail_call("sendMessage", 0, 500, {"ok": False, "error_code": 500, "description": f"boom {fake.token}"})
        fake.message(ADMIN, "/latest")
        await fake.wait(ADMIN, 1, within=15)
        await ask(fake, USER, "/who 官卫红")
        fake.blocked.add(55)
        fake.message(55, "消防安全")
        await asyncio.sleep(1.0)
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved[0]:
            root.addHandler(h)
        root.setLevel(saved[1])
        logging.getLogger("httpx").setLevel(logging.WARNING)
    text = stream.getvalue()
    assert "getUpdates" in text or "HTTP Request" in text  # the logs did run
    assert fake.token not in text
    assert "[token]" in text
    assert all(fake.token not in s.text for s in fake.sent)


async def test_the_bot_api_unreachable_then_back_loses_and_doubles_nothing(running):
    """The Bot API refuses connections for a while (NEWSBOT_OUTAGE_SECONDS, 5 in CI; 60 for the
    full drill); updates sent meanwhile are answered once each when it is back."""
    import os

    fake, _, _ = running
    outage = float(os.environ.get("NEWSBOT_OUTAGE_SECONDS", "5"))
    assert "消防安全" in await ask(fake, USER, "消防安全")
    before = len(fake.to(USER))
    await fake.go_offline()
    for text in ("篮球赛", "/latest", "官卫红"):
        fake.message(USER, text)
    await asyncio.sleep(outage)
    await fake.come_back()
    replies = await fake.wait(USER, before + 3, within=outage + 40)
    await asyncio.sleep(2.0)  # anything answered twice would arrive now
    assert len(fake.to(USER)) == before + 3
    texts = [r.text for r in replies[before:]]
    assert (
        any("篮球赛" in t for t in texts) and any("最新报道" in t for t in texts) and any("官卫红" in t for t in texts)
    )


async def test_latest_n_pages_by_n(running):
    fake, _, _ = running
    await ask(fake, USER, "/latest 3")
    listing = fake.to(USER)[-1]
    assert "3." in listing.text and "4." not in listing.text
    nxt = next(d for label, d in listing.buttons if "下一页" in label)
    fake.press(USER, listing, nxt)
    page2 = (await fake.wait(USER, len(fake.to(USER)) + 1))[-1]
    assert page2.method == "editMessageText"
    assert "4." in page2.text and "6." in page2.text and "7." not in page2.text and "3." not in page2.text


async def test_the_bot_completes_a_bulk_imports_names_in_the_background(tmp_path, monkeypatch):
    """A bulk import stored with the rules' people: a running bot reads them with the name model
    in quiet moments between replies, and /stats counts down to none waiting."""
    from bot import services as services_module
    from store import ingest as ingest_module
    from store import later, ner
    from tests.test_later import _export, _FakeModel

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(ner, "_lac", lambda: _FakeModel(["吴承恩"]))
    monkeypatch.setattr(ingest_module, "BULK_BYTES", 0)
    monkeypatch.setattr(services_module, "NAMES_SECONDS", 0.2)
    monkeypatch.setattr(services_module, "NAMES_AT_ONCE", 4)
    monkeypatch.setattr(services_module, "NAMES_IDLE_SECONDS", 0.1)
    assert ner.enable("lac")
    fake = FakeTelegram()
    await fake.start()
    settings = settings_for(fake, tmp_path)
    _, sessions = open_store(settings.database_url)
    assert ingest(sessions, [_export(tmp_path, 10)], workers=1).ok
    with sessions() as s:
        assert later.waiting(s) == 10
    app = await start_polling(settings)
    try:
        for _ in range(100):
            if "等待人名模型补读的报道 0 篇" in await ask(fake, ADMIN, "/stats"):
                break
            await asyncio.sleep(0.3)  # a quiet moment: the names are read then
        else:
            pytest.fail("the bot did not complete the names")
        assert "吴承恩" in await ask(fake, USER, "/who 吴承恩")
        more, before = _export(tmp_path, 3, "more.jsonl"), len(fake.to(ADMIN))
        fake.document(ADMIN, "more.jsonl", more.read_bytes().replace(b'"id": "r', b'"id": "m'))
        reply = await fake.reply_after(ADMIN, before)
        assert "新增 3 篇报道" in reply.text and "后台补读" in reply.text
    finally:
        await stop_app(app)
        await fake.stop()

