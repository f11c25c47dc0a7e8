"""Every target of `bench/fuzz.py` for a few seconds, so the minutes-long run stays runnable and
a regression it would find shows up in CI too."""

import pytest

from bench.fuzz import TARGETS, fuzz


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_target_briefly(name):
    _what, fn, strategies = TARGETS[name]
    examples, _seconds, error = fuzz(fn, strategies, seconds=2)
    assert error == "", error
    assert examples >= 20
