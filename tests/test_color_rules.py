"""The color rules of docs/method.md, one test per rule (named by its id), on small hand-made evidence."""

import datetime as dt

import pandas as pd

from scorecard import colors
from scorecard.method import COLORS, RULES, STANCES

TODAY = dt.date(2026, 11, 26)
CAMPUS = 100001
OTHER = 100002


def ev(id, stance, stated_on, kind="official_statement", unitid=CAMPUS, status="approved", summary=None):
    return {"id": id, "unitid": unitid, "stance": stance, "stated_on": stated_on, "source_kind": kind,
            "review_status": status, "publisher": "The Daily", "quote": "",
            "summary": summary or f"{stance} statement", "source_urls": "https://example.edu/x"}


def score(*rows, today=TODAY):
    institutions = pd.DataFrame({"unitid": [CAMPUS, OTHER]})
    evidence = pd.DataFrame(list(rows), columns=list(ev("x", "using", "2020").keys()))
    return colors.score(evidence, institutions, today)


def campus(card, unitid=CAMPUS):
    return card.campuses.set_index("unitid").loc[unitid]


def test_campus_without_evidence_is_gray():
    c = campus(score())
    assert (c["color"], c["label"]) == ("gray", "NOT YET SURVEYED")
    assert pd.isna(c["decided_by"])


def test_only_approved_counts_pending_and_rejected_do_not():
    card = score(ev("a", "using", "2021", status="pending"), ev("b", "using", "2021", status="rejected"))
    assert campus(card)["color"] == "gray"


def test_each_stance_gives_its_color():
    for stance, s in STANCES.items():
        if s.color is None:
            continue
        assert campus(score(ev("a", stance, "2021-05-01")))["color"] == s.color, stance


def test_latest_substantive_decides_most_recent_statement():
    card = score(ev("old", "planning", "2019-08-09"), ev("new", "wont_use", "2020-02-19"))
    assert (campus(card)["color"], campus(card)["decided_by"]) == ("green", "new")


def test_partial_dates_compare_by_their_earliest_day():
    # "2020-02" starts on 1 February, so a statement of 15 January 2020... is older, and one of
    # 15 February is newer.
    assert campus(score(ev("month", "using", "2020-02"), ev("day", "wont_use", "2020-01-15")))["decided_by"] == "month"
    assert campus(score(ev("month", "using", "2020-02"), ev("day", "wont_use", "2020-02-15")))["decided_by"] == "day"


def test_more_precise_date_wins_a_tie_inside_the_same_period():
    card = score(ev("year", "using", "2020"), ev("day", "wont_use", "2020-01-01"))
    assert campus(card)["decided_by"] == "day"
    card = score(ev("month", "using", "2020-03"), ev("day", "wont_use", "2020-03-01"))
    assert campus(card)["decided_by"] == "day"


def test_ties_go_to_stronger_source_on_the_same_date():
    card = score(ev("press", "using", "2021-04-01", kind="press_report"),
                 ev("policy", "wont_use", "2021-04-01", kind="official_policy"))
    assert campus(card)["decided_by"] == "policy"
    card = score(ev("advocacy", "wont_use", "2021-04-01", kind="advocacy"),
                 ev("quoted", "planning", "2021-04-01", kind="press_quoting_official"))
    assert campus(card)["decided_by"] == "quoted"


def test_full_tie_goes_to_the_statement_reporting_more_use():
    card = score(ev("b-green", "wont_use", "2021-04-01"), ev("a-red", "using", "2021-04-01"))
    assert campus(card)["color"] == "red"


def test_no_response_last_decides_only_without_a_substantive_statement():
    assert campus(score(ev("nr", "no_response", "2020-02")))["color"] == "yellow"
    card = score(ev("green", "wont_use", "2019-05-01"), ev("nr", "no_response", "2020-02"))
    assert (campus(card)["color"], campus(card)["decided_by"]) == ("green", "green")


def test_unrelated_evidence_never_colors():
    assert campus(score(ev("u", "unrelated", "2022")))["color"] == "gray"


def test_vendor_claim_alone_never_colors_but_raises_needs_review():
    c = campus(score(ev("v", "using", "2022-01-01", kind="vendor_claim")))
    assert c["color"] == "gray"
    assert bool(c["needs_review"]) is True
    assert "needs_review" in c["flags"]


def test_vendor_claim_newer_than_the_decision_raises_needs_review_and_keeps_the_color():
    c = campus(score(ev("g", "wont_use", "2021-01-01"), ev("v", "using", "2022-01-01", kind="vendor_claim")))
    assert (c["color"], c["decided_by"], bool(c["needs_review"])) == ("green", "g", True)


def test_vendor_claim_older_than_the_decision_does_not_need_review():
    c = campus(score(ev("v", "using", "2019-01-01", kind="vendor_claim"), ev("g", "wont_use", "2021-01-01")))
    assert bool(c["needs_review"]) is False


def test_stale_keeps_color_of_evidence_older_than_three_years():
    c = campus(score(ev("g", "wont_use", "2023-11-25")))
    assert (c["color"], bool(c["stale"])) == ("green", True)
    assert bool(campus(score(ev("g", "wont_use", "2023-11-27")))["stale"]) is False


def test_staleness_counts_from_the_end_of_a_partial_period():
    assert bool(campus(score(ev("g", "wont_use", "2023-11")))["stale"]) is False
    assert bool(campus(score(ev("g", "wont_use", "2023-10")))["stale"]) is True


def test_staleness_window_is_a_setting():
    card = colors.score(pd.DataFrame([ev("g", "wont_use", "2023-11-25")]), pd.DataFrame({"unitid": [CAMPUS]}),
                        TODAY, stale_years=5)
    assert bool(card.campuses.iloc[0]["stale"]) is False


def test_contradiction_is_a_conflict_green_then_red_says_changed_on():
    c = campus(score(ev("g", "wont_use", "2020-02"), ev("r", "using", "2022-09-01")))
    assert (c["color"], c["conflicts"], c["changed_on"]) == ("red", 1, "2022-09-01")
    assert "conflicts" in c["flags"]


def test_red_then_yellow_then_green_counts_one_conflict():
    c = campus(score(ev("r", "planning", "2019"), ev("y", "might_use", "2020"), ev("g", "wont_use", "2021")))
    assert (c["color"], c["conflicts"]) == ("green", 1)


def test_a_move_to_yellow_is_a_change_but_not_a_conflict():
    c = campus(score(ev("g", "wont_use", "2020"), ev("y", "ended_use", "2021-06-01")))
    assert (c["conflicts"], c["changed_on"]) == (0, "2021-06-01")


def test_since_is_the_start_of_the_current_color():
    c = campus(score(ev("g1", "wont_use", "2020-02"), ev("g2", "wont_use", "2021-03-04")))
    assert (c["since"], c["decided_by"]) == ("2020-02", "g2")


def test_history_keeps_every_interval_in_order():
    card = score(ev("r", "planning", "2019-08-09"), ev("g", "wont_use", "2020-02-19"))
    h = card.history[card.history["unitid"] == CAMPUS]
    assert h[["color", "valid_from", "valid_to", "decided_by"]].fillna("now").values.tolist() == [
        ["red", "2019-08-09", "2020-02-19", "r"],
        ["green", "2020-02-19", "now", "g"],
    ]


def test_reason_names_color_date_words_and_publisher():
    c = campus(score(ev("g", "wont_use", "2020-02-19", summary="The provost said the college will not use it")))
    assert c["reason"] == "Green (WON'T USE): on 2020-02-19, the provost said the college will not use it (The Daily)."


def test_reason_quotes_a_verbatim_quote_when_there_is_one():
    row = ev("g", "planning", "2021-06", summary="ignored")
    row["quote"] = "We are evaluating face matching at the gates."
    c = campus(score(row))
    assert c["reason"] == ("Red (USING OR PLANNING): in June 2021, “We are evaluating face matching at the gates.” "
                           "(The Daily).")


def test_reason_of_a_row_missing_its_quote_and_publisher_uses_the_summary_and_names_no_publisher():
    row = ev("g", "wont_use", "2020-02-19", summary="The provost said the college will not use it")
    row["quote"] = row["publisher"] = float("nan")  # what a frame holds for a missing cell
    c = campus(score(row))
    assert c["reason"] == "Green (WON'T USE): on 2020-02-19, the provost said the college will not use it."


def test_gray_reason_says_no_evidence_yet():
    assert campus(score())["reason"].startswith(f"Gray ({COLORS['gray'].label})")


def test_every_rule_is_written_once_in_the_method():
    assert len(RULES) == 7

