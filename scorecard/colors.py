"""The color pipeline: approved evidence in, per-campus colors and color history out.

Every rule of the method (``method.RULES``) is applied here and nowhere else. The pipeline is a
pure function of its inputs: rows are put in one total order first, so shuffling the input never
changes the output.
"""

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from . import dates
from .method import COLOR_SEVERITY, COLORS, SOURCE_KINDS, STALE_YEARS, STANCES, VENDOR_CLAIM

_RANK = {k: i for i, k in enumerate(SOURCE_KINDS)}
_COLOR = {s.name: s.color for s in STANCES.values()}
_SUBSTANTIVE = {s.name for s in STANCES.values() if s.substantive}

HISTORY_COLUMNS = ["unitid", "color", "stance", "valid_from", "valid_to", "from_stated_on", "decided_by"]


@dataclass
class Scorecard:
    campuses: pd.DataFrame  # one row per institution, gray included
    history: pd.DataFrame  # non-overlapping intervals per colored campus


def period_bounds(stated_on: pd.Series) -> pd.DataFrame:
    """First day, last day and precision of partial dates, vectorised (validation ran before).

    Computed once per distinct value: 200,000 rows carry only a few thousand dates."""
    codes, distinct = pd.factorize(stated_on.astype(str))
    bounds = _distinct_bounds(pd.Series(distinct, dtype=object)).take(codes)
    return bounds.set_axis(stated_on.index)


def _distinct_bounds(s: pd.Series) -> pd.DataFrame:
    precision = s.str.len().map({4: 1, 7: 2, 10: 3})
    padded = s.where(precision != 1, s + "-01-01").where(precision != 2, s + "-01")
    first = pd.to_datetime(padded, format="%Y-%m-%d")
    last = first.where(precision != 2, first + pd.offsets.MonthEnd(0))
    last = last.where(precision != 1, first + pd.offsets.YearEnd(0))
    return pd.DataFrame({"first": first, "last": last, "precision": precision})


def order(evidence: pd.DataFrame) -> pd.DataFrame:
    """Rules latest_substantive_decides and ties_go_to_stronger_source as a sort: within a campus, the row that decides a tie comes last."""
    ev = evidence.copy()
    ev["unitid"] = ev["unitid"].astype("int64")
    ev[["first", "last", "precision"]] = period_bounds(ev["stated_on"])
    ev["strength"] = -ev["source_kind"].map(_RANK)
    ev["color"] = ev["stance"].map(_COLOR)
    ev["severity"] = ev["color"].map(COLOR_SEVERITY).fillna(-1)
    # The rows in id order first (Python's sort: linear when they already are), then a stable sort
    # on the other keys: the order of sorting on all six, without pandas factorizing every id.
    ids = ev["id"].tolist()
    by_id = ev.take(sorted(range(len(ids)), key=ids.__getitem__))
    return by_id.sort_values(["unitid", "first", "precision", "strength", "severity"], kind="mergesort").reset_index(
        drop=True)


def deciding_rows(ev: pd.DataFrame) -> pd.Series:
    """For each ordered row, the position of the row deciding the campus once that row is known
    (NaN while none does). Positions rather than ids: filling numbers forward is far cheaper than
    filling strings, and the deciding row's fields are then taken by position, not looked up by id."""
    vendor = ev["source_kind"] == VENDOR_CLAIM
    substantive = ev["stance"].isin(_SUBSTANTIVE) & ~vendor  # rules no_response_last and vendor_claim_alone
    no_response = (ev["stance"] == "no_response") & ~vendor
    by_campus = ev["unitid"]
    rows = pd.Series(range(len(ev)), index=ev.index, dtype="float64")
    latest_sub = rows.where(substantive).groupby(by_campus).ffill()
    latest_nr = rows.where(no_response).groupby(by_campus).ffill()
    return latest_sub.fillna(latest_nr)


def build_history(ev: pd.DataFrame) -> pd.DataFrame:
    """Evidence ids are unique (the build refuses duplicates), so comparing deciding positions is
    comparing deciding ids."""
    ev = ev.assign(deciding=deciding_rows(ev))
    # Only the state at the end of each day counts, and only days that changed the decision.
    day_end = ev.groupby(["unitid", "first"], sort=False).tail(1)
    day_end = day_end[day_end["deciding"].notna()]
    changed = day_end["deciding"] != day_end.groupby("unitid")["deciding"].shift()
    hist = day_end.loc[changed, ["unitid", "first", "deciding"]].copy()
    if hist.empty:  # no campus has deciding evidence (e.g. scoring one gray campus)
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "unitid" else object) for c in HISTORY_COLUMNS})
    at = hist["deciding"].astype("int64")
    hist["decided_by"] = ev["id"].take(at).to_numpy()
    hist["stance"] = ev["stance"].take(at).to_numpy()
    hist["color"] = hist["stance"].map(_COLOR)
    # A decision only changes on the day its new deciding row was stated, so its date is the start.
    hist["from_stated_on"] = ev["stated_on"].take(at).to_numpy()
    hist["valid_from"] = hist["first"].dt.strftime("%Y-%m-%d")
    hist["valid_to"] = hist.groupby("unitid")["valid_from"].shift(-1)
    return hist[HISTORY_COLUMNS].reset_index(drop=True)


def count_conflicts(history: pd.DataFrame) -> pd.Series:
    """Rule contradiction_is_a_conflict: a green after a red, or a red after a green (yellow in between or not)."""
    firm = history[history["color"].isin(["green", "red"])]
    prev = firm.groupby("unitid")["color"].shift()
    flips = firm[prev.notna() & (prev != firm["color"])]
    return flips.groupby("unitid").size()


def changed_on(history: pd.DataFrame) -> pd.Series:
    prev = history.groupby("unitid")["color"].shift()
    changes = history[prev.notna() & (prev != history["color"])]
    return changes.groupby("unitid")["from_stated_on"].last()


def color_since(history: pd.DataFrame) -> pd.Series:
    """The start of the campus's current run of its present color."""
    run = (history["color"] != history.groupby("unitid")["color"].shift()).groupby(history["unitid"]).cumsum()
    last_run = run.groupby(history["unitid"]).transform("max")
    return history[run == last_run].groupby("unitid")["from_stated_on"].first()


def stale_before(today: dt.date, years: int) -> pd.Timestamp:  # rule stale_keeps_color
    try:
        return pd.Timestamp(today.replace(year=today.year - years))
    except ValueError:  # 29 February
        return pd.Timestamp(today.replace(year=today.year - years, day=28))


def vendor_review(ev: pd.DataFrame, deciding_first: pd.Series) -> pd.Series:
    """Rule vendor_claim_alone: unitids with a vendor claim at least as recent as their deciding evidence."""
    vendor = ev[(ev["source_kind"] == VENDOR_CLAIM) & ev["color"].notna()]
    latest = vendor.groupby("unitid")["first"].max()
    decided = deciding_first.reindex(latest.index)
    flagged = latest[decided.isna() | (latest >= decided)]
    return pd.Series(True, index=flagged.index, dtype=bool)


_LOWER_FIRST = {"listed", "did", "gave", "said", "reported", "administrators", "scorecard",
                "student", "university", "campus", "the", "a", "an"}


def reason(color: str, row: dict) -> str:
    """A plain-English sentence naming the color, the date, what was said and who reported it."""
    label = COLORS[color].label
    text = (row["quote"] or "").strip()
    if text:
        text = f"“{text}”"
    else:
        text = (row["summary"] or "").strip().split("; ")[0].rstrip(".")
        first, _, rest = text.partition(" ")
        if first.lower() in _LOWER_FIRST:
            text = f"{first.lower()} {rest}".strip()
    by = f" ({row['publisher']})" if row.get("publisher") else ""
    return f"{color.capitalize()} ({label}): {dates.describe(row['stated_on'])}, {text}{by}."


def gray_reason(needs_review: bool) -> str:
    base = f"Gray ({COLORS['gray'].label}): no approved evidence about this campus yet"
    if needs_review:
        return base + "; a vendor claims it as a customer, which a reviewer must check."
    return base + "."


def score(evidence: pd.DataFrame, institutions: pd.DataFrame, today: dt.date,
          stale_years: int = STALE_YEARS) -> Scorecard:
    """Apply the method to approved evidence; institutions need at least unitid."""
    approved = evidence[evidence["review_status"] == "approved"]  # rule only_approved_counts
    ev = order(approved)
    history = build_history(ev)
    current = history.groupby("unitid").tail(1).set_index("unitid")
    by_id = ev.set_index("id")

    out = pd.DataFrame({"unitid": institutions["unitid"].astype("int64")}).set_index("unitid", drop=False)
    out["color"] = current["color"].reindex(out.index).fillna("gray")
    out["stance"] = current["stance"].reindex(out.index)
    out["decided_by"] = current["decided_by"].reindex(out.index)
    deciding = by_id.reindex(out["decided_by"].dropna())
    deciding.index = out["decided_by"].dropna().index
    out["stated_on"] = deciding["stated_on"].reindex(out.index)
    out["since"] = color_since(history).reindex(out.index)
    out["changed_on"] = changed_on(history).reindex(out.index)
    out["conflicts"] = count_conflicts(history).reindex(out.index).fillna(0).astype("int64")
    out["stale"] = (deciding["last"] < stale_before(today, stale_years)).reindex(out.index).fillna(False).astype(bool)
    out["needs_review"] = vendor_review(ev, deciding["first"]).reindex(out.index).fillna(False).astype(bool)
    out["evidence_count"] = ev.groupby("unitid").size().reindex(out.index).fillna(0).astype("int64")
    out["label"] = out["color"].map({c: v.label for c, v in COLORS.items()})
    # Only the columns a reason reads, as plain lists, and the colors in the same order: to_dict of
    # every column and a lookup per campus cost a second of a 200,000-row build.
    said_cols = ["quote", "summary", "publisher", "stated_on"]
    said = [dict(zip(said_cols, values, strict=True))
            for values in zip(*(deciding[c].tolist() for c in said_cols), strict=True)]
    reasons = dict(zip(deciding.index, map(reason, out["color"].reindex(deciding.index).tolist(), said),
                       strict=True))
    out["reason"] = [reasons.get(uid) or gray_reason(bool(nr)) for uid, nr in zip(out.index, out["needs_review"], strict=False)]
    out["flags"] = [
        " ".join(f for f, on in (("stale", s), ("needs_review", n), ("conflicts", c > 0)) if on)
        for s, n, c in zip(out["stale"], out["needs_review"], out["conflicts"], strict=False)
    ]
    return Scorecard(out.reset_index(drop=True), history)
