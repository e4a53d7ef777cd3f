"""How to cite a campus page: plain text and BibTeX naming the permalink, release and retrieval date."""

import datetime as dt
import re

TITLE = "Campus Facial Recognition Scorecard"


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([&%$#_{}])", r"\\\1", text)


def cite(c: dict, permalink: str, retrieved: dt.date) -> dict:
    """{'text': ..., 'bibtex': ...} for the campus facts c."""
    year = c["release"][:4]
    text = (f"{TITLE}. “{c['name']}: {c['label']}.” Data release {c['release']}. "
            f"{permalink} (retrieved {retrieved.isoformat()}).")
    key = re.sub(r"[^a-z0-9]+", "", c["slug"])[:40] + year
    bibtex = "\n".join([
        f"@misc{{scorecard-{key},",
        f"  title = {{{_bibtex_escape(c['name'])}: {_bibtex_escape(c['label'])}}},",
        f"  author = {{{{{TITLE}}}}},",
        f"  howpublished = {{\\url{{{permalink}}}}},",
        f"  year = {{{year}}},",
        f"  note = {{Data release {_bibtex_escape(c['release'])}; retrieved {retrieved.isoformat()}}},",
        "}",
    ])
    return {"text": text, "bibtex": bibtex}
