"""What a writer wraps around an institution's name, peeled off so the linker can look the name up.

Real coverage rarely writes a bare IPEDS name. It writes "UCLA's", "University of Southern
California (USC)", "the University of Miami Police Department (UMPD)", "UICPD", "Georgetown Law
Center on Privacy and Technology", "the University of Colorado's Colorado Springs campus",
"Michigan's Oakland Community College". ``read`` turns one mention into a ``Reading``: the forms to
look up (most faithful first), the initials written in parentheses, a state written in front, the
initials of a police department, and whether the mention names a police force or a K-12 school.
``spans`` lists the shorter runs of words inside a form, longest first, for sub-units
("X School of Engineering", "Associated Students of X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
    "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
    "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming")

MAX_SPAN_WORDS = 16
CONNECTORS = {"of", "the", "and", "&", "at", "for", "de", "la", "del", "in", "on"}
INSTITUTION_WORD = re.compile(
    r"\b(university|college|institute|polytechnic|academy|conservatory|seminary)\b", re.I)
_APOS = "['\u2019]"
_POSSESSIVE = re.compile(rf"(?<=[A-Za-z.]){_APOS}s\b|(?<=s){_APOS}(?=\s|$)")
_PARENS = re.compile(r"\s*\(([^)]*)\)")
_INITIALS = re.compile(r"^[A-Z][A-Za-z&.\-]{1,9}$")
_POLICE_TAIL = re.compile(
    r"[\s,]+(?:campus\s+)?(?:police(?:\s+(?:department|dept\.?|force|services|chief))?"
    r"|pd|department\s+of\s+public\s+safety|public\s+safety(?:\s+department)?|dps)\s*$", re.I)
_POLICE_INITIALS = re.compile(r"^([A-Z][A-Za-z]{0,5}?)(?:PD|DPS)$")
_K12 = re.compile(r"\b(high school|middle school|elementary school|school district|public schools|"
                  r"independent school district|isd|k-12)\b", re.I)
_CAMPUS_OF = [
    # "the University of Colorado's Colorado Springs campus" -> "University of Colorado Colorado Springs"
    (re.compile(rf"^(?:the\s+)?(.+?){_APOS}s?\s+(.+?)\s+(?:campus|branch|branch campus)$", re.I), r"\1 \2"),
    # "the Colorado Springs campus of the University of Colorado"
    (re.compile(r"^(?:the\s+)?(.+?)\s+(?:campus|branch)\s+of\s+(?:the\s+)?(.+)$", re.I), r"\2 \1"),
]
_COLLEGE_OF = re.compile(r"^(?:the\s+)?(.+?\b(?:College|Campus))\s+of\s+(?:the\s+)?(.+\b(?:University|College)\b.*)$")
# A newspaper or magazine title ("The Temple News", "The Daily Free Press"): the paper, not its campus.
# Student papers end on a masthead word of their own ("the X Daily", "The X Daily Sun", "X Kernel",
# "The X Oracle"); the words are those mastheads use, not any institution's name.
_PUBLICATION = re.compile(
    r"^(?:The\s+)?Daily\b|\b(?:News|Times|Herald|Gazette|Chronicle|Tribune|Journal|Observer|Courier|Dispatch|"
    r"Post|Magazine|Daily|Sun|Echo|Oracle|Kernel|Kernal|Collegian|Lantern|Hatchet|Spectator|Beacon|Orion|"
    r"Torch|Thresher|Maneater|Ledger|Reporter|Sentinel|Mirror|Signal|Statesman|Free\s+Press|Review|"
    r"Reveille|Vanguard|Argonaut|Hilltop|Ticker|Egyptian|Emerald|Barometer|Californian|Texan|Iowan)$")
# Separators of a list of names: commas (with a final "and"/"or"), or "and", "&", "or" alone.
_LIST_COMMA = re.compile(r"\s*,\s*(?:(?:and|or|&)\s+)?")
_LIST_AND = re.compile(r"\s+(?:and|or|&)\s+")
_STATE_FIRST = re.compile(rf"^(?:the\s+)?({'|'.join(STATE_NAMES)}){_APOS}s\s+(.+)$")


@dataclass
class Form:
    text: str
    how: str


@dataclass
class Reading:
    forms: list[Form] = field(default_factory=list)
    initials: str | None = None          # "USC" in "University of Southern California (USC)"
    parenthesised: list[str] = field(default_factory=list)  # every "(...)" written, states included
    state: str | None = None             # "Michigan" in "Michigan's Oakland Community College"
    police_initials: str | None = None   # "UIC" in "UICPD"
    police: bool = False                 # the mention names a police force
    k12: bool = False                    # a high school or school district, never a college
    publication: bool = False            # a newspaper's or magazine's title


def strip_possessive(text: str) -> str:
    """"UCLA's" -> "UCLA", "Georgetown Law's" -> "Georgetown Law"; "St. Mary's" too (the raw form is tried first)."""
    return _POSSESSIVE.sub("", text)


def _parenthesised(text: str) -> tuple[str, list[str]]:
    return _PARENS.sub(" ", text).strip(), [p.strip() for p in _PARENS.findall(text)]


def read(mention: str) -> Reading:
    """Every form worth looking up for one mention, with what was peeled off to get it."""
    text = re.sub(r"\s+", " ", (mention or "").strip().strip(".,;:"))
    reading = Reading(k12=bool(_K12.search(text)))
    forms: list[Form] = []

    def add(t: str, how: str) -> None:
        t = re.sub(r"\s+", " ", t).strip(" ,;:-")
        if t and all(f.text != t for f in forms):
            forms.append(Form(t, how))

    outside, inside = _parenthesised(text)
    reading.parenthesised = inside
    for piece in inside:
        if _INITIALS.match(piece) and piece.upper() == piece.replace(".", "").upper() and any(c.isupper() for c in piece):
            reading.initials = piece.replace(".", "")
    bare = strip_possessive(outside)
    if bare != outside and _INITIALS.match(bare) and bare.replace(".", "").replace("-", "").isupper():
        add(bare, "initials without the possessive")  # "EMU's" is what "EMU" is, not a loose "emus"
    add(text if not inside else outside, "as written")
    add(bare, "without the possessive")
    m = _STATE_FIRST.match(bare)
    if m:
        reading.state = m.group(1)
        bare = m.group(2)
        add(bare, "without the state in front")
    police = _POLICE_TAIL.search(bare)
    if police:
        reading.police = True
        bare = bare[:police.start()]
        add(bare, "without the police department")
    for pattern, repl in _CAMPUS_OF:
        m = pattern.match(bare)
        if m:
            add(m.expand(repl), "campus named in a phrase")
    m = _COLLEGE_OF.match(bare)
    if m:  # "Oxford College of Emory University" is IPEDS's "Emory University-Oxford College"
        add(f"{m.group(2)} {m.group(1)}", "a college named within its university")
    m = _POLICE_INITIALS.match(bare.replace(".", ""))
    if m and len(m.group(1)) >= 2:
        reading.police = True
        reading.police_initials = m.group(1)
    if reading.initials:
        m = _POLICE_INITIALS.match(reading.initials)
        if m and len(m.group(1)) >= 2:
            reading.police_initials = reading.police_initials or m.group(1)
    reading.publication = bool(_PUBLICATION.search(strip_possessive(outside)))
    reading.forms = forms
    return reading


def list_members(text: str) -> tuple[list[str], bool]:
    """('A, B and C' -> ['A', 'B', 'C'], True when commas separate them). A piece that is "and"-joined
    is split too ("Harvard and MIT"); the caller decides whether the pieces are names."""
    pieces = [p for p in _LIST_COMMA.split(text) if p.strip()]
    members = [m.strip() for p in pieces for m in _LIST_AND.split(p) if m.strip()]
    return members, len(pieces) > 1


def spans(text: str) -> list[tuple[int, int, str]]:
    """The runs of words inside ``text`` shorter than all of it, longest first, as (start, end,
    text), never starting or ending on a connector ("X School of Engineering" gives "X School", "X", ...)."""
    tokens = text.split()[:MAX_SPAN_WORDS]  # a name is short; a pasted paragraph is not searched whole
    out = []
    for size in range(len(tokens) - 1, 0, -1):
        for start in range(0, len(tokens) - size + 1):
            span = tokens[start:start + size]
            if span[0].lower().strip(",") in CONNECTORS or span[-1].lower().strip(",") in CONNECTORS:
                continue
            out.append((start, start + size, " ".join(span).strip(" ,")))
    return out


def acronym(name: str) -> str:
    """'University of Illinois Urbana-Champaign' -> 'UIUC': the first letters of the words that are not connectors."""
    words = re.findall(r"[A-Za-z]+", name.replace("&", " "))
    return "".join(w[0] for w in words if w.lower() not in CONNECTORS).upper()
