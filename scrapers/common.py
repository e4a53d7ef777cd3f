"""What the file and page importers share: reading input text, dates, linking, checking, the report.

They read and return rows; ``save`` hands them to the store's one writer (``store.save_evidence``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from scorecard import evidence, store
from scorecard.datafiles import DataError, Problem
from scorecard.dates import iso_day, month_number
from scorecard.link import Index, Link


@dataclass
class Mention:
    """A name the importer tried to link, where it was, and what the linker said."""
    text: str
    line: int
    link: Link


@dataclass
class ImportReport:
    source: str
    rows: list[dict] = field(default_factory=list)  # evidence rows made from the input
    added: list[str] = field(default_factory=list)  # ids inserted now
    already: list[str] = field(default_factory=list)  # ids the store had from an earlier import
    unmatched: list[Mention] = field(default_factory=list)
    ambiguous: list[Mention] = field(default_factory=list)
    skipped: int = 0  # input rows that are not about campus facial recognition

    def summary(self) -> str:
        lines = [f"{self.source}: {len(self.added)} pending evidence row(s) added, "
                 f"{len(self.already)} already in the store, {self.skipped} input row(s) not relevant"]
        for m in self.unmatched:
            lines.append(f"  unmatched (line {m.line}): {m.text!r}")
        for m in self.ambiguous:
            names = "; ".join(f"{c.name} ({c.state}, {c.unitid})" for c in m.link.candidates[:5])
            lines.append(f"  ambiguous, needs a reviewer (line {m.line}): {m.text!r} -> {names}")
        return "\n".join(lines)


def decode(data: bytes, name: str) -> str:
    """UTF-8 text (a byte-order mark is fine) or DataError saying why not."""
    if not data.strip():
        raise DataError([Problem(name, 0, "file", "is empty")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise DataError([Problem(name, line, "file", f"is not UTF-8 (byte 0x{data[e.start]:02x} at offset "
                                     f"{e.start}); save it as UTF-8 and import again")]) from None


def read_input(path: Path) -> str:
    if not path.exists():
        raise DataError([Problem(str(path), 0, "file", "does not exist")])
    return decode(path.read_bytes(), str(path))


def parse_date(text: str) -> str | None:
    """A partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from the forms trackers and pages use.

    Accepts 2019-06-12, 2019-06-12T10:00:00Z, 2019-06, 2019, 6/12/2019, 6/12/19, June 12, 2019,
    12 June 2019, June 2019. Returns None when the text is none of these or not a real date.
    """
    t = (text or "").strip().rstrip(".")
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?", t)
    if m:
        return iso_day(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"([0-9]{4})-([0-9]{2})", t)
    if m:
        return f"{m[1]}-{m[2]}" if 1 <= int(m[2]) <= 12 else None
    if re.fullmatch(r"(19|20)[0-9]{2}", t):
        return t
    m = re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{2}|[0-9]{4})", t)
    if m:
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return iso_day(year, int(m[1]), int(m[2]))
    m = re.fullmatch(r"([A-Za-z]+)\.? ([0-9]{1,2}),? ([0-9]{4})", t)
    if m and month_number(m[1]):
        return iso_day(int(m[3]), month_number(m[1]), int(m[2]))
    m = re.fullmatch(r"([0-9]{1,2}) ([A-Za-z]+)\.?,? ([0-9]{4})", t)
    if m and month_number(m[2]):
        return iso_day(int(m[3]), month_number(m[2]), int(m[1]))
    m = re.fullmatch(r"([A-Za-z]+)\.?,? ([0-9]{4})", t)
    if m and month_number(m[1]):
        return f"{m[2]}-{month_number(m[1]):02d}"
    return None


def link_or_report(index: Index, report: ImportReport, text: str, line: int, **context) -> Link | None:
    """The linked institution, or None after noting the mention as unmatched or ambiguous."""
    from scorecard.link import link

    result = link(index, text, **context)
    if result.unitid is not None:
        return result
    (report.ambiguous if result.ambiguous else report.unmatched).append(Mention(text, line, result))
    return None


def save(db: sqlite_utils.Database, index: Index, report: ImportReport, origin: str,
         today: dt.date | None = None) -> ImportReport:
    """Have the store save the report's rows it does not have yet, all in one transaction."""
    store.sync_institutions(db, list(index.institutions.values()))
    saved = store.save_evidence(db, report.rows, origin, today)
    report.added, report.already = saved.ids, saved.already
    return report


def check_rows(rows: list[tuple[int, dict]], index: Index, name: str, today: dt.date) -> list[Problem]:
    """What the store would refuse, found before anything is inserted, with the input line."""
    unitids = {str(u) for u in index.institutions}
    problems = []
    first: dict[str, int] = {}
    for line, r in rows:
        if r["id"] in first:
            problems.append(Problem(name, line, "row", f"is the same evidence as line {first[r['id']]} "
                                    f"(same source, institution {r['unitid']} and stance {r['stance']})"))
        first.setdefault(r["id"], line)
        full = {"review_status": "pending", **r}
        for col, reason in evidence.validate_row({k: str(v) for k, v in full.items() if v is not None},
                                                 unitids, today):
            problems.append(Problem(name, line, col, reason))
    return problems
