"""What volunteers type in the campus field ("Purdue University", "University of Michigan", "Penn
State"), resolved through the entity linker (``scorecard.link``) after the exact lookups (slug,
alias, unitid, exact name). One confident institution is taken; several candidates come back as a
choice list for the form (and, named by slug, in the API's error).
"""

from .. import link
from .. import submissions as subs
from .systems import data_dir

MAX_CHOICES = 8


def load_index() -> link.Index:
    return link.load_index(data_dir())


class Finder:
    """A CampusFinder (text -> (Campus, None) or (None, reason)) that remembers the candidates of
    the last ambiguous name, so the form can offer them."""

    def __init__(self, pub, index: link.Index | None):
        self.exact, self.pub, self.index = subs.campus_finder(pub), pub, index
        self.candidates: list[dict] = []

    def __call__(self, text: str):
        found, reason = self.exact(text)
        if found is not None or self.index is None:
            return found, reason
        linked = link.link(self.index, text)
        if linked.unitid is not None and not linked.ambiguous:
            row = self.pub.execute("select unitid, slug, name from campuses where unitid = ?", (linked.unitid,)).fetchone()
            if row:
                return subs.Campus(*row), None
        served = {c.unitid for c in linked.candidates} and {r[0] for r in self.pub.execute(
            f"select unitid from campuses where unitid in ({','.join('?' * len(linked.candidates))})",
            [c.unitid for c in linked.candidates])}
        self.candidates = [{"slug": c.slug, "name": c.name, "city": c.city, "state": c.state}
                           for c in linked.candidates if c.unitid in served][:MAX_CHOICES]
        if self.candidates:
            slugs = ", ".join(c["slug"] for c in self.candidates)
            return None, f"{text[:200]!r} could be several campuses; choose one ({slugs})"
        return None, reason


def cached(datasette) -> link.Index | None:
    """The linker's index over data/, built once (about a second) on first use; None without data/."""
    if "_scorecard_link_index" not in datasette.__dict__:
        try:
            datasette._scorecard_link_index = load_index()
        except FileNotFoundError:
            datasette._scorecard_link_index = None
    return datasette._scorecard_link_index
