"""Calibrated confidence: the probability that an answer is right, from the structure that produced it.

The rules say which stance a sentence supports and name their cue; how often such an answer is
right depends on how it was reached: a direct mention or a reference by context, the
institution named or not, another actor in the sentence, reported speech, a modal, a list, the
learned fallback. A logistic regression over these features (``stance_confidence.json``,
trained offline by ``bench/train_stance_confidence.py`` on statements the project wrote, then
Platt-scaled on a set it was not trained on) turns them into a prior, and the observed share
right of the deciding rule's family (its cue, by mention or by context) on calibration
statements, shrunk towards that prior, gives the probability. Every answer keeps
the features that set its confidence, so a reviewer can see why it is low. Answers below
``REVIEW_BELOW`` are marked for a reviewer.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from .classify_names import OWN, neutralise
from .classify_text import _lower, find_mentions, lexicon

CONFIDENCE_FILE = "stance_confidence.json"  # written by bench/train_stance_confidence.py
REVIEW_BELOW = 0.8

_MODAL = re.compile(r"\b(?:would|could|might|may|should|if|whether)\b")
_NEGATION = re.compile(r"\b(?:not|never|no|n't|none|nor)\b")
_FUTURE = re.compile(r"\b(?:will|plans?|planning|next (?:year|month|semester|fall|spring)|soon|expects?)\b")
_REPORTED = re.compile(r"\b(?:said|says|told|according to|reported|wrote|claims?|claimed|stated|alleg\w+|accus\w+)\b")
_PAST = re.compile(r"\b(?:had|was|were|did|\w+ed)\b")
_LIST = re.compile(r"\b(?:including|such as|among them|among those)\b|(?:, [^,]+){3,}")
_QUOTE = re.compile(r"[\"\u201c\u201d]")


def _cue_name(cue: str) -> str:
    name = cue.split(":", 1)[0].removeprefix("hypothetical ")
    return "continues" if name.startswith("continues") else name


def features(sentence: str, stance: str, cue: str, rule_confidence: float, title: str | None = None,
             read: tuple[bool, str] | None = None) -> list[str]:
    """The explainable features of one answer (the same list trains the model and explains it).

    `read`: whether the sentence mentions it and its lower-cased text with names neutralised, when
    the caller has them already.
    """
    out = [f"stance={stance}", f"cue={_cue_name(cue)}",
           f"rule>={next(b for b in (0.85, 0.7, 0.5, 0.0) if rule_confidence >= b)}", *_sentence_features(sentence, read)]
    if title is not None:
        out.append("title mentions it" if _title_mentions(title) else "title does not mention it")
    return out


@lru_cache(maxsize=64)
def _title_mentions(title: str) -> bool:
    """Every mention on a page shares its title: read it once."""
    return bool(find_mentions(title))


def _sentence_features(sentence: str, read: tuple[bool, str] | None = None) -> tuple[str, ...]:
    """The features a sentence has whatever stance it was given."""
    low = _lower(sentence)
    mentioned, neutral = read or (bool(find_mentions(sentence)), _lower(neutralise(sentence, [])[0]))
    out = [f"via={'mention' if mentioned else 'context'}"]
    if OWN in neutral:
        out.append("names an institution")
    if any(m.group("out") for m in lexicon().actors.finditer(neutral)):
        out.append("another actor in the sentence")
    for name, regex in (("modal or condition", _MODAL), ("negation", _NEGATION), ("future", _FUTURE),
                        ("reported speech", _REPORTED), ("past tense", _PAST), ("a list", _LIST),
                        ("a quotation", _QUOTE)):
        if regex.search(low):
            out.append(name)
    if len(low.split()) > 30:
        out.append("long sentence")
    return tuple(out)


@lru_cache(maxsize=1)
def model() -> dict | None:
    path = resources.files("scorecard").joinpath(CONFIDENCE_FILE)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def raw_probability(feats: list[str], weights: dict[str, float], bias: float) -> float:
    """The logistic regression's probability that the answer is right, before scaling."""
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def scaled(p: float, scale: dict) -> float:
    """Platt scaling fitted on text the regression was not trained on."""
    logit = math.log(max(1e-6, p) / max(1e-6, 1 - p))
    z = scale["a"] * logit + scale["b"]
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def family(feats: list[str]) -> str:
    """The deciding rule's family: its cue and whether the sentence mentions the system or refers by context."""
    cue = next((f for f in feats if f.startswith("cue=")), "cue=")
    via = next((f for f in feats if f.startswith("via=")), "via=")
    return f"{cue}|{via}"


def shrunk(p: float, seen: list[float] | None, prior_weight: float) -> float:
    """The family's observed share right, pulled towards the regression's p when the family was seen rarely."""
    if not seen:
        return p
    n, right = seen
    return (right + prior_weight * p) / (n + prior_weight)


def calibrated(feats: list[str], rule_confidence: float) -> float:
    """The probability of being right, rounded to two places; the rule's own score if no model is shipped.

    The Platt-scaled regression gives a prior; how often the deciding rule's family was right on
    the calibration statements (counted, then shrunk towards that prior) gives the answer.
    """
    m = model()
    if not m:
        return rule_confidence
    p = scaled(raw_probability(feats, m["weights"], m["bias"]), m["platt"])
    families = m.get("families")
    if families:
        seen, weight = families["seen"], families["prior_weight"]
        own = family(feats)
        p_family = shrunk(p, seen.get(own), weight)
        if own.endswith("|via=context"):  # reading by context is never surer than naming it
            named = own.removesuffix("context") + "mention"
            p_family = min(p_family, shrunk(p, seen.get(named), weight) - 0.01)
        p = p_family
    return round(max(0.0, p), 2)
