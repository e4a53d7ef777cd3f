"""Linking a mention as real text writes it: peel the writer's additions, then decide or ask.

The order, first answer wins:

1. a listed non-US institution (data/abroad.csv): NONE;
2. the mention as written (parentheses aside) by the keys of ``scorecard.link``: a name or alias.
   Initials only IPEDS gives to one institution ("USF": Saint Francis) are doubtful when a larger
   institution has the same initials, and any initials yield to another institution with them
   that the sentence names ("MSU" beside "Montana State University");
3. a name holding a non-US place word, a K-12 school, a newspaper's title ("The Temple News", "the
   Tufts Daily") or a town listed among towns ("San Francisco, Oakland, and Berkeley"): NONE, not
   a review item;
   "the state's community college system" with a given state is that state's system (to review);
   a description ("the Big Ten university") is the one institution of its kind the page and
   sentence name; a list ("A, B and C") is ambiguous with its members' institutions
   (``resolve_members`` answers each);
4. the peeled forms (``scorecard.name_forms``: possessive, state in front, police department,
   campus phrase), then the runs of words inside them, longest first ("X School of Engineering"
   gives "X"). A run counts only when it names one institution by its name, an alias or a
   system and campus, never by a loose word match, never inside a longer run that names several
   ("Penn" in "Penn State University"), and never when it is the town before a police department
   ("Princeton Police Department" is the town's). A first run that names several campuses
   ("Rutgers Math") makes the answer ambiguous rather than nothing;
5. a campus named by its town in a sentence about its system ("Altoona" beside "Penn State"), else
   on a page about it when that gives one campus;
6. initials: in parentheses, of a police department ("UMPD" -> "UM") or the whole mention ("U-M"
   is UM, "EMU's" is EMU). Initials are generated from every IPEDS name ("UIUC"), so they are
   many-valued: one candidate is taken only when the sentence names it, the given state or city
   leaves one, it is the one the name beside the initials also names, or the sentence and page,
   naming none by name, write the town (else the state) of exactly one ("WSU" beside Pullman);
7. spelling: a word that is no word of any name, one edit from a name word (two for long words),
   when the corrected mention names one institution whole ("Carnegie Melon University");
8. the sentence: of an ambiguous answer's candidates, the one the sentence names (or whose city it
   names, never for a system), when exactly one is. Where the sentence names none, the page does
   the same (``scorecard.page_context``: its title and earlier text, by name or project alias, never
   by a city): "OCC" under the title "... at Ocean County College". Initials that one institution
   holds yield to another with them that the sentence, else the page, names;

9. the flagship rule (``scorecard.flagship``): a bare name IPEDS splits into campuses is the campus
   with three fifths of their students ("Rutgers": New Brunswick);
10. an ambiguous mention whose sentence (or, when the sentence places nothing, its page) is placed
   outside the US, or a listed non-US name without its "of <place>" tail: NONE.

Whatever is left is what ``link_plain`` said: ambiguous with candidates, or nothing. Never a guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from . import name_forms
from .abroad import named_abroad, placed_abroad, short_abroad
from .flagship import flagship
from .link import MAX_CANDIDATES, STATE_CODES, STATE_NAMES, STATES, Candidate, Index, Link, link_plain, normalize
from .page_context import (
    has_key,
    institutions_in,
    named_in,
    named_on_page,
    one_named,
    one_of,
    page_text,
    place_text,
    placed,
)

OUTSIDE_US = "an institution outside the US"
SCORE_INITIALS = 0.60
SCORE_CONTEXT = 0.85
SCORE_FLAGSHIP = 0.80
LIST = "a list of names: link each member (resolve_members)"
FLAGSHIP = "the flagship: most of the FTE of the campuses named so"
TOWN = "a town named in a list of towns"
PUBLICATION = "a newspaper's or magazine's title, not the institution"
PAGE = "the page's title or earlier text names it"
DESCRIBED = "a description of the one institution of its kind the page names"
# "the Big Ten university", "the Ann Arbor school": "the", a few words that are no name, a kind.
# A word that points away from the institution named ("the other university", "the first college
# to ban it") makes no description of it.
_DESCRIPTION = re.compile(
    r"^the\s+(?!(?:[\w&.-]+\s+){0,2}(?:of|other|same|rival|neighbou?ring|nearby|partner|sister|first|second|"
    r"last|next|only|former|previous|each|every|whole|entire|average|typical)\b)"
    r"(?:[\w&.-]+\s+){1,3}(university|college|school|institution|campus)$", re.I)
SPELLING_PENALTY = 0.05
MAX_PLACED = 400  # initials held by more institutions than this are read as no one's by place
_WEAK = ("words of the name",)
_LOWER_KIND = re.compile(r"\b(?:university|college|institute)\b")
_STATES_OWN = re.compile(r"^(?:the\s+)?state['\u2019]s\s+(.+)$", re.I)  # "the state's university system"
_PREFIX = "first words of the name"


def _none(mention: str, via: str) -> Link:
    return Link(mention, None, None, None, 0.0, False, via, [])


def _strong(result: Link, text: str, whole: bool) -> bool:
    """A link made by a name, an alias or a system and campus (a run inside a mention also needs
    more than the first words of a name)."""
    if result.unitid is None or result.ambiguous:
        return False
    via = result.via or ""
    if via.startswith(_WEAK):
        return False
    if via.startswith(_PREFIX):
        return whole and len(normalize(text).split()) >= 2
    if whole:
        return True
    if _LOWER_KIND.search(text) and any(w[:1].isupper() for w in text.split()):
        return False  # "Ohio university" in "A major Ohio university" describes; a name capitalises its kind
    # A run inside a longer mention: "Case" in "Case study" is no name, "UCLA" in "UCLA Vice Chancellor" is,
    # and so is an IPEDS name of several words that holds no institution word ("William & Mary").
    if via.startswith(("name", "IPEDS alias")) and len(text.split()) >= 2 and not via.endswith("without 's'"):
        return True  # "Cal Poly" (IPEDS's alias) in "Cal Poly San Luis Obispo", before "Cal" alone
    return result.score >= 0.85 and bool(
        name_forms.INSTITUTION_WORD.search(text) or via.startswith(("project alias", "campus named within"))
        or (text.replace(".", "").isupper() and len(text) >= 2))


def _as(mention: str, result: Link, how: str | None = None, penalty: float = 0.0) -> Link:
    via = result.via if not how or not result.via else f"{result.via}; {how}"
    return replace(result, mention=mention, via=via, score=round(result.score - penalty, 3))


def _state_code(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip()
    return v.upper() if v.upper() in STATE_CODES else STATES.get(normalize(v))


def _is_town(index: Index, text: str) -> bool:
    return not name_forms.INSTITUTION_WORD.search(text) and normalize(text) in index.cities


def _by_context(index: Index, uids: set[int], context: str | None, state: str | None,
                city: str | None, use_city: bool = True) -> tuple[int, str] | None:
    """The one candidate the given state/city or the sentence points at, with how; else None."""
    if state:
        uids = {u for u in uids if index.institutions[u]["state"].upper() == state} or uids
    if city:
        uids = {u for u in uids if normalize(index.institutions[u]["city"]) == normalize(city)} or uids
    if len(uids) == 1 and (state or city):
        return next(iter(uids)), "the only candidate in the given state or city"
    if not context or not uids:
        return None
    ctx = f" {normalize(context)} "
    named = named_in(index, uids, ctx)
    if len(named) == 1:
        return next(iter(named)), "the sentence names it"
    if use_city and not named:
        placed = {u for u in uids if has_key(ctx, normalize(index.institutions[u]["city"]))}
        if len(placed) == 1:
            return next(iter(placed)), "the sentence names its city"
    return None


def _town_among_towns(index: Index, text: str, context: str | None) -> bool:
    """"Bans in San Francisco, Oakland, and Berkeley": a town's name in a list of towns that "in"
    opens is the town, not the college named for it, when no other town of the list is an
    institution's name or project alias. "Students at Amherst, Middlebury and Williams" and
    "Haverford, Swarthmore and Bryn Mawr" open with no "in", so they stay colleges."""
    if not context or not _is_town(index, text):
        return False
    items = [i.strip() for i in re.split(r",|\band\b|\bor\b|&", context) if i.strip()]
    key = normalize(text)
    for n, item in enumerate(items):
        if not (normalize(item) == key or normalize(item).startswith(key + " ")):
            continue
        j, towns = n, []
        while j > 0 and _is_town(index, items[j - 1]):
            j -= 1
            towns.append(items[j])
        opener = re.search(r"\bin\s+(?:the\s+city\s+of\s+)?(\S.*)$", items[j - 1]) if j > 0 else None
        if opener and _is_town(index, opener.group(1)):
            towns.append(opener.group(1))
            if not any(_named_by_name(index, t) for t in towns):
                return True
    return False


def _named_by_name(index: Index, text: str) -> bool:
    result = link_plain(index, text)
    return any(c.via.startswith(("name", "project alias")) for c in result.candidates)


def _linked(index: Index, mention: str, uid: int, score: float, via: str) -> Link:
    r = index.institutions[uid]
    cand = Candidate(uid, r["slug"], r["name"], r["city"], r["state"], score, via)
    return Link(mention, uid, r["slug"], r["name"], score, False, via, [cand])


def _ambiguous(index: Index, mention: str, uids: set[int], score: float, via: str) -> Link:
    cands = [Candidate(u, index.institutions[u]["slug"], index.institutions[u]["name"],
                       index.institutions[u]["city"], index.institutions[u]["state"], score, via)
             for u in sorted(uids)[:MAX_CANDIDATES]]
    return Link(mention, None, None, None, score, True, None, cands)


def _names_several(index: Index, result: Link, run: str) -> bool:
    """An ambiguous answer for a run that is a name (not a town, a state or loose words)."""
    key = normalize(run)
    return (result.ambiguous and key not in index.cities and key not in STATES
            and key.split()[0] not in ("city", "county", "state")
            and all(not c.via.startswith(_WEAK) for c in result.candidates))


def _search_forms(index: Index, reading: name_forms.Reading, state, city,
                  runs: bool = True) -> tuple[Link | None, Link | None]:
    """(the first strong link over the peeled forms and, when ``runs``, the runs inside them; the
    first ambiguous answer)."""
    ambiguous = None
    for form in reading.forms[1:]:
        if reading.police and _is_town(index, form.text):
            continue
        result = link_plain(index, form.text, state, city)
        if _strong(result, form.text, whole=True):
            return _as(form.text, result, form.how), ambiguous
        if result.ambiguous and ambiguous is None:
            ambiguous = result
    seen = set()
    for form in reading.forms if runs else ():
        blocked: list[tuple[int, int]] = []  # runs that name several institutions ("Penn State University")
        for start, end, run in name_forms.spans(form.text):
            if any(b <= start and end <= e for b, e in blocked):
                continue  # "Penn" inside it is not another name
            if run in seen or (reading.police and _is_town(index, run)):
                continue
            seen.add(run)
            result = link_plain(index, run, state, city)
            if _strong(result, run, whole=False):
                return _as(run, result, f"the name inside {form.text!r}"), ambiguous
            if result.ambiguous and len(run.split()) > 1:
                blocked.append((start, end))
            if (start == 0 and ambiguous is None and _names_several(index, result, run)
                    and not (reading.police and not name_forms.INSTITUTION_WORD.search(run))):
                ambiguous = result  # "Rutgers Math": a name that is several campuses, then a sub-unit
    return None, ambiguous


def _initials(index: Index, reading: name_forms.Reading, text: str) -> tuple[list[str], set[str], set[str]]:
    """(the initials to try, in order; those that are part of the mention's, which are taken only
    when the context names their institution: "UIC" of "UICPD", "MSU" of "ASMSU"; those of them
    that make no review item either: "A.S. Council" is no institution's)."""
    out = [reading.initials, reading.police_initials]
    inner, alone = {reading.police_initials}, set()
    bare = name_forms.strip_possessive(text).replace(".", "")
    if " " not in bare and 2 <= len(bare) <= 6 and bare[:1].isupper() and sum(c.isupper() for c in bare) >= 2:
        out.append(bare.replace("&", "").replace("-", "").upper())  # "W&M" is "WM", "U-M" is "UM"
        rest = bare[2:]
        if bare.startswith("AS") and len(rest) >= 2 and rest.isupper() and bare.upper() not in index.acronyms:
            out.append(rest)  # "ASMSU": the Associated Students of MSU
            inner.add(rest)
    head = bare.split()[0] if bare.split() else ""
    if " " in bare and 2 <= len(head) <= 6 and head.isupper() and head.isalpha():
        out.append(head)  # "ASU Senior Associate AD": initials, then an office or a group
        if len(head) == 2:  # "UM Employee-Student Alliance": two letters name too many to take alone
            inner.add(head)
            alone.add(head)
    return [i.upper() for i in dict.fromkeys(out) if i], {i for i in inner if i}, alone


def _shared_initials(index: Index, result: Link, text: str) -> set[int]:
    """For initials that only IPEDS gives one institution ("USF": Saint Francis), every institution
    whose name has those initials; empty when the initials are the project's or no other has them."""
    bare = text.replace(".", "").strip()
    if not (result.via or "").startswith("IPEDS alias") or not bare.isupper() or " " in bare:
        return set()
    def size(uid: int) -> float:
        return float(index.institutions[uid].get("fte_enrollment") or 0)

    # Only a larger institution with the same initials makes them doubtful ("UAB" stays Birmingham).
    others = {u for u in index.acronyms.get(bare, set()) if size(u) > size(result.unitid)}
    return (others | {result.unitid}) if others else set()


def _initials_in_context(index: Index, mention: str, result: Link, text: str, context: str | None,
                         page: str | None) -> Link | None:
    """Initials linked by an alias, read against the sentence (else, when the sentence names none
    of their institutions, the page): another institution with them that is the only one named
    ("MSU" beside "Montana State University"), or a review item when several are named (the page
    names Boise State University and Ball State University: "BSU" is not guessed); None keeps
    the link."""
    bare = text.replace(".", "").strip()
    if not (context or page) or not bare.isupper() or " " in bare:
        return None
    uids = index.acronyms.get(bare, set()) | {result.unitid}
    named = named_in(index, uids, f" {normalize(context)} ") if context else set()
    where = "the sentence names it"
    if not named:
        named, where = named_on_page(index, uids, page), PAGE
    one = one_of(index, named)
    if one is None and named:
        return _ambiguous(index, mention, named, SCORE_INITIALS, f"initials {bare}; several with them are named")
    if one is not None and one != result.unitid and result.unitid not in named:
        return _linked(index, mention, one, SCORE_CONTEXT, f"initials {bare}; {where}")
    return None


def _by_page(index: Index, uids: set[int], page: str | None, mention: str = "") -> tuple[int, str] | None:
    """The one candidate the page's title and earlier text name, with how; else None. When the
    mention is initials, every institution with them counts: a page naming Boise State University
    and Ball State University picks neither for "BSU", though only one is a candidate."""
    if not page:
        return None
    bare = name_forms.strip_possessive(mention).replace(".", "").strip()
    rivals = index.acronyms.get(bare, set()) if bare.isupper() and " " not in bare else set()
    uid = one_named(index, uids | rivals, page)
    return (uid, PAGE) if uid in uids else None


def _described(index: Index, mention: str, text: str, context: str | None, page: str | None,
               state: str | None) -> Link | None:
    """"The Big Ten university" after a sentence naming it: the one institution of its kind
    (a university, a college) in the description's state that the page and the sentence name;
    several such make a review item; none leave the mention to the other rules."""
    head = _DESCRIPTION.match(text).group(1).lower()
    named = institutions_in(index, page) | institutions_in(index, normalize(context or ""))
    states = {STATES[w] for w in _state_words(text)} | ({state} if state else set())
    kind = {u for u in named if head not in ("university", "college")
            or head in normalize(index.institutions[u]["name"]).split()}
    there = {u for u in kind if not states or index.institutions[u]["state"].upper() in states}
    if not there:
        return None
    one = one_of(index, there)
    if one is not None:
        return _linked(index, mention, one, SCORE_CONTEXT, DESCRIBED)
    return _ambiguous(index, mention, there, SCORE_INITIALS, f"{DESCRIBED}; several are")


def _state_words(text: str) -> list[str]:
    key = f" {normalize(text)} "
    return [name for name in STATES if f" {name} " in key]


def _by_place(index: Index, uids: set[int], places: tuple[str, str], page: str | None) -> tuple[int, str] | None:
    """Initials whose holders the sentence and page leave one of by town or state ("WSU" under a
    title about Pullman); several holders placed, or none, decide nothing. Only where the page
    names none of them by name: a page naming Boise State and Ball State leaves "BSU" to review."""
    uid = placed(index, uids, *places) if uids and len(uids) <= MAX_PLACED else None
    if uid is None or named_on_page(index, uids, page):
        return None
    return uid, "the sentence or page names its town or state"


def _system_campus(index: Index, text: str, ctx: str | None, state, city, only: bool = False) -> Link | None:
    """'Altoona' in a sentence (``ctx``, normalized) about Penn State: a member of a system it names
    (with ``only``, when the systems it names give one such member, not two)."""
    if not ctx or not ctx.strip() or name_forms.INSTITUTION_WORD.search(text):
        return None
    found: dict[int, Link] = {}
    for key in index.systems:
        if has_key(ctx, key):
            result = link_plain(index, f"{key} {text}", state, city)
            if result.unitid is not None and result.unitid in index.systems[key]:
                if not only:
                    return result
                found[result.unitid] = result
    return next(iter(found.values())) if len(found) == 1 else None


def spellings(index: Index, text: str, most: int = 4) -> list[str]:
    """The mention with each word that no name holds replaced by the name words one edit away (two
    for long words); a word far more common in names than the others wins ("univeristy" ->
    "university", not the typo "univerisity" one IPEDS name has). At most ``most`` spellings."""
    out = [[]]
    for w in normalize(text).split():
        options = [w]
        if len(w) >= 5 and w.isalpha() and w not in index.vocabulary_set:  # 'ucla2' is no typo
            limit = 1 if len(w) < 9 else 2
            hits = process.extract(w, index.vocabulary, scorer=DamerauLevenshtein.distance,
                                   score_cutoff=limit, limit=5)
            if hits:
                best = min(h[1] for h in hits)
                near = [h[0] for h in hits if h[1] == best]
                freq = {n: len(index.words.get(n, ())) for n in near}
                top = max(freq.values())
                options = [n for n in near if freq[n] * 10 >= top] or near
        out = [o + [x] for o in out for x in options][:most]
    return [" ".join(o) for o in out if " ".join(o) != normalize(text)]


def resolve(index: Index, mention: str, state: str | None = None, city: str | None = None,
            context: str | None = None, title: str | None = None, before: str | None = None) -> Link:
    """The answer for one mention; ``title`` and ``before`` are the page's title and its text before
    the sentence (``context``)."""
    return _resolve(index, mention, state, city, context, page_text(title, before),
                    place_text(context, title, before))


def _resolve(index: Index, mention: str, state: str | None, city: str | None, context: str | None,
             page: str | None, places: tuple[str, str] = ("", ""), _spelled: bool = False) -> Link:
    reading = name_forms.read(mention)
    for piece in reading.parenthesised:
        state = state or _state_code(piece)
    state = _state_code(state) or (state.strip().upper() if state else None)
    state = state or _state_code(reading.state)
    if not reading.forms:
        return _none(mention, None)
    own = _STATES_OWN.match(reading.forms[0].text)
    if own and state and not _spelled:
        # "the state's community college system" in CA names California's system, to review; any
        # other reading ("Georgia university" in "the state's university system") is not taken.
        system = link_plain(index, f"{_state_name_of(state)} {own.group(1)}", state, city)
        if system.ambiguous and all(c.via.startswith("member of the system") for c in system.candidates):
            return replace(system, mention=mention)
    first_text = reading.forms[0].text
    if index.abroad and any(normalize(f.text) in index.abroad.names for f in reading.forms):
        return _none(mention, OUTSIDE_US)
    if _town_among_towns(index, first_text, context):
        return _none(mention, TOWN)
    first = link_plain(index, first_text, state, city)
    if _strong(first, first_text, whole=True) and not (first.via or "").startswith(_PREFIX):
        read = _initials_in_context(index, mention, first, first_text, context, page)
        if read is not None:
            return read
        shared = _shared_initials(index, first, first_text)
        if not shared:
            return _as(mention, first)
        pick = (_by_context(index, shared, context, state, city, use_city=False)
                or _by_page(index, shared, page, first_text) or _by_place(index, shared, places, page))
        if pick:
            return _linked(index, mention, pick[0], SCORE_CONTEXT, f"initials {first_text}; {pick[1]}")
        return _ambiguous(index, mention, shared, SCORE_INITIALS, f"initials {first_text} of several names")
    keys = [normalize(f.text) for f in reading.forms]
    if any(named_abroad(index.abroad, k) for k in keys):
        return _none(mention, OUTSIDE_US)
    if reading.k12:
        return _none(mention, "a K-12 school")
    if reading.publication and not _strong(first, first_text, whole=True):
        return _none(mention, PUBLICATION)
    if _DESCRIPTION.match(first_text) and not _strong(first, first_text, whole=True):
        described = _described(index, mention, first_text, context, page, state)
        if described is not None:
            return described
    members = _list(index, first_text, state, city, context, page, places)
    if members is not None:
        return _list_answer(index, mention, members)
    if _strong(first, first_text, whole=True):
        return _as(mention, first)
    # A whole name that could be several institutions ("Penn State University") is not searched
    # for shorter names inside it ("Penn").
    found, ambiguous = _search_forms(index, reading, state, city, runs=not first.ambiguous)
    if found:  # "MSU Police Department" in a sentence naming Montana State University
        return _initials_in_context(index, mention, found, found.mention, context, page) or _as(mention, found)
    campus = _system_campus(index, first_text, f" {normalize(context or '')} ", state, city)
    if campus:
        return _as(mention, campus, "its system is named in the sentence")
    campus = _system_campus(index, first_text, page, state, city, only=True)
    if campus:  # "Altoona" in an article about Penn State
        return _as(mention, campus, "its system is named on the page")
    if first.unitid is not None:
        return _as(mention, first)
    ambiguous = first if first.ambiguous else ambiguous
    tried, inner, alone = _initials(index, reading, first_text)
    for initials in tried:
        result = link_plain(index, initials, state, city)
        if _strong(result, initials, whole=True) and initials not in inner:
            return (_initials_in_context(index, mention, result, initials, context, page)
                    or _as(mention, result, f"initials {initials}"))
        uids = set(index.acronyms.get(initials, ())) | {c.unitid for c in result.candidates}
        if ambiguous is not None and ambiguous.candidates and initials in (reading.initials, reading.police_initials):
            agree = {c.unitid for c in ambiguous.candidates} & uids
            if len(agree) == 1:
                uid = next(iter(agree))
                return _linked(index, mention, uid, SCORE_CONTEXT, f"the name and its initials {initials} agree")
        pick = (_by_context(index, uids, context, state, city, use_city=False) or _by_page(index, uids, page)
                or (None if initials in inner - {reading.police_initials} else _by_place(index, uids, places, page)))
        if pick:
            return _linked(index, mention, pick[0], SCORE_CONTEXT, f"initials {initials}; {pick[1]}")
        if uids and ambiguous is None and initials not in alone:  # a given state keeps only the candidates there
            there = {u for u in uids if state and index.institutions[u]["state"].upper() == state}
            ambiguous = _ambiguous(index, mention, there or uids, SCORE_INITIALS, f"initials {initials}")
    picked = (ambiguous, _pick(index, ambiguous, context, state, city, page)) if ambiguous and ambiguous.candidates else None
    if picked and picked[1] is None:
        uid = _flagship(index, mention, ambiguous, state)
        if uid is not None:
            return _linked(index, mention, uid, SCORE_FLAGSHIP, FLAGSHIP)
    if not _spelled and not first_text.replace(".", "").isupper():
        results = [_resolve(index, t, state, city, context, page, places, _spelled=True)
                   for t in spellings(index, first_text)]
        # A spelling counts when it names the institution whole ("Carnegie Elon University" only
        # holds "Elon University" inside it).
        results = [r for r in results if "the name inside" not in (r.via or "")]
        linked = {r.unitid for r in results if r.unitid is not None}
        if len(linked) == 1:
            result = next(r for r in results if r.unitid is not None)
            return _as(mention, result, "spelling corrected", SPELLING_PENALTY)
        if ambiguous is None and results and all(r.ambiguous for r in results):
            ambiguous = results[0]
    if ambiguous is not None and ambiguous.candidates:
        pick = picked[1] if picked and picked[0] is ambiguous else _pick(index, ambiguous, context, state, city, page)
        if pick:
            return _linked(index, mention, pick[0], SCORE_CONTEXT, pick[1])
        return _undecided(index, mention, ambiguous, context, state, page)
    return _as(mention, first)


def _pick(index: Index, ambiguous: Link, context, state, city, page=None) -> tuple[int, str] | None:
    """The candidate the sentence, state or city points at, else the one the page names (never
    for a system: a page about one campus does not make "CUNY" or "the University of California"
    that campus)."""
    if any(c.via.startswith("member of the system") for c in ambiguous.candidates):
        return None
    uids = {c.unitid for c in ambiguous.candidates}
    pick = _by_context(index, uids, context, state, city) or _by_page(index, uids, page, ambiguous.mention)
    key = re.sub(r" systems?$", "", normalize(name_forms.strip_possessive(ambiguous.mention))) if pick else ""
    return None if key in index.systems else pick


def _flagship(index: Index, mention: str, ambiguous: Link, state: str | None) -> int | None:
    """The flagship of the candidates (those in the given state, when any are). Initials are
    many-valued ("ICE" is no campus of the Institute of Culinary Education): they take the rule only
    when a given state leaves one family ("ASU" in AZ: Arizona State's campuses)."""
    if normalize(mention).endswith((" system", " systems")) or any(c.via == LIST for c in ambiguous.candidates):
        return None
    uids = {c.unitid for c in ambiguous.candidates}
    there = {u for u in uids if index.institutions[u]["state"].upper() == (state or "")}
    if any(c.via.startswith("initials") for c in ambiguous.candidates):
        return flagship(index, there) if there else None
    return flagship(index, there or uids)


def _undecided(index: Index, mention: str, ambiguous: Link, context: str | None, state: str | None,
               page: str | None = None) -> Link:
    """An ambiguous answer's last chances: the flagship rule, then a place outside the US."""
    uids = {c.unitid for c in ambiguous.candidates}
    uid = _flagship(index, mention, ambiguous, state)
    if uid is not None:
        return _linked(index, mention, uid, SCORE_FLAGSHIP, FLAGSHIP)
    key = normalize(name_forms.strip_possessive(mention))
    if all(c.via.startswith(_WEAK) for c in ambiguous.candidates) and short_abroad(index.abroad, key):
        return _none(mention, OUTSIDE_US)
    sentence_abroad = placed_abroad(index.abroad, context)
    if sentence_abroad or (page and placed_abroad(index.abroad, page)):
        # A candidate's town or state in the sentence (else on the page) keeps it a US candidate.
        if not _places_a_candidate(index, uids, context):
            if sentence_abroad:
                return _none(mention, f"{OUTSIDE_US}: the sentence places it there")
            if not _places_a_candidate(index, uids, page):
                return _none(mention, f"{OUTSIDE_US}: the page places it there")
    return _as(mention, ambiguous)


def _places_a_candidate(index: Index, uids: set[int], text: str | None) -> bool:
    ctx = f" {normalize(text or '')} "
    return any(has_key(ctx, normalize(index.institutions[u]["city"])) or has_key(ctx, normalize(_state_name(index, u)))
               for u in uids)


def _state_name(index: Index, uid: int) -> str:
    return _state_name_of(index.institutions[uid]["state"])


def _state_name_of(code: str) -> str:
    return STATE_NAMES.get(code.upper(), code.upper())


def _list(index: Index, text: str, state, city, context, page=None, places=("", "")) -> list[Link] | None:
    """Each member's answer when ``text`` is a list ("A, B and C", or "A and B" naming two), else None."""
    members, commas = name_forms.list_members(text)
    if len(members) < 2:
        return None
    if len(members) >= 3 and commas:
        return [_resolve(index, m, state, city, context, page, places) for m in members]
    # Two names joined by "and" only when each is a name by itself ("Harvard and MIT"), not for
    # "Georgetown Law Center on Privacy and Technology".
    by_name = ("name", "project alias", "IPEDS alias", "website", "domain", "main campus of")
    results = [link_plain(index, m, state, city) for m in members]
    return results if all(r.unitid is not None and (r.via or "").startswith(by_name) for r in results) else None


def _list_answer(index: Index, mention: str, members: list[Link]) -> Link:
    """A list names several institutions: ambiguous, with each member's institution as a candidate."""
    uids = {r.unitid for r in members if r.unitid is not None}
    uids |= {c.unitid for r in members if r.ambiguous for c in r.candidates}
    if not uids:
        return _none(mention, None)
    return _ambiguous(index, mention, uids, max(r.score for r in members), LIST)


def resolve_members(index: Index, mention: str, state: str | None = None, city: str | None = None,
                    context: str | None = None, title: str | None = None, before: str | None = None) -> list[Link]:
    """One answer per member of a list ("Microsoft, Stanford University and others"); the mention
    itself, answered by ``resolve``, when it is no list."""
    text = name_forms.read(mention).forms[0].text if mention.strip() else ""
    page, places = page_text(title, before), place_text(context, title, before)
    whole = _resolve(index, mention, state, city, context, page, places)
    if not (whole.ambiguous and whole.candidates and whole.candidates[0].via == LIST):
        return [whole]
    return _list(index, text, state, city, context, page, places) or [whole]
