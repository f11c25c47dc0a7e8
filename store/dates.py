"""Dates on a page: the page's own date (file name, manifest, or inferred from the text) and
event dates such as `3月7日下午` resolved against it. Pure functions."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import PurePath

from store.bylines import first_month_day
from store.eras import year_floor
from store.numerals import digits, number

_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.年]?(0[1-9]|1[0-2])[-_.月]?(0[1-9]|[12]\d|3[01])(?!\d)")
LATEST_YEAR_VOTE = 2.5  # the latest year the page reports (see `_infer_year`)
OUTLIER_DAYS = 10  # see `_latest`
NEIGHBOUR_VOTE = 2.0  # the year of the page filed before it: breaks a tie, never outvotes the text
_CN_YEAR = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})年")
_NUMBERED = re.compile(r"^(?:第[一二三四五六七八九十\d]+(?:次|期|批|届|季度|轮|号)|[一二三四]季度|上半年|下半年)")
_PLAN = re.compile(r"^(?:工作)?(?:谋划|计划|规划|预算|目标|重点工作|工作要点|工作思路|项目谋划|地方政府专项债)")
_SUMMARY = re.compile(r"^(?:工作)?总结")
_FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
_YEAR_MD = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_YMD = r"((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日"  # OCR spaces it: `2024 年 3 月 11 日`
_WEEKDAY = r"(?:星期|周)([一二三四五六日天])"
# the date a page prints at its top: `2024年3月11日 星期一`
_MASTHEAD = re.compile(rf"(?m)^\s*{_YMD}\s*{_WEEKDAY}")
# the page's date on a line of its own at the top or foot of the page: `2024年3月11日`,
# `星期一 2024年3月11日 农历二月初二`, `2024-03-11 第12345期`
DATE_LINE = re.compile(
    r"^(?:第[\d一二三四五六七八九十]+版\s*)?(?:(?:星期|周)[一二三四五六日天]\s*)?"
    r"((?:19|20)\d{2})\s?(?:年|[-./])\s?(\d{1,2})\s?(?:月|[-./])\s?(\d{1,2})\s?日?"
    r"\s*(?:(?:星期|周)[一二三四五六日天])?\s*(?:农历\S{2,8})?\s*(?:总?第\d+期)?\s*(?:第[\d一二三四五六七八九十]+版)?\s*$"
)
# the page's header or footer with the date among other things: `A03 城事 2024年5月20日 星期一 责编 某某`
DATED_HEADER = re.compile(rf"{_YMD}\s*[（(]?{_WEEKDAY}")
# a footer of the page's editors with its date: `本版责编：某某 2024年3月11日`
_EDITORS = re.compile(r"(?:^|\s)(?:本版)?(?:责编|责任编辑|编辑|美编|校对|版式|组版|值班主任)\s*[:：\s]")
MAX_FOOTER = 40  # characters of an editors' footer: a longer line with a sentence in it is text
_EDGE_DATE = re.compile(_YMD)
# a masthead that prints no year: `3月11日 星期一 农历甲辰年二月初二`
_WEEKDAY_MD = re.compile(
    rf"^(?:总?第\d+期\s*)?(\d{{1,2}})\s?月\s?(\d{{1,2}})\s?日\s*[（(]?{_WEEKDAY}[)）]?\s*(?:农历\S{{2,10}})?\s*(?:总?第\d+期)?$"
)
_CN_DATE = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_GANZHI = re.compile(r"([甲乙丙丁戊己庚辛壬癸])([子丑寅卯辰巳午未申酉戌亥])年")
EDGE_LINES = 3  # how many lines at the top and at the foot of a page may print its date


def is_date_line(line: str) -> bool:
    """A line at a page's top or foot that prints the page's date (see DATE_LINE, DATED_HEADER)."""
    return _edge_date(line.strip()) is not None or bool(_WEEKDAY_MD.match(line.strip()))


def _edge_date(line: str) -> tuple[int, int, int] | None:
    line = _CN_DATE.sub(_arabic_date, line)
    m = DATE_LINE.match(line) or DATED_HEADER.search(line)
    if m is None and len(line) <= MAX_FOOTER and _EDITORS.search(line) and not re.search(r"[，,。]", line):
        m = _EDGE_DATE.search(line)
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def _arabic_date(m: re.Match[str]) -> str:
    """`二〇二四年三月十一日` -> `2024年3月11日`."""
    return f"{digits(m[1])}年{number(m[2])}月{number(m[3])}日"


def _edges(text: str) -> list[str]:
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


# an event that is over: `刚刚获得2019年女排世界杯冠军`, `2019年世界杯上夺得金牌`
_WON = re.compile(r"(?:获得|夺得|摘得|赢得|刚刚).{0,4}(?:19|20)\d{2}年|(?:19|20)\d{2}年.{0,14}(?:冠军|金牌|银牌|铜牌|夺冠|闭幕|落幕)")
_RANGE_END = re.compile(r"(?:(?:19|20)\d{2}年?|\d{2})\s*[—\-－~～至到]$")
# a year that is a target, a plan's horizon, the end of a range or the name of an agenda or event
_FUTURE_BEFORE = re.compile(r"(?:(?<!截)到|将于|将在|预计|力争|争取|计划|确保|将|[—\-－~～《])$")
_FUTURE_AFTER = re.compile(
    r"^(?:前|以前|之前|年底前|底前|末|议程|愿景|远景|规划|目标|有望|预计|[—\-－至到~～]"
    r"|[^，。、；\n]{0,6}?(?:冬奥会|奥运会|青奥会|世界杯|亚运会|世博会|全运会|冬运会|博览会))"
)


def date_from_name(name: str) -> date | None:
    """`2024-03-11.txt`, `20240311-05.txt`, `2024_03_11_A3.txt` -> the date; else None."""
    for m in _FILE_DATE.finditer(PurePath(name).name):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    return None


def resolve(month: int, day: int, page_date: date) -> date | None:
    """The date nearest the page date with that month and day: a December event on a January
    page belongs to the year before."""
    best: date | None = None
    for year in (page_date.year - 1, page_date.year, page_date.year + 1):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        if abs((cand - page_date).days) > 366:  # 2月29日 on a page of a common year: no such day near it
            continue
        # events are reported after they happen: a date up to a week ahead is an announcement
        distance = abs((cand - page_date).days) + (30 if cand > page_date + timedelta(days=7) else 0)
        if best is None or distance < _distance(best, page_date):
            best = cand
    return best


def _distance(d: date, page_date: date) -> int:
    return abs((d - page_date).days) + (30 if d > page_date + timedelta(days=7) else 0)


def infer_page_date(
    text: str, event_days: list[tuple[int, int]], today: date | None = None, near: date | None = None
) -> date | None:
    """A page with no date: the date its masthead prints (`2024年3月11日 星期一`); else its month
    from the events it reports (or, failing those, any `M月D日` it prints) and its year from
    the years it mentions, weighed by what they say (see `_infer_year`), with `near` (the date
    of the page filed before it) breaking ties and giving the year when the page names none.
    The day is the one after the latest event's: a daily prints yesterday's news. A page that
    prints no day at all takes `near` itself (one issue's pages), else its latest full date.
    None when the page gives too little."""
    today = today or date.today()
    if printed := _printed_date(text, today):
        return printed
    days = event_days or _all_month_days(text)
    if not days:  # no day printed: the page filed before it (an issue's pages share a date)
        full = [_safe_date(*map(int, m.groups())) for m in _FULL_DATE.finditer(text)]
        return near or max((d for d in full if d and d <= today), default=None)
    month, day = _latest(days)
    neighbour = resolve(month, min(day, 28), near) if near else None
    year = _infer_year(text, month, day, today, neighbour.year if neighbour else None)
    if year is None:
        return None
    latest = _safe_date(year, month, day) or _safe_date(year, month, 28)
    return latest + timedelta(days=1) if latest else None


@dataclass(frozen=True)
class PageClue:
    """What a page says of its own date, for dating a folder of pages together: the date it
    prints, else the latest month-day it reports (see `_latest`) and the years it may be of."""

    printed: date | None
    month_day: tuple[int, int] | None
    votes: dict[int, float]

    @classmethod
    def on(cls, day: date) -> PageClue:
        """A page whose date is known."""
        return cls(day, (day.month, day.day), {day.year: 1.0})


def page_clue(text: str, event_days: list[tuple[int, int]], today: date | None = None) -> PageClue:
    today = today or date.today()
    if printed := _printed_date(text, today):
        return PageClue.on(printed)
    days = event_days or _all_month_days(text)
    if not days:
        return PageClue(None, None, {})
    month, day = _latest(days)
    votes = {y: v for y, v in year_votes(text, month, day, today).items() if y <= today.year}
    return PageClue(None, (month, day), votes)


def _printed_date(text: str, today: date) -> date | None:
    """The date the page prints: its masthead (`2024年3月11日 星期一`), a date line or its editors'
    footer at its edge, or a masthead without the year (`3月11日 星期一`, see `_weekday_year`)."""
    if (m := _MASTHEAD.search(text)) and _printable(d := _safe_date(int(m[1]), int(m[2]), int(m[3])), today):
        return d
    edges = _edges(text)
    for line in edges:
        if (found := _edge_date(line)) and _printable(d := _safe_date(*found), today):
            return d
    for line in edges:
        if m := _WEEKDAY_MD.match(line):
            month, day = int(m[1]), int(m[2])
            year = _weekday_year(month, day, "一二三四五六日".index(m[3].replace("天", "日")), line, text, today)
            if year is not None:
                return date(year, month, day)
    return None


def _printable(d: date | None, today: date) -> bool:
    """A date a page can have been printed on: not before 1950, not after tomorrow (an OCR misread
    such as `2032年` for `2023年` is no page date)."""
    return d is not None and date(1950, 1, 1) <= d <= today + timedelta(days=1)


def _weekday_year(month: int, day: int, weekday: int, line: str, text: str, today: date) -> int | None:
    """The year in which that month-day falls on that weekday: of those since 1950, the one the
    line's sexagenary year names (`甲辰年`), else the one nearest the year the text points to, else
    the latest."""
    years = [y for y in range(today.year, 1949, -1) if (d := _safe_date(y, month, day)) and d.weekday() == weekday and d <= today]
    if gz := _GANZHI.search(line):
        stem, branch = "甲乙丙丁戊己庚辛壬癸".index(gz[1]), "子丑寅卯辰巳午未申酉戌亥".index(gz[2])
        years = [y for y in years if (y - 1984) % 10 == stem and (y - 1984) % 12 == branch]
    votes = year_votes(text, month, day, today)
    if votes and years:
        pointed = max(votes, key=lambda y: (votes[y], y))
        return min(years, key=lambda y: (abs(y - pointed), -y))
    return years[0] if years else None


def _all_month_days(text: str) -> list[tuple[int, int]]:
    return [(m, d) for m, d in ((int(a), int(b)) for a, b in _MONTH_DAY.findall(text)) if 1 <= m <= 12 and 1 <= d <= 31]


def _latest(days: list[tuple[int, int]]) -> tuple[int, int]:
    """The latest month-day on a page, reading December before January when both appear; a day
    more than OUTLIER_DAYS after every other one is an announcement (`4月1日起施行` on a February
    page), not the news of the issue, and is passed over."""
    months = {m for m, _ in days}
    wraps = 12 in months and 1 in months
    order = sorted(days, key=lambda md: (md[0] + 12 if wraps and md[0] <= 6 else md[0]) * 31 + md[1])
    ordinal = [(m + 12 if wraps and m <= 6 else m) * 31 + d for m, d in order]
    while len(order) > 2 and ordinal[-1] - ordinal[-2] > OUTLIER_DAYS:
        order.pop()
        ordinal.pop()
    return order[-1]


def _infer_year(text: str, month: int, day: int, today: date, neighbour: int | None = None) -> int | None:
    """Years a page names, by kind: `2024年第3次…` is this year; `2022年度…` early in a year is
    last year's review; a plan (`2021年工作谋划`) late in a year is next year's. A plain year is
    reported news: the page's year is the latest of them, or the one after if that year's dates
    it names come after the page's month. Targets and agendas (`到2035年`, `2030年议程`,
    `2022年冬奥会`) say nothing about when the page was printed."""
    votes = year_votes(text, month, day, today)
    if neighbour is not None:
        votes[neighbour] += NEIGHBOUR_VOTE
    allowed = {y: v for y, v in votes.items() if y <= today.year}
    if not allowed:
        return None
    return max(allowed, key=lambda y: (allowed[y], y))


def year_votes(text: str, month: int, day: int, today: date) -> dict[int, float]:
    """The years a page of this month and day may be of, each with its weight (see `_infer_year`).
    No year before the occasions the page names (`新中国成立70周年`, see `store.eras`)."""
    votes: dict[int, float] = defaultdict(float)
    plain: list[tuple[int, int, int, tuple[int, int]]] = []
    for year, start, end, month_day in _year_mentions(text):
        if not 1950 <= year <= today.year:
            continue
        after, before = text[end : end + 8], text[max(0, start - 3) : start]
        if _RANGE_END.search(text[max(0, start - 8) : start]):
            continue  # `2018—2020年度`: the end of a range says nothing of when the page was printed
        if _NUMBERED.match(after):
            votes[year] += 3
        elif after.startswith("度"):
            if month <= 4:
                votes[year + 1] += 2
            else:
                votes[year] += 1
                votes[year + 1] += 0.5
        elif _PLAN.match(after):
            votes[year - 1 if month >= 9 else year] += 2
        elif _SUMMARY.match(after):
            votes[year if month >= 10 else year + 1] += 2
        elif not (_FUTURE_BEFORE.search(before) or _FUTURE_AFTER.match(after)) or _WON.search(text, max(0, start - 6), end + 16):
            plain.append((year, start, end, month_day))
    if plain:
        latest = max(y for y, _, _, _ in plain)
        over = _year_over(text, [m for m in plain if m[0] == latest], month, day)
        votes[latest + 1 if over else latest] += LATEST_YEAR_VOTE
    floor = year_floor(text)
    if floor is not None and floor <= today.year:
        votes = defaultdict(float, {y: v for y, v in votes.items() if y >= floor})
        votes[floor] += 0 if votes else LATEST_YEAR_VOTE
    return votes


NEAR_DAYS = 45  # a date of the page's year this many days before its latest news: the page's own year
# a date something takes effect from, announced ahead: `自2024年5月1日起施行`
_TAKES_EFFECT = re.compile(r"^\d{1,2}月(?:\d{1,2}日)?(?:零时|0时)?起(?:施行|实施|执行|生效|正式|开始|全面|启用|启动)")
# what follows a year whose figures are in: `2023年，`, `2023年全年`, `2023年底`, `2023年以来`, `2023年全市…`
_YEAR_DONE = re.compile(r"^(?:[，,]|全年|年底|底|年末|末|以来|累计|共|全国|我国|全省|全市|全区|全县)")
_WILL = re.compile(r"将|计划|目标|力争|争取|预计|要")  # the year's own plans: `2024年，全区将…`
_SO_FAR = re.compile(r"\d{1,2}月(?:\d{1,2}日|底|末|份)?")  # progress within it: `2022年，…截至5月20日`


def _year_over(text: str, mentions: list[tuple[int, int, int, tuple[int, int]]], month: int, day: int) -> bool:
    """Whether the latest year a page reports is over by the page's date: its dates fall well after the
    page's month-day, or it is written of as done (`2023年，全市…`, `截至2023年底`) more often than as
    the page's own year (a date shortly before the page's, a plan, progress `截至5月20日`)."""
    done = current = 0.0
    for _, _, end, (m, d) in mentions:
        after = text[end : end + 8]
        sentence = re.split(r"[。；！？\n]", text[end : end + 30])[0]
        if m:
            if _TAKES_EFFECT.match(after):
                continue
            ahead = (month - m) * 31 + (day - d)  # days from that date to the page's news, roughly
            if ahead < -NEAR_DAYS:
                done += 3  # a date well after the page's in that year: the year is over
            else:
                current += 3 if ahead <= NEAR_DAYS else 1  # near the page's date, or earlier in its year
        elif _WILL.search(sentence) or _SO_FAR.search(sentence):
            current += 1
        elif _YEAR_DONE.match(after):
            done += 1
        else:
            current += 1
    return done > current


def _year_mentions(text: str) -> list[tuple[int, int, int, tuple[int, int]]]:
    """(year, start, end of `…年`, (month, day) printed with it, or (0, 0)) for every year named."""
    found = []
    for m in _YEAR_MD.finditer(text):
        month_day = (int(m.group(2)), int(m.group(3) or 1)) if m.group(2) else (0, 0)
        found.append((int(m.group(1)), m.start(), m.start() + 5, month_day))
    for m in _CN_YEAR.finditer(text):
        found.append((digits(m.group(1)), m.start(), m.end(), (0, 0)))
    return found


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# a lead right after the dateline that dates the event by the paper's day: `本报讯（记者某某）昨日上午，…`
_RELATIVE_LEAD = re.compile(r"^[\s，,:：]*(?:记者)?(昨天|昨日|前天|前日|今天|今日)")
RELATIVE_DAYS = {"昨天": -1, "昨日": -1, "前天": -2, "前日": -2, "今天": 0, "今日": 0}


def relative_event_day(lead: str, page_date: date) -> date | None:
    """The event's date when the lead after a dateline says `昨日`, `前天` or `今天`: counted
    from the page's date, as city and evening papers write it."""
    m = _RELATIVE_LEAD.match(lead)
    return page_date + timedelta(days=RELATIVE_DAYS[m.group(1)]) if m else None


def event_month_day(first_paragraph: str, dateline_md: tuple[int, int] | None) -> tuple[int, int] | None:
    """The event's month and day: the dateline's (`本报北京1月31日电`) or the first `M月D日` near
    the start of the first paragraph; `近日`, `日前` give none."""
    if dateline_md:
        return dateline_md
    return first_month_day(first_paragraph[:150])
