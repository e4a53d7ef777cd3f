"""The one place the crawler meets the stance classifier.

``find_findings(text)`` returns each sentence of a page that mentions facial recognition, with its
neighbours and a stance. It uses ``scorecard.classify`` (issue 6) when that module is there; until then
a small mention pattern finds the sentences and the stance is ``unclassified``, for a reviewer to set.
The crawler takes any function of this shape, so tests and other classifiers can be passed in.
"""

import re
from dataclasses import dataclass

from scorecard.method import STORE_STANCES, UNCLASSIFIED

try:  # pragma: no cover - depends on whether issue 6 has landed
    from scorecard.classify import classify as _classify
    from scorecard.classify import split_sentences as _split_sentences
except ImportError:  # pragma: no cover
    _classify = _split_sentences = None

MENTION = re.compile(
    r"\b(?:facial|face)[\s-]+(?:recognition|matching|scanning|identification|biometrics?|surveillance)\b"
    r"|\bface[\s-]?(?:prints?|id)\b|\bbiometric[\s-]+(?:identification|surveillance|face)\b"
    r"|\b(?:clearview(?:\s+ai)?|rekognition|facefirst|neoface|anyvision|oosto|paravision|cognitec|"
    r"safr|trueface|faceplusplus|face\+\+)\b",
    re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Finding:
    sentence: str
    stance: str
    before: str  # the sentence before, "" at the start of a block
    after: str
    confidence: float | None = None
    cue: str | None = None


def split_sentences(text: str) -> list[str]:
    """Sentences, never across a line (block) break."""
    if _split_sentences is not None:
        return [s for s in _split_sentences(text) if s.strip()]
    out = []
    for block in text.split("\n"):
        out += [s.strip() for s in _SENTENCE_END.split(block) if s.strip()]
    return out


def find_findings(text: str) -> list[Finding]:
    sentences = split_sentences(text)
    if _classify is not None:
        picked = [(m.sentence.strip(), m.stance, m.confidence, m.cue) for m in _classify(text).mentions]
    else:
        picked = [(s, UNCLASSIFIED, None, None) for s in sentences if MENTION.search(s)]
    position = {}
    for i, s in enumerate(sentences):
        position.setdefault(s, i)
    out, seen = [], set()
    for sentence, stance, confidence, cue in picked:
        if sentence in seen:
            continue
        seen.add(sentence)
        i = position.get(sentence)
        out.append(Finding(sentence=sentence, stance=stance if stance in STORE_STANCES else UNCLASSIFIED,
                           before=sentences[i - 1] if i else "",
                           after=sentences[i + 1] if i is not None and i + 1 < len(sentences) else "",
                           confidence=confidence, cue=cue))
    return out
