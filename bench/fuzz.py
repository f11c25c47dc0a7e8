"""Fuzzing for minutes: hypothesis on segmentation, page reading, date parsing, folder calendars, decoding,
JSON Lines records and reply formatting. Each target runs for its share of the time; a failure
is shrunk by hypothesis, printed, and makes the exit status 1.

    python -m bench.fuzz --minutes 6            # results into bench/RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import time
import traceback
from collections.abc import Callable
from datetime import date, timedelta

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from bench.common import machine, write_section
from bot import formatting
from bot.formatting import split_message
from store.answers import parse_day
from store.dates import PageClue, date_from_name, event_month_day, infer_page_date, resolve
from store.extract import read_page, read_record
from store.folder_dates import date_folder
from store.ingest import parse_record
from store.segment import segment
from store.text import DecodeError, decode
from tests.fakebot import check_html
from tests.test_formatting import article
from tests.test_segment_property import lost_text, pages

# Pieces of real newspaper text, so that random pages hit the rules (datelines, bylines,
# credits, columns, titles, dates, furniture) and not only plain characters.
PIECES = [
    "本报讯", "（记者", "(记者", "）", ")", "本报记者 ", "记者", "通讯员", "见习记者", " 摄", "摄影", "□", "# ", "## ",
    "\n", "\n\n", "\r\n", "　", " ", "月", "日", "年", "2023年", "二〇二三年", "第3次", "度", "上午", "下午", "近日",
    "3月7日", "12月21日上午、22日上午", "新华社北京", "电", "党工委书记", "管委会主任", "副市长", "、", "，", "。", "：",
    "“", "”", "！", "？", "——", "一、", "（二）", "示范区视窗", "扫一扫 关注我们", "微信公众号", "作者为", "今日谈",
    "区领导", "市政协副主席", "同志", "等", "路", "公司", "...", "……", "<b>", "&amp;", "\x00", "\u200f", "\ud800",
]
HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
newsy_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(HAN, min_size=1, max_size=8), st.text(max_size=4)), max_size=400
).map("".join)
any_text = st.one_of(newsy_text, st.text(max_size=3000))
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))

count = 0


def seen() -> None:
    global count
    count += 1


def target_segment_pages(text: str) -> None:
    seen()
    assert lost_text(text, segment(text)) == []


def target_read_any_page(text: str) -> None:
    seen()
    text = text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")  # what decode() hands on
    page = read_page(text, "page.txt")
    assert lost_text(text, segment(text)) == []
    squashed = "".join(text.split())
    for a in page.articles:
        assert a.headline.strip() or a.body.strip()
        for m in a.people:
            assert m.name and m.name in squashed, m.name  # names as printed, never made up
    if page.page_date is not None:
        assert date(1950, 1, 1) <= page.page_date <= date.today() + timedelta(days=400)


def target_dates(text: str, name: str, month: int, day: int, page_date: date, today: date) -> None:
    seen()
    date_from_name(name)
    got = resolve(month, day, page_date)
    if got is not None:
        assert (got.month, got.day) == (month, day) and abs((got - page_date).days) <= 400
    md = event_month_day(text, None)
    if md is not None:
        assert 1 <= md[0] <= 12 and 1 <= md[1] <= 31
    inferred = infer_page_date(text, [md] if md else [], today)
    if inferred is not None:
        assert date(1950, 1, 1) <= inferred <= today + timedelta(days=400)
    parse_day(text, today, page_date)


def target_folder_dates(clues: list[PageClue], today: date) -> None:
    seen()
    dates = date_folder(clues, today)
    if dates is None:
        return
    assert len(dates) == len(clues)
    latest = max([date(today.year, 12, 31) + timedelta(days=1)] + [c.printed for c in clues if c.printed])
    for clue, d in zip(clues, dates, strict=True):
        if clue.printed:
            assert d == clue.printed  # a printed date is kept
        elif d is not None:
            assert date(1900, 1, 1) <= d <= latest  # never after today's year or a date printed in the folder


month_days = st.tuples(st.integers(1, 12), st.integers(1, 31))
clues = st.one_of(
    days.map(PageClue.on),
    st.builds(
        PageClue,
        st.none(),
        st.one_of(st.none(), month_days),
        st.dictionaries(st.integers(1950, 2035), st.floats(0.1, 10), max_size=4),
    ),
)


def _run(start: date, steps: list[int], noise: list[PageClue | None], years: list[int]) -> list[PageClue]:
    """Pages filed in date order from `start`, a page's clue sometimes replaced by noise."""
    out, day = [], start
    for k, step in enumerate(steps):
        day += timedelta(days=step)
        votes = {years[k % len(years)] if years else day.year: 1.0}
        out.append(noise[k % len(noise)] or PageClue(None, (day.month, day.day), votes))
    return out


runs = st.builds(
    _run,
    days,
    st.lists(st.integers(0, 40), min_size=10, max_size=80),
    st.lists(st.one_of(st.none(), st.none(), st.none(), clues), min_size=1, max_size=10),
    st.lists(st.integers(1990, 2035), max_size=3),
)


def target_decode(data: bytes, chinese: str, encoding: str, cut: int) -> None:
    seen()
    for raw in (data, chinese.encode(encoding, "replace")[: cut or None]):
        try:
            text = decode(raw)
        except DecodeError as exc:
            assert str(exc)
            continue
        assert "\x00" not in text and not any("\ud800" <= c <= "\udfff" for c in text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {"title": any_text, "body": any_text},
    optional={"date": st.one_of(days.map(str), st.text(max_size=12)), "kicker": any_text, "id": json_values},
)


def target_records(line: str) -> None:
    seen()
    try:
        rec = parse_record(line)
    except ValueError as exc:
        assert str(exc)
        return
    read_record(rec["title"], rec["body"], rec.get("kicker", ""), rec.get("subtitle", ""), rec.get("date"))


def target_formatting(headline: str, body: str, kicker: str) -> None:
    seen()
    markup = formatting.article_full(article(headline[:200], body, kicker[:100]), formatting.HTML)
    parts = split_message(markup)
    shown = "".join(check_html(p) if p.strip() else "" for p in parts)
    assert all(formatting.utf16_len(p) <= 4096 for p in parts)
    assert body.replace("\n", "") in shown.replace("\n", "") or not body.strip()


no_surrogates = st.text(st.characters(blacklist_categories=("Cs",)), max_size=9000)
TARGETS: dict[str, tuple[str, Callable[..., None], tuple]] = {
    "segment": ("segmentation of generated pages loses no sentence", target_segment_pages, (pages(),)),
    "read_page": ("any text read as a page: no crash, no lost text, sane dates", target_read_any_page, (any_text,)),
    "dates": (
        "file-name dates, event dates, inferred page dates, typed dates",
        target_dates,
        (any_text, st.text(max_size=40), st.integers(1, 12), st.integers(1, 31), days, days),
    ),
    "folder_dates": (
        "folder calendars over random page clues: a date per page, printed dates kept",
        target_folder_dates,
        (st.one_of(st.lists(clues, max_size=60), runs), days),
    ),
    "decode": (
        "random and cut GB18030/UTF-8 bytes: text or a named error",
        target_decode,
        (st.binary(max_size=4000), st.text(HAN, max_size=300), st.sampled_from(["utf-8", "gb18030", "gbk"]), st.integers(0, 900)),
    ),
    "records": (
        "JSON Lines records, broken or odd: a record or a named error",
        target_records,
        (st.one_of(records.map(lambda r: json.dumps(r, ensure_ascii=False)), any_text),),
    ),
    "formatting": (
        "replies: valid Telegram HTML, ≤ 4096 units a part, nothing lost",
        target_formatting,
        (no_surrogates, no_surrogates, no_surrogates),
    ),
}


def fuzz(fn: Callable[..., None], strategies: tuple, seconds: float) -> tuple[int, float, str]:
    """Run fn under hypothesis in rounds of fresh random examples until the time is up."""
    global count
    count = 0
    test = settings(
        max_examples=200,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )(given(*strategies)(fn))
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            test()
        except Exception:
            return count, time.monotonic() - start, traceback.format_exc(limit=3)
    return count, time.monotonic() - start, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=6.0, help="total time, shared by the targets")
    parser.add_argument("--only", choices=sorted(TARGETS), action="append", help="run only these targets")
    parser.add_argument("--no-write", action="store_true", help="do not update bench/RESULTS.md")
    args = parser.parse_args()
    chosen = args.only or list(TARGETS)
    share = args.minutes * 60 / len(chosen)
    rows, failed = [], False
    for name in chosen:
        what, fn, strategies = TARGETS[name]
        examples, seconds, error = fuzz(fn, strategies, share)
        failed |= bool(error)
        rows.append(f"| {name} | {what} | {examples} | {seconds:.0f} | {'FAILED' if error else 'none'} |")
        print(rows[-1], flush=True)
        if error:
            print(error)
    table = (
        f"`python -m bench.fuzz --minutes {args.minutes:g}` on {date.today()}, {machine()}.\n\n"
        "| target | property | examples | seconds | failures |\n|---|---|---:|---:|---|\n" + "\n".join(rows) + "\n\n"
        "Hypothesis with fresh random examples each round of 200, shrinking on failure. The generated pages and "
        "texts are built from pieces of newspaper text (datelines, bylines, credits, columns, titles, dates, "
        "furniture, NUL, RTL marks, lone surrogates, markup) mixed with random characters.\n"
    )
    if not args.no_write:
        write_section("Fuzzing", table)
    raise SystemExit(1 if failed else 0)


if __name__ == "__main__":
    main()
