"""scorecard submit, review list|approve|reject, export and backup; approved rows reach the public page."""

import csv
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import DATA, TODAY, make_datasette
from submission_support import counts, good, store_path  # noqa: F401

from scorecard import build
from scorecard.cli import cli

SCRIPT = "<script>alert(1)</script> said <b onmouseover=alert(2)>no</b>"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def submit_args(store_path, published, **changes):
    values = good(**changes)
    args = ["submit", "--store", store_path, "--db", published]
    for k, v in values.items():
        args += [f"--{k.replace('_', '-')}", v]
    return args


def test_submit_queues_a_statement_and_prints_its_tracking_link(store_path, published):
    r = run(*submit_args(store_path, published))
    assert r.exit_code == 0, r.output
    assert "pending: follow it at /submissions/sub-" in r.output
    assert counts(store_path)["submissions"] == 1


def test_submit_with_bad_fields_names_each_and_stores_nothing(store_path, published):
    r = run(*submit_args(store_path, published, campus="atlantis", source_url="file:///etc/passwd"))
    assert r.exit_code == 1
    assert "campus: 'atlantis' is not a campus" in r.output
    assert "source_url: 'file:///etc/passwd' is not an http(s) URL" in r.output
    assert counts(store_path)["submissions"] == 0


def test_submit_file_takes_json_lines(store_path, published, tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(json.dumps(good(quote=f"q{i}")) for i in range(3)))
    r = run("submit", "--store", store_path, "--db", published, "--file", f)
    assert r.exit_code == 0, r.output
    assert counts(store_path)["submissions"] == 3


def _one(store_path, published):
    r = run(*submit_args(store_path, published))
    return r.output.split()[0]


def test_review_list_shows_pending_items_with_color_preview(store_path, published):
    sid = _one(store_path, published)
    r = run("review", "list", "--store", store_path, "--db", published)
    assert sid in r.output
    assert "color green -> red" in r.output


def test_review_approve_and_reject_from_the_command_line(store_path, published):
    sid = _one(store_path, published)
    r = run("review", "approve", sid, "--store", store_path, "--reviewer", "alice", "--stance", "planning")
    assert r.exit_code == 0, r.output
    conn = sqlite3.connect(store_path)
    assert conn.execute("select review_status, reviewed_by, stance from evidence").fetchone() == (
        "approved", "alice", "planning")
    again = run("review", "reject", sid, "--store", store_path, "--reason", "late")
    assert again.exit_code == 1
    assert "already approved" in again.output


def test_export_appends_once_and_the_build_reads_it_from_data(store_path, published, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    sid = _one(store_path, published)
    run("review", "approve", sid, "--store", store_path, "--reviewer", "alice")
    assert run("export", "--data", data, "--store", store_path).exit_code == 0
    assert run("export", "--data", data, "--store", store_path).exit_code == 0
    rows = list(csv.DictReader((data / "evidence_reviewed.csv").read_text().splitlines()))
    assert [r["id"] for r in rows] == [sid]
    assert rows[-1]["recorded_by"] == "student" and rows[-1]["reviewed_by"] == "alice"
    result = build.build(data, store_path, tmp_path / "pub.db", TODAY)  # no duplicate-id error
    conn = sqlite3.connect(tmp_path / "pub.db")
    assert conn.execute("select color from campuses where unitid = 110662").fetchone() == ("red",)
    derived, research = (list(csv.DictReader((data / name).open(encoding="utf-8")))
                         for name in ("evidence.csv", "evidence_research.csv"))
    assert result.evidence == len(derived) + len(research) + len(rows)


def test_backup_is_a_consistent_copy_that_restores(store_path, published, tmp_path):
    _one(store_path, published)
    r = run("backup", "--store", store_path, tmp_path / "backups" / "store.db")
    assert r.exit_code == 0, r.output
    restored = tmp_path / "restored.db"
    shutil.copy(tmp_path / "backups" / "store.db", restored)
    assert counts(restored) == counts(store_path)
    assert sqlite3.connect(restored).execute("pragma integrity_check").fetchone() == ("ok",)


async def test_approved_script_quote_is_inert_on_the_rebuilt_campus_page(store_path, published, tmp_path):
    r = run(*submit_args(store_path, published, quote=SCRIPT))
    sid = r.output.split()[0]
    run("review", "approve", sid, "--store", store_path, "--reviewer", "alice")
    build.build(DATA, store_path, tmp_path / "scorecard.db", TODAY)
    ds = make_datasette(tmp_path / "scorecard.db")
    page = await ds.client.get("/campuses/university-of-california-los-angeles")
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "onmouseover=alert" not in page.text.replace("&lt;b onmouseover=alert", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    twin = await ds.client.get("/campuses/university-of-california-los-angeles.json")
    assert twin.headers["content-type"].startswith("application/json")
    assert SCRIPT in [e["quote"] for e in twin.json()["evidence"]]


async def test_approved_official_response_is_marked_as_the_institutions_reply(store_path, published, tmp_path):
    r = run(*submit_args(store_path, published, campus="mit", stance="wont_use", relation="official_response",
                         quote="MIT does not use facial recognition and will not."))
    run("review", "approve", r.output.split()[0], "--store", store_path, "--reviewer", "alice")
    build.build(DATA, store_path, tmp_path / "scorecard.db", TODAY)
    ds = make_datasette(tmp_path / "scorecard.db")
    page = await ds.client.get("/campuses/massachusetts-institute-of-technology")
    assert "The institution&#39;s reply:" in page.text or "The institution's reply:" in page.text


def test_export_after_a_crash_marks_rows_already_in_the_file_without_appending_again(store_path, published,
                                                                                     tmp_path):
    from scorecard import review, store

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    sid = _one(store_path, published)
    run("review", "approve", sid, "--store", store_path, "--reviewer", "alice")
    db = store.open_store(store_path)
    assert review.export(db, data, "cli") == (1, 1)
    db.execute("delete from exports")  # as if the process died after the rename, before the store commit
    db.conn.commit()
    assert review.export(db, data, "cli") == (0, 1)
    assert (data / "evidence_reviewed.csv").read_text().count(sid) == 1
    assert store.approved_evidence(db).empty


def test_export_leaves_the_derived_evidence_file_untouched_and_the_build_reads_the_reviewed_one(
        store_path, published, tmp_path):
    from scorecard import datafiles, review, store

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    derived = (data / "evidence.csv").read_bytes()
    sid = _one(store_path, published)
    run("review", "approve", sid, "--store", store_path, "--reviewer", "alice")
    assert review.export(store.open_store(store_path), data, "cli") == (1, 1)
    assert (data / "evidence.csv").read_bytes() == derived  # `scorecard derive` still reproduces it
    assert sid in (data / "evidence_reviewed.csv").read_text(encoding="utf-8")
    assert sid in {r["id"] for r in datafiles.load(data, TODAY)[0].evidence}


def test_a_reviewed_row_whose_id_is_already_in_data_fails_validation_naming_the_file(tmp_path):
    from scorecard import datafiles

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    with (data / "evidence.csv").open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header, first = next(reader), next(reader)
    with (data / "evidence_reviewed.csv").open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([header, first])
    problems = datafiles.load(data, TODAY)[1]
    assert any(p.file.endswith("evidence_reviewed.csv") and p.line == 2 for p in problems), problems


async def test_markup_in_an_approved_source_url_is_inert_in_the_color_change_feed(store_path, published, tmp_path):
    import xml.etree.ElementTree as ET

    url = 'https://news.example.com/a"><script>alert(1)</script>'
    r = run(*submit_args(store_path, published, campus="ucla", stance="using", stated_on="2025-05-01",
                         source_url=url))
    assert r.exit_code == 0, r.output
    run("review", "approve", r.output.split()[0], "--store", store_path, "--reviewer", "alice")
    build.build(DATA, store_path, tmp_path / "scorecard.db", TODAY)
    ds = make_datasette(tmp_path / "scorecard.db")
    feed = await ds.client.get("/scorecard/color_changes.atom?campus=university-of-california-los-angeles")
    assert feed.status_code == 200
    assert "<script>" not in feed.text
    root = ET.fromstring(feed.text)  # still well-formed XML
    contents = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}content")]
    assert any(url in (c or "") for c in contents)


def test_export_from_a_store_that_does_not_exist_fails_and_creates_none(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    r = run("export", "--data", data, "--store", tmp_path / "mistyped.db")
    assert (r.exit_code, r.output) == (1, f"Error: {tmp_path / 'mistyped.db'} does not exist (--store or "
                                          "$SCORECARD_STORE names the store)\n")
    assert list(tmp_path.iterdir()) == [data] and list(data.iterdir()) == []


def test_export_into_a_data_folder_that_does_not_exist_fails_naming_it(store_path, published, tmp_path):
    sid = _one(store_path, published)
    run("review", "approve", sid, "--store", store_path, "--reviewer", "alice")
    r = run("export", "--data", tmp_path / "no-data", "--store", store_path)
    assert (r.exit_code, r.output) == (1, f"Error: {tmp_path / 'no-data'} is not a folder (--data names the data/ "
                                          "folder to append to)\n")
    assert sqlite3.connect(store_path).execute("select count(*) from exports").fetchone() == (0,)


def test_export_says_the_file_it_appended_to(store_path, published, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    sid = _one(store_path, published)
    run("review", "approve", sid, "--store", store_path, "--reviewer", "alice")
    r = run("export", "--data", data, "--store", store_path)
    assert r.output == f"Appended 1 approved row(s) to {data / 'evidence_reviewed.csv'}; 1 marked as exported\n"


@pytest.mark.parametrize("command", [["review", "list"], ["review", "approve", "sub-x"],
                                     ["review", "reject", "sub-x", "--reason", "r"]])
def test_review_commands_on_a_store_that_does_not_exist_fail_and_create_none(command, tmp_path):
    r = run(*command, "--store", tmp_path / "mistyped.db")
    assert (r.exit_code, r.output) == (1, f"Error: {tmp_path / 'mistyped.db'} does not exist (--store or "
                                          "$SCORECARD_STORE names the store)\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("option", "value"), [("--stance", "wont-use"), ("--origin", "crawl"), ("--limit", "0")])
def test_review_list_refuses_an_unknown_filter_value_naming_the_option(option, value, store_path, published):
    _one(store_path, published)
    r = CliRunner().invoke(cli, ["review", "list", "--store", str(store_path), option, value])
    assert r.exit_code == 2
    assert f"Invalid value for '{option}': " in r.output and value in r.output


def test_review_list_filters_by_a_known_stance_and_origin(store_path, published):
    sid = _one(store_path, published)
    listed = run("review", "list", "--store", store_path, "--db", published, "--stance", good()["stance"],
                 "--origin", "submission")
    assert sid in listed.output
    assert sid not in run("review", "list", "--store", store_path, "--db", published, "--origin", "crawler").output
