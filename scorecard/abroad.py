"""Universities outside the US: coverage names them ("Tsinghua University", "University of Toronto")
and the scorecard covers none of them, so such a mention is NONE, not a guess and not a review item.

data/abroad.csv holds two kinds of row: ``name`` (a non-US institution whose name holds no
foreign place, "University of Oxford") and ``place`` (a word that marks a place outside the US,
"Beijing", "Toronto"). A place word that occurs in any IPEDS name would turn a US college away
("Paris Junior College"), so loading refuses one, naming its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .datafiles import Problem, read_csv


@dataclass
class Abroad:
    names: set[str]
    places: set[str]
    short: set[str] = field(default_factory=set)  # "memorial university" of "Memorial University of Newfoundland"


def load_abroad(path: Path, index, problems: list[Problem]) -> Abroad:
    """The list, checked against the IPEDS names in ``index``."""
    from .link import normalize

    us_names = {normalize(r["name"]) for r in index.institutions.values()}
    us_text = "\n".join(sorted(us_names))
    names, places = set(), set()
    for line, r in read_csv(path, ["kind", "text"], problems):
        key = normalize(r["text"])
        if not key:
            problems.append(Problem(str(path), line, "text", "is empty"))
        elif r["kind"] == "name":
            if key in us_names:
                problems.append(Problem(str(path), line, "text", f"{r['text']!r} is the name of a US institution"))
            names.add(key)
        elif r["kind"] == "place":
            hit = re.search(rf"^.*\b{re.escape(key)}\b.*$", us_text, re.M)
            if hit:
                problems.append(Problem(str(path), line, "text",
                                        f"place {r['text']!r} occurs in the US institution name {hit.group(0)!r}"))
            places.add(key)
        else:
            problems.append(Problem(str(path), line, "kind", f"{r['kind']!r} is not 'name' or 'place'"))
    short = {n.split(" of ")[0] for n in names if " of " in n and len(n.split(" of ")[0].split()) >= 2}
    return Abroad(names, places, short - us_names)


def short_abroad(abroad: Abroad | None, key: str) -> bool:
    """Whether a normalized name is a listed non-US name without its "of <place>" tail, which no
    US institution is named ("Memorial University" for Memorial University of Newfoundland)."""
    return abroad is not None and key in abroad.short


def placed_abroad(abroad: Abroad | None, context: str | None) -> bool:
    """Whether a sentence holds a word that marks a place outside the US ("an Ontario watchdog")."""
    from .link import normalize

    return bool(context) and abroad is not None and _holds_place(abroad.places, normalize(context))


def named_abroad(abroad: Abroad | None, key: str) -> bool:
    """Whether a normalized name is a listed non-US institution or holds a non-US place word."""
    if abroad is None or not key:
        return False
    return key in abroad.names or _holds_place(abroad.places, key)


def _holds_place(places: set[str], key: str) -> bool:
    words = key.split()
    return any(" ".join(words[i:i + n]) in places for n in (1, 2, 3) for i in range(len(words) - n + 1))
