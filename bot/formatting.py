"""Every reply's text, in Telegram HTML or plain text (for `newsbot ask` and the console). All
markup lives here; every value put into a reply is escaped."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from store.answers import Answer, SearchHit, WhoResult
from store.queries import ArticleView, PersonView
from store.snippets import Snippet

LIMIT = 4096
_TAG = re.compile(r"<[^>]+>")
KIND_ZH = {
    "official": "官员",
    "reporter": "记者",
    "photographer": "摄影记者",
    "correspondent": "通讯员",
    "columnist": "专栏作者",
    "other": "其他",
}


@dataclass(frozen=True)
class Style:
    html: bool

    def esc(self, text: object) -> str:
        return html.escape(str(text), quote=False) if self.html else str(text)

    def bold(self, text: object) -> str:
        return f"<b>{self.esc(text)}</b>" if self.html else str(text)

    def italic(self, text: object) -> str:
        return f"<i>{self.esc(text)}</i>" if self.html else str(text)

    def marked(self, s: Snippet) -> str:
        out, pos = [], 0
        for a, b in s.marks:
            out.append(self.esc(s.text[pos:a]))
            out.append(f"<b>{self.esc(s.text[a:b])}</b>" if self.html else f"【{s.text[a:b]}】")
            pos = b
        out.append(self.esc(s.text[pos:]))
        return "".join(out)


HTML = Style(html=True)
TEXT = Style(html=False)


def day(d: object) -> str:
    return str(d) if d else "日期不详"


def article_line(a: ArticleView, st: Style, n: int | None = None) -> str:
    num = f"{n}. " if n is not None else ""
    meta = " · ".join(x for x in (day(a.date), "、".join(a.reporters)) if x)
    return f"{num}{st.bold(a.title)}\n   {st.esc(meta)}  /a_{a.id}"


def hit_block(h: SearchHit, st: Style, n: int) -> str:
    line = article_line(h.article, st, n)
    return f"{line}\n   {st.marked(h.snippet)}" if h.snippet.text else line


def article_full(a: ArticleView, st: Style) -> str:
    parts = []
    if a.kicker:
        parts.append(st.esc(a.kicker))
    parts.append(st.bold(a.title))
    if a.subtitle:
        parts.append(st.italic(a.subtitle))
    meta = [day(a.date), a.page]
    if a.reporters:
        meta.append("记者 " + "、".join(a.reporters))
    parts.append(st.esc(" · ".join(m for m in meta if m)))
    parts.append("")
    parts.append(st.esc(a.body))
    return "\n".join(parts)


def person_block(p: PersonView, st: Style, articles: int = 5) -> str:
    head = st.bold(p.name)
    others = [v for v in p.variants if v != p.name]
    if others:
        head += st.esc(f"（又作 {'、'.join(others)}）")
    lines = [f"{head} · {st.esc(KIND_ZH.get(p.kind, p.kind))}"]
    if p.titles:
        lines.append(st.bold("职务"))
        for t in p.titles[:8]:
            span = day(t.first_date) if t.first_date == t.last_date else f"{day(t.first_date)} 至 {day(t.last_date)}"
            lines.append(f"• {st.esc(t.title)}（{st.esc(span)}）")
    if p.articles:
        lines.append(st.bold(f"相关报道（共 {p.article_total or len(p.articles)} 篇）"))
        lines += [article_line(a, st, i) for i, a in enumerate(p.articles[:articles], 1)]
    if p.co_mentioned:
        lines.append(st.bold("常一同出现"))
        lines.append(st.esc("、".join(f"{n}（{c}）" for n, c in p.co_mentioned[:8])))
    return "\n".join(lines)


def who_block(w: WhoResult, st: Style) -> str:
    if w.person:
        return person_block(w.person, st)
    if w.holders:
        lines = [st.bold(f"“{w.query}”的任职者（最近的在前）")]
        for h in w.holders:
            span = f"{day(h.first_date)} 至 {day(h.last_date)}"
            lines.append(f"• {st.bold(h.name)} {st.esc(h.title)}（{st.esc(span)}）")
        return "\n".join(lines)
    if w.suggestions:
        return st.esc(f"没有找到“{w.query}”。你要找的是不是：{'、'.join(w.suggestions)}？")
    return st.esc(f"没有找到“{w.query}”。")


def answer_text(ans: Answer, st: Style, limit: int = 5) -> str:
    if ans.kind == "person" and ans.who:
        note = ""
        if ans.suggestions and ans.who.person and ans.who.person.name not in ans.query:
            note = st.esc(f"没有找到完全一致的名字，以下是“{ans.who.person.name}”：") + "\n"
        return note + who_block(ans.who, st)
    if ans.kind == "holders" and ans.who:
        return who_block(ans.who, st)
    if ans.kind == "day":
        if not ans.articles:
            return st.esc(f"{ans.day} 没有报道。")
        lines = [st.bold(f"{ans.day} 的报道（{len(ans.articles)} 篇）")]
        lines += [article_line(a, st, i) for i, a in enumerate(ans.articles[:limit], 1)]
        return "\n".join(lines)
    if ans.kind == "search":
        lines = [hit_block(h, st, i) for i, h in enumerate(ans.hits[:limit], 1)]
        if ans.suggestions:
            lines.append(st.esc(f"你也许想找：{'、'.join(ans.suggestions)}"))
        return "\n\n".join(lines)
    hint = f" 你也许想找：{'、'.join(ans.suggestions)}" if ans.suggestions else ""
    return st.esc(f"没有找到与“{ans.query[:50]}”相关的报道。{hint}")


def article_list(title: str, arts: list[ArticleView], st: Style, start: int = 1) -> str:
    lines = [st.bold(title)]
    lines += [article_line(a, st, i) for i, a in enumerate(arts, start)]
    return "\n".join(lines)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_message(markup: str, limit: int = LIMIT) -> list[str]:
    """Split a reply into messages of at most `limit`, at line ends. Every line closes its own
    tags, so a split between lines keeps each message valid HTML; a line longer than the limit
    (an article's paragraph) is cut between characters of its plain text."""
    parts: list[str] = []
    current = ""
    for line in markup.split("\n"):
        for piece in _fit_line(line, limit):
            candidate = f"{current}\n{piece}" if current else piece
            if current and utf16_len(candidate) > limit:
                parts.append(current)
                current = piece
            else:
                current = candidate
    if current.strip() or not parts:
        parts.append(current)
    return parts


def _fit_line(line: str, limit: int) -> list[str]:
    if utf16_len(line) <= limit:
        return [line]
    plain = html.unescape(_TAG.sub("", line))  # a paragraph this long carries no markup of ours
    out, piece = [], ""
    for ch in plain:
        esc = html.escape(ch, quote=False)
        if utf16_len(piece) + utf16_len(esc) > limit:
            out.append(piece)
            piece = ""
        piece += esc
    if piece:
        out.append(piece)
    return out
