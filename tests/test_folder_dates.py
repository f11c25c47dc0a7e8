"""A folder of undated pages is dated as a run: made-up pages across a year's end, of which only
two name their year."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import select

from store.dates import PageClue
from store.extract import read_folder
from store.folder_dates import date_folder
from store.ingest import ingest
from store.models import Page

# (month, day) of the news on each page, in the order the archive files them; one page is a
# feature on a summer event, one reports no day at all
DAYS = [(12, 14), (12, 16), (12, 18), (12, 20), (12, 22), (8, 15), (12, 26), (12, 28), None, (12, 30),
        (1, 2), (1, 4), (1, 6), (1, 8), (1, 10), (1, 12)]  # fmt: skip
NAMES_YEAR = {2: "2021年第12次", 13: "2022年第1次"}  # the only pages that name a year
STREETS = ["城南", "城北", "河西", "河东", "新桥", "老街", "东关", "西关", "南门", "北门", "江口", "湖滨", "山前", "桥头", "塘下", "林场"]


def page(n: int) -> str:
    md = DAYS[n]
    when = f"{md[0]}月{md[1]}日上午，" if md else "近日，"
    meeting = NAMES_YEAR.get(n, "")
    return (
        f"{STREETS[n]}街道议事会商定改造方案\n\n"
        f"本报讯（记者 林晓）{when}{STREETS[n]}街道召开{meeting}居民议事会，与会居民就老旧小区改造、"
        f"停车位增设和垃圾分类等事项逐一发表意见，街道负责人表示将在下周公布改造清单。\n\n"
        f"议事会上，居民代表提出增设电梯的建议，街道将会同物业公司逐户征求意见，尽快拿出方案。\n"
    )


def expected(n: int) -> date:
    """The page's date: the day after its news, the summer feature and the page with no day
    taking the page before them."""
    md = DAYS[n] if n not in (5, 8) else DAYS[n - 1]
    assert md
    year = 2021 if md[0] == 12 else 2022
    return date(year, md[0], md[1] + 1)


def test_a_folder_in_date_order_is_dated_as_a_run():
    pages = [(f"p{n + 1:03d}.txt", page(n)) for n in range(len(DAYS))]
    read = read_folder(pages)
    assert [d.page_date for d in read] == [expected(n) for n in range(len(DAYS))]
    assert all(d.page_date_inferred for d in read)
    feature = read[5].articles[0]
    assert feature.event_date == date(2021, 8, 15)  # its own event keeps its own day


def test_a_folder_newest_first_is_dated_as_well():
    pages = [(f"p{n + 1:03d}.txt", page(n)) for n in reversed(range(len(DAYS)))]
    got = [d.page_date for d in read_folder(pages)]
    assert got[::-1] == [expected(n) for n in range(len(DAYS))]


def test_a_folder_out_of_order_is_left_to_its_pages():
    clues = [PageClue(None, md, {2021: 1.0} if md and md[0] == 12 else {2022: 1.0}) for md in DAYS]
    order = list(range(len(DAYS)))
    random.Random(4).shuffle(order)
    assert date_folder([clues[i] for i in order]) is None
    assert date_folder(clues[:6]) is None  # too few to tell
    assert date_folder(clues) is not None


def test_a_printed_date_anchors_the_run_and_is_kept():
    clues = [PageClue(None, md, {}) for md in DAYS]
    clues[3] = PageClue.on(date(2021, 12, 21))
    clues[0] = PageClue(None, DAYS[0], {2019: 1.0})  # one page's stray vote does not move the run
    dates = date_folder(clues)
    assert dates is not None
    assert dates[3] == date(2021, 12, 21)
    assert [d.year for d in dates if d] == [2021] * 10 + [2022] * 6


def test_ingest_dates_a_folder_and_later_pages_join_the_run(sessions, tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(12):  # unpadded names: p2 is filed before p10
        (folder / f"p{n + 1}.txt").write_text(page(n), encoding="utf-8")
    assert ingest(sessions, [folder]).ok
    for n in range(12, len(DAYS)):  # the next pages, filed a day later; they name no year
        (folder / f"p{n + 1}.txt").write_text(page(n).replace("2022年第1次", ""), encoding="utf-8")
    report = ingest(sessions, [folder])
    assert report.ok and report.skipped == 12
    with sessions() as s:
        stored = {p.label: (p.page_date, p.page_date_inferred) for p in s.scalars(select(Page))}
    assert stored == {f"p{n + 1}": (expected(n), True) for n in range(len(DAYS))}


def test_two_stray_pages_side_by_side_do_not_vouch_for_each_other():
    """Two features recalling last December, filed between late-January pages, take the date of
    the page before them, not December's."""
    days = [(1, d) for d in range(5, 29, 2)] + [(12, 26), None, (12, 30), (1, 30), (2, 1), (2, 3), (2, 5)]
    clues = [PageClue(None, md, {2024: 1.0} if md and md[0] != 12 else {}) for md in days]
    dated = date_folder(clues, today=date(2026, 1, 1))
    assert dated is not None
    strays = [dated[k] for k, md in enumerate(days) if md and md[0] == 12]
    assert strays == [date(2024, 1, 28), date(2024, 1, 28)]
