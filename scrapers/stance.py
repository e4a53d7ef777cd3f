"""The one place the crawler meets the stance classifier.

``find_findings(text)`` returns each sentence of a page that mentions facial recognition, with its
neighbours and the stance ``scorecard.classify`` gives it. The crawler takes any function of this
shape, so tests and other classifiers can be passed in.
"""

import inspect
from dataclasses import dataclass

from scorecard.classify import classify
from scorecard.classify import split_sentences as _split_sentences
from scorecard.method import STORE_STANCES, UNCLASSIFIED


@dataclass(frozen=True)
class Finding:
    sentence: str
    stance: str
    before: str  # the sentence before, "" at the start of a block
    after: str
    confidence: float | None = None
    cue: str | None = None


def as_paragraphs(text: str) -> str:
    """The extractor puts one block (heading, paragraph, list item) a line; the classifier reads
    single line breaks as wrapped text, so blocks become paragraphs and never join into a sentence."""
    return "\n\n".join(block for block in text.split("\n") if block.strip())


def split_sentences(text: str) -> list[str]:
    """Sentences, never across a line (block) break."""
    return [s for s in _split_sentences(as_paragraphs(text)) if s.strip()]


def find_findings(text: str, title: str | None = None) -> list[Finding]:
    """Findings of a page's text; its title lets "the technology" refer to facial recognition."""
    sentences = split_sentences(text)
    passage = classify(as_paragraphs(text), title=title) if title else classify(as_paragraphs(text))
    picked = [(m.sentence.strip(), m.stance, m.confidence, m.cue) for m in passage.mentions]
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


def find_on_page(finder, page) -> list[Finding]:
    """A page's findings; the page title goes to finders that take one (any one-argument finder still works)."""
    if "title" in inspect.signature(finder).parameters:
        return finder(page.text, title=page.title or None)
    return finder(page.text)
