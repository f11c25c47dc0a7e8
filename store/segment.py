"""Page text -> article drafts. Pure: a string in, frozen dataclasses out.

An article starts at an anchor (a dateline `本报讯(记者…)`, a byline line `本报记者 某某`, a
columnist's mark `□某某`, or a photo credit `… 某某 摄`) together with the title lines just
above it; a title that follows a finished paragraph and leads into text starts an article with
no anchor. Broken paragraphs are rejoined, repeated ones kept once, furniture and section labels
dropped and listed."""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from store.bylines import Credit, Dateline, parse_byline_line, parse_closing_credit, parse_credits
from store.lines import (
    ANCHORS,
    COLUMN_TAG,
    DATE_START,
    Line,
    is_numbered,
    is_strong_title,
    is_two_phrase_title,
    split_lines,
)
from store.text import CJK, TERMINAL, fold, is_terminated
from store.topics import PageTopics
from store.words import known, tagged

DROPPED = ("label", "furniture", "repeat")  # lines kept out of articles, listed in Segmented.dropped
BYLINES = ("byline", "columnist")  # lines that are only a credit: kept in Draft.byline
MAX_HEAD = 3
MAX_CAPTION = 3
MAX_BRIEF = 600  # characters of a brief in a box of briefs (see `_boxes`)
MIN_BRIEFS = 2
MIN_FIGURES_HEAD = 10  # characters of a headline with its figures below it (see `_gives_figures`)
MAX_SUMMARY = 200  # characters of a summary printed between a headline and its dateline
LEAD_IN = ("——", "—", "……", "...", "…", "：", ":")
NEW_ARTICLE = -1.0  # the score (see `_continues`) from which a lone title starts a new article
MIN_SHARED = 0.02  # below this similarity a lone title always starts a new article
# a deck under a headline that says who attended: `某某出席开幕式并宣读贺信`, `某某主持并讲话`, `某某致辞`
# (who attended, anywhere in the line: 13 to 1 for a deck on 人民日报's two-line heads)
_DECK = re.compile(r"出席|主持|宣读|到会|参加会见|参加会谈|(?:发表讲话|致辞)$")
# a deck goes on with the headline's subject: it opens with what was said, done or expected
_DECK_START = re.compile(r"^(?:进一步)?(?:强调|表示|指出|要求|部署|决定|听取|审议|标志|预计|可能|已|未来|提倡)")
# a first line that reports an event done: the headline of a news report, not its kicker
_REPORTED_EVENT = re.compile(
    r"(?:举办|举行|开通|落幕|闭幕|开幕|成立|发布|召开|启动|开工|通车|投产|签约|揭晓|竣工|上线|开展|印发|出台|公布|实施"
    r"|出版|首发|亮相|(?<!公)开赛|会见|会谈|访问)$"  # not `…公开赛`, an event's name
)
# an issuer and the verb, the document it issues on the line below: `国务院办公厅印发`, `两部门联合发布`
_ISSUES = re.compile(r"^[^，,]{1,10}?(?:办|院|部|委|局|厅|室|中央|政府|部门|委员会|署|会|中心)(?:联合)?(?:印发|发布|出台|公布|发出|下发)$")
_ROUNDUP = re.compile(r"^\(综合[^()]{2,80}\)$")  # `（综合本报记者某某、某某报道）`: compiled from several reports
_DOCUMENT_NUMBER = re.compile(r"^(?:[［\[][^］\]]{1,12}[］\]])?第[一二三四五六七八九十百千\d]+号$")
_SAYS_END = re.compile(r"(?:强调|表示|指出|要求|认为|提出|宣布|透露)$")
# the date printed under a document's title: `（2020年5月27日）`, `（二〇二〇年一月二十三日）`, `（…会议通过）`
_YEAR = r"(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})年"  # `2020年`, `二〇二〇年`
_DOCUMENT_DATE = re.compile(rf"^\({_YEAR}")
# the date a document is signed on, closing it: `2019年10月26日`, `二〇二〇年一月二十三日`
_SIGNED = re.compile(rf"^{_YEAR}[\d一二三四五六七八九十]{{1,3}}月[\d一二三四五六七八九十]{{1,3}}日$")
# a bracket closing an article's last sentence: its writer or its source (`…。（林 晓）`, `…。（据新华社）`)
_TAIL = re.compile(r"[。！？!?”]\s*\((?P<inside>[^()\n]{2,30})\)$")
_SHORT_TITLE = re.compile(rf"^[{CJK}]{{2,8}}$")  # a photo's title, a box's name: `晒秋`, `速览`
_PHOTO_REFERENCE = re.compile(r"^(?:图为|上图|下图|左图|右图|图[:：])")  # a caption pointing at its photo
# the number of a piece in a series, ending the series' name: `解读全会精神之六`, `…①`
_SERIES_NUMBER = re.compile(r"(?:之[一二三四五六七八九十]{1,3}|[①-⑳])$")
# a closing dateline or credit, after fold(): `(本报巴黎1月19日电)`, `(记者 某某)`, `(本报记者某某整理)`
_CLOSING = re.compile(rf"^\((?:(?:本报|新华社|据)[^()]{{0,24}}电(?:记者[{CJK}·、]{{2,30}})?|(?:本报记者|记者|通讯员)?[{CJK}·、]{{2,48}}(?:整理|采写|报道)?)\)$")


@dataclass(frozen=True)
class Draft:
    position: int  # 1-based order on the page
    kind: str  # news | photo | commentary
    headline: str
    kicker: str
    subtitle: str
    body: str  # clean paragraphs joined by "\n"
    credits: tuple[Credit, ...]
    dateline: Dateline | None
    byline: str  # a byline or columnist line printed on its own (`本报记者 某某`, `□某某`)
    first_line: int
    last_line: int

    @property
    def reporters(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.name for c in self.credits))


@dataclass(frozen=True)
class Segmented:
    articles: tuple[Draft, ...]
    dropped: tuple[str, ...]  # furniture, section labels, repeated headlines, stray lines


def segment(text: str) -> Segmented:
    lines = _photo_titles(_subheads(_closing_bylines(_signed(_mark_repeats(split_lines(text))))))
    starts = _article_starts(lines)
    drafts: list[Draft] = []
    dropped: list[str] = []
    if starts and starts[0][0] > 0:
        dropped += _leading(lines[: starts[0][0]], drafts)
    elif not starts:
        dropped += _leading(lines, drafts)
    for n, (start, anchor) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        draft, rest = _build(lines, start, anchor, end, len(drafts) + 1)
        if draft.headline or draft.body or draft.kind == "photo":
            drafts.append(draft)
        else:  # a byline or a columnist's mark with nothing to credit: a stray line
            dropped += [x for x in (draft.kicker, draft.subtitle, draft.byline) if x]
        dropped += _leading(rest, drafts) if rest else []
    if not any(ln.level for ln in lines):
        drafts = _merge_subheads(drafts, PageTopics([ln.text for ln in lines if ln.kind == "text"]))
    drafts = _boxes(drafts, lines, dropped)
    return Segmented(tuple(_closing_credits(d) for d in drafts), tuple(dropped))


def _boxes(drafts: list[Draft], lines: list[Line], dropped: list[str]) -> list[Draft]:
    """A box of briefs under its name (`资讯速递` / `某某发布…` / `本报电 …（张三）` / `…`): the box is
    one article, as the paper files it; a brief is short, credited at its end or with an undated
    `本报电`, never opened with a reporter's byline (`本报讯（记者 某某）`: an article of its own)."""
    boxes: dict[int, tuple[Line, int]] = {}  # first brief -> (the box's name, how many briefs)
    for i, line in enumerate(lines):
        if line.kind != "label":
            continue
        nxt = next((ln for ln in lines[i + 1 :] if ln.kind not in DROPPED), None)
        k = _starting_at(drafts, lines, nxt.number) if nxt else None
        if k is None:
            continue
        n = _briefs(drafts, k)
        if n >= MIN_BRIEFS:
            boxes[k] = (line, n)
    for k, d in enumerate(drafts):  # the box's name printed as the first brief's kicker: `速览` / `某某发布…`
        if k not in boxes and _SHORT_TITLE.match(fold(d.kicker)) and not d.subtitle:
            n = _briefs(drafts, k)
            if n >= MIN_BRIEFS:
                boxes[k] = (Line(d.first_line, d.kicker, d.kicker, 0, 0, "label"), n)
    if not boxes:
        return drafts
    out: list[Draft] = []
    k = 0
    while k < len(drafts):
        if k not in boxes:
            out.append(dataclasses.replace(drafts[k], position=len(out) + 1))
            k += 1
            continue
        name, n = boxes[k]
        briefs = drafts[k : k + n]
        if briefs[0].kicker == name.text:
            briefs[0] = dataclasses.replace(briefs[0], kicker="")
        text = "\n".join(x for d in briefs for x in (d.kicker, d.headline, d.subtitle, d.byline, d.body) if x)
        credits = tuple(c for d in briefs for c in (d.credits or _tail_credits(d)))
        head = name.text.strip().removeprefix("【").removesuffix("】")  # `【社区动态】` names the box `社区动态`
        out.append(Draft(len(out) + 1, "news", head, "", "", text, credits, None, "", name.number, briefs[-1].last_line))
        if name.text in dropped:
            dropped.remove(name.text)
        k += n
    return out


def _starting_at(drafts: list[Draft], lines: list[Line], number: int) -> int | None:
    """The draft whose first line of its own (dropped lines before it aside) is line `number`."""
    for k, d in enumerate(drafts):
        if d.first_line <= number <= d.last_line:
            before = [ln for ln in lines if d.first_line <= ln.number < number]
            return k if all(ln.kind in DROPPED for ln in before) else None
    return None


def _briefs(drafts: list[Draft], k: int) -> int:
    """How many briefs run from draft k."""
    n = 0
    while k + n < len(drafts) and _is_brief(drafts[k + n]):
        n += 1
    return n


def _is_brief(d: Draft) -> bool:
    """Short, closed by a credit (or with no dateline at all), not opened with a reporter's credit,
    headed by a title with no column's tag (`…（社区防控在行动）` heads an article of a series)."""
    reported = bool(d.credits or d.byline)  # opened with a reporter's credit: an article of its own
    closed = _closed(d) or d.dateline is None  # closed: by a credit line or a writer's bracket (`…。（林 晓）`)
    plain = not COLUMN_TAG.search(fold(d.headline))
    return d.kind == "news" and bool(d.headline) and len(d.body) <= MAX_BRIEF and closed and plain and not reported


def _tail_credits(d: Draft) -> tuple[Credit, ...]:
    """A brief's writer in brackets after its last sentence: `…一万余户。（林 晓）`."""
    m = _TAIL.search(fold(d.body))
    return parse_credits(m.group("inside")) if m and not m.group("inside").startswith("据") else ()


def _closing_credits(d: Draft) -> Draft:
    """An article credited only at its end (`…。` / `（记者 张三 通讯员 李四）`), or at the end of each of
    its parts (`（本报记者 张三采访整理）`), has those reporters."""
    if d.credits or d.kind != "news" or not d.body:
        return d
    paragraphs = d.body.split("\n")
    credits = tuple(c for p in paragraphs for c in parse_closing_credit(p))  # each part of a feature its own
    credits = credits or parse_byline_line(paragraphs[-1]) or ()
    return dataclasses.replace(d, credits=credits) if credits else d


def _merge_subheads(drafts: list[Draft], topics: PageTopics) -> list[Draft]:
    """On a page with no `#` marks, a lone title with no anchor whose text goes on with the
    subject of the article before it is a subheading of that article, not a new one."""
    out: list[Draft] = []
    lone = {k for k, d in enumerate(drafts) if _is_subhead_draft(d)}
    decked = {k for k, d in enumerate(drafts) if _is_subhead_draft(d, deck=True)}
    lone |= {k for k in decked if _in_series(drafts, decked, k)}  # `辉煌的成就` / `——…`, `攻坚的力量` / `——…`
    rounded = _rounded_up(drafts, lone)
    for k, d in enumerate(drafts):
        if out and k in lone and out[-1].kind != "photo" and not _closed(out[-1]) and (  # a caption has no subheadings
            k in rounded or _continues(out[-1], d, topics, _in_series(drafts, lone, k))
        ):
            prev = out[-1]
            body = "\n".join(x for x in (prev.body, d.kicker, d.headline, d.subtitle, d.body) if x)
            out[-1] = dataclasses.replace(prev, body=body, last_line=d.last_line)
        else:
            out.append(dataclasses.replace(d, position=len(out) + 1))
    return out


def _rounded_up(drafts: list[Draft], lone: set[int]) -> set[int]:
    """A roundup opens on a dateline and closes on who it was compiled from (`本报北京1月23日电 …` /
    titled items / `（综合本报记者某某、某某报道）`): the lone titled parts between are its items."""
    parts: set[int] = set()
    for k, d in enumerate(drafts):
        if k in lone and _ROUNDUP.match(fold(d.body.rsplit("\n", 1)[-1])):
            j = k
            while j - 1 in lone:
                j -= 1
            if j > 0 and drafts[j - 1].dateline is not None:
                parts |= set(range(j, k + 1))
    return parts


def _continues(prev: Draft, d: Draft, topics: PageTopics, series: bool) -> bool:
    """Whether a lone title's text goes on with the article before it. A logistic score fitted on
    pages made by shared/tools/make_pages.py from 人民日报 articles (seeds 1, 3, 9; checked on
    seeds 11, 21, 40, 55, 77, 123, 999): the text's similarity to that article and to its headline,
    a title printed like its neighbours, a short title, a short article before it, one without a
    dateline or a reporter's credit (news reports are short, credited and have no subheadings;
    features do) all say "subheading". The intercept is set where precision and recall balance."""
    similarity = topics.similarity(_text(prev), d.body)
    if similarity < MIN_SHARED:
        return False  # nothing in common: a new article, however short the one before
    score = (
        -3.2
        - 17.51 * similarity
        - 8.04 * topics.similarity(prev.kicker + prev.headline, d.body)
        - 1.70 * series
        - 0.071 * len(fold(d.headline))
        + 0.628 * math.log1p(len(prev.body))
        + 1.70 * (prev.dateline is not None)
        + 1.43 * bool(prev.credits)
    )
    return score < NEW_ARTICLE


def _in_series(drafts: list[Draft], lone: set[int], k: int) -> bool:
    """Subheadings of one article are printed alike: `靠创新破题`, `靠改革减压`, `靠开放拓展`;
    `科技助力，严防死守`, `严管严控，万无一失`."""
    return any(_alike(drafts[k].headline, drafts[j].headline) for j in lone if j != k and abs(j - k) <= 4)


def _alike(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    ca, cb = re.search(r"[，,]", a), re.search(r"[，,]", b)
    if ca and cb:
        return abs(ca.start() - cb.start()) <= 1 and abs(len(a) - len(b)) <= 2
    if ca or cb:
        return False
    if len(a) == len(b) <= 8:
        return True  # `服务品质优良`, `技术标准一流`, `运输效率领先`: parallel subheadings
    return abs(len(a) - len(b)) <= 1 and (a[0] == b[0] or a[-1] == b[-1])


def _closed(d: Draft) -> bool:
    """The article ends with a closing dateline or credit (`（本报巴黎1月19日电）`, `（记者 某某）`):
    nothing after it belongs to it."""
    last = d.body.rsplit("\n", 1)[-1].strip()
    return _closes(last) or bool(_TAIL.search(fold(last)))  # `…。（林 晓）`: a brief's writer


def _finished(text: str) -> bool:
    """The last line of an article: a finished sentence, a closing credit, a document's signing date."""
    return is_terminated(text) or _closes(text) or bool(_SIGNED.match(fold(text)))


def _closes(text: str) -> bool:
    """A closing dateline or credit, in brackets or a bare byline (`某某图 某某文`)."""
    return bool(_CLOSING.match(fold(text))) or parse_byline_line(text) is not None


def _is_subhead_draft(d: Draft, deck: bool = False) -> bool:
    """A lone title that may head a part of the article before it; with `deck`, only one over a
    `——…` line (alone, that is a new article's deck: `——…综述`; in a series, a part's)."""
    return (
        d.kind == "news"
        and bool(d.headline)
        and not (d.credits or d.dateline or d.byline)
        and fold(d.subtitle).startswith(LEAD_IN[:2]) == deck
        and not _DOCUMENT_DATE.match(fold(d.body))  # `（2020年5月27日）` under it: a speech, a law, a list
        and not any(COLUMN_TAG.search(fold(t)) for t in (d.kicker, d.headline, d.subtitle))
    )


def _text(d: Draft) -> str:
    return "\n".join((d.kicker, d.headline, d.subtitle, d.body))


def _subheads(lines: list[Line]) -> list[Line]:
    """On a page that marks its headlines with `#`, an unmarked title line is a subheading inside
    an article, unless it stands next to a marked one (a kicker or a subtitle) or right above an
    anchor."""
    if not any(ln.level for ln in lines):
        return lines
    out = []
    for k, line in enumerate(lines):
        if line.kind == "title" and not line.level:
            near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
            beside_mark = any(n.kind == "title" and n.level for n in near)
            above_anchor = k + 1 < len(lines) and lines[k + 1].kind in ANCHORS
            if not (beside_mark or above_anchor):
                line = dataclasses.replace(line, kind="subhead")
        out.append(line)
    return out


def _signed(lines: list[Line]) -> list[Line]:
    """Who signs a document, over the date it is signed on (`中华人民共和国主席 某某` /
    `2019年10月26日`), is the end of its text, not a title."""
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        if line.kind == "title" and _SIGNED.match(fold(lines[k + 1].text)):
            out[k] = dataclasses.replace(line, kind="text")
    return out


def _closing_bylines(lines: list[Line]) -> list[Line]:
    """A byline line after a finished paragraph, with a title or the page's end below it, opens
    nothing: it closes the text above (`…出行更加从容。` / `某某图 某某文` / `next headline`)."""
    kept = [k for k, ln in enumerate(lines) if ln.kind not in DROPPED]
    out = list(lines)
    for n, k in enumerate(kept):
        if lines[k].kind != "byline" or n == 0:
            continue
        before = lines[kept[n - 1]]
        after = lines[kept[n + 1]] if n + 1 < len(kept) else None
        if before.kind == "text" and is_terminated(before.text) and (after is None or after.kind == "title"):
            out[k] = dataclasses.replace(lines[k], kind="text")
    return out


def _mark_repeats(lines: list[Line]) -> list[Line]:
    """A title printed twice in a row is dropped (`repeat`); a title line printed again later (a
    headline repeated in a column, a fragment with commas that repeats earlier text) is text, not
    the start of a new article."""
    titles: set[str] = set()
    seen = ""
    out: list[Line] = []
    for line in lines:
        f = fold(line.text)
        if line.kind == "title" and out and out[-1].kind == "title" and fold(out[-1].text) == f:
            line = dataclasses.replace(line, kind="repeat")  # the same title printed twice in a row
        elif line.kind == "title" and (f in titles or (re.search(r"[，,]", f) and f in seen)):
            line = dataclasses.replace(line, kind="text")
        elif line.kind == "title":
            titles.add(f)
        seen += f + "\n"
        out.append(line)
    return out


def _article_starts(lines: list[Line]) -> list[tuple[int, int]]:
    """(first line, anchor line) of every anchored article, in page order."""
    starts: list[tuple[int, int]] = []
    claimed = -1
    for i, line in enumerate(lines):
        if line.kind not in ANCHORS or i <= claimed:
            continue
        if starts and _continues_anchor(lines, starts[-1][1], i):
            claimed = i
            continue
        if line.kind == "credit":
            first = _caption_start(lines, i, claimed)
            if starts and _empties(lines, starts[-1][1], first):
                first = i  # a photo inside a bylined story: its caption is the credit's own line
        else:
            first = i
        head = _head_lines(lines, first, claimed) or _head_above_summary(lines, first, claimed)
        start = head[0] if head else first
        if starts and start <= starts[-1][1]:
            start = starts[-1][1] + 1
        starts.append((start, i))
        claimed = i
    return starts


def _empties(lines: list[Line], anchor: int, first: int) -> bool:
    """A caption from line `first` would leave the article anchored at a byline or columnist's mark
    on line `anchor` with no text of its own."""
    alone = lines[anchor].kind in ("byline", "columnist")
    return alone and first > anchor and not any(ln.kind == "text" for ln in lines[anchor + 1 : first])


def _continues_anchor(lines: list[Line], prev: int, i: int) -> bool:
    """A dateline right after a byline line belongs to the same article."""
    between = [ln for ln in lines[prev + 1 : i] if ln.kind not in DROPPED]
    if between:
        return False
    return lines[prev].kind == "byline" and lines[i].kind == "dateline"


def _caption_start(lines: list[Line], i: int, claimed: int) -> int:
    """The first line of a photo caption that ends with the credit on line i."""
    line = lines[i]
    if line.credit_start > 0:  # the caption and the credit share the line
        if DATE_START.match(line.text) or line.gap >= 2 or (i > 0 and is_terminated(lines[i - 1].text)):
            return i  # the whole caption is on this line: a finished paragraph above it is not its start
        first, budget = i, MAX_CAPTION - 1
    else:
        first, budget = i, MAX_CAPTION
    j = first - 1
    while j > claimed and budget > 0 and lines[j].kind == "text":
        first = j
        if DATE_START.match(lines[j].text) or lines[j].gap >= 2:
            return _lead_above(lines, first, claimed, budget - 1)
        j -= 1
        budget -= 1
    if first != i and not DATE_START.match(lines[first].text):
        return first if lines[first - 1].kind in ("title", *DROPPED) or first - 1 <= claimed else i - 1
    return first


def _photo_titles(lines: list[Line]) -> list[Line]:
    """A photo's title is short and may end as no headline does (`晾禾把`, `柿子红了`): a short line
    after a finished paragraph, over a caption and its credit, is the photo's title."""
    out = list(lines)
    for i, line in enumerate(lines):
        if line.kind != "credit" or line.credit_start != 0:
            continue
        k = _caption_start(lines, i, -1) - 1
        if k < 0 or k == i - 1 or lines[k].kind != "text" or not _SHORT_TITLE.match(fold(lines[k].text)):
            continue
        if k == 0 or lines[k - 1].kind != "text" or is_terminated(lines[k - 1].text):
            out[k] = dataclasses.replace(lines[k], kind="title")
    return out


def _lead_above(lines: list[Line], first: int, claimed: int, budget: int) -> int:
    """A caption opening `图为…` under a lead of its own that is under a title (`打糍粑` / `近年来，…` /
    `图为村民在参加打糍粑比赛。` / `某某摄`): the lead is the caption's start."""
    if not _PHOTO_REFERENCE.match(lines[first].text):
        return first
    j = first - 1
    while j > claimed and budget > 0 and lines[j].kind == "text" and lines[j].gap < 2:
        j -= 1
        budget -= 1
    if j == first - 1 or j <= claimed or lines[j].kind != "title":
        return first
    head = fold(lines[j].text)
    titled = is_strong_title(head) or bool(_SHORT_TITLE.match(head))
    after_paragraph = j == 0 or lines[j - 1].kind != "text" or is_terminated(lines[j - 1].text)
    return j + 1 if titled and after_paragraph else first


def _head_lines(lines: list[Line], first: int, claimed: int) -> list[int]:
    """Title lines right above line `first`: kicker, headline, subtitle (labels skipped, and a deck of
    bullet points under the headline: `■ 新兴消费看点纷呈■ 旅游人数超四亿`)."""
    head: list[int] = []
    j = first - 1
    while j > claimed and len(head) < MAX_HEAD:
        kind = lines[j].kind
        if kind == "title":
            head.insert(0, j)
        elif kind not in DROPPED and not (kind == "subhead" and not head):
            break
        j -= 1
    return head


def _head_above_summary(lines: list[Line], first: int, claimed: int) -> list[int]:
    """A dateline or a byline line under a short summary that is under a title (`标题` /
    `北京将推出六项举措…` / `本报北京2月26日电…` or `■本报记者 某某`): the summary and the title
    belong to that article."""
    if lines[first].kind not in ("dateline", "byline"):
        return []
    j, summary = first - 1, 0
    while j > claimed and lines[j].kind == "text" and summary < 2:
        summary += 1
        j -= 1
    if not summary or sum(len(ln.text) for ln in lines[j + 1 : first]) > MAX_SUMMARY:
        return []
    head = _head_lines(lines, j + 1, claimed)
    before = lines[head[0] - 1] if head and head[0] > 0 else None
    if before is not None and before.kind in ("text", "dateline") and not is_terminated(before.text):
        return []  # `…让各` / `族群众有更多获得感`: the end of a broken paragraph, no head
    return head


def _leading(lines: list[Line], drafts: list[Draft]) -> list[str]:
    """Lines outside any anchored article: articles with no anchor, or dropped lines."""
    dropped: list[str] = []
    for part in _unanchored_parts(lines):
        lead = 0
        while lead < len(part) and part[lead].kind in ("title", *DROPPED):
            if lead and part[lead].kind == "title" and is_numbered(part[lead].text):
                break  # `第一章 总则`, `一、…` under the headline: the body's first section
            lead += 1
            if part[lead - 1].kind == "title" and fold(part[lead - 1].text).startswith(("——", "—")):
                break  # a `——subtitle` ends the heads: a short line under it is the first paragraph
        heads = [ln for ln in part[:lead] if ln.kind == "title"][-MAX_HEAD:]
        body = [ln for k, ln in enumerate(part) if ln.kind not in DROPPED and (k >= lead or ln not in heads)]
        dropped += [ln.text for ln in part if ln.kind in DROPPED]
        if body and (heads or sum(len(ln.text) for ln in body) >= 60):
            drafts.append(_draft(part, heads, body, len(drafts) + 1, "news", (), None))
        elif len(body) == 1 and not heads and _credit_back(drafts, body[0].text):
            continue  # `（本报记者 某某 整理）` after a photo inside the article it credits
        else:
            dropped += [ln.text for ln in part if ln.kind not in DROPPED]
    return dropped


def _credit_back(drafts: list[Draft], text: str) -> bool:
    """A closing credit left alone after a photo goes back to the article before the photo."""
    news = [k for k, d in enumerate(drafts) if d.kind == "news"]
    if not news or not parse_closing_credit(text) or drafts[news[-1]].credits:
        return False
    if any(d.kind != "photo" for d in drafts[news[-1] + 1 :]):
        return False
    d = drafts[news[-1]]
    drafts[news[-1]] = dataclasses.replace(d, body=f"{d.body}\n{text}")
    return True


def _unanchored_parts(lines: list[Line]) -> list[list[Line]]:
    parts: list[list[Line]] = [[]]
    for k, line in enumerate(lines):
        prev = parts[-1]
        texts = [ln for ln in prev if ln.kind not in ("title", *DROPPED)]
        finished = _tagged(line) or (texts and _finished(texts[-1].text))  # a column's tag always opens
        if prev and _opens(lines, k) and finished and prev[-1].kind != "title":
            parts.append([])
        elif _tagged(line) and len(prev) >= 2 and prev[-1].kind == "title" and prev[-2].kind == "text":
            parts.append([prev.pop()])  # the title above a tagged headline is its kicker
        parts[-1].append(line)
    return [p for p in parts if p]


def _tagged(line: Line) -> bool:
    return line.kind == "title" and bool(COLUMN_TAG.search(fold(line.text)))


def _opens(lines: list[Line], k: int) -> bool:
    """Line k can open an article with no anchor: a strong title, or a lead-in ending in `——` or `：`
    or a short name (`微阅读`, a kicker) right above one. A lead-in followed by text is a subheading."""
    line = lines[k]
    if line.kind != "title":
        return False
    after = lines[k + 1] if k + 1 < len(lines) else None
    over_title = after is not None and after.kind == "title" and is_strong_title(after.text, after.level)
    if fold(line.text).endswith(LEAD_IN):
        return over_title
    if after is not None and _DOCUMENT_DATE.match(fold(after.text)) and fold(after.text).endswith(")"):
        return True  # `…关于…的决定` / `（2019年10月26日…会议通过）`: a document under its title
    return is_strong_title(line.text, line.level) or (over_title and bool(_SHORT_TITLE.match(fold(line.text))))


def _build(lines: list[Line], start: int, anchor: int, end: int, position: int) -> tuple[Draft, list[Line]]:
    """The article from `start` to `end`; lines after a photo credit come back as the rest."""
    a = lines[anchor]
    body_start = _body_start(lines, start, anchor)
    heads = [k for k in range(start, body_start) if lines[k].kind == "title"]
    if not heads and a.kind in BYLINES and anchor + 1 < end and lines[anchor + 1].kind == "title":
        heads = [anchor + 1]  # `□林 木` / `干部作风要“实”字当头`: the pen name printed above the title
    stop = anchor + 1 if a.kind == "credit" else end
    rest = lines[stop:end] if a.kind == "credit" else []
    if a.kind != "credit":
        rest, stop = _split_unanchored(lines, anchor, end)
    while stop - 1 > anchor and lines[stop - 1].kind in ("title", *DROPPED):
        stop -= 1  # a slogan or label closing the page belongs to no article
        rest.insert(0, lines[stop])
    span = lines[start:stop]
    body = [ln for k, ln in enumerate(span, start) if k not in heads and ln.kind not in (*DROPPED, *BYLINES)]
    kind = {"credit": "photo", "columnist": "commentary"}.get(a.kind, "news")
    credits = tuple(c for ln in span if ln.kind in ANCHORS for c in ln.credits)
    if a.kind == "columnist" and a.columnist:
        credits = (Credit(a.columnist, "□", "columnist"), *credits)
    head_lines = [lines[k] for k in heads]
    byline = " ".join(ln.text for ln in span if ln.kind in BYLINES)
    draft = _draft(span, head_lines, body, position, kind, credits, a.dateline, byline)
    extra = [ln for ln in span if ln.kind in DROPPED]
    return draft, extra + rest


def _body_start(lines: list[Line], start: int, anchor: int) -> int:
    """Title lines count as heads only up to the first text line (a caption's own lines)."""
    for k in range(start, anchor):
        if lines[k].kind == "text":
            return k
    return anchor


def _split_unanchored(lines: list[Line], anchor: int, end: int) -> tuple[list[Line], int]:
    """Within an anchored article: a title after a finished paragraph that leads into running
    text starts the next article (one with no anchor)."""
    for k in range(anchor + 1, end - 1):
        before, after = lines[k - 1], lines[k + 1]
        if before.kind == "label":  # `【社区动态】` over the title: what came before the label
            before = next(ln for ln in reversed(lines[anchor:k]) if ln.kind not in DROPPED or ln is lines[anchor])
        if before.kind in ("title", "label") or not _opens(lines, k):
            continue
        if before.kind not in ("furniture", "repeat") and not _finished(before.text) and not _tagged(lines[k]):
            continue
        nxt = next((ln for ln in lines[k + 1 : end] if ln.kind not in ("title", "subhead", *DROPPED)), None)
        short = nxt is not None and len(nxt.text) < 20 and not _DOCUMENT_DATE.match(fold(nxt.text))
        if nxt is None or after.kind not in ("text", "title", "label", "subhead") or (short and not _tagged(lines[k])):
            continue  # a column's tagged headline opens whatever follows it
        return lines[k:end], k
    return [], end


def _draft(
    span: list[Line],
    head_lines: list[Line],
    body: list[Line],
    position: int,
    kind: str,
    credits: tuple[Credit, ...],
    dateline: Dateline | None,
    byline: str = "",
) -> Draft:
    kicker, headline, subtitle = _roles(head_lines, dated=dateline is not None)
    apart = {i for i, ln in enumerate(body) if ln.kind in ("subhead", "title")}  # `一、抓好垃圾分类` stays a line
    paragraphs = clean_paragraphs([ln.text for ln in body], headline, apart)
    return Draft(
        position=position,
        kind=kind,
        headline=headline,
        kicker=kicker,
        subtitle=subtitle,
        body="\n".join(paragraphs),
        credits=credits,
        dateline=dateline,
        byline=byline,
        first_line=span[0].number if span else 0,
        last_line=span[-1].number if span else 0,
    )


def _roles(heads: list[Line], dated: bool = False) -> tuple[str, str, str]:
    """Kicker, headline, subtitle from up to three title lines."""
    texts = [h.text for h in heads]
    if not heads:
        return "", "", ""
    if len(heads) == 1:
        dash = fold(texts[0]).startswith(("——", "—"))
        return ("", "", texts[0]) if dash else ("", texts[0], "")  # `——副题` alone is no headline
    tagged = [k for k, t in enumerate(texts) if COLUMN_TAG.search(fold(t))]
    if len(heads) >= 3 and len(tagged) == 1:  # the column's tag marks the main headline: `…（今日谈）`
        k = tagged[0]
        return " ".join(texts[:k]), texts[k], " ".join(texts[k + 1 :])
    if len(heads) >= 3 and _DOCUMENT_NUMBER.match(fold(texts[-1])):
        return "", texts[-3], " ".join(texts[-2:])  # `某某法` / `主席令` / `第三十九号`: the law, published by the order
    if len(heads) >= 3:
        lead = [k for k, t in enumerate(texts[:-1]) if fold(t).endswith(LEAD_IN)]
        if lead and lead[-1] >= len(texts) - 3:  # the headline follows the last lead-in
            k = lead[-1]
            return " ".join(texts[: k + 1]), texts[k + 1], " ".join(texts[k + 2 :])
        return texts[-3], texts[-2], texts[-1]
    first, second = heads
    if first.level != second.level and first.level and second.level:
        return ("", first.text, second.text) if first.level < second.level else (first.text, second.text, "")
    if second.level and not first.level:
        return first.text, second.text, ""
    if first.level and not second.level:
        return "", first.text, second.text
    if fold(first.text).endswith(("——", "—", ":", "：")) or _SERIES_NUMBER.search(fold(first.text)):
        return first.text, second.text, ""  # `…强调——`, `解读全会精神之六`, `…①`: a kicker
    if _DOCUMENT_NUMBER.match(fold(second.text)):
        return "", first.text, second.text  # `中华人民共和国主席令` / `第三十六号`: the document's number
    if _SAYS_END.search(fold(first.text)) or _ISSUES.match(fold(first.text)):
        return first.text, second.text, ""  # `某某在座谈会上强调` / what was said, `国办印发` / what: a kicker
    tagged = [bool(COLUMN_TAG.search(fold(t))) for t in texts]
    if tagged == [True, False]:  # the column's tag marks the main headline: `…（今日谈）`
        return "", first.text, second.text
    if tagged == [False, True]:
        return first.text, second.text, ""
    if _DECK.search(fold(second.text)) or (_DECK_START.match(fold(second.text)) and not tagged[1]):
        return "", first.text, second.text  # `某某出席并讲话`, `强调…`, `预计…`: a deck under the headline
    if dated and _REPORTED_EVENT.search(fold(first.text)) and not re.search(r"[，,]", first.text):
        return "", first.text, second.text  # `第二十届农高会举办` over a dateline: the news, so the headline
    slogan = not dated and is_two_phrase_title(second.text)  # `应收尽收，刻不容缓`: a headline of two phrases
    deck = not slogan and re.search(r"[，,；;]", second.text)
    if fold(second.text).startswith(("——", "—", "-")) or (deck and not re.search(r"[，,；;]", first.text)):
        return "", first.text, second.text  # `传达学习会议精神，总结…并谋划明年工作`: a deck under the headline
    if _gives_figures(first.text, second.text):
        return "", first.text, second.text  # `外汇市场更趋平稳` / `1月银行结售汇差额由逆转顺`: the figures under it
    return first.text, second.text, ""  # `孙某率指导组督导` / `应收尽收，刻不容缓`: a kicker over it


def _gives_figures(first: str, second: str) -> bool:
    """A plain line of figures under a headline that is a sentence of its own: its subtitle. A
    kicker is a short setting (`前三季度`, `西藏民航`) or a slogan of spaced phrases; 54 to 17 for a
    subtitle on 人民日报's two-line heads that no other rule decides."""
    a, b = first.strip(), second.strip()
    return (
        len(fold(a)) >= MIN_FIGURES_HEAD
        and bool(re.search(r"\d", b))
        and not re.search(r"\s", a + b)
        and not re.search(r"[“\"]", b)
    )


def clean_paragraphs(texts: list[str], headline: str = "", apart: set[int] | None = None) -> list[str]:
    """Rejoin paragraphs broken mid-sentence (never across a subheading, the indices in `apart`),
    then keep each repeated paragraph and sentence once."""
    joined: list[str] = []
    apart = apart or set()
    for i, t in enumerate(texts):
        joinable = (i not in apart and i - 1 not in apart) or (i - 1 in apart and i not in apart and _broken_word(texts[i - 1], t))
        if joined and joinable and not is_terminated(joined[-1]) and not _is_credit_only(t):
            joined[-1] += t
        else:
            joined.append(t)
    head = fold(headline)
    folded = [fold(p) for p in joined]
    kept: list[str] = []
    for k, p in enumerate(joined):
        f = folded[k]
        if head and f == head:
            continue
        if len(f) >= 8 and any((f in g and (len(g) > len(f) or m < k)) for m, g in enumerate(folded) if m != k):
            continue
        kept.append(p)
    return _dedupe_sentences(kept)


MIN_BROKEN_LINE = 14  # characters of a line read as a subheading that may be a paragraph broken off


def _broken_word(line: str, after: str) -> bool:
    """A long line read as a subheading is a paragraph broken inside a word: the segmenter reads one
    word of three characters or more across the break (`…航天学院2019级硕` / `士生某某`, `…网店负责` /
    `人某某`)."""
    line = line.strip()
    if len(line) < MIN_BROKEN_LINE or re.search(r"\s", line) or not re.search(rf"[{CJK}]$", line):
        return False  # `搭建合作平台 融入世界创新网络`: phrases set apart, a subheading
    if not re.match(rf"[{CJK}]", after.strip()[:1]):
        return False
    edge = line[-4:]
    pos = 0
    for word, _tag in tagged(edge + after.strip()[:4], window=8):
        if pos < len(edge) < pos + len(word) and len(word) >= 3 and known(word):
            return True
        pos += len(word)
    return False


def _is_credit_only(text: str) -> bool:
    """A photo credit or an article's closing credit on a line of its own: never glued to the line above."""
    return bool(re.fullmatch(r"[（(]?[^，,。]{0,30}摄[)）]?", text.strip())) or bool(parse_closing_credit(text))


_SENTENCE = re.compile(rf"[^{TERMINAL}]*[{TERMINAL}]+|[^{TERMINAL}]+$")


def _dedupe_sentences(paragraphs: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for p in paragraphs:
        pieces = []
        for s in _SENTENCE.findall(p):
            f = fold(s)
            if len(f) >= 10 and f in seen:
                continue
            seen.add(f)
            pieces.append(s)
        text = "".join(pieces).strip()
        if text:
            out.append(text)
    return out
