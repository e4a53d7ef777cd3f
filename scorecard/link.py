"""Entity linking: which IPEDS institution does a mention ("Penn", "U of Michigan", "news.ucla.edu") name?

``build_index`` turns the rows of data/institutions.csv, aliases.csv, systems.csv and
system_aliases.csv (and data/abroad.csv, when present) into lookup tables once; ``link_plain``
then resolves a name as written with a few dictionary lookups, and ``link`` resolves a mention as
real text writes it (possessives, police departments, sub-units, initials, spelling, the
sentence as context: ``scorecard.resolve``), trying ``link_plain`` on each form.

Every way an institution can be named is a *key* with a score:

====================================================  =====
how the mention matched                               score
====================================================  =====
the project's alias list (data/aliases.csv)           1.00
the IPEDS name, normalized                            1.00
the host of the institution's own website             0.97
a project alias followed by "University"              0.95
"X" for "X-Main Campus"                               0.95
an IPEDS alias (IALIAS)                               0.90
a web domain (IPEDS or Hipo), also for subdomains     0.90
the first words of a longer name ("Miami ...")        0.85
"College of X" for a name with no institution word   0.75
"X" for "X-Some Campus" (a campus of X)               0.80
the campus part of "X-Penn State Altoona"             0.75
"University of X" for "X University" and back         0.75
a member of a system the mention names                0.60
====================================================  =====

Only when none of these match: a system's name followed by a campus ("SUNY Stony Brook", "Cal
State Fullerton") names the members whose names hold the campus words (0.85); failing that, the
institutions whose names hold every word of the mention are candidates, scored 0.50-0.90 by how
much of the name the mention covers.

An institution IPEDS lists as no longer active scores 0.15 less, so a closed or merged row loses
to the live one. A key matched only after dropping plural/possessive "s" scores 0.10 less. A
state or city given as context (or written in the mention, "Columbia College (MO)") keeps only
the candidates there, when there are any. The best candidate is accepted unless another institution scores within
``MARGIN`` of it, its score is below ``ACCEPT``, or the mention names a system: then the result is
*ambiguous* and goes to a reviewer with its candidates, rather than being guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import datafiles
from .datafiles import DataError, Problem
from .name_forms import acronym

if TYPE_CHECKING:
    from .abroad import Abroad

ACCEPT = 0.70
MARGIN = 0.10
MAX_CANDIDATES = 10

SCORE_ALIAS = 1.00
SCORE_NAME = 1.00
SCORE_HOST = 0.97
SCORE_IPEDS_ALIAS = 0.90
SCORE_MAIN_CAMPUS = 0.95
SCORE_ALIAS_UNIVERSITY = 0.95
SCORE_DOMAIN = 0.90
SCORE_CAMPUS_OF = 0.80
SCORE_CAMPUS_PART = 0.75
SCORE_SWAPPED = 0.75
SCORE_SYSTEM = 0.60
SCORE_PREFIX = 0.85
SCORE_SYSTEM_CAMPUS = 0.85
INACTIVE_PENALTY = 0.15
LOOSE_PENALTY = 0.10

STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN",
    "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD",
    "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO",
    "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND", "ohio": "OH",
    "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA", "rhode island": "RI",
    "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX", "utah": "UT",
    "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV", "wisconsin": "WI",
    "wyoming": "WY", "puerto rico": "PR", "guam": "GU", "virgin islands": "VI",
}
STATE_CODES = set(STATES.values()) | {"AS", "MP", "FM", "PW", "MH"}
STATE_NAMES = {code: name for name, code in STATES.items()}  # "CA": "california" (one name a code)

# Abbreviations expanded token by token, on both the names and the mentions.
_EXPAND = {
    "st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "u": "university",
    "univ": "university", "coll": "college", "inst": "institute", "cmty": "community",
}
_DROP = {"the", "at", "in"}
_INSTITUTION_WORD = re.compile(
    r"\b(university|college|institute|school|academy|seminary|conservatory|polytechnic)\b", re.I)
_GENERIC = {"university", "college", "of", "and", "community", "state", "institute", "school",
            "technical", "campus", "saint", "system"}
_DOMAINISH = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@\s/]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\.?(?:[:/?#]\S*)?$", re.I)
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*$")


def normalize(text: str) -> str:
    """Lowercase ASCII words: '&' is 'and', 'St.' is 'saint', 'The', 'at', 'in' and punctuation go."""
    text = re.sub(r"[\u2010-\u2015\u2212]", " ", text or "")  # en and em dashes separate words, as '-' does
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    tokens = [_EXPAND.get(t, t) for t in re.findall(r"[a-z0-9]+", text)]
    if len(tokens) > 1 and tokens[-1] == "cc":
        tokens[-1:] = ["community", "college"]
    return " ".join(t for t in tokens if t not in _DROP)


def loosen(key: str) -> str:
    """The key without plural/possessive 's' ('johns hopkins' and 'john hopkins' meet)."""
    return " ".join(t[:-1] if len(t) > 3 and t.endswith("s") else t for t in key.split())


def swapped(key: str) -> str | None:
    """'university of x' <-> 'x university'; None when the key has neither form."""
    words = key.split()
    if len(words) > 2 and words[:2] == ["university", "of"]:
        return " ".join(words[2:] + ["university"])
    if len(words) > 1 and words[-1] == "university" and "of" not in words:
        return " ".join(["university", "of"] + words[:-1])
    return None


def split_campus(name: str) -> tuple[str, str] | None:
    """'Miami University-Oxford' -> ('Miami University', 'Oxford'); None when no such split.

    Only a hyphen after an institution word splits, so 'Winston-Salem State University' stays whole.
    """
    for m in re.finditer(r"\s*-\s*", name):
        left = name[:m.start()]
        if _INSTITUTION_WORD.search(left):
            right = name[m.end():].strip()
            return (left.strip(), right) if right else None
    return None


def host_of(mention: str) -> str | None:
    """The host a URL, e-mail address or bare domain names; None for anything else."""
    text = mention.strip()
    if " " in text:
        return None
    m = _DOMAINISH.match(text)
    if not m:
        return None
    if "://" in text:
        host = urlsplit(text).hostname or ""
    else:
        host = m.group(1)
    host = host.lower().rstrip(".")
    if "." not in host or not re.search(r"\.[a-z]{2,}$", host):
        return None
    return re.sub(r"^www\d?\.", "", host)


def split_aliases(value: str, name: str = "") -> list[str]:
    """IPEDS IALIAS pieces ('|', ';', newlines and commas separate them).

    A comma may also sit inside one alias ('University of California, San Francisco'), so a piece
    that is only the first or last words of the institution's own name is dropped: it would make
    'University of California' or 'San Francisco' name UCSF.
    """
    own = normalize(name)
    out = []
    for piece in re.split(r"\s*[|;\n]\s*", value or ""):
        parts = [p.strip() for p in piece.split(",")] if "," in piece else [piece.strip()]
        for p in parts:
            key = normalize(p)
            if len(key) <= 2 or (len(parts) > 1 and key != own
                                 and (own.startswith(key + " ") or own.endswith(" " + key))):
                continue
            out.append(p)
    return out


@dataclass
class Candidate:
    unitid: int
    slug: str
    name: str
    city: str
    state: str
    score: float
    via: str


@dataclass
class Link:
    mention: str
    unitid: int | None
    slug: str | None
    name: str | None
    score: float
    ambiguous: bool
    via: str | None
    candidates: list[Candidate] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Index:
    institutions: dict[int, dict]
    keys: dict[str, dict[int, tuple[float, str]]]  # normalized key -> unitid -> (score, how)
    loose: dict[str, dict[int, tuple[float, str]]]
    hosts: dict[str, set[int]]
    domains: dict[str, set[int]]
    systems: dict[str, set[int]]  # normalized system name or short name -> members
    words: dict[str, set[int]]  # name word -> unitids, for partial matches
    name_sizes: dict[int, int]
    name_words: dict[int, set[str]]
    prefixes: dict[str, set[int]]  # the first words of a name -> unitids
    acronyms: dict[str, set[int]] = field(default_factory=dict)  # "UIUC" -> unitids, from the names
    cities: set[str] = field(default_factory=set)  # normalized cities that have an institution
    abroad: Abroad | None = None
    vocabulary: list[str] = field(default_factory=list)  # every word of every key, for spelling
    vocabulary_set: set[str] = field(default_factory=set)
    project_aliases: dict[int, set[str]] = field(default_factory=dict)  # unitid -> normalized aliases (page context)


def _add(table: dict, key: str, uid: int, score: float, how: str) -> None:
    if not key or set(key.split()) <= _GENERIC:  # 'The U' must not make 'the university' a name
        return
    slot = table.setdefault(key, {})
    if uid not in slot or slot[uid][0] < score:
        slot[uid] = (score, how)


def _add_forms(index: Index, text: str, uid: int, score: float, how: str) -> None:
    key = normalize(text)
    for k, s, h in ((key, score, how), (swapped(key), min(score, SCORE_SWAPPED), f"{how}, swapped")):
        if k:
            _add(index.keys, k, uid, s, h)
            _add(index.loose, loosen(k), uid, s - LOOSE_PENALTY, f"{h}, without 's'")


def build_index(institutions: list[dict], aliases: list[dict] = (), systems: list[dict] = (),
                system_aliases: list[dict] = ()) -> Index:
    """Precompute every key once. Rows are plain dicts as the data/ CSV files hold them."""
    index = Index({}, {}, {}, {}, {}, {}, {}, {}, {}, {})
    by_slug = {}
    for r in institutions:
        uid = int(r["unitid"])
        index.institutions[uid] = r
        by_slug[r["slug"]] = uid
        name = r["name"]
        _add_forms(index, name, uid, SCORE_NAME, "name")
        if not _INSTITUTION_WORD.search(name):  # "The College of William and Mary" for William & Mary
            _add_forms(index, f"college of {name}", uid, SCORE_SWAPPED, "'College of' and the name")
        split = split_campus(name)
        if split:
            base, campus = split
            main = normalize(campus) == "main campus"
            _add_forms(index, base, uid, SCORE_MAIN_CAMPUS if main else SCORE_CAMPUS_OF,
                       "main campus of" if main else "a campus of")
            base_words = set(normalize(base).split())
            campus_key = normalize(campus)
            if not main and len(campus_key.split()) > 1 and (
                    base_words & set(campus_key.split()) or _INSTITUTION_WORD.search(campus)):
                _add_forms(index, campus, uid, SCORE_CAMPUS_PART, "campus name")
        for alias in split_aliases(r.get("ipeds_alias", ""), name):
            _add_forms(index, alias, uid, SCORE_IPEDS_ALIAS, "IPEDS alias")
        host = host_of(r.get("website") or "")
        if host:
            index.hosts.setdefault(host, set()).add(uid)
        for d in [r.get("web_domain", ""), *(r.get("other_domains") or "").split()]:
            if d.strip():
                index.domains.setdefault(d.strip().lower(), set()).add(uid)
        name_words = normalize(name).split()
        for n in range(1, len(name_words)):
            if not set(name_words[:n]) <= _GENERIC:
                index.prefixes.setdefault(" ".join(name_words[:n]), set()).add(uid)
        cut = re.match(r"^(.+?\b(?:University|College|Institute))\b.+", name)  # "Arizona State University Campus Immersion"
        for n in {name, *(split or ())[:1], *(cut.groups() if cut else ())}:
            acr = acronym(n)
            if len(acr) >= 2:
                index.acronyms.setdefault(acr, set()).add(uid)
        index.cities.add(normalize(r.get("city", "")))
        words = set(name_words)
        index.name_sizes[uid] = len(words)
        index.name_words[uid] = words
        for w in words:
            index.words.setdefault(w, set()).add(uid)
    for a in aliases:
        if a["slug"] in by_slug:
            words = a["alias"].replace("-", " ")
            _add_forms(index, words, by_slug[a["slug"]], SCORE_ALIAS, "project alias")
            index.project_aliases.setdefault(by_slug[a["slug"]], set()).add(normalize(words))
            if len(words) > 4 and words.split()[-1] not in ("university", "college"):
                # 'Kent State University' for the alias kent-state; not 'Cal University' for cal
                _add_forms(index, f"{words} university", by_slug[a["slug"]], SCORE_ALIAS_UNIVERSITY,
                           "project alias + University")
    members: dict[str, set[int]] = {}
    for r in systems:
        if int(r["unitid"]) in index.institutions:
            members.setdefault(r["system"], set()).add(int(r["unitid"]))
    for system, uids in members.items():
        index.systems.setdefault(normalize(system), set()).update(uids)
        stripped = re.sub(r" system$", "", normalize(system))
        index.systems.setdefault(stripped, set()).update(uids)
    for a in system_aliases:
        if a["system"] in members:
            index.systems.setdefault(normalize(a["alias"]), set()).update(members[a["system"]])
    index.vocabulary_set = {w for k in index.keys for w in k.split()} | set(index.words)
    index.vocabulary = sorted(index.vocabulary_set)
    return index


def parse_context(mention: str) -> tuple[str, str | None]:
    """'Columbia College (MO)' -> ('Columbia College', 'MO'); a state name works too."""
    m = _PAREN.search(mention)
    if m:
        inside = m.group(1).strip()
        code = inside.upper() if inside.upper() in STATE_CODES else STATES.get(normalize(inside))
        if code:
            return mention[:m.start()], code
    return mention, None


def _lookup_keys(index: Index, text: str) -> dict[int, tuple[float, str]]:
    """Every key the mention equals, plus the names it begins (a bare 'Miami' begins many)."""
    found: dict[int, tuple[float, str]] = {}
    key = normalize(text)
    for table, k in ((index.keys, key), (index.loose, loosen(key))):
        for uid, (score, how) in table.get(k, {}).items():
            if uid not in found or found[uid][0] < score:
                found[uid] = (score, how)
    for uid in index.prefixes.get(key, ()):
        found.setdefault(uid, (SCORE_PREFIX, "first words of the name"))
    return found


def _lookup_host(index: Index, host: str) -> dict[int, tuple[float, str]]:
    labels = host.split(".")
    for i in range(len(labels) - 1):
        h = ".".join(labels[i:])
        found = {uid: (SCORE_DOMAIN, f"domain {h}") for uid in index.domains.get(h, ())}
        found.update({uid: (SCORE_HOST, f"website {h}") for uid in index.hosts.get(h, ())})
        if found:
            return found
    return {}


def _lookup_words(index: Index, text: str) -> dict[int, tuple[float, str]]:
    words = set(normalize(text).split()) - {"of", "and"}
    if not words or words <= _GENERIC:
        return {}
    postings = [index.words.get(w, set()) for w in words]
    hits = set.intersection(*postings) if postings else set()
    unique = len(hits) == 1
    return {uid: (round(0.5 + 0.3 * len(words) / max(index.name_sizes[uid], len(words))
                        + (0.1 if unique else 0.0), 3), "words of the name")
            for uid in hits}


def _lookup_system(index: Index, text: str) -> tuple[dict[int, tuple[float, str]], bool, bool]:
    """(members, whether the mention is a system's name, whether it says 'system')."""
    key = normalize(text)
    says_system = key.endswith(" system") or key.endswith(" systems")
    stripped = re.sub(r" systems?$", "", key)
    members = index.systems.get(key) or index.systems.get(stripped) or set()
    return ({uid: (SCORE_SYSTEM, "member of the system") for uid in members},
            bool(members), says_system and bool(members))


def _lookup_system_campus(index: Index, text: str) -> dict[int, tuple[float, str]]:
    """'SUNY Stony Brook', 'Cal State Fullerton', 'UW-Madison': a system's name, then a campus.

    The members of the system whose names hold every remaining word are the candidates.
    """
    words = normalize(text).split()
    for i in range(len(words) - 1, 0, -1):
        members = index.systems.get(" ".join(words[:i]))
        rest = set(words[i:]) - _GENERIC
        if members and rest:
            hits = {uid for uid in members if rest <= index.name_words[uid]}
            if not hits:  # "Penn State University Park": the campus named by its town
                hits = {uid for uid in members
                        if normalize(index.institutions[uid].get("city", "")) == " ".join(words[i:])}
            if hits:
                return {uid: (SCORE_SYSTEM_CAMPUS, "campus named within its system") for uid in hits}
    return {}


def _narrow(found: dict, index: Index, field_name: str, value: str | None) -> dict:
    if not value:
        return found
    want = normalize(value) if field_name == "city" else value.strip().upper()
    keep = {uid: v for uid, v in found.items()
            if (normalize(index.institutions[uid][field_name]) if field_name == "city"
                else index.institutions[uid][field_name].upper()) == want}
    return keep or found


def link_plain(index: Index, mention: str, state: str | None = None, city: str | None = None) -> Link:
    """Resolve one name as written, by the keys above alone (``link`` peels real-text forms first)."""
    text, written_state = parse_context(mention.strip())
    state = state or written_state
    if state and state.strip().upper() not in STATE_CODES:
        state = STATES.get(normalize(state), state)
    system_named = says_system = False
    host = host_of(text)
    if host:
        found = _lookup_host(index, host)
    else:
        found = _lookup_keys(index, text)
        system_found, system_named, says_system = _lookup_system(index, text)
        for uid, v in system_found.items():
            if uid not in found:
                found[uid] = v
        if not found:
            found = _lookup_system_campus(index, text) or _lookup_words(index, text)
    found = {uid: ((round(score - INACTIVE_PENALTY, 3), f"{how} (inactive)")
                   if str(index.institutions[uid].get("active", "1")) == "0" else (score, how))
             for uid, (score, how) in found.items()}
    found = _narrow(_narrow(found, index, "state", state), index, "city", city)
    ranked = sorted(found.items(), key=lambda kv: (-kv[1][0], kv[0]))
    candidates = [Candidate(uid, index.institutions[uid]["slug"], index.institutions[uid]["name"],
                            index.institutions[uid]["city"], index.institutions[uid]["state"], score, how)
                  for uid, (score, how) in ranked[:MAX_CANDIDATES]]
    if not candidates:
        return Link(mention, None, None, None, 0.0, False, None, [])
    top = candidates[0]
    close = len(ranked) > 1 and ranked[1][1][0] > top.score - MARGIN + 1e-9
    # A system's name ("University of California") is ambiguous unless it is also, by name or by
    # an explicit alias, one institution's name ("University of Michigan" for Ann Arbor), or the
    # context leaves only one of its members.
    ambiguous = (close or top.score < ACCEPT or says_system
                 or (system_named and top.score < SCORE_IPEDS_ALIAS and len(ranked) > 1))
    if ambiguous:
        return Link(mention, None, None, None, top.score, True, None, candidates)
    return Link(mention, top.unitid, top.slug, top.name, top.score, False, top.via, candidates)


def load_index(data_dir: Path | str) -> Index:
    """Read the data/ files the linker needs (institutions, aliases, systems, system aliases, and the
    non-US names of abroad.csv), checked by ``datafiles`` like every file in data/."""
    data_dir = Path(data_dir)
    data = datafiles.load_for_linking(data_dir)
    index = build_index(data.institutions, data.aliases, data.systems, data.system_aliases)
    if (data_dir / "abroad.csv").exists():
        from .abroad import load_abroad

        problems: list[Problem] = []
        index.abroad = load_abroad(data_dir / "abroad.csv", index, problems)
        if problems:
            raise DataError(problems)
    return index


def link(index: Index, mention: str, state: str | None = None, city: str | None = None,
         context: str | None = None, title: str | None = None, before: str | None = None) -> Link:
    """Resolve one mention as real text writes it, using its sentence (``context``), state and city,
    and the page's ``title`` and earlier text (``before``) for initials and short names.

    The forms and the order they are tried in are in ``scorecard.resolve``.
    """
    from .resolve import resolve

    return resolve(index, mention, state=state, city=city, context=context, title=title, before=before)
