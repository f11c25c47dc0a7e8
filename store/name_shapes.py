"""Where a name printed in running text starts and ends, and what is no name: Chinese names by their
surname and what follows them, transliterated names by their characters, Japanese names by their
surname, names with `·`; where the rules cannot tell, as the segmenter reads them (`store.words`).
Pure functions."""

from __future__ import annotations

import re

from store.names import (
    AFTER_NAME,
    JAPANESE_SURNAMES,
    NAME_END_PUNCT,
    TITLE_ENDINGS,
    surname_length,
)
from store.text import CJK, one_of
from store.words import PERSON_TAGS, known, tagged

# `支书` of `党总支书记` is no title: the `书记` after it is; `经济相` of `经济相关` is none either
_NOT_AFTER_ENDING = {e: "记" for e in TITLE_ENDINGS if e.endswith("支书")}
_NOT_AFTER_ENDING |= {e: "关同应互似当比继近通结符对" for e in TITLE_ENDINGS if e.endswith("相")}
_NOT_AFTER_ENDING["老师"] = "傅"  # `老师傅某某`: the title is 师傅
_NOT_AFTER_ENDING["村医"] = "生"  # `乡村医生`
_NOT_AFTER_ENDING |= {e: "程作业厂具资艺地期会商序种" for e in TITLE_ENDINGS if e.endswith("工")}  # `供电工|程`, not `电工`
ENDING = re.compile(one_of(TITLE_ENDINGS, not_before=_NOT_AFTER_ENDING))

EDGE_ENDING = re.compile(f"^{one_of(TITLE_ENDINGS)}|{one_of(TITLE_ENDINGS)}$")

CLAUSE = re.compile(r"[，,。；;：:！!？?\n]")

CHINESE = re.compile(rf"[{CJK}]+")  # `CHINESE.fullmatch(name)`: a name all of Chinese characters


# What follows a name, longest first (AFTER_NAME is sorted so): one match finds the word.
AFTER = re.compile(one_of(AFTER_NAME))

_AFTER_WORDS = frozenset(AFTER_NAME)


# a part of a name with `·`: never 和, which joins two names (`某·某和某·某`), nor a preposition or
# verb before one (`某某某向某·某`, `致电某·某`)
_PART = rf"(?:(?![和与及向给对致的])[{CJK}])"

_DOTTED = re.compile(rf"(?P<first>{_PART}{{1,6}})(?:·{_PART}{{1,8}})*·(?P<last>{_PART}{{1,6}})")

_COMMEMORATION = ("青铜像", "铜像", "塑像", "雕像", "像", "故居", "纪念馆", "纪念碑", "墓")  # what is named after a person

_ALSO_AFTER = ("近日", "日前", "近期", "昨日", "今天", "称", "委员", "代表", "教授", "博士", "一道", "一起")  # after a name with `·`: `某·某近日表示`


# single characters that follow a two-character name and never end one (`民警史洋说`, `张旭在致辞中`)
NEVER_ENDS_NAME = "说讲称在等将站自的地后所还也就又"


# single characters that surely follow a name (`村民张三说`, `选手李四在比赛中`), see `firmly_named`
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
        "应享 关系 纪委 武警 农牧 管理 由 来我 荣誉 区 来 尤其"
    ).split()
)


ORGAN = re.compile(rf"^[{CJK}]{{2}}[部局委厅院办处署所社党]$")  # `商务部表示`: a body, not a person

PLACE_END = "村镇乡县区市省路街巷桥口湖会湾苑"  # `某某村`, `某某湖`, `某某会`: places and bodies, as often repeated

MIN_AGAIN = 2  # times a name after a title must be printed, followed by different words, to be read as one


def named_again(clause: str, at: int, text: str) -> str | None:
    """Right after a title, a full name whatever follows it when the text prints it again followed by
    other words (`店长李某某忙坏了…李某某所在的超市`): a word piece (`国有企` of 国有企业) is always
    followed by the same character."""
    cand = clause[at : at + 3]  # three characters: two after a title are too often a word (`管理`, `利用`)
    if len(cand) < 3 or surname_length(cand) != 1 or not name_shaped(cand) or ENDING.search(cand):
        return None
    words = tagged(cand)
    if len(words) == 1 and known(cand) and words[0][1] not in PERSON_TAGS:
        return None  # `秘书长利比亚问题…`: a place or a word of the dictionary, said again and again
    followers = {text[i + 3 : i + 4] for i in occurrences(text, cand)}
    return cand if len(followers) >= MIN_AGAIN else None


def occurrences(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


def name_at(clause: str, at: int, *, listed: bool = False) -> str | None:
    """A 2-4 character name starting at `at`, as long as what follows it can follow a name; `listed`
    after another name, where a place may be listed too (`冠军某某、伦敦和多哈…`)."""
    rest = clause[at:]
    dotted = dotted_name(rest)
    if dotted:
        return dotted
    japanese = _japanese(rest) or _regnal(rest)
    if japanese:
        return japanese
    sl = surname_length(rest)
    if not sl:
        return _transliterated(rest, listed)
    readings = [rest[:n] for n in (sl + 2, sl + 1) if len(rest) >= n and _reads_as_name(rest[:n], rest[n:])]
    if len(readings) == 2 and rest[sl + 1] in NEVER_ENDS_NAME:  # `民警史洋说，`, `张旭在致辞中`: not part of the name
        return readings[1]
    if len(readings) == 2 and rest[sl + 2 :].startswith(AFTER_NAME) and _short_reading_better(rest, sl):
        return readings[1]
    if rest[sl + 1 : sl + 3] == "来说" and _reads_as_name(rest[: sl + 1], rest[sl + 1 :].replace("来说", "说", 1)):
        return rest[: sl + 1]  # `对某某来说`: 来 is no part of the name
    when = next((n for n in (sl + 2, sl + 1) if _when_then_verb(rest, n)), 0)
    if when and (not readings or len(readings[0]) == when + 1):
        return rest[:when]  # `会见某国主席巴赫时强调`, `拜访市长某某某时，`: 时 opens `when …`, no part of the name
    if readings and len(readings[0]) == sl + 2 and not _surely_after(rest[sl + 2 :]) and _cut_after(rest, rest[: sl + 1]):
        if other_word(rest[: sl + 1], places=False):
            return None  # `公主那样得到…`: the two characters are a word (a pronoun), the three no name
        return rest[: sl + 1]  # `某某创作`, `某某接到`: 创, 接 start a word (but `某某明说` is 某某明 + 说)
    return readings[0] if readings else _married(rest) or _transliterated(rest, listed)


def _married(rest: str) -> str | None:
    """A married woman's name in Hong Kong, her husband's surname before hers and her given name
    (`林郑某某`, `叶刘某某`), where no shorter reading is a name: the segmenter reads the first surname
    as a word of its own, a name's (not `向|许某某`, `和|支持`)."""
    name = rest[:4]
    if len(name) < 4 or not CHINESE.fullmatch(name) or surname_length(name) != 1 or surname_length(name[1:]) != 1:
        return None
    first, last = (tagged(name) or [("", "")])[0], (tagged(rest[3:]) or [("", "")])[0]
    if len(first[0]) != 1 or first[1] not in ("nr", "ng", "nrfg") or len(last[0]) != 1 or last[1][:1] in "vdpcurmq":
        return None  # `王某某|述职`, `某某某|却`: the fourth character is the next word's, or a verb or an adverb
    words = tagged(rest[4:])
    if known(name) or known(name[2:]) or not (_ends_name(rest[4:]) or (words and len(words[0][0]) > 1 and known(words[0][0]))):
        return None
    return name  # then what follows a name, or a word (`林郑某某|会同`)


def _regnal(rest: str) -> str | None:
    """A monarch's name and number (`女王伊丽莎白二世和…`, `国王费利佩六世`)."""
    m = _REGNAL.match(rest)
    if not m or 2 * sum(c in TRANSLITERATION for c in m[1]) < len(m[1]):
        return None  # the name is spelt in transliteration characters, most of them
    return m[0] if _ends_name(rest[m.end() :]) else None


_REGNAL = re.compile(rf"([{CJK}]{{2,6}}?)[一二三四五六七八九十]世")


_SAYING = frozenset("强调 表示 指出 认为 介绍 说道 透露 坦言".split())


def _when_then_verb(rest: str, n: int) -> bool:
    """rest[:n] is a name the segmenter reads whole, then `时` and a verb or a comma (`某某时强调`, `某某时，`)."""
    if rest[n : n + 1] != "时":
        return False
    first, after = tagged(rest[: n + 4]), tagged(rest[n + 1 :])
    if not first or first[0] != (rest[:n], first[0][1]) or first[0][1] not in PERSON_TAGS:
        return False
    return not after or (after[0][1] == "v" and len(after[0][0]) > 1) or after[0][0] in ("，", ",")


_JAPANESE = frozenset(JAPANESE_SURNAMES)


def _japanese(rest: str) -> str | None:
    """A Japanese name after a title (`首相安倍某某出席`, `外相菅某某表示`): a Japanese surname and a
    given name of two characters (or one, or three) that is no word following a name, after which
    comes what can follow one."""
    surname = next((rest[:n] for n in (3, 2, 1) if rest[:n] in _JAPANESE), "")
    for extra in (2, 1, 3) if surname else ():
        name, after = rest[: len(surname) + extra], rest[len(surname) + extra :]
        given = name[len(surname) :]
        if len(given) < extra or not CHINESE.fullmatch(given) or given.startswith(AFTER_NAME):
            continue
        last = tagged(given[-1] + after)
        if given[-1] in _GLUED_TO_GIVEN or (extra > 1 and last and len(last[0][0]) > 1 and known(last[0][0])):
            continue  # `高木某说`, `冈田某认为`: the last character opens the next word
        words = tagged(after)
        if _ends_name(after) or (words and _follows_name(*words[0])):
            return name
    return None


def segmented(rest: str) -> str | None:
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
    full = not foreign and len(name) == 3 and name_shaped(name)  # a Chinese full name: it is seldom longer
    if k < len(words) and not (follows_full_name(*words[k]) if full else _follows_name(*words[k]) or _feeling(words[k:], foreign)):
        return None
    if foreign and name[-1] in _GLUED + "时" and all(c in TRANSLITERATION for c in name[:-1]):
        name = name[:-1]  # `某某称`, `某某某互致贺电`: the segmenter glued the next word's first character on
    if foreign:
        return name if len(name) >= 2 else None
    if len(name) == 2 and name[0] == name[1]:  # `总书记殷殷嘱托`: a doubled character is a word
        return None
    return name if 2 <= len(name) <= 3 and name_shaped(name) else None


def _feeling(words: list[tuple[str, str]], foreign: bool) -> bool:
    """How a person named in Chinese feels or speaks (`某某|激动得`, `某某|坦诚，`): an adjective of the
    dictionary, then 得, punctuation or an adverb, not a verb (`某某|平直|摇头` is 某某平 who shook his
    head); after a foreign name it is as often the next word of a body's name (`某某·某某|健康…`)."""
    (word, tag), after = words[0], words[1:2]
    if foreign or tag != "a" or len(word) < 2 or not known(word):
        return False
    return not after or after[0][0] in ("得", "地") or after[0][1] in ("x", "d", "ud", "uv")


def by_next_word(rest: str) -> str | None:
    """Where neither the rules nor the segmenter's name tag read a name right after a title, a
    Chinese name of two or three characters that the segmenter ends where a dictionary word of two
    characters or more begins (`某某|印象深刻`, `某某|专门安排`, `某某某|委员说`): the name itself no
    word, its pieces no function word, verb, number or time (`老师时|给`, `干部|包保`, `平时|多`), and
    no second reading of another length (`某某|安全|面` or `某某安|全面`: left alone)."""
    sl = surname_length(rest)
    if not sl or not (name_shaped(rest[: sl + 1]) or name_shaped(rest[: sl + 2])):
        return None  # neither reading could be a name: no need to ask the segmenter
    ends = word_ends(rest, 12)
    readings = [n for n in (sl + 2, sl + 1) if _next_word_after(rest, n)]
    if len(readings) != 1 or readings[0] not in ends:
        return None
    n = readings[0]
    cand, (first, first_tag) = rest[:n], ends[n][0]
    given = cand[sl:]
    if not_a_name(cand):
        return None
    if not name_shaped(cand) or place_or_glued(cand) or cand[-1] == "人":
        return None  # `那代人`
    if given in _AFTER_WORDS or given.startswith(AFTER_TWO) or any(c in "不没很" for c in given):
        return None  # `海|是`, `宋|告诉记者`, `时|不幸`, `某某|很开心`: what follows a name, or a negation
    whole = first == cand and first_tag in ("n", "nz", "ns")  # `某某` read as a noun or a place: a new word
    if first_tag not in PERSON_TAGS and not whole and (len(first) > 1 or first_tag[0] in "pdvcuf"):
        return None  # `向|老陈`, `包保`, `平时|多`: the first piece no surname
    return cand if given_name_pieces(ends[n][1:]) else None


def word_ends(text: str, window: int) -> dict[int, list[tuple[str, str]]]:
    """Where the segmenter ends a word in text's first `window` characters: each end, the words up
    to there (`某|某某|印象深刻` -> {1: [某], 3: [某, 某某], 7: […]})."""
    ends: dict[int, list[tuple[str, str]]] = {}
    pos, pieces = 0, list[tuple[str, str]]()
    for word, tag in tagged(text[:window], window=window):
        pos += len(word)
        ends[pos] = pieces = [*pieces, (word, tag)]
    return ends


def given_name_pieces(pieces: list[tuple[str, str]]) -> bool:
    """The words the segmenter reads after a surname can be a given name: no function word, number,
    single verb (`当老师时|给|自己`, `楼|四层`, `某某|就`)."""
    return not any(tag[0] in "pcurdfmq" or tag in ("vn", "an") or (len(word) == 1 and tag[0] == "v") for word, tag in pieces)


AFTER_TWO = tuple(w for w in AFTER_NAME if len(w) >= 2)  # what follows a name, of two characters or more


def _next_word_after(rest: str, n: int) -> bool:
    """A dictionary word of two characters or more, no name nor place, opens rest after n characters."""
    words = tagged(rest[n:], window=8)
    if not words:
        return False
    word, tag = words[0]
    if n == surname_length(rest) + 2 and len(word) == 1:
        return follows_full_name(word, tag) and word != "一"  # `某某某看…`: a full name, then a verb
    spelt = 2 * sum(c in TRANSLITERATION for c in word) >= len(word)  # `某某|苏里亚`: a foreign name going on
    return len(word) >= 2 and known(word) and tag not in PERSON_TAGS and not (tag == "ns" and spelt)


MAX_SEGMENTED = 8  # characters of a transliterated name joined from pieces

_GLUED = "称说等和与及在向同对将已也互"  # characters that open the word after a name
_GLUED_TO_GIVEN = _GLUED.replace("也", "") + "说讲"  # the same after a Japanese given name, which may end in 也


def place_or_glued(name: str) -> bool:
    """A name the segmenter read that ends as a place does (`某某村`, `某某湖`) or with the first
    character of the next word (`某某同…`, `某某摄`, `某某家`)."""
    return name[-1] in PLACE_END + _GLUED + "坝院局性型摄为率读带任家到门滩族嘴沟坪坳峪垭洼楼堡寨屯阁" or name.endswith(_PART_OF_A_PLACE)


_PART_OF_A_PLACE = ("委会", "南部", "北部", "东部", "西部", "中部")  # `居委会`, `阿南部`: a body, part of a country


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


def follows_full_name(word: str, tag: str) -> bool:
    """What can follow a Chinese name of three characters, which seldom goes on: any dictionary word
    that does not go on in transliteration characters (`当场`, `道破`), a single verb, preposition,
    conjunction, adverb or particle (`走`, `和`), punctuation or a number."""
    if word[0] in "·—-" or all(c in TRANSLITERATION for c in word):
        return False
    if len(word) > 1:
        return known(word) or word.isdigit() or tag == "x"
    return word in _AFTER_WORDS or word in NAME_END_PUNCT or word.isdigit() or (tag[0] in "vpcdu" and tag not in _ASPECT)


_ASPECT = ("ul", "uz", "ug")  # 了, 着, 过 follow a verb, never a name: `某某读|了`


# the characters foreign names are transliterated with (Xinhua's usage): `古特雷斯`, `扎里夫`, `多明格斯`
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕波伯博布查达戴丹道德登迪蒂丁杜敦多厄恩尔法菲费芬弗福盖甘冈戈格贡古瓜哈海汉"
    "豪赫亨胡霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉连琳卢鲁伦罗洛马玛迈麦曼梅蒙米姆莫默"
    "穆纳娜南内尼妮努诺欧帕潘佩皮珀普齐奇乔切琴丘萨塞桑瑟森沙莎什舍斯松索塔泰坦特提图托瓦威韦维沃乌伍希谢辛休明"
    "雅亚扬耶伊因尤约泽扎詹兹佐娃夫优素翰嘎额敖西万"
)

MAX_TRANSLITERATED = 8  # `帕夫洛普洛斯` is seven


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
        if _ends_name(after) or (n >= 3 and _spelt_name_before(rest[:n], after)):
            return rest[:n]
    return None


def _opens_with_a_word(after: str) -> bool:
    """after opens with a verb, adverb or adjective of the dictionary, of two characters or more,
    not in transliteration characters, or an idiom (`某某某某|强烈谴责`, `某某某|通电话`): a foreign name of three
    or more characters ends there (a place is followed by nouns: `某国|首都`, `某国|总统`)."""
    words = tagged(after[:8], window=8)
    if not words:
        return False
    word, tag = words[0]
    return len(word) >= 2 and known(word) and word[0] not in TRANSLITERATION and tag[0] in "vdacli"


def _spelt_name_before(run: str, after: str) -> bool:
    """run, spelt in transliteration characters, is a name where a verb, adverb or idiom follows it,
    never a place the dictionary knows nor one opening a title (`某国|武装力量总参谋长`)."""
    head = re.split("[了着过在的]", CLAUSE.split(after, maxsplit=1)[0])[0][:12]  # not `肯定了…在领导`
    if not _opens_with_a_word(after) or ENDING.search(head):
        return False  # `某国|武装力量总参谋长某某`: the run opens the next title
    words = tagged(run)
    return not known(run) or (len(words) == 1 and words[0][1] in PERSON_TAGS)


def _place(word: str, rest: str) -> bool:
    """The segmenter reads word, where rest opens with it, as a place (`伦敦`, `斯里兰卡`)."""
    words = tagged(rest)
    return bool(words) and words[0] == (word, "ns")


_DOTTED_LONG = re.compile(rf"(?P<first>{_PART}{{1,8}})(?:·{_PART}{{1,8}})*·(?P<last>{_PART}{{1,6}})")


SPELLING = TRANSLITERATION | frozenset("历纽丽吾罕麦理捷列山苏热合叶甫")  # and those of names of China's minorities

_GLUED_ON = "时称说等和与及在向同对将已也互常现"  # a character of the next word a name's last part takes


def dotted_name(rest: str, *, long_first: bool = False) -> str | None:
    """A minority or foreign name written with `·` (`阿不都·热合曼说`, `何塞·安赫尔·波塔尔表示`): its
    last part is the shortest after which comes what can follow a name, less the first character of
    the next word it took (`某某·某某时说`, `某某·某某现居住`), and a double surname joined by `—` goes on
    (`某某·某某—某某说`). Its first part is of six characters at most, or eight when `long_first`
    (where the name starts is known)."""
    name = _dotted_name(rest, long_first)
    if name and len(name.rsplit("·", 1)[1]) > 2 and _took_next(name, rest[len(name) :]):
        name = name[:-1]
    if name and rest[len(name) : len(name) + 1] == "—":
        joined = _transliterated(rest[len(name) + 1 :])  # `罗慕洛—普亚塔说`
        return f"{name}—{joined}" if joined else name
    return name


def _took_next(name: str, after: str) -> bool:
    """name's last character opens the word after it: a character that follows names, or one no
    spelling uses that makes a dictionary word with what follows (`某某·某某中|将`)."""
    return name[-1] in _GLUED_ON or (name[-1] not in SPELLING and _glued_word(name[-1] + after))


def _glued_word(rest: str) -> bool:
    """rest opens with a dictionary word of two characters or more (the segmenter's reading)."""
    words = tagged(rest)
    return bool(words) and len(words[0][0]) > 1 and known(words[0][0])


def _dotted_name(rest: str, long_first: bool) -> str | None:
    m = (_DOTTED_LONG if long_first else _DOTTED).match(rest)
    if not m or ENDING.search(m.group("first")):
        return None
    stem = m.group(0)[: m.start("last")]
    for n in range(1, len(m.group("last")) + 1):
        name = stem + m.group("last")[:n]
        after = rest[len(name) :]
        if after[:1] == "因" and (words := tagged(after[1:])) and len(words[0][0]) > 1 and _follows_name(*words[0]):
            continue  # `某某·侯赛|因认为`: 因 is the name's (`因病` would be "because of")
        if _ends_name(after) or after.startswith(_ALSO_AFTER + _COMMEMORATION):
            return name  # `某某·某某近日…`, `某某·某某青铜像落成`
        words = tagged(after)
        spelt = words and all(c in TRANSLITERATION for c in words[0][0])  # `某某·巴尔迪|维索`: the name goes on
        if words and len(words[0][0]) > 1 and not spelt and _follows_name(*words[0]):  # `某某·梅举行会晤`: 举行 follows
            return name
        time_or_manner = words and len(words[0][0]) > 1 and words[0][1] in ("t", "f", "a", "ad", "vn") and known(words[0][0])
        spelling_on = words and words[0][0][0] in TRANSLITERATION and words[0][1] != "t"  # `库兹|明确`; `某某·某某|本月`
        if time_or_manner and not spelling_on and (len(words) == 1 or _follows_name(*words[1])):
            return name  # `某某·某某最近，`, `某某·某某强烈谴责`, `某某·某某预计`; not `库兹|明确`, `某某·霍普金斯|健康|安全中心`
    if 2 * sum(c in TRANSLITERATION for c in m.group("first")) < len(m.group("first")):
        return None  # `某某某向某某·某某某`: a Chinese name and a verb before a foreign one
    last = rest[len(stem) : len(stem) + MAX_SEGMENTED]
    run = next((i for i, c in enumerate(last) if c not in TRANSLITERATION), len(last))
    words = tagged(rest[len(stem) + run :])
    if run and words and _follows_name(*words[0]):  # `某某·卡拉菲利波维奇首次访问`: as the segmenter reads what follows
        return stem + last[:run]
    return None


def firmly_named(names: list[str], after: str) -> bool:
    """After a group noun (`村民`, `学生`), a name is taken only when it is clearly one: three
    characters, several in a list, or followed by punctuation or a word of two characters or more
    (`村民张三说` still is: 说 is one of the few single characters that follow a name for sure), not
    two characters closing the clause (`方便群众查阅`)."""
    if len(names) > 1 or len(names[0]) >= 3:
        return True
    if other_word(names[0]):  # `市民安宁`, `群众信任`: words
        return False
    if not after:  # `方便群众查阅。`: two characters closing the clause read as a verb, but `老人某某,`
        words = tagged(names[0])  # a name the segmenter reads, no dictionary word (`群众智慧。`)
        spelt = all(c in TRANSLITERATION for c in names[0])  # `老人某某,`: the dictionary's foreign names
        return len(words) == 1 and words[0][1] in PERSON_TAGS and (spelt or not known(names[0]))
    if after[0] in NAME_END_PUNCT or after[0] in _SURELY_AFTER_NAME:
        return True
    word = AFTER.match(after)
    return word is not None and len(word.group(0)) >= 2


def name_shaped(cand: str) -> bool:
    """All Chinese characters, a plausible name, not itself a word that follows names, not ending
    on a character that never ends one."""
    if not CHINESE.fullmatch(cand) or any(c in cand for c in "的他她") or "某" in cand[1:]:
        return False  # `保安|全的工作`, `信中他`: no name holds 的, 他; `金某` is a name withheld
    return plausible(cand) and cand not in _AFTER_WORDS and cand[-1] not in NEVER_ENDS_NAME


# what a bracket after a name says of the person: where they stand in a photo, their sex, their
# people or nationality, their other name (`某某（左二）`, `某某（女）`, `某某（蒙古族）`, `某某（化名）`)
_ANNOTATION = re.compile(rf"[（(](?:[左右中前后上下]|女|男|见图|图|原名|化名|[{CJK}]{{1,4}}[族籍])")


def _ends_name(after: str) -> bool:
    """after can follow a name: nothing, punctuation, a number (`…胡某19日到`) or a word that follows
    names (`主持`, `说`)."""
    if after.startswith(("（", "(")):
        return bool(_ANNOTATION.match(after))
    return not after or after[0] in NAME_END_PUNCT or after[0].isdigit() or after.startswith(AFTER_NAME)


def _reads_as_name(cand: str, after: str) -> bool:
    """cand is a plausible name, not itself a word that follows names (`总书记关心…`, `队员来到…`),
    and what follows it can follow a name."""
    if not name_shaped(cand) or after[:1] == "·":  # `某某某·某某`: the first part of a longer name
        return False
    if cand[1:] in _SAYING:
        return False  # `某某代表时强调`: a surname-like character, then a verb of saying
    if cand[0] == "曾" and len(cand) == 3 and known(cand[1:]) and tagged(cand[1:])[0][1] not in PERSON_TAGS:
        return False  # `作家曾撰文`, `总书记曾回忆`: 曾 is "once" before a word
    if cand[0] == "后" and len(cand) == 3 and known(cand[1:]) and tagged(cand[1:])[0][1][:1] in ("d", "m", "t"):
        return False  # `担任总书记后首次赴…`: 后 is "after" before an adverb or a time
    if other_word(cand, places=False):  # `书记习惯在…`, `书记信箱`: words that open with a surname
        return False
    return _ends_name(after) or (len(cand) == 3 and cand[-1] not in _ADVERBS and _idiom_opens(after))


_ADVERBS = frozenset("仍也还都又才就却便更亦曾已将正")  # `某某仍|记忆犹新`: an adverb before an idiom


def _idiom_opens(after: str) -> bool:
    """after opens with an idiom of four characters (`院士某某某不辞辛劳`): what a person does, after a full name."""
    words = tagged(after[:8], window=8)
    return bool(words) and len(words[0][0]) == 4 and words[0][1] in ("i", "l") and known(words[0][0])


def _surely_after(after: str) -> bool:
    """after opens with what surely follows a name: `说`, `在`, or a word of two characters or more
    (`代表`, `表示`)."""
    word = AFTER.match(after)
    return after[:1] in _SURELY_AFTER_NAME or (word is not None and len(word.group(0)) >= 2)


def _cut_after(rest: str, short: str) -> bool:
    """The segmenter reads short as a word of its own, then a dictionary word of two characters or
    more: `阎某|创作`, `王某|关于`."""
    words = tagged(rest)
    return len(words) > 1 and words[0][0] == short and len(words[1][0]) > 1 and known(words[1][0])


def _short_reading_better(rest: str, sl: int) -> bool:
    """`王刚为首场…`: both 王刚为 + 首 and 王刚 + 为 parse; prefer the one whose next word is a
    verb or function word rather than a single character that happens to be one."""
    long_match = AFTER.match(rest, sl + 2)
    short_match = AFTER.match(rest, sl + 1)
    long_word = long_match.group(0) if long_match else ""
    short_word = short_match.group(0) if short_match else ""
    return len(short_word) > len(long_word) or (len(long_word) == 1 and long_word in "为在是以的")


def word_at(rest: str, name: str) -> bool:
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


def other_word(name: str, places: bool = True) -> bool:
    """A two-character name the segmenter's dictionary knows as another word (`智库`, `信任`); a
    place too unless not `places` (the dictionary has foreign names as places: `普京`)."""
    if len(name) != 2 or not known(name):
        return False
    words = tagged(name)
    return len(words) == 1 and words[0][1] not in PERSON_TAGS and (places or words[0][1] != "ns")


def not_a_name(word: str) -> bool:
    """word is in the segmenter's dictionary, and not as a name of three characters (`莫里森` is; two
    characters tagged a name are words as often: `卓越`, `殷殷`). The dictionary tags places and
    things names too (`石家庄`, `农家乐`): only where a title stands before it is this enough."""
    return known(word) and (len(word) < 3 or tagged(word) != [(word, "nr")])


def no_other_word(name: str) -> bool:
    """name is in the segmenter's dictionary as a name or not at all."""
    if not known(name):
        return True
    words = tagged(name)
    return len(words) == 1 and words[0][1] in PERSON_TAGS


# what follows a surname in what a story calls someone, not a name: `高师傅`, `赵大爷`, `陈阿婆`
_HONORIFICS = frozenset("师傅 大爷 大妈 大娘 大姐 大哥 大叔 阿姨 奶奶 爷爷 阿婆 婆婆 叔叔 伯伯 老汉 老师 老伯 老太 大伯 阿公 老爷子 老太太 太太 先生 女士 小姐 爹爹 老爹 同学 老叔 老婶 老哥 老弟".split())


def plausible(name: str) -> bool:
    """Starts with a surname, is not a common word, and does not open with the conjunction 和
    or the adverb 都 (`老人和孩子`, `作家都融合`): as surnames they are rare, as words after a title common."""
    if surname_length(name) == 0 or name in _NOT_NAMES or name[:2] in _NOT_NAMES or name[0] in _NOT_NAMES:
        return False
    if name.endswith(("委会", "楼")):
        return False  # `欧委会`, `宿舍楼`: a body, a building
    if len(name) == 2 and name[0] == "边" and tagged(name[1])[:1] == [(name[1], "v")]:
        return False  # `导游边走边…`: while doing
    if name[surname_length(name) :] in _HONORIFICS or name[-1] in _PARTICLES:
        return False
    return not EDGE_ENDING.search(name)


_PARTICLES = frozenset("了着的吗呢吧感们啥")  # what ends a verb, a sentence or a feeling, never a name: `师傅习惯了`, `群众幸福感`


def at_word_start(clause: str, i: int) -> bool:
    return i == 0 or not re.match(rf"[{CJK}]", clause[i - 1]) or clause[i - 1] in "“的"
