"""On the real seed data in data/, the build gives the colors the press reported."""

import csv
import sqlite3

import pytest
from conftest import DATA

# (slug, color, why the public record gives that color; the id of the deciding row where it matters)
EXPECTED = [
    ("university-of-california-los-angeles", "green", "Vice Chancellor Beck's 2020-02-19 letter drops the 2019 plan"),
    ("harvard-university", "green", "no answer in Jan. 2020, then on the won't-use list by March 2020"),
    ("carnegie-mellon-university", "green", "2022-07-15 policy news: never used it, draft allowing it withdrawn"),
    ("boston-college", "green", "2020 scorecard won't-use list"),
    ("massachusetts-institute-of-technology", "green", "2020 scorecard won't-use list"),
    ("university-of-michigan-ann-arbor", "green", "2020 scorecard won't-use list (Daily Dot)"),
    ("new-college-of-florida", "green", "dr-new-college-of-florida-2020-02-scorecard: won't-use list (Miami New Times)"),
    ("james-madison-university", "red", "2020 won't-use listing, then Respondus Monitor contract (2021-03-08)"),
    ("university-of-southern-california", "red", "dr-...-2020-05-15-dorm-face-scans: face readers in residence halls since 2017"),
    ("tufts-university", "red", "named as using or planning in the campaign's February 2020 update"),
    ("university-of-florida", "red", "dr-university-of-florida-2025-08-30-express-entry: face-matched stadium entry"),
    ("arizona-state-university-campus-immersion", "red", "2025 announced trial of face-matched student ticketing"),
    ("depaul-university", "red", "2020 won't-use listing, then Respondus Monitor proctoring (2021 suit)"),
    ("northwestern-university", "red", "required face-scanning proctoring (2021 BIPA suits: Respondus, Examity)"),
    ("illinois-institute-of-technology", "red", "Respondus Monitor required in 2020; ruling of 2022-07-15"),
    ("lewis-university", "red", "Respondus Monitor, suit filed Nov. 2020 against the school"),
    ("bradley-university", "red", "Respondus Monitor, suit filed 2021-03-18"),
    ("olivet-nazarene-university", "red", "Examity names the school as a client (2021 filing)"),
    ("western-governors-university", "red", "Examity face-geometry identity checks (2021-04-16 suit)"),
    ("university-of-illinois-chicago", "red", "records: campus police bought Clearview AI in Aug. 2019"),
    ("university-of-wisconsin-madison", "red", "2021-11-16: UWPD draft policy listing when it may use face recognition"),
    ("florida-international-university", "red", "no answer in 2020, then Honorlock proctoring (EFF, 2020-09)"),
    ("university-of-california-santa-barbara", "red", "ProctorU for spring 2020 exams (Daily Nexus)"),
    ("stanford-university", "yellow", "reported customer in 2019, said it stopped: ended use, no commitment"),
    ("university-of-miami", "yellow", "Oct. 2020 official denial outranks the same month's press report (rule 3)"),
    ("duke-university", "yellow", "vague 2020 statement (might use)"),
    ("george-washington-university", "yellow", "vague 2020 statement (might use)"),
    ("american-university", "yellow", "vague 2020 statement (might use)"),
    ("yale-university", "yellow", "dr-yale-university-2020-03-02-not-a-clearview-client: denial, no commitment"),
    ("university-of-san-francisco", "yellow", "dorm face-recognition pilot from 2013, ended 2016, no commitment"),
    ("miami-dade-college", "yellow", "dr-miami-dade-college-2020-02-refusal: refused to say either way"),
    ("university-of-california-berkeley", "yellow", "no external proctoring services (2020), not a commitment on FR"),
    ("oberlin-college", "yellow", "2020 scorecard no-response list"),
    ("ohio-state-university-main-campus", "red", "no answer in 2020, then face-matched student entry at Ohio Stadium (2025-10-04)"),
    ("kent-state-university-at-kent", "red", "2020 won't-use listing, then ProctorU and Respondus Monitor kept in use (2022-09)"),
    ("cornell-university", "red", "2020 won't-use listing, then an Examity proctoring contract (2020-10-21)"),
    ("california-state-university-los-angeles", "yellow", "2023: proctoring not adopted but faculty may request it (might use)"),
    ("bridgewater-college", "yellow", "used Respondus in spring 2020 and stopped, no commitment (ended use)"),
    ("austin-peay-state-university", "red", "dr-austin-peay-state-university-2024-honorlock-only: Honorlock the one tool from Aug. 2024"),
    ("new-york-institute-of-technology", "yellow", "dr-...-2020-05-07-no-webcam-monitoring: webcam analysis off for finals, no commitment"),
    ("princeton-university", "yellow", "dr-...-2023-06-15-cameras-no-face-recognition: cameras have no face recognition now, no commitment"),
    ("vanderbilt-university", "red", "dr-...-2022-07-19-visionpass-dining: face-scan entry at the Commons dining gates"),
    ("new-jersey-institute-of-technology", "red", "library entrance face matching tested 2015, still running 2019-10-22"),
    ("georgia-institute-of-technology-main-campus", "red", "2020 won't-use listing, then Honorlock proctoring from fall 2020 (Technique, 2020-10-15)"),
    ("university-of-minnesota-twin-cities", "red", "Honorlock bought after a 2024 request for proposals"),
    ("vincennes-university", "red", "dr-...-2026-07-01-honorlock-replaces-proctorio: Proctorio (detection only) gave way to Honorlock"),
    ("normandale-community-college", "red", "Respondus Monitor in its courses (2023-06-08 notice)"),
    ("baylor-university", "red", "dr-...-2020-07-15-respondus-only-proctoring: Respondus Monitor the one campus-wide tool from fall 2020"),
]


@pytest.fixture(scope="module")
def conn(published):
    return sqlite3.connect(f"file:{published}?mode=ro", uri=True)


@pytest.mark.parametrize("slug,color,why", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_seed_campus_has_its_reported_color(conn, slug, color, why):
    assert conn.execute("select color from campuses where slug = ?", (slug,)).fetchone() == (color,), why


def test_desk_research_rows_name_their_method_and_sources(conn):
    rows = conn.execute("select id, recorded_by, source_urls, summary from evidence where id like 'dr-%'").fetchall()
    assert len(rows) >= 25
    assert {r[1] for r in rows} == {"desk-research"}
    assert all(r[2] and r[3] for r in rows)


@pytest.mark.parametrize("slug", ["broward-college", "nevada-state-college"])
def test_a_vendor_claim_alone_raises_review_but_colors_nothing(conn, slug):
    assert conn.execute("select color, needs_review from campuses where slug = ?", (slug,)).fetchone() == ("gray", 1)


def test_a_later_statement_changes_the_color_and_the_history_keeps_both(conn):
    as_of = lambda d: conn.execute(  # noqa: E731
        "select h.color from history h join campuses c using (unitid) where c.slug = 'university-of-florida' "
        "and h.valid_from <= ? and (h.valid_to is null or h.valid_to > ?)", (d, d)).fetchone()
    assert as_of("2020-03-31") == ("green",) and as_of("2025-09-01") == ("red",)


def test_a_withdrawn_draft_is_red_only_until_the_withdrawal(conn):
    as_of = lambda d: conn.execute(  # noqa: E731
        "select h.color from history h join campuses c using (unitid) where c.slug = 'carnegie-mellon-university' "
        "and h.valid_from <= ? and (h.valid_to is null or h.valid_to > ?)", (d, d)).fetchone()
    assert as_of("2022-07-10") == ("red",) and as_of("2022-07-20") == ("green",)


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
