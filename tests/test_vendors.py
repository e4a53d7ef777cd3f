"""`scorecard vendors`: institutions named on vendor pages served by a real HTTP server on 127.0.0.1
become pending vendor claims (stance using), only when the link is sure."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scraperkit import run_list_command
from webserver import Site

from scorecard import store
from scorecard.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PAGES = ROOT / "tests" / "fixtures" / "vendors"
HEADER = "vendor,url,page_kind,notes\n"


def vendors_csv(folder: Path, site: Site) -> Path:
    path = folder / "vendors.csv"
    path.write_text(HEADER + f"FaceGate Campus,{site.url('/customers.html')},customer_list,fictional\n"
                    f"FaceGate Campus,{site.url('/press.html')},press_release,fictional\n", encoding="utf-8")
    return path


def run(listed: Path, db: Path, *extra: str):
    return run_list_command("vendors", listed, db, *extra)


def evidence(db: Path, columns="unitid, stance, source_kind, stated_on, publisher, quote"):
    return store.open_store(db).execute(f"select {columns} from evidence order by unitid").fetchall()


@pytest.fixture(scope="module")
def first(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vendors")
    site = Site(PAGES)
    listed, db = vendors_csv(folder, site), folder / "store.db"
    summary = json.loads(run(listed, db, "--json").stdout)
    rows = evidence(db)
    again = json.loads(run(listed, db, "--json").stdout)
    yield {"site": site, "summary": summary, "rows": rows, "db": db, "again": again, "rows_again": evidence(db)}
    site.close()


def test_named_institutions_become_pending_vendor_claims_of_use(first):
    assert first["rows"] == [
        (110662, "using", "vendor_claim", "2026-08-20", "FaceGate Campus", "UCLA"),
        (164988, "using", "vendor_claim", "2026-08-20", "FaceGate Campus",
         "Case study: how Boston University opened its labs without keycards"),
        (168148, "using", "vendor_claim", "2026-08-20", "FaceGate Campus",
         "Staff at Tufts University enroll new students in minutes, and residence halls at Oberlin College open "
         "with a glance."),
        (203535, "using", "vendor_claim", "2026-08-20", "FaceGate Campus", "Kenyon College logo"),
        (204501, "using", "vendor_claim", "2026-08-20", "FaceGate Campus",
         "Staff at Tufts University enroll new students in minutes, and residence halls at Oberlin College open "
         "with a glance."),
        (211440, "using", "vendor_claim", "2026-08-20", "FaceGate Campus", "Carnegie Mellon University"),
        (227757, "using", "vendor_claim", "2026-08-20", "FaceGate Campus", "Rice"),
    ]


def test_vendor_claims_are_pending_and_say_where_the_name_was(first):
    rows = evidence(first["db"], "review_status, origin, json_extract(details, '$.found_in'), "
                                 "json_extract(details, '$.listed_as')")
    assert rows == [("pending", "vendors", "list item", "UCLA"), ("pending", "vendors", "heading", "Boston University"),
                    ("pending", "vendors", "sentence", "Tufts University"),
                    ("pending", "vendors", "image alt text", "Kenyon College"),
                    ("pending", "vendors", "sentence", "Oberlin College"),
                    ("pending", "vendors", "list item", "Carnegie Mellon University"),
                    ("pending", "vendors", "list item", "Rice")]


def test_navigation_header_and_footer_names_are_not_claims(first):
    named = {n for (n,) in evidence(first["db"], "json_extract(details, '$.listed_as')")}
    assert not {"Harvard University", "Yale University"} & named


def test_unmatched_ambiguous_and_low_score_names_are_reported_not_recorded(first):
    s = first["summary"]
    assert [m["name"] for m in s["unmatched"]] == ["Hogwarts University"]
    assert [m["name"] for m in s["ambiguous"]] == ["Columbia College"]
    assert [(m["name"], m["score"]) for m in s["below_threshold"]] == [("Mellon University", 0.8)]


def test_page_naming_no_institution_adds_nothing(first):
    press = next(p for p in first["summary"]["pages"] if p["url"].endswith("/press.html"))
    assert (press["status"], press["names"], press["accepted"]) == (200, 0, 0)


def test_second_run_adds_nothing(first):
    assert first["again"]["evidence"] == [] and first["rows_again"] == first["rows"]
    assert first["again"]["already_in_store"] == 7 and first["again"]["from_cache"] == 2


def test_one_page_with_the_url_option(tmp_path):
    site = Site(PAGES)
    try:
        summary = json.loads(run(vendors_csv(tmp_path, site), tmp_path / "s.db", "--json",
                                 "--url", site.url("/press.html")).stdout)
    finally:
        site.close()
    assert [(p["vendor"], p["url"]) for p in summary["pages"]] == [("FaceGate Campus", site.url("/press.html"))]


def test_vendors_list_with_a_missing_column_fails_naming_it(tmp_path):
    listed = tmp_path / "vendors.csv"
    listed.write_text("vendor,url,notes\nA,https://a.example.org/,\n")
    result = CliRunner().invoke(cli, ["vendors", "--vendors", str(listed), "--store", str(tmp_path / "s.db"),
                                      "--data", str(DATA)])
    assert result.exit_code == 1
    assert f"{listed}:1: page_kind: column is missing" in result.output and "nothing fetched" in result.output


def test_approved_vendor_claim_alone_raises_needs_review_not_a_color(first, tmp_path):
    import sqlite3

    from scorecard import build, review

    db_path = tmp_path / "store.db"
    with sqlite3.connect(db_path) as copy:  # the module's store stays as the other tests read it
        sqlite3.connect(first["db"]).backup(copy)
    db = store.open_store(db_path)
    (kenyon,) = db.execute("select id from evidence where unitid = 203535").fetchone()
    review.approve(db, kenyon, "test:reviewer")
    build.build(DATA, db_path, tmp_path / "scorecard.db", None)
    row = sqlite3.connect(tmp_path / "scorecard.db").execute(
        "select color, needs_review from campuses where unitid = 203535").fetchone()
    assert row == ("gray", 1)
