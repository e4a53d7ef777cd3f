"""Reading and validating the git-reviewed files in data/.

Every problem is reported as ``file:line: field: reason`` so a volunteer editing a CSV by hand
can go straight to the line. Loading never half-succeeds: a build refuses data with problems.
"""

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import csvsafe, fields

INSTITUTION_COLUMNS = [
    "unitid", "slug", "name", "ipeds_alias", "city", "state", "website", "web_domain",
    "other_domains", "latitude", "longitude", "sector", "control", "size_band", "fte_enrollment",
    "degree_granting", "active", "in_50_states_dc",
]

EVIDENCE_COLUMNS = [
    "id", "unitid", "stance", "stated_on", "source_urls", "source_kind", "publisher", "quote",
    "summary", "recorded_by", "review_status", "reviewed_by", "notes",
]
ALIAS_COLUMNS = ["alias", "slug"]
DATA_FILES = ["institutions.csv", "aliases.csv", "evidence.csv"]
_ESCAPED_CELL = re.compile(r"(?:^|,|\")'", re.MULTILINE)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_TEXT = 5000


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.reason}"


@dataclass
class DataSet:
    institutions: list[dict] = field(default_factory=list)
    aliases: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)


class DataError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def read_csv(path: Path, required: list[str], problems: list[Problem]) -> list[tuple[int, dict]]:
    """(line number, row) pairs; missing columns, bad encoding and ragged rows become problems."""
    name = str(path)
    if not path.exists():
        problems.append(Problem(name, 0, "file", "does not exist"))
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        problems.append(Problem(name, 0, "file", f"is not UTF-8 ({e.reason} at byte {e.start})"))
        return []
    reader = csv.DictReader(text.splitlines(keepends=True), strict=True)
    escaped = _ESCAPED_CELL.search(text) is not None  # a cell written with csvsafe's leading "'"
    try:
        header = reader.fieldnames or []
        missing = [c for c in required if c not in header]
        for c in missing:
            problems.append(Problem(name, 1, c, "column is missing"))
        if missing:
            return []
        rows = []
        for row in reader:
            if None in row:
                problems.append(Problem(name, reader.line_num, "row", f"has {len(header) + len(row[None])} "
                                        f"fields, the header has {len(header)}"))
                continue
            if None in row.values():
                problems.append(Problem(name, reader.line_num, "row", "has fewer fields than the header"))
                continue
            rows.append((reader.line_num, {k: csvsafe.restore(v) for k, v in row.items()} if escaped else row))
        return rows
    except csv.Error as e:
        problems.append(Problem(name, reader.line_num, "file", f"is not valid CSV ({e})"))
        return []


def _check(problems, file, line, fieldname, reason):
    if reason:
        problems.append(Problem(file, line, fieldname, reason))


def validate_institutions(path: Path, problems: list[Problem]) -> list[dict]:
    rows = read_csv(path, INSTITUTION_COLUMNS, problems)
    seen_ids, seen_slugs, out = {}, {}, []
    f = str(path)
    for line, r in rows:
        bad = len(problems)
        for col in ("unitid", "slug", "name", "state"):
            if not r[col].strip():
                problems.append(Problem(f, line, col, "is required"))
        if r["unitid"] and not (r["unitid"].isascii() and r["unitid"].isdigit()):
            problems.append(Problem(f, line, "unitid", f"{r['unitid']!r} is not a whole number"))
        elif r["unitid"] in seen_ids:
            problems.append(Problem(f, line, "unitid", f"{r['unitid']} duplicates line {seen_ids[r['unitid']]}"))
        if r["slug"] and not _SLUG.match(r["slug"]):
            problems.append(Problem(f, line, "slug", f"{r['slug']!r} is not lowercase words joined by hyphens"))
        elif r["slug"] in seen_slugs:
            problems.append(Problem(f, line, "slug", f"{r['slug']!r} duplicates line {seen_slugs[r['slug']]}"))
        for col, lo, hi in (("latitude", -90, 90), ("longitude", -180, 180)):
            if r[col]:
                try:
                    if not lo <= float(r[col]) <= hi:
                        raise ValueError
                except ValueError:
                    problems.append(Problem(f, line, col, f"{r[col]!r} is not a number from {lo} to {hi}"))
        if r["website"]:
            _check(problems, f, line, "website", fields.check_url(r["website"]))
        seen_ids.setdefault(r["unitid"], line)
        seen_slugs.setdefault(r["slug"], line)
        if len(problems) == bad:
            out.append(r)
    return out


def validate_aliases(path: Path, slugs: set[str], problems: list[Problem]) -> list[dict]:
    rows = read_csv(path, ALIAS_COLUMNS, problems)
    f, seen, out = str(path), {}, []
    for line, r in rows:
        bad = len(problems)
        alias = r["alias"]
        if not _SLUG.match(alias):
            problems.append(Problem(f, line, "alias", f"{alias!r} is not lowercase words joined by hyphens"))
        elif alias in seen:
            problems.append(Problem(f, line, "alias", f"{alias!r} duplicates line {seen[alias]}"))
        elif alias in slugs:
            problems.append(Problem(f, line, "alias", f"{alias!r} is already a campus slug"))
        if r["slug"] not in slugs:
            problems.append(Problem(f, line, "slug", f"{r['slug']!r} is not a campus slug in institutions.csv"))
        seen.setdefault(alias, line)
        if len(problems) == bad:
            out.append(r)
    return out


_REQUIRED_EVIDENCE = ("id", "unitid", "stance", "stated_on", "source_urls", "source_kind", "recorded_by",
                      "review_status")


def validate_evidence_row(r: dict, unitids: set[str], today: dt.date) -> list[tuple[str, str]]:
    """(field, reason) pairs for one evidence row; shared by data/ files and the store."""
    out = [(col, "is required") for col in _REQUIRED_EVIDENCE if not str(r.get(col) or "").strip()]
    if out:
        return out
    if str(r["unitid"]) not in unitids:
        out.append(("unitid", f"{r['unitid']!r} is not an institution in institutions.csv"))
    checks = [
        ("stance", fields.check_stance(r["stance"])),
        ("stated_on", fields.check_date(r["stated_on"], today)),
        ("source_urls", fields.check_urls(r["source_urls"])),
        ("source_kind", fields.check_source_kind(r["source_kind"])),
        ("review_status", fields.check_review_status(r["review_status"])),
    ]
    out += [(c, reason) for c, reason in checks if reason]
    if not (r.get("quote") or "").strip() and not (r.get("summary") or "").strip():
        out.append(("quote", "a quote or a summary is required"))
    for col in ("quote", "summary", "notes"):
        reason = fields.check_text(r.get(col) or "", MAX_TEXT)
        if reason:
            out.append((col, reason))
    return out


def validate_evidence(path: Path, unitids: set[str], today: dt.date, problems: list[Problem]) -> list[dict]:
    rows = read_csv(path, EVIDENCE_COLUMNS, problems)
    f, seen, out = str(path), {}, []
    for line, r in rows:
        found = validate_evidence_row(r, unitids, today)
        if r["id"] in seen:
            found.append(("id", f"{r['id']!r} duplicates line {seen[r['id']]}"))
        seen.setdefault(r["id"], line)
        problems += [Problem(f, line, c, reason) for c, reason in found]
        if not found:
            out.append(r)
    return out


def load(data_dir: Path, today: dt.date) -> tuple[DataSet, list[Problem]]:
    problems: list[Problem] = []
    inst = validate_institutions(data_dir / "institutions.csv", problems)
    slugs = {r["slug"] for r in inst}
    unitids = {r["unitid"] for r in inst}
    aliases = validate_aliases(data_dir / "aliases.csv", slugs, problems)
    ev = validate_evidence(data_dir / "evidence.csv", unitids, today, problems)
    return DataSet(inst, aliases, ev), problems


def load_or_raise(data_dir: Path, today: dt.date) -> DataSet:
    data, problems = load(data_dir, today)
    if problems:
        raise DataError(problems)
    return data
