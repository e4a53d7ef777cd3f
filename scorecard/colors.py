"""The color pipeline: approved evidence in, per-campus colors and color history out.

Every rule of the method (``method.RULES``) is applied here and nowhere else. The pipeline is a
pure function of its inputs: rows are put in one total order first, so shuffling the input never
changes the output.
"""

import datetime as dt
import functools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import dates
from .method import COLOR_SEVERITY, COLORS, SOURCE_KINDS, STALE_YEARS, STANCES, VENDOR_CLAIM

_RANK = {k: i for i, k in enumerate(SOURCE_KINDS)}
_COLOR = {s.name: s.color for s in STANCES.values()}
_SUBSTANTIVE = {s.name for s in STANCES.values() if s.substantive}
_SEVERITY = {s.name: COLOR_SEVERITY[s.color] for s in STANCES.values() if s.color}

_READ = ["id", "unitid", "stance", "stated_on", "source_kind", "quote", "summary", "publisher"]
HISTORY_COLUMNS = ["unitid", "color", "stance", "valid_from", "valid_to", "from_stated_on", "decided_by"]


@dataclass
class Scorecard:
    campuses: pd.DataFrame  # one row per institution, gray included
    history: pd.DataFrame  # non-overlapping intervals per colored campus


def period_bounds(stated_on: pd.Series) -> pd.DataFrame:
    """First day, last day and precision of partial dates, vectorised (validation ran before).

    Computed once per distinct value: 200,000 rows carry only a few thousand dates."""
    codes, distinct = pd.factorize(stated_on.astype(str))
    bounds = _distinct_bounds(pd.Series(distinct, dtype=object))
    return pd.DataFrame({c: bounds[c].to_numpy().take(codes) for c in bounds.columns}, index=stated_on.index)


def _distinct_bounds(s: pd.Series) -> pd.DataFrame:
    precision = s.str.len().map({4: 1, 7: 2, 10: 3})
    padded = s.where(precision != 1, s + "-01-01").where(precision != 2, s + "-01")
    first = pd.to_datetime(padded, format="%Y-%m-%d")
    last = first.where(precision != 2, first + pd.offsets.MonthEnd(0))
    last = last.where(precision != 1, first + pd.offsets.YearEnd(0))
    return pd.DataFrame({"first": first, "last": last, "precision": precision})


class _Lookup:
    """A column's per-row values mapped through small tables, each looked up once per distinct value
    (a handful of stances or kinds): pandas' map and isin on its string columns, and factorizing the
    column again for each table, cost tens of milliseconds each on 200,000 rows."""

    def __init__(self, values: pd.Series):
        self.codes, distinct = pd.factorize(values, use_na_sentinel=False)
        self.distinct = distinct.tolist()

    def map(self, table: dict, missing) -> np.ndarray:
        return np.array([table.get(v, missing) for v in self.distinct]).take(self.codes)

    def isin(self, names) -> np.ndarray:
        return self.map(dict.fromkeys(names, True), False).astype(bool)


def order(evidence: pd.DataFrame, bounds: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rules latest_substantive_decides and ties_go_to_stronger_source as a sort: within a campus, the row that decides a tie comes last.

    Only the keys and flags the method reads, as numbers; ``row`` is each row's position in
    ``evidence``, where the few rows that decide are read for their text (taking every string
    column of 200,000 rows in a new order was most of the coloring's time). ``bounds`` is
    ``period_bounds(evidence["stated_on"])`` when the caller has it already."""
    if bounds is None:
        bounds = period_bounds(evidence["stated_on"])
    stance, kind = _Lookup(evidence["stance"]), _Lookup(evidence["source_kind"])
    keys = pd.DataFrame({
        "row": np.arange(len(evidence)),
        "unitid": evidence["unitid"].astype("int64").to_numpy(),
        "first": bounds["first"].to_numpy(),
        "last": bounds["last"].to_numpy(),
        "precision": bounds["precision"].to_numpy(),
        "strength": -kind.map(_RANK, np.nan).astype("float64"),
        "severity": stance.map(_SEVERITY, -1).astype("float64"),
        "colored": stance.isin(_SEVERITY),
        "substantive": stance.isin(_SUBSTANTIVE),
        "no_response": stance.isin(["no_response"]),
        "vendor": kind.isin([VENDOR_CLAIM]),
    })
    # The rows in id order first (Python's sort: linear when they already are), then a stable sort
    # on the other keys: the order of sorting on all six, without pandas factorizing every id.
    ids = evidence["id"].tolist()
    by_id = np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.intp)
    sort_keys = [keys[c].to_numpy().take(by_id) for c in ("severity", "strength", "precision", "first", "unitid")]
    return keys.take(by_id.take(np.lexsort(sort_keys))).reset_index(drop=True)  # lexsort: last key first


def _starts(keys: np.ndarray) -> np.ndarray:
    """For sorted keys, True where a row starts a new group."""
    out = np.ones(len(keys), dtype=bool)
    out[1:] = keys[1:] != keys[:-1]
    return out


def _latest(flag: np.ndarray, campus_start: np.ndarray) -> np.ndarray:
    """For each ordered row, the position of the campus's latest flagged row so far (-1 while none)."""
    latest = np.maximum.accumulate(np.where(flag, np.arange(len(flag)), -1))
    return np.where(latest >= campus_start, latest, -1)


def deciding_rows(ev: pd.DataFrame) -> np.ndarray:
    """For each ordered row, the position of the row deciding the campus once that row is known
    (-1 while none does). Positions, not ids: a running maximum of numbers, restarted per campus,
    and the deciding row's fields are then taken by position."""
    starts = _starts(ev["unitid"].to_numpy())
    campus_start = np.maximum.accumulate(np.where(starts, np.arange(len(ev)), 0))
    vendor = ev["vendor"].to_numpy()
    substantive = ev["substantive"].to_numpy() & ~vendor  # rules no_response_last and vendor_claim_alone
    no_response = ev["no_response"].to_numpy() & ~vendor
    latest_sub = _latest(substantive, campus_start)
    return np.where(latest_sub >= 0, latest_sub, _latest(no_response, campus_start))


def decisions(ev: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The ordered positions of the days that changed a campus's decision, and of the row deciding
    from each. Only the state at the end of each day counts, and only days that changed it."""
    deciding = deciding_rows(ev)
    unitid, first = ev["unitid"].to_numpy(), ev["first"].to_numpy()
    day_end = np.ones(len(ev), dtype=bool)
    day_end[:-1] = (unitid[1:] != unitid[:-1]) | (first[1:] != first[:-1])
    kept = np.flatnonzero(day_end & (deciding >= 0))
    changed = _starts(unitid[kept]) | _starts(deciding[kept])
    return kept[changed], deciding[kept[changed]]


def _text(evidence: pd.DataFrame, column: str, rows: np.ndarray) -> np.ndarray:
    """A column of the evidence at these positions, as Python objects (missing values as they are)."""
    return evidence[column].to_numpy(dtype=object).take(rows)


def build_history(ev: pd.DataFrame, evidence: pd.DataFrame, changes: tuple[np.ndarray, np.ndarray]) -> pd.DataFrame:
    """Non-overlapping intervals per campus from ``changes = decisions(ev)``, ``ev = order(evidence)``.
    Evidence ids are unique (the build refuses duplicates), so comparing deciding positions is
    comparing deciding ids."""
    days, at = changes
    if not len(days):  # no campus has deciding evidence (e.g. scoring one gray campus)
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "unitid" else object) for c in HISTORY_COLUMNS})
    rows = ev["row"].to_numpy().take(at)
    unitid = ev["unitid"].to_numpy().take(days)
    stance = _text(evidence, "stance", rows)
    valid_from = pd.Series(np.datetime_as_string(ev["first"].to_numpy().take(days), unit="D").astype(object))
    next_row = np.append(np.arange(1, len(days)), -1)
    next_row[:-1][_starts(unitid)[1:]] = -1  # a campus's last interval is open
    return pd.DataFrame({
        "unitid": unitid,
        "color": _Lookup(pd.Series(stance, dtype=object)).map(_COLOR, None).astype(object),
        "stance": stance,
        "valid_from": valid_from,
        "valid_to": valid_from.array.take(next_row, allow_fill=True),
        # A decision only changes on the day its new deciding row was stated, so its date is the start.
        "from_stated_on": _text(evidence, "stated_on", rows),
        "decided_by": _text(evidence, "id", rows),
    })


def campus_runs(history: pd.DataFrame) -> pd.DataFrame:
    """Per campus of the history (sorted by campus, then time), in one pass over its rows, the
    history positions of its current row (``current``), of the start of its present color's run
    (``since``) and of its last change of color (``change``, -1 if none), and its conflicts (rule
    contradiction_is_a_conflict: a green after a red, or a red after a green, yellow in between or not)."""
    unitid = history["unitid"].to_numpy(dtype="int64")
    color = history["color"].to_numpy(dtype=object)
    positions = np.arange(len(history))
    first_of_campus = _starts(unitid)
    campus_first = np.flatnonzero(first_of_campus)
    current = np.append(campus_first[1:], len(history))[:len(campus_first)] - 1
    run_start = first_of_campus | _starts(color)
    since = np.maximum.accumulate(np.where(run_start, positions, 0)).take(current)
    change = np.maximum.accumulate(np.where(run_start & ~first_of_campus, positions, -1)).take(current)
    firm = np.flatnonzero(np.isin(color, ["green", "red"]))
    campus = np.cumsum(first_of_campus)[firm] - 1
    flips = ~_starts(campus) & _starts(color[firm])
    return pd.DataFrame({
        "current": current,
        "since": since,
        "change": np.where(change >= campus_first, change, -1),
        "conflicts": np.bincount(campus[flips], minlength=len(current)).astype("int64"),
    }, index=unitid.take(current))


def stale_before(today: dt.date, years: int) -> pd.Timestamp:  # rule stale_keeps_color
    try:
        return pd.Timestamp(today.replace(year=today.year - years))
    except ValueError:  # 29 February
        return pd.Timestamp(today.replace(year=today.year - years, day=28))


def vendor_review(ev: pd.DataFrame, deciding_first: pd.Series) -> pd.Series:
    """Rule vendor_claim_alone: unitids with a vendor claim at least as recent as their deciding evidence.
    ``ev`` is ordered (``order``), so a campus's latest vendor claim is its last."""
    vendor = ev[ev["vendor"] & ev["colored"]]
    latest = vendor.drop_duplicates("unitid", keep="last").set_index("unitid")["first"]
    decided = deciding_first.reindex(latest.index)
    flagged = latest[decided.isna() | (latest >= decided)]
    return pd.Series(True, index=flagged.index, dtype=bool)


# A pure function of a few thousand distinct dates, asked once per colored campus.
_describe = functools.lru_cache(maxsize=8192)(dates.describe)

_LOWER_FIRST = {"listed", "did", "gave", "said", "reported", "administrators", "scorecard",
                "student", "university", "campus", "the", "a", "an"}


def reason(color: str, row: dict) -> str:
    """A plain-English sentence naming the color, the date, what was said and who reported it."""
    label = COLORS[color].label
    text = _cell(row["quote"])
    if text:
        text = f"“{text}”"
    else:
        text = _cell(row["summary"]).split("; ")[0].rstrip(".")
        first, _, rest = text.partition(" ")
        if first.lower() in _LOWER_FIRST:
            text = f"{first.lower()} {rest}".strip()
    publisher = _cell(row.get("publisher"))
    by = f" ({publisher})" if publisher else ""
    return f"{color.capitalize()} ({label}): {_describe(row['stated_on'])}, {text}{by}."


def _cell(value) -> str:
    """A text cell stripped; a missing one (None, or the NaN a frame holds for it) is empty."""
    return value.strip() if isinstance(value, str) else ""


def gray_reason(needs_review: bool) -> str:
    base = f"Gray ({COLORS['gray'].label}): no approved evidence about this campus yet"
    if needs_review:
        return base + "; a vendor claims it as a customer, which a reviewer must check."
    return base + "."


def score(evidence: pd.DataFrame, institutions: pd.DataFrame, today: dt.date,
          stale_years: int = STALE_YEARS, bounds: pd.DataFrame | None = None) -> Scorecard:
    """Apply the method to approved evidence; institutions need at least unitid. ``bounds`` is
    ``period_bounds(evidence["stated_on"])`` when the caller has computed it already."""
    approved = (evidence["review_status"] == "approved").to_numpy()  # rule only_approved_counts
    if not approved.all():  # only the columns the method reads are copied
        evidence = evidence.loc[approved, _READ]
        bounds = None if bounds is None else bounds[approved]
    ev = order(evidence, bounds)
    changes = decisions(ev)
    history = build_history(ev, evidence, changes)
    runs = campus_runs(history)
    unitids = institutions["unitid"].astype("int64").to_numpy()
    where = runs.index.get_indexer(unitids)  # per institution, its campus in runs; -1: none decides, gray
    decided = where >= 0

    def at(values: np.ndarray, missing=-1) -> np.ndarray:
        """Per institution, its campus's value (``missing`` for a gray campus)."""
        out = np.full(len(unitids), missing, dtype=values.dtype)
        out[decided] = values.take(where[decided])
        return out

    def column(values: pd.Series, positions: np.ndarray) -> pd.Series:
        """``values`` at these positions (missing for -1), in the dtype of ``values``."""
        return pd.Series(values.array.take(positions, allow_fill=True))

    # Per campus, the row deciding it now: its position in ev, then in evidence.
    deciding = changes[1].take(runs["current"].to_numpy())
    current, rows = at(runs["current"].to_numpy()), at(ev["row"].to_numpy().take(deciding))
    color = column(history["color"], current).fillna("gray")
    stale = at(ev["last"].to_numpy().take(deciding) < stale_before(today, stale_years).to_datetime64(), False)
    needs_review = vendor_review(ev, pd.Series(ev["first"].to_numpy().take(deciding), index=runs.index))
    campus_of_ev = ev["unitid"].to_numpy()
    firsts = np.flatnonzero(_starts(campus_of_ev))
    counts = pd.Series(np.diff(np.append(firsts, len(ev))), index=campus_of_ev.take(firsts))
    out = pd.DataFrame({
        "unitid": unitids,
        "color": color,
        "stance": column(history["stance"], current),
        "decided_by": column(history["decided_by"], current),
        "stated_on": column(evidence["stated_on"], rows),
        "since": column(history["from_stated_on"], at(runs["since"].to_numpy())),
        "changed_on": column(history["from_stated_on"], at(runs["change"].to_numpy())),
        "conflicts": at(runs["conflicts"].to_numpy(), 0),
        "stale": stale,
        "needs_review": needs_review.reindex(unitids).fillna(False).to_numpy(dtype=bool),
        "evidence_count": counts.reindex(unitids).fillna(0).to_numpy().astype("int64"),
    })
    out["label"] = out["color"].map({c: v.label for c, v in COLORS.items()})
    # Only the fields a reason reads, at the deciding rows, as plain lists: to_dict of every column
    # and a lookup per campus cost a second of a 200,000-row build.
    said_cols = ["quote", "summary", "publisher", "stated_on"]
    said = [dict(zip(said_cols, values, strict=True))
            for values in zip(*(_text(evidence, c, rows[decided]).tolist() for c in said_cols), strict=True)]
    reasons = iter(map(reason, color[decided].tolist(), said))
    out["reason"] = [next(reasons) if d else gray_reason(bool(nr))
                     for d, nr in zip(decided.tolist(), out["needs_review"].tolist(), strict=True)]
    out["flags"] = [
        " ".join(f for f, on in (("stale", s), ("needs_review", n), ("conflicts", c > 0)) if on)
        for s, n, c in zip(out["stale"], out["needs_review"], out["conflicts"], strict=False)
    ]
    return Scorecard(out, history)
