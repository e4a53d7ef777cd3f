"""Reading text before any stance is decided: the lexicon, normalising, sentences, mentions.

The lexicon (``stance_lexicon.json``) holds every word list and cue; this module compiles it once,
normalises HTML and typography, splits sentences (abbreviations do not split), finds the
facial-recognition mentions and writes the masked form of a sentence that the stance rules read
("does not use frt").
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LEXICON_FILE = "stance_lexicon.json"


@dataclass(frozen=True)
class Term:
    """A facial-recognition mention found in a sentence: the words, what kind, where."""

    text: str
    kind: str
    start: int
    end: int


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
def raw_lexicon() -> dict:
    """The lexicon file as written: every word list the classifier's modules read."""
    return json.loads(resources.files("scorecard").joinpath(LEXICON_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """Compile the lexicon once per process."""
    raw = raw_lexicon()
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
    return list(_mentions(sentence))


@lru_cache(maxsize=16)  # one passage reads its sentences and title in several steps; small, so no gain across rounds
def _mentions(sentence: str) -> tuple[Term, ...]:
    low = _lower(sentence)
    found = [Term(sentence[m.start():m.end()], kind, m.start(), m.end())
             for kind, regex in lexicon().mentions for m in regex.finditer(low)]
    found.sort(key=lambda t: (t.start, t.start - t.end))
    kept: list[Term] = []
    for t in found:
        if not kept or t.start >= kept[-1].end:
            kept.append(t)
    return tuple(kept)


def mentions_facial_recognition(text: str) -> bool:
    """Whether any sentence of `text` mentions facial recognition (the crawler's filter)."""
    return bool(find_mentions(normalise(text).replace("\n", " ")))


_CONTRACTION = re.compile(r"\b(?:won't|can't|shan't|ain't|can not)\b|n't\b")
_CONTRACTED = {"won't": "will not", "can't": "cannot", "shan't": "shall not", "ain't": "is not", "can not": "cannot",
               "n't": " not"}
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?])")
_GENERIC_NOUN = re.compile(r"\bfrt(?: (?:technology|technologies|software|systems?|tools?|platforms?|products?|"
                           r"programs?|capabilit(?:y|ies)|features?|services?|solutions?|applications?|apps?|devices?|cameras?|readers?|"
                           r"scanners?|terminals?|kiosks?|gates?|lanes?))+\b")


_MAKER = re.compile(r"\bfrt (compan(?:y|ies)|vendors?|firms?|makers?|providers?|startups?|industry)\b")


def _masked(sentence: str, terms: list[Term]) -> str:
    """Lower-cased sentence with each mention replaced by 'frt' and contractions expanded."""
    low = _lower(sentence)
    parts, last = [], 0
    for t in terms:
        parts += [low[last:t.start], f" {low[t.start:t.end]} frt " if t.kind in lexicon().keep_words else " frt "]
        last = t.end
    parts.append(low[last:])
    text = " ".join(_CONTRACTION.sub(lambda m: _CONTRACTED[m.group()], "".join(parts)).replace('"', "").split())
    text = text.replace("anti- frt", "anti-frt")  # "anti-facial recognition activists" name no system
    text = _MAKER.sub(r"\1", text)  # "a frt company says": the company speaks, not a system
    return _GENERIC_NOUN.sub("frt", _SPACE_BEFORE_PUNCT.sub("", text))  # "frt software" is read as "frt"

