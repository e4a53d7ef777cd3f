"""Reference by context: what "the technology", "the system", "the plan" mean on a page about facial recognition.

Most sentences in an article never repeat "facial recognition". When the page's title or the
text before a sentence mentions it, a sentence with no mention of its own may still speak of it
through the words listed in ``stance_lexicon.json`` under "context_references".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .classify_names import abroad, names_an_institution, neutralise
from .classify_text import Term, _lower, find_mentions, lexicon, normalise, raw_lexicon

CONTEXT_KIND = "reference by context"


PLAN_KIND = "plan by context"  # "its plans", "the pilot": the words stay, they carry the cue


@lru_cache(maxsize=1)
def _references() -> tuple[tuple[re.Pattern, str], ...]:
    refs = raw_lexicon()["context_references"]
    things = [(re.compile(p), CONTEXT_KIND) for p in refs["patterns"]]
    return (things[0], (re.compile(refs["plan_words"]), PLAN_KIND), *things[1:])


@lru_cache(maxsize=1)
def _outsider_pages() -> tuple[re.Pattern, re.Pattern]:
    pages = raw_lexicon()["outsider_pages"]
    return tuple(re.compile("|".join(f"(?:{p})" for p in pages[key])) for key in ("patterns", "agency_patterns"))


@lru_cache(maxsize=256)  # every sentence of a page asks about the same title
def outsider_page(title: str) -> str | None:
    """What kind of outsider a page's title is about: "abroad or schools" (a campus abroad, K-12), "agency" (a city's police), or None.

    A title that names a US institution, or speaks of a campus, is never an outsider's page.
    """
    if names_an_institution(title):
        return None
    if abroad(title):
        return "abroad or schools"
    low = _lower(neutralise(title, [])[0])
    abroad_or_schools, agencies = _outsider_pages()
    if abroad_or_schools.search(low):
        return "abroad or schools"
    campus_words = any(m.group("inst") for m in lexicon().actors.finditer(low) if m.group("inst") != "it")
    return "agency" if not campus_words and agencies.search(low) else None


def page_of_an_outsider(title: str) -> bool:
    """Whether a page's title says it is about someone else: a campus abroad, K-12 schools, a city's police."""
    return outsider_page(title) is not None


_CAMPUS = re.compile(r"\b(?:universit(?:y|ies)|colleges?|campus(?:es)?)\b", re.IGNORECASE)


def outsider_owns(sentence: str, title: str | None) -> bool:
    """Whether a sentence on a page about an outsider is the outsider's business, not a US campus's.

    It is the campus's when it names a US institution, or, on a page about police or an agency
    ("Records show Dunmore police ran face searches"), when it speaks of a university or college:
    the agency in the title may be the campus's own police.
    """
    kind = outsider_page(title) if title else None
    if kind is None or names_an_institution(sentence):
        return False
    return not (kind == "agency" and _CAMPUS.search(sentence))


def about_facial_recognition(*texts: str | None) -> bool:
    """Whether any of the texts (a title, the preceding sentences) mentions facial recognition."""
    return any(t and find_mentions(normalise(t).replace("\n", " ")) for t in texts)


@lru_cache(maxsize=1)
def _not_continued() -> tuple[re.Pattern, re.Pattern]:
    lists = raw_lexicon()["context_references"]["not_continued"]
    return re.compile(lists["campaigners"]), re.compile(lists["look_alikes"])


_FACE = re.compile(r"\bfac(?:e|es|ial)\b")


def look_alike(sentence: str) -> bool:
    """Whether the sentence speaks of palm, fingerprint or iris readers (or gun detection) and never of faces."""
    low = _lower(sentence)
    return bool(_not_continued()[1].search(low)) and not _FACE.search(low)


def off_the_story(sentence: str) -> bool:
    """Whether the sentence is about campaigners (a petition, a senate) or only a look-alike (palm readers), not the page's system."""
    return bool(_not_continued()[0].search(_lower(sentence))) or look_alike(sentence)


def context_terms(sentence: str) -> list[Term]:
    """The words of a sentence that refer to facial recognition when the page is about it, most specific first."""
    low = _lower(sentence)
    for regex, kind in _references():
        m = regex.search(low)
        if m:
            return [Term(sentence[m.start():m.end()], kind, m.start(), m.end())]
    return []
