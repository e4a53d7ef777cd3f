"""data/public_records_laws.csv: one row per state and DC, every deadline a number of days or 'none stated'."""

import csv

import pytest
from conftest import DATA

from scorecard.outreach import laws


def test_every_state_and_dc_has_exactly_one_row():
    got = laws.load(DATA)
    with open(DATA / "institutions.csv", newline="", encoding="utf-8") as f:
        states = {r["state"] for r in csv.DictReader(f) if r["in_50_states_dc"] == "1"}
    assert len(got) == laws.STATES == 51
    assert states <= set(got)


def test_a_row_cites_its_sources_and_never_invents_a_deadline():
    for law in laws.load(DATA).values():
        assert law.source_url.startswith("https://") or law.source_url.startswith("http://")
        assert law.deadline_days is None or law.deadline_days > 0
        if law.deadline_days is None:
            assert law.notes, f"{law.state}: a missing deadline says why"
        if not law.law_name:
            assert "not yet read" in law.notes


def test_a_law_is_named_with_its_citation_or_as_the_states_law():
    got = laws.load(DATA)
    assert got["DC"].named() == "the District of Columbia Freedom of Information Act (D.C. Official Code § 2-531 et seq.)"
    blank = laws.Law("ZZ", "Zedland", "", "", None, "https://example.org", "", "")
    assert blank.named() == "the public-records law of Zedland"


@pytest.mark.parametrize("row, message", [
    ({"state": "California"}, "state: 'California' is not a two-letter state code"),
    ({"response_deadline": "prompt"}, "response_deadline: 'prompt' is neither a number of days nor 'none stated'"),
    ({"response_deadline": "0"}, "response_deadline: '0' is neither"),
    ({"source_url": ""}, "source_url: is required"),
])
def test_a_bad_row_is_named_by_file_line_and_field(row, message):
    good = {"state": "CA", "state_name": "California", "law_name": "", "citation": "", "response_deadline": "10",
            "source_url": "https://example.org/", "law_source_url": "", "notes": ""}
    with pytest.raises(laws.LawError, match=f"laws.csv:3: {message}"):
        laws.parse([{**good, "state": "AK"}, {**good, **row}], "laws.csv")


def test_a_state_listed_twice_is_refused():
    row = {"state": "CA", "state_name": "California", "law_name": "", "citation": "", "response_deadline": "10",
           "source_url": "https://example.org/", "law_source_url": "", "notes": ""}
    with pytest.raises(laws.LawError, match="laws.csv:3: state: CA is listed twice"):
        laws.parse([row, row], "laws.csv")


def test_an_unknown_state_law_is_a_clear_error():
    with pytest.raises(laws.LawError, match="no public-records law is recorded for state 'PR'"):
        laws.law_for(laws.load(DATA), "PR")
