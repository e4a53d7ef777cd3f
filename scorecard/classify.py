"""The stance classifier: from text about facial recognition to a stance, with its reason.

Rules first: every cue lives in ``stance_lexicon.json`` so reviewers can read and extend them,
and every decision names the cue that fired. Only when no rule fires on a sentence that mentions
facial recognition does a small naive Bayes model, trained offline from the project's own
statements (``tests/train_stance_fallback.py``), give a low-confidence answer that names the
words that swayed it. Scrapers, feed importers and the CLI all call
:func:`classify`; readers that only need a yes/no call :func:`mentions_facial_recognition`.

How a sentence is read:

1. Normalise (HTML entities and tags, curly quotes, dashes, odd spaces) and split into sentences.
2. Find the facial-recognition mentions and replace each by the token ``frt`` (with contractions
   expanded), so every cue can be written against one placeholder: "does not use frt".
3. Match the lexicon's categories in order; a matched span is masked, so "no plans to" is read
   once, as a commitment, and never again as a plan. Negation in front of a cue flips or drops it.
4. Decide from which categories fired: context that is not the institution's own use
   (research, other actors, opinion) first, then stopped use, use, plans, commitments, denials,
   vague statements.

A passage takes the strongest evidence among its sentences: evidence of use or plans outweighs
a denial, unless a later sentence says that use or plan ended.
"""

from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources

from .method import STANCES

LEXICON_FILE = "stance_lexicon.json"
FALLBACK_FILE = "stance_fallback.json"  # written by tests/train_stance_fallback.py

# Stance ranks for a passage: the stance with the highest rank wins (red before green before
# yellow; substantive before no_response before unrelated).
PASSAGE_RANK = {"using": 8, "planning": 7, "wont_use": 6, "ended_use": 5, "not_using": 4,
                "might_use": 3, "no_response": 2, "unrelated": 1}


@dataclass(frozen=True)
class Term:
    """A facial-recognition mention found in a sentence: the words, what kind, where."""

    text: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """One sentence that mentions facial recognition, read on its own."""

    sentence: str
    stance: str
    confidence: float
    cue: str
    term: str


@dataclass(frozen=True)
class Passage:
    """A whole text's stance, the sentence and cue that decided it, and every mention."""

    stance: str
    confidence: float
    sentence: str
    cue: str
    mentions: tuple[Mention, ...]

    @property
    def color(self) -> str | None:
        return STANCES[self.stance].color

    def to_dict(self) -> dict:
        return {"stance": self.stance, "color": self.color, "confidence": self.confidence,
                "sentence": self.sentence, "cue": self.cue,
                "mentions": [asdict(m) for m in self.mentions]}


# ---------------------------------------------------------------------------- the lexicon


@dataclass(frozen=True)
class _Category:
    name: str
    stance: str
    confidence: float
    regex: re.Pattern
    modifier: bool  # only modifies other cues (future timing)
    scope_after: bool  # owns the stance cues after it in its clause (advocacy requests)


@dataclass(frozen=True)
class _Lexicon:
    mentions: tuple[tuple[str, re.Pattern], ...]
    categories: tuple[_Category, ...]
    qualifier: re.Pattern
    actors: re.Pattern
    anaphora: tuple[re.Pattern, ...]
    keep_words: frozenset[str]  # mention kinds that are also verbs ("scan their faces")
    never_split: frozenset[str]
    may_end: frozenset[str]
    starters: frozenset[str]


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Apply the lexicon's macros: {NAME} and ~N (up to N intervening words)."""
    for _ in range(3):  # macros may use macros
        for name, body in macros.items():
            pattern = pattern.replace("{" + name + "}", body)
    return re.sub(r"~(\d?)", lambda m: r"(?:[^ \u00a6]+ ){0,%s}" % (m.group(1) or "3"), pattern)


def _alternation(patterns: list[str], macros: dict[str, str]) -> re.Pattern:
    body = "|".join(f"(?:{_expand(p, macros)})" for p in patterns)
    return re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Compile the lexicon once per process."""
    raw = json.loads(resources.files("scorecard").joinpath(LEXICON_FILE).read_text(encoding="utf-8"))
    macros = raw["macros"]
    mentions = tuple((kind, _alternation(sorted(pats, key=len, reverse=True), macros))
                     for kind, pats in raw["mentions"].items())
    categories = tuple(
        _Category(c["name"], c["stance"], c["confidence"], _alternation(c["patterns"], macros),
                  c.get("modifier", False), c.get("scope") == "after")
        for c in raw["categories"])
    actors = re.compile(rf"(?<![a-z0-9])(?:(?P<out>{_expand(raw['outsiders'], macros)})|"  # "school districts" is an outsider
                        rf"(?P<inst>it|{_expand(raw['institution'], macros)}))(?![a-z0-9])")
    abbreviations = raw["abbreviations"]
    return _Lexicon(mentions, categories, re.compile(rf"\b{_expand(raw['present_qualifier'], macros)}\b"),
                    actors, tuple(re.compile(p) for p in raw["anaphora"]),
                    frozenset(raw["mentions_keep_words"]), frozenset(abbreviations["never_split"]),
                    frozenset(abbreviations["may_end_sentence"]), frozenset(abbreviations["sentence_starters"]))


# ---------------------------------------------------------------------------- text handling

_CHARS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": " - ", "\u2015": " - ", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u00ad": "", "\ufeff": "", "\u2026": "...",
})
_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article|header|footer)\b[^>]*>",
                        re.IGNORECASE)
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")


def normalise(text: str) -> str:
    """Plain text with one kind of quote, dash and space; blank lines mark paragraph breaks."""
    text = html.unescape(html.unescape(text))  # feeds often double-escape (&amp;rsquo;)
    text = _TAG.sub("", _BLOCK_TAG.sub("\n\n", text))
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.translate(_CHARS)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = re.split(r"\n[ \t]*\n\s*", text)
    return "\n\n".join(p for p in (re.sub(r"\s+", " ", p).strip() for p in paragraphs) if p)


_BOUNDARY = re.compile(r"([.!?]+)([\"')\]]*)\s+(?=[\"'(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _ends_sentence(before: str, punct: str, after: str, lex: _Lexicon) -> bool:
    """Whether the full stop at the end of `before` ends a sentence (abbreviations do not)."""
    if punct != ".":
        return True
    m = _WORD_BEFORE.search(before)
    if not m:
        return True
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and m.group(1).isupper():
        return False  # an initial: "J. Smith"
    next_word = re.match(r"[\"'(\[]?([A-Za-z]+)", after)
    starter = bool(next_word) and next_word.group(1).lower() in lex.starters
    if word in lex.may_end:
        return starter
    if word in lex.never_split or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        return False  # "Dr.", "e.g.", dotted initialisms
    return True


def split_sentences(text: str) -> list[str]:
    """Sentences of `text`, normalised; abbreviations such as Dr., U.S., Inc., a.m. do not split."""
    lex = lexicon()
    sentences = []
    for paragraph in normalise(text).split("\n\n"):
        start = 0
        for m in _BOUNDARY.finditer(paragraph):
            if _ends_sentence(paragraph[:m.start()], m.group(1), paragraph[m.end():], lex):
                sentences.append(paragraph[start:m.start(2) + len(m.group(2))].strip())
                start = m.end()
        sentences.append(paragraph[start:].strip())
    return [s for s in sentences if s]


def _lower(text: str) -> str:
    """Lower case that keeps every offset ("İ".lower() is two characters)."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def find_mentions(sentence: str) -> list[Term]:
    """The facial-recognition mentions in one sentence, longest first where they overlap, in order."""
    low = _lower(sentence)
    found = [Term(sentence[m.start():m.end()], kind, m.start(), m.end())
             for kind, regex in lexicon().mentions for m in regex.finditer(low)]
    found.sort(key=lambda t: (t.start, t.start - t.end))
    kept: list[Term] = []
    for t in found:
        if not kept or t.start >= kept[-1].end:
            kept.append(t)
    return kept


def mentions_facial_recognition(text: str) -> bool:
    """Whether any sentence of `text` mentions facial recognition (the feed reader's cheap filter)."""
    return bool(find_mentions(normalise(text).replace("\n", " ")))


_CONTRACTION = re.compile(r"\b(?:won't|can't|shan't|ain't|can not)\b|n't\b")
_CONTRACTED = {"won't": "will not", "can't": "cannot", "shan't": "shall not", "ain't": "is not", "can not": "cannot",
               "n't": " not"}
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?])")
_GENERIC_NOUN = re.compile(r"\bfrt(?: (?:technology|technologies|software|systems?|tools?|platforms?|products?|"
                           r"programs?|capabilit(?:y|ies)|features?|services?|solutions?|applications?|apps?))+\b")


def _masked(sentence: str, terms: list[Term]) -> str:
    """Lower-cased sentence with each mention replaced by 'frt' and contractions expanded."""
    low = _lower(sentence)
    parts, last = [], 0
    for t in terms:
        parts += [low[last:t.start], f" {low[t.start:t.end]} frt " if t.kind in lexicon().keep_words else " frt "]
        last = t.end
    parts.append(low[last:])
    text = " ".join(_CONTRACTION.sub(lambda m: _CONTRACTED[m.group()], "".join(parts)).replace('"', "").split())
    return _GENERIC_NOUN.sub("frt", _SPACE_BEFORE_PUNCT.sub("", text))  # "frt software" is read as "frt"


# ---------------------------------------------------------------------------- one sentence

_NEGATORS = {"not", "never", "no", "without", "nor", "neither", "cannot", "none"}
_IRREALIS = {"whether", "if", "would", "could", "might", "may", "should", "can", "asked", "how", "to", "will"}
_GOVERNING = {"proposed", "proposing", "propose", "proposes", "proposal", "considering", "considered", "consider",
              "plans", "planned", "planning", "weighing", "exploring", "evaluating", "about", "against", "opposing",
              "opposed", "oppose", "ban", "bans", "banned", "banning", "prohibits", "prohibited", "prohibiting", "stop",
              "stopped", "avoid", "avoids", "without", "from", "of", "on", "instead", "begin", "start", "recommended"}
_POSSIBLY = re.compile(r"\b(?:possible|possibly|perhaps|maybe|conceivabl[ey])\b")
_MODALS = {"would", "could", "might", "may"}
_QUESTION = {"whether", "if", "asked", "asking", "how"}
_DETERMINERS = {"the", "a", "an", "any", "its", "their", "our", "his", "her", "of", "for", "in", "no", "such", "this",
                "that", "future", "potential", "possible", "eventual", "widespread", "expanded", "proposed", "planned",
                "limited"}
_CLAUSE_BREAK = {"but", "while", "although", "though", "whereas", "however", "yet"}
_NEGATABLE = {"plan or procurement", "use now", "use in the past, not said to have stopped", "use that stopped"}
_STRONG_CONTEXT = ("research or teaching", "consumer devices")
_WEAK_CONTEXT = ("opinion", "news about others")
_NOT_A_SYSTEM = re.compile(r"\b(?:polic(?:y|ies)|rules?|ban|resolution|guidelines|prohibition|moratorium|statement|"
                           r"pledge|letter|laws?|decision|determination|position|stance|editorials?|articles?|story|stories|op-eds?|"
                           r"columns?|essays?|reports?)\b")
_UNGUARDED = ("now ", "continu", "keep", "still ")  # "will continue to use" reports use
_INTERNAL = re.compile(r"police|officials?|administrat|president|chancellor|provost|dean|department|office|board|"
                       r"trustees|regents|security|safety")
_RELATIVE = re.compile(r"\b(?:that|which|who)\b")
_NOT_A_HEDGE = re.compile(r"\bnow (?:or|and) (?:later|ever|in the future|forever)\b")
_INSTRUMENT = ("by ", "via ", "through ", "using ", "with ")
_EVALUATION = re.compile(r"evaluat|assess|explor|consider|weigh|review|whether|look|stud|examin|investigat")
_OWN = re.compile(r"(?:university's|college's|school's|institute's|campus's|its|our) (?:[^ ]+ ){0,2}frt")
_AGAIN = re.compile(r"\bagain\b|resume|reinstate|return to")
_FIRM = re.compile(r"\b(?:will|would|shall|never|committed|pledged|vowed|promised|prohibit|ban)")


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


def _actor(masked: str, first_cue: int) -> tuple[str, str] | None:
    """Who the subject before the first cue is: ("out", "city") for another actor, ("inst", ...) for the institution."""
    zone = masked[:first_cue]
    actors = lexicon().actors
    # "officials said the city council ...": the actor is the subject after the reporting verb
    pieces = _REPORTING.split(zone)
    if len(pieces) > 1 and not (pieces[-1] or "").strip():
        return None  # "records show payments to ...": the cue follows the reporting verb directly
    segments = [s for s in pieces if s and s.strip()]
    for segment in (segments[-1:] if segments else []) + [zone]:
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
        kept = [h for h in kept if h.start < silence.start or not _same_clause(masked, silence.start, h.start)]
        if not kept:
            return "no_response", silence.category.confidence, _cue(silence)
    first_cue = min((h.start for h in kept), default=len(masked))
    actor = _actor(masked, first_cue)
    if actor and actor[0] == "out" and not cues.first("prohibited by law"):  # "state law bars the university"
        kept = [h for h in kept if not _same_clause(masked, first_cue, h.start)]
        if not kept:
            return "unrelated", 0.75, f"another actor: {actor[1]}"
    cues.keep(kept)
    # Research, teaching and gadgets are never the institution's own use; a mention of critics or
    # regulators is, when the institution itself is the subject of a stance cue.
    own_statement = bool(kept) and actor is not None and actor[0] == "inst"
    context = cues.first(*_STRONG_CONTEXT) or (None if own_statement else cues.first(*_WEAK_CONTEXT))
    if context and not _OWN.search(masked):
        return "unrelated", context.category.confidence, _cue(context)
    if request and not kept:
        return "unrelated", request.category.confidence, _cue(request)
    return None


def _resolve(masked: str, cues: _Cues) -> tuple[str, float, str]:
    """The stance the remaining cues support, strongest evidence first."""
    first = cues.first
    qualifier = lexicon().qualifier
    conflict = len({h.category.stance for h in cues.stance_hits() if not h.negated}) > 1

    def answer(stance: str, hit: _Hit, confidence: float | None = None) -> tuple[str, float, str]:
        c = hit.category.confidence if confidence is None else confidence
        return stance, round(max(0.3, c - (0.1 if conflict else 0.0)), 2), _cue(hit)

    future = first("future timing")
    commit = first("prohibited by law", "commitment not to use", "plan abandoned")
    ended = first("use that stopped")
    plan = first("plan or procurement")
    plan = None if plan and plan.hypothetical else plan
    use_now = first("use now")
    use_past = first("use in the past, not said to have stopped")
    deny = first("explicit denial", "present-tense denial")
    exception = first("use with exceptions", "continued use")
    if exception:
        return answer("using", exception)  # "does not use it except to ...", "will not stop using it"
    permission = first("proposed permission")

    # Use that stopped, unless a commitment or a plan to resume follows.
    if ended:
        if commit and commit.start > ended.start:
            return answer("wont_use", commit)
        if plan and plan.start > ended.start:
            return answer("planning", plan)
        return answer("ended_use", ended)
    if use_past and commit and _AGAIN.search(commit.text):
        return answer("wont_use", commit)
    if use_past and deny and qualifier.search(masked[deny.start:]):
        return answer("ended_use", deny, 0.7)  # "used it in 2019 but does not use it now"
    use = use_now or use_past
    if use and commit and commit.start < use.start and _same_clause(masked, commit.start, use.start):
        use = None  # "has no intention of ever scanning faces": the use is what is ruled out
    if use and deny and deny.start < use.start and _same_clause(masked, deny.start, use.start) \
            and _RELATIVE.search(masked[deny.start:use.start]):
        use = None  # "does not require tools that scan faces": a description inside the denial
    abandoned = first("plan abandoned")
    if abandoned and (not use or abandoned.start > use.start):
        return answer("wont_use", abandoned)
    # Evidence of use outweighs a denial in the same sentence.
    if use:
        framed = plan and plan.start < use.start and _same_clause(masked, plan.start, use.start)
        if future or framed or (use_past and plan) or (plan and "propos" in plan.text) or permission:
            return answer("planning", future or plan or permission or use, 0.75)
        if commit and commit.start < use.start and not (deny or use_now) and use is use_past:
            return answer("wont_use", commit)
        weak = use is use_now and use.text.startswith(_INSTRUMENT)
        if not (weak and (commit or deny or plan or first("vague statement", "generic technology review"))):
            return answer("using", use)  # a weak "with frt" does not beat an explicit statement
    generic = first("generic technology review")
    if plan and generic and _EVALUATION.search(plan.text):
        return answer("might_use", generic)  # "reviews all technologies, facial recognition included"
    if plan:
        return answer("planning", plan)
    if permission and not commit and not first("vague statement", "generic technology review", "conditional commitment"):
        return answer("planning", permission)
    hedged = first("hedged commitment")
    if hedged:
        later = first("vague statement")
        if later and later.start > hedged.start:
            return answer("might_use", later)  # "no current plans, but it could be revisited"
        return answer("not_using", hedged)
    if commit:
        window = _NOT_A_HEDGE.sub("", masked[commit.start:commit.start + len(commit.text) + 30])
        if qualifier.search(window) and commit.category.name == "commitment not to use" and not _FIRM.search(commit.text):
            return answer("not_using", commit, 0.7)  # "does not intend to at this time"
        return answer("wont_use", commit)
    negated_plan = first("plan or procurement", negated=True)
    if negated_plan:
        return answer("not_using" if qualifier.search(masked) else "wont_use", negated_plan, 0.65)
    conditional = first("conditional commitment")
    if conditional:
        return answer("might_use", conditional)
    if deny:
        return answer("not_using", deny, 0.9 if qualifier.search(masked) else None)
    vague = first("evasive about the future", "plan paused", "denied commitment", "generic technology review",
                  "vague statement") or next((h for h in cues.hits if h.hypothetical), None)
    if vague:
        return answer("might_use", vague)
    protest = first("protest or advocacy")
    if protest:
        return answer("unrelated", protest)
    if permission or future:
        return answer("planning", permission or future, 0.6)
    return _weak(masked)


def _decide(masked: str) -> tuple[str, float, str]:
    """Stance, confidence and cue for one sentence already known to mention facial recognition."""
    cues = _Cues(_hits(masked))
    return _attributable(masked, cues) or _resolve(masked, cues)


_WORD = re.compile(r"[a-z']+|[$]")
_FALLBACK_CUE = "learned fallback: "
_STOPWORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "is", "are", "was", "were",
              "it", "its", "that", "this", "as", "from", "frt", "has", "have", "be", "been", "said", "says"}


def _words_and_pairs(masked: str) -> list[str]:
    words = _WORD.findall(masked)
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def fallback_features(text: str) -> list[str]:
    """The words and word pairs of each sentence of `text` that mentions facial recognition."""
    features = []
    for sentence in split_sentences(text):
        terms = find_mentions(sentence)
        if terms:
            features += _words_and_pairs(_masked(sentence, terms))
    return features


@lru_cache(maxsize=1)
def _fallback_model() -> dict | None:
    path = resources.files("scorecard").joinpath(FALLBACK_FILE)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _weak(masked: str) -> tuple[str, float, str]:
    """Last resort for a mention no rule explains: the learned fallback, naming the words that swayed it.

    The model (tests/train_stance_fallback.py) is trained on the project's own statements; its
    answers carry low confidence so a reviewer looks at them.
    """
    model = _fallback_model()
    features = sorted(set(_words_and_pairs(masked)))  # sorted: the same cue on every run
    if not model or not features:
        return "unrelated", 0.4, "a mention without a stance cue"
    known = [f for f in features if any(f in ll for ll in model["log_likelihood"].values())]
    scores = {s: p + sum(model["log_likelihood"][s].get(f, model["unseen"][s]) for f in known)
              for s, p in model["priors"].items()}
    stance = max(scores, key=scores.get)
    top = max(scores.values())
    probability = 1 / sum(math.exp(v - top) for v in scores.values())
    others = [s for s in scores if s != stance]

    def sway(f: str) -> float:
        return model["log_likelihood"][stance].get(f, model["unseen"][stance]) - max(
            model["log_likelihood"][s].get(f, model["unseen"][s]) for s in others)

    telling = [f for f in known if sway(f) > 0 and not set(f.split("_")) <= _STOPWORDS]
    words = sorted(telling, key=lambda f: (-sway(f), f))[:3]
    cue = _FALLBACK_CUE + (", ".join(w.replace("_", " ") for w in words) or "no telling word")
    return stance, round(0.25 + 0.25 * probability, 2), cue


def classify_sentence(sentence: str, terms: list[Term] | None = None) -> Mention:
    """One sentence read on its own (`terms` defaults to the mentions it contains)."""
    terms = find_mentions(sentence) if terms is None else terms
    if not terms:
        return Mention(sentence, "unrelated", 0.9, "no facial-recognition mention", "")
    if all(t.kind == "consumer device feature" for t in terms):
        return Mention(sentence, "unrelated", 0.8, "consumer devices: " + terms[0].text, terms[0].text)
    stance, confidence, cue = _decide(_masked(sentence, terms))
    # A proctoring product or a reference back is a less certain mention than the words themselves.
    if stance != "unrelated" and all(t.kind in ("proctoring with face detection", "anaphora") for t in terms):
        confidence = round(confidence * 0.85, 2)
    return Mention(sentence, stance, confidence, cue, terms[0].text)


# ---------------------------------------------------------------------------- a passage


_ANSWER = re.compile(r"^(?:a|answer)?:?\s*(no|nope|never|yes|yep|correct)\b", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"^(?:it|they|we|the (?:university|college|school|institute|campus|department|police))\b",
                              re.IGNORECASE)
# A "No." answering "Does the college use facial recognition?" turns the question's reading round.
_NEGATIVE_ANSWER = {"using": "not_using", "planning": "wont_use", "ended_use": "not_using"}
# A sentence whose subject refers back ("They stopped in 2020.") is trusted only for these stances.
_ELLIPTIC_STANCES = {"ended_use", "wont_use", "not_using", "no_response"}


def _anaphora(sentence: str) -> list[Term]:
    """A reference back to the previous sentence's mention ("the technology", "it")."""
    low = _lower(sentence)
    for regex in lexicon().anaphora:  # most specific first: "the technology" before "it"
        m = regex.search(low)
        if m:
            return [Term(sentence[m.start():m.end()], "anaphora", m.start(), m.end())]
    return []


def _elliptic(sentence: str) -> Mention | None:
    """'They stopped in 2020.' after a mention: read with the mention as the implied object."""
    if not _SUBJECT_PRONOUN.match(sentence):
        return None
    end = len(sentence)
    m = classify_sentence(sentence, [Term("", "anaphora", end, end)])
    return m if m.stance in _ELLIPTIC_STANCES else None


def _answered(question: str, answer: str | None, terms: list[Term]) -> Mention:
    """A question about facial recognition is no statement, unless a yes or no follows it."""
    reading = classify_sentence(question, terms)
    m = _ANSWER.match(answer or "")
    if m and len(answer.split()) <= 8:
        yes = m.group(1).lower() in ("yes", "yep", "correct")
        stance = reading.stance if yes else _NEGATIVE_ANSWER.get(reading.stance)
        if stance:
            return Mention(f"{question} {answer}", stance, round(reading.confidence * 0.9, 2),
                           f"answer to a question: {m.group(1)}", reading.term)
    return Mention(question, "unrelated", 0.6, "a question, not a statement", reading.term)


# A commitment that speaks of restarting or of an end, after evidence of use, is a change of course.
_RESTART = re.compile(r"\bagain\b|\bresum|\breinstat|\bbring (?:it|them) back|\brestart|\brelaunch|\brevive|"
                      r"\brenew|\breactivat|\bended\b|\bstopped\b|\bdiscontinu|\bdropped\b|\bscrapp|\babandon|"
                      r"\bhalt|\bterminat|\bcancel+ed\b|\bshut\b|\bremoved\b|\bpulled\b|\brevisit", re.IGNORECASE)


def _deciding(mentions: list[Mention]) -> Mention | None:
    """The mention that decides a passage; evidence of use beats a denial, a later stop beats use."""
    substantive = [m for m in mentions if m.stance != "unrelated"]
    by_rule = [m for m in substantive if not m.cue.startswith(_FALLBACK_CUE)]
    substantive = by_rule or substantive  # a rule's reading beats the fallback's guess
    if not substantive:
        return None
    red = [i for i, m in enumerate(substantive) if STANCES[m.stance].color == "red"]
    if red:
        later = [m for m in substantive[red[-1] + 1:] if m.stance == "ended_use" or (
            m.stance == "wont_use" and (m.cue.startswith("plan abandoned") or _RESTART.search(m.sentence)))]
        if later:
            return later[-1]
    return max(substantive, key=lambda m: (PASSAGE_RANK[m.stance], m.confidence))


def _read(sentences: list[str]) -> list[Mention]:
    """Each sentence that mentions facial recognition or refers back to one, read on its own."""
    mentions: list[Mention] = []
    previous = False
    for i, sentence in enumerate(sentences):
        terms = find_mentions(sentence)
        if terms and sentence.endswith("?"):
            mentions.append(_answered(sentence, sentences[i + 1] if i + 1 < len(sentences) else None, terms))
        elif terms:
            mentions.append(classify_sentence(sentence, terms))
        elif previous:
            back = _anaphora(sentence)
            m = classify_sentence(sentence, back) if back else _elliptic(sentence)
            if m and m.stance != "unrelated":
                mentions.append(Mention(m.sentence, m.stance, round(m.confidence * 0.85, 2), m.cue, m.term or "(implied)"))
                continue
        previous = bool(terms)
    return mentions


def classify(text: str) -> Passage:
    """The stance of a passage, the sentence and cue that decided it, and each mention read alone.

    A sentence without a mention of its own counts when it follows one and refers back to it
    ("It has no plans to adopt it.", "They stopped in 2020."), at a lower confidence.
    """
    sentences = split_sentences(text)
    mentions = _read(sentences)
    decider = _deciding(mentions)
    if decider is None:
        if mentions:
            m = mentions[0]
            return Passage("unrelated", m.confidence, m.sentence, m.cue, tuple(mentions))
        return Passage("unrelated", 0.9, sentences[0] if sentences else "", "no facial-recognition mention", ())
    return Passage(decider.stance, decider.confidence, decider.sentence, decider.cue, tuple(mentions))
