"""People in article text, with their titles as written: `市政协副主席、开发区(高新区)党工委副书记张小明`,
`区领导王大伟、李小红`, `投资总监陈小军、投资经理刘小芳`. Pure functions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from store import ner
from store.names import (
    AFTER_NAME,
    GROUP_NOUNS,
    JAPANESE_SURNAMES,
    NAME_END_PUNCT,
    OFFICIAL_TITLE_ENDINGS,
    SURNAMES,
    TITLE_ENDINGS,
    surname_length,
)
from store.text import CJK
from store.words import PERSON_TAGS, known, tagged

# `支书` of `党总支书记` is no title: the `书记` after it is
_ENDING = re.compile("|".join(e + "(?!记)" if e.endswith("支书") else e for e in TITLE_ENDINGS))
_EDGE_ENDING = re.compile(f"^(?:{'|'.join(TITLE_ENDINGS)})|(?:{'|'.join(TITLE_ENDINGS)})$")
# the people at large, never one person's title: `干部群众`, `人民群众`, `广大群众`
_COLLECTIVE = re.compile(r"(?:干部|人民|广大|党员)群众$")
_CLAUSE = re.compile(r"[，,。；;：:！!？?\n]")
# Words that open a clause before a title and are not part of it.
_LEAD_WORDS = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上)?|在|由|经|据|对|向|与|和|同(?![事志学乡])|从|为|以|据悉|其中|包括|邀请|陪同"
    r"|会见|会晤|接见|看望|慰问|带领|率领|及|以及|并|特邀|受邀|来自|听取|通过|而|但|且|又|还有|还|也)+"
)
_VERBS = re.compile(
    "会见|会晤|接见|陪同|看望|慰问|带领|率领|邀请|主持|出席|参加|调研|考察|视察|走访|听取|见证|迎接|欢迎|宴请|感谢"
    "|致信|致电|约见|表彰|授予|任命|聘请|战胜|击败|战平|负于|淘汰|对阵|迎战"
)
_CONNECTORS = frozenset("会见 会晤 接见 陪同 看望 慰问 带领 率领 邀请 和 与 同 及 向 为 对".split())
# What follows a name, longest first (AFTER_NAME is sorted so): one match finds the word.
_AFTER = re.compile("|".join(map(re.escape, AFTER_NAME)))
_OFFICIAL = tuple(OFFICIAL_TITLE_ENDINGS)
_AFTER_WORDS = frozenset(AFTER_NAME)
# `甲、乙等区领导`, `甲等市领导同志`
_NAMES_THEN_LEADERS = re.compile(
    rf"(?P<names>(?:[{CJK}]{{2,3}}、)*[{CJK}]{{2,3}})等(?!待)(?P<title>[{CJK}]{{0,6}}?领导人?)(?![层班干小组])"
)
# a part of a name with `·`: never 和, which joins two names (`某·某和某·某`), nor a preposition or
# verb before one (`某某某向某·某`, `致电某·某`)
_PART = rf"(?:(?![和与及向给对致的])[{CJK}])"
_DOTTED = re.compile(rf"(?P<first>{_PART}{{1,6}})(?:·{_PART}{{1,8}})*·(?P<last>{_PART}{{1,6}})")
_ALSO_AFTER = ("近日", "日前", "近期", "昨日", "今天", "称", "委员", "代表", "教授", "博士", "一道", "一起")  # after a name with `·`: `某·某近日表示`
# single characters that follow a two-character name and never end one (`民警史洋说`, `张旭在致辞中`)
_NEVER_ENDS_NAME = "说讲称在等将站自的"
# single characters that surely follow a name (`村民张三说`, `选手李四在比赛中`), see `_firmly_named`
_SURELY_AFTER_NAME = "说讲称在等和与及以从为获就"
_NOT_NAMES = frozenset(
    (
        "高新 万元 文明 荣获 原则 和谐 安全 向上 时代 全面 常态 明年 明天 明确 谷物 石油 金融 方面 方向 "
        "林业 水平 关于 关键 应急 应当 申报 申请 国家 国际 时间 时期 车辆 成功 成为 成果 成效 程序 程度 "
        "高度 高质 江河 何时 于是 左右 上下 公司 公开 公共 华侨 周边 周年 周期 钟声 陆续 项目 连续 "
        "连日 连同 严格 严肃 路线 钱款 任务 任何 任职 党员 全区 全市 全省 全国 全体 向前 康养 景区 包括 "
        "包装 曾经 余人 牛奶 马上 马路 白天 甘肃 武汉 黄河 长江 施工 单位 宣传 宣布 祝贺 贺信 常委 常务 "
        "温暖 乐观 乐于 师生 师傅 云南 海南 海关 海洋 海外 文化 文艺 文物 卫生 卫健 许多 许可 金额 金牌 "
        "孔子 易于 平台 平安 朱砂 谈话 谈判 时光 强化 强调 强力 雷锋 党中 满意 舒适 战斗 利益 安排 都有 都是 "
        "都在 都要 时发 来家 应该 应力 班子 游行 和 都 关心 应邀 向我 呼声 普遍 区委 市委 县委 省委 党委 "
        "党组 村委 镇委 乡党 党支 党总 党工 来到 解释 来说 来自 成立 成长 成绩 安心 安身 司令 居住 来访 关怀 "
        "时隔 任上 楼里 来过 支持 权利 关切 谈读 曾多 曾在 曾任 来讲 来看 来回 宣讲 公约 后来 阿爸 农谚 欧盟 "
        "全程 全力 全部 班车 班级 高效 高端 高级 方便 方式 方案 方法 常年 常规 时刻 时候 点评 执笔 信心 于一 向中 "
        "应享 关系 纪委 武警 农牧 管理 由 来我 荣誉"
    ).split()
)


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...]  # as written, one per title (`、` between two titles splits them)
    kind: str  # official | other


def find_people(text: str) -> list[Person]:
    """Every titled person in text, in order of first appearance, titles merged per name."""
    found: dict[str, list[str]] = {}
    for paragraph in text.split("\n"):
        marked = bool(_ENDING.search(paragraph) or _COMMEMORATED.search(paragraph)) or "同志" in paragraph
        marked = marked or "团队" in paragraph or "工作室" in paragraph
        if not marked and paragraph.count("、") < 2:
            continue
        for name, titles in _scan_paragraph(paragraph, text):
            bucket = found.setdefault(name, [])
            bucket += [t for t in titles if t not in bucket]
    for name, title in _described(text):
        if name not in found:
            found[name] = [title]
    for name in _speakers(text) + _subjects(text) + _recurrent(text):
        found.setdefault(name, [])
    for name in _model_names(text, list(found)):  # the optional model's, where the rules found none
        found[name] = []
    return [Person(name, tuple(titles), person_kind(titles)) for name, titles in found.items()]


_CREDIT_NOUNS = ("记者", "通讯员", "摄影", "作者", "编辑")


def _place_or_glued(name: str) -> bool:
    """A name the segmenter read that ends as a place does (`某某村`, `某某湖`) or with the first
    character of the next word (`某某同…`, `某某摄`, `某某家`)."""
    return name[-1] in _PLACE_END + _GLUED + "坝院局性型摄为率读带任家到"
_SAID = frozenset("说 表示 介绍 告诉 认为 说道".split())


def _described(text: str) -> list[tuple[str, str]]:
    """Names the segmenter reads right after a noun that says who the person is, where no title
    ending does (`士官某某某走到`, `业主某某某说`): three characters opening with a surname, no
    dictionary word, followed by what can follow a full name; the noun is the title as written."""
    out = []
    for paragraph in text.split("\n"):
        if len(paragraph) < 5:
            continue  # a noun of two characters, then a name: nothing to read
        words = tagged(paragraph, window=len(paragraph))
        for (noun, kind), (name, tag), after in zip(words, words[1:], [*words[2:], ("", "")], strict=False):
            if tag not in PERSON_TAGS or kind not in ("n", "nz") or len(noun) < 2 or not known(noun):
                continue
            if noun.endswith(_CREDIT_NOUNS) or _place_or_glued(name):
                continue  # `记者某某`: a credit, read with the byline
            if not _name_shaped(name) or known(name):
                continue
            if (len(name) == 3 and (not after[0] or _follows_full_name(*after))) or (len(name) == 2 and after[0] in _SAID):
                out.append((name, noun))  # two characters only before what they said: `保安某某说`
    return out


# a name before a short title, as a leader or an expert is named again: `习某某总书记强调`, `钟某某院士说`
_SHORT_TITLES = "总书记|委员长|副总理|总理|主席|院士|教授|同志|书记|省长|市长|县长|区长|部长"
_SHORT_TITLE = re.compile(_SHORT_TITLES)
_NAME_THEN_TITLE = re.compile(
    rf"(?:^|(?<=[“”、和与及同向给对在]))([{CJK}]{{2,3}}?)({_SHORT_TITLES})"
    rf"(?=[，。、；：“”\s]|$|强调|指出|表示|说|主持|出席|讲话|介绍|要求|认为|提出|在|来到|看望|考察|调研|一行|等)"
)
MIN_LIST_OF = 4  # names in a row before 的 (`甲、乙、丙、丁的代表资格终止`)
# three names or more in a row, then what they did: `徐某、邵某、许某分获金、银、铜牌`
_NAME_LIST = re.compile(
    rf"(?:^、?|以及|及|和|给|向|同|与|对)(?P<names>(?:[{CJK}]{{2,3}}、){{2,}}[{CJK}]{{2,3}})"
    rf"(?P<then>分别|分获|分列|当选|等(?:人|同志|\d+(?:位|名|人))|获得|荣获|出席|参加|担任|的|$)"
)
# who is appointed or elected to what: `决定任命某某为民政部部长`, `选举某某某为主任`
_APPOINTED = re.compile(
    rf"(?:任命|选举|推选|聘任|聘请|提名)(?P<name>[{CJK}]{{2,3}}?)为(?P<title>[^，,。；;、（(]{{0,24}}?(?:{'|'.join(TITLE_ENDINGS)}))"
    rf"(?![{CJK}])"
)
_EACH = re.compile(rf"^((?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}})分别")  # `孙某、钱某分别荣获…`
_TEAM = re.compile(rf"“?([{CJK}]{{2,3}})(?:团队|工作室)")  # `某某团队`, `某某工作室`
# who speaks at the start of a clause: `张某说`, `李某某告诉记者`
_SPOKE = re.compile(rf"^[“”\s\u3000]*([{CJK}]{{2,3}}?)(?:说|表示|介绍|告诉记者|坦言|感叹|认为|回忆|笑着说)")
_ORGAN = re.compile(rf"^[{CJK}]{{2}}[部局委厅院办处署所社]$")  # `商务部表示`: a body, not a person


MIN_SUBJECT = 2  # clauses a name with no title must open to be read as one


def _subjects(text: str) -> list[str]:
    """People named with no title who open clauses (`贾某感到…。贾某重新…`) or follow 的 (`出场的某某某
    由…`): a name the segmenter reads as one, so placed at least MIN_SUBJECT times (only places whose first three characters
    open that many are read: the scan runs on every text of an archive)."""
    clauses = [c.lstrip("“”\"' \u3000") for c in _CLAUSE.split(text)]
    starts = clauses + [piece for c in clauses if "的" in c for piece in c.split("的")[1:]]  # `出场的某某某由…`
    seen = Counter(s[:3] for s in starts if surname_length(s))
    counts: Counter[str] = Counter()
    for start in starts:
        if seen[start[:3]] < MIN_SUBJECT:
            continue
        words = tagged(start)
        name = words[0][0] if len(words) > 1 and words[0][1] == "nr" else ""
        if len(name) == 3 and not known(name) and _name_shaped(name) and not _place_or_glued(name) and _follows_full_name(*words[1]):
            counts[name] += 1
    return [n for n, c in counts.items() if c >= MIN_SUBJECT]


MIN_NAMED = 3  # times a three-character name with no title must be printed to be read as one
_PLACE_END = "村镇乡县区市省路街巷桥口湖会"  # `某某村`, `某某湖`, `某某会`: places and bodies, as often repeated


_SURNAME_GRAM = re.compile(rf"(?=([{''.join(sorted(SURNAMES))}].{{2}}))", re.S)  # three characters from a surname on


def _recurrent(text: str) -> list[str]:
    """People named with no title, again and again (`婆婆杜某某有点激动…杜某某仔细地算着…`): three
    characters printed at least MIN_NAMED times, followed by different characters (`梅德韦` is
    always followed by 杰), that open with a surname, are no dictionary word nor a place, and that
    the segmenter reads as a name where one of them starts a clause or follows 的."""
    grams = Counter(m[1] for m in _SURNAME_GRAM.finditer(text))
    out = []
    for gram, n in grams.items():
        if n < MIN_NAMED or gram[-1] in _PLACE_END or not _name_shaped(gram) or known(gram):
            continue
        at = _occurrences(text, gram)
        if len({text[i + 3 : i + 4] for i in at}) < MIN_AGAIN or any("·" in text[i - 1 : i + 4] for i in at):
            continue
        for i in at:
            before = text[i - 1 : i]
            if (not before or not re.match(rf"[{CJK}]", before) or before == "的") and tagged(text[i:])[:1] == [(gram, "nr")]:
                out.append(gram)
                break
    return out


def _model_names(text: str, found: list[str]) -> list[str]:
    """The names the optional statistical model finds that the rules did not, kept when they have
    the shape of names and the text bears them out (the model alone is right about names only 86
    times in 100): three characters or more that the segmenter reads as one word, or two in a
    person's place: before a title or after one, or listed with
    another name (`甲、乙、丙`, `甲与乙`). Never a writer's credit, which the byline gives."""
    model = ner.people(text)
    names = [n for n in model if not any(n in f or f in n for f in found) and not _credited(n, text)]
    names = [n for n in names if not any(n != m and n in m for m in model)]  # `郑某某` inside `林郑某某`
    long = [n for n in names if len(n) >= 3 and _model_shaped(n) and _one_word(n, text)]
    short = [n for n in names if len(n) == 2 and _model_shaped(n) and _in_a_persons_place(n, text, found + long)]
    return long + short


def _model_shaped(name: str) -> bool:
    if "·" in name:
        return all(re.fullmatch(rf"[{CJK}]+", part) for part in name.split("·")) and "·" in name[1:-1]
    if len(name) > 4 or not re.fullmatch(rf"[{CJK}]+", name) or _place_or_glued(name):
        return False
    if len(name) == 4 and name.endswith("人"):  # `某某某人`: where someone is from
        return False
    return 2 * sum(c in TRANSLITERATION for c in name) > len(name) or name.startswith(JAPANESE_SURNAMES) or _name_shaped(name)


def _credited(name: str, text: str) -> bool:
    """name is printed only inside a bracket that credits writers or photographers."""
    for at in _occurrences(text, name):
        opened = text.rfind("（", 0, at)
        if opened < 0 or text.rfind("）", 0, at) > opened:
            return False
        if not re.search("记者|摄|报道|整理", text[opened:at]) and text[opened + 1 : at + len(name) + 1] != name + "）":
            return False  # `（某某）` alone is a writer's credit too
    return True


def _one_word(name: str, text: str) -> bool:
    """Where name is first printed, no word the segmenter reads runs into it from before
    (`昙华|林某某`), and it is no word the segmenter knows as anything but a name."""
    at = text.find(name)
    start = max(0, at - 4)
    pos = start
    for word, _tag in tagged(text[start : at + len(name) + 2], window=len(name) + 6):
        if pos < at < pos + len(word) or (pos == at and len(word) > len(name) and known(word)):
            return False  # `昙华|林某某`; `祖祖辈辈`, a longer word
        pos += len(word)
    words = tagged(name)
    return not known(name) or (bool(words) and words[0][1] in PERSON_TAGS)


# what stands after a name and nothing else: `某某主席`, `某某先生`
_AFTER_A_NAME = re.compile("主席|先生|女士|同志|代表|委员|教授|院士|总理|部长|书记|夫妇|等人")


def _in_a_persons_place(name: str, text: str, others: list[str]) -> bool:
    for at in _occurrences(text, name):
        before, after = text[max(0, at - 8) : at], text[at + len(name) : at + len(name) + 8]
        if _AFTER_A_NAME.match(after) or _EDGE_ENDING.search(before) or before.endswith("作者"):
            return True
        if any(before.endswith(o + c) or after.startswith(c + o) for o in others for c in "、与和及"):
            return True
    return False


def _speakers(text: str) -> list[str]:
    """People named with no title who speak (`张某说`, at the start of a clause) and are named
    again elsewhere in the text: a name said twice, once speaking, is no common word."""
    out = []
    for clause in _CLAUSE.split(text):
        m = _SPOKE.match(clause)
        if m and _plausible(m[1]) and not _ORGAN.search(m[1]) and m[1] not in out and text.count(m[1]) >= 2:
            out.append(m[1])
    return out


def person_kind(titles: list[str] | tuple[str, ...]) -> str:
    if any(t.endswith(_OFFICIAL) and "公司" not in t and "集团" not in t for t in titles):
        return "official"
    return "other"


def _scan_paragraph(paragraph: str, text: str = "") -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    last_titles: list[str] = []
    for clause in _clauses(paragraph):
        pos = 0  # where the next title may start
        for m in _ENDING.finditer(clause):
            if m.start() < pos:
                continue
            names, end = _names_after(clause, m.end())
            if not names and m.group(0) not in GROUP_NOUNS and (again := _named_again(clause, m.end(), text)):
                names, end = [again], m.end() + len(again)  # `店长李某忙坏了…李某所在的超市`
            if not names and (word := _segmented(clause[m.end() :])):
                names, end = [word], m.end() + len(word)  # `部长某某某这样强调`
            if not names and clause[m.end() : m.end() + 1] == "的":  # `…呼吸内科主任的张某某，`
                names, end = _names_after(clause, m.end() + 1)
                names = [n for n in names if len(n) >= 3 and not _word_at(clause[m.end() + 1 :], n)]
            if m.group(0) in GROUP_NOUNS and names and (not _firmly_named(names, clause[end:]) or _word_at(clause[m.end() :], names[0])):
                continue  # `农民丰收节`, `学生相同的`, `儿子相依为命`: a word after a group noun, not a name
            if _COLLECTIVE.search(clause, 0, m.end()):
                continue  # `干部群众干劲足`: the people at large, no one person
            if not names or _word_across(clause, m.end(), names[0]):
                continue  # `湖南省长沙市`, `成员国之间`: 省长, 成员 are no titles here
            titles = split_titles(_title_text(clause[pos : m.end()]))
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
    if "领导" in clause:
        for m in _NAMES_THEN_LEADERS.finditer(clause):  # `刘某、冯某等区领导出席`: the title after the names
            out += [(n, [m.group("title")]) for n in _leading_names(m.group("names"))]
    lead = _EACH.match(clause) if "分别" in clause else None
    if lead and last_titles:  # `孙小丽、钱小军分别荣获…` after `教师周小川、吴小丹分别荣获…`
        names = lead.group(1).split("、")
        if all(_plausible(n) for n in names):
            out += [(n, last_titles) for n in names]
    for m in _NAME_THEN_TITLE.finditer(clause) if _SHORT_TITLE.search(clause) else ():  # `习某某总书记强调`
        if _plausible(m[1]) and m[1][-1] not in "总副委党团" and not _ORGAN.search(m[1]) and _at_word_start(clause, m.start(1)) and not _other_word(m[1]):
            out.append((m[1], [m[2]]))
    for m in _COMMEMORATED.finditer(clause) if _COMMEMORATED.search(clause) else ():  # `某某某故居`, `某某某烈士`
        name = _name_before(clause, m.start(), m.end())
        if name:
            out.append((name, ["烈士"] if m.group(0) == "烈士" else []))
    for m in _LEADER_TITLE.finditer(clause) if _LEADER_TITLE.search(clause) else ():  # `贯彻落实习某某总书记在…`
        name = _name_before(clause, m.start(), m.end())
        if name and (name, [m.group(0)]) not in out:
            out.append((name, [m.group(0)]))
    for m in _NAME_LIST.finditer(clause) if clause.count("、") >= 2 else ():  # `孙某、汤某、张某某当选为…`
        names = m.group("names").split("、")
        if m.group("then") in ("的", "") and len(names) < MIN_LIST_OF:
            continue  # `甲、乙、丙的产品`, `路边、公园、商场`: three things as often as three people
        if all(_plausible(n) and not _ORGAN.search(n) for n in names):
            out += [(n, []) for n in names]
    for m in _APPOINTED.finditer(clause) if "为" in clause else ():  # `任命某某为民政部部长`
        if _plausible(m.group("name")) and not _ORGAN.search(m.group("name")):
            out.append((m.group("name"), [m.group("title")]))
    if clause.count("的") >= 2 and "、" in clause:  # `来自某剧院的甲、某纪念馆的乙获金奖`
        out += [(n, []) for n in _listed_after_of(clause)]
    for m in _OF_AND_OTHERS.finditer(clause) if "等" in clause else ():  # `来自某公司的甲等四人获银奖`
        if _plausible(m[1]) and not _ORGAN.search(m[1]):
            out.append((m[1], []))
    for m in _TEAM.finditer(clause) if "团队" in clause or "工作室" in clause else ():
        name, before = m.group(1), clause[m.start(1) - 1 : m.start(1)]
        if name[-1] in _NEVER_ENDS_NAME + "和" or before.isdigit():
            continue  # `安保等团队`, `陈某和团队`, `50余支团队`
        if _plausible(name) and _at_word_start(clause, m.start(1)):
            out.append((m.group(1), []))
    return out


# titles printed after a name, of leaders and academicians (`习某某总书记`, `钟某某院士`): few words but a
# name stand before them (`主席`, `教授`, `市长` follow bodies and places too: `荣誉主席`, `龙岩市长汀县`)
_LEADER_TITLE = re.compile("总书记|委员长|副总理|总理|同志|院士|主席|代表|委员")


# what is named after a person, or what a person is when dead: `某某某故居`, `某某某烈士`
_COMMEMORATED = re.compile("故居|旧居|纪念馆|纪念碑|铜像|塑像|烈士|诞辰")


def _name_before(clause: str, at: int, end: int) -> str | None:
    """The name the segmenter reads as a word of its own right before a title at `at`:`end`, the
    title a word of its own too, whatever comes before or after (`深入贯彻落实习某某总书记在…`)."""
    start = max(0, at - 8)  # room for the word a name may be cut from (`吉尔吉斯斯坦|前总理`)
    pos, words, before = start, tagged(clause[start : end + 2], window=16), ""
    for (word, tag), (following, _) in zip(words, [*words[1:], ("", "")], strict=True):
        pos += len(word)
        if pos == at:
            if len(word) == 2 and len(before) == 1 and before not in _FUNCTION_CHARS and _plausible(before + word):
                word = before + word  # `是|李|某某|同志`: the segmenter cut the surname off
            good = tag in PERSON_TAGS and 2 <= len(word) <= 3 and _plausible(word) and not _ORGAN.search(word)
            good = good and not _place_or_glued(word) and not _other_word(word, places=False)
            if clause[at:end] == "主席":  # `荣誉主席`, `田联主席`: bodies and words too; a leader is nrfg
                good = good and (tag == "nrfg" or not known(word))
            return word if good and following == clause[at:end] else None
        before = word
    return None


_FUNCTION_CHARS = "向和与及同是在对给以为把被让"  # a single character before a name that is no surname there


# a name closing an item of a list, after 的 (`…剧院的甲、`), the last before what they won or did
_OF_ITEM = re.compile(rf"的([{CJK}]{{2,3}})$")
_OF_LAST = re.compile(rf"的([{CJK}]{{2,3}}?)(?:等[一二三四五六七八九十\d]*[人名位]|分获|分别|获|荣获|当选|夺得)")


_OF_AND_OTHERS = re.compile(rf"的([{CJK}]{{2,3}}?)等[一二三四五六七八九十两\d]+[人名位]")


def _listed_after_of(clause: str) -> list[str]:
    """Two names or more in a list, each after the 的 of where they come from: `来自某剧院的甲、某纪念馆
    的乙、某中心的丙获金奖`."""
    items = clause.split("、")
    names = [m[1] for item in items[:-1] if (m := _OF_ITEM.search(item))]
    last = _OF_LAST.search(items[-1])
    names += [last[1]] if last else []
    if len(names) < 2 or not last or not all(_plausible(n) and not _ORGAN.search(n) for n in names):
        return []
    return names


def _clauses(paragraph: str) -> list[str]:
    """Split at clause punctuation, but not inside brackets: `开发区(高新区)党工委` stays whole."""
    if "(" not in paragraph and "（" not in paragraph:
        return [c for c in _CLAUSE.split(paragraph) if c]
    out, depth, start = [], 0, 0
    for i, c in enumerate(paragraph):
        if c in "(（":
            depth += 1
        elif c in ")）":
            depth = max(0, depth - 1)
        elif depth == 0 and _CLAUSE.match(c):
            out.append(paragraph[start:i])
            start = i + 1
    out.append(paragraph[start:])
    return [c for c in out if c]


def _names_after(clause: str, at: int) -> tuple[list[str], int]:
    """Names right after a title ending at `at`: `王大伟、李小红一同…` -> both, and where they end;
    a second name may be joined by 和 (`名将李某和何某之间`), with the same title."""
    names: list[str] = []
    pos = at
    name = _name_at(clause, pos)
    while name:
        names.append(name)
        pos += len(name)
        name = _name_at(clause, pos + 1, listed=True) if clause[pos : pos + 1] in ("、", "和", "与", "及") else None
        pos += 1 if name else 0
    return names, pos


MIN_AGAIN = 2  # times a name after a title must be printed, followed by different words, to be read as one


def _named_again(clause: str, at: int, text: str) -> str | None:
    """Right after a title, a full name whatever follows it when the text prints it again followed by
    other words (`店长李某某忙坏了…李某某所在的超市`): a word piece (`国有企` of 国有企业) is always
    followed by the same character."""
    cand = clause[at : at + 3]  # three characters: two after a title are too often a word (`管理`, `利用`)
    if len(cand) < 3 or surname_length(cand) != 1 or not _name_shaped(cand) or _ENDING.search(cand):
        return None
    followers = {text[i + 3 : i + 4] for i in _occurrences(text, cand)}
    return cand if len(followers) >= MIN_AGAIN else None


def _occurrences(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def _name_at(clause: str, at: int, *, listed: bool = False) -> str | None:
    """A 2-4 character name starting at `at`, as long as what follows it can follow a name; `listed`
    after another name, where a place may be listed too (`冠军某某、伦敦和多哈…`)."""
    rest = clause[at:]
    dotted = _dotted_name(rest)
    if dotted:
        return dotted
    japanese = _japanese(rest)
    if japanese:
        return japanese
    sl = surname_length(rest)
    if not sl:
        return _transliterated(rest, listed)
    readings = [rest[:n] for n in (sl + 2, sl + 1) if len(rest) >= n and _reads_as_name(rest[:n], rest[n:])]
    if len(readings) == 2 and rest[sl + 1] in _NEVER_ENDS_NAME:  # `民警史洋说，`, `张旭在致辞中`: not part of the name
        return readings[1]
    if len(readings) == 2 and rest[sl + 2 :].startswith(AFTER_NAME) and _short_reading_better(rest, sl):
        return readings[1]
    if readings and len(readings[0]) == sl + 2 and not _surely_after(rest[sl + 2 :]) and _cut_after(rest, rest[: sl + 1]):
        return rest[: sl + 1]  # `某某创作`, `某某接到`: 创, 接 start a word (but `某某明说` is 某某明 + 说)
    return readings[0] if readings else _transliterated(rest, listed)


_JAPANESE = frozenset(JAPANESE_SURNAMES)


def _japanese(rest: str) -> str | None:
    """A Japanese name after a title (`首相安倍某某出席`, `外相菅某某表示`): a Japanese surname and a
    given name of two characters (or one, or three) that is no word following a name, after which
    comes what can follow one."""
    surname = next((rest[:n] for n in (3, 2, 1) if rest[:n] in _JAPANESE), "")
    for extra in (2, 1, 3) if surname else ():
        name, after = rest[: len(surname) + extra], rest[len(surname) + extra :]
        given = name[len(surname) :]
        if len(given) < extra or not re.fullmatch(rf"[{CJK}]+", given) or given.startswith(AFTER_NAME):
            continue
        last = tagged(given[-1] + after)
        if given[-1] in _GLUED.replace("也", "") + "说讲" or (extra > 1 and last and len(last[0][0]) > 1 and known(last[0][0])):
            continue  # `高木某说`, `冈田某认为`: the last character opens the next word
        words = tagged(after)
        if not after or after[0] in NAME_END_PUNCT or after[0].isdigit() or after.startswith(AFTER_NAME) or (words and _follows_name(*words[0])):
            return name
    return None


def _segmented(rest: str) -> str | None:
    """Where no rule reads a name right after a title, the segmenter's (`部长某某某这样强调`), when
    the word after it can follow a name by its part of speech; a transliterated name is joined up
    from the pieces the segmenter cut it into (`拉赫` + `蒙`, `维克拉玛` + `纳` + `亚克`)."""
    words = tagged(rest)
    if not words or words[0][1] not in PERSON_TAGS:
        return None
    name, k = words[0][0], 1
    spelt = sum(c in TRANSLITERATION for c in name)  # `在城镇` is in the dictionary as a foreign name
    foreign = 2 * spelt > len(name)
    while k < len(words) and len(name) < MAX_SEGMENTED:
        word, tag = words[k]
        piece = all(c in TRANSLITERATION for c in word)
        if not piece or not (tag in PERSON_TAGS or (foreign and len(word) == 1)):
            break
        name, foreign, k = name + word, True, k + 1
    full = not foreign and len(name) == 3 and _name_shaped(name)  # a Chinese full name: it is seldom longer
    if k < len(words) and not (_follows_full_name(*words[k]) if full else _follows_name(*words[k])):
        return None
    if foreign and name[-1] in _GLUED and all(c in TRANSLITERATION for c in name[:-1]):
        name = name[:-1]  # `某某称`, `某某某互致贺电`: the segmenter glued the next word's first character on
    if foreign:
        return name if len(name) >= 2 else None
    if len(name) == 2 and name[0] == name[1]:  # `总书记殷殷嘱托`: a doubled character is a word
        return None
    return name if 2 <= len(name) <= 3 and _name_shaped(name) else None


MAX_SEGMENTED = 8  # characters of a transliterated name joined from pieces
_GLUED = "称说等和与及在向同对将已也互"  # characters that open the word after a name
# parts of speech of a word after a name: a verb, an adverb, a preposition, a conjunction, a
# pronoun, an idiom, a number, a particle (`等`), punctuation
_FOLLOW_TAGS = frozenset("v d p c r l i m u x".split())


def _follows_name(word: str, tag: str) -> bool:
    """A word that can follow a name: of a part of speech that can (`这样`, `两次`, `，`) and in the
    dictionary (a word the segmenter made up, `凝用` of `某某凝用…`, means it cut the name short), a
    single character only when it is one that follows names (`说`, `在`); never the `·` or `—`
    inside a foreign name."""
    if word[0] in "·—-" or tag not in _FOLLOW_TAGS:
        return False
    if len(word) == 1:
        return word in _AFTER_WORDS or word in NAME_END_PUNCT or word.isdigit()
    return known(word) or word.isdigit() or tag == "x"


def _follows_full_name(word: str, tag: str) -> bool:
    """What can follow a Chinese name of three characters, which seldom goes on: any dictionary word
    that does not go on in transliteration characters (`当场`, `道破`), a single verb, preposition,
    conjunction, adverb or particle (`走`, `和`), punctuation or a number."""
    if word[0] in "·—-" or all(c in TRANSLITERATION for c in word):
        return False
    if len(word) > 1:
        return known(word) or word.isdigit() or tag == "x"
    return word in _AFTER_WORDS or word in NAME_END_PUNCT or word.isdigit() or tag[0] in "vpcdu"


# the characters foreign names are transliterated with (Xinhua's usage): `古特雷斯`, `扎里夫`, `多明格斯`
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂丁杜敦多厄恩尔法菲费芬弗福盖甘冈戈格贡古瓜哈海汉"
    "豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉连琳卢鲁伦罗洛马玛迈麦曼梅蒙米姆莫默"
    "穆纳娜南内尼妮努诺欧帕潘佩皮珀普齐奇乔切琴丘萨塞桑瑟森沙莎什舍斯松索塔泰坦特提图托瓦威韦维沃乌伍希谢辛休明"
    "雅亚扬耶伊因尤约泽扎詹兹佐娃夫优素"
)
MAX_TRANSLITERATED = 6


def _transliterated(rest: str, listed: bool = False) -> str | None:
    """A foreign name with no `·` right after a title (`秘书长古特雷斯11日`, `总统杜特尔特表示`): the
    longest run of transliteration characters, of two or more, after which comes what can follow a name;
    when `listed` after another name, no run the segmenter reads as a place (`伦敦和多哈`)."""
    run = 0
    while run < min(len(rest), MAX_TRANSLITERATED) and rest[run] in TRANSLITERATION:
        run += 1
    for n in range(run, 1, -1):
        after = rest[n:]
        if listed and _place(rest[:n], rest):
            continue
        if after[:1] == "·":  # `安德烈·卡拉…`: the first part of a longer name
            return None
        if not after or after[0] in NAME_END_PUNCT or after[0].isdigit() or after.startswith(AFTER_NAME):
            return rest[:n]
    return None


def _place(word: str, rest: str) -> bool:
    """The segmenter reads word, where rest opens with it, as a place (`伦敦`, `斯里兰卡`)."""
    words = tagged(rest)
    return bool(words) and words[0] == (word, "ns")


def _dotted_name(rest: str) -> str | None:
    """A minority or foreign name written with `·` (`阿不都·热合曼说`, `何塞·安赫尔·波塔尔表示`): its
    last part is the shortest after which comes what can follow a name."""
    m = _DOTTED.match(rest)
    if not m or _ENDING.search(m.group("first")):
        return None
    stem = m.group(0)[: m.start("last")]
    for n in range(1, len(m.group("last")) + 1):
        name = stem + m.group("last")[:n]
        after = rest[len(name) :]
        if not after or after[0] in NAME_END_PUNCT or after[0].isdigit() or after.startswith(AFTER_NAME) or after.startswith(_ALSO_AFTER):
            return name
        words = tagged(after)
        spelt = words and all(c in TRANSLITERATION for c in words[0][0])  # `某某·巴尔迪|维索`: the name goes on
        if words and len(words[0][0]) > 1 and not spelt and _follows_name(*words[0]):  # `某某·梅举行会晤`: 举行 follows
            return name
    if 2 * sum(c in TRANSLITERATION for c in m.group("first")) < len(m.group("first")):
        return None  # `某某某向某某·某某某`: a Chinese name and a verb before a foreign one
    last = rest[len(stem) : len(stem) + MAX_SEGMENTED]
    run = next((i for i, c in enumerate(last) if c not in TRANSLITERATION), len(last))
    words = tagged(rest[len(stem) + run :])
    if run and words and _follows_name(*words[0]):  # `某某·卡拉菲利波维奇首次访问`: as the segmenter reads what follows
        return stem + last[:run]
    return None


def _leading_names(text: str) -> list[str]:
    """The names of `甲、乙、丙` before `等区领导`; the first may carry a word before it (`有甲`)."""
    names = text.split("、")
    if not _plausible(names[0]) and len(names[0]) == 3 and _plausible(names[0][1:]):
        names[0] = names[0][1:]
    return names if all(_plausible(n) for n in names) else []


def _firmly_named(names: list[str], after: str) -> bool:
    """After a group noun (`村民`, `学生`), a name is taken only when it is clearly one: three
    characters, several in a list, or followed by punctuation or a word of two characters or more
    (`村民张三说` still is: 说 is one of the few single characters that follow a name for sure), not
    two characters closing the clause (`方便群众查阅`)."""
    if len(names) > 1 or len(names[0]) >= 3:
        return True
    if _other_word(names[0]):  # `市民安宁`, `群众信任`: words
        return False
    if not after:  # `方便群众查阅。`: two characters closing the clause read as a verb
        return False
    if after[0] in NAME_END_PUNCT or after[0] in _SURELY_AFTER_NAME:
        return True
    word = _AFTER.match(after)
    return word is not None and len(word.group(0)) >= 2


def _name_shaped(cand: str) -> bool:
    """All Chinese characters, a plausible name, not itself a word that follows names, not ending
    on a character that never ends one."""
    return bool(re.fullmatch(rf"[{CJK}]+", cand)) and _plausible(cand) and cand not in _AFTER_WORDS and cand[-1] not in _NEVER_ENDS_NAME


def _reads_as_name(cand: str, after: str) -> bool:
    """cand is a plausible name, not itself a word that follows names (`总书记关心…`, `队员来到…`),
    and what follows it can follow a name."""
    if not _name_shaped(cand) or after[:1] == "·":  # `某某某·某某`: the first part of a longer name
        return False
    if _other_word(cand, places=False):  # `书记习惯在…`, `书记信箱`: words that open with a surname
        return False
    return not after or after[0] in NAME_END_PUNCT or after[0].isdigit() or after.startswith(AFTER_NAME)  # `…胡某19日到`


def _word_across(clause: str, at: int, name: str) -> bool:
    """The segmenter reads a dictionary word across position at, of three characters or more or a
    place (`长沙市` across `省长|沙市`, `长江` across `部长|江办`; other words of two, `主张` across
    `店主|张某`, are too often wrong), and no person's name at at (`主任何某某` stays: `任何` across,
    but `何某某` a name; a name with `·` always stays)."""
    words = tagged(clause[at:])
    if "·" in name or (words and words[0][0] == name and words[0][1] in PERSON_TAGS):
        return False
    start = max(0, at - 4)
    end = start
    for word, tag in tagged(clause[start : at + 4]):
        end += len(word)
        if end >= at:
            return end > at and known(word) and (len(word) >= 3 or tag == "ns")
    return False


def _surely_after(after: str) -> bool:
    """after opens with what surely follows a name: `说`, `在`, or a word of two characters or more
    (`代表`, `表示`)."""
    word = _AFTER.match(after)
    return after[:1] in _SURELY_AFTER_NAME or (word is not None and len(word.group(0)) >= 2)


def _cut_after(rest: str, short: str) -> bool:
    """The segmenter reads short as a word of its own, then a dictionary word of two characters or
    more: `阎某|创作`, `王某|关于`."""
    words = tagged(rest)
    return len(words) > 1 and words[0][0] == short and len(words[1][0]) > 1 and known(words[1][0])


def _short_reading_better(rest: str, sl: int) -> bool:
    """`王刚为首场…`: both 王刚为 + 首 and 王刚 + 为 parse; prefer the one whose next word is a
    verb or function word rather than a single character that happens to be one."""
    long_match = _AFTER.match(rest, sl + 2)
    short_match = _AFTER.match(rest, sl + 1)
    long_word = long_match.group(0) if long_match else ""
    short_word = short_match.group(0) if short_match else ""
    return len(short_word) > len(long_word) or (len(long_word) == 1 and long_word in "为在是以的")


def _word_at(rest: str, name: str) -> bool:
    """Where name opens rest, the segmenter reads a dictionary word that is no name: as long as the
    name or longer (`高血压`, `相依为命`), or a verb, adjective or adverb the name would swallow
    (`商量|后`, `高兴|地`); a foreign name is the segmenter's to cut, not to veto (`大卫·…`)."""
    words = tagged(rest)
    if not words or "·" in name or all(c in TRANSLITERATION for c in name):
        return False
    word, tag = words[0]
    if len(word) < 2 or not known(word) or tag in PERSON_TAGS:
        return False
    return len(word) >= len(name) or tag[0] in "vad"


def _other_word(name: str, places: bool = True) -> bool:
    """A two-character name the segmenter's dictionary knows as another word (`智库`, `信任`); a
    place too unless not `places` (the dictionary has foreign names as places: `普京`)."""
    words = tagged(name)
    if len(name) != 2 or len(words) != 1 or not known(name):
        return False
    return words[0][1] not in PERSON_TAGS and (places or words[0][1] != "ns")


# what follows a surname in what a story calls someone, not a name: `高师傅`, `赵大爷`, `陈阿婆`
_HONORIFICS = frozenset("师傅 大爷 大妈 大娘 大姐 大哥 大叔 阿姨 奶奶 爷爷 阿婆 婆婆 叔叔 伯伯 老汉 老师 老伯 老太 大伯 阿公 老爷子 老太太".split())


def _plausible(name: str) -> bool:
    """Starts with a surname, is not a common word, and does not open with the conjunction 和
    or the adverb 都 (`老人和孩子`, `作家都融合`): as surnames they are rare, as words after a title common."""
    if surname_length(name) == 0 or name in _NOT_NAMES or name[:2] in _NOT_NAMES or name[0] in _NOT_NAMES:
        return False
    if name[surname_length(name) :] in _HONORIFICS:
        return False
    return not _EDGE_ENDING.search(name)


def _at_word_start(clause: str, i: int) -> bool:
    return i == 0 or not re.match(rf"[{CJK}]", clause[i - 1]) or clause[i - 1] in "“的"


def _skip_connector(clause: str, pos: int) -> int:
    """Past the word after a name when it leads to the next title (`某某会见…`), else stay."""
    m = _AFTER.match(clause, pos)
    if m and (m.group(0) in _CONNECTORS or len(m.group(0)) == 2):
        return m.end()
    return pos


def _title_text(raw: str) -> str:
    text = raw.strip().lstrip("、”’」』\"' \u3000")
    if text.startswith(("·", "•")):  # `·阿苏阿卡、古巴公共卫生部副部长`: the end of a foreign name first
        text = text.split("、", 1)[1] if "、" in text else text[1:]
    text = re.split(r"[\s\u3000]{2,}|电[\s\u3000]", text)[-1]  # `新华社北京5月19日电  中共中央…`: the dateline before
    verbs = list(_VERBS.finditer(text))
    if verbs:  # `某某会见华东集团董事长`, `对阵某国球员` -> the title starts after the verb
        text = text[verbs[-1].end() :]
    text = _LEAD_WORDS.sub("", text)
    text = re.split(r"另一(?:名|位)", text)[-1]  # `某某和另一名社区代购员王某`: the other one's title
    text = re.sub(r"[一两二三四五六七八九十\d]+(?:位|名)", "", text)  # `两位名将`, `中国队3名选手`: how many, no title
    # `…是作家`, `…成了村网格员`, `握着村民`: no title of office holds these, it starts after them
    text = re.split(r"[的了是着把被让给他她我]", text)[-1]
    return _LEAD_WORDS.sub("", text).strip()  # `会见了以某某委员…`: what led in after the verb


def split_titles(text: str) -> list[str]:
    """`市政协副主席、开发区(高新区)党工委副书记` -> two titles; `党工委、管委会主任` stays one."""
    if not text:
        return []
    parts = text.split("、")
    titles: list[str] = []
    pending = ""
    for part in parts:
        pending = f"{pending}、{part}" if pending else part
        if pending.endswith(TITLE_ENDINGS):
            titles.append(pending)
            pending = ""
    if pending and titles:  # a tail with no title ending belongs to the last title
        titles[-1] = f"{titles[-1]}、{pending}"
    elif pending:
        titles.append(pending)
    return [t for t in titles if 1 < len(t) <= 40]
