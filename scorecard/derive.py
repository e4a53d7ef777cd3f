"""Derive data/institutions.csv, data/evidence.csv and data/systems.csv from the public reference data.

Run as ``scorecard derive --reference ../shared/data/reference``. The reference folder is only
needed when regenerating; the project never reads it at run time. Slugs already in
data/institutions.csv are kept as they are, so a published URL never changes.
"""

import csv
import hashlib
import re
import unicodedata
from pathlib import Path
from urllib.parse import quote

from .csvsafe import neutralise_row
from .datafiles import EVIDENCE_COLUMNS, INSTITUTION_COLUMNS
from .fields import check_url
from .method import SOURCE_KINDS

# The reference file's stance words, mapped onto the vocabulary of docs/method.md.
STANCE_MAP = {
    "wont_use": "wont_use",
    "might_use": "might_use",
    "no_response": "no_response",
    "ended_use": "ended_use",
    "considering": "planning",
    "using_or_planning": "planning",
    "using_reported": "using",
    "ended_use_reported": "ended_use",
    "denies_use_no_ban": "not_using",
}

# The reference file's source kinds, placed on the strength ladder of docs/method.md. A press story that
# relays an advocacy list (or an advocacy release that cites press) counts as a press report.
SOURCE_KIND_MAP = {
    "official_policy_page": "official_policy",
    "official_statement": "official_statement",
    "press_quoting_official": "press_quoting_official",
    "advocacy_and_press": "press_report",
    "press_citing_scorecard": "press_report",
    "advocacy_scorecard_summary": "advocacy",
}

PUBLISHERS = {
    "adminpolicies.ucla.edu": "UCLA Administrative Policies",
    "biometricupdate.com": "Biometric Update",
    "cmu.edu": "Carnegie Mellon University",
    "commondreams.org": "Common Dreams",
    "dailydot.com": "The Daily Dot",
    "fightfortheftr.medium.com": "Fight for the Future",
    "media-alliance.org": "Media Alliance",
    "miaminewtimes.com": "Miami New Times",
    "newpittsburghcourier.com": "New Pittsburgh Courier",
    "techcrunch.com": "TechCrunch",
    "thejustice.org": "The Justice (Brandeis)",
    "timeshighereducation.com": "Times Higher Education",
    "usatoday.com": "USA Today",
    "wired.com": "Wired",
}

RECORDED_BY = "reference import"


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def assign_slugs(rows: list[dict], existing: dict[str, str]) -> dict[str, str]:
    """unitid -> slug. Existing slugs never change; new ones add city, then state, only on collision."""
    slugs = dict(existing)
    taken = set(existing.values())
    new = sorted((r for r in rows if r["unitid"] not in slugs), key=lambda r: int(r["unitid"]))
    by_base: dict[str, list[dict]] = {}
    for r in new:
        by_base.setdefault(slugify(r["name"]), []).append(r)
    all_bases: dict[str, int] = {}
    for r in rows:
        b = slugify(r["name"])
        all_bases[b] = all_bases.get(b, 0) + 1
    for base, group in by_base.items():
        for r in group:
            candidates = [base] if all_bases[base] == 1 else []
            candidates += [
                f"{base}-{slugify(r['city'])}",
                f"{base}-{slugify(r['city'])}-{r['state'].lower()}",
                f"{base}-{r['unitid']}",
            ]
            slug = next(c for c in candidates if c not in taken)
            slugs[r["unitid"]] = slug
            taken.add(slug)
    return slugs


def _blank(v: str | None) -> str:
    v = (v or "").strip()
    return "" if v in {"-1", "-2", "-3"} else v


def _website(addr: str) -> str:
    addr = _blank(addr)
    if not addr:
        return ""
    addr = quote(addr.strip(), safe=":/?#[]@!$&'()*+,;=%~")  # IPEDS has a few with spaces
    url = addr if re.match(r"^https?://", addr, re.I) else f"https://{addr}"
    return "" if check_url(url) else url  # e.g. an email address given as the web address


def institutions(reference: Path, existing_slugs: dict[str, str]) -> list[dict]:
    hd = list(csv.DictReader((reference / "ipeds_hd2022_directory.csv").open(encoding="utf-8")))
    fte = {r["UNITID"]: r["FTE_TOTAL"] for r in csv.DictReader((reference / "ipeds_efia2022_fte.csv").open(encoding="utf-8"))}
    joined = {r["UNITID"]: r for r in csv.DictReader((reference / "institutions_reference_joined.csv").open(encoding="utf-8"))}
    rows = []
    for r in hd:
        uid = r["UNITID"]
        j = joined.get(uid, {})
        web_domain = _blank(r["web_domain"])
        hipo = j.get("hipo_domains", "") if j.get("hipo_match") in ("domain", "name") else ""
        others = sorted({re.sub(r"^www\.", "", d.strip().lower()) for d in re.split(r"[\s;|,]+", hipo) if d.strip()} - {web_domain})
        rows.append({
            "unitid": uid,
            "name": r["INSTNM"].strip(),
            "ipeds_alias": re.sub(r"\s{2,}", " | ", _blank(r["IALIAS"])),
            "city": r["CITY"].strip(),
            "state": r["STABBR"].strip(),
            "website": _website(r["WEBADDR"]),
            "web_domain": web_domain,
            "other_domains": " ".join(others),
            "latitude": r["LATITUDE"],
            "longitude": r["LONGITUD"],
            "sector": r["sector_label"],
            "control": _blank(r["control_label"]),
            "size_band": r["instsize_label"],
            "fte_enrollment": fte.get(uid, ""),
            "degree_granting": "1" if r["DEGGRANT"] == "1" else "0",
            "active": "1" if r["CYACTIVE"] == "1" else "0",
            "in_50_states_dc": r["in_50_states_dc"],
        })
    slugs = assign_slugs(rows, existing_slugs)
    for r in rows:
        r["slug"] = slugs[r["unitid"]]
    return rows


def _publisher(url: str) -> str:
    host = re.sub(r"^(www\.|amp\.)", "", url.split("//", 1)[-1].split("/", 1)[0].lower())
    return PUBLISHERS.get(host, host)


def evidence_id(unitid: str, stated_on: str, first_url: str) -> str:
    digest = hashlib.sha1(f"{unitid}|{stated_on}|{first_url}".encode()).hexdigest()[:10]
    return f"ref-{digest}"


def evidence(reference: Path) -> list[dict]:
    rows = []
    path = reference / "facial_recognition_stance_references.csv"
    for r in csv.DictReader(path.open(encoding="utf-8")):
        urls = r["source_urls"].split()
        kind = SOURCE_KIND_MAP[r["source_kind"]]
        assert kind in SOURCE_KINDS
        rows.append({
            "id": evidence_id(r["unitid"], r["as_of"], urls[0]),
            "unitid": r["unitid"],
            "stance": STANCE_MAP[r["stance"]],
            "stated_on": r["as_of"],
            "source_urls": " ".join(urls),
            "source_kind": kind,
            "publisher": _publisher(urls[0]),
            "quote": "",
            "summary": r["summary"],
            "recorded_by": RECORDED_BY,
            "review_status": "approved",
            "reviewed_by": "data/ (git review)",
            "notes": f"Named in source as {r['institution_as_named_in_source']!r}; reference stance "
                     f"{r['stance']!r}, source kind {r['source_kind']!r}.",
        })
    return rows


SYSTEM_COLUMNS = ["unitid", "system"]


def systems(reference: Path) -> list[dict]:
    """unitid -> IPEDS system name (F1SYSNAM), for the entity linker's system mentions."""
    hd = csv.DictReader((reference / "ipeds_hd2022_directory.csv").open(encoding="utf-8"))
    return [{"unitid": r["UNITID"], "system": _blank(r["F1SYSNAM"])} for r in hd if _blank(r["F1SYSNAM"])]


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(neutralise_row(r) for r in rows)
    tmp.replace(path)


def derive(reference: Path, data: Path) -> dict[str, int]:
    inst_path = data / "institutions.csv"
    existing = {}
    if inst_path.exists():
        existing = {r["unitid"]: r["slug"] for r in csv.DictReader(inst_path.open(encoding="utf-8"))}
    inst = institutions(reference, existing)
    ev = evidence(reference)
    write_csv(inst_path, INSTITUTION_COLUMNS, inst)
    write_csv(data / "evidence.csv", EVIDENCE_COLUMNS, ev)
    sys_rows = systems(reference)
    write_csv(data / "systems.csv", SYSTEM_COLUMNS, sys_rows)
    return {"institutions": len(inst), "evidence": len(ev), "systems": len(sys_rows)}
