"""The learned stance model: a linear model over the rules' structure and the sentence's words decides.

The rules read a sentence into structure (which category of cue fired, whose statement it is,
negation, modality, tense, reported speech, a list, a reference by context) and give their own
answer. Phrase-by-phrase rules do not generalise to published prose, so the last word is a
multinomial logistic regression (``stance_model.json``, trained offline by
``bench/train_stance_model.py``) whose features are those facts, the rules' answer, the masked
words and word pairs of the sentence and its context (the title, the stance the rules give the
sentence before). Its probability is turned into P(answer right) by an isotonic map fitted on
answers the weights were not trained on. Inference is dictionary lookups over a few dozen
features, so it costs little next to the rules.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .classify_confidence import features as answer_features
from .classify_names import neutralise
from .classify_sentence import _actor
from .classify_text import _lower, _masked, find_mentions

MODEL_FILE = "stance_model.json"  # written by bench/train_stance_model.py
LEARNED_CUE = "learned model: "

_WORD = re.compile(r"[a-z][a-z'-]*|[0-9]+|[$]")


def _cue_category(cue: str) -> str:
    """The rule family behind a cue: 'kept for review: use now: ...' -> 'kept/use now'."""
    head, _, rest = cue.partition(": ")
    head = head.removeprefix("hypothetical ")
    if head.startswith("continues"):
        return "continues/" + rest.partition(": ")[0]
    if head == "kept for review":
        return "kept/" + rest.partition(": ")[0].removeprefix("hypothetical ")
    return head


def _read_sentence(sentence: str) -> tuple[list, str, str]:
    """The sentence's mentions, its text with names neutralised, and the masked form the rules read ('frt')."""
    terms = find_mentions(sentence)
    named, moved = neutralise(sentence, terms)
    return terms, named, _masked(named, moved)


def actor(masked: str) -> str:
    """Whose statement a masked sentence is: the institution, its police, another actor, or nobody before the system."""
    found = _actor(masked, masked.find("frt") if "frt" in masked else len(masked))
    if not found:
        return "none"
    if found[0] == "out":
        return "outsider"
    return "its police" if "police" in found[1] else "institution"


def outsider(sentence: str) -> bool:
    """Whether the subject before the system is a clear outsider (a city, an agency, a company, researchers)."""
    return actor(_read_sentence(sentence)[2]) == "outsider"


def features(sentence: str, stance: str, cue: str, rule_confidence: float, title: str | None,
             previous: str | None, title_stance: str | None) -> list[str]:
    """Every feature of one answer: the rules' structure and answer, the context, the words and word pairs."""
    terms, named, masked = _read_sentence(sentence)
    out = answer_features(sentence, stance, cue, rule_confidence, title, (bool(terms), _lower(named)))
    category = _cue_category(cue)
    out += [f"category={category}", f"rule|category={stance}|{category}",
            f"before={previous or 'none'}", f"title={title_stance or 'none'}"]
    out.append(f"actor={actor(masked)}")
    words = _WORD.findall(masked)
    out += [f"w:{w}" for w in words] + [f"w:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    return list(dict.fromkeys(out))  # each feature once, in order


@lru_cache(maxsize=1)
def model() -> dict | None:
    path = resources.files("scorecard").joinpath(MODEL_FILE)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


@dataclass(frozen=True)
class Reading:
    """The model's probability for each stance."""

    probabilities: dict[str, float]


def scores(feats: list[str], m: dict) -> dict[str, float]:
    """Linear scores per stance: the bias plus each known feature's weight."""
    weights = m["weights"]
    total = dict(m["bias"])
    for f in feats:
        for s, w in weights.get(f, {}).items():
            total[s] += w
    return total


def read(feats: list[str], m: dict) -> Reading:
    """The model's probabilities (a softmax over the linear scores)."""
    total = scores(feats, m)
    top = max(total.values())
    exp = {s: math.exp(v - top) for s, v in total.items()}
    z = sum(exp.values())
    return Reading({s: e / z for s, e in exp.items()})


GROUPS = ("direct", "indirect", "off the topic")


def _step(cal: dict, x: float) -> float:
    return cal["y"][max(0, bisect.bisect_right(cal["x"], x) - 1)]


def calibrated(probability: float | None, rule_confidence: float, how: str, m: dict) -> float:
    """P(answer right): the isotonic map of the answer's group, fitted on answers the weights never saw.

    A group where the rules always stand is mapped from the rules' own score, the others from the
    model's probability of the answer. A reading by context, a kept sentence or a guess is never
    surer than a direct reading would be.
    """
    maps = m["calibration"]

    def value(cal: dict) -> float:
        return _step(cal, rule_confidence if cal["by"] == "rule confidence" else probability)

    p = value(maps[how])
    if how != "direct":
        p = min(p, value(maps["direct"]) - 0.01)
    return round(max(0.0, p), 2)


def explain(feature: str, weight: float) -> str:
    """A feature as a reviewer reads it: 'w:no_plans' -> 'words "no plans" +1.20'."""
    if feature.startswith("w:"):
        return f'words "{feature[2:].replace("_", " ")}" {weight:+.2f}'
    return f"{feature} {weight:+.2f}"
