"""What each line of an unmarked newspaper page is: furniture, a section label, an anchor that
starts an article (dateline, byline, columnist, photo credit), a title, or running text."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.bylines import (
    Credit,
    Dateline,
    is_source_line,
    parse_byline_line,
    parse_columnist,
    parse_dateline,
    parse_photo_credit,
    source_tail,
)
from store.dates import EDGE_LINES, is_date_line
from store.names import surname_length
from store.text import CJK, CLAUSE_PUNCT, OPEN_QUOTE, fold, is_terminated

# the paper's channels: `扫一扫 关注我们`, `客户端`; furniture, though a headline may hold them too
_CHANNEL_WORDS = "公众号|扫一扫|扫码|关注我们|二维码|客户端|官方微博|抖音号|视频号"
_BRACKETED_NAME = r"^【[^【】]{1,12}】$"  # `【社区动态】`
# Page furniture: the paper's own notices, never part of an article.
FURNITURE = re.compile(
    rf"({_CHANNEL_WORDS}|责任编辑|责编|版式设计|版式|美术编辑|美编"
    r"|校对|本版编辑|组版|编辑[:：]|^第?[\d一二三四五六七八九十]+版$|^第[\d一二三四五六七八九十]+版[\s\u3000]*[\u4e00-\u9fff]{2,6}$|^[A-Z]?\d{1,2}版|^\d{4}年\d{1,2}月\d{1,2}日\s*星期"
    r"|^[（(]完[）)]$"  # `（完）`: the end mark of a wire story
    r"|^[（(](?:上接|下转|紧接|转)第?[\d一二三四五六七八九十]+版[）)]$"  # `（下转第二版）`: a jump to another page
    r"|^[A-Z]0\d[\u4e00-\u9fff]{2,6}$"  # `A05 城事` (spaces folded away): the page's number and section
    r"|^(?:要闻|综合新闻|本版责编)$|^[·•\s]*广告[·•\s]*$)"
)
# a field of a notice or a schedule: `时间：5月23日上午`, `地点：…`; never a headline
FIELD = re.compile(r"^(?:时间|地点|日程|主办|承办|协办|地址|网址|电话|联系人|报名方式|票价|日期|写信人|收信人|来信人)[:：]")
# a source line under a chart or table, or the paper's contact line, however long: `数据来源：…`,
# `制图：…`, `栏目投稿邮箱：…@….com`, `新闻热线：…`
SOURCE_NOTE = re.compile(
    r"^(?:本版)?(?:制图|图表|数据来源|资料来源|来源|供图)[:：]|^本版(?:摄影|图片|照片|插图|漫画|绘图|设计)[:：]|[\w.-]+@[\w-]+(?:\.[\w-]+)+$|(?:投稿|联系|服务)(?:邮箱|电话)[:：]|热线[:：]"
)
# Section labels: a short line naming the section, e.g. `…视窗`, `…动态`, `…快讯`.
SECTION = re.compile(
    r"^.{0,8}(?:视窗|动态|强音|快讯|简讯|要闻|头条|聚焦|速递|传真|一线|时评|广角|之窗|纵横|扫描|短波|集锦|资讯"
    r"|万象|新闻|观察|在线|专栏|专版|副刊|周刊)$"
)
# Labels of boxes inside an article (`核心阅读`, `延伸阅读`, `记者手记`): part of that article.
BOX_LABEL = re.compile(
    r"^[■●▲◆★□]?(?:核心阅读|延伸阅读|相关链接|新闻链接|背景链接|链接|记者手记|采访手记|编者按|编后|短评|小贴士|参观贴士|出行贴士|内容提要"
    rf"|阅读提示|专家观点|专家点评|数读|图解|相关阅读|知识链接|背景)$|{_BRACKETED_NAME}"
)
_CHANNEL = re.compile(_CHANNEL_WORDS)
MIN_PARAGRAPH = 40  # characters of a paragraph that a headline stands over
_BRACKETED = re.compile(_BRACKETED_NAME)
SUMMARY_LABEL = re.compile(r"^[■●▲◆★□]?(?:核心阅读|内容提要|阅读提示)$")
# boxes printed inside an article; a headline tagged with one heads that box, not a new article
IN_ARTICLE_BOXES = "记者手记|采访手记|编后|编后语|短评|编者按|小贴士"
DATE_ONLY = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|凌晨|清晨)?$")
BULLET = "■●▲◆★•·"
DATE_START = re.compile(r"^(?:\d{1,2}月\d{1,2}日|图为|上图|下图|左图|右图|图[:：])")
MAX_TITLE = 60


@dataclass(frozen=True)
class Line:
    number: int  # 0-based line number in the file
    text: str  # without heading marks, stripped
    raw: str
    gap: int  # blank lines before it
    level: int  # number of `#` marks, 0 for none
    kind: str  # furniture | label | dateline | byline | columnist | credit | title | text | subhead | repeat
    dateline: Dateline | None = None
    credits: tuple[Credit, ...] = ()
    columnist: str | None = None
    credit_start: int = -1  # where a photo credit starts inside the line


ANCHORS = frozenset({"dateline", "byline", "columnist", "credit"})


# a dateline whose credit a column break cut inside its brackets: `本报北京2月24日电 （记者王` / `浩）…`
_CUT_CREDIT = re.compile(r"^\s*(?:据)?(?:本报|新华社|中新社)[^\s（(，,。:：]{0,16}?(?:讯|电)\s*[（(][^（）()\n]{0,24}$")
_CREDIT_REST = re.compile(r"^[^（）()。，,\n]{0,8}[）)]")


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    gap = 0
    rows = list(enumerate(text.split("\n")))
    cut: tuple[int, str, int] | None = None  # a dateline cut inside its credit, waiting for the rest
    for k, (number, raw) in enumerate(rows):
        if not raw.strip():
            gap += 1
            continue
        if cut:
            number, head, gap = cut
            raw, cut = head.rstrip() + raw.strip(), None
        elif _CUT_CREDIT.match(raw) and any(_CREDIT_REST.match(r.strip()) for _, r in rows[k + 1 : k + 3] if r.strip()):
            cut, gap = (number, raw, gap), 0
            continue
        marks = re.match(r"^\s*(#{1,6})\s*", raw)
        level = len(marks.group(1)) if marks else 0
        body = raw[marks.end() :] if marks else raw
        out.append(classify(number, body.strip(), raw, gap, level))
        gap = 0
    return _over_summaries(_lead_ins(_comma_titles(_led_labels(_box_names(_channel_headlines(_date_lines(out)))))))


def _channel_headlines(lines: list[Line]) -> list[Line]:
    """A headline about an app or an account (`“数字武汉”客户端上线`, `民生小事 扫码即办`) over a
    paragraph of its own is a headline; the paper's own `扫一扫 关注我们` stands over no paragraph."""
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        after = lines[k + 1]
        over_paragraph = after.kind in ("text", "dateline") and len(fold(after.text)) >= MIN_PARAGRAPH
        if line.kind == "furniture" and over_paragraph and _CHANNEL.search(fold(line.text)) and is_strong_title(line.text):
            out[k] = replace(line, kind="title")
    return out


def _box_names(lines: list[Line]) -> list[Line]:
    """A bracketed name (`【社区动态】`) over a title names a box of short items, as a section label
    does; over running text it is a box inside an article (`【网言网语】`)."""
    out = list(lines)
    for k, line in enumerate(lines[:-1]):
        if line.kind == "subhead" and _BRACKETED.match(fold(line.text)) and lines[k + 1].kind == "title":
            out[k] = replace(line, kind="label")
    return out


def _led_labels(lines: list[Line]) -> list[Line]:
    """A line shaped like a section's name (`…一线`, `…观察`) right under a kicker that leads into
    it (`…医疗队员全部来自市属三甲医院——`) is that kicker's headline: `精兵强将挺进抗疫一线`."""
    out = list(lines)
    for k, line in enumerate(lines[1:], 1):
        above = lines[k - 1]
        if line.kind == "label" and above.kind == "title" and fold(above.text).endswith(("——", "—", "：", ":")):
            out[k] = replace(line, kind="title")
    return out


def _over_summaries(lines: list[Line]) -> list[Line]:
    """`核心阅读`, `内容提要` are printed right under an article's headline: the short line above
    one is that headline, however it ends (`过节，这些干部没闲着`)."""
    out = list(lines)
    for k, line in enumerate(lines[1:], 1):
        above = lines[k - 1]
        short = above.kind == "text" and len(fold(above.text)) <= MAX_TITLE
        unfinished = not is_terminated(above.text) and not re.search(r"[。；;]", above.text)
        if SUMMARY_LABEL.match(fold(line.text)) and short and unfinished:
            out[k - 1] = replace(above, kind="title")
    return out


def _lead_ins(lines: list[Line]) -> list[Line]:
    """A short line ending in a colon right above a title, after a finished paragraph, is a kicker
    (`走进企业看发展：` / `城南电子厂订单排到年底`) when it is the only one on the page; in running text
    a colon leads into a quote or a list."""
    found = []
    for k, line in enumerate(lines[:-1]):
        folded = fold(line.text)
        finished = k == 0 or lines[k - 1].kind != "text" or is_terminated(lines[k - 1].text)
        short = line.kind == "text" and folded.endswith(("：", ":")) and 4 <= len(folded) <= 20
        if short and finished and lines[k + 1].kind == "title" and is_title_like(folded[:-1]):
            found.append(k)
    if len(found) != 1:  # `镜头一：`, `镜头二：`…: sections of one article, printed alike
        return lines
    return [replace(ln, kind="title") if k in found else ln for k, ln in enumerate(lines)]


def _date_lines(lines: list[Line]) -> list[Line]:
    """The page's date printed at its top or foot (`2024年3月11日 星期一`) is furniture; the same
    line inside the page (a notice's date) stays with its article."""
    edges = {*range(min(EDGE_LINES, len(lines))), *range(max(0, len(lines) - EDGE_LINES), len(lines))}
    return [replace(ln, kind="furniture") if k in edges and is_date_line(ln.text) else ln for k, ln in enumerate(lines)]


def _comma_titles(lines: list[Line]) -> list[Line]:
    """A short line of two phrases (`三天三夜，打捞一座风雨桥`) is a title when the lines around it
    are whole paragraphs; among column fragments of ten characters it is one of them."""
    out = list(lines)
    for k, line in enumerate(lines):
        if line.kind != "text" or line.level or not is_two_phrase_title(line.text):
            continue
        near = [lines[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)]
        after_broken = k > 0 and lines[k - 1].kind == "text" and not is_terminated(lines[k - 1].text)
        after_lead_in = k > 0 and lines[k - 1].kind == "title" and fold(lines[k - 1].text).endswith(("——", "—"))
        if after_lead_in or (near and not after_broken and all(n.kind != "text" or len(fold(n.text)) >= 25 for n in near)):
            out[k] = replace(line, kind="title")
    return out


def is_two_phrase_title(text: str) -> bool:
    """`三天三夜，打捞一座风雨桥`, `太美了！城南樱花开了`: two short phrases make one headline."""
    folded = fold(text)
    halves = re.split(r"[，,！!]", folded.rstrip("！!"))
    if not 5 <= len(folded) <= 24 or len(halves) != 2 or min(len(h) for h in halves) < 2:
        return False
    return all(is_title_like(h) or (h[-1] == "了" and is_title_like(h[:-1])) for h in halves)  # `…开了`


def classify(number: int, text: str, raw: str, gap: int, level: int) -> Line:
    line = Line(number=number, text=text, raw=raw, gap=gap, level=level, kind="text")
    folded = fold(text)
    if (len(folded) <= 25 and FURNITURE.search(folded)) or (len(folded) <= MAX_TITLE + 20 and SOURCE_NOTE.search(folded)):
        return replace(line, kind="furniture")
    if len(folded) <= 12 and SECTION.match(folded) and not level:
        return replace(line, kind="label")
    if BOX_LABEL.match(folded):
        return replace(line, kind="subhead")
    columnist = parse_columnist(text)
    if columnist:
        return replace(line, kind="columnist", columnist=columnist)
    byline = parse_byline_line(text)
    if byline:
        return replace(line, kind="byline", credits=byline)
    credit = parse_photo_credit(text)
    if credit:
        return replace(line, kind="credit", credit_start=credit[0], credits=credit[1])
    if is_source_line(text):
        return replace(line, kind="credit", credit_start=0)
    if (tail := source_tail(text)) > 0:  # `…在车间查看生产情况。资料图片`
        return replace(line, kind="credit", credit_start=tail)
    dateline = parse_dateline(text)
    # `本报北京2月18日电 （记者某某）` alone on its line opens an article too; `（据新华社…电 记者某某）` closes one
    if dateline and (dateline.length < len(text) - 4 or (dateline.credits and text[:1] not in "（(")):
        return replace(line, kind="dateline", dateline=dateline, credits=dateline.credits)
    if (folded[:1] in BULLET and len(folded) <= MAX_TITLE) or _is_signature(text) or _CLOCK.match(folded):
        return replace(line, kind="subhead")  # `●…`, `河南某县 某某`, `8:15`: an item, a signature, a time, never a head
    if is_title_like(text, level):
        return replace(line, kind="title")
    return line


# a time of day on its own line, marking the hours of a day told in a feature: `8∶15A.M.`, `下午3时`, `14:30`
_CLOCK = re.compile(r"^(?:上午|下午|中午|晚上|凌晨|清晨|傍晚)?\d{1,2}(?:[:：∶]\d{2}|时(?:\d{1,2}分)?|点(?:\d{1,2}分|半)?)\s*(?:[AaPp]\.?[Mm]\.?)?$")
# a reader's signature under a letter's title: `河南宜阳县 刘根旺`, `北京朝阳 林 峰`; `——@网名`
_SIGNATURE = re.compile(rf"^(?P<place>[{CJK}]{{2,12}})[ \u3000]+(?P<name>[{CJK}](?:[ \u3000]{{0,2}}[{CJK}]){{1,3}})$")
_NETIZEN = re.compile(r"^[—-]{1,2}\s*@\S{1,20}$")  # `——@网名` signs a comment quoted from the web


def _is_signature(text: str) -> bool:
    if _NETIZEN.match(text.strip()):
        return True
    m = _SIGNATURE.match(text.strip())
    if not m:
        return False
    name = re.sub(r"\s", "", m.group("name"))
    padded = name != m.group("name")
    return surname_length(name) > 0 and (padded or m.group("place")[-1] in "省市县区州旗盟镇乡村")


def is_title_like(text: str, level: int = 0) -> bool:
    """A headline, kicker or subtitle: short, not a finished sentence, not a column fragment."""
    folded = fold(text)
    if not folded or len(folded) > MAX_TITLE + 40:
        return False
    if level:
        return len(folded) <= MAX_TITLE + 20
    if _is_person_line(folded) or _COMPILED_BY.search(folded) or _DATELINE_START.match(folded) or _SAYS.match(folded) or FIELD.match(folded):
        return False  # `王某（乐队指挥）`, `本报记者某某整理`: who speaks or wrote, not a title
    tag = COLUMN_TAG.search(folded)
    if tag and _tagged_head(folded[: tag.start()]):
        return True  # `走出大山的希望（守初心担使命·…·身边的初心使命）`, `强基计划，来了（解码）`
    if len(folded) > MAX_TITLE:
        return False
    quoted = folded[0] in OPEN_QUOTE and folded[-1] in "”」』’" and not re.search(r"[。！？!?]", folded)
    quoted = quoted or (len(folded) > 2 and folded[-1] in "”」』’" and folded[-2] not in "。！？!?…")  # `…消除河湖“四乱”`
    if len(folded) < 2 or (is_terminated(folded) and not quoted) or folded[-1] in CLAUSE_PUNCT:
        return False  # `“中国开放的脚步从未停止”` is a headline; a quoted sentence is not
    if folded[0] in "，,。、；;：:)）”’" or DATE_ONLY.match(folded):
        return False
    if re.search(r"[，,；;]", folded) and not 16 <= len(folded) <= 40 and not quoted:
        return False  # `没有安全托底,其他工`: a fragment broken off a column; or a broken paragraph
    dangling = DANGLING - {"了"} if _SPACED_PHRASES.search(text.strip()) else DANGLING  # `夜市开张 烟火气回来了`
    if _unbalanced(folded) or (folded[-1] in dangling and not _IDIOM_END.search(folded)) or folded[0] in "(":
        return False  # `“我希望通过…的`: the first half of a paragraph broken across columns
    return not re.search(r"[。；;]", folded)


_PERSON = re.compile(rf"^([{CJK}]{{2,3}})(?:代表|委员)?(?:[（(][^（）()]{{2,40}}[)）])?$")
_WORK_ONLY = re.compile(r"^《[^《》]{1,20}》(?:·\d{4}年?)?$")  # a book or film named alone
# reported speech opens a paragraph, never a headline: `会议指出，…`, `他表示，…`
_SAYS = re.compile(r"^[^，,]{1,12}(?:指出|表示|强调|认为|介绍|要求|提出|说|透露|称|显示|获悉)[，,]")
_DATELINE_START = re.compile(r"^据?(?:本报|新华社|中新社)\S{0,12}\d{1,2}月\d{1,2}日")
_COMPILED_BY = re.compile(r"(?:记者|通讯员)\S{2,8}(?:整理|采写|报道|撰文|供稿)$")


# two phrases set apart by a space, as headlines are printed (body text has no spaces)
_SPACED_PHRASES = re.compile(rf"[{CJK}]{{2,}}[ \u3000]+[{CJK}]{{2,}}")


def _tagged_head(head: str) -> bool:
    """The headline before a column's tag: a phrase or two, a question or an exclamation."""
    exclaims = head[-1:] in ("！", "!", "？", "?")  # `“90后”，好样的！`: an exclamation may end on 的
    head = head.rstrip("！!？?")
    dangling = head[-1:] in DANGLING - {"了"} and not exclaims
    if not 2 <= len(head) <= 40 or head[-1] in CLAUSE_PUNCT or dangling or head[0] in "，,。、；;：:)）”’":
        return False
    return not (re.search(r"[。；;]", head) or _unbalanced(head) or _is_person_line(head))


def _is_person_line(folded: str) -> bool:
    m = _PERSON.match(folded)
    return m is not None and surname_length(m.group(1)) > 0


# characters a headline never ends on but the first half of a paragraph broken across columns
# often does: particles and prepositions, and (measured on 6,798 人民日报 titles against 43,601
# random column breaks) 有 不 这 以 他 更 自 也 各 最 如 其 没 让 服 推 共 公
DANGLING = set("的了在和与是对将把被从向及并而但或之所于地得着" "有不这以他更自也各最如其没让服推共公")


# an idiom that ends on a character a broken line may end on: `一以贯之`, `久而久之`, `取而代之`
_IDIOM_END = re.compile(rf"(?:一以贯之|[{CJK}]而[{CJK}]之)$")


def _unbalanced(text: str) -> bool:
    return any(text.count(a) != text.count(b) for a, b in ("“”", "()", "《》", "「」", "[]"))


NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十]+[，,、]"
    r"|第[一二三四五六七八九十百]+[章节编][\s\u3000]*)"  # `第五章 附则`: a document's chapter
)
_CIRCLED = re.compile(r"^[①-⑳]\s*\S")  # `②物权编`: a numbered part of a feature (fold() makes ② a 2)


def is_numbered(text: str) -> bool:
    """A numbered section or item: `一、…`, `（二）…`, `第五章 附则`, `②物权编`."""
    return bool(NUMBERED.match(fold(text)) or _CIRCLED.match(text.strip()))


# a column's tag closing a headline: `（今日谈）`, `（礼赞70年）`; never a date (`（2020年1月13日）`)
_A_DATE = r"(?:19|20)\d{2}年|\d{1,2}月\d{1,2}日|[〇零○一二三四五六七八九]{4}年"
COLUMN_TAG = re.compile(
    rf"[（(](?!(?:{IN_ARTICLE_BOXES})[)）])"  # not a box inside the article
    rf"(?=[^（）()]*[{CJK}][^（）()]*[{CJK}])"  # Chinese inside, not `(CPI)`
    rf"(?![^（）()]*(?:{_A_DATE}))"  # not a date
    rf"[^（）()]{{2,48}}[)）]$"
)


def is_strong_title(text: str, level: int = 0) -> bool:
    """A title that can start an article with no anchor: no clause punctuation inside, not a
    numbered subheading (`一、…`, `（二）…`); a column's tag at the end (`…（今日谈）`) is a
    headline whatever its punctuation."""
    folded = fold(text)
    if level:
        return 2 <= len(folded) <= MAX_TITLE
    if is_numbered(text) or folded[0] in BULLET or _WORK_ONLY.match(folded):
        return False  # `一、…`, `■…`, `《上甘岭》`: items inside an article
    tag = COLUMN_TAG.search(folded)
    if tag and _tagged_head(folded[: tag.start()]):
        return True
    if is_two_phrase_title(folded):
        return True
    return is_title_like(text) and 4 <= len(folded) <= 40 and not re.search(r"[，,；;。!?！？]", folded[:-1])
