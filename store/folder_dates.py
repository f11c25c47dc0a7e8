"""The dates of a folder of undated pages read together. An archive names its pages in date order
(`p00001.txt`, `page-0412.txt`, scan numbers); one page rarely prints its year, but a run of
pages does: the years they mention add up, and where the month goes back from December to January
the year turns. Pure functions.

Each page's own clue (`store.dates.page_clue`) gives the latest month-day it reports and the years
it may be of. Month-days that disagree with the pages around them (a feature on an event weeks
old, `8月8日` amid October's pages) are set aside as outliers. The years are then chosen for the
whole run at once (a Viterbi pass): each page's votes, shared out, against a cost for a year that
turns with no turn of the month, or a month that goes back with no new year. A page whose date,
so found, falls outside its neighbours' (the nearest pages that are no outliers) takes the date of
the page before it, as does a page that reports no day. Folders whose month-days do not run in
order, or that are too small to tell, are left to the pages themselves (None)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from itertools import pairwise

from store.dates import PageClue

MIN_PAGES = 10  # fewer undated pages than this: too few to tell whether the folder is in date order
IN_ORDER = 0.5  # the share of the pages' month-days that must agree with their neighbours'
TURN_SHARE = 0.2  # the share of steps from page to page that may go back (where a year turns)
OUTLIER_DAYS = 10  # a month-day further than this from most of its 3+3 neighbours is set aside
TURN_DAYS = 45  # a month-day this far before the one before it: the year turned
PAGE_WEIGHT = 4.0  # what one page's year votes weigh, all together
SAME_YEAR_BACK = 20.0  # the month goes back a long way in the same year
YEAR_WITHOUT_TURN = 8.0  # a new year while the month runs on
YEAR_GOES_BACK = 50.0  # a year before the page before's
FIXED = 1000.0  # a page that prints its date
STRAY_DAYS = 3  # how far a page's date may stray outside its neighbours' before it takes theirs
_CYCLE = 12 * 31


def date_folder(clues: Sequence[PageClue], today: date | None = None) -> list[date | None] | None:
    """The dates of the pages, in the folder's order (oldest or newest first); None when the folder
    is too small or not in date order."""
    today = today or date.today()
    reported = [_ordinal(c.month_day) for c in clues]
    days = _without_outliers(reported)
    known = [d for d in days if d is not None]
    if len(known) < MIN_PAGES or len(known) < IN_ORDER * sum(d is not None for d in reported):
        return None  # pages in any other order mostly disagree with their neighbours
    if _in_order(known):
        return _dated(clues, days, today)
    if _in_order(known[::-1]):  # newest first
        dated = _dated(clues[::-1], days[::-1], today)
        return dated[::-1] if dated is not None else None
    return None


def _dated(clues: Sequence[PageClue], days: list[int | None], today: date) -> list[date | None] | None:
    years = _years(clues, days, today)
    if years is None:
        return None
    dates = [_date(c, y) for c, y in zip(clues, years, strict=True)]
    return _smoothed(dates, clues, [d is not None for d in days])


def _ordinal(month_day: tuple[int, int] | None) -> int | None:
    return month_day[0] * 31 + month_day[1] if month_day else None


def _circular(a: int, b: int) -> int:
    """Days (roughly) from b to a, across the year's end: December 28 to January 2 is +5."""
    return (a - b + _CYCLE // 2) % _CYCLE - _CYCLE // 2


def _without_outliers(days: list[int | None]) -> list[int | None]:
    known = [i for i, d in enumerate(days) if d is not None]
    out = list(days)
    for k, i in enumerate(known):
        around = [days[j] for j in known[max(0, k - 3) : k] + known[k + 1 : k + 4]]
        if len(around) < 2:
            continue
        close = sum(1 for d in around if d is not None and abs(_circular(days[i] or 0, d)) <= OUTLIER_DAYS)
        if close * 2 < len(around):
            out[i] = None
    return out


def _in_order(known: list[int]) -> bool:
    """Month-days that move on far more often than they go back (twice as often, at least), and go
    back a long way only where a year turns (one step in TURN_SHARE or fewer)."""
    steps = [b - a for a, b in pairwise(known)]
    on, back = sum(1 for s in steps if s > 0), sum(1 for s in steps if s < 0)
    return on >= 2 * back and sum(1 for s in steps if s < -OUTLIER_DAYS) <= TURN_SHARE * len(steps)


def _years(clues: Sequence[PageClue], days: list[int | None], today: date) -> list[int] | None:
    named = {y for c in clues for y in c.votes if y <= today.year}
    if not named:
        return None
    candidates = list(range(min(named) - 1, min(today.year, max(named) + 1) + 1))
    score = {y: _weight(clues[0], y) for y in candidates}
    back: list[dict[int, int]] = []
    last = days[0]
    for clue, day in zip(clues[1:], days[1:], strict=True):
        turned = day is not None and last is not None and day < last - TURN_DAYS
        choice = _best_before(candidates, score, turned)
        score = {y: score[p] - _cost(p, y, turned) + _weight(clue, y) for y, p in choice.items()}
        last = day if day is not None else last
        back.append(choice)
    year = max(candidates, key=lambda y: score[y])
    years = [year]
    for choice in reversed(back):
        year = choice[year]
        years.append(year)
    return years[::-1]


def _best_before(candidates: list[int], score: dict[int, float], turned: bool) -> dict[int, int]:
    """For each year, the best year for the page before: the same, the one before, any earlier
    (the best of them, kept as a running maximum) or, at a high cost, any later."""
    later: list[int | None] = [None] * len(candidates)  # the best year after each
    for k in range(len(candidates) - 2, -1, -1):
        nxt, best = candidates[k + 1], later[k + 1]
        later[k] = nxt if best is None or score[nxt] >= score[best] else best
    choice: dict[int, int] = {}
    earlier: int | None = None  # the best year before y - 1
    for k, y in enumerate(candidates):
        options = [y, *candidates[max(0, k - 1) : k]]
        options += [p for p in (earlier, later[k]) if p is not None]
        choice[y] = max(options, key=lambda p: score[p] - _cost(p, y, turned))
        if k >= 1 and (earlier is None or score[candidates[k - 1]] > score[earlier]):
            earlier = candidates[k - 1]
    return choice


def _weight(clue: PageClue, year: int) -> float:
    if clue.printed:
        return FIXED if clue.printed.year == year else -FIXED
    total = sum(clue.votes.values())
    return PAGE_WEIGHT * clue.votes.get(year, 0.0) / total if total else 0.0


def _cost(before: int, year: int, turned: bool) -> float:
    if year == before:
        return SAME_YEAR_BACK if turned else 0.0
    if year < before:
        return YEAR_GOES_BACK
    return 0.0 if turned and year == before + 1 else YEAR_WITHOUT_TURN


def _date(clue: PageClue, year: int) -> date | None:
    if clue.printed:
        return clue.printed
    if not clue.month_day:
        return None
    month, day = clue.month_day
    try:
        latest = date(year, month, day)
    except ValueError:
        latest = date(year, month, 28)
    return latest + timedelta(days=1)  # a daily prints yesterday's news


def _smoothed(dates: list[date | None], clues: Sequence[PageClue], trusted: list[bool]) -> list[date | None]:
    """Stray dates take the date of the page before; a stray is judged against the nearest pages
    whose month-days agree with their neighbours' (`trusted`), so two strays cannot vouch for
    each other."""
    out = list(dates)
    slack = timedelta(days=STRAY_DAYS)
    for i, d in enumerate(dates):
        if d is None or clues[i].printed:
            continue
        before = next((dates[j] for j in range(i - 1, -1, -1) if dates[j] and trusted[j]), None)
        after = next((dates[j] for j in range(i + 1, len(dates)) if dates[j] and trusted[j]), None)
        if before and after and before > after + slack:
            continue  # the pages around disagree: nothing to judge by
        if (before and d < before - slack) or (after and d > after + slack):
            out[i] = next((out[j] for j in range(i - 1, -1, -1) if out[j]), before or after)
    for i, d in enumerate(out):
        if d is None and i:
            out[i] = out[i - 1]
    return out
