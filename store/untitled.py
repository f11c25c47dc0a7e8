"""People named with no title: who speaks (`张某说`) or opens clauses, who is printed again and
again, whom a noun before the name describes (`士官某某某走到`), and, with the optional model
(`store.ner`), names said once. Pure functions."""

from __future__ import annotations

import re
from collections import Counter

from store import ner
from store.name_shapes import (
    CHINESE,
    CLAUSE,
    EDGE_ENDING,
    MIN_AGAIN,
    ORGAN,
    PLACE_END,
    TRANSLITERATION,
    follows_full_name,
    name_shaped,
    occurrences,
    place_or_glued,
    plausible,
)
from store.names import (
    JAPANESE_SURNAMES,
    SURNAMES,
    surname_length,
)
from store.text import CJK
from store.words import PERSON_TAGS, known, tagged

_CREDIT_NOUNS = ("记者", "通讯员", "摄影", "作者", "编辑")

_SAID = frozenset("说 表示 介绍 告诉 认为 说道".split())


def described(text: str) -> list[tuple[str, str]]:
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
    (`出场的某某某由…`): a name the segmenter reads as one, so placed at least MIN_SUBJECT times
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
        name = words[0][0] if len(words) > 1 and words[0][1] == "nr" else ""
        if len(name) == 3 and not known(name) and name_shaped(name) and not place_or_glued(name) and follows_full_name(*words[1]):
            counts[name] += 1
    return [n for n, c in counts.items() if c >= MIN_SUBJECT]


MIN_NAMED = 3  # times a three-character name with no title must be printed to be read as one

_SURNAME_GRAM = re.compile(rf"(?=([{''.join(sorted(SURNAMES))}].{{2}}))", re.S)  # three characters from a surname on


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
            if (not before or not re.match(rf"[{CJK}]", before) or before == "的") and tagged(text[i:])[:1] == [(gram, "nr")]:
                out.append(gram)
                break
    return out


def model_names(text: str, found: list[str]) -> list[str]:
    """The names the optional statistical model finds that the rules did not, kept when they have
    the shape of names and the text bears them out (the model alone is right about names only 86
    times in 100): three characters or more that the segmenter reads as one word, or two in a
    person's place: before a title or after one, or listed with another name (`甲、乙、丙`,
    `甲与乙`). Never a writer's credit, which the byline gives."""
    model = ner.people(text)
    names = [n for n in model if not any(n in f or f in n for f in found) and not _credited(n, text)]
    names = [n for n in names if not any(n != m and n in m for m in model)]  # `郑某某` inside `林郑某某`
    long = [n for n in names if len(n) >= 3 and _model_shaped(n) and _one_word(n, text)]
    short = [n for n in names if len(n) == 2 and _model_shaped(n) and _in_a_persons_place(n, text, found + long)]
    return long + short


def _model_shaped(name: str) -> bool:
    """With `·` between parts of Chinese characters, mostly transliteration characters, a Japanese
    surname, or a Chinese surname; no place."""
    if "·" in name:
        return all(CHINESE.fullmatch(part) for part in name.split("·")) and "·" in name[1:-1]
    if len(name) > 4 or not CHINESE.fullmatch(name) or place_or_glued(name):
        return False
    if len(name) == 4 and name.endswith("人"):  # `某某某人`: where someone is from
        return False
    return 2 * sum(c in TRANSLITERATION for c in name) > len(name) or name.startswith(JAPANESE_SURNAMES) or name_shaped(name)


def _credited(name: str, text: str) -> bool:
    """name is printed only inside a bracket that credits writers or photographers."""
    for at in occurrences(text, name):
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
    """Somewhere name stands before a title or after one, or is listed with one of others."""
    for at in occurrences(text, name):
        before, after = text[max(0, at - 8) : at], text[at + len(name) : at + len(name) + 8]
        if _AFTER_A_NAME.match(after) or EDGE_ENDING.search(before) or before.endswith("作者"):
            return True
        if any(before.endswith(o + c) or after.startswith(c + o) for o in others for c in "、与和及"):
            return True
    return False


def speakers(text: str) -> list[str]:
    """People named with no title who speak (`张某说`, at the start of a clause) and are named
    again elsewhere in the text: a name said twice, once speaking, is no common word."""
    out = []
    for clause in CLAUSE.split(text):
        m = _SPOKE.match(clause)
        if m and plausible(m[1]) and not ORGAN.search(m[1]) and m[1] not in out and text.count(m[1]) >= 2:
            out.append(m[1])
    return out
