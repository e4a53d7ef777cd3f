"""Reading and validating every file in data/: the scorecard's own, the linker's and the watch lists.

Each file's layout is one ``FileSpec`` (its columns and required fields).

Every problem is reported as ``file:line: field: reason`` so a volunteer editing a CSV by hand
can go straight to the line. Loading never half-succeeds: a build refuses data with problems.
"""

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import csvsafe, evidence, fields, urls
from .columns import Columns
from .evidence import MAX_TEXT


@dataclass(frozen=True)
class FileSpec:
    """How a file in data/ is laid out: every column its header must have, and those a row must fill."""
    name: str
    columns: list[str]
    required: list[str] = field(default_factory=list)
    optional: bool = False  # checked when present (watch lists, the linker's systems)


INSTITUTIONS = FileSpec("institutions.csv", [
    "unitid", "slug", "name", "ipeds_alias", "city", "state", "website", "web_domain",
    "other_domains", "latitude", "longitude", "sector", "control", "size_band", "fte_enrollment",
    "degree_granting", "active", "in_50_states_dc",
], ["unitid", "slug", "name", "state"])
ALIASES = FileSpec("aliases.csv", ["alias", "slug"])
EVIDENCE = FileSpec("evidence.csv", [
    "id", "unitid", "stance", "stated_on", "source_urls", "source_kind", "publisher", "quote",
    "summary", "recorded_by", "review_status", "reviewed_by", "notes",
])  # its rows are checked by evidence.validate_row, as the store's are
SYSTEMS = FileSpec("systems.csv", ["unitid", "system"], ["unitid", "system"], optional=True)
SYSTEM_ALIASES = FileSpec("system_aliases.csv", ["alias", "system"], ["alias", "system"], optional=True)
FEEDS = FileSpec("feeds.csv", ["url", "format", "name", "publisher", "unitid", "notes"], ["url", "format", "name"],
                 optional=True)
VENDORS = FileSpec("vendors.csv", ["vendor", "url", "page_kind", "notes"], ["vendor", "url", "page_kind"],
                   optional=True)
SOURCES = FileSpec("sources.csv", ["unitid", "url", "label", "added_on", "notes"], ["unitid", "url", "label"],
                   optional=True)
# Desk research, kept apart from the derived evidence.csv so `scorecard derive` can still
# reproduce that file byte for byte. Optional: a data/ folder without it is valid.
RESEARCH = FileSpec("evidence_research.csv", EVIDENCE.columns, optional=True)
REVIEWED = FileSpec("evidence_reviewed.csv", EVIDENCE.columns, optional=True)  # written by `scorecard export`
CONTACTS = FileSpec("contacts.csv", ["unitid", "chief_name", "chief_title", "phone", "address", "city", "state",
                                     "zip"], ["unitid"], optional=True)
RECORDS_LAWS = FileSpec("public_records_laws.csv", ["state", "state_name", "law_name", "citation",
                                                    "response_deadline", "source_url", "law_source_url", "notes"],
                        ["state", "state_name", "response_deadline", "source_url"], optional=True)
ABROAD = FileSpec("abroad.csv", ["kind", "text"], ["kind", "text"], optional=True)  # read by the linker
SPECS = [INSTITUTIONS, ALIASES, EVIDENCE, RESEARCH, REVIEWED, ABROAD, SYSTEMS, SYSTEM_ALIASES, FEEDS, VENDORS, SOURCES, CONTACTS,
         RECORDS_LAWS]

INSTITUTION_COLUMNS = INSTITUTIONS.columns
EVIDENCE_COLUMNS = EVIDENCE.columns
ALIAS_COLUMNS = ALIASES.columns
DATA_FILES = [INSTITUTIONS.name, ALIASES.name, EVIDENCE.name]
FEED_FORMATS = ["rss", "atom"]
VENDOR_PAGE_KINDS = ["customer_list", "case_study", "press_release", "marketing"]
# evidence.csv is derived from the shared references; these optional files add to it, each kept apart
# so a re-derivation never touches desk research or rows reviewers approved.
EXTRA_EVIDENCE = (RESEARCH.name, REVIEWED.name)
NONE_STATED = "none stated"  # a records law that sets no number of days
# A cell written with csvsafe's leading "'": one at the start of the text or after a newline, comma or
# quote. The quote comes first so the regex engine jumps from one "'" to the next instead of trying
# every position (0.7 s on a 200,000-row file).
_ESCAPED_CELL = re.compile(r"'(?<![^,\"\n]')")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


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
    # rows as columns (see scorecard.columns): iterating gives dicts, .columns[name] a whole column
    evidence: Columns = field(default_factory=lambda: Columns(EVIDENCE.columns))
    systems: list[dict] = field(default_factory=list)
    system_aliases: list[dict] = field(default_factory=list)
    feeds: list[dict] = field(default_factory=list)
    vendors: list[dict] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)


class DataError(Exception):
    """These problems (each ``file:line: field: reason``): data/, a watch list or an imported file."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(map(str, problems)))


def read_csv(path: Path, required: list[str], problems: list[Problem]) -> list[tuple[int, dict]]:
    """(line number, row) pairs; missing columns, bad encoding and ragged rows become problems."""
    table = read_columns(path, required, problems)
    return list(zip(table.lines, table, strict=True))


def read_columns(path: Path, required: list[str], problems: list[Problem]) -> Columns:
    """The file's rows as columns named by its header (an empty table of the required columns when
    it cannot be read); missing columns, bad encoding and ragged rows become problems."""
    name = str(path)
    if not path.exists():
        problems.append(Problem(name, 0, "file", "does not exist"))
        return Columns(required)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        problems.append(Problem(name, 0, "file", f"is not UTF-8 ({e.reason} at byte {e.start})"))
        return Columns(required)
    lines = text.splitlines(keepends=True)
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader, [])
        missing = [c for c in required if c not in header]
        for c in missing:
            problems.append(Problem(name, 1, c, "column is missing"))
        if missing:
            return Columns(required)
        rows, numbers = _numbered_rows(reader, lines, len(header), name, problems)
    except csv.Error as e:
        problems.append(Problem(name, e.args[1] if len(e.args) > 1 else reader.line_num, "file",
                                f"is not valid CSV ({e.args[0]})"))
        return Columns(required)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(header)
    if _ESCAPED_CELL.search(text):  # a cell written with csvsafe's leading "'"
        columns = [tuple(map(csvsafe.restore, c)) for c in columns]
    # a column named twice holds its last cell, as a dict built from the header would
    return Columns(dict.fromkeys(header), dict(zip(header, columns, strict=True)), numbers)


def _numbered_rows(reader, lines: list[str], width: int, name: str, problems: list[Problem]):
    """The rows after the header that have the header's width, and the line each ends on; a ragged
    row is a problem, a blank line is skipped. Raises csv.Error (its line as the second argument).

    The whole file is read in one call and the lines counted after, as long as no row spans two
    lines (a row at a time, asking the reader for its line, cost a tenth of a second more)."""
    start = reader.line_num
    try:
        rows = list(reader)
    except csv.Error:
        rows = None
    if rows is not None and reader.line_num - start == len(rows):  # row i is on line start + 1 + i
        numbers = range(start + 1, reader.line_num + 1)
        if set(map(len, rows)) <= {width}:
            return rows, numbers
        numbered = zip(numbers, rows, strict=True)
    else:  # read again, a row at a time, for the line each row ends on (and where it is not CSV)
        reader = csv.reader(lines, strict=True)
        next(reader)
        numbered = _lines_read(reader)
    kept, numbers = [], []
    for line, cells in numbered:
        if len(cells) != width:
            if not cells:
                continue  # a blank line, which DictReader skipped too
            problems.append(Problem(name, line, "row", f"has {len(cells)} fields, the header has {width}"
                                    if len(cells) > width else "has fewer fields than the header"))
            continue
        kept.append(cells)
        numbers.append(line)
    return kept, numbers


def _lines_read(reader):
    """(line, cells) for each row of a csv.reader; a csv.Error carries the line it happened on."""
    try:
        for cells in reader:
            yield reader.line_num, cells
    except csv.Error as e:
        raise csv.Error(str(e), reader.line_num) from None


def read_spec(path: Path, spec: FileSpec, problems: list[Problem]):
    """(line, row, number of required fields left empty) for each row of ``read_csv`` with the
    spec's columns; each empty required field is a problem, added just before its row is yielded."""
    f = str(path)
    for line, r in read_csv(path, spec.columns, problems):
        empty = [c for c in spec.required if not r[c].strip()]
        problems += [Problem(f, line, c, "is required") for c in empty]
        yield line, r, len(empty)


def _check(problems, file, line, fieldname, reason):
    if reason:
        problems.append(Problem(file, line, fieldname, reason))


def validate_institutions(path: Path, problems: list[Problem]) -> list[dict]:
    seen_ids, seen_slugs, out = {}, {}, []
    f = str(path)
    for line, r, empty in read_spec(path, INSTITUTIONS, problems):
        bad = len(problems) - empty
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
    f, seen, out = str(path), {}, []
    for line, r, _empty in read_spec(path, ALIASES, problems):
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


def validate_evidence(path: Path, unitids: set[str], today: dt.date, problems: list[Problem],
                      ids_elsewhere: set[str] = frozenset()) -> Columns:
    """The sound rows, with the evidence columns. A column-at-a-time pass finds the rows that might
    have a problem; only those go through ``evidence.validate_row``, which names each problem
    (every other row passes it)."""
    f = str(path)
    # EVIDENCE requires no field: read_spec would add nothing
    table = read_columns(path, EVIDENCE.columns, problems).project(EVIDENCE.columns)
    suspects = evidence.rows_to_check(table, unitids, today)
    ids = table.columns["id"]
    distinct = set(ids)
    if not suspects and len(distinct) == len(ids) and distinct.isdisjoint(ids_elsewhere):
        return table
    seen, sound = {}, []
    for i, (line, row_id) in enumerate(zip(table.lines, ids, strict=True)):
        found = evidence.validate_row(table[i], unitids, today) if i in suspects else []
        if row_id in ids_elsewhere:
            found.append(("id", f"{row_id!r} is already an id in evidence.csv"))
        elif row_id in seen:
            found.append(("id", f"{row_id!r} duplicates line {seen[row_id]}"))
        seen.setdefault(row_id, line)
        problems += [Problem(f, line, c, reason) for c, reason in found]
        sound.append(not found)
    return table.select(sound)


def _sound_rows(path: Path, spec: FileSpec, problems: list[Problem], check) -> list[dict]:
    """The rows with no problem; ``check(row, seen)`` gives a row's (field, reason) pairs, ``seen``
    being what the rows before it stored (for duplicates)."""
    f, seen, out = str(path), {}, []
    for line, r, empty in read_spec(path, spec, problems):
        found = check(r, seen, line)
        problems += [Problem(f, line, c, reason) for c, reason in found]
        if not found and not empty:
            out.append(r)
    return out


def _first(seen: dict, key, line: int, fieldname: str, shown) -> list[tuple[str, str]]:
    """A duplicate problem when ``key`` was on an earlier line; else remembers this line."""
    if key in seen:
        return [(fieldname, f"{shown} duplicates line {seen[key]}")]
    seen[key] = line
    return []


def validate_systems(path: Path, unitids: set[str], problems: list[Problem]) -> list[dict]:
    """data/systems.csv: which system each campus belongs to (for the linker's shorthand)."""
    def check(r, seen, line):
        if r["unitid"].strip() and r["unitid"] not in unitids:
            return [("unitid", f"{r['unitid']!r} is not an institution in institutions.csv")]
        return _first(seen, r["unitid"], line, "unitid", r["unitid"])
    return _sound_rows(path, SYSTEMS, problems, check)


def validate_system_aliases(path: Path, systems: set[str], problems: list[Problem]) -> list[dict]:
    """data/system_aliases.csv: short names of systems (UC, SUNY), each naming a system in systems.csv."""
    def check(r, seen, line):
        found = []
        if r["system"].strip() and r["system"] not in systems:
            found.append(("system", f"{r['system']!r} is not a system in systems.csv"))
        return found + _first(seen, r["alias"], line, "alias", repr(r["alias"]))
    return _sound_rows(path, SYSTEM_ALIASES, problems, check)


def _check_listed_pages(path: Path, spec: FileSpec, vocab: tuple[str, list[str]], unitids: set[str] | None,
                        problems: list[Problem]) -> list[dict]:
    """feeds.csv and vendors.csv: one page a row, its URL listed once, one column from a vocabulary."""
    col, allowed = vocab

    def check(r, seen, line):
        reason = fields.check_url(r["url"]) if r["url"].strip() else None
        found = [("url", reason)] if reason else _first(seen, r["url"], line, "url", repr(r["url"]))
        if r[col].strip() and r[col] not in allowed:
            found.append((col, f"{r[col]!r} is not one of {', '.join(allowed)}"))
        if unitids is not None and r.get("unitid", "").strip() and r["unitid"] not in unitids:
            found.append(("unitid", f"{r['unitid']!r} is not an institution in institutions.csv"))
        return found
    return _sound_rows(path, spec, problems, check)


def validate_feeds(path: Path, unitids: set[str], problems: list[Problem]) -> list[dict]:
    """data/feeds.csv: the news feeds `scorecard feeds` reads."""
    return _check_listed_pages(path, FEEDS, ("format", FEED_FORMATS), unitids, problems)


def validate_vendors(path: Path, problems: list[Problem]) -> list[dict]:
    """data/vendors.csv: the vendor pages `scorecard vendors` reads."""
    return _check_listed_pages(path, VENDORS, ("page_kind", VENDOR_PAGE_KINDS), None, problems)


def validate_contacts(path: Path, unitids: set[str], problems: list[Problem]) -> list[dict]:
    """data/contacts.csv: each institution's chief administrator and postal address (outreach letters)."""
    def check(r, seen, line):
        if r["unitid"].strip() and r["unitid"] not in unitids:
            return [("unitid", f"{r['unitid']!r} is not an institution in institutions.csv")]
        found = [(c, reason) for c in CONTACTS.columns[1:] if (reason := fields.check_text(r[c], 300))]
        return found + _first(seen, r["unitid"], line, "unitid", r["unitid"])
    return _sound_rows(path, CONTACTS, problems, check)


def validate_records_laws(path: Path, problems: list[Problem]) -> list[dict]:
    """data/public_records_laws.csv: one row per state and DC, with a deadline in days or 'none stated'."""
    def check(r, seen, line):
        found = []
        if r["state"].strip() and not re.fullmatch(r"[A-Z]{2}", r["state"]):
            found.append(("state", f"{r['state']!r} is not a two-letter state code"))
        deadline = r["response_deadline"].strip()
        if deadline and deadline != NONE_STATED and not (re.fullmatch(r"[0-9]{1,3}", deadline) and int(deadline) > 0):
            found.append(("response_deadline", f"{deadline!r} is neither a number of days nor {NONE_STATED!r}"))
        for col in ("source_url", "law_source_url"):
            if r[col].strip() and (reason := fields.check_url(r[col])):
                found.append((col, reason))
        for col in ("state_name", "law_name", "citation", "notes"):
            if reason := fields.check_text(r[col], MAX_TEXT):
                found.append((col, reason))
        return found + _first(seen, r["state"], line, "state", repr(r["state"]))
    return _sound_rows(path, RECORDS_LAWS, problems, check)


def validate_sources(path: Path, unitids: set[str], today: dt.date, problems: list[Problem]) -> list[dict]:
    """data/sources.csv: the pages `scorecard watch` re-reads, each row with the line it is on."""
    f, seen, out = str(path), {}, []
    for line, r in read_csv(path, SOURCES.columns, problems):
        found = []
        if not r["unitid"].strip():
            found.append(("unitid", "is required"))
        elif r["unitid"] not in unitids:
            found.append(("unitid", f"{r['unitid']!r} is not an institution in institutions.csv"))
        url_problem = fields.check_url(r["url"])
        if url_problem:
            found.append(("url", url_problem))
        elif (r["unitid"], urls.normalize(r["url"])) in seen:
            found.append(("url", f"duplicates line {seen[(r['unitid'], urls.normalize(r['url']))]}"))
        if not r["label"].strip():
            found.append(("label", "is required"))
        if len(r["added_on"]) != 10:
            found.append(("added_on", f"{r['added_on']!r} is not a full date YYYY-MM-DD"))
        elif reason := fields.check_date(r["added_on"], today):
            found.append(("added_on", reason))
        for col in ("label", "notes"):
            if reason := fields.check_text(r[col], MAX_TEXT):
                found.append((col, reason))
        problems += [Problem(f, line, c, reason) for c, reason in found]
        if not url_problem:
            seen.setdefault((r["unitid"], urls.normalize(r["url"])), line)
        if not found:
            out.append({**r, "line": line})
    return out


def load(data_dir: Path, today: dt.date) -> tuple[DataSet, list[Problem]]:
    """Every file in data/, each checked against the others; the optional ones when present."""
    problems: list[Problem] = []
    inst = validate_institutions(data_dir / INSTITUTIONS.name, problems)
    slugs = {r["slug"] for r in inst}
    unitids = {r["unitid"] for r in inst}
    data = DataSet(inst, validate_aliases(data_dir / ALIASES.name, slugs, problems),
                   validate_evidence(data_dir / EVIDENCE.name, unitids, today, problems))
    for name in EXTRA_EVIDENCE:
        if (data_dir / name).exists():
            data.evidence += validate_evidence(data_dir / name, unitids, today, problems,
                                               set(data.evidence.columns["id"]))
    data.systems, data.system_aliases = _linking_files(data_dir, unitids, problems)
    if (data_dir / FEEDS.name).exists():
        data.feeds = validate_feeds(data_dir / FEEDS.name, unitids, problems)
    if (data_dir / VENDORS.name).exists():
        data.vendors = validate_vendors(data_dir / VENDORS.name, problems)
    if (data_dir / SOURCES.name).exists():
        data.sources = validate_sources(data_dir / SOURCES.name, unitids, today, problems)
    if (data_dir / CONTACTS.name).exists():
        validate_contacts(data_dir / CONTACTS.name, unitids, problems)
    if (data_dir / RECORDS_LAWS.name).exists():
        validate_records_laws(data_dir / RECORDS_LAWS.name, problems)
    return data, problems


def _linking_files(data_dir: Path, unitids: set[str], problems: list[Problem]) -> tuple[list[dict], list[dict]]:
    systems = (validate_systems(data_dir / SYSTEMS.name, unitids, problems)
               if (data_dir / SYSTEMS.name).exists() else [])
    aliases = (validate_system_aliases(data_dir / SYSTEM_ALIASES.name, {r["system"] for r in systems}, problems)
               if (data_dir / SYSTEM_ALIASES.name).exists() else [])
    return systems, aliases


def load_for_linking(data_dir: Path) -> DataSet:
    """The files the entity linker reads (institutions, aliases, systems, system aliases), checked;
    raises DataError naming every problem."""
    problems: list[Problem] = []
    inst = validate_institutions(data_dir / INSTITUTIONS.name, problems)
    data = DataSet(inst, validate_aliases(data_dir / ALIASES.name, {r["slug"] for r in inst}, problems))
    for spec in (SYSTEMS, SYSTEM_ALIASES):
        if not (data_dir / spec.name).exists():
            problems.append(Problem(str(data_dir / spec.name), 0, "file", "does not exist"))
    data.systems, data.system_aliases = _linking_files(data_dir, {r["unitid"] for r in inst}, problems)
    if problems:
        raise DataError(problems)
    return data


def load_or_raise(data_dir: Path, today: dt.date) -> DataSet:
    data, problems = load(data_dir, today)
    if problems:
        raise DataError(problems)
    return data
