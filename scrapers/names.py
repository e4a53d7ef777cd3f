"""Institution names in free text (news sentences, vendor pages), linked with ``scorecard.link``.

A *candidate* is a run of capitalized words, joined by the small words names contain ("of",
"the", "and", "at", "for", "de", "la"), that either holds an institution word (University,
College, Institute, ...) or is, as a whole, one of the project's short names or a system's
("UCLA", "Georgia Tech", "Penn State"). A run is linked whole first; failing that its parts around
"and" and then its shorter spans, longest first, so "Officials at Carnegie Mellon University" and
"Harvard University and Boston University" find their institutions. A run holding an institution
word that nothing links is reported as unmatched; one the linker cannot decide, as ambiguous.
The page's title and its text before the sentence (``title``, ``before``) let initials the
sentence leaves open ("OCC") be the institution the page names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from scorecard.flagship import flagship
from scorecard.link import ACCEPT, STATES, Index, Link, link, link_plain, normalize
from scorecard.resolve import OUTSIDE_US

INSTITUTION_WORD = re.compile(r"^(University|College|Institute|Polytechnic|Academy|Conservatory|Seminary)$")
CONNECTORS = {"of", "the", "and", "&", "at", "for", "de", "la", "del"}
SPLITTERS = {"and", "&"}
_TOKEN = re.compile(r"[A-Za-z][\w.&-]*(?:['\u2019][A-Za-z]+)?|[^\sA-Za-z]")
_STATE_WORDS = set(STATES)
MAX_RUN = 14
SUB_UNIT_WORDS = {"law", "school", "center", "centre", "lab", "laboratory", "police", "pd", "department",
                  "medicine", "medical", "library", "dining", "athletics", "senate", "clinic"}
ACADEMIC_WORDS = {"law", "school", "medicine", "medical", "lab", "laboratory", "athletics", "clinic"}
PUBLIC_WORDS = {"public", "city", "county", "town", "municipal"}


@dataclass
class Named:
    """A name found in a text and what the linker made of it."""
    text: str
    link: Link

    @property
    def linked(self) -> bool:
        return self.link.unitid is not None


def _strip(token: str) -> str:
    token = re.sub(r"['\u2019]s$", "", token)  # possessive
    return token.rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", token) else token


def _capitalized(token: str) -> bool:
    return token[:1].isupper()


def runs(text: str) -> list[list[str]]:
    """Runs of capitalized words, joined by connectors, never across punctuation."""
    out, current, pending = [], [], []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if tok[:1].isalpha() and _capitalized(tok) and not (not current and tok.lower() in CONNECTORS):
            current += pending + [_strip(tok)]
            pending = []
            if tok.endswith(("'s", "\u2019s")) or (tok.endswith(".") and not re.fullmatch(r"[A-Z][a-z]?\.", tok)):
                out.append(current)
                current = []
        elif current and tok.lower() in CONNECTORS:
            pending.append(tok.lower())
        else:
            if current:
                out.append(current)
            current, pending = [], []
    if current:
        out.append(current)
    return [r[:MAX_RUN] for r in out]


def _has_institution_word(tokens: list[str]) -> bool:
    return any(INSTITUTION_WORD.match(t) for t in tokens)


def _short_name(index: Index, tokens: list[str]) -> bool:
    """A whole run that is a project alias, an IPEDS acronym or a system's short name."""
    key = normalize(" ".join(tokens))
    if not key or key in _STATE_WORDS:
        return False
    if key in index.systems and not _has_institution_word(tokens):
        return True
    hits = index.keys.get(key, {})
    if any("project alias" in how for _, how in hits.values()):
        return True
    if len(tokens) == 1 and len(hits) > 1 and flagship(index, hits) is not None:
        return True  # "Rutgers": the alias of several campuses, said of the flagship
    return len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) >= 2 and bool(hits)


def _resolved(result: Link) -> bool:
    return result.unitid is not None or result.ambiguous


def _spans(tokens: list[str]):
    n = len(tokens)
    for size in range(n - 1, 0, -1):
        for start in range(0, n - size + 1):
            span = tokens[start:start + size]
            if span[0] in CONNECTORS or span[-1] in CONNECTORS:
                continue
            yield start, start + size


def resolve(index: Index, tokens: list[str], context: str | None = None, page: dict | None = None) -> list[Named]:
    """The institutions a run of words names (linked or ambiguous), or the run as unmatched.

    The run and its parts are looked up as written first; a run nothing matches that way is read
    as real text writes names (police departments, initials, spelling, the sentence and ``page``,
    its title and earlier text, as context). Initials are always read so: "MSU" on a page about
    Montana State University is not the project's MSU.
    """
    page = page or {}
    named_here = _has_institution_word(tokens)
    if not tokens:
        return []
    text = " ".join(tokens)
    if not (named_here or _short_name(index, tokens)):
        return _sub_unit(index, tokens, context, page)
    whole = link_plain(index, text)
    initials = len(tokens) == 1 and tokens[0].isupper()
    if whole.ambiguous or initials:
        # the sentence, the page, the flagship rule or a place abroad may still decide it; initials
        # the linker finds doubtful ("USF") stay doubtful
        read = link(index, text, context=context, **page)
        if read.unitid is not None or (initials and read.ambiguous):
            return [Named(text, read)]
        if (read.via or "").startswith(OUTSIDE_US):
            return []
    if _resolved(whole):
        return [Named(text, whole)]
    if any(t in SPLITTERS for t in tokens):
        parts, part = [], []
        for t in tokens + ["and"]:
            if t in SPLITTERS:
                parts.append(part)
                part = []
            else:
                part.append(t)
        found = [n for p in parts for n in resolve(index, p, context, page)]
        if any(_resolved(n.link) for n in found):
            return found
    for start, end in _spans(tokens):
        span = tokens[start:end]
        if not (_has_institution_word(span) or _short_name(index, span)):
            continue
        result = link_plain(index, " ".join(span))
        if _resolved(result):
            return (resolve(index, tokens[:start], context, page) + [Named(" ".join(span), result)]
                    + resolve(index, tokens[end:], context, page))
    read = link(index, text, context=context, **page)
    if _resolved(read):
        return [Named(text, read)]
    if read.via == OUTSIDE_US:
        return []  # decided: the scorecard covers none of them, so nothing to report
    return [Named(text, whole)] if named_here else []


def _sub_unit(index: Index, tokens: list[str], context: str | None, page: dict) -> list[Named]:
    """'Georgetown Law Center on Privacy and Technology', 'Duke Police': a run with no institution
    word but a sub-unit word, linked only when the linker finds the institution by peeling it."""
    words = [t.lower() for t in tokens]
    if len(tokens) < 2 or not SUB_UNIT_WORDS & set(words) or PUBLIC_WORDS & set(words):
        return []
    head = next(i for i, w in enumerate(words) if w in SUB_UNIT_WORDS)
    if normalize(" ".join(tokens[:head])) in index.cities and not ACADEMIC_WORDS & set(words):
        return []  # "Berkeley Police", "Princeton Library": the town's, not the college's
    text = " ".join(tokens)
    read = link(index, text, context=context, **page)
    return [Named(text, read)] if read.unitid is not None and ";" in (read.via or "") else []


def find_names(index: Index, text: str, title: str | None = None, before: str | None = None) -> list[Named]:
    """Every institution name in ``text``, in order, each once (``title`` and ``before``: the page's
    title and its text before ``text``)."""
    out, seen = [], set()
    page = {"title": title, "before": before}
    for run in runs(text):
        for named in resolve(index, run, context=text, page=page):
            if named.text not in seen:
                seen.add(named.text)
                out.append(named)
    return out


def text_before(text: str, sentence: str) -> str:
    """A page's text before its first ``sentence`` (empty when the sentence is not found): the
    earlier text the linker reads initials with."""
    at = text.find(sentence)
    return text[:at] if at > 0 else ""


def accepted(named: Named, min_score: float = ACCEPT) -> bool:
    """Linked to one institution, not ambiguous, with at least ``min_score``."""
    return named.link.unitid is not None and not named.link.ambiguous and named.link.score >= min_score


def mention_dict(named: Named, **where) -> dict:
    """A name for a summary: what was written, where, and the candidates when there are any."""
    return {"name": named.text, **where, "score": named.link.score,
            "candidates": [{"unitid": c.unitid, "name": c.name, "state": c.state, "score": c.score}
                           for c in named.link.candidates[:5]]}
