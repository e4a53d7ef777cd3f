"""The page around a mention: what its title and earlier text name.

A sentence often writes only initials or a short name ("USF", "OCC", "W&M") because the article's
title or an earlier sentence already named the institution. ``page_text`` joins the title and the
preceding text into one normalized string; ``named_on_page`` says which of a mention's candidates
that text names by a name of its own (the IPEDS name, the name before a campus, or a project
alias). The resolver takes a candidate only when exactly one is named, so the page never makes it
choose between two.
"""

from __future__ import annotations

import re

from .flagship import flagship
from .link import STATE_NAMES, Index, link_plain, normalize, split_campus

# Only the end of a long page's earlier text is read: the nearer text is what the writer leans on,
# and the lookup stays bounded.
MAX_BEFORE_CHARS = 4000
_MIN_ALIAS_CHARS = 4  # "penn", "ucla": a shorter alias ("mit" aside) is too often another word


def page_text(title: str | None, before: str | None) -> str | None:
    """' <title> <end of the earlier text> ', normalized, or None when both are empty."""
    if not title and not before:
        return None
    parts = [(title or "").strip(), (before or "").strip()[-MAX_BEFORE_CHARS:]]
    text = normalize(" ".join(p for p in parts if p))
    return f" {text} " if text else None


def names_of(index: Index, uid: int) -> set[str]:
    """The keys by which a text names ``uid`` itself: its name and its name before a campus, of two
    words or more."""
    name = index.institutions[uid]["name"]
    out = {normalize(name)}
    split = split_campus(name)
    if split:
        out.add(normalize(split[0]))
    return {k for k in out if len(k.split()) >= 2}


def named_in(index: Index, uids, text: str, names=names_of) -> set[int]:
    """The candidates the (normalized, space-padded) text names: by full IPEDS name if any does,
    else by any of ``names``."""
    full = {u for u in uids if has_key(text, normalize(index.institutions[u]["name"]))}
    return full or {u for u in uids if any(has_key(text, k) for k in names(index, u))}


def has_key(text: str, key: str) -> bool:
    """Whether a normalized, space-padded text holds this key as whole words."""
    return bool(key) and f" {key} " in text


def _page_names(index: Index, uid: int) -> set[str]:
    """The keys by which a page names ``uid``: ``names_of`` and its project aliases (one
    institution's, at least four letters or two words)."""
    out = names_of(index, uid)
    for key in index.project_aliases.get(uid, ()):
        if (len(key.split()) >= 2 or len(key) >= _MIN_ALIAS_CHARS) and len(index.keys.get(key, {})) == 1:
            out.add(key)
    return out


def named_on_page(index: Index, uids, page: str | None) -> set[int]:
    """The candidates the page names (by full IPEDS name if any does, else by any of its names)."""
    return named_in(index, uids, page, _page_names) if page else set()


def one_named(index: Index, uids, page: str | None) -> int | None:
    """The one candidate the page names; None when it names none or several (campuses named by
    their shared name, "Arizona State University", count as their flagship when they have one)."""
    return one_of(index, named_on_page(index, uids, page))


def one_of(index: Index, named: set[int]) -> int | None:
    """The one institution of those named: the only one, or the flagship of one family."""
    if len(named) == 1:
        return next(iter(named))
    return flagship(index, named) if named else None


def place_text(context: str | None, title: str | None, before: str | None) -> tuple[str, str]:
    """(the sentence, title and end of the earlier text; the sentence and title alone), as written:
    towns and states are read with their capitals, so "Mobile" or "Normal" as words place nothing."""
    near = " ".join(p for p in (context or "", title or "") if p)
    return " ".join(p for p in (near, (before or "")[-MAX_BEFORE_CHARS:]) if p), near


def _place_written(text: str, place: str) -> bool:
    """A town's or state's name standing for the place ("in Washington", "Pullman's"), not inside an
    institution's name ("Washington State University", "University of Michigan", "Boise State")."""
    pattern = rf"(?<!\bof )\b{re.escape(place)}\b(?!\s+(?:State|University|College|Tech|Community|A\s?&\s?M))"
    return bool(re.search(pattern, text))


def placed(index: Index, uids, text: str | None, near: str | None = None) -> int | None:
    """The one candidate whose town the text names ("WSU" on a page about Pullman), else the one
    in a state that ``near`` (the sentence and title; the text when not given) names: a state far
    up a page is too loose a hint. None when none or several are placed."""
    if not text:
        return None
    near = text if near is None else near
    uids = set(uids)
    towns = {u for u in uids if _town_written(text, index.institutions[u]["city"])}
    if towns:
        return next(iter(towns)) if len(towns) == 1 else None
    written: dict[str, bool] = {}
    for code in {index.institutions[u]["state"].upper() for u in uids}:
        name = STATE_NAMES[code].title() if code in STATE_NAMES else None
        written[code] = bool(name) and name in near and _place_written(near, name)
    there = {u for u in uids if written[index.institutions[u]["state"].upper()]}
    return next(iter(there)) if len(there) == 1 else None


def _town_written(text: str, city: str) -> bool:
    city = (city or "").strip()
    if len(city) < 4 or city not in text or normalize(city) in _NOT_TOWNS:
        return False
    return _place_written(text, city)


# IPEDS towns that are also words writers use for the institution itself.
_NOT_TOWNS = {"university", "college", "state college", "university center"}


MAX_NAME_WORDS = 8


def institutions_in(index: Index, text: str | None) -> set[int]:
    """Every institution the (normalized) text names by its IPEDS name or a project alias, read left
    to right, longest name first ("Michigan State University" is not also "Michigan")."""
    words = (text or "").split()
    found: set[int] = set()
    i = 0
    while i < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            uid = _named_by(index, " ".join(words[i:i + n]))
            if uid is not None:
                found.add(uid)
                i += n
                break
        else:
            i += 1
    return found


def _named_by(index: Index, key: str) -> int | None:
    """The one institution ``key`` names as the linker reads it alone, by a name or an alias
    (several campuses named so count as their flagship); a single word only when it is a project
    or IPEDS alias of at least four letters."""
    if key not in index.keys or (len(key.split()) < 2 and len(key) < _MIN_ALIAS_CHARS):
        return None
    result = link_plain(index, key)
    if result.unitid is not None:
        return result.unitid if (result.via or "").startswith(_BY_NAME) else None
    cands = {c.unitid for c in result.candidates}
    return one_of(index, cands) if cands and all(c.via.startswith(_BY_NAME) for c in result.candidates) else None


_BY_NAME = ("name", "main campus of", "a campus of", "project alias", "IPEDS alias")
