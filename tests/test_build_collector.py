"""The build pauses Python's cyclic garbage collector for speed and always turns it back on."""

import datetime as dt
import gc

import pytest
from conftest import ROOT

from scorecard import build, datafiles

TODAY = dt.date(2026, 11, 26)


def test_the_collector_is_on_again_after_a_build(tmp_path):
    seen = []
    build.build(ROOT / "data", tmp_path / "store.db", tmp_path / "scorecard.db", TODAY,
                progress=lambda step: seen.append(gc.isenabled()))
    assert seen and not any(seen)  # off while it ran
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_build_that_fails(tmp_path):
    with pytest.raises(datafiles.DataError):
        build.build(tmp_path / "no-data", tmp_path / "store.db", tmp_path / "scorecard.db", TODAY)
    assert gc.isenabled()


def test_a_collector_already_off_stays_off(tmp_path):
    gc.disable()
    try:
        with pytest.raises(datafiles.DataError):
            build.build(tmp_path / "no-data", tmp_path / "store.db", tmp_path / "scorecard.db", TODAY)
        assert not gc.isenabled()
    finally:
        gc.enable()
