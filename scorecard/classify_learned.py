"""The learned part of the classifier: a last-resort naive Bayes model for mentions no rule explains.

The model (``stance_fallback.json``, written offline by ``tests/train_stance_fallback.py``) is
trained on the project's own statements; its answers carry low confidence so a reviewer looks at
them, and each names the words that swayed it.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources

from .classify_text import _masked, find_mentions, split_sentences

FALLBACK_FILE = "stance_fallback.json"  # written by tests/train_stance_fallback.py

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
    if not telling:  # only the prior speaks: no stance, a reviewer decides
        return "unrelated", 0.4, _FALLBACK_CUE + "no telling word"
    words = sorted(telling, key=lambda f: (-sway(f), f))[:3]
    cue = _FALLBACK_CUE + (", ".join(w.replace("_", " ") for w in words) or "no telling word")
    return stance, round(0.25 + 0.25 * probability, 2), cue

