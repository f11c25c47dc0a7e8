"""/subscribe, /unsubscribe, /subscriptions, and a chat that blocks or removes the bot."""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.ext import ContextTypes

from bot import views
from bot.digest import utc_now
from bot.formatting import HTML
from bot.handlers import services
from bot.handlers.replies import send
from bot.views import View
from store import subscriptions as subs

USAGE = "用法：/subscribe [HH:MM] [关键词或人名]，例如 /subscribe 08:00 或 /subscribe 07:30 消防安全"


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    args = list(context.args or [])
    hour, minute = 8, 0
    if args and (parsed := subs.parse_time(args[0])):
        hour, minute = parsed
        args = args[1:]
    elif args and (any(c in args[0] for c in ":：") or args[0].isdigit()):
        await send(update, View(HTML.esc(f"看不懂这个时间：{args[0][:20]}。请用 24 小时制，例如 08:00。\n{USAGE}")))
        return
    keywords = " ".join(args).strip()
    svc = services(context)

    def store() -> subs.SubscriptionView:
        with svc.sessions.begin() as tx:
            return subs.subscribe(tx, chat.id, hour, minute, keywords, svc.settings.newsbot_tz, utc_now())

    try:
        view = await svc.run(store)
    except subs.SubscriptionError as exc:
        await send(update, View(HTML.esc(f"无法订阅：{exc}")))
        return
    what = f"关于“{keywords}”的" if keywords else ""
    text = f"好的：每天 {view.at}（{svc.settings.newsbot_tz}）给你发{what}新报道摘要；没有新报道就不发。/subscriptions 查看，/unsubscribe 退订。"
    await send(update, View(HTML.esc(text)))


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    arg = (context.args or [""])[0].lower()
    which: int | None
    if arg in ("", "all", "全部"):
        which = None
    elif arg.isdigit():
        which = int(arg)
    else:
        await send(update, View(HTML.esc("用法：/unsubscribe 编号（见 /subscriptions）或 /unsubscribe all")))
        return
    svc = services(context)

    def stop() -> int:
        with svc.sessions.begin() as tx:
            return subs.unsubscribe(tx, chat.id, which)

    n = await svc.run(stop)
    await send(update, View(HTML.esc(f"已退订 {n} 个。" if n else "没有找到这个订阅，见 /subscriptions。")))


async def list_subscriptions(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    await send(update, await services(context).read(views.subscription_list, chat.id))


async def membership(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The bot was blocked, kicked or left: stop that chat's digests before a send fails."""
    change = update.my_chat_member
    if change is None or change.new_chat_member.status not in (ChatMember.BANNED, ChatMember.LEFT):
        return
    svc = services(context)

    def drop() -> int:
        with svc.sessions.begin() as tx:
            return subs.deactivate_chat(tx, change.chat.id)

    await svc.run(drop)
