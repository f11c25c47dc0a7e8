"""People named in lists with no title before each name: players by team (`甲队某某，乙队某某、某某某`),
people by where they work (`某某县公安局某某、某某市公安局某某等5人`), wives after their husbands
(`某某某(某某某夫人)、…`), two who each did something (`某某和某某分别夺得…`), long lists of names
alone, the cast of a programme (`表演：某某、某某`), the people of an appointment list (`任命某某、某某(女)为…`).
Pure functions."""

from __future__ import annotations

import re

from store.name_shapes import CLAUSE, EDGE_ENDING, no_other_word, plausible
from store.text import CJK
from store.untitled import credited
from store.words import PERSON_TAGS, known, tagged

# a clause of a roster: a team, then its players, and nothing else (`…银行队某某、某某某`)
_ROSTER_CLAUSE = re.compile(rf"队(?!伍)((?:[{CJK}]{{2,3}}、)*[{CJK}]{{2,3}})$")

MIN_ROSTER = 3  # clauses of a paragraph that must name a team's players for it to be read as a roster


def rosters(text: str) -> list[str]:
    """Players listed by team (`其他球员为：甲队某某，乙队某某、某某某，丙队某某某。`): in a paragraph of
    MIN_ROSTER clauses or more that each end in a team and its players, the players, names that are no
    dictionary word but a name."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        if paragraph.count("队") < MIN_ROSTER:
            continue
        lists = [m[1].split("、") for c in CLAUSE.split(paragraph) if (m := _ROSTER_CLAUSE.search(c))]
        names = [n for names in lists for n in names]
        if len(lists) >= MIN_ROSTER and _all_names(names):
            out += [n for n in names if n not in out]
    return out


# an item of a list of people by where they work: the body (`…公安局`, `…医院`), then the name
_WORKPLACE_ITEM = re.compile(rf"(?:局|处|院|所|队|校|厂|中心|公司|站|社|馆|集团|银行)([{CJK}]{{2,3}})$")

# the end of such a list: `…等5人`, `…等同志`
_LIST_END = re.compile(r"等(?:[\d一二两三四五六七八九十]+(?:人|位|名)|人|同志)")

MIN_WORKPLACES = 3  # items of such a list


def by_workplace(text: str) -> list[str]:
    """People listed by where they work (`某县公安局某某、某市公安局某某、某分局某某某等5人`): a list of
    MIN_WORKPLACES items or more, each a body and a name, closed by `等N人`; names that are no
    dictionary word but a name."""
    out: list[str] = []
    for clause in CLAUSE.split(text) if "等" in text else ():
        end = _LIST_END.search(clause)
        if not end:
            continue
        items = clause[: end.start()].split("、")
        names = [m[1] for item in items if (m := _WORKPLACE_ITEM.search(item))]
        if len(items) >= MIN_WORKPLACES and len(names) == len(items) and _all_names(names):
            out += [n for n in names if n not in out]
    return out


# `某某某(某某某夫人)`: a wife, then her husband, as lists of guests print them
_SPOUSE_WORDS = ("夫人", "先生", "丈夫", "妻子", "遗孀")

_SPOUSE = re.compile(rf"([{CJK}]{{2,4}})[（(]([{CJK}]{{2,4}}?)(?:的)?(?:{'|'.join(_SPOUSE_WORDS)})[）)]")


def spouses(text: str) -> list[str]:
    """Both names of `某某某(某某某夫人)`, each a plausible name (a compound surname too: `欧阳某某`)."""
    out: list[str] = []
    for m in _SPOUSE.finditer(text) if any(w in text for w in _SPOUSE_WORDS) else ():
        wife, husband = m[1], m[2]
        if not (plausible(wife) and plausible(husband)):
            continue
        out += [n for n in (wife, husband) if n not in out and no_other_word(n)]
    return out


# four names or more in a row, whatever stands around them: `…凡人　唐某某、田某某、殷某某、肖某……`
_WRITING = ("参与采写", "采写", "报道", "整理", "供稿", "摄")  # what writers and photographers did

_LONG_LIST = re.compile(rf"(?:[{CJK}]{{2,3}}、){{3,}}[{CJK}]{{2,3}}")


def long_lists(text: str) -> list[str]:
    """Four names or more listed with `、`, with no title and nothing that says they are people: half
    the items at least words the segmenter reads as names, none a dictionary word but a name (lists
    of places, things and doings are dictionary words); never writers credited in brackets."""
    out: list[str] = []
    for m in _LONG_LIST.finditer(text) if text.count("、") >= 3 else ():
        items = m[0].split("、")
        if items[-1].endswith("等"):
            items[-1] = items[-1][:-1]  # `…、某某等`
        if "·" in text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1] or len(items[-1]) < 2:
            continue  # a piece of a name with `·` at either end (`…、艾某某·依某某`)
        words = {w for w, tag in tagged(m[0], window=len(m[0])) if tag in PERSON_TAGS}
        after = tagged(text[m.end() - 3 : m.end() + 2]) if len(items[-1]) == 3 else []
        if len(after) > 1 and after[0][0] == items[-1][:2] and len(after[1][0]) > 1 and known(after[1][0]):
            items[-1] = items[-1][:2]  # `…、韩某同志`: the segmenter reads the last character into the next word
        if items[0] not in words and re.match(f"[{CJK}]", text[m.start() - 1 : m.start()]):
            continue  # `切阳什姐、…`: where the first name starts is not known
        if any(w in text[m.end() - 2 : m.end() + 4] for w in _WRITING) or credited(items[0], text):
            continue  # `（甲、乙、丙、丁参与采写）`, `（本报记者甲、乙、丙、丁）`: writers, read with the byline
        read = sum(n in words for n in items)
        if 2 * read >= len(items) and _all_names(items):
            out += [n for n in items if n not in out]
    return out


# `某某和某某分别夺得`: two who each did something, named with no title
_AND_EACH = re.compile(rf"和([{CJK}]{{2,3}})分别")


def each_of_two(text: str) -> list[str]:
    """The two names of `某某和某某分别…`: the words the segmenter reads as names on either side of 和,
    neither a dictionary word but a name."""
    out: list[str] = []
    for m in _AND_EACH.finditer(text) if "分别" in text else ():
        start = max(0, m.start() - 6)
        words = tagged(text[start : m.end()], window=m.end() - start)
        pairs = list(zip(words, words[1:], words[2:], strict=False))
        for (first, tag), (conj, _), (second, tag2) in pairs:
            if conj == "和" and second == m[1] and tag in PERSON_TAGS and tag2 in PERSON_TAGS:
                names = [first, second]
                if all(2 <= len(n) <= 3 for n in names) and _all_names(names):
                    out += [n for n in names if n not in out]
    return out


def _all_names(names: list[str]) -> bool:
    """Every one a plausible name that is no dictionary word but a name."""
    return all(plausible(n) and no_other_word(n) for n in names)


# the part a programme or a film credits (`表演：`, `主演：`, `钢琴演奏：`), where a line or a programme item starts
_ROLE = "表演|演唱|演奏|领舞|领唱|独唱|伴唱|朗诵|说唱|主演|领衔主演|出演|配音|导演|编剧|作词|作曲|编曲|编舞|指挥|主持|主持人"
_CAST_NAME = rf"(?:[{CJK}]{{1,8}}·[{CJK}]{{1,8}}(?:·[{CJK}]{{1,8}})?|[{CJK}]{{2,16}})"  # a person or a troupe
_NOTE_BODY = r"[（(][^（）()\n]{1,30}[）)]"  # a note in brackets after a name: `(中国香港)`, `(90岁)`, `(女)`
_NOTE = rf"(?:{_NOTE_BODY})?"
_CAST = re.compile(
    rf"(?:^|(?<=[\s　》）)]))(?:[{CJK}]{{0,3}}(?:{_ROLE}))[:：][ 　]*({_CAST_NAME}{_NOTE}(?:、{_CAST_NAME}{_NOTE})*)(?=[ 　]|$)",
    re.M,
)
_NOTE_RE = re.compile(_NOTE_BODY)
# what ends the name of a troupe, a band, a school: no person (`上海歌舞团`, `全体演员`)
_GROUP_END = ("团", "队", "校", "院", "所", "中心", "组", "社", "班", "会", "部", "馆", "乐队", "组合")


def cast(text: str) -> list[str]:
    """The people a programme or a film credits for a part, one line each (`表演：甲、乙(中国香港)、丙`,
    `领舞：某某 表演：某某`): each of two to four characters or a name with `·`, none a troupe or a
    title (`上海歌舞团`, `全体演员`); one alone a plausible name, no dictionary word."""
    out: list[str] = []
    for m in _CAST.finditer(text) if "：" in text or ":" in text else ():
        items = [_NOTE_RE.sub("", item) for item in m[1].split("、")]
        names = [n for n in items if ("·" in n or len(n) <= 4) and not n.endswith(_GROUP_END) and not EDGE_ENDING.search(n)]
        if len(items) == 1:
            names = [n for n in names if _all_names([n])]  # `主持人：欢迎收看`: words, not a name
        out += [n for n in names if n not in out]
    for m in _STARRING.finditer(text) if "演" in text else ():  # `某某、某某主演`: the part after the names
        names = m[1].split("、")
        if all(plausible(n) and no_other_word(n) for n in names):
            out += [n for n in names if n not in out]
    return out


# names, then the part they play in a film or a play (`…导演，甲、乙主演，丙、丁等出演`)
_STARRING = re.compile(rf"(?:^|(?<=[，,。；;：:\s]))((?:[{CJK}]{{2,3}}、)*[{CJK}]{{2,3}})(?:领衔|联袂|倾情)?(?:主演|出演)")


# an appointment list (`任命甲、乙(女)、丙为某院审判员`, `免去甲、乙的某某职务`): names, each with its sex or
# people in brackets at times, between the verb and 为 or 的
_APPOINTEE = rf"[{CJK}]{{2,4}}(?:[（(](?:女|男|[{CJK}]{{1,3}}族)[）)])?"
_APPOINTED = re.compile(
    rf"(?:^|(?<=[\s、，,；;：:。])|(?<=决定|批准|提请|同意))(?:任命|免去|撤销)((?:{_APPOINTEE}、)*{_APPOINTEE})(?=为|的)", re.M
)

def appointed(text: str) -> list[str]:
    """The people an appointment list names (`决定任命甲、乙(女)、丙为…`, `；免去甲、乙的…职务`), the verb
    opening a clause, each no dictionary word but a name; a list with no one's sex or people marked,
    plausible names of two or three characters (`任命某某为区长`, not `免去农户销售的后顾之忧`)."""
    out: list[str] = []
    for m in _APPOINTED.finditer(text) if "任" in text or "免" in text else ():
        names = [_NOTE_RE.sub("", item) for item in m[1].split("、")]
        if not all(no_other_word(n) and not EDGE_ENDING.search(n) for n in names):
            continue
        if "(" in m[1] or "（" in m[1] or all(plausible(n) and len(n) <= 3 for n in names):
            out += [n for n in names if n not in out]
    return out

