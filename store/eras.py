"""The earliest year a page can be of, from the numbered occasions it names: an anniversary
(`庆祝新中国成立70周年`), a session of the national congress (`十三届全国人大三次会议`), a plenary
session of the Party's central committee (`十九届四中全会`). A page may name an occasion that is
past, never one still to come without a future word, so each gives a floor, not the year. Pure."""

from __future__ import annotations

import re

from store.numerals import number

# what China dates its anniversaries from
FOUNDED = {
    "新中国": 1949,
    "中华人民共和国": 1949,
    "人民政协": 1949,
    "中国共产党": 1921,
    "建党": 1921,
    "人民军队": 1927,
    "人民解放军": 1927,
    "建军": 1927,
    "改革开放": 1978,
    "五四运动": 1919,
    "抗日战争胜利": 1945,
    "抗战胜利": 1945,
    "世界反法西斯战争胜利": 1945,
    "香港回归": 1997,
    "澳门回归": 1999,
}
_NUMBER = r"(\d{1,3}|[零〇一二三四五六七八九十百两]{1,5})"
_ANNIVERSARY = re.compile(rf"({'|'.join(FOUNDED)})[^，。；！？\n]{{0,6}}?{_NUMBER}周年")
_FUTURE = re.compile(r"(?:将|即将|迎接|迎来|筹备|明年)[^，。；！？\n]{0,12}$")
# the national people's congress and the political consultative conference: `十三届全国人大二次会议`,
# `全国政协十三届三次会议`; the 6th sat from 1983, the 8th from 1993, each for five years
_SESSION = re.compile(
    r"([一二三四五六七八九十]{1,3})届全国(?:人大|政协)([一二三四五])次会议"
    r"|全国(?:人大|政协)([一二三四五六七八九十]{1,3})届([一二三四五])次会议"
)
# the central committee's plenary sessions: `党的十九届四中全会`; the 12th congress met in 1982, one every
# five years; the second and third plenums meet the year after the congress, the others one a year
_PLENUM = re.compile(r"([一二三四五六七八九十]{1,3})届([一二三四五六七八九])中全会")


def year_floor(text: str) -> int | None:
    """The latest year among the occasions the page names as held or reached (see the module)."""
    years = []
    for m in _ANNIVERSARY.finditer(text):
        if not _FUTURE.search(text, max(0, m.start() - 12), m.start()):
            years.append(FOUNDED[m.group(1)] + number(m.group(2)))
    for m in _SESSION.finditer(text):
        term, session = (number(m.group(1)), number(m.group(2))) if m.group(1) else (number(m.group(3)), number(m.group(4)))
        if term >= 8:
            years.append(1993 + 5 * (term - 8) + session - 1)
        elif term >= 6:
            years.append(1983 + 5 * (term - 6) + session - 1)
    for m in _PLENUM.finditer(text):
        term, plenum = number(m.group(1)), number(m.group(2))
        if term >= 12:
            congress = 1982 + 5 * (term - 12)
            years.append(congress + (0 if plenum == 1 else 1 if plenum <= 3 else plenum - 2))
    return max(years, default=None)
