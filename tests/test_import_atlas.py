"""`scorecard import atlas`: campus police face recognition rows from an Atlas of Surveillance export."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from scorecard import store
from scorecard.datafiles import DataError
from scrapers import atlas, common

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "atlas_sample.csv"
TODAY = dt.date(2026, 11, 26)
SCORECARD = str(Path(sys.executable).parent / "scorecard")


@pytest.fixture(scope="module")
def report(link_index):
    return atlas.parse(common.read_input(FIXTURE), "atlas_sample.csv", link_index, TODAY, as_of="2024-05-01")


def by_aos(report):
    return {r["details"]["aosnumber"]: r for r in report.rows}


def parse_text(text, link_index, name="bad.csv"):
    return atlas.parse(text, name, link_index, TODAY)


def reasons(excinfo):
    return [str(p) for p in excinfo.value.problems]


def fixture_lines():
    return FIXTURE.read_text(encoding="utf-8").splitlines(keepends=True)


def test_campus_police_face_recognition_rows_become_evidence(report):
    assert {r["unitid"] for r in report.rows} == {170976, 139755, 227757, 132903}


def test_evidence_is_pending_advocacy_using(report):
    assert {(r["stance"], r["source_kind"], r.get("review_status", "pending")) for r in report.rows} == {
        ("using", "advocacy", "pending")}


def test_other_technologies_and_non_campus_agencies_are_skipped(report):
    assert report.skipped == 3
    assert not {"AOS-FIX-0005", "AOS-FIX-0006", "AOS-FIX-0009"} & set(by_aos(report))


def test_agency_without_police_words_links_by_name():
    assert atlas.institution_name("University of Michigan Police Department") == "University of Michigan"
    assert atlas.institution_name("Department of Public Safety, Rice University") == "Rice University"


def test_campus_agency_is_recognised_by_its_name_without_type_of_lea(report):
    assert by_aos(report)["AOS-FIX-0004"]["unitid"] == 132903


def test_unmatched_agency_is_reported(report):
    assert [m.text for m in report.unmatched] == ["Example Valley College"]


def test_ambiguous_agency_is_reported_with_candidates(report):
    assert [m.text for m in report.ambiguous] == ["Penn State University"]
    assert len(report.ambiguous[0].link.candidates) > 1


def test_links_are_the_sources_without_repeats(report):
    assert by_aos(report)["AOS-FIX-0001"]["source_urls"].split() == [
        "https://news.example.org/2020/03/campus-police-face-recognition",
        "https://records.example.org/foia/um-police-fr.pdf", "https://blog.example.org/um-fr"]


def test_stated_on_comes_from_link_1_date(report):
    assert by_aos(report)["AOS-FIX-0001"]["stated_on"] == "2020-03-02"
    assert by_aos(report)["AOS-FIX-0002"]["stated_on"] == "2019-06-12"


def test_row_without_dates_takes_the_export_date_and_says_so(report):
    row = by_aos(report)["AOS-FIX-0003"]
    assert row["stated_on"] == "2024-05-01" and row["details"]["date_unknown"] is True


def test_empty_summary_is_written_from_the_row(report):
    assert "Clearview AI" in by_aos(report)["AOS-FIX-0003"]["summary"]


def test_importing_twice_adds_nothing(tmp_path, link_index, report):
    db = store.open_store(tmp_path / "store.db")
    first = common.save(db, link_index, atlas.parse(common.read_input(FIXTURE), "a.csv", link_index, TODAY), "import:atlas", TODAY)
    second = common.save(db, link_index, atlas.parse(common.read_input(FIXTURE), "a.csv", link_index, TODAY), "import:atlas", TODAY)
    assert len(first.added) == 4 and second.added == [] and len(second.already) == 4
    assert db.execute("select count(*) from evidence").fetchone()[0] == 4


def test_missing_column_is_named(link_index):
    lines = fixture_lines()
    text = "".join([lines[0].replace(",Vendor,", ","), *(line.replace(",DataWorks Plus,", ",") for line in lines[1:2])])
    with pytest.raises(DataError) as e:
        parse_text(text, link_index)
    assert reasons(e) == ["bad.csv:1: Vendor: column is missing"]


def test_renamed_column_is_named_with_its_new_name(link_index):
    text = "".join([fixture_lines()[0].replace(",Technology,", ",Technologies,"), *fixture_lines()[1:]])
    with pytest.raises(DataError) as e:
        parse_text(text, link_index)
    assert reasons(e) == ["bad.csv:1: Technology: column is missing (renamed to 'Technologies'?)"]


def test_non_utf8_file_fails_clearly(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(FIXTURE.read_text(encoding="utf-8").replace("Ann Arbor", "Sainte-Thérèse").encode("latin-1"))
    with pytest.raises(DataError) as e:
        common.read_input(path)
    assert "is not UTF-8" in reasons(e)[0] and ":2: file:" in reasons(e)[0]


def test_empty_file_fails_clearly(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(DataError) as e:
        common.read_input(path)
    assert reasons(e) == [f"{path}:0: file: is empty"]


def test_header_without_rows_fails_clearly(link_index):
    with pytest.raises(DataError) as e:
        parse_text(fixture_lines()[0], link_index)
    assert reasons(e) == ["bad.csv:1: file: has a header but no rows"]


def test_duplicate_row_fails_naming_the_first(link_index):
    lines = fixture_lines()
    with pytest.raises(DataError) as e:
        parse_text("".join(lines + [lines[2]]), link_index)
    assert reasons(e) == [f"bad.csv:{len(lines) + 1}: row: duplicates line 3"]


def test_duplicate_aos_number_fails(link_index):
    lines = fixture_lines()
    again = lines[2].replace("Atlanta", "Decatur")
    with pytest.raises(DataError) as e:
        parse_text("".join(lines + [again]), link_index)
    assert reasons(e) == [f"bad.csv:{len(lines) + 1}: AOSNUMBER: 'AOS-FIX-0002' duplicates line 3"]


def test_unparseable_date_fails_naming_the_column(link_index):
    lines = fixture_lines()
    lines[2] = lines[2].replace("June 12, 2019", "sometime in 2019")
    with pytest.raises(DataError) as e:
        parse_text("".join(lines), link_index)
    assert len(reasons(e)) == 1 and reasons(e)[0].startswith("bad.csv:3: Link 1 Date: 'sometime in 2019' is not a date")


def test_one_bad_row_imports_nothing(tmp_path, link_index):
    path = tmp_path / "late-error.csv"
    lines = fixture_lines()
    lines[-1] = lines[-1].replace("2020-01-01", "31/31/2020")
    path.write_text("".join(lines), encoding="utf-8")
    result = subprocess.run([SCORECARD, "import", "atlas", str(path), "--store", str(tmp_path / "s.db"),
                             "--data", str(ROOT / "data"), "--today", TODAY.isoformat()], capture_output=True, text=True)
    assert result.returncode == 1 and "nothing imported" in result.stderr
    assert store.open_store(tmp_path / "s.db").execute("select count(*) from evidence").fetchone()[0] == 0


def test_cli_imports_and_reports_unmatched(tmp_path):
    result = subprocess.run([SCORECARD, "import", "atlas", str(FIXTURE), "--store", str(tmp_path / "s.db"),
                             "--data", str(ROOT / "data"), "--today", TODAY.isoformat()],
                            capture_output=True, text=True, check=True)
    assert "4 pending evidence row(s) added" in result.stdout
    assert "unmatched (line 8): 'Example Valley College'" in result.stdout


@pytest.mark.parametrize("text,expected", [
    ("2019-06-12", "2019-06-12"), ("6/12/2019", "2019-06-12"), ("June 12, 2019", "2019-06-12"),
    ("12 June 2019", "2019-06-12"), ("June 2019", "2019-06"), ("2019", "2019"), ("2/30/2019", None),
    ("soon", None), ("2019-06-12T10:00:00Z", "2019-06-12"),
])
def test_parse_date_reads_the_forms_trackers_use(text, expected):
    assert common.parse_date(text) == expected


def test_school_district_police_is_not_campus_police():
    assert not atlas.is_campus_police({"Type of LEA": "School District Police", "Agency": "Springfield ISD Police"})
    assert atlas.is_campus_police({"Type of LEA": "", "Agency": "Rice University Police Department"})


def test_the_rows_state_and_city_reach_the_linker(link_index):
    lines = fixture_lines()
    row = lines[1].replace("Ann Arbor,Washtenaw County,MI,University of Michigan Police Department",
                           "Camden,Camden County,NJ,Rutgers Police Department")
    report = atlas.parse(lines[0] + row, "one.csv", link_index, TODAY, as_of="2024-05-01")
    assert [r["unitid"] for r in report.rows] == [186371]  # not the flagship: the row is in Camden
