"""A passage: each sentence that mentions facial recognition or refers back to one, and the one that decides.

A passage takes the strongest evidence among its sentences: evidence of use or plans outweighs
a denial, unless a later sentence says that use or plan ended.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from typing import Callable

from .classify_confidence import REVIEW_BELOW, calibrated
from .classify_confidence import features as answer_features
from .classify_context import about_facial_recognition, context_terms, off_the_story, outsider_owns
from .classify_learned import _FALLBACK_CUE
from .classify_model import LEARNED_CUE, explain, features, model, outsider, read
from .classify_model import calibrated as model_calibrated
from .classify_names import names_an_institution, neutralise
from .classify_sentence import Mention, classify_sentence
from .classify_text import Term, _lower, find_mentions, lexicon, split_sentences
from .method import STANCES

# Stance ranks for a passage: the stance with the highest rank wins (red before green before
# yellow; substantive before no_response before unrelated).
PASSAGE_RANK = {"using": 8, "planning": 7, "wont_use": 6, "ended_use": 5, "not_using": 4,
                "might_use": 3, "no_response": 2, "unrelated": 1}


@dataclass(frozen=True)
class Passage:
    """A whole text's stance, the sentence and cue that decided it, and every mention."""

    stance: str
    confidence: float
    sentence: str
    cue: str
    mentions: tuple[Mention, ...]
    features: tuple[str, ...] = ()  # what set the confidence

    @property
    def color(self) -> str | None:
        return STANCES[self.stance].color

    @property
    def needs_review(self) -> bool:
        """Low confidence: a reviewer should read it before anyone relies on it."""
        return self.confidence < REVIEW_BELOW

    def to_dict(self) -> dict:
        return {"stance": self.stance, "color": self.color, "confidence": self.confidence,
                "needs_review": self.needs_review, "sentence": self.sentence, "cue": self.cue,
                "features": list(self.features), "mentions": [asdict(m) for m in self.mentions]}


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


_LEADING = re.compile(r"^(?:it|they|this|that)\b", re.IGNORECASE)


def _leading_reference(sentence: str) -> Mention | None:
    """'It has been in a pilot phase since 2013.': a leading pronoun that is the system, when that reads as use."""
    m = _LEADING.match(sentence)
    if not m:
        return None
    reading = classify_sentence(sentence, [Term(m.group(), "anaphora", 0, m.end())])
    return reading if reading.stance in ("using", "planning") and not reading.cue.startswith(_FALLBACK_CUE) else None


def _outsider_in(sentence: str) -> bool:
    """Whether another actor (a city, an agency, a group, campaigners) or a look-alike appears in the sentence."""
    return off_the_story(sentence) or any(m.group("out") for m in lexicon().actors.finditer(_lower(neutralise(sentence, [])[0])))


def _continued(sentence: str, previous: str, title: str | None) -> Mention | None:
    """'Enrollment in the program is optional.' after a sentence about a face-entry program: the same stance.

    On a page about facial recognition, a sentence with no cue of its own and no other actor in it
    continues the one before it (or, failing that, the page's title, which summarises the story);
    it takes that stance at a lower confidence, and the confidence model knows it was continued.
    """
    if sentence.endswith("?") or _outsider_in(sentence):
        return None
    own = classify_sentence(sentence, [Term("", "anaphora", len(sentence), len(sentence))])
    if own.stance == "unrelated" and not own.cue.startswith(_FALLBACK_CUE):
        return None  # a petition, a study, an opinion: context of its own, not a continuation
    for source, text, weight in (("the sentence before", previous, 0.6), ("the title", title, 0.5)):
        reading = rules_only(text, title=title if text != title else None) if text else None
        if reading and reading.stance != "unrelated" and not reading.cue.startswith(_FALLBACK_CUE):
            return Mention(sentence, reading.stance, round(reading.confidence * weight, 2),
                           f"continues {source}: {reading.cue}", f"({source})")
    return None


# Words that can name a campus's own system or its owner in a sentence that never says "facial recognition".
_OWNER = re.compile(r"\b(?:the (?:university|college|school|campus)|police|officials?|dining|housing|athletics?|athletic director)\b",
                    re.IGNORECASE)
_SYSTEM = re.compile(r"\b(?:the|its|their) (?:[a-z-]+ )?(?:system|scanners?|cameras?|devices?|machines?|kiosks?|readers?|"
                     r"terminals?|proctoring (?:service|tool|software)|pilot|trial)\b|\bbiometrics?\b", re.IGNORECASE)
KEPT_CUE = "kept for review"


def _kept(sentence: str, title: str | None, before: str | None) -> Mention | None:
    """Relevance first: a sentence that may speak of a campus's own use is queued, never thrown away.

    A statement with no mention of its own that reads as a stance (with the system as its implied
    object) is kept at a low confidence on a page about facial recognition, or when it names a
    system ("the scanners", "its pilot") and a campus or its offices (or its title names one); never when another actor
    is its subject or it asks a question. The learned fallback's guess counts only on a page about
    facial recognition that names the institution or its offices.
    """
    if sentence.endswith("?") or _outsider_in(sentence) or outsider_owns(sentence, title):
        return None
    end = len(sentence)
    own = classify_sentence(sentence, [Term("", "anaphora", end, end)])
    if own.stance == "unrelated":
        return None
    page = about_facial_recognition(title, before)
    owner = names_an_institution(sentence) or bool(_OWNER.search(sentence))
    system = bool(_SYSTEM.search(sentence)) and (owner or bool(title and names_an_institution(title)))
    guess = own.cue.startswith(_FALLBACK_CUE)
    if not (page and (owner or not guess)) and not (system and not guess):
        return None
    return Mention(sentence, own.stance, round(own.confidence * 0.6, 2), f"{KEPT_CUE}: {own.cue}", "(implied)")


_OBJECTLESS = re.compile(r"\b(?:use|using|adopt|adopting|deploy|deploying|implement|install|pursue|do so|try|test)\W*$",
                         re.IGNORECASE)


def _implied(sentence: str) -> Mention | None:
    """'45 schools said they have no plans to use.', 'More than 30 did not respond.' on a page about it.

    Only a non-response, or a verb left without its object at the end of the sentence, implies it.
    """
    end = len(sentence)
    m = classify_sentence(sentence, [Term("", "anaphora", end, end)])
    if m.cue.startswith(_FALLBACK_CUE) or m.stance not in _ELLIPTIC_STANCES:
        return None
    return m if m.stance == "no_response" or _OBJECTLESS.search(sentence) else None


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


def _read(sentences: list[str], topic: bool = False, previous: bool = False) -> list[Mention]:
    """Each sentence that mentions facial recognition or refers back to one, read on its own.

    `topic`: the page is about facial recognition (its title or earlier text says so), so "the
    technology" and its kin may refer to it; `previous`: the text just before mentions it.
    """
    mentions: list[Mention] = []
    for i, sentence in enumerate(sentences):
        terms = find_mentions(sentence)
        if terms and sentence.endswith("?"):
            mentions.append(_answered(sentence, sentences[i + 1] if i + 1 < len(sentences) else None, terms))
        elif terms:
            mentions.append(classify_sentence(sentence, terms))
        elif previous and not sentence.endswith("?"):
            back = _anaphora(sentence) or (context_terms(sentence) if topic else [])
            m = _leading_reference(sentence) or (classify_sentence(sentence, back) if back else _elliptic(sentence))
            if m and m.stance != "unrelated":
                mentions.append(Mention(m.sentence, m.stance, round(m.confidence * 0.85, 2), m.cue, m.term or "(implied)"))
                continue
        elif topic and not sentence.endswith("?"):
            back = context_terms(sentence)
            m = _leading_reference(sentence) or (classify_sentence(sentence, back) if back else _implied(sentence))
            if m and m.stance != "unrelated" and not m.cue.startswith(_FALLBACK_CUE):
                mentions.append(Mention(m.sentence, m.stance, round(m.confidence * 0.8, 2), m.cue, m.term or "(implied)"))
        previous = bool(terms)
        topic = topic or previous
    return mentions


def classify(text: str, title: str | None = None, before: str | None = None) -> Passage:
    """The stance of a passage, the sentence and cue that decided it, and each mention read alone.

    A sentence without a mention of its own counts when it follows one and refers back to it
    ("It has no plans to adopt it.", "They stopped in 2020."), at a lower confidence; so does a
    sentence on a page about facial recognition (the `title` or the text `before` it mention it)
    that speaks of "the technology", "the system" or "the plan". Each sentence's reading by the
    rules is then decided by the learned model (scorecard.classify_model).
    """
    return passage_decided_by(decided_by(model()), text, title, before)


def _as_read(m: Mention, title: str | None, previous: str | None, page: str) -> Mention:
    return m


def _confidence_only(m: Mention, title: str | None, previous: str | None, page: str) -> Mention:
    return _calibrate(m, title)


def rules_only(text: str, title: str | None = None, before: str | None = None) -> Passage:
    """The rules' reading of a passage, before the learned model: its training input and its context."""
    return passage_decided_by(_as_read, text, title, before)


Decide = Callable[[Mention, "str | None", "str | None", str], Mention]


def passage_decided_by(decide: Decide, text: str, title: str | None = None, before: str | None = None) -> Passage:
    """A passage whose every mention, once the rules have read it, is settled by `decide` (the model, or as read)."""
    sentences = split_sentences(text)
    earlier = split_sentences(before) if before else []
    previous = bool(earlier) and bool(find_mentions(earlier[-1]))
    topic = about_facial_recognition(title, before)
    page = "about it" if topic else ("known" if title or earlier else "none")  # what the sentence's page is
    preceding = {s: (sentences[i - 1] if i else (earlier[-1] if earlier else None)) for i, s in enumerate(sentences)}

    def settle(m: Mention) -> Mention:
        before_it = preceding.get(m.sentence) or next((b for s, b in preceding.items() if m.sentence.startswith(s)), None)
        rule = m.rule_confidence if m.rule_confidence is not None else m.confidence
        return decide(replace(m, rule_confidence=rule), title, before_it, page)

    mentions = _read(sentences, topic, previous)
    if title:
        mentions = [m if m.stance == "unrelated" or not outsider_owns(m.sentence, title) else
                    Mention(m.sentence, "unrelated", 0.7, f"page about an outsider: {title}", m.term)
                    for m in mentions]
    mentions = [settle(m) for m in mentions]
    decider = _deciding(mentions)
    if decider is None and earlier and sentences and topic and not mentions:
        decider = _continued(sentences[0], earlier[-1], title)
        decider = decider and settle(decider)
    if decider is None and sentences and not mentions:
        decider = _kept(sentences[0], title, before)
        decider = decider and settle(decider)
    if decider is None:
        m = mentions[0] if mentions else settle(Mention(sentences[0] if sentences else "", "unrelated", 0.9,
                                                        "no facial-recognition mention", ""))
        if m.stance != "unrelated":  # the model read a stance into a sentence the rules passed over
            return Passage(m.stance, m.confidence, m.sentence, m.cue, (m,), m.features)
        return Passage("unrelated", m.confidence, m.sentence, m.cue, tuple(mentions), m.features)
    return Passage(decider.stance, decider.confidence, decider.sentence, decider.cue, tuple(mentions),
                   decider.features)


def _calibrate(m: Mention, title: str | None) -> Mention:
    """The mention with its confidence as a calibrated probability of being right, and the features behind it."""
    rule = m.rule_confidence if m.rule_confidence is not None else m.confidence
    feats = answer_features(m.sentence, m.stance, m.cue, rule, title)
    confidence = calibrated(feats, rule)
    if m.cue.startswith(_FALLBACK_CUE):  # the fallback's guess is always a reviewer's to check
        confidence = min(confidence, rule)
    return replace(m, confidence=confidence, features=tuple(feats), rule_confidence=rule)


# Cues of a rule that found the sentence to be about someone else: the model may agree it is unrelated.
_OUTSIDER_CUES = ("another actor", "page about an outsider", "a campus abroad", "a vendor speaking", "consumer devices",
                  "a person comparing faces")


_BELOW_REVIEW = round(REVIEW_BELOW - 0.01, 2)
KEEP_UNLESS = 0.5  # relevance first: `unrelated` only when the model gives it at least this probability


def _clear_outsider(m: Mention) -> bool:
    """The rules found another actor, or another actor is the subject and no law binds the institution."""
    return m.cue.startswith(_OUTSIDER_CUES) or (outsider(m.sentence) and not m.cue.startswith("prohibited by law"))


def answer_group(m: Mention, page: str) -> str:
    """How an answer was reached, for its margin and its calibration: 'direct' (the sentence names the system and a
    rule read it), 'off the topic' (no mention, on a page not about facial recognition), 'indirect' otherwise."""
    mentioned = bool(m.term) and bool(find_mentions(m.term))
    if not mentioned and page == "known":
        return "off the topic"
    return "indirect" if not mentioned or m.cue.startswith((KEPT_CUE, _FALLBACK_CUE)) else "direct"


def learnable(m: Mention, page: str) -> bool:
    """Whether the model reads this mention: it has a mention or a reference, or its page (title, text before) is known."""
    return bool(m.term) or page != "none"


def model_features(m: Mention, title: str | None, previous: str | None, page: str) -> list[str]:
    """The model's features for a mention the rules have read (the same list trains the model)."""
    return [*features(m.sentence, m.stance, m.cue, m.rule_confidence, title, _rule_stance(previous, title),
                      _rule_stance(title, None)), f"page={page}"]


@lru_cache(maxsize=256)
def _rule_stance(text: str | None, title: str | None) -> str | None:
    """The rules' stance of a context text (the sentence before, the title), read once per text."""
    return rules_only(text, title=title if text != title else None).stance if text else None


def decided_by(trained: dict | None) -> Decide:
    """The learned model's decision on each mention the rules have read; the rules' answer is one of its features.

    Relevance first: the model may not throw away as `unrelated` a sentence the rules read as a
    stance, unless its actor is a clear outsider, and a sentence it reads gets `unrelated` only
    when it gives that at least ``KEEP_UNLESS``, else it is kept for review; and it reads a stance into a sentence with no
    mention only when the sentence comes with its page (a title or the text before it). Kept sentences and guesses stay below
    ``REVIEW_BELOW``. Without a shipped model the rules' reading stands.
    """
    if not trained:
        return _confidence_only
    weights, margins = trained["weights"], trained["calibration"]["margins"]

    def decide(m: Mention, title: str | None, previous: str | None, page: str) -> Mention:
        if not learnable(m, page) or (m.stance == "unrelated" and m.cue.startswith(_OUTSIDER_CUES)):
            return _calibrate(m, title)  # no page to read it by, or the rules found the actor is someone else
        how = answer_group(m, page)
        rule = m.rule_confidence
        if how == "direct" and margins[how] >= 1.0:  # where the rules always stand, only their score is calibrated
            confidence = model_calibrated(None, rule, how, trained)
            return replace(m, confidence=confidence, features=(f"the rules stand on a direct reading (score {rule:.2f})",))
        feats = model_features(m, title, previous, page)
        p = read(feats, trained).probabilities
        best = max(p, key=p.get)
        if p[best] - p[m.stance] <= margins[how]:  # not surer than of the rules' answer by the margin: the rules stand
            best = m.stance
        confidence = model_calibrated(p[best], rule, how, trained)
        kept = False
        unlikely = p[best] < KEEP_UNLESS and how != "off the topic"  # off the topic, "the technology" means nothing
        if best == "unrelated" and (m.stance != "unrelated" or unlikely) and not _clear_outsider(m):
            kept = m.stance == "unrelated"  # the rules passed it over, but it may well be a stance: a reviewer decides
            best = max((s for s in p if s != "unrelated"), key=p.get)
            confidence = min(model_calibrated(p[best], rule, how, trained), _BELOW_REVIEW)
        if m.cue.startswith((KEPT_CUE, _FALLBACK_CUE)):  # kept for review, or a guess: always a reviewer's to check
            confidence = min(confidence, _BELOW_REVIEW)
        pushed = sorted((-w, f) for f, w in ((f, weights.get(f, {}).get(best, 0.0)) for f in feats) if w > 0)[:3]
        top = tuple(explain(f, -w) for w, f in pushed)
        cue = m.cue if best == m.stance else (f"{KEPT_CUE}: " if kept else "") + LEARNED_CUE + "; ".join(top) + \
            f" (rules: {m.stance}, {m.cue})"
        return replace(m, stance=best, confidence=confidence, cue=cue, features=top)

    return decide
