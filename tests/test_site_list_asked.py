"""The scorecard list's "asked, no answer yet" filter reads the published outreach table."""

import shutil
import sqlite3

import pytest
from datasette.utils import MultiParams

from scorecard.site import selection


@pytest.fixture
def conn(published, tmp_path):
    """A copy of the published database in which one campaign asked UCLA (no answer) and Harvard (answered)."""
    path = tmp_path / "scorecard.db"
    shutil.copy(published, path)
    c = sqlite3.connect(path)
    c.executemany("insert into outreach (campaign, unitid, kind, asked_on, answered_on, status) values (?, ?, ?, ?, ?, ?)",
                  [("spring", 110662, "inquiry", "2026-03-02", None, "asked"),
                   ("spring", 166027, "inquiry", "2026-03-02", "2026-03-10", "answered")])
    return c


def _slugs(conn, query: dict) -> set[str]:
    f = selection.parse(MultiParams({k: [v] for k, v in query.items()}), selection.choices(conn))
    picked = selection.select(conn, f)
    rows = [c for g in picked["groups"] for c in g["campuses"]] + (picked["gray"] or {"campuses": []})["campuses"]
    return {r["slug"] for r in rows}


def test_asked_lists_only_campuses_asked_that_have_not_answered(conn):
    assert _slugs(conn, {"asked": "1"}) == {"university-of-california-los-angeles"}


def test_asked_is_kept_in_the_links_to_the_same_selection(conn):
    f = selection.parse(MultiParams({"asked": ["1"], "state": ["CA"]}), selection.choices(conn))
    assert "asked=1" in selection.query_string(f)


def test_an_unknown_asked_value_names_the_parameter(conn):
    with pytest.raises(selection.BadParameter) as e:
        selection.parse(MultiParams({"asked": ["yes"]}), selection.choices(conn))
    assert e.value.parameter == "asked"


def test_a_page_number_in_other_digits_is_refused(conn):
    with pytest.raises(selection.BadParameter) as e:
        selection.parse(MultiParams({"page": ["\uff12"]}), selection.choices(conn))
    assert e.value.parameter == "page"
