"""The extractor against the hand labels of the three sample pages (development figures)."""

from tests.conftest import GOLD, SAMPLE_PAGES
from tests.gold import score


def test_sample_pages_against_gold_labels():
    s = score(SAMPLE_PAGES, GOLD)
    print(s)
    assert s.headline_precision >= 0.97
    assert s.headline_recall >= 0.97
    assert s.reporters_exact >= 0.95
    assert s.event_dates >= 0.95
    assert s.page_months == (3, 3)
    assert s.people_precision >= 0.97
    assert s.people_recall >= 0.95
    assert s.titles_as_written >= 0.9
    assert s.kinds >= 0.9
