"""People named with no title: who speaks (`张某说`) or opens clauses, who is printed again and
again, whom a noun before the name describes (`士官某某某走到`), and, with the optional model
(`store.ner`), names said once. Pure functions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from store import ner
from store.name_shapes import (
    AFTER_TWO,
    CHINESE,
    CLAUSE,
    EDGE_ENDING,
    MIN_AGAIN,
    ORGAN,
    PLACE_END,
    SPELLING,
    TRANSLITERATION,
    by_next_word,
    dotted_name,
    follows_full_name,
    given_name_pieces,
    name_shaped,
    not_a_name,
    occurrences,
    other_word,
    place_or_glued,
    plausible,
    word_ends,
)
from store.names import (
    JAPANESE_SURNAMES,
    SURNAMES,
    TITLE_ENDINGS,
    surname_length,
)
from store.text import CJK
from store.words import PERSON_TAGS, known, tagged

_CREDIT_NOUNS = ("记者", "通讯员", "摄影", "作者", "编辑")

# the last characters of nouns for people (`士官`, `业主`, `保安`, `菜农`, `大嫂`), not of other nouns (`距离`)
_PERSON_NOUN_ENDS = frozenset("官主员师长家者手工人生士民友嫂姐哥弟妹妈爸爷奶姨叔婶伯娘夫妻子女孩儿将兵警医匠农户商客安导姑婆公翁帅侠伴管使妇委母父干事侨学角媳宾徒童郎秀星雄模杰魁头目领袖才游犯孙胎令锋豪" "科司处局室站所队组办院部区团库")

_SAID = frozenset("说 表示 介绍 告诉 认为 说道".split())


def read_as(words: list[tuple[str, str]], name: str) -> int:
    """How many of the segmenter's words make up name when they open words as a name: one word
    tagged a name, or two name pieces (`某|某某`); 0 when they don't."""
    if words[:1] and words[0][0] == name and words[0][1] in PERSON_TAGS:
        return 1
    spelt = sum(c in TRANSLITERATION for c in name) > 1  # `卢|卡拉`: a foreign word cut, not a Chinese name
    if len(words) > 1 and words[0][0] + words[1][0] == name and all(t in PERSON_TAGS for _, t in words[:2]) and not spelt:
        return 2
    return 0


def described(text: str) -> list[tuple[str, str]]:
    """Names the segmenter reads right after a noun that says who the person is, where no title
    ending does (`士官某某某走到`, `业主某某某说`): three characters opening with a surname, no
    dictionary word, followed by what can follow a full name; the noun is the title as written."""
    out = []
    for paragraph in text.split("\n"):
        if len(paragraph) < 5:
            continue  # a noun of two characters, then a name: nothing to read
        words = tagged(paragraph, window=len(paragraph))
        for i in [i for i, (_, tag) in enumerate(words) if tag in PERSON_TAGS and i]:  # names first: few
            (noun, kind), (name, _), after = words[i - 1], words[i], words[i + 1] if i + 1 < len(words) else ("", "")
            if kind not in ("n", "nz") or len(noun) < 2 or not known(noun) or noun[-1] not in _PERSON_NOUN_ENDS:
                continue  # `距离某某某退伍`: a noun, but of no person
            if noun.endswith(_CREDIT_NOUNS) or place_or_glued(name):
                continue  # `记者某某`: a credit, read with the byline
            if not name_shaped(name) or known(name):
                continue
            if (len(name) == 3 and (not after[0] or follows_full_name(*after))) or (len(name) == 2 and after[0] in _SAID):
                out.append((name, noun))  # two characters only before what they said: `保安某某说`
    return out


# who speaks at the start of a clause: `张某说`, `李某某告诉记者`
_SPOKE = re.compile(rf"^[“”\s\u3000]*([{CJK}]{{2,3}}?)(?:说|表示|介绍|告诉记者|坦言|感叹|认为|回忆|笑着说)")

MIN_SUBJECT = 2  # clauses a name with no title must open to be read as one


def subjects(text: str) -> list[str]:
    """People named with no title who open clauses (`贾某感到…。贾某重新…`) or follow 的
    (`出场的某某某由…`): a name the segmenter reads as one (or in two name pieces), so placed at least MIN_SUBJECT times
    (only places whose first three characters open that many are read: the scan runs on every text
    of an archive)."""
    clauses = [c.lstrip("“”\"' \u3000") for c in CLAUSE.split(text)]
    starts = clauses + [piece for c in clauses if "的" in c for piece in c.split("的")[1:]]  # `出场的某某某由…`
    seen = Counter(s[:3] for s in starts if surname_length(s))
    counts: Counter[str] = Counter()
    for start in starts:
        if seen[start[:3]] < MIN_SUBJECT:
            continue
        words = tagged(start)
        name, n = start[:3], read_as(words, start[:3])  # `某某某` or `某|某某`
        if n and len(words) > n and not known(name) and name_shaped(name) and not place_or_glued(name) and follows_full_name(*words[n]):
            counts[name] += 1
    return [n for n, c in counts.items() if c >= MIN_SUBJECT]


MIN_NAMED = 3  # times a three-character name with no title must be printed to be read as one

_SURNAME = f"[{''.join(sorted(SURNAMES))}]"  # a character that opens a Chinese name

_SURNAME_GRAM = re.compile(rf"(?=({_SURNAME}.{{2}}))", re.S)  # three characters from a surname on


def recurrent(text: str) -> list[str]:
    """People named with no title, again and again (`婆婆杜某某有点激动…杜某某仔细地算着…`): three
    characters printed at least MIN_NAMED times, followed by different characters (`梅德韦` is
    always followed by 杰), that open with a surname, are no dictionary word nor a place, and that
    the segmenter reads as a name where one of them starts a clause or follows 的."""
    grams = Counter(m[1] for m in _SURNAME_GRAM.finditer(text))
    out = []
    for gram, n in grams.items():
        if n < MIN_NAMED or gram[-1] in PLACE_END or not name_shaped(gram) or known(gram):
            continue
        at = occurrences(text, gram)
        if len({text[i + 3 : i + 4] for i in at}) < MIN_AGAIN or any("·" in text[i - 1 : i + 4] for i in at):
            continue
        for i in at:
            before = text[i - 1 : i]
            if (not before or not re.match(rf"[{CJK}]", before) or before == "的") and read_as(tagged(text[i:]), gram):
                out.append(gram)
                break
    return out


def model_names(text: str, found: list[str]) -> list[str]:
    """The names the optional statistical model finds that the rules did not, kept when they have
    the shape of names and the text bears them out (the model alone is right about names only 86
    times in 100): three characters or more that the segmenter reads as one word, or two in a
    person's place: before a title or after one, or listed with another name (`甲、乙、丙`,
    `甲与乙`); right by a title, any name of two to six characters the segmenter does not cut
    (`某国总统某某某某嘎`, a surname no list holds). Never a writer's credit, which the byline gives."""
    if ner.enabled_model() is None:
        return []
    model = [_uncredited(n, text) for n in ner.people("\n".join(_worth_reading(text, found)))]
    names = [n for n in model if not any(n in f or f in n for f in found) and not credited(n, text) and not listed_as_things(n, text)]
    names = [n for n in names if not any(n != m and n in m for m in model)]  # `郑某某` inside `林郑某某`
    names = [n for n in names if not _whose_title(n, text, found) and not _counted_by(n, text) and not _a_place_by_what_follows(n, text)]
    long = [n for n in names if len(n) >= 3 and _model_shaped(n) and _one_word(n, text)]
    short = _listed_short(names, text, found + long)
    titled = [n for n in names if n not in long and _titled_shape(n) and _next_to_a_title(n, text)]
    return long + short + titled


_WROTE = re.compile(rf"记者[ \u3000]*(?P<name>[{CJK}]{{2,4}})文(?=[ \u3000\n]|$)")


def _uncredited(name: str, text: str) -> str:
    """`本报记者 某某某文`: the writer's name without the `文` (text by) the model reads as its end (a
    name of four characters with a surname of one: given names are of two at most)."""
    if name.endswith("文") and len(name) == 4 and surname_length(name) == 1 and any(m["name"] == name[:-1] for m in _WROTE.finditer(text)):
        return name[:-1]
    return name


_PLACE_AFTER = re.compile(r"\d{1,2}月\d{1,2}日电|[市县省州镇港](?![长委])")


def _everywhere(name: str, text: str, holds: Callable[[int], bool]) -> bool:
    """name is printed in text and holds(at) is true wherever it is."""
    spots = occurrences(text, name)
    return bool(spots) and all(holds(at) for at in spots)


def _a_place_by_what_follows(name: str, text: str) -> bool:
    """Everywhere name is printed a dateline's day or a place's ending follows it (`某某2月10日电`,
    `首都某某市`): a place the model read as a person."""
    return _everywhere(name, text, lambda at: bool(_PLACE_AFTER.match(text, at + len(name))))


def _counted_by(name: str, text: str) -> bool:
    """Everywhere name is printed its first character is a measure word said twice (`一张张坚毅的面孔`)."""
    return _everywhere(name, text, lambda at: text[max(0, at - 2) : at] == "一" + name[0])


def _whose_title(name: str, text: str, found: list[str]) -> bool:
    """Everywhere name is printed a title follows it, then a person found (`某国外长某某`): the country
    or the body whose title it is, which the segmenter may tag a name."""
    return _everywhere(name, text, lambda at: _then_titled(text[at + len(name) : at + len(name) + 12], found))


def _then_titled(after: str, found: list[str]) -> bool:
    for person in found:
        at = after.find(person)
        title = after[:at]
        words = tagged(title) if 1 < at <= 6 and title.endswith(TITLE_ENDINGS) else []
        if words and all(tag[:1] == "n" for _, tag in words):
            return True  # `外长`, `国防部长`: nouns only between (not `某某以及局长某某`, `某某、部长某某`)
    return False


def _listed_short(names: list[str], text: str, others: list[str]) -> list[str]:
    """The names of two characters in a person's place, or listed with one that is (`甲、乙、丙某某各获`:
    甲 beside 乙, 乙 beside 丙某某), in the order found."""
    candidates = [n for n in names if len(n) == 2 and _model_shaped(n)]
    short = [n for n in candidates if _in_a_persons_place(n, text, others)]
    while new := [n for n in candidates if n not in short and _an_item(n, text) and _in_a_persons_place(n, text, short)]:
        short += new
    return [n for n in candidates if n in short]


def _an_item(name: str, text: str) -> bool:
    """name is printed as a whole item of a list somewhere (`、某某、`), not the start of a longer one (`某某|亮、`)."""
    return any(text[at - 1 : at] in _ITEM_BEFORE and text[at + len(name) : at + len(name) + 1] in _ITEM_AFTER for at in occurrences(text, name))


_ITEM_BEFORE = ("", "\n", *"、：:，,和与及（(")  # `""`: the text's start
_ITEM_AFTER = tuple("、，,。；;和与及等）)")


def _titled_shape(name: str) -> bool:
    """A name the model finds right by a title may open with a surname no list holds (`慎某某`,
    `毋某`) or run to six characters of transliteration (`某某某某嘎`): Chinese, no place ending, no
    dictionary word but a proper noun (`普京`, read as a place)."""
    if not 2 <= len(name) <= 6 or not CHINESE.fullmatch(name) or place_or_glued(name) or any(c in name for c in "的他她某"):
        return False
    if name.endswith(TITLE_ENDINGS + _ADDRESSED) or name.endswith("人") or (len(name) == 2 and name[0] in "小老阿"):
        return False  # `李女士`, `王大爷`, `老李`: how a person is addressed, the name withheld; `某某人`: a people
    if len(name) > 4 and 2 * sum(c in TRANSLITERATION for c in name) <= len(name):
        return False
    return not known(name) or tagged(name)[0][1] in _PROPER


_ONE_AFTER = "对说向在将已也和与同为曾就"  # single characters that follow a name, which the segmenter may glue on

_ADDRESSED = ("大爷", "大妈", "大娘", "奶奶", "爷爷", "阿姨", "小姐", "大哥", "大姐", "老伯", "叔叔", "大叔", "婶", "伯")
# what stands after a person's name and never after a firm's or a place's (`某某总统`, not `某某董事长`)
_ONLY_AFTER_A_PERSON = ("总统", "先生", "女士", "同志", "教授", "院士", "总理", "首相", "夫妇", "等人", "陛下", "阁下")


def _next_to_a_title(name: str, text: str) -> bool:
    """Somewhere name is printed right after a title (`某国总统某某`) or, no place the dictionary
    knows, right before what follows only a person (`某某总统`, not `莫桑比克总统`), and the
    segmenter's words there start and end where it does (not `国圭亚|那`, `哈萨克|斯坦`)."""
    place = known(name) and tagged(name)[0][1] not in PERSON_TAGS  # `某国总统`: a country, then its president
    for at in occurrences(text, name):
        end = at + len(name)
        if text.endswith(TITLE_ENDINGS, 0, at) or (text.startswith(_ONLY_AFTER_A_PERSON, end) and not place):
            start = max(0, at - 6)
            cuts, pos = {start}, start
            for word, _tag in tagged(text[start : end + 4], window=end + 4 - start):
                pos += len(word)
                cuts.add(pos)
            if at in cuts and (end in cuts or (end + 1 in cuts and text[end : end + 1] in _ONE_AFTER)):
                return True  # `队员|素吉对|本报`: the segmenter glued a preposition on
    return False


_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


def _worth_reading(text: str, found: list[str]) -> list[str]:
    """The sentences of text where the segmenter reads what may be a person the rules did not take:
    a word it tags a name, one it does not know that opens with a surname or is mostly
    transliteration, a surname it cut off as a word of its own (`张|建树`, `江原|规由：`), a proper
    noun right after a title (`总统|普京`, read as a place). Less
    than half a report's characters, 99 in 100 of the people the model adds (4,741 人民日报
    records): the model, costly, reads only these."""
    out = []
    for sentence in _SENTENCE.findall(text):
        words = tagged(sentence, window=len(sentence))
        for k, (word, tag) in enumerate(words):
            whom = _maybe_a_person(word, tag, words[k + 1 : k + 3])
            if not whom and k and tag in _PROPER and words[k - 1][0].endswith(TITLE_ENDINGS):
                whom = word  # `总统|普京`: a proper noun right after a title, whatever the segmenter calls it
            if whom and not any(whom in f for f in found):
                out.append(sentence)
                break
    return out


_CUT_SURNAME_TAGS = frozenset("nr nrfg q a v j zg ng n m r".split())  # what the segmenter calls a surname it cut off


def _maybe_a_person(word: str, tag: str, after: list[tuple[str, str]]) -> str | None:
    """What may be a person's name where word stands, or None."""
    if len(word) < 3 and word[0] not in SURNAMES and tag not in PERSON_TAGS:
        return None  # the test most words fail, first (the model's reading is gated on every word)
    if len(word) == 1 and word in SURNAMES and (tag in _CUT_SURNAME_TAGS or tag in PERSON_TAGS):
        cut = after[:1] and _ALL_CJK.fullmatch(after[0][0]) and len(after[0][0]) <= 2
        return word + after[0][0] if cut else None  # `张|建树`
    if tag in PERSON_TAGS:
        return word
    if len(word) > 1 and (word[0] in SURNAMES or sum(c in TRANSLITERATION for c in word) > 2) and not known(word):
        return word
    if not after or not _ALL_CJK.fullmatch(after[0][0]):
        return None
    # `江原|规由：`: a surname and a character read as a place or a noun, one more character, then no word
    ends = len(after) == 1 or not _ALL_CJK.fullmatch(after[1][0])
    if len(word) == 2 and word[0] in SURNAMES and tag in ("ns", "nz", "n") and len(after[0][0]) == 1 and ends:
        return word + after[0][0]
    return None


_ALL_CJK = re.compile(rf"[{CJK}]+")


_BODY_ENDINGS = ("院", "大学", "中学", "小学", "学校", "基金会", "中心", "公司", "集团", "协会", "银行", "俱乐部", "博物馆", "奖", "号", "广场", "大街", "大道", "大桥", "大厦", "酒店", "剧场")


def _model_shaped(name: str) -> bool:
    """With `·` between parts of Chinese characters, mostly transliteration characters, a Japanese
    surname, or a Chinese surname; no place."""
    if "·" in name:
        body = name.endswith(_BODY_ENDINGS)  # `某某·某某医学院`, `某某·某某基金会`: named after a person
        return all(CHINESE.fullmatch(part) for part in name.split("·")) and "·" in name[1:-1] and not body
    if len(name) > 4 or not CHINESE.fullmatch(name) or place_or_glued(name):
        return False
    if len(name) == 4 and name.endswith("人"):  # `某某某人`: where someone is from
        return False
    if name.endswith(_ADDRESSED) and (name[-1] not in "伯婶" or name[-2] in "伯婶老大"):
        return False  # `某阿姨`, `某老伯`, `某伯伯`: how a person is addressed, the name withheld (`克利伯` is spelt)
    if len(name) == 4 and _ends_in_a_noun(name):  # `某某街道`, `某家大院`: a place named after a family
        return False
    spelt = 2 * sum(c in TRANSLITERATION for c in name) > len(name)
    if len(name) == 4 and not spelt and surname_length(name) == 1 and tagged(name)[0] == (name[:3], "nr") and known(name[:3]):
        return False  # `毛泽东班`, `某某某文`: a person the dictionary knows and the next word's first character
    return spelt or name.startswith(JAPANESE_SURNAMES) or name_shaped(name)


def _ends_in_a_noun(name: str) -> bool:
    """The segmenter reads name's last two characters as a common noun or a place (`街道`, `大街`)."""
    words = tagged(name)
    return len(words) == 2 and len(words[1][0]) == 2 and words[1][1] in ("n", "ns", "s", "nt") and known(words[1][0])


# a list that ends in what its items are, things not people: `甲、乙、丙等公司`
_FIRMS = re.compile(
    r"(?:、[^，。；、\n]{1,12}){0,12}等(?:公司|企业|品牌|单位|机构|集团|银行|商家|厂家|院校|学校|医院|地)(?=[已在将都也均的和与及，,。；;、：:）)]|$)"
)


def listed_as_things(name: str, text: str) -> bool:
    """Everywhere name is printed it is an item of a list of firms or other things (`甲、乙等公司`)."""
    return all(_FIRMS.match(text, at + len(name)) for at in occurrences(text, name))


def credited(name: str, text: str) -> bool:
    """name is printed only inside a bracket that credits writers or photographers."""
    for at in occurrences(text, name):
        opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))  # full-width or half-width
        if opened < 0 or max(text.rfind("）", 0, at), text.rfind(")", 0, at)) > opened:
            return False
        alone = text[opened + 1 : at] == "" and text[at + len(name) : at + len(name) + 1] in ("）", ")")
        if not re.search("记者|摄|报道|整理|采写", text[opened:at]) and not alone:
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
_AFTER_A_NAME = re.compile("主席|先生|女士|同志|代表|委员|教授|院士|总理|部长|书记|夫妇|等人|扮演|饰演|主演")


def _in_a_persons_place(name: str, text: str, others: list[str]) -> bool:
    """Somewhere name stands before a title or after one, or is listed with one of others."""
    for at in occurrences(text, name):
        before, after = text[max(0, at - 8) : at], text[at + len(name) : at + len(name) + 8]
        if _AFTER_A_NAME.match(after) or EDGE_ENDING.search(before) or before.endswith("作者"):
            return True
        if any(before.endswith(o + c) or after.startswith(c + o) for o in others for c in "、与和及"):
            return True
    return False


# a name after 的 or 叫 that ends there: `退休后自费开办家庭课堂的某某某；`, `一个叫某某某的男护士`
_AFTER_OF = re.compile(
    rf"(?:的|叫)(?=({_SURNAME}[{CJK}])(?:说|表示|介绍|[（(][图左右])"
    rf"|({_SURNAME}[{CJK}]{{2}})(?:[，,。；;、：:）)]|[（(][图左右]|叫|的|说|是|作为|用))"
)


def _called_a_person(text: str, at: int, end: int) -> bool:
    """`叫` at `at` names a person whatever the segmenter reads: `名叫`, `他叫`, `新郎叫`, or a name
    followed by 的 and no place (`一个叫某某某的男护士`, not `一个叫某某港的地方`)."""
    if text[at - 1 : at] in ("名", "他", "她", "郎", "娘"):
        return True
    return text[end : end + 1] == "的" and not text[end + 1 :].startswith(("地方", "村", "小镇", "地"))


_THING_END = "时头具园馆店厂场站器机车船楼塔厅室所社节课"  # `…的某某时，`, `的某某头`, `的某某园`: a time, things, places


def named_after_of(text: str) -> list[str]:
    """People named once, with no title, after 的 or 叫 (`…的某某某，`, `叫某某某的`): three characters
    the segmenter reads as a name, followed by punctuation or what follows a name, or two before what
    they said (`…团队的某某说`); no dictionary word
    (the segmenter tags `幸福感` a name too)."""
    out = []
    for m in _AFTER_OF.finditer(text):
        name = m[1] or m[2]
        if name in out or not name_shaped(name) or place_or_glued(name) or name[-1] in PLACE_END + _THING_END:
            continue
        words = tagged(text[m.end() :], window=6)
        called = text[m.start()] == "叫" and len(name) == 3 and _called_a_person(text, m.start(), m.start() + 1 + len(name))
        glued = len(name) == 2 and bool(words) and words[0] == (name + text[m.end() + 2 : m.end() + 3], words[0][1]) and words[0][1] in PERSON_TAGS
        if (read_as(words, name) or called or glued) and not known(name):  # `…的某某|说`: the segmenter glued 说 on
            out.append(name)  # read as a name, or as two pieces of one (`某某|某`)
    return out


# `·` between Chinese characters: where a foreign or minority name may be printed, wherever it is
_DOT = re.compile(rf"(?<=[{CJK}])·(?=[{CJK}])")


def dotted(text: str) -> list[str]:
    """Foreign and minority names written with `·`, title or none (`得主某某·某某某表示`, `的某·某某撞击坑`):
    the name starts where the words before the first `·` stop being name pieces (transliteration
    characters, or what the segmenter reads as a name or knows as no word); each part a name piece,
    one spelt at least half in transliteration characters; never in quotes (`“某某·某某”` names a
    place, a campaign or a work), never ending as a place does."""
    out: list[tuple[str, int]] = []
    refused: set[int] = set()
    for m in _DOT.finditer(text):
        if any(start < m.start() < start + len(n) for n, start in out):
            continue  # a later `·` of a name already read
        start = _name_start(text, m.start())
        if start is None or start - 1 in refused:
            continue  # a later `·` of a name refused: no name starts here
        name = _dotted_at(text, start)
        if not name:
            refused.add(m.start())
        elif name not in [n for n, _ in out]:
            out.append((name, start))
    names = [n for n, _ in out]
    return [n for n in names if not any(m != n and (m.startswith(n) or m.endswith("·" + n)) for m in names)]  # `某·某某` cut short once


def _dotted_at(text: str, start: int) -> str | None:
    """The name with `·` that starts at start, cut from the word after it; none in quotes, none
    ending as a place does, none with no part spelt (`某创·武汉`)."""
    name = dotted_name(text[start:], long_first=True)
    if name and name[-1] == "像":
        name = name[:-1]  # `某某·某某像落成`: a statue of the person
    if name and name[-1] == "摄":
        return None  # `某某·某某摄`: a photographer's credit, read with the byline
    if not name or "·" not in name or name[-1] in PLACE_END:
        return None  # `某某·某某镇`: a place
    end = start + len(name)
    if (start > 0 and text[start - 1] in _QUOTES) or text[end : end + 1] in _QUOTES:
        return None  # `“助学·筑梦”`: a campaign, a place, a work
    parts = name.split("·")
    if all(map(_name_piece, parts)) and any(map(_spelt, parts)):
        return name
    return None


def _spelt(part: str) -> bool:
    """A part of a name with `·` mostly in transliteration characters, or that the segmenter reads
    as a name (`冯`)."""
    words = tagged(part)
    return _mostly_spelt(part) or (len(words) == 1 and words[0][1] in PERSON_TAGS)


def _mostly_spelt(part: str) -> bool:
    return 2 * sum(c in SPELLING for c in part) > len(part)


MAX_PIECE = 4  # characters of a part of a name with `·` not all of transliteration characters


def _name_piece(part: str) -> bool:
    """A part of a name with `·`: two characters or more (but for a single surname, `某·某某`),
    holding no word the segmenter knows as anything but a name piece (`热评·最美奋斗者` of a column's
    label is no name; a place may be one, `卡门`); beyond MAX_PIECE characters, mostly transliteration
    characters (`某·某祝贺新中国` runs on into the sentence)."""
    if len(part) > MAX_PIECE and not _mostly_spelt(part):
        return False
    for word, tag in tagged(part, window=len(part)):
        if len(word) > 1 and known(word) and tag not in _PROPER and not all(c in SPELLING for c in word):
            return False
    return len(part) > 1 or tagged(part)[:1] == [(part, "nr")]


_PROPER = PERSON_TAGS | {"ns", "nz", "nt"}  # the dictionary's proper names: of people, places (`卡门`), others (`莱文`)

# single words that end before a name: function words and the verbs that take a person (`让某·某某`)
_BEFORE_A_NAME = frozenset("的和与及向给对致在是为把被让同由据从到叫请派找见送陪帮问随跟继")

_QUOTES = "“”《》「」‘’\""

_NOUN_ENDS = "官员人者家师主们手士长"  # the last character of a noun the segmenter glued onto a name (`官|布某某`)

MAX_FIRST = 8  # characters of a first part


_LEADS_A_NAME = "向和与及给对致同"  # what stands before a name and is no part of one


def _name_start(text: str, dot: int) -> int | None:
    """Where the name whose first `·` is at dot starts: back over the words the segmenter reads as a
    name or knows as no word, then over transliteration characters it read as words (`埃马|纽埃|尔`
    as places); never from the last character of a noun (`信息官|布某某`)."""
    start = max(0, dot - MAX_FIRST - 2)
    pos, words = start, []
    for word, tag in tagged(text[start:dot], window=MAX_FIRST + 2):
        words.append((pos, word, tag))
        pos += len(word)
    first = dot
    for pos, word, tag in reversed(words):
        if 1 < len(word) <= 4 and word[0] in _LEADS_A_NAME and tag in PERSON_TAGS and not known(word):
            first = pos + 1  # `向某某|·…` read as a name: the segmenter glued the preposition on
            break
        spelt = all(c in TRANSLITERATION for c in word)
        if not CHINESE.fullmatch(word) or word in _BEFORE_A_NAME or (len(word) == 1 and tag[0] in "pcur" and not spelt):
            break
        if EDGE_ENDING.search(word):
            break  # `某某尔夫人|某某·某某`: a title the segmenter glued a name's end onto
        if len(word) > 1 and known(word) and tag not in PERSON_TAGS and not spelt:
            break
        if len(word) > 1 and known(word) and first < dot and 2 * sum(c in TRANSLITERATION for c in word) <= len(word):
            break  # a word the segmenter calls a name before the name's first piece (`连胜|某克·…`)
        first = pos
    for pos, word, tag in reversed([w for w in words if w[0] < first]):
        if pos < dot - MAX_FIRST or tag[0] in "vcpdrua" or not all(c in SPELLING for c in word):
            break
        first = pos  # `埃马|纽埃|尔`, `亚历|杭德罗`: spelt as places or words; not `对比|特某某`, `总理|某某`
    while first < dot - 1 and text[first] in _NOUN_ENDS and text[first + 1] in SPELLING:
        first += 1
    return first if first < dot else None


MIN_FOREIGN = 2  # times a foreign name with no title must be printed to be read as one

# a run of transliteration characters, as foreign names print with no `·` (`某某某说`, `老人某某,`)
_SPELT_RUN = re.compile(f"[{''.join(sorted(TRANSLITERATION))}]{{2,5}}")

# what stands before a foreign name (the start of a clause, 的) or after one (what they said or did)
_FOREIGN_BEFORE = set("，,。；;：:！!？?“”\n、的") | {""}
_FOREIGN_AFTER = ("说", "表示", "介绍", "认为", "告诉", "回忆", "举起", "感觉", "还能", "则在", "的")


def foreign_names(text: str) -> list[str]:
    """Foreign people named with no title and no `·`, again and again (`某某某在瑞士…这让某某某感觉…`):
    a run of three to five transliteration characters printed MIN_FOREIGN times or more, once at
    least opening a clause (or after 的) and before what a person says or does, no dictionary word
    (the dictionary's foreign names are mostly places and firms), in pieces the segmenter reads as
    proper names."""
    runs = Counter(m[0] for m in _SPELT_RUN.finditer(text))
    out = []
    for run in [r for r, n in runs.items() if n >= MIN_FOREIGN]:
        if len(run) < 3:
            continue  # two characters are too often a piece of a word
        if known(run) or not all(tag in _PROPER for _, tag in tagged(run)):
            continue  # `莫斯科`, `伊拉克`: the dictionary has places and firms (and tags them names)
        at = occurrences(text, run)
        if any(text[i - 1 : i] in _FOREIGN_BEFORE and text[i + len(run) :].startswith(_FOREIGN_AFTER) for i in at):
            out.append(run)
    return out


_AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})多?岁的|(?<!\d)[5-9]0后的?")  # `61岁的`, `80后`


# `正如某某所说`, `正如某某某所强调`: whose words are quoted
_AS_SAID = re.compile(rf"(?:正如|如同|就像)([{CJK}]{{2,5}}?)(?:同志|先生|女士)?所(?:说|言|讲|强调|指出|写|讲的)")


def quoted(text: str) -> list[str]:
    """People whose words are quoted as `正如某某所说`: a Chinese name of two or three characters or
    a transliterated one, no dictionary word but a name."""
    out = []
    for m in _AS_SAID.finditer(text) if "正如" in text or "如同" in text or "就像" in text else ():
        name = m[1]
        spelt = len(name) >= 2 and all(c in TRANSLITERATION for c in name)
        if name in out or not (spelt or (len(name) <= 3 and name_shaped(name))) or not_a_name(name) or place_or_glued(name):
            continue
        out.append(name)
    return out


def aged(text: str) -> list[str]:
    """People named right after their age (`61岁的某某某弯着腰`, `85岁的某某某是`): a name read after a
    title, or three characters from a surname that are no dictionary word, followed by what can follow
    a full name."""
    out = []
    for m in _AGE.finditer(text) if "岁的" in text or "0后" in text else ():
        rest = text[m.end() : m.end() + 12]
        name = by_next_word(rest) or _full_name(rest)
        if not name or name in out or place_or_glued(name) or not_a_name(name) or name[-1] in _THING_END:
            continue  # never `60多岁的阿姨`, `七八岁的娃娃`, `见到14岁的某某时，`
        out.append(name)
    return out


def _full_name(rest: str) -> str | None:
    """Three characters opening rest, from a surname, that the segmenter ends where the next word
    begins, reads no word but a name or a place in (`庄稼|汉`), and that are followed by what can follow a full
    name; never the two characters of a name and a word (`某某|加入`, `某某|来说`)."""
    if surname_length(rest) != 1 or not name_shaped(rest[:3]) or known(rest[:3]) or known(rest[2:4]):
        return None
    pieces = word_ends(rest, 8).get(3)
    if pieces is None or any(len(w) > 1 and known(w) and t not in PERSON_TAGS | {"nz", "ns"} for w, t in pieces):
        return None  # a place may be a given name: `某|金华`
    after = tagged(rest[3:], window=8)
    if not given_name_pieces(pieces[1:]) or not after:
        return None
    return rest[:3] if follows_full_name(*after[0]) else None


# three characters from a surname opening a clause, after its quotes and spaces
_CLAUSE_OPENER = re.compile(rf"(?:^|(?<=[，,。；;：:！!？?\n]))[“”\"' \u3000]*({_SURNAME}[{CJK}]{{2}})(?=[^，,。；;：:！!？?\n]{{2}})")

_OPENER_AFTER = frozenset("说 在 从 用 把 将 被 向 对 和 与 给 也 又 就 便 正 曾 已 还 都".split())


def openers(text: str) -> list[str]:
    """People named once, with no title, where a clause opens with them (`某某某来到…`, `某某某用自己的…`):
    three characters the segmenter reads as one name and knows as no word, followed by a word
    that follows names (`来到`, `介绍`) or a single preposition, adverb or 说, and printed wherever
    two of its characters are."""
    out: list[str] = []
    for m in _CLAUSE_OPENER.finditer(text):
        name = m[1]
        if name in out or known(name) or not name_shaped(name) or place_or_glued(name):
            continue
        if max(text.count(name[:2]), text.count(name[1:])) > text.count(name):
            continue  # `巴方|愿`, `韩老|才告诉`, `但|某某`: two of the characters stand elsewhere without the third
        words = tagged(text[m.start(1) : m.start(1) + 10], window=10)
        n = read_as(words, name)
        if not n or len(words) <= n:
            continue
        after = words[n][0]
        if (name[0] == "应" and after == "邀请") or (name[0] == "连" and after in ("都", "也")):
            continue  # `应|某方|邀请`: at the invitation of; `连|某某|都`: even, not names
        verb = len(after) >= 2 and words[n][1] == "v" and known(after)  # `某某某编导…`
        if after in _OPENER_AFTER or (len(after) >= 2 and after in AFTER_TWO) or verb:
            out.append(name)
    return out


def speakers(text: str) -> list[str]:
    """People named with no title who speak (`张某说`, at the start of a clause) and are named
    again elsewhere in the text: a name said twice, once speaking, is no common word."""
    out = []
    for clause in CLAUSE.split(text):
        m = _SPOKE.match(clause)
        if not m or not plausible(m[1]) or ORGAN.search(m[1]) or m[1] in out or text.count(m[1]) < 2:
            continue
        if not other_word(m[1]) or any(EDGE_ENDING.search(text[max(0, i - 8) : i]) for i in occurrences(text, m[1])):
            out.append(m[1])  # a word (`公报说`) only where a title stands before it too (`委员某某说`)
    return out
