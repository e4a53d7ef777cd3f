"""On the real seed data in data/, the build gives the colors the press reported."""

import csv
import sqlite3

import pytest
from conftest import DATA

EXPECTED = [
    ("university-of-california-los-angeles", "green"),
    ("harvard-university", "green"),
    ("carnegie-mellon-university", "green"),
    ("university-of-southern-california", "red"),
    ("tufts-university", "red"),
    ("stanford-university", "yellow"),
    ("university-of-miami", "yellow"),
    ("duke-university", "yellow"),
    ("yale-university", "yellow"),
]


@pytest.fixture(scope="module")
def conn(published):
    return sqlite3.connect(f"file:{published}?mode=ro", uri=True)


@pytest.mark.parametrize("slug,color", EXPECTED)
def test_seed_campus_has_its_reported_color(conn, slug, color):
    assert conn.execute("select color from campuses where slug = ?", (slug,)).fetchone() == (color,)


def test_ucla_is_decided_by_the_2020_02_19_statement(conn):
    decided, stated_on, conflicts = conn.execute(
        "select c.decided_by, e.stated_on, c.conflicts from campuses c join evidence e on e.id = c.decided_by "
        "where c.slug = 'university-of-california-los-angeles'").fetchone()
    assert (stated_on, conflicts) == ("2020-02-19", 1)


def test_every_institution_without_evidence_is_gray(conn):
    assert conn.execute("""select count(*) from campuses c
        where c.color != 'gray' and not exists (select 1 from evidence e where e.unitid = c.unitid)""").fetchone() == (0,)
    assert conn.execute("""select count(*) from campuses c
        where c.color = 'gray' and exists (select 1 from evidence e where e.unitid = c.unitid
              and e.stance != 'unrelated' and e.source_kind != 'vendor_claim')""").fetchone() == (0,)


def test_every_ipeds_institution_is_published(conn):
    assert conn.execute("select count(*) from campuses").fetchone() == (6256,)
    shipped = sum(len(list(csv.DictReader((DATA / name).open(encoding="utf-8"))))
                  for name in ("evidence.csv", "evidence_research.csv"))
    assert conn.execute("select count(*) from evidence").fetchone() == (shipped,)


def test_the_scorecard_on_a_past_date_is_one_query(conn):
    as_of = lambda d: dict(conn.execute(  # noqa: E731
        "select c.slug, h.color from history h join campuses c using (unitid) "
        "where h.valid_from <= ? and (h.valid_to is null or h.valid_to > ?)", (d, d)).fetchall())
    assert as_of("2019-12-31")["university-of-california-los-angeles"] == "red"
    assert as_of("2020-03-01")["university-of-california-los-angeles"] == "green"
    assert as_of("2020-02-15")["harvard-university"] == "yellow"
    assert as_of("2020-03-15")["harvard-university"] == "green"


def test_published_database_passes_integrity_and_foreign_key_checks(conn):
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_full_text_search_finds_campuses_and_evidence(conn):
    hits = conn.execute("select name from campuses where rowid in "
                        "(select rowid from campuses_fts where campuses_fts match 'ucla')").fetchall()
    assert ("University of California-Los Angeles",) in hits
    assert conn.execute("select count(*) from evidence_fts where evidence_fts match 'vice chancellor'").fetchone()[0] >= 1


def test_release_id_is_date_and_content_hash(conn):
    (release,) = conn.execute("select value from release where key = 'release'").fetchone()
    assert release.startswith("2026-11-26-") and len(release) == len("2026-11-26-") + 8
