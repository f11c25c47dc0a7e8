"""Titles as written: where the title printed before a name starts in the clause that holds it (after a
dateline, a day, who met the person, a verb or a preposition leading in), and a run of titles split into
titles (`市政协副主席、开发区(高新区)党工委副书记`). Read with the segmenter (`store.words`). Pure functions."""

from __future__ import annotations

import re

from store.names import TITLE_ENDINGS
from store.text import CJK, one_of
from store.words import PERSON_TAGS, known, tagged

# Words that open a clause before a title and are not part of it.
_DAY = r"(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚|早上)?"  # `20日`, `3月7日下午`: the day before a title

_LEAD_WORDS = re.compile(
    rf"^(?:{_DAY}|在|由于|由|经(?![济理营贸销信纪])|据|对(?!外)|向(?!导)|与|和|同(?![事志学乡])|从|为|以(?!色列)|记(?![者录忆])|据悉|其中|包括|邀请|陪同"
    r"|会见|会晤|接见|看望|慰问|带领|率领|及|以及|并|此前|此后|其后|之后|目前|日前|近日|近期|当时|如今|时任|曾任|现任|历任|作为|特邀|受邀|应约|来自|听取|通过|而|但|且|又|还有|还|也|图为|图中为|正如|诚如|至于|直到|后经|后来|随后|访(?![问谈华])|就连|甚至|就(?![业像连是在])|分别|可(?=在|作为)|当(?![地年时代前然选家今场天日中数])|代表(?![团处会队之]))+"
)

_VERBS = re.compile(
    "会见|会晤|接见|陪同|看望|慰问|带领|率领|邀请|主持|出席|参加|调研|考察|视察|走访|听取|见证|迎接|欢迎|宴请|感谢|拜访|拜会|探望|接待|专访|担任|出任|当选|拨打|拨通|得知|听闻|发表|提出|增加"
    "|致信|致电|致函|约见|表彰|授予|给予|任命|追记|追授|追认|听说|听到|看到|聘请|援引|引用|来到|饰演|战胜|击败|战平|弈和|战和|负于|淘汰|对阵|迎战|搭档|走进|见到|找到|遇到|聚焦"
)

# what else ends a title printed right before a name the rules found by its shape (these are not read
# as titles to find names: `记者` is also a byline's, `组合` a word of its own)
TITLE_BEFORE = re.compile(
    one_of((*TITLE_ENDINGS, "记者", "作者", "学者", "主管", "参赞", "理事", "人员", "人物", "组合", "农场主", "业主", "户主", "安装工", "少年", "王储", "埃米尔", "博主", "战友"))
    + rf"$|[{CJK}]{{2}}[者员]$|[{CJK}](?<![国人商厂全自东买卖玩店酒老农娘婆亲住在回到管各本万])家$"
    # `创作者`, `获得者`: one who does, never `或者`; `预报员`; `工业家`, `演奏家`, never `国家`, `商家`
)


def title_text(raw: str) -> str:
    """The title as written in raw, the clause printed before a name: what leads into it cut off
    (a dateline, a day, who met the person, a verb, a preposition, a description)."""
    text = raw.strip().lstrip("、”’」』\"' \u3000")
    if text.startswith(("·", "•")):  # `·阿苏阿卡、古巴公共卫生部副部长`: the end of a foreign name first
        text = text.split("、", 1)[1] if "、" in text else text[1:]
    text = re.split(r"[\s\u3000]{2,}|电[\s\u3000]|—{2,}", text)[-1].strip()  # `新华社北京5月19日电  中共中央…`: the dateline before
    text = re.sub(r"^(?:[（(][^（()）]*[)）]|【[^【】]*】)", "", text.lstrip("◆●■□▲◇○☆★·•"))  # a bullet, a credit or a label in brackets
    text = _WHEN.sub("", text)  # `20日`, `18日下午`: the day before the title
    days = list(_DAY_LED.finditer(text))
    text = text[days[-1].end() :] if days else text  # `外交部28日就国务院总理`: no title holds a day
    text = text[_met_at(text) + 1 :]  # `某某同古巴国家主席`, `某某访问英国与英国首相`: who met the person, then the title
    text = re.sub(r"^.*[。！？!?…]+[”’]", "", text)  # `……”某某党委副书记`: a quotation's end, then the title
    text = re.split(r"…{2,}", text)[-1]  # `…病人就医……某派出所所长`: a list broken off, then the title
    verbs = [v for v in _VERBS.finditer(text) if text[v.end() : v.end() + 1] not in _BODY_OF or text[v.end() : v.end() + 2] in _TEAMMATES]
    if verbs:  # `某某会见华东集团董事长`, `对阵某国球员` -> the title starts after the verb
        text = text[verbs[-1].end() :]
    text = text[_lead_in_ends(text) :]
    text = _LEAD_WORDS.sub("", text)
    text = re.split(r"另一(?:名|位)", text)[-1]  # `某某和另一名社区代购员王某`: the other one's title
    text = re.sub(r"[一两二三四五六七八九十\d]+(?:位|名)", "", text)  # `两位名将`, `中国队3名选手`: how many, no title
    # `…是作家`, `…成了村网格员`, `握着村民`: no title of office holds these, it starts after them
    if text.endswith("的") and "、" in text:  # `某委员会第一副主席、来自某国的某某`: a description after the title
        text = text[: text.rindex("、")]
    text = re.split(r"[的了是着把被让]|给(?!予)", text)[-1]
    text = text[_pronoun_ends(text) :]  # `他的同事`, `我国…`: after a pronoun the segmenter reads alone
    text = re.sub(r"^[一二三四五六七八九十\d]+多?岁", "", text)  # `84岁老艺术家`: the person's age, then the title
    return _LEAD_WORDS.sub("", text).strip()  # `会见了以某某委员…`: what led in after the verb


_WHEN = re.compile(f"^{_DAY}")
_DAY_LED = re.compile(r"\d{1,2}日(?:上午|下午|晚上|晚|早上)?(?:就|在|对|向|与|同|为|于|起)?")

# one-character prepositions that lead into a title (`会议由某某副主席`, `对某公司原董事长`); other
# one-character words the segmenter tags so are as often a piece of a name (`乡于营村`, `某`, `所`)
_LEAD_IN_PREPOSITIONS = frozenset("由 在 从 向 对 据 被 将 把 让 给 凭 随 跟 以".split())


def _lead_in_ends(text: str) -> int:
    """Where the words leading into a title end, read by the segmenter: after the last preposition,
    conjunction or pronoun (`会议由某某副主席`, `以及韩国棋手`, `任何…`) or adverb before a verb or a
    preposition (`事先与“某军”领导人`, `赶紧拨通社区党委书记`); 0 if none."""
    words = tagged(text, window=len(text))
    end = pos = 0
    for at, (word, tag) in enumerate(words[:-1]):
        pos += len(word)
        if len(word) == 2 and word[0] in _LEAD_IN_PREPOSITIONS and word[1] in "原前":
            end = pos - 1  # `监委对原某局副局长`: the segmenter read the preposition and `former` as one word
            continue
        if len(word) == 2 and word[0] in _ONE_CHARACTER_ADVERBS and word[1] in _LEAD_IN_PREPOSITIONS:
            end = pos  # `队员正随外教`: an adverb and a preposition read as one word
            continue
        if len(word) == 2 and word[0] in "我你他她" and word[1] in "与同和跟":
            end = pos  # `我同作家`: a pronoun and who met the person read as one word
            continue
        if _quoted(text[:pos]):
            continue  # `《赢在某地》制片人`: inside a work's or a body's quoted name
        after = words[at + 1]
        if tag == "d" and _adverb(word) and _verb_or_preposition(*after) and at + 2 < len(words):
            end = pos + len(after[0])  # `赶紧|拨通`: the adverb and its verb
        elif tag[:1] in ("p", "c", "r") and _leads_in(word, tag[:1], after[0]) and not _place_named_with(word, words[:at]):
            end = pos + (len(after[0]) if tag == "p" and _verb_or_preposition(*after) and at + 2 < len(words) else 0)
        elif word in ("与", "同") and tag == "p" and at and (_met_after(*words[at - 1]) or _met_at_a_place(words[:at])):
            end = pos  # `访问并与某国总统`, `还与`: who met whom (not `呼吸与危重症医学科`)
    return end


# adverbs before `与`/`同` where the person met someone (`还与`, `将与`); others the segmenter tags so
# are words of a body's name (`廉政与治理研究中心`, `公正与发展党`)
_MET_ADVERBS = frozenset("还 也 将 又 曾 已 再 都 均 正 分别 同时 先后 首次 随后 一起 共同".split())


def _met_after(word: str, tag: str) -> bool:
    return tag == "c" or word in _MET_ADVERBS


def _pronoun_ends(text: str) -> int:
    """After the last 他, 她 or 我 read as a word of its own (not in `吉他手`, `其他`), 0 if none."""
    if not any(c in text for c in "他她我"):
        return 0
    end = pos = 0
    for word, _ in tagged(text, window=len(text)):
        pos += len(word)
        if word in ("他", "她", "我"):
            end = pos
    return end


def _adverb(word: str) -> bool:
    """An adverb of the dictionary (the segmenter tags pieces of names so too: `首尔`, `也门`)."""
    return (len(word) > 1 and known(word)) or word in _ONE_CHARACTER_ADVERBS


_ONE_CHARACTER_ADVERBS = frozenset("刚 才 已 曾 将 又 还 也 再 正 就 都".split())  # `刚升任某办公室专职副主任`


def _met_at_a_place(words: list[tuple[str, str]]) -> bool:
    """`在人民大会堂|同`, `在北京|与`: where the person met whom."""
    return len(words) >= 2 and words[-1][1] in ("ns", "nt", "s") and words[-2][0] in ("在", "于")


def _quoted(before: str) -> bool:
    return before.count("《") > before.count("》") or before.count("“") > before.count("”")


def _verb_or_preposition(word: str, tag: str) -> bool:
    """A preposition, or a verb of two characters that is no part of a title (not `首相|兼`, `值班民警`)."""
    return tag == "p" or (tag == "v" and len(word) > 1 and word not in _TITLE_VERBS)


# verbs that open a title (`值班民警`, `驻村第一书记`, `分管副市长`, `执行总导演`)
_TITLE_VERBS = frozenset("值班 执勤 驻村 驻点 驻站 分管 主管 执行 挂职 支教 包村 带班 带队 陪护 巡逻 指导 监督 服务 援鄂 援藏 援疆 留守".split())


def _place_named_with(word: str, before: list[tuple[str, str]]) -> bool:
    """`某县以古镇某村`: 以 opening a town's name after its county's, not leading in (`影片以美国前国务卿`)."""
    return word == "以" and bool(before) and before[-1][0][-1] in "省市县区镇乡村州"


def _leads_in(word: str, tag: str, after: str) -> bool:
    if word == "在" and len(after) == 1 and after not in "与同和跟对向":
        return False  # `在华艺人`, `在京高校`: where they are, part of the title
    if len(word) == 1:
        return tag == "p" and word in _LEAD_IN_PREPOSITIONS
    if not known(word) or "某" in word or word == "之一":
        return False  # `兼朝`, `乡于`: words the segmenter made up; `某部`: which body; `作者之一`
    return word[0] not in "本该各此其"  # `本届大会主席`, `该院院长`: which body, part of the title


_BODY_OF = tuple("组团队处室部人")  # `联合考察组`, `调研组`, `主持人`: a verb naming a body or a person inside the title
_TEAMMATES = ("队友", "队员", "队长")  # `战胜队友`: the verb, then a title

_NOT_MET = ("同济", "同仁", "同事", "同学", "同志", "同乡", "同行", "同盟", "与会")  # words, not `同`/`与` before a title


_TITLED_NAME = re.compile(f"(?:{one_of(TITLE_ENDINGS)})([{CJK}]{{2,4}})$")


def _met_at(text: str) -> int:
    """Where `与`, `同` or `和` ends who met the person a title names (`某某访问英国与`), or -1."""
    joined = max(text.rfind("与"), text.rfind("同"))
    with_and = text.rfind("和")
    if with_and > joined and not known(text[with_and - 1 : with_and + 1]) and not known(text[with_and : with_and + 2]):
        words = tagged(text[:with_and], window=with_and)
        if words and words[0][1] in ("nr", "nrfg") and len(words[0][0]) <= 3 and with_and <= 5 and _met_by_a_person(words):
            return with_and  # `某某和老伴`, `某某主席和某国总统`: a person, never a place, before 和
        if words and words[-1][1] in ("nr", "nrfg") and len(words[-1][0]) == 3 and not known(words[-1][0]):
            return with_and  # `她的爱人某某某和侄儿`: a person named right before 和, with a title of their own
        named = _TITLED_NAME.search(text[:with_and])
        if named and not known(named[1]):
            return with_and  # `某国常驻联合国代表努赛贝和`: a name right after a title, then 和
    if joined > 0 and text[joined : joined + 2] not in _NOT_MET and _met_by_a_person(tagged(text[:joined], window=joined)):
        return joined
    return -1


def _met_by_a_person(words: list[tuple[str, str]]) -> bool:
    """The few words before `与`, `同` or `和` name a place (`北京与`) or open with a person who did
    something or holds a title (`某某访问英国`, `某某还`, `某某主席在`), not a place the segmenter
    takes for a name (`某国健康`)."""
    if len(words) > 1 and words[0][0] == "就" and words[-1][1][:1] == "n":
        return True  # `就某某问题与`: what they spoke of, then whom with
    if words and words[0][0] in ("在", "于"):
        words = words[1:]
    if len(words) == 1 and words[0][1] == "ns":
        return True  # `（在）北京同某国外长`: where they met
    named = 0  # the person's name, read in one piece or more (`某某|某某`)
    while named < len(words) and words[named][1] in PERSON_TAGS:
        named += 1
    if named == 1 and len(words) > 1 and _rest_of_a_name(words[0][0], *words[1]):
        named = 2  # `崔|大庆|和`, `徐一|璠|和`: a name the segmenter cut in two
    if not named or sum(len(w) for w, _ in words[:named]) < 2 or sum(len(w) for w, _ in words) > 10:
        return False
    return named == len(words) or words[named][1][:1] in ("v", "d") or words[named][0] in TITLE_ENDINGS


def _unquoted(title: str) -> str:
    """`“时代楷模`, `时代楷模”`: a quote around a title of honour cut in half; `“某军”领导人` keeps its pair."""
    if title.startswith("“") and "”" not in title:
        title = title[1:]
    if title.endswith("”") and "“" not in title:
        title = title[:-1]
    return title.strip("“”") if title.startswith("“") and title.endswith("”") else title


def _rest_of_a_name(first: str, word: str, tag: str) -> bool:
    """word ends a name the segmenter opened with first: a surname and a place-like word (`崔|大庆`),
    or two characters and one more that is no function word (`徐一|璠`)."""
    if len(first) == 1:
        return len(word) <= 2 and tag in ("ns", "nz", "nrt")
    return len(first) == 2 and not known(first) and len(word) == 1 and tag[:1] not in ("p", "c", "u", "d", "v", "r", "m", "f", "x")


def split_titles(text: str) -> list[str]:
    """`市政协副主席、开发区(高新区)党工委副书记` -> two titles; `党工委、管委会主任` stays one."""
    if not text:
        return []
    parts = text.split("、")
    titles: list[str] = []
    pending = ""
    for part in parts:
        pending = f"{pending}、{part}" if pending else part
        if pending.endswith(TITLE_ENDINGS) or TITLE_BEFORE.search(pending):
            titles.append(pending)
            pending = ""
    if pending and titles:  # a tail with no title ending belongs to the last title
        titles[-1] = f"{titles[-1]}、{pending}"
    elif pending:
        titles.append(pending)
    titles = [_unquoted(t) for t in titles]
    return [t for t in titles if 1 < len(t) <= 40]
