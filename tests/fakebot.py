"""A fake Bot API server on 127.0.0.1 (aiohttp) that behaves like Telegram where it matters:
getMe/getUpdates (long poll, offsets), HTML and 4096-character checks, 64-byte callback data,
429 with retry_after, 403 for a blocked chat, files. Tests inject updates and read what the bot
sent."""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar

from aiohttp import web

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
    "tg-emoji",
}
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")
ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)")


class BadRequest(Exception):
    pass


def check_html(text: str) -> str:
    """The plain text Telegram would show, or BadRequest as Telegram would answer."""
    stack: list[str] = []
    plain = []
    pos = 0
    for m in TAG.finditer(text):
        plain.append(text[pos : m.start()])
        pos = m.end()
        closing, name = m.group(1), m.group(2).lower()
        if name not in ALLOWED_TAGS:
            raise BadRequest(f'can\'t parse entities: Unsupported start tag "{name}"')
        if closing:
            if not stack or stack.pop() != name:
                raise BadRequest(f'can\'t parse entities: Unexpected end tag "{name}"')
        else:
            stack.append(name)
    plain.append(text[pos:])
    if stack:
        raise BadRequest(f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    rest = "".join(plain)
    if "<" in rest or ">" in rest:
        raise BadRequest("can't parse entities: Unexpected character")
    if ENTITY.search(rest):
        raise BadRequest("can't parse entities: Character '&' is reserved")
    shown = html.unescape(rest)
    if not shown.strip():
        raise BadRequest("message text is empty")
    if len(shown.encode("utf-16-le")) // 2 > 4096:
        raise BadRequest("message is too long")
    return shown


@dataclass
class Sent:
    method: str
    chat_id: int
    text: str
    params: dict[str, Any]
    message_id: int
    at: float = field(default_factory=time.monotonic)

    @property
    def buttons(self) -> list[tuple[str, str]]:
        markup = self.params.get("reply_markup")
        if not markup:
            return []
        rows = json.loads(markup)["inline_keyboard"]
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


class FakeTelegram:
    def __init__(self, token: str = "123456:TEST-token-abc") -> None:
        self.token = token
        self.updates: list[dict[str, Any]] = []
        self.update_ids = itertools.count(1)
        self.message_ids = itertools.count(1000)
        self.sent: list[Sent] = []
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.errors: list[tuple[str, str]] = []
        self.fail: dict[str, list[tuple[int, dict[str, Any]]]] = {}
        self.blocked: set[int] = set()
        self.by_chat: dict[int, list[Sent]] = {}
        self.rate_limit: float | None = None  # messages a second, as Telegram enforces for a bot
        self.recent: list[float] = []
        self.refused = 0
        self.arrived: dict[int, asyncio.Event] = {}
        self.counts: dict[str, int] = {}
        self.fail_at: dict[tuple[str, int], tuple[int, dict[str, Any]]] = {}
        self.files: dict[str, bytes] = {}
        self.new_update = asyncio.Event()
        self.runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.site: web.TCPSite | None = site
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    async def go_offline(self) -> None:
        """Stop answering (connections refused), keeping every update and message."""
        assert self.site is not None
        await self.site.stop()

    async def come_back(self) -> None:
        """Answer again on the same port."""
        assert self.runner is not None
        self.site = web.TCPSite(self.runner, "127.0.0.1", self.port)
        await self.site.start()

    # --- what a test does -------------------------------------------------------------
    def _user(self, user_id: int, lang: str) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": f"user{user_id}", "language_code": lang}

    def push(self, update: dict[str, Any]) -> None:
        update["update_id"] = next(self.update_ids)
        self.updates.append(update)
        self.new_update.set()

    def message(self, user_id: int, text: str, lang: str = "zh", chat_id: int | None = None) -> None:
        chat = chat_id or user_id
        msg: dict[str, Any] = {
            "message_id": next(self.message_ids),
            "date": int(time.time()),
            "text": text,
            "chat": {"id": chat, "type": "private"},
            "from": self._user(user_id, lang),
        }
        if text.startswith("/"):
            cmd = text.split()[0]
            msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(cmd.encode("utf-16-le")) // 2}]
        self.push({"message": msg})

    def press(self, user_id: int, sent: Sent, data: str, lang: str = "zh") -> None:
        self.push(
            {
                "callback_query": {
                    "id": str(next(self.message_ids)),
                    "from": self._user(user_id, lang),
                    "chat_instance": "ci",
                    "data": data,
                    "message": {
                        "message_id": sent.message_id,
                        "date": int(time.time()),
                        "text": sent.text,
                        "chat": {"id": sent.chat_id, "type": "private"},
                        "from": self.me,
                    },
                }
            }
        )

    def inline(self, user_id: int, query: str) -> None:
        self.push(
            {
                "inline_query": {
                    "id": str(next(self.message_ids)),
                    "from": self._user(user_id, "zh"),
                    "query": query,
                    "offset": "",
                }
            }
        )

    def document(self, user_id: int, name: str, content: bytes, size: int | None = None) -> None:
        """A document message; `size` is what Telegram reports (the real length by default)."""
        file_id = f"file{len(self.files) + 1}"
        self.files[file_id] = content
        self.push(
            {
                "message": {
                    "message_id": next(self.message_ids),
                    "date": int(time.time()),
                    "chat": {"id": user_id, "type": "private"},
                    "from": self._user(user_id, "zh"),
                    "document": {
                        "file_id": file_id,
                        "file_unique_id": file_id,
                        "file_name": name,
                        "file_size": len(content) if size is None else size,
                    },
                }
            }
        )

    def _over_limit(self) -> bool:
        now = time.monotonic()
        self.recent = [t for t in self.recent if now - t < 1.0]
        if self.rate_limit is not None and len(self.recent) >= self.rate_limit:
            return True
        self.recent.append(now)
        return False

    def fail_call(self, method: str, after: int, status: int, body: dict[str, Any]) -> None:
        """Answer the (after + 1)-th call of `method` from now with an error."""
        self.fail_at[(method, self.counts.get(method, 0) + after + 1)] = (status, body)

    def to(self, chat_id: int) -> list[Sent]:
        return list(self.by_chat.get(chat_id, ()))

    async def reply_after(self, chat_id: int, before: int) -> Sent:
        """The first message to chat_id after the first `before` ones, once it arrives."""
        while len(self.by_chat.get(chat_id, ())) <= before:
            event = self.arrived.setdefault(chat_id, asyncio.Event())
            event.clear()
            await event.wait()
        return self.by_chat[chat_id][before]

    async def wait(self, chat_id: int, count: int, within: float = 10.0) -> list[Sent]:
        """Wait until `count` messages (sent or edited) reached chat_id; return them all."""
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            got = self.to(chat_id)
            if len(got) >= count:
                await asyncio.sleep(0.05)
                return self.to(chat_id)
            await asyncio.sleep(0.02)
        raise AssertionError(
            f"chat {chat_id}: wanted {count} messages, got {len(self.to(chat_id))}: "
            f"{[s.text[:40] for s in self.to(chat_id)]}; errors {self.errors}"
        )

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        return [p for m, p in self.calls if m == method]

    # --- the server -----------------------------------------------------------------
    me: ClassVar[dict[str, Any]] = {
        "id": 4242,
        "is_bot": True,
        "first_name": "newsbot",
        "username": "newsbot_test_bot",
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": True,
    }

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = dict(await request.post())
        self.calls.append((method, params))
        self.counts[method] = self.counts.get(method, 0) + 1
        nth = self.fail_at.get((method, self.counts[method]))
        if nth:
            return web.json_response(nth[1], status=nth[0])
        if method == "sendMessage" and self.rate_limit and self._over_limit():
            self.refused += 1
            return web.json_response(
                {
                    "ok": False,
                    "error_code": 429,
                    "description": "Too Many Requests: retry after 1",
                    "parameters": {"retry_after": 1},
                },
                status=429,
            )
        failures = self.fail.get(method)
        if failures:
            status, body = failures.pop(0)
            return web.json_response(body, status=status)
        try:
            result = await self._answer(method, params)
        except BadRequest as exc:
            self.errors.append((method, str(exc)))
            return web.json_response({"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}, status=400)
        except PermissionError as exc:
            return web.json_response({"ok": False, "error_code": 403, "description": str(exc)}, status=403)
        if result is NotImplemented:
            return web.json_response({"ok": False, "error_code": 501, "description": "Not Implemented"}, status=501)
        return web.json_response({"ok": True, "result": result})

    async def _answer(self, method: str, p: dict[str, Any]) -> Any:
        if method == "getMe":
            return self.me
        if method in ("deleteWebhook", "setWebhook", "setMyCommands", "sendChatAction", "answerCallbackQuery"):
            return True
        if method == "getUpdates":
            return await self._updates(p)
        if method in ("sendMessage", "editMessageText"):
            return self._message(method, p)
        if method == "answerInlineQuery":
            for r in json.loads(p["results"]):
                check_html(r["input_message_content"]["message_text"])
            return True
        if method == "getFile":
            fid = p["file_id"]
            return {
                "file_id": fid,
                "file_unique_id": fid,
                "file_size": len(self.files[fid]),
                "file_path": f"documents/{fid}",
            }
        return NotImplemented

    async def _updates(self, p: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(p.get("offset") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates:
            self.new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.new_update.wait(), timeout=min(float(p.get("timeout") or 0), 2.0))
        return list(self.updates[:100])

    def _message(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(p["chat_id"])
        if chat_id in self.blocked:
            raise PermissionError("Forbidden: bot was blocked by the user")
        text = p.get("text", "")
        if p.get("parse_mode") == "HTML":
            check_html(text)
        elif not text.strip():
            raise BadRequest("message text is empty")
        elif len(text.encode("utf-16-le")) // 2 > 4096:
            raise BadRequest("message is too long")
        if p.get("reply_markup"):
            for row in json.loads(p["reply_markup"]).get("inline_keyboard", []):
                for b in row:
                    if len(b.get("callback_data", "").encode()) > 64:
                        raise BadRequest("BUTTON_DATA_INVALID")
        message_id = int(p["message_id"]) if method == "editMessageText" else next(self.message_ids)
        sent = Sent(method, chat_id, text, p, message_id)
        self.sent.append(sent)
        self.by_chat.setdefault(chat_id, []).append(sent)
        if chat_id in self.arrived:
            self.arrived[chat_id].set()
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "text": html.unescape(TAG.sub("", text)),
            "chat": {"id": chat_id, "type": "private"},
            "from": self.me,
        }

    async def _file(self, request: web.Request) -> web.Response:
        fid = request.match_info["path"].rsplit("/", 1)[-1]
        if fid not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[fid])
