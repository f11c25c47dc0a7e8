"""Bylines as Chinese newspapers print them: datelines with credits, byline lines, photo
credits and columnists' marks. Pure functions; every result keeps names as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.names import surname_length
from store.text import CJK

NAME = rf"[{CJK}]{{2,4}}(?:[·•][{CJK}]{{1,6}})?"
ROLE_KIND = {
    "本报特约记者": "reporter",
    "本报记者": "reporter",
    "特约记者": "reporter",
    "见习记者": "reporter",
    "实习记者": "reporter",
    "首席记者": "reporter",
    "摄影记者": "photographer",
    "记者": "reporter",
    "本报通讯员": "correspondent",
    "特约通讯员": "correspondent",
    "通讯员": "correspondent",
    "实习生": "reporter",
    "摄影": "photographer",
    "文/图": "reporter",
    "文/": "reporter",
    "图/": "photographer",
    "图文/": "reporter",
    "文图/": "reporter",
    "视觉记者": "photographer",
}
# what papers put before 记者: `全媒体记者`, `融媒体记者`, `首席记者`, `特派记者`
ROLE_KIND |= {f"{p}记者": "reporter" for p in ("全媒体", "融媒体", "新媒体", "全媒", "融媒", "资深", "特派", "主任", "驻站")}
ROLE = "|".join(sorted((re.escape(r) for r in ROLE_KIND), key=len, reverse=True))
# a role as printed, with the paper or agency and a posting before it: `本报驻京记者`, `新华社记者`
_ROLE_P = rf"(?:新华社|中新社|本报|本刊)?(?:驻[{CJK}]{{1,4}}(?=记者))?(?:{ROLE})"
_ROLE_RE = re.compile(_ROLE_P)
_NAME_RE = re.compile(rf"^{NAME}$")
# a role printed after a name: `张三/文 李四/图`
_SUFFIX = r"/(?:文图|图文|文|图|摄影|摄)"
_SUFFIXED = re.compile(rf"^(?P<name>{NAME}){_SUFFIX}$")
# a name in a byline: not a role, and not running on into the text (`记者张三报道`, `记者张三3月7日`)
_TIME_WORDS = "近日|日前|昨日|昨天|今天|今日|前天|前日|当天|当日|近期|目前"
_CREDIT_NAME = rf"(?!{_ROLE_P}|(?:{_TIME_WORDS})(?![{CJK}])){NAME}(?:{_SUFFIX})?(?=[^{CJK}]|$|报道|摄|{_TIME_WORDS})"
_LEAD = re.compile(
    r"^\s*(?:据)?(?:本报|本刊|新华社|中新社|人民网|央视网|中新网|央广网"
    r"|[\u4e00-\u9fff]{0,6}?(?:晚报|日报|商报|快报|都市报|时报|早报|晨报|青年报|法治报)(?=讯)|融媒体?(?=讯))"  # `晚报讯`, `某某商报讯`
    r"(?P<place>[^\s（(，,。:：]{0,16}?|(?:[^\s（(，,。:：、]{1,8}、){1,12}[^\s（(，,。:：、]{1,16}?)(?:讯|电)"  # `北京、东京…1月16日电`
)
_PAREN = re.compile(r"^\s*[（(](?P<inside>[^（()）]{1,60})[）)]")
_BROKEN_TAIL = re.compile(rf"^\s*(?P<inside>(?:{_ROLE_P})\s*{NAME}(?:[、\s]+{NAME})*)\s*[）)]")
# credits printed bare: `记者 张三 通讯员 李四`, `本报记者 张三 文/图`, `张三/文 李四/图`, `记者张三报道：`
_BARE = re.compile(
    rf"^\s*(?P<inside>(?:(?:(?:{_ROLE_P}[\s\u3000]*)+{_CREDIT_NAME}(?:[、\s\u3000]+{_CREDIT_NAME})*|{NAME}{_SUFFIX})[\s\u3000]*)+"
    rf"(?:文/图|图/文)?)(?:\s*报道[：:]?)?"
)
_MARK = re.compile(r"^[■□◎●▲◆★○◇]\s*")
# a drawing credited under a cartoon or an illustrated verse: `某某图 某某文`, `某 某图  某 某文`
_SPACED_NAME = rf"(?:[{CJK}][\s\u3000]{{0,2}}){{1,3}}[{CJK}]"
_DRAWN_AND_WRITTEN = re.compile(
    rf"^(?P<a>{_SPACED_NAME})(?P<ra>[图文])[\s\u3000]+(?P<b>{_SPACED_NAME})(?P<rb>[图文])$"
)
# words that stand where a name could in a bare byline (`本报讯 记者 张三 近日,…`)
NOT_NAMES = frozenset(
    ("近日 日前 昨日 昨天 今天 今日 近期 目前 连日来 当天 当日 上午 下午 晚上 日电 报道 获悉 通讯 讯 本报 摄"
     " 综合 手记 观察 札记 随笔 调查 连线 来信 述评 感言 日记 笔记 视点 探访 点评 执笔").split()
)
# a token shaped like a name that is part of a lead or a role (`本报讯`, `新华社`, `见习记者`)
_NOT_NAME_PART = re.compile(r"^(?:本报|本刊|新华社|中新社|摄影)|记者|通讯员|讯$")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_COLUMNIST = re.compile(rf"^\s*[□■◎○◇]\s*(?P<name>(?:[{CJK}][\s\u3000]?){{1,5}})\s*$")
# `… 摄`, `…摄影报道`, `…摄（影像中国）`: the source in brackets after a credit is the agency
_CREDIT_TAIL = re.compile(r"(?P<sep>[\s\u3000/]*)摄(?:影报道|影)?\s*(?:[（(][^（）()\s]{2,10}[）)])?\s*[）)]?\s*$")
# a credit with its role before the name at the end of a caption: `图/本报记者 张三`, `（摄影：张三 李四）`
_CREDIT_BEFORE = re.compile(
    rf"(?:^|(?<=[。！？!?\s\u3000]))[（(]?(?:(?:图|摄影|图片)\s*[/／:：]|摄影[\s\u3000]+)\s*"  # `（摄影 某某）` too
    rf"(?P<who>(?:{_ROLE_P})?[\s\u3000]*{NAME}(?:[、\s\u3000]+{NAME})*)\s*[）)]?\s*$"
)
_CLOSING_CREDIT = re.compile(
    r"[（(](?:据?(?:本报|新华社|中新社)(?:[^（）()]{0,16}|(?:[^（）()、]{1,8}、){1,12}[^（）()、]{1,16})电(?!话)\s*)?(?P<inside>[^（）()]{2,60}?)\s*"
    r"(?:(?:书面|电话|视频|网络|连线)?(?:采访整理|采访)|整理|采写|报道|供稿)?[）)]"  # `…书面采访整理`: how it was done
)
MAX_WRITERS = 6  # names in a bracket of writers with no role: more is a list of something else
# the author's post, not a credit: `（作者为本报驻京记者）`, `（作者系某某大学教授）`
_AUTHOR_IS = re.compile(r"^作者(?:为|系|是)")
# a photo's source with no photographer named: `新华社发`, `图片来源：人民视觉`, `张三供图`
_SOURCE_ONLY = re.compile(
    rf"^[（(]?(?:(?:新华社|中新社|人民图片|视觉中国)发|新华社|图片来源[:：]\s*\S{{2,12}}|[{CJK}A-Za-z·\s]{{2,12}}供图"
    rf"|(?:图片|照片)由[{CJK}A-Za-z·\s]{{2,20}}提供"
    r"|资料图片|人民视觉|视觉中国|影像中国)[）)]?$"
)
_SOURCE_TAIL = re.compile(r"[。！？!?]\s*(?P<source>资料图片|新华社发|视觉中国|人民视觉|影像中国|(?:图片|照片)由\S{2,20}提供)\s*$")
# two-character names padded to the width of three: `张 文`, `方  敏  雷  宁`
_SPACED = re.compile(rf"(?<![{CJK}])([{CJK}])[ \u3000]+([{CJK}])(?![{CJK}])")


@dataclass(frozen=True)
class Credit:
    name: str
    role: str  # as written: 记者, 本报记者, 通讯员, 摄 ...
    kind: str  # reporter | correspondent | photographer | columnist


@dataclass(frozen=True)
class Dateline:
    length: int  # characters of the paragraph the dateline and credit take
    credits: tuple[Credit, ...]
    month_day: tuple[int, int] | None


def parse_credits(inside: str, *, photo: bool = False) -> tuple[Credit, ...]:
    """`记者王大伟、李小红 通讯员赵立新` -> credits; tokens that are not names are ignored."""
    credits: list[Credit] = []
    role = "记者"
    pos = 0
    inside = _tidy(inside)
    for m in [*_ROLE_RE.finditer(inside), None]:
        end = m.start() if m else len(inside)
        for token in re.split(r"[、，,\s\u3000]+", inside[pos:end]):
            if len(token) == 4 and token[-1] in "文图" and "/" not in token and surname_length(token) == 1:
                token = f"{token[:3]}/{token[-1]}"  # `罗某某文 陈某某摄`: 文 glued to a three-character name
            suffixed = _SUFFIXED.match(token)
            if suffixed and is_credit_name(suffixed.group("name")):  # `张三/文`, `李四/图`
                role_after = token[len(suffixed.group("name")) + 1 :]
                kind = "reporter" if role_after == "文" else "photographer"
                credits.append(Credit(suffixed.group("name"), role_after, kind))
            elif is_credit_name(token):
                kind = "photographer" if photo else ROLE_KIND.get(_bare_role(role), "reporter")
                credits.append(Credit(token, role, kind))
        if m:
            role, pos = m.group(0), m.end()
    return tuple(credits)


def _tidy(credits: str) -> str:
    """`文 / 王 磊` -> `文/王磊`: slashes closed up, two-character names padded with a space rejoined."""
    return _SPACED.sub(r"\1\2", re.sub(r"\s*[/／]\s*", "/", credits))


def is_credit_name(token: str) -> bool:
    return bool(_NAME_RE.match(token)) and token not in NOT_NAMES and not _NOT_NAME_PART.search(token)


def _only_names(text: str) -> bool:
    tokens = [t for t in re.split(r"[、，,\s\u3000]+", text) if t]
    return bool(tokens) and all(is_credit_name(t) for t in tokens)


def _bare_role(role: str) -> str:
    return role if role in ROLE_KIND else re.sub(r"^(新华社|中新社|本刊)", "", role)


def parse_dateline(paragraph: str) -> Dateline | None:
    """`本报讯(记者王大伟、李小红)3月7日下午,…`, `本报杭州7月4日电（记者李中文、刘军国）…`,
    `新华社北京1月31日电（记者 张三）…`, `(记者周小川)…`."""
    lead = _LEAD.match(paragraph)
    pos = lead.end() if lead else 0
    month_day = None
    if lead:
        md = _MONTH_DAY.search(lead.group("place"))
        month_day = (int(md.group(1)), int(md.group(2))) if md else None
    credits: tuple[Credit, ...] = ()
    paren = _PAREN.match(paragraph[pos:])
    if paren and (_ROLE_RE.search(paren.group("inside")) or (lead and _only_names(paren.group("inside")))):
        credits = parse_credits(paren.group("inside"))
        pos += paren.end()
        broken = _BROKEN_TAIL.match(paragraph[pos:])
        if broken:
            credits += parse_credits(broken.group("inside"))
            pos += broken.end()
    elif lead:
        bare = _BARE.match(paragraph[pos:])
        if bare:
            credits = parse_credits(bare.group("inside"))
            pos += bare.end()
    if not lead and not credits:
        return None
    return Dateline(pos, credits, month_day)


def parse_byline_line(line: str) -> tuple[Credit, ...] | None:
    """A line that is only a byline: `本报记者 王大伟`, `记者 张三 李四`, `文/图 王五`."""
    s = _tidy(_MARK.sub("", line.strip()))
    if len(s) > 40 or not s or _CREDIT_TAIL.search(s):
        return None  # `新华社记者 张三摄` credits a photo
    m = _BARE.match(s)
    if not m or m.end() != len(s):
        return _drawn_and_written(line.strip())
    return parse_credits(m.group("inside")) or None


def _drawn_and_written(line: str) -> tuple[Credit, ...] | None:
    m = _DRAWN_AND_WRITTEN.match(line)
    if not m or m.group("ra") == m.group("rb"):
        return None
    credits = []
    for who, role in (("a", "ra"), ("b", "rb")):
        name = re.sub(r"\s", "", m.group(who))
        if not is_credit_name(name) or not surname_length(name):
            return None
        credits.append(Credit(name, m.group(role), "photographer" if m.group(role) == "图" else "reporter"))
    return tuple(credits)


def parse_photo_credit(paragraph: str) -> tuple[int, tuple[Credit, ...]] | None:
    """A photo credit at the end of a paragraph (`… 本报记者 陈小东 摄`): where the credit
    starts and who is credited; None when the paragraph does not end in one."""
    m = _CREDIT_TAIL.search(paragraph)
    if not m:
        before = _CREDIT_BEFORE.search(paragraph)
        credits = parse_credits(before.group("who"), photo=True) if before else ()
        return (before.start(), credits) if before and credits else None
    head = paragraph[: m.start()]
    cut = max(head.rfind(c) for c in "。！？!?；;，,：:（(")  # `新华社发（张三摄）`: the credit is in the brackets
    tail = head[cut + 1 :]
    stripped = _SPACED.sub(r"\1\2", tail.strip().lstrip("（("))
    if not stripped or len(stripped) > 30:
        return None
    spaced = bool(m.group("sep")) or bool(re.search(r"\s", tail.strip()))
    # the whole line, or the whole bracket, is the credit: `邓和平摄（影像中国）`, `新华社发（张三摄）`
    in_brackets = cut >= 0 and head[cut] in "（(" and surname_length(stripped) > 0
    alone = (cut < 0 or in_brackets) and len(stripped) <= 12
    if not (spaced or alone or _ROLE_RE.search(stripped)):
        return None
    role_free = _ROLE_RE.sub(" ", stripped)
    names = [t for t in re.split(r"[、\s\u3000/]+", role_free) if t]
    if not names or not all(is_credit_name(t) for t in names):
        return None
    credits = parse_credits(stripped, photo=True)
    start = cut + 1 + (len(tail) - len(tail.lstrip()))
    return (start, credits) if credits else None


def parse_closing_credit(line: str) -> tuple[Credit, ...]:
    """The credit some papers print at the end of an article: `（记者 张三 通讯员 李四）`,
    `（本报记者 张三 整理）`, `（据新华社北京5月4日电 记者张三、李四）`; () for any other line."""
    m = _CLOSING_CREDIT.fullmatch(line.strip())
    inside = m.group("inside") if m else ""
    if _AUTHOR_IS.match(inside):  # who did the interview may follow: `…，本报记者 某某采访整理`
        inside = re.split(r"[，,；;]", inside, maxsplit=1)[1] if re.search(r"[，,；;]", inside) else ""
    if not _ROLE_RE.search(inside):
        return _writers(inside)
    return parse_credits(inside)


def _writers(inside: str) -> tuple[Credit, ...]:
    """`（综合张三、李四报道）`, `（张三）`, `（林 晓）`: a brief's or a roundup's writers, no role printed."""
    roundup = inside.startswith("综合")
    names = [t for t in re.split(r"[、，,]", _tidy(inside.removeprefix("综合"))) if t]
    if not names or len(names) > MAX_WRITERS or not all(is_credit_name(n) and surname_length(n) for n in names):
        return ()
    return tuple(Credit(n, "综合" if roundup else "", "reporter") for n in names)


def is_source_line(line: str) -> bool:
    """A line that credits a photo to an agency or a source, naming no photographer."""
    return bool(_SOURCE_ONLY.match(line.strip()))


def source_tail(paragraph: str) -> int:
    """Where a source closing a caption starts (`…查看生产情况。资料图片`), or -1."""
    m = _SOURCE_TAIL.search(paragraph)
    return m.start("source") if m else -1


def parse_columnist(line: str) -> str | None:
    """`□林木`, `□秋 实`: a column's author, spaces inside the pen name removed."""
    m = _COLUMNIST.match(line)
    name = re.sub(r"\s", "", m.group("name")) if m else ""
    return name if name and not _ROLE_RE.match(name) else None  # `□记者 张三` is a byline


def first_month_day(text: str) -> tuple[int, int] | None:
    """The first `M月D日` in text (`12月21日上午、22日上午` -> 12-21), or None."""
    m = _MONTH_DAY.search(text)
    if not m:
        return None
    month, day = int(m.group(1)), int(m.group(2))
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
