"""One sentence: which cues fire, whose use they speak of, and the stance they support.

The masked sentence ("does not use frt") is matched against the lexicon's categories in order; a
matched span is masked so "no plans to" is read once, as a commitment. Negation, modality and the
words before a cue flag it negated or hypothetical; the actor before the first cue (the
institution or an outsider) decides whether the cues count; the decision procedure then reads
the remaining cues, strongest evidence first.

How one sentence is decided, in order: steps 1-5 here (look-alikes, names, cues with their
negation, modality and tense, whose cues they are, context words), then the decision table
``scorecard.classify_decision.DECISION`` (ordered rows over the remaining cues: stopped use,
use, plans, commitments, denials, vague statements; the first row that applies answers and its
cue is named), then, when no row applies, the learned fallback (scorecard.classify_learned).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .classify_context import look_alike
from .classify_decision import decide, facts
from .classify_learned import _weak
from .classify_names import OWN, abroad, names_an_institution, neutralise
from .classify_text import Term, _Category, _masked, find_mentions, lexicon, raw_lexicon


@dataclass(frozen=True)
class Mention:
    """One sentence that mentions facial recognition, read on its own."""

    sentence: str
    stance: str
    confidence: float
    cue: str
    term: str
    features: tuple[str, ...] = ()  # what set the calibrated confidence (scorecard.classify_confidence)
    rule_confidence: float | None = None  # the rules' own score, before calibration


# ---------------------------------------------------------------------------- one sentence

_NEGATORS = {"not", "never", "no", "without", "nor", "neither", "cannot", "none"}
_IRREALIS = {"whether", "if", "would", "could", "might", "may", "should", "can", "asked", "how", "to", "will"}
_GOVERNING = {"proposed", "proposing", "propose", "proposes", "proposal", "considering", "considered", "consider",
              "plans", "planned", "planning", "weighing", "exploring", "evaluating", "about", "against", "opposing",
              "opposed", "oppose", "ban", "bans", "banned", "banning", "prohibits", "prohibited", "prohibiting", "stop",
              "stopped", "avoid", "avoids", "without", "from", "of", "on", "instead", "begin", "start", "recommended"}
_POSSIBLY = re.compile(r"\b(?:possible|possibly|perhaps|maybe|conceivabl[ey])\b")
_MODALS = {"would", "could", "might", "may"}
_QUESTION = {"whether", "if", "asked", "asking", "how", "feared", "fear", "fears", "worried", "worry", "worries", "wondered", "suspect", "suspected"}
_DETERMINERS = {"the", "a", "an", "any", "its", "their", "our", "his", "her", "of", "for", "in", "no", "such", "this",
                "that", "future", "potential", "possible", "eventual", "widespread", "expanded", "proposed", "planned",
                "limited"}
_CLAUSE_BREAK = {"but", "while", "although", "though", "whereas", "however", "yet"}
_NEGATABLE = {"plan or procurement", "use now", "use in the past, not said to have stopped", "use that stopped"}
_WEAK_CONTEXT = ("opinion", "news about others")
_NOT_A_SYSTEM = re.compile(r"\b(?:polic(?:y|ies)|rules?|ban|resolution|guidelines|prohibition|moratorium|statement|"
                           r"pledge|letter|laws?|decision|determination|position|stance|editorials?|articles?|story|stories|op-eds?|"
                           r"columns?|essays?|reports?)\b")
_UNGUARDED = ("now ", "continu", "keep", "still ")  # "will continue to use" reports use
_INTERNAL = re.compile(r"police|officials?|administrat|president|chancellor|provost|dean|department|office|board|"
                       r"trustees|regents|security|safety")
_OWN = re.compile(r"(?:university's|college's|school's|institute's|campus's|its|our) (?:[^ ]+ ){0,2}frt")


@dataclass
class _Hit:
    category: _Category
    text: str
    start: int
    negated: bool = False
    hypothetical: bool = False


def _preceding_words(text: str, start: int, n: int = 4) -> list[str]:
    """The last few words before `start` in the same clause, nearest first."""
    words = []
    for w in reversed(text[:start].split()[-8:]):
        if w[-1] in ",;:" or w in _CLAUSE_BREAK:
            break
        words.append(w)
    return words[:n]


def _not_a_report_of_use(matched: str, before: list[str]) -> bool:
    """'plans to use', 'asked whether it uses', 'the use of': a use verb that reports no use."""
    if not before or matched.startswith(_UNGUARDED):
        return False
    return (before[0] in _IRREALIS or bool(_IRREALIS & set(before[:2]) - {"to", "will"})
            or bool(_QUESTION & set(before)) or before[0] in _GOVERNING
            or (matched.startswith("use ") and before[0] in _DETERMINERS))


def _noun_use(matched: str, before: list[str]) -> bool:
    """'Use of facial recognition may be considered': a sentence-initial noun, not a verb."""
    return not before and matched.startswith("use of ")


def _hit(cat: _Category, m: re.Match, masked: str) -> _Hit | None:
    """A match as a cue, flagged negated or hypothetical by the words before it; None to drop it."""
    hit = _Hit(cat, m.group(), m.start())
    if cat.stance in ("using", "not_using") and _NOT_A_SYSTEM.search(hit.text):
        return None  # "adopted a policy stating that frt ...": the object is a text, not a system
    if cat.name in _NEGATABLE:
        before = _preceding_words(masked, m.start())
        if _NEGATORS & set(before[:3]):
            hit.negated = True
        elif cat.stance == "planning" and (_MODALS & set(before[:4]) or _POSSIBLY.search(masked[:m.start()])):
            hit.hypothetical = True  # "would evaluate it if the need arose"
        elif cat.stance == "using" and (_not_a_report_of_use(hit.text, before) or _noun_use(hit.text, before)):
            return None
    return hit


def _hits(masked: str) -> list[_Hit]:
    """Every category match, in lexicon order; stance cues mask what they matched.

    Negation is looked for in the unmasked sentence, so "opted not to include" stays negated
    after "opted not to" has been read as a commitment.
    """
    hits: list[_Hit] = []
    text = masked
    for cat in lexicon().categories:
        found = [h for h in (_hit(cat, m, masked) for m in cat.regex.finditer(text)) if h]
        hits += found
        if cat.stance != "unrelated" and not cat.modifier:
            for h in found:
                text = text[:h.start] + "\u00a6" * len(h.text) + text[h.start + len(h.text):]
    return hits


_REPORTING = re.compile(r",|\btold (?:[a-z'.-]+ ){0,4}?(?:that|they|it)\b|\b(?:said|say|says|stated|wrote|writes|noted|"
                        r"notes|added|adds|explained|explains|show|shows|showed|reveal|reveals|revealed|found|indicate|"
                        r"indicates|indicated|reports|reported)\b(?: that)?")


@lru_cache(maxsize=1)
def _framing() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in raw_lexicon()["framing"]["patterns"]))


def _actor(masked: str, first_cue: int) -> tuple[str, str] | None:
    """Who the subject before the first cue is: ("out", "city") for another actor, ("inst", ...) for the institution."""
    zone = _framing().sub(" ", masked[:first_cue])
    actors = lexicon().actors
    # "officials said the city council ...": the actor is the subject after the reporting verb
    pieces = _REPORTING.split(zone)
    if len(pieces) > 1 and not (pieces[-1] or "").strip() and not zone.rstrip().endswith(","):
        return None  # "records show payments to ...": the cue follows the reporting verb directly
    segments = [s for s in pieces if s and s.strip()]
    # "X, across the street from Y, has installed ...": the clause set off by commas is no subject
    nearest = segments[-2:-1] if zone.rstrip().endswith(",") and len(segments) > 1 else segments[-1:]
    for segment in nearest + [zone]:
        m = actors.search(segment)
        if m:
            return ("out", m.group("out")) if m.group("out") else ("inst", m.group("inst"))
    return None


def _cue(hit: _Hit) -> str:
    name = f"hypothetical {hit.category.name}" if hit.hypothetical else hit.category.name
    return f"{name}: {hit.text.strip()}"


def _same_clause(text: str, a: int, b: int) -> bool:
    """Whether nothing between a and b ends a clause (", including ..." continues one)."""
    lo, hi = sorted((a, b))
    return not _CLAUSE_END.search(_CONTINUATION.sub(" ", text[lo:hi]))


_ASKED_ABOUT = re.compile(r"\b(?:questions?|asking|asked|inquir[a-z]+|requests?)\b(?: [^ ]+){0,3} (?:whether|if|about|on)\b")
_CLAUSE_END = re.compile(r"[;:,]|\b(?:but|while|although|though|whereas)\b")
_CONTINUATION = re.compile(r", (?=including|such as|like|among|especially|particularly|in particular)")


class _Cues:
    """The cues of one sentence by category, with the helpers the decision reads them through."""

    def __init__(self, hits: list[_Hit]):
        self.hits = hits

    def keep(self, kept: list[_Hit]) -> None:
        """Drop the stance cues not in `kept` (context cues and modifiers always stay)."""
        self.hits = [h for h in self.hits if h in kept or h.category.stance == "unrelated" or h.category.modifier]

    def first(self, *names: str, negated: bool = False) -> _Hit | None:
        found = [h for h in self.hits if h.category.name in names and h.negated == negated]
        return min(found, key=lambda h: h.start) if found else None

    def stance_hits(self) -> list[_Hit]:
        return [h for h in self.hits if h.category.stance != "unrelated" and not h.category.modifier
                and h.category.name != "non-response"]


def _attributable(masked: str, cues: _Cues) -> tuple[str, float, str] | None:
    """Keep only the cues about the institution's own use; a verdict if nothing else can count.

    An advocacy request ("urged the university to ban it") owns the cues after it in its clause;
    a non-response owns its clause ("did not reply to emails asking whether it uses ..."); another
    actor (a city, retailers, researchers) owns the clause it is the subject of.
    """
    request = min((h for h in cues.hits if h.category.scope_after), key=lambda h: h.start, default=None)
    if request:
        # campus police pressing the administration to approve it is a proposal from within
        asker = _actor(masked, request.start)
        if asker and asker[0] == "inst" and _INTERNAL.search(asker[1]):
            request = None
    kept = [h for h in cues.stance_hits()
            if not (request and h.start > request.start and _same_clause(masked, request.start, h.start))]
    silence = cues.first("non-response")
    if silence:
        asked = _ASKED_ABOUT.search(masked, silence.start)  # "did not respond to questions on whether ..., how ..."
        kept = [h for h in kept if h.start < silence.start or not (
            (asked and h.start > asked.start()) or _same_clause(masked, silence.start, h.start))]
        if not kept:
            return "no_response", silence.category.confidence, _cue(silence)
    first_cue = min((h.start for h in kept), default=len(masked))
    actor = _actor(masked, first_cue)
    if actor and actor[0] == "out" and not cues.first("prohibited by law"):  # "state law bars the university"
        kept = [h for h in kept if not _same_clause(masked, first_cue, h.start)]
        if not kept:
            return "unrelated", 0.75, f"another actor: {actor[1]}"
    cues.keep(kept)
    # Research, teaching and gadgets are never the institution's own use, unless the institution
    # (by name, or its police or offices) is the subject of a stance cue: then "a film",
    # "algorithms", "devices" are words in its own statement. Critics or regulators never outweigh it.
    own_statement = bool(kept) and actor is not None and actor[0] == "inst"
    named = own_statement and (actor[1].startswith(OWN) or bool(_INTERNAL.search(actor[1])))
    context = ((None if named else cues.first("research or teaching", "consumer devices"))
               or (None if own_statement else cues.first(*_WEAK_CONTEXT)))
    if context and not _OWN.search(masked):
        return "unrelated", context.category.confidence, _cue(context)
    if request and not kept:
        return "unrelated", request.category.confidence, _cue(request)
    return None


def _resolve(masked: str, cues: _Cues) -> tuple[str, float, str]:
    """The stance the remaining cues support: the first row of the decision table that applies."""
    conflict = len({h.category.stance for h in cues.stance_hits() if not h.negated}) > 1
    decided = decide(facts(masked, cues, lexicon().qualifier, _same_clause))
    if decided is None:
        return _weak(masked)
    row, hit = decided
    c = hit.category.confidence if row.confidence is None else row.confidence
    return row.stance, round(max(0.3, c - (0.1 if conflict else 0.0)), 2), _cue(hit)


def _decide(masked: str) -> tuple[str, float, str]:
    """Stance, confidence and cue for one sentence already known to mention facial recognition."""
    cues = _Cues(_hits(masked))
    return _attributable(masked, cues) or _resolve(masked, cues)

@lru_cache(maxsize=1)
def _human_checkers() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(raw_lexicon()["names"]["human_checkers"]) + r")\b")


def _human_check(sentence: str, term: Term) -> bool:
    """'Cashiers compare each student's face with the ID photo': a person looks, no software matches."""
    return bool(_human_checkers().search(sentence[:term.start].lower().split(",")[-1]))


_DENIALS = ("not_using", "wont_use", "no_response")
_PRODUCT_KINDS = ("face-recognition vendor", "proctoring with face detection")
_CAMPUS_WORD = re.compile(r"\b(?:universit(?:y|ies)|colleges?|campus(?:es)?|schools?|institute|academy|students?)\b",
                          re.IGNORECASE)


_APPOSITIVE_MAKER = re.compile(r"(?:,| -) (?:an?|the) (?:[\w-]+ ){0,5}(?:company|firm|vendor|maker|provider|startup|service)\b",
                               re.IGNORECASE)


def _vendor_speaking(sentence: str, terms: list[Term]) -> bool:
    """'Proctortrack is an online proctoring program that ...': the product is the subject and no campus is in it."""
    first = terms[0]
    if first.kind not in _PRODUCT_KINDS or sentence[:first.start].strip(" \"'("):
        return False
    if _APPOSITIVE_MAKER.match(sentence, first.end):
        return True  # "Respondus, an online exam proctoring company, will pay ...": the company is the subject
    return not _CAMPUS_WORD.search(sentence) and not names_an_institution(sentence)


def classify_sentence(sentence: str, terms: list[Term] | None = None) -> Mention:
    """One sentence read on its own (`terms` defaults to the mentions it contains)."""
    terms = find_mentions(sentence) if terms is None else terms
    if not terms:
        return Mention(sentence, "unrelated", 0.9, "no facial-recognition mention", "")
    if all(t.kind == "consumer device feature" for t in terms):
        return Mention(sentence, "unrelated", 0.8, "consumer devices: " + terms[0].text, terms[0].text)
    if all(t.kind == "identity verification by face" for t in terms) and _human_check(sentence, terms[0]):
        return Mention(sentence, "unrelated", 0.7, "a person comparing faces, not a system: " + terms[0].text, terms[0].text)
    if all(t.kind == "biometric identification" for t in terms) and look_alike(sentence):
        return Mention(sentence, "unrelated", 0.7, "a look-alike, not a face: " + terms[0].text, terms[0].text)
    if abroad(sentence):
        return Mention(sentence, "unrelated", 0.75, "a campus abroad", terms[0].text)
    if _vendor_speaking(sentence, terms):
        return Mention(sentence, "unrelated", 0.7, "a vendor speaking of its product: " + terms[0].text, terms[0].text)
    named, moved = neutralise(sentence, terms)
    stance, confidence, cue = _decide(_masked(named, moved))
    if all(t.kind == "face detection only" for t in terms) and stance not in _DENIALS:
        # "only detects faces", "watches for a face": finding a face identifies no one
        return Mention(sentence, "unrelated", 0.7, "face detection, not recognition: " + terms[0].text, terms[0].text)
    # A proctoring product or a reference back is a less certain mention than the words themselves.
    if stance != "unrelated" and all(t.kind in ("proctoring with face detection", "anaphora") for t in terms):
        confidence = round(confidence * 0.85, 2)
    return Mention(sentence, stance, confidence, cue, terms[0].text)

