"""Bylines of real 人民日报 articles: `本报…电（记者…）` and `新华社…电（记者…）` datelines."""

import json
import re

import pytest

from store.extract import read_record
from tests.conftest import RMRB

DATELINE = re.compile(r"^\s*(?:据)?(?:本报|新华社)[^（(\n]{0,20}?电\s*[（(]([^）)]*)[）)]")


@pytest.mark.skipif(not RMRB.exists(), reason=f"{RMRB} is absent (internal corpus, not shipped)")
def test_reporters_from_datelines_are_exact():
    total = exact = 0
    misses = []
    with RMRB.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            m = DATELINE.match(rec["body"])
            if not m:
                continue
            inside = re.sub(r"^(?:本报)?记者", "", m.group(1).strip())
            expected = [t for t in re.split(r"[、，,\s]+", inside) if t]
            got = list(read_record(rec["title"], rec["body"]).reporters)
            total += 1
            exact += got == expected
            if got != expected and len(misses) < 10:
                misses.append((m.group(1), got))
    print(f"{exact}/{total} exact")
    assert total > 1000
    assert exact / total >= 0.97, misses
