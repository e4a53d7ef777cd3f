"""``scorecard import atlas FILE``: campus police face recognition from an Atlas of Surveillance export.

The Atlas of Surveillance (EFF and the University of Nevada, Reno) lists police technologies agency
by agency. A row whose Technology is face recognition and whose agency is a campus police
department becomes pending evidence that the institution is ``using`` it, with the row's links as
sources and the Atlas as publisher (source kind ``advocacy``).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re

from scorecard import evidence
from scorecard.datafiles import DataError, Problem
from scorecard.link import Index

from .common import ImportReport, check_rows, link_or_report, parse_date

LINK_FIELDS = ["Snapshot", "Source", "Type", "Date"]
COLUMNS = ["AOSNUMBER", "NEWAOSNUMBER (ORI9)", "City", "County", "State", "Agency", "Type of LEA", "Summary",
           "Type of Juris", "Technology", "TECH ABV", "Vendor"] + [
    c for n in (1, 2, 3) for c in [f"Link {n}"] + [f"Link {n} {f}" for f in LINK_FIELDS]] + ["Other Links"]
PUBLISHER = "Atlas of Surveillance (Electronic Frontier Foundation)"
ATLAS_URL = "https://atlasofsurveillance.org/"
RECORDED_BY = "atlas import"

_FACE = re.compile(r"\b(face|facial)[\s-]*recognition\b|^FR$", re.I)
_CAMPUS_LEA = re.compile(r"\b(campus|universit|college)", re.I)  # not K-12 "School District Police"
_CAMPUS_NAME = re.compile(r"\b(university|college|institute of technology|community college)\b", re.I)
_POLICE = re.compile(r"\b(police|public safety|security|law enforcement)\b", re.I)
# What is left of an agency name once the police words go: 'University of Michigan Police
# Department' -> 'University of Michigan'; 'Department of Public Safety, Rice University' -> 'Rice University'.
_AGENCY_TAIL = re.compile(r"[\s,-]*\b(campus\s+)?(police|public safety|department of (public safety|police)|"
                          r"security|law enforcement)\b.*$", re.I)
_AGENCY_HEAD = re.compile(r"^\s*((the\s+)?(department|division|office|bureau) of\s+)?(campus\s+)?"
                          r"(police|public safety|security)( department| services)?\s*(,|at|for|of|-)\s*", re.I)


def is_face_recognition(row: dict) -> bool:
    return bool(_FACE.search(row.get("Technology", "")) or _FACE.search(row.get("TECH ABV", "")))


def is_campus_police(row: dict) -> bool:
    lea, agency = row.get("Type of LEA", ""), row.get("Agency", "")
    if _CAMPUS_LEA.search(lea):
        return True
    return bool(_CAMPUS_NAME.search(agency) and _POLICE.search(agency))


def institution_name(agency: str) -> str:
    """The institution an agency name names: its police words taken off either end."""
    name = _AGENCY_HEAD.sub("", agency)
    name = _AGENCY_TAIL.sub("", name)
    return name.strip(" ,-") or agency.strip()


def check_columns(header: list[str], name: str) -> list[Problem]:
    problems = []
    extra = [h for h in header if h not in COLUMNS]
    for col in COLUMNS:
        if col not in header:
            near = difflib.get_close_matches(col, extra, n=1, cutoff=0.6)
            hint = f" (renamed to {near[0]!r}?)" if near else ""
            problems.append(Problem(name, 1, col, f"column is missing{hint}"))
    return problems


def _urls(row: dict) -> list[str]:
    urls = []
    for n in (1, 2, 3):
        urls += [row.get(f"Link {n}", "")]
    urls += re.split(r"[\s,;]+", row.get("Other Links", ""))
    out = []
    for u in (u.strip() for u in urls):
        if re.match(r"^https?://\S+$", u, re.I) and u not in out:
            out.append(u)
    return out


def parse(text: str, name: str, index: Index, today: dt.date, as_of: str | None = None) -> ImportReport:
    """Every evidence row the export yields, or DataError listing every problem in it.

    A relevant row with no Link date is dated ``as_of`` (the export's date; default today) and
    flagged ``date_unknown`` in its details for the reviewer.
    """
    report = ImportReport(name)
    reader = csv.DictReader(text.splitlines(keepends=True), strict=True)
    try:
        header = reader.fieldnames or []
        problems = check_columns(header, name)
        if problems:
            raise DataError(problems)
        seen_rows: dict[tuple, int] = {}
        seen_numbers: dict[str, int] = {}
        made: list[tuple[int, dict]] = []
        count = 0
        for row in reader:
            count += 1
            line = reader.line_num
            if None in row or any(v is None for v in row.values()):
                problems.append(Problem(name, line, "row", "has a different number of fields than the header"))
                continue
            key = tuple(row[c].strip() for c in COLUMNS)
            if key in seen_rows:
                problems.append(Problem(name, line, "row", f"duplicates line {seen_rows[key]}"))
                continue
            seen_rows[key] = line
            number = row["AOSNUMBER"].strip()
            if number and number in seen_numbers:
                problems.append(Problem(name, line, "AOSNUMBER", f"{number!r} duplicates line {seen_numbers[number]}"))
                continue
            seen_numbers.setdefault(number, line)
            dates = {}
            for n in (1, 2, 3):
                raw = row[f"Link {n} Date"].strip()
                if raw:
                    dates[n] = parse_date(raw)
                    if dates[n] is None:
                        problems.append(Problem(name, line, f"Link {n} Date", f"{raw!r} is not a date "
                                                "(use YYYY-MM-DD, M/D/YYYY or 'Month D, YYYY')"))
            if not (is_face_recognition(row) and is_campus_police(row)):
                report.skipped += 1
                continue
            if not row["Agency"].strip():
                problems.append(Problem(name, line, "Agency", "is required"))
                continue
            found = link_or_report(index, report, institution_name(row["Agency"]), line,
                                   state=row["State"].strip() or None, city=row["City"].strip() or None)
            if found is None:
                continue
            made.append((line, _evidence(row, number, found, dates, name, as_of or today.isoformat())))
        if count == 0:
            problems.append(Problem(name, 1, "file", "has a header but no rows"))
    except csv.Error as e:
        raise DataError([Problem(name, reader.line_num, "file", f"is not valid CSV ({e})")]) from None
    problems += check_rows(made, index, name, today)
    if problems:
        raise DataError(problems)
    report.rows = [r for _, r in made]
    return report


def _evidence(row: dict, number: str, found, dates: dict, name: str, fallback_date: str) -> dict:
    urls = _urls(row) or [ATLAS_URL]
    stated_on = dates.get(1) or min((d for d in dates.values() if d), default=None)
    vendor = row["Vendor"].strip()
    summary = row["Summary"].strip() or (
        f"The Atlas of Surveillance lists {row['Agency'].strip()} as using face recognition"
        + (f" ({vendor})." if vendor else "."))
    return evidence.pending_row(
        evidence.ATLAS, f"atlas:{number or row['Agency'].strip() + ' ' + ' '.join(urls)}", unitid=found.unitid,
        stance="using", stated_on=stated_on or fallback_date, source_urls=" ".join(urls), source_kind="advocacy",
        publisher=PUBLISHER, summary=summary, recorded_by=RECORDED_BY,
        notes=f"Atlas of Surveillance row {number or '(no AOSNUMBER)'}: {row['Agency'].strip()} "
              f"({row['City'].strip()}, {row['State'].strip()}); linked as {found.name!r} ({found.via}, "
              f"score {found.score}).",
        details={"importer": "atlas", "file": name, "aosnumber": number, "agency": row["Agency"].strip(),
                 "type_of_lea": row["Type of LEA"].strip(), "technology": row["Technology"].strip(),
                 "vendor": vendor, "link_score": found.score, "link_via": found.via,
                 "date_unknown": stated_on is None})
