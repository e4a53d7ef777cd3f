"""Institution names in a sentence, read as the actor they are before the stance rules see the words.

Writers name a campus in many forms ("University of California, Los Angeles", "the University of
Miami Police Department (UMPD)", "UCLA", "CU Colorado Springs"). Left as words, such a name
looks like a city ("Los Angeles", "Miami") or an advocacy group, and the sentence is thrown away
as another actor's business. Each name is replaced by "the university" (or, for a campus abroad,
"a university abroad", an outsider), so the rules read who acts, not which words the name holds.
The word lists live in ``stance_lexicon.json`` under "names".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .classify_text import Term, raw_lexicon

OWN = "the university"
ABROAD = "a university abroad"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str], re.Pattern]:
    raw = raw_lexicon()["names"]
    word = r"[A-Z][A-Za-z.&'-]*"
    heads = "|".join(raw["heads"])
    units = "|".join(raw["units"])
    # "Arizona State University", "University of California, Los Angeles", "Boston College Police Department"
    name = re.compile(
        rf"(?:\bthe\s+)?(?:\b(?:{word})\s+){{0,4}}\b(?:{heads})\b"
        rf"(?:\s+(?:of|at)\s+(?:the\s+)?{word}(?:\s+{word})*(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[\s'.,;:)]|$))?)?"
        rf"(?:\s+(?:{units}))?(?:'s)?(?:\s+\([A-Z][A-Za-z]{{1,7}}\))?")
    name = re.compile(f"{name.pattern}|{raw['state_schools']}")
    acronym = re.compile(r"\b[A-Z][A-Za-z]{0,2}[A-Z]{1,5}\b(?:'s)?")
    # the lookahead on first letters skips the positions where no place can start, fast
    firsts = "".join(sorted({re.sub(r"^\(\?<=[^)]*\)", "", p)[0] for p in raw["abroad"]}))
    abroad = re.compile(rf"\b(?=[{re.escape(firsts)}])(?:" + "|".join(raw["abroad"]) + r")\b")
    return name, acronym, frozenset(raw["not_institutions"]), abroad


def _is_institution_acronym(token: str, not_institutions: frozenset[str]) -> bool:
    """'UCLA', 'UMPD', 'ASU', 'UConn' are campuses; 'FBI', 'ACLU', 'CNET' are not."""
    word = token.removesuffix("'s")
    if word in not_institutions or len(word) < 2 or sum(c.isupper() for c in word) < 2:
        return False
    return "U" in word or word in ("MIT", "RPI", "CMU", "WPI")  # "UMPD" yes; "SDPD", a city's, no


_PLACED = re.compile(r",?\s+(?:in|of)\s+(?:(?:the\s+)?(?:north|south|east|west)(?:ern)?\s+|central\s+)?")


def _placed_abroad(after: str, abroad: re.Pattern) -> bool:
    """'Kingsway University in Melbourne', 'X University, in northern England': a name placed abroad."""
    place = _PLACED.match(after)
    return bool(place) and bool(abroad.match(after, place.end()))


def _spans(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each institution name, in order, never overlapping."""
    name, acronym, not_institutions, abroad = _patterns()
    spans = []
    for m in name.finditer(sentence):
        text = m.group()
        possessive = "'s" if text.endswith("'s") or "'s (" in text else ""
        away = abroad.search(text) or _placed_abroad(sentence[m.end():], abroad)
        spans.append((m.start(), m.end(), (ABROAD if away else OWN) + possessive))
    for m in acronym.finditer(sentence):
        if _is_institution_acronym(m.group(), not_institutions) and not any(s <= m.start() < e for s, e, _ in spans):
            spans.append((m.start(), m.end(), OWN + ("'s" if m.group().endswith("'s") else "")))
    return sorted(spans)


def neutralise(sentence: str, terms: list[Term]) -> tuple[str, list[Term]]:
    """The sentence with each institution name replaced by the actor it stands for, and the mentions moved with it.

    A mention inside a name ("the Face Recognition Institute") keeps the name: the mention wins.
    """
    spans = [s for s in _spans(sentence) if not any(t.start < s[1] and s[0] < t.end for t in terms)]
    if not spans:
        return sentence, terms
    parts, last = [], 0
    for start, end, text in spans:
        parts += [sentence[last:start], text]
        last = end
    parts.append(sentence[last:])
    moved = []
    for t in terms:
        shift = sum(len(text) - (end - start) for start, end, text in spans if end <= t.start)
        moved.append(replace(t, start=t.start + shift, end=t.end + shift))
    return "".join(parts), moved


def names_an_institution(sentence: str) -> bool:
    """Whether the sentence names a US college or university (a campus abroad does not count)."""
    return any(text.startswith(OWN) for _, _, text in _spans(sentence))


def abroad(sentence: str) -> bool:
    """Whether the sentence places its campus abroad and names no US institution."""
    return bool(_patterns()[3].search(sentence)) and not names_an_institution(sentence)
