"""Properties the pipeline keeps for any evidence at all, checked with hypothesis."""

import datetime as dt

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from scorecard import colors
from scorecard.method import SOURCE_KINDS, STANCES, VENDOR_CLAIM

TODAY = dt.date(2026, 11, 26)
UNITIDS = [100001, 100002, 100003]

partial_dates = st.builds(
    lambda y, m, d, p: [f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}"][p],
    st.integers(2015, 2026), st.integers(1, 10), st.integers(1, 28), st.integers(0, 2),
)
rows = st.lists(
    st.fixed_dictionaries({
        "unitid": st.sampled_from(UNITIDS),
        "stance": st.sampled_from(list(STANCES)),
        "stated_on": partial_dates,
        "source_kind": st.sampled_from(list(SOURCE_KINDS)),
        "review_status": st.sampled_from(["approved", "approved", "approved", "pending"]),
    }),
    max_size=30,
)


def frame(items):
    df = pd.DataFrame(items, columns=["unitid", "stance", "stated_on", "source_kind", "review_status"])
    df.insert(0, "id", [f"e{i:03d}" for i in range(len(df))])
    return df.assign(publisher="P", quote="", summary="s", source_urls="https://example.edu/")


def run(df):
    return colors.score(df, pd.DataFrame({"unitid": UNITIDS}), TODAY)


@settings(max_examples=60, deadline=None)
@given(rows, st.randoms(use_true_random=False))
def test_shuffling_input_rows_never_changes_the_output(items, rnd):
    df = frame(items)
    shuffled = df.sample(frac=1, random_state=rnd.randint(0, 2**31)).reset_index(drop=True)
    a, b = run(df), run(shuffled)
    pd.testing.assert_frame_equal(a.campuses, b.campuses)
    pd.testing.assert_frame_equal(a.history, b.history)


@settings(max_examples=60, deadline=None)
@given(rows)
def test_every_colored_campus_names_an_approved_row_of_its_own(items):
    df = frame(items)
    card = run(df)
    by_id = df.set_index("id")
    for c in card.campuses.itertuples():
        if c.color == "gray":
            assert pd.isna(c.decided_by)
            continue
        row = by_id.loc[c.decided_by]
        assert row["unitid"] == c.unitid
        assert row["review_status"] == "approved"
        assert row["source_kind"] != VENDOR_CLAIM
        assert STANCES[row["stance"]].color == c.color


@settings(max_examples=60, deadline=None)
@given(rows)
def test_history_intervals_never_overlap_and_cover_from_the_first_evidence_on(items):
    df = frame(items)
    card = run(df)
    decisive = df[(df["review_status"] == "approved") & (df["source_kind"] != VENDOR_CLAIM)
                  & df["stance"].isin([s for s, v in STANCES.items() if v.substantive or s == "no_response"])]
    firsts = colors.period_bounds(decisive["stated_on"])["first"].dt.strftime("%Y-%m-%d")
    for unitid, h in card.history.groupby("unitid"):
        assert h["valid_from"].iloc[0] == firsts[decisive["unitid"] == unitid].min()
        assert h["valid_to"].iloc[:-1].tolist() == h["valid_from"].iloc[1:].tolist()  # contiguous, no overlap
        assert pd.isna(h["valid_to"].iloc[-1])
        assert (h["valid_from"].iloc[1:].values > h["valid_from"].iloc[:-1].values).all()
    assert set(card.history["unitid"]) == set(decisive["unitid"])


@settings(max_examples=40, deadline=None)
@given(rows)
def test_current_color_is_the_last_history_interval(items):
    card = run(frame(items))
    last = card.history.groupby("unitid").tail(1).set_index("unitid")
    for c in card.campuses.itertuples():
        if c.unitid in last.index:
            assert (c.color, c.decided_by) == (last.at[c.unitid, "color"], last.at[c.unitid, "decided_by"])
        else:
            assert c.color == "gray"


@settings(max_examples=40, deadline=None)
@given(rows)
def test_bounds_passed_in_by_the_caller_give_the_same_scorecard(items):
    df = frame(items)
    given_bounds = colors.score(df, pd.DataFrame({"unitid": UNITIDS}), TODAY,
                                bounds=colors.period_bounds(df["stated_on"]))
    pd.testing.assert_frame_equal(given_bounds.campuses, run(df).campuses)
    pd.testing.assert_frame_equal(given_bounds.history, run(df).history)


@settings(max_examples=40, deadline=None)
@given(rows, st.sets(st.sampled_from(UNITIDS), min_size=1))
def test_scoring_some_institutions_gives_their_rows_of_scoring_all(items, some):
    df = frame(items)
    subset = colors.score(df, pd.DataFrame({"unitid": sorted(some)}), TODAY).campuses
    everyone = run(df).campuses
    pd.testing.assert_frame_equal(subset, everyone[everyone["unitid"].isin(some)].reset_index(drop=True))
