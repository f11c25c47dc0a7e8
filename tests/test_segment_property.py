"""Property: segmentation never loses text. Every sentence of a page ends up in an article
(headline, kicker, subtitle, byline or body) or among the dropped lines."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.segment import Segmented, segment
from store.text import TERMINAL, fold

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF)
words = st.text(HAN, min_size=2, max_size=12)
names = st.text(HAN, min_size=2, max_size=3)


@st.composite
def sentences(draw):
    parts = draw(st.lists(words, min_size=1, max_size=4))
    return "，".join(parts) + draw(st.sampled_from("。！？"))


@st.composite
def articles(draw):
    lines = []
    if draw(st.booleans()):
        lines.append(draw(words))  # kicker
    mark = draw(st.sampled_from(["", "# ", "## "]))
    lines.append(mark + draw(words))
    paragraphs = [
        ("".join(draw(st.lists(sentences(), min_size=1, max_size=4)))) for _ in range(draw(st.integers(1, 4)))
    ]
    style = draw(st.sampled_from(["dateline", "byline", "column", "photo", "none"]))
    who = "、".join(draw(st.lists(names, min_size=1, max_size=3)))
    if style == "dateline":
        paragraphs[0] = f"本报讯(记者{who}){draw(st.integers(1, 12))}月{draw(st.integers(1, 28))}日," + paragraphs[0]
    elif style == "byline":
        lines.append(f"本报记者 {who.split('、')[0]}")
    elif style == "column":
        lines.append(f"□{who.split('、')[0]}")
    elif style == "photo":
        paragraphs[-1] += f" 本报记者 {who.split('、')[0]} 摄"
    for p in paragraphs:
        if len(p) > 12 and draw(st.booleans()):  # broken across columns
            cut = draw(st.integers(1, len(p) - 1))
            lines += [p[:cut], p[cut:]]
        else:
            lines.append(p)
        if draw(st.integers(0, 9)) == 0:  # printed twice
            lines.append(p)
    return lines


@st.composite
def pages(draw):
    lines = []
    for art in draw(st.lists(articles(), min_size=1, max_size=5)):
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(["示范区视窗", "要闻", "扫一扫 关注我们", "微信公众号"])))
        lines += art
    text = "\n\n".join(lines) + "\n"
    if draw(st.booleans()):
        text = text.translate(str.maketrans({"，": ",", "（": "(", "）": ")"}))
    return text


def lost_text(text: str, seg: Segmented) -> list[str]:
    kept = (
        "\n".join(fold(x) for a in seg.articles for x in (a.kicker, a.headline, a.subtitle, a.byline, a.body))
        + "\n"
        + "\n".join(fold(d) for d in seg.dropped)
    )
    lost = []
    for line in text.split("\n"):
        body = re.sub(r"^\s*#+\s*", "", line)
        for piece in re.findall(rf"[^{TERMINAL}]*[{TERMINAL}]*", fold(body)):
            if piece and piece not in kept:
                lost.append(piece)
    return lost


@settings(max_examples=300, deadline=None)
@given(pages())
def test_segmentation_never_loses_text(text):
    seg = segment(text)
    assert lost_text(text, seg) == []


def test_sample_pages_lose_nothing():
    from tests.conftest import SAMPLE_PAGES

    for path in SAMPLE_PAGES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert lost_text(text, segment(text)) == [], path.name
