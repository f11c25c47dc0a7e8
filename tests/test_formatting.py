"""Any text renders to valid Telegram HTML within the limit; values are always escaped."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import formatting
from bot.formatting import HTML, split_message
from store.queries import ArticleView, PersonRef
from tests.fakebot import check_html

texty = st.text(
    st.one_of(st.characters(blacklist_categories=("Cs",)), st.sampled_from(list("<>&\"'/b新闻\n"))), max_size=9000
)


def article(headline: str, body: str, kicker: str = "") -> ArticleView:
    return ArticleView(
        id=7,
        page="p",
        position=1,
        kind="news",
        headline=headline,
        kicker=kicker,
        subtitle="",
        reporters=("<记者>",),
        event_date=date(2024, 3, 1),
        page_date=date(2024, 3, 2),
        page_date_inferred=False,
        body=body,
        byline="",
        people=(PersonRef("某某", "<b>主任</b>", "official"),),
    )


@settings(max_examples=200, deadline=None)
@given(texty, texty, texty)
def test_any_article_renders_to_valid_html_under_the_limit(headline, body, kicker):
    markup = formatting.article_full(article(headline[:200], body, kicker[:100]), HTML)
    parts = split_message(markup)
    shown = "".join(check_html(p) if p.strip() else "" for p in parts)
    for p in parts:
        assert formatting.utf16_len(p) <= 4096
    # nothing is lost: every character of the body is shown (line breaks aside)
    assert body.replace("\n", "") in shown.replace("\n", "") or not body.strip()


@settings(max_examples=100, deadline=None)
@given(texty)
def test_list_lines_escape_everything(headline):
    line = formatting.article_line(article(headline[:300], "正文"), HTML, 1)
    check_html(line)


def test_split_keeps_short_replies_whole():
    assert split_message("<b>一</b>\n二") == ["<b>一</b>\n二"]


def test_plain_text_style_has_no_markup():
    line = formatting.article_line(article("<b>标题</b>", "正文"), formatting.TEXT, 1)
    assert "<b>标题</b>" in line and "/a_7" in line
