"""The durability drill (tests/durability.py) against a real server on 127.0.0.1: about 35 s."""

import durability
import pytest


@pytest.mark.slow
def test_every_acknowledged_submission_survives_a_sigkill_and_the_store_is_intact(tmp_path):
    figures = durability.drill(clients=50, submissions=2000, kill_after=1000, workdir=tmp_path, time_limit=110)
    print(figures)
    assert figures["acked_missing"] == 0
    assert figures["integrity_check"] == "ok"
    assert figures["killed_after_2xx"] >= 1000
    assert figures["answered_2xx"] + figures["answered_409_after_retry"] == 2000
    assert figures["rows_in_store"] == 2000
