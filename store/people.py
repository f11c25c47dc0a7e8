"""People in article text, with their titles as written: `市政协副主席、开发区(高新区)党工委副书记张小明`,
`区领导王大伟、李小红`, `投资总监陈小军、投资经理刘小芳`; where a name starts and ends is
`store.name_shapes`, where a title starts `store.titles`, people named with no title `store.untitled`.
Pure functions."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from store.lists import appointed, by_workplace, cast, each_of_two, long_lists, rosters, spouses
from store.name_shapes import (
    AFTER,
    CHINESE,
    CLAUSE,
    EDGE_ENDING,
    ENDING,
    NEVER_ENDS_NAME,
    ORGAN,
    PLACE_END,
    TRANSLITERATION,
    at_word_start,
    by_next_word,
    firmly_named,
    follows_full_name,
    name_at,
    named_again,
    no_other_word,
    occurrences,
    other_word,
    place_or_glued,
    plausible,
    segmented,
    word_at,
    word_ends,
)
from store.names import (
    GROUP_NOUNS,
    OFFICIAL_TITLE_ENDINGS,
    TITLE_ENDINGS,
    surname_length,
)
from store.text import CJK, one_of
from store.titles import TITLE_BEFORE, split_titles, title_text
from store.untitled import (
    aged,
    described,
    dotted,
    foreign_names,
    model_names,
    named_after_of,
    openers,
    quoted,
    recurrent,
    speakers,
    subjects,
)
from store.words import PERSON_TAGS, known, tagged

# the people at large, never one person's title: `干部群众`, `人民群众`, `广大群众`
_COLLECTIVE = re.compile(r"(?:干部|人民|广大|党员)群众$")


_CONNECTORS = frozenset("会见 会晤 接见 陪同 看望 慰问 带领 率领 邀请 和 与 同 及 向 为 对".split())

_OFFICIAL = tuple(OFFICIAL_TITLE_ENDINGS)


# `甲、乙等区领导`, `甲等市领导同志`
_NAMES_THEN_LEADERS = re.compile(
    rf"(?P<names>(?:[{CJK}]{{2,3}}、)*[{CJK}]{{2,3}})等(?!待)(?P<title>[{CJK}]{{0,6}}?领导人?)(?![层班干小组])"
)


# `甲、乙、丙等队友`, `甲、乙等专家`: two names or more, then 等 and who they are
_GROUPS = one_of((*TITLE_ENDINGS, "队友", "战友", "同学", "伙伴"))
_NAMES_THEN_GROUP = re.compile(
    rf"(?P<names>(?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}})等(?P<group>[{CJK}]{{0,4}}?{_GROUPS})"
)


# `以某某某为代表的…`, `以甲、乙、丙等为代表`: who stand for a group
_AS_EXAMPLE = re.compile(rf"以(?P<names>(?:[{CJK}]{{2,4}}、)*[{CJK}]{{2,4}}?)等?为(?:代表|首)")


_SPOUSE_TITLES = ("夫人", "妻子", "丈夫", "爱人")  # `甲（乙夫人）`: whose spouse, read by store.lists.spouses

# `某某(某部某旅副旅长)`: a name, then the title in brackets, opening a clause
_NAME_THEN_BRACKETED = re.compile(rf"(?:^|(?<=[“”\s、]))([{CJK}]{{2,4}}?)[（(]([^（()）]{{2,40}}?)[)）]")


# `——某某某委员（某公司董事长）` closing a deputy's quoted proposal: a name, 委员 or 代表, a bracket
_SIGNED = re.compile(rf"^[—-]{{1,2}}\s*([{CJK}]{{2,3}})(委员|代表)(?=[（(])")

# `某某/某某某获第十名`: a pair of players, the first of them
_SLASHED = re.compile(rf"([{CJK}]{{2,3}})/(?=[{CJK}]{{2}})")

# `某某、某某某陪同考察`, `某某、某某兄弟`: two names opening a clause, then what officials do or
# what the two are to each other
_PAIR_AFTER = "陪同|出席|参加|一同|分别|兄弟|姐妹|兄妹|姐弟|夫妇|夫妻"
_NAME_PAIR = re.compile(rf"^([{CJK}]{{2,3}})、([{CJK}]{{2,3}})(?:{_PAIR_AFTER})")
_PAIRED = re.compile(rf"、[{CJK}]{{2,3}}(?:{_PAIR_AFTER})")


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...]  # as written, one per title (`、` between two titles splits them)
    kind: str  # official | other


# the readings of people named with no title (store.untitled) and in lists (store.lists), in this order
_UNTITLED: tuple[Callable[[str], list[str]], ...] = (speakers, openers, aged, quoted, subjects, recurrent, named_after_of)
_UNTITLED += (dotted, foreign_names, rosters, by_workplace, spouses, each_of_two, long_lists, cast, appointed)


def find_people(text: str) -> list[Person]:
    """Every titled person in text, in order of first appearance, titles merged per name."""
    found: dict[str, list[str]] = {}
    for paragraph in text.split("\n"):
        marked = bool(ENDING.search(paragraph) or _COMMEMORATED.search(paragraph)) or "同志" in paragraph
        marked = marked or "团队" in paragraph or "工作室" in paragraph
        listed = paragraph.count("、") >= 2 or ("、" in paragraph and bool(_PAIRED.search(paragraph))) or "/" in paragraph
        if not marked and not listed:
            continue  # `甲、乙、丙当选`, `甲、乙陪同考察`: names listed with no title
        for name, titles in _scan_paragraph(paragraph, text) + _named_then_titled(paragraph):
            bucket = found.setdefault(name, [])
            bucket += [t for t in titles if t not in bucket]
    for name, title in described(text):
        if name not in found:
            found[name] = _described_as(name, title, text, list(found))
    for read in _UNTITLED:
        for name in read(text):
            found.setdefault(name, [])
    found = _said_shorter(found, text)
    for name in model_names(text, list(found)):  # the optional model's, where the rules found none
        found[name] = []
    for name, titles in found.items():
        if not titles:
            titles += _title_before(name, text, list(found))  # a name found by its shape, a title printed before it
        titles[:] = _own(titles, name, list(found))
    return [Person(name, tuple(titles), person_kind(titles)) for name, titles in found.items()]


def _own(titles: list[str], name: str, others: list[str]) -> list[str]:
    """The titles after the last other person named among them (`某会共同主席、某国代表某某和某国常驻联合国
    代表`: the first two are 某某's), once each."""
    out: list[str] = []
    for title in titles:
        own = _after_others(title, name, others)
        if own != title:
            out = []  # what came before was the other person's
        if own and own not in out:
            out.append(own)
    return out


# `某某某：中国科学院院士，曾任…`: a paragraph opening with a name, a colon and a title (who tells the story)
_NAME_COLON = re.compile(rf"^([{CJK}]{{2,4}}(?:·[{CJK}]{{1,6}})?)[：:]\s*([^，,。；;：:！？]{{2,30}})(?:[，,。；;]|$)")


def _named_then_titled(paragraph: str) -> list[tuple[str, list[str]]]:
    """The person a paragraph opens with, `name：title`, as the one who tells a story is introduced."""
    m = _NAME_COLON.match(paragraph) if "：" in paragraph[:6] or ":" in paragraph[:6] else None
    if not m or not m[2].endswith(TITLE_ENDINGS):
        return []
    title = title_text(m[2])
    if not title or (title != m[2] and not m[2][: -len(title)].endswith("的")):
        return []  # `某某：我认为…`: what a person says, no title (but `我国首批…的飞行员` is one)
    name = m[1]
    if known(name) or name[-1] in "说讲道称问答" or not (plausible(name) or "·" in name or all(c in TRANSLITERATION for c in name)):
        return []  # `记者：`, `主持人：`, `某某说：`
    return [(name, split_titles(title))]


def _described_as(name: str, noun: str, text: str, others: list[str]) -> list[str]:
    """The whole title printed before name where the noun that describes the person ends it
    (`香港特区立法会议员某某`, not `议员`)."""
    for clause in _clauses_before(name, text):
        if clause.endswith(noun):
            return split_titles(title_text(_after_others(clause, name, others))) or [noun]
    return [noun]


def _title_before(name: str, text: str, others: list[str]) -> list[str]:
    """The title printed right before name where it is first printed with one (`埃及某报记者某某`),
    after any other person named before it (`某部副部长某某、某国总领事某某`)."""
    for clause in _clauses_before(name, text):
        if TITLE_BEFORE.search(_DESCRIBED.sub("", clause)):
            return split_titles(title_text(_after_others(clause, name, others)))
    return []


def _after_others(clause: str, name: str, others: list[str]) -> str:
    """clause after the last other person it lists (`某部副部长某某、某国总领事`, `某党全国书记某某和全国委员会主席`)."""
    cut = 0
    for other in others:
        at = clause.find(other) if other != name else -1
        while at >= 0:
            between = _BETWEEN.match(clause, at + len(other))
            cut = max(cut, between.end()) if between else cut
            at = clause.find(other, at + 1)
    return clause[cut:]


# what stands between a person and 和 (与, 同, 、) before the next one's title: `某某赛后和教练`, `某某（左）和`
_BETWEEN = re.compile(
    r"(?:主席|总统|总理|首相|国王|先生|女士|赛后|当天|当日|随后|应约|也|还|将|正|曾|又|[（(][左右中前后一二三四五]{1,2}[）)])?[、和与及同]"
)


_DESCRIBED = re.compile(r"、[^、]{1,12}的$")  # `某委员会第一副主席、来自某国的某某`: a description after the title


def _clauses_before(name: str, text: str) -> Iterator[str]:
    """The clause printed right before each place name is printed, never the people at large."""
    for at in occurrences(text, name):
        clause = CLAUSE.split(text[max(0, at - 40) : at])[-1]
        if not _COLLECTIVE.search(clause):
            yield clause


def _said_shorter(found: dict[str, list[str]], text: str) -> dict[str, list[str]]:
    """Three characters read as a name where the text names the person by the first two again and
    again, before different characters (`总统某某互致贺电` beside `某某在贺电中`, `某某总统`): the
    name is those two, no dictionary word. Two found where every print of them goes on into three
    found (`董事长某某|奎因…` beside `某某奎同志`) are the three."""
    out: dict[str, list[str]] = {}
    for name, titles in found.items():
        short = name[:2]
        longer = {name + text[i + 2 : i + 3] for i in occurrences(text, name)} if len(name) == 2 else set()
        if len(longer) == 1 and (whole := longer.pop()) in found and len(occurrences(text, whole)) > 1:
            name = whole  # printed only as the start of a longer name found, printed again
        elif len(name) == 3 and CHINESE.fullmatch(name) and short in found and len(occurrences(text, name)) == 1:
            name = short  # `大使某某时作上述表示` beside `某某表示`: the name is the two found on their own
        elif len(name) == 3 and CHINESE.fullmatch(name) and short not in found and not _holds_word(short):
            after = {text[i + 2 : i + 3] for i in occurrences(text, short) if _ends_a_name_at(text, i + 2)} - {name[2]}
            if len(after) >= 2 and not any(short + c in found for c in after):
                name = short
        bucket = out.setdefault(name, [])
        bucket += [t for t in titles if t not in bucket]
    return out


def _ends_a_name_at(text: str, at: int) -> bool:
    """What text holds from `at` on can follow a name (`在`, `总统`, `，`)."""
    words = tagged(text[at:], window=6)
    return at >= len(text) or (bool(words) and follows_full_name(*words[0]))


# a name before a short title, as a leader or an expert is named again: `习某某总书记强调`, `钟某某院士说`
_SHORT_TITLES = "总书记|委员长|副总理|总理|主席|院士|教授|同志|书记|省长|市长|县长|区长|部长|上将|中将|少将|大校|上校|中校|少校"

_SHORT_TITLE = re.compile(_SHORT_TITLES)

_BEFORE_A_LEADER = "和与及同向给对在"  # `在某某总理的关怀下`, `向某某主席致敬`

_NAME_THEN_TITLE = re.compile(
    rf"(?:^|(?<=[“”、的{_BEFORE_A_LEADER}]))([{CJK}]{{2,3}}?)({_SHORT_TITLES})"
    rf"(?=[，。、；：“”\s]|$|强调|指出|表示|说|主持|出席|讲话|介绍|要求|认为|提出|在|来到|看望|考察|调研|一行|等|参加|会见|听取|视察|致辞|签署|的|和|与)"
)

MIN_LIST_OF = 4  # names in a row before 的 (`甲、乙、丙、丁的代表资格终止`)


# three names or more in a row, then what they did: `徐某、邵某、许某分获金、银、铜牌`
_NAME_LIST = re.compile(
    rf"(?:^、?|以及|及|和|给|向|同|与|对|共有|包括|的)(?P<names>(?:[{CJK}]{{2,3}}、){{2,}}[{CJK}]{{2,3}})"
    rf"(?P<then>分别|分获|分列|当选|并称|同为|均为|等(?:人|同志|[\d一二两三四五六七八九十]+(?:位|名|人))|获得|荣获|出席|参加|担任|的|$)"
)


# who is appointed or elected to what: `决定任命某某为民政部部长`, `选举某某某为主任`
_APPOINTED = re.compile(
    rf"(?:任命|选举|推选|聘任|聘请|提名)(?P<name>[{CJK}]{{2,3}}?)为(?P<title>[^，,。；;、（(]{{0,24}}?{one_of(TITLE_ENDINGS)})"
    rf"(?![{CJK}])"
)

# who resigns or is removed: `决定接受某某某辞去…职务`, `免去某某的…职务`
_RESIGNED = re.compile(rf"(?:接受|批准)([{CJK}]{{2,3}}?)辞去|免去([{CJK}]{{2,3}}?)的")

_EACH = re.compile(rf"^((?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}})分别")  # `孙某、钱某分别荣获…`

_TEAM = re.compile(rf"“?([{CJK}]{{2,3}})(?:团队|工作室)")  # `某某团队`, `某某工作室`


def person_kind(titles: list[str] | tuple[str, ...]) -> str:
    if any(t.endswith(_OFFICIAL) and "公司" not in t and "集团" not in t for t in titles):
        return "official"
    return "other"


_NOT_BEFORE_ENDING = {"名将": "排", "员工": "宿"}  # `排名将`, `宿员工`: no title, a word the ending closes


def _scan_paragraph(paragraph: str, text: str = "") -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    last_titles: list[str] = []
    for clause in _clauses(paragraph):
        pos = 0  # where the next title may start
        for m in ENDING.finditer(clause):
            if m.start() < pos or (m.start() and clause[m.start() - 1] in _NOT_BEFORE_ENDING.get(m[0], "")):
                continue  # `排名将于…`: 名将 inside 排名
            names, end = _names_after(clause, _past_bracket(clause, m.end()))
            if clause[m.end() : m.end() + 1] == "”":
                names = [n for n in names if no_other_word(n)]  # `“客籍工人”展示区`: a word after a quoted title
            if not names and m.group(0) not in GROUP_NOUNS and (again := named_again(clause, m.end(), text)):
                names, end = [again], m.end() + len(again)  # `店长李某忙坏了…李某所在的超市`
            if not names and (word := segmented(clause[m.end() :])):
                names, end = [word], m.end() + len(word)  # `部长某某某这样强调`
            if not names and (word := _before_saying(clause[m.end() :])):
                names, end = [word], m.end() + len(word)  # `总理某某某某某表示`: a name of characters no rule knows
            if not names and (word := by_next_word(clause[m.end() :])):
                names, end = [word], m.end() + len(word)  # `书记某某印象深刻`: the segmenter ends the name
            if not names and clause[m.end() : m.end() + 1] == "的":  # `…呼吸内科主任的张某某，`
                names, end = _names_after(clause, m.end() + 1)
                rest = clause[m.end() + 1 :]
                names = [n for n in names if len(n) >= 3 and not word_at(rest, n) and not _opens_with_word(n, rest)]
            if m.group(0) in GROUP_NOUNS and names and (not firmly_named(names, clause[end:]) or word_at(clause[m.end() :], names[0])):
                continue  # `农民丰收节`, `学生相同的`, `儿子相依为命`: a word after a group noun, not a name
            if m.group(0) in GROUP_NOUNS and names != (cut := [_after_preposition(n, text or paragraph) for n in names]):
                out += [(n, []) for n in cut]  # `号召广大妇女向某某、…学习`: a preposition, the people named, no group of theirs
                continue
            if m.group(0) in GROUP_NOUNS and len(names) == 1 and _opens_with_word(names[0], clause[m.end() :]):
                continue  # `青年宿舍以及`: a word after a group noun (`宿舍`) and the next one's first character
            if _COLLECTIVE.search(clause, 0, m.end()):
                continue  # `干部群众干劲足`: the people at large, no one person
            if not names or _word_across(clause, m.end(), names[0]):
                continue  # `湖南省长沙市`, `成员国之间`: 省长, 成员 are no titles here
            titles = split_titles(title_text(clause[pos : m.end()]))
            if titles:
                last_titles = titles
                out += [(n, titles) for n in names]
            pos = _skip_connector(clause, end)
        out += _names_by_shape(clause, last_titles)
    return out


def _names_by_shape(clause: str, last_titles: list[str]) -> list[tuple[str, list[str]]]:
    """Names found by the shape of the clause rather than a title before them (each shape checked
    only when its mark is in the clause: the scan runs on every paragraph of an archive)."""
    out: list[tuple[str, list[str]]] = []
    if not _SHAPE_MARK.search(clause):
        return out  # most clauses hold none of the marks: one search instead of twenty
    if "领导" in clause:
        for m in _NAMES_THEN_LEADERS.finditer(clause):  # `刘某、冯某等区领导出席`: the title after the names
            out += [(n, [m.group("title")]) for n in _leading_names(m.group("names"))]
    for m in _NAMES_THEN_GROUP.finditer(clause) if "、" in clause and "等" in clause else ():
        names = _leading_names(m.group("names"))
        if "领导" in m.group("group") or not names or not _word_starts(clause, m.start("names")):
            continue  # `甲、乙等区领导` has its own title; `阿不都|某某某、`: a longer name cut
        out += [(n, []) for n in names if not ORGAN.search(n) and no_other_word(n)]  # `甲、乙、丙等队友前来排练`
    for m in _SLASHED.finditer(clause) if "/" in clause else ():
        first, start = m.group(1), m.start()
        if len(first) == 3 and not _word_starts(clause, start):
            first, start = first[1:], start + 1  # `组合某某/某某某`: the word before ends a character later
        players = [first, name_at(clause, m.end())]  # the second as far as what can follow a name
        if _word_starts(clause, start) and all(n and _example(n) and no_other_word(n) and not known(n) for n in players):
            out += [(n, []) for n in players if n]  # `某某/某某某获第十名`: a pair of players
    pair = _NAME_PAIR.match(clause) if "、" in clause else None
    if pair and all(_example(n) and no_other_word(n) and "某" not in n for n in pair.groups()):
        out += [(n, []) for n in pair.groups()]
    for m in _NAME_THEN_BRACKETED.finditer(clause) if "(" in clause or "（" in clause else ():
        name, title = m.group(1), m.group(2)
        named = plausible(name) and not ORGAN.search(name) and not place_or_glued(name) and no_other_word(name)
        if title.endswith(TITLE_ENDINGS) and not title.endswith(_SPOUSE_TITLES) and named and (len(name) < 4 or surname_length(name) == 2):
            out.append((name, split_titles(title)))  # `某某(某部某旅副旅长)南部海岸…`
    signed = _SIGNED.match(clause) if clause.startswith(("—", "-")) else None
    if signed and not known(signed[1]) and not ORGAN.search(signed[1]) and "某" not in signed[1]:
        out.append((signed[1], [signed[2]]))  # `——某某某委员（…）`
    for m in _AS_EXAMPLE.finditer(clause) if "为代表" in clause or "为首" in clause else ():
        names = m.group("names").split("、")
        if all(_example(n) for n in names):
            out += [(n, []) for n in names]  # `以某某某为代表的科幻作家`
    lead = _EACH.match(clause) if "分别" in clause else None
    if lead and last_titles:  # `孙小丽、钱小军分别荣获…` after `教师周小川、吴小丹分别荣获…`
        names = lead.group(1).split("、")
        if all(plausible(n) for n in names):
            out += [(n, last_titles) for n in names]
    for m in _NAME_THEN_TITLE.finditer(clause) if _SHORT_TITLE.search(clause) else ():  # `习某某总书记强调`
        if _before_short_title(m[1]) and (at_word_start(clause, m.start(1)) or clause[m.start(1) - 1] in _BEFORE_A_LEADER):
            out.append((m[1], [] if m[2] in _COURTESY else [m[2]]))
    for m in _COMMEMORATED.finditer(clause):  # `某某某故居`, `某某某烈士`
        name = _name_before(clause, m.start(), m.end())
        if name:
            out.append((name, ["烈士"] if m.group(0) == "烈士" else []))
    for m in _LEADER_TITLE.finditer(clause):  # `贯彻落实习某某总书记在…`, `某某先生的《原野》`
        name = _name_before(clause, m.start(), m.end())
        titles = [] if m.group(0) in _COURTESY or _on_behalf_of(m.group(0), clause[m.end() :]) else [m.group(0)]
        if name and (name, titles) not in out:
            out.append((name, titles))
    for m in _NAME_LIST.finditer(clause) if clause.count("、") >= 2 else ():  # `孙某、汤某、张某某当选为…`
        names = m.group("names").split("、")
        if m.group("then") in ("的", "") and (len(names) < MIN_LIST_OF or m.group(0).startswith("的")):
            continue  # `甲、乙、丙的产品`, `路边、公园、商场`, `村里的石屋、石巷…`: things as often as people
        if all(plausible(n) and not ORGAN.search(n) for n in names):
            out += [(n, []) for n in names]
    for m in _APPOINTED.finditer(clause) if "为" in clause else ():  # `任命某某为民政部部长`
        if plausible(m.group("name")) and not ORGAN.search(m.group("name")):
            out.append((m.group("name"), [m.group("title")]))
    for m in _RESIGNED.finditer(clause) if "辞去" in clause or "免去" in clause else ():  # `接受某某某辞去…职务`
        name = m[1] or m[2]
        if _example(name) and no_other_word(name):
            out.append((name, []))
    if clause.count("的") >= 2 and "、" in clause:  # `来自某剧院的甲、某纪念馆的乙获金奖`
        out += [(n, []) for n in _listed_after_of(clause)]
    for m in _OF_AND_OTHERS.finditer(clause) if "等" in clause else ():  # `来自某公司的甲等四人获银奖`, `授予甲等10名同志`
        if plausible(m[1]) and not ORGAN.search(m[1]):
            out.append((m[1], []))
    for m in _TEAM.finditer(clause) if "团队" in clause or "工作室" in clause else ():
        name, before = m.group(1), clause[m.start(1) - 1 : m.start(1)]
        if name[-1] in NEVER_ENDS_NAME + "和" or before.isdigit():
            continue  # `安保等团队`, `陈某和团队`, `50余支团队`
        if plausible(name) and at_word_start(clause, m.start(1)):
            out.append((m.group(1), []))
    return out


def _on_behalf_of(word: str, after: str) -> bool:
    """`某某代表第十一届理事会作报告`: 代表 the verb, before whom the person speaks for, no title."""
    words = tagged(after[:8], window=8) if word == "代表" else []
    said = words and words[0][0] in _A_DEPUTY_SAYS  # `某某代表建议`: a deputy's proposal, the segmenter's noun
    return bool(words) and not said and words[0][1][:1] in ("n", "m", "r", "t") and len(words[0][0]) > 1


_A_DEPUTY_SAYS = frozenset("建议 提议 提案 议案 发言 呼吁 介绍 表示 认为 说 谈到 说道 坦言 感慨".split())


def _before_short_title(name: str) -> bool:
    """A name before `总书记`, `教授` and the like: no body (`商务部`), department (`呼吸科`, `化学系`),
    word, nor the end of a longer title (`副|总理`, `党委|书记`)."""
    if not plausible(name) or name[-1] in "总副委党团" or (len(name) == 3 and name[-1] in "科系"):
        return False
    if [tag for _, tag in tagged(name)[:1]] == ["r"]:
        return False  # `的那个老县长`: a pronoun, then what the person is called
    return not ORGAN.search(name) and not other_word(name)


# titles printed after a name, of leaders, academicians, deputies, professors (`习某某总书记`, `钟某某院士`,
# `某某教授`), and what a person is called (`曹某先生`, `某某某老人`): few words but a name stand before
# most; `主席`, `总统`, `教授` and the like follow bodies and places too (`荣誉主席`, `某国总统`), so only a
# name the segmenter knows as a leader's or no word; `市长` follows places (`龙岩市长汀县`) and is left out
_LEADER_WORDS = "总书记 委员长 副总理 总理 同志 院士 副主席 主席 代表 委员 副总统 总统 首相 教授 校友 先生 女士 老人 大爷 大妈 奶奶 爷爷 老汉 家庭".split()

_LEADER_TITLE = re.compile(one_of(_LEADER_WORDS))

_CALLED = ("老人", "大爷", "大妈", "奶奶", "爷爷", "老汉", "家庭")  # what an older person or a family is called

_COURTESY = ("先生", "女士", "同志", *_CALLED)  # what a person is called, no title: `某某先生`, `某某同志`

# what follows words and places as well as names (`荣誉主席`, `某国总统`, `某科教授`, `敬老院老人`)
_AFTER_WORDS_TOO = ("副主席", "主席", "副总统", "总统", "首相", "教授", "校友", *_CALLED)


# what is named after a person, or what a person is when dead: `某某某故居`, `某某某烈士`
_COMMEMORATED = re.compile("故居|旧居|纪念馆|纪念碑|铜像|塑像|烈士|诞辰")

# any mark one of the shapes of `_names_by_shape` needs in a clause
_SHAPE_MARK = re.compile(
    one_of(
        "领导 、 等 / ( （ 为代表 为首 分别 团队 工作室 任命 选举 推选 聘任 聘请 提名 辞去 免去".split()
        + _SHORT_TITLES.split("|")
        + _COMMEMORATED.pattern.split("|")
        + _LEADER_WORDS
    )
)


def _name_before(clause: str, at: int, end: int) -> str | None:
    """The name the segmenter reads as a word of its own right before a title at `at`:`end`, the
    title a word of its own too, whatever comes before or after (`深入贯彻落实习某某总书记在…`)."""
    start = max(0, at - 8)  # room for the word a name may be cut from (`吉尔吉斯斯坦|前总理`)
    pos, words, before, before_tag = start, tagged(clause[start : end + 2], window=16), "", ""
    if not words:
        return None  # no segmenter: no word to read
    for (word, tag), (following, _) in zip(words, [*words[1:], ("", "")], strict=True):
        pos += len(word)
        if pos == end and pos - len(word) < at and word.endswith(clause[at:end]):  # `某某某故居` read as one word
            word, following = word[: len(word) - (end - at)], clause[at:end]
            tag = _read_alone(word)
            pos = at
        if pos == at:
            if len(word) == 2 and len(before) == 1 and before not in _FUNCTION_CHARS and plausible(before + word):
                word = before + word  # `是|李|某某|同志`: the segmenter cut the surname off
                tag = tag if tag in PERSON_TAGS else _read_alone(word)  # `郑|建邦|副主席`
            elif len(word) == 1 and tag[0] in "ng" and len(before) == 2 and before_tag in PERSON_TAGS and not known(before + word):
                word, tag = before + word, before_tag  # `同|某某|某|总统`: a name cut before its last character
            good = tag in PERSON_TAGS and 2 <= len(word) <= 3 and plausible(word) and not ORGAN.search(word)
            good = good and not place_or_glued(word) and not other_word(word, places=False)
            if clause[at:end] in _AFTER_WORDS_TOO:  # `荣誉主席`, `阿根廷总统`, `呼吸科教授`: words and places
                spelt = len(word) >= 3 and all(c in TRANSLITERATION for c in word)  # `同某某某总统会谈`
                nxt = tagged(clause[end : end + 8], window=8)[:1]
                spelt_next = all(c in TRANSLITERATION for c in clause[end : end + 2]) and len(clause) >= end + 2
                leads = spelt_next or (bool(nxt) and nxt[0][1] in PERSON_TAGS)  # `某国总统某某某表示`: a place
                good = good and (tag == "nrfg" or not known(word) or (spelt and not leads))
            if all(c in TRANSLITERATION for c in word) and clause[at - len(word) - 1 : at - len(word)] in TRANSLITERATION | {"—", "·", "-"}:
                good = False  # `别尔德穆哈梅多夫总统`, `阿库福—阿多总统`: the end of a longer name
            return word if good and following and clause[at:end].startswith(following) else None  # `副|主席`
        before, before_tag = word, tag
    return None


def _read_alone(word: str) -> str:
    """The segmenter's tag for word read alone, when it reads it as one word; else ''."""
    words = tagged(word)
    return words[0][1] if len(words) == 1 else ""


_FUNCTION_CHARS = "向和与及同是在对给以为把被让"  # a single character before a name that is no surname there


# a name closing an item of a list, after 的 (`…剧院的甲、`), the last before what they won or did
_OF_ITEM = re.compile(rf"的([{CJK}]{{2,3}})$")

_OF_LAST = re.compile(rf"的([{CJK}]{{2,3}}?)(?:等[一二三四五六七八九十\d]*[人名位]|等[{CJK}]{{0,4}}?{_GROUPS}|分获|分别|获|荣获|当选|夺得)")

_OF_AND_OTHERS = re.compile(rf"(?:的|授予|追授|表彰|命名)([{CJK}]{{2,3}}?)等[一二三四五六七八九十两\d]+[人名位]")


def _listed_after_of(clause: str) -> list[str]:
    """Two names or more in a list, each after the 的 of where they come from: `来自某剧院的甲、某纪念馆
    的乙、某中心的丙获金奖`."""
    items = clause.split("、")
    names = [m[1] for item in items[:-1] if (m := _OF_ITEM.search(item))]
    last = _OF_LAST.search(items[-1])
    names += [last[1]] if last else []
    if len(names) < 2 or not last or not all(plausible(n) and not ORGAN.search(n) for n in names):
        return []
    return names


def _clauses(paragraph: str) -> list[str]:
    """Split at clause punctuation, but not inside brackets: `开发区(高新区)党工委` stays whole."""
    if "(" not in paragraph and "（" not in paragraph:
        return [c for c in CLAUSE.split(paragraph) if c]
    out, depth, start = [], 0, 0
    for i, c in enumerate(paragraph):
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and CLAUSE.match(c):
            out.append(paragraph[start:i])
            start = i + 1
    out.append(paragraph[start:])
    return [c for c in out if c]


# a name, whatever its characters, between a title and what the person said: `议长某某表示`
_BEFORE_SAYING = re.compile(rf"([{CJK}]{{2,6}}?)(?:表示|指出|认为|强调|说)")


def _before_saying(rest: str) -> str | None:
    """The characters between a title and 表示, 指出, 认为, 强调 or 说 when they are no dictionary word and
    hold none (`部长近日表示`, `主任对此表示` hold words), nor a title."""
    m = _BEFORE_SAYING.match(rest)
    if not m or known(m[1]) or ENDING.search(m[1]):
        return None
    words = tagged(m[1], window=len(m[1]))
    if not words:
        return None  # without the segmenter no word can be ruled out
    new_word = len(words) == 1 and len(m[1]) >= 3 and CHINESE.fullmatch(m[1])  # `教授某某某某表示`: one word no dictionary knows
    if not (surname_length(m[1]) or m[1][0] in TRANSLITERATION or words[0][1] in PERSON_TAGS or new_word):
        return None  # `书法家们有说有笑`: a name opens with a surname, or is spelt or read as one
    for word, tag in words:
        if len(word) > 1 and known(word) and tag not in PERSON_TAGS:
            return None
        if len(word) == 1 and tag[0] in "pcudr":
            return None  # `主任也表示`
    return m[1]


_BRACKETED_TITLE = re.compile(rf"[（(]([{CJK}]{{1,10}})[）)]")


def _opens_with_word(name: str, rest: str) -> bool:
    """Where a name of three characters opens rest, the segmenter reads words across it: its first
    two a word and its last the start of the next (`宿舍|以及`) or a function word (`党性|和`); a
    name whose first two characters are a word but not the rest (`黄海|智`) stays."""
    if len(name) != 3 or all(c in TRANSLITERATION for c in name):
        return False
    words = tagged(rest)
    if len(words) < 2 or words[0][0] != name[:2] or not known(name[:2]):
        return False
    after = words[1][0]
    return after.startswith(name[2]) and ((len(after) > 1 and known(after)) or after in _FUNCTION_CHARS)


def _past_bracket(clause: str, at: int) -> int:
    """Past a second title in brackets right after a title (`校长（院长）某某出席`), a closing quote
    (`“第一书记”某某某和…`) or one space (`副所长 某某某表示`), else at."""
    m = _BRACKETED_TITLE.match(clause, at)
    if m and EDGE_ENDING.search(m[1]):
        return m.end()
    return at + 1 if clause[at : at + 1] in ("”", " ", "\u3000") and clause[at + 1 : at + 2] not in ("", " ", "\u3000") else at


def _names_after(clause: str, at: int) -> tuple[list[str], int]:
    """Names right after a title ending at `at`: `王大伟、李小红一同…` -> both, and where they end;
    a second name may be joined by 和 (`名将李某和何某之间`), with the same title."""
    names: list[str] = []
    pos = at
    name = name_at(clause, pos) or _listed_after_title(clause, pos)
    while name:
        names.append(name)
        pos += len(name)
        name = name_at(clause, pos + 1, listed=True) if clause[pos : pos + 1] in ("、", "和", "与", "及") else None
        if not name and clause[pos : pos + 1] == "、":
            name = _item(clause, pos + 1)
        pos += 1 if name else 0
    return names, pos


_ITEM = re.compile(rf"([{CJK}]{{2,4}})、")

_LISTED = re.compile(rf"([{CJK}]{{2,5}})(?=、|等)")


def _listed_after_title(clause: str, at: int) -> str | None:
    """A name of characters no rule knows between a title and the next item of a list (`第一副总统某某、
    第二副总统某某某某某等`): no dictionary word, title or body, the segmenter's first word a name or none
    it knows."""
    m = _LISTED.match(clause, at)
    if not m or not clause[:at].endswith(_OFFICIAL) or clause[:at].endswith(_GROUP_ENDINGS):
        return None  # only after an office (`副总统`), not a group (`干部`, `群众`)
    if known(m[1]) or ENDING.search(m[1]) or ORGAN.search(m[1]) or m[1][-1] in PLACE_END or any(c in _FUNCTION for c in m[1]):
        return None
    words = tagged(m[1])
    spelt = 2 * sum(c in TRANSLITERATION for c in m[1]) >= len(m[1])
    if not spelt and any(tag[:1] in "viladt" or tag == "ns" for _, tag in words):
        return None  # `某某受贿、行贿案`, `凤舞九天、`, `高山流水、`: a name and a verb, an idiom, a place
    if (words and words[0][1] in PERSON_TAGS) or (len(words) == 1 and not known(m[1])):
        return m[1]
    return None


_GROUP_ENDINGS = (*GROUP_NOUNS, "领导", "干部", "领导人")
_FUNCTION = frozenset("的们和在是有要不等为以对把被从到得了着与及所也都就还将又")  # characters no such name holds
_PREPOSITION_SURNAMES = frozenset("向和同于从")  # surnames that are as often a preposition after a group


def _after_preposition(name: str, text: str) -> str:
    """A name of three characters opening with a surname that is also a preposition (向, 和…) is the two
    after it where the text names the person by those two more often (`向某某学习` beside `某某，生前任…`)."""
    if len(name) == 3 and name[0] in _PREPOSITION_SURNAMES and not known(name[1:]) and len(occurrences(text, name[1:])) > len(occurrences(text, name)):
        return name[1:]
    return name


def _item(clause: str, at: int) -> str | None:
    """An item of a list of names that goes on after it (`…、白某某某、丁某某…`), whatever its length:
    between two `、` of a list of names, a name of four characters (a Tibetan one) or an unusual one
    is still a name; never a dictionary word, a title or a body."""
    m = _ITEM.match(clause, at)
    if not m or known(m[1]) or ENDING.search(m[1]) or ORGAN.search(m[1]) or not plausible(m[1]):
        return None
    return m[1]


def _example(name: str) -> bool:
    """A name who stands for a group: three characters at most, four with a compound surname (`端木某某`)."""
    if len(name) == 4 and surname_length(name) != 2:
        return False
    return plausible(name) and not ORGAN.search(name) and not place_or_glued(name) and not _holds_word(name)


def _holds_word(name: str) -> bool:
    """The segmenter reads a dictionary word of two characters or more in name that is no name
    (`云|计算`, `江苏`)."""
    return any(len(w) > 1 and known(w) and t not in PERSON_TAGS for w, t in tagged(name))


def _word_starts(clause: str, at: int) -> bool:
    """The segmenter starts a word at `at` (`吆喝|邓某某`), not inside one (`阿不都沙|拉木`)."""
    start = max(0, at - 4)
    return at == start or at - start in word_ends(clause[start : at + 3], 8)


def _leading_names(text: str) -> list[str]:
    """The names of `甲、乙、丙` before `等区领导`; the first may carry a word before it (`有甲`)."""
    names = text.split("、")
    if not plausible(names[0]) and len(names[0]) == 3 and plausible(names[0][1:]):
        names[0] = names[0][1:]
    return names if all(plausible(n) for n in names) else []


def _word_across(clause: str, at: int, name: str) -> bool:
    """The segmenter reads a dictionary word across position at, of three characters or more or a
    place (`长沙市` across `省长|沙市`, `长江` across `部长|江办`; other words of two, `主张` across
    `店主|张某`, are too often wrong), and no person's name at at (`主任何某某` stays: `任何` across,
    but `何某某` a name; a name with `·` or a long transliterated one always stays)."""
    words = tagged(clause[at:])
    if "·" in name or (words and words[0][0] == name and words[0][1] in PERSON_TAGS):
        return False
    if len(name) >= 4 and all(c in TRANSLITERATION for c in name):
        return False  # `团长安纳某某`: a long transliterated name, not `长安`
    start = max(0, at - 4)
    end = start
    for word, tag in tagged(clause[start : at + 4]):
        end += len(word)
        if end >= at:
            return end > at and known(word) and (len(word) >= 3 or tag == "ns")
    return False


def _skip_connector(clause: str, pos: int) -> int:
    """Past the word after a name when it leads to the next title (`某某会见…`), else stay."""
    m = AFTER.match(clause, pos)
    if m and (m.group(0) in _CONNECTORS or len(m.group(0)) == 2):
        return m.end()
    return pos
