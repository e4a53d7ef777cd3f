"""The plain functions behind the form, the API and the CLI: data in, data out."""

import datetime as dt

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorecard import review, store, submissions
from scorecard.submissions import Campus

TODAY = dt.date(2026, 11, 26)
UCLA = Campus(110662, "university-of-california-los-angeles", "University of California-Los Angeles")
GOOD = {"campus": "ucla", "stance": "wont_use", "source_url": "https://example.org/a", "quote": "We will not.",
        "stated_on": "2024-03", "relation": "official_response"}


def find(text):
    return (UCLA, None) if text == "ucla" else (None, f"{text!r} is not a campus")


def test_check_accepts_a_good_submission_and_resolves_the_campus():
    clean, problems = submissions.check(GOOD, find, TODAY)
    assert problems == []
    assert (clean["unitid"], clean["slug"]) == (110662, "university-of-california-los-angeles")


def test_check_reports_every_bad_field_once():
    _, problems = submissions.check({**GOOD, "campus": "x", "stated_on": "2999-13", "source_url": ""}, find, TODAY)
    assert sorted(p.field for p in problems) == ["campus", "source_url", "stated_on"]


def test_fingerprint_ignores_spacing_case_and_submitter():
    a, _ = submissions.check(GOOD, find, TODAY)
    b, _ = submissions.check({**GOOD, "quote": "  WE   will NOT. ", "relation": "student",
                              "submitter_email": "x@example.org"}, find, TODAY)
    c, _ = submissions.check({**GOOD, "stated_on": "2024-04"}, find, TODAY)
    assert submissions.fingerprint(a) == submissions.fingerprint(b) != submissions.fingerprint(c)


def test_evidence_row_takes_recorded_by_and_source_kind_from_the_relation():
    clean, _ = submissions.check(GOOD, find, TODAY)
    row = submissions.evidence_row(clean, "sub-1", "api")
    assert (row["recorded_by"], row["source_kind"], row["review_status"]) == (
        "official_response", "official_statement", "pending")


def _ev(**row):
    base = {"id": "e1", "unitid": 110662, "stance": "wont_use", "stated_on": "2020-02-19", "source_urls": "https://a.b",
            "source_kind": "press_quoting_official", "publisher": "", "quote": "q", "summary": "",
            "review_status": "approved"}
    return {**base, **row}


def test_preview_runs_the_pipeline_with_and_without_the_item():
    approved = pd.DataFrame([_ev()])
    newer_red = _ev(id="sub-2", stance="using", stated_on="2025", review_status="pending")
    older_red = _ev(id="sub-3", stance="using", stated_on="2019", review_status="pending")
    assert review.preview(approved, newer_red, TODAY)["after"]["color"] == "red"
    p = review.preview(approved, older_red, TODAY)
    assert (p["current"]["color"], p["after"]["color"], p["changes"]) == ("green", "green", False)


def test_preview_of_a_gray_campus():
    p = review.preview(pd.DataFrame([_ev()]).iloc[0:0], _ev(id="s", stance="not_using", review_status="pending"),
                       TODAY)
    assert (p["current"]["color"], p["after"]["color"]) == ("gray", "yellow")


def test_check_edits_refuses_fields_that_are_not_editable():
    _, problems = review.check_edits({"review_status": "approved", "stance": "using"})
    assert problems == [("review_status", "cannot be edited (editable: stance, stated_on, quote, source_kind)")]


texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.fixed_dictionaries({}, optional={f: st.one_of(texts, st.integers(), st.none())
                                               for f in submissions.FIELDS}),
       base=st.booleans())
def test_whatever_check_accepts_the_store_accepts_and_nothing_crashes(tmp_path_factory, raw, base):
    raw = {**GOOD, **raw} if base else raw
    clean, problems = submissions.check(raw, find, TODAY)
    if problems:
        assert all(p.reason for p in problems)
        return
    db = store.open_store(tmp_path_factory.mktemp("s") / "store.db")
    store.sync_institutions(db, [{"unitid": UCLA.unitid, "slug": UCLA.slug, "name": UCLA.name}])
    [sid] = submissions.queue(db, [clean], "cli", None, TODAY)
    assert submissions.status(db, sid)["quote"] == clean["quote"]
