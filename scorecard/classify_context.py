"""Reference by context: what "the technology", "the system", "the plan" mean on a page about facial recognition.

Most sentences in an article never repeat "facial recognition". When the page's title or the
text before a sentence mentions it, a sentence with no mention of its own may still speak of it
through the words listed in ``stance_lexicon.json`` under "context_references".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .classify_text import Term, raw_lexicon, _lower, find_mentions, normalise

CONTEXT_KIND = "reference by context"


@lru_cache(maxsize=1)
def _references() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in raw_lexicon()["context_references"]["patterns"])


@lru_cache(maxsize=1)
def _outsider_pages() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in raw_lexicon()["outsider_pages"]["patterns"]))


def page_of_an_outsider(title: str) -> bool:
    """Whether a page's title says it is about a campus abroad or K-12 schools, not a US college."""
    return bool(_outsider_pages().search(_lower(title)))


def about_facial_recognition(*texts: str | None) -> bool:
    """Whether any of the texts (a title, the preceding sentences) mentions facial recognition."""
    return any(t and find_mentions(normalise(t).replace("\n", " ")) for t in texts)


def context_terms(sentence: str) -> list[Term]:
    """The words of a sentence that refer to facial recognition when the page is about it, most specific first."""
    low = _lower(sentence)
    for regex in _references():
        m = regex.search(low)
        if m:
            return [Term(sentence[m.start():m.end()], CONTEXT_KIND, m.start(), m.end())]
    return []
