"""The flagship rule: a bare name that IPEDS splits into campuses ("Rutgers", "Penn State",
"University of Illinois") means the campus that holds most of its students, as the press uses it.

IPEDS lists Rutgers as three institutions (New Brunswick, Newark, Camden) that share the alias
"Rutgers", and Arizona State as several that begin "Arizona State University". Coverage writes the
bare name for the flagship. The rule, from the data alone:

1. the candidates' names share their first words, the *base* ("rutgers university"), which holds
   an institution word (University, College, ...) and more than generic words;
2. the *family* is every active institution whose IPEDS name is the base or begins with it;
3. every candidate belongs to the family (a closed row named so counts as belonging), and the
   flagship is the member with at least ``SHARE`` of the active members' 12-month FTE enrollment
   (IPEDS EFIA).

A family with no such member ("University of California", "University of Texas": no campus holds
three fifths of the students) keeps its ambiguity, so the rule never picks between equals.
"""

from __future__ import annotations

from .link import Index, normalize
from .name_forms import INSTITUTION_WORD

SHARE = 0.60
_GENERIC = {"university", "college", "of", "and", "state", "community", "institute", "school"}


def base_name(index: Index, uids) -> str | None:
    """The first words every candidate's name shares, when they make an institution's name."""
    names = [normalize(index.institutions[u]["name"]).split() for u in uids]
    if len(names) < 2:
        return None
    common = []
    for words in zip(*names, strict=False):
        if len(set(words)) > 1:
            break
        common.append(words[0])
    base = " ".join(common)
    if not INSTITUTION_WORD.search(base) or set(common) <= _GENERIC:
        return None
    return base


def _fte(row: dict) -> float:
    try:
        return float(row.get("fte_enrollment") or 0)
    except ValueError:
        return 0.0


def family(index: Index, base: str) -> set[int]:
    """Every institution, active or not, named the base or beginning with it."""
    exact = {u for u, (_, how) in index.keys.get(base, {}).items() if how == "name"}
    return index.prefixes.get(base, set()) | exact


def _active(row: dict) -> bool:
    return str(row.get("active", "1")) != "0"


def flagship(index: Index, uids) -> int | None:
    """The candidate the flagship rule names, or None when the rule does not apply."""
    uids = set(uids)
    base = base_name(index, uids)
    if base is None:
        return None
    everyone = family(index, base)
    if not uids <= everyone:
        return None
    members = {u for u in everyone if _active(index.institutions[u])}
    total = sum(_fte(index.institutions[u]) for u in members)
    if not members or total <= 0:
        return None
    top = max(members, key=lambda u: (_fte(index.institutions[u]), -u))
    return top if _fte(index.institutions[top]) >= SHARE * total else None
