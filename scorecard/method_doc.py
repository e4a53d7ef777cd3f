"""docs/method.md, written from method.py so the document cannot drift from the rules the code applies.

Regenerate with ``.venv/bin/python -m scorecard.method_doc > docs/method.md``; a test checks that the
file in the repository is what this renders.
"""

from . import method

INTRO = """\
# The scorecard's method

This is the method the Campus Facial Recognition Scorecard applies, generated from
`scorecard/method.py`, the one place the code defines it. The pipeline (`scorecard/colors.py`), the
validator, the published database's vocabulary tables and the `/method` page read the same
definitions.

## How a campus gets its color

Evidence is a dated record of one institution's stance: who said it, when, where (a link) and in
what words. Evidence comes from the files in `data/` (reviewed through git) and from the store
(submissions and what the sources find, reviewed in the web queue). The published database is
rebuilt from those two; nothing else decides a color.
"""


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def render() -> str:
    """The whole document, from the stances, colors, source ladder and rules of ``method``."""
    rules = "\n".join(f"{i}. **`{r.id}`**: {r.text}" for i, r in enumerate(method.RULES, 1))
    stances = _table(("stance", "meaning", "color", "substantive"), [
        (f"`{s.name}`", s.meaning, s.color or "none", "yes" if s.substantive else "no")
        for s in method.STANCES.values()])
    colors = _table(("color", "public label", "meaning"), [
        (c.name, c.label, c.description) for c in method.COLORS.values()])
    ladder = "\n".join(f"{i}. `{kind}`: {meaning}" for i, (kind, meaning) in enumerate(method.SOURCE_KINDS.items(), 1))
    return "\n".join([
        INTRO,
        "## The rules\n",
        "Each rule has a stable id, used as its anchor on `/method` (`#rule-<id>`), in `colors.py` where it "
        "is applied and in the names of the tests that check it.\n",
        rules,
        "\n## Stances\n",
        "One evidence row states one stance. A finding a source could not classify is stored as "
        f"`{method.UNCLASSIFIED}` and waits for a reviewer; it can never be approved as it is.\n",
        stances,
        "\n## Colors\n",
        colors,
        "\n## Source strength, strongest first\n",
        ladder,
        "",
    ])


if __name__ == "__main__":
    print(render(), end="")
