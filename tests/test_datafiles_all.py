"""Every file in data/ is read and checked by scorecard.datafiles, each declared once as a FileSpec;
`scorecard validate` and `scorecard build` report the linker's files and the watch lists too."""

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from scorecard import datafiles
from scorecard.cli import cli
from scorecard.datafiles import DataError, Problem
from scrapers import SOURCES, common

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TODAY = "2026-11-26"


@pytest.fixture
def data(tmp_path):
    d = tmp_path / "data"
    shutil.copytree(DATA, d, ignore=shutil.ignore_patterns("*.md"))
    return d


def validate(folder):
    return CliRunner().invoke(cli, ["validate", "--data", str(folder), "--today", TODAY])


def test_every_csv_shipped_in_data_has_a_spec_whose_columns_are_its_header():
    specs = {s.name: s for s in datafiles.SPECS}
    for path in sorted(DATA.glob("*.csv")):
        assert path.name in specs, path.name
        with path.open(encoding="utf-8-sig", newline="") as f:
            assert next(csv.reader(f)) == specs[path.name].columns, path.name


def test_every_watch_list_a_source_reads_is_a_spec():
    assert {s.watch_list for s in SOURCES.values() if s.watch_list} <= {s.name for s in datafiles.SPECS}


def test_shipped_data_has_no_problems():
    data, problems = datafiles.load(DATA, dt.date.fromisoformat(TODAY))
    assert problems == []
    assert data.systems and data.system_aliases and data.feeds and data.vendors and data.sources


def test_validate_reports_a_system_row_naming_an_unknown_campus(data):
    with (data / "systems.csv").open("a", encoding="utf-8") as f:
        f.write("999999,Nowhere System\n")
    result = validate(data)
    assert result.exit_code == 1
    lines = len((data / "systems.csv").read_text(encoding="utf-8").splitlines())
    assert (f"{data / 'systems.csv'}:{lines}: unitid: '999999' is not an institution in institutions.csv"
            in result.output)


def test_validate_reports_a_system_alias_naming_no_system(data):
    (data / "system_aliases.csv").write_text("alias,system\nUC,University of Californa\n", encoding="utf-8")
    result = validate(data)
    assert result.exit_code == 1
    assert (f"{data / 'system_aliases.csv'}:2: system: 'University of Californa' is not a system in systems.csv"
            in result.output)


def test_validate_reports_a_system_alias_listed_twice(data):
    (data / "system_aliases.csv").write_text("alias,system\nUC,University of California\n"
                                             "UC,University of California\n", encoding="utf-8")
    assert f"{data / 'system_aliases.csv'}:3: alias: 'UC' duplicates line 2" in validate(data).output


def test_validate_reports_a_required_field_left_empty_in_a_watch_list(data):
    (data / "vendors.csv").write_text("vendor,url,page_kind,notes\n,https://v.example.org/,marketing,\n",
                                      encoding="utf-8")
    assert f"{data / 'vendors.csv'}:2: vendor: is required" in validate(data).output


def test_validate_reports_a_bad_sources_row(data):
    (data / "sources.csv").write_text("unitid,url,label,added_on,notes\n211440,ftp://x.example.org/,L,2026-11-01,\n",
                                      encoding="utf-8")
    result = validate(data)
    assert result.exit_code == 1
    assert f"{data / 'sources.csv'}:2: url:" in result.output


def test_build_refuses_a_bad_watch_list_and_keeps_the_old_database(data, tmp_path):
    db = tmp_path / "pub.db"
    args = ["build", "--data", str(data), "--store", str(tmp_path / "s.db"), "--db", str(db), "--today", TODAY]
    assert CliRunner().invoke(cli, args).exit_code == 0
    before = db.read_bytes()
    (data / "feeds.csv").write_text("url,format,name,publisher,unitid,notes\nhttps://n.example.org/f,json,N,,,\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"{data / 'feeds.csv'}:2: format: 'json' is not one of rss, atom" in result.output
    assert db.read_bytes() == before


def test_the_linker_needs_its_systems_files(data):
    (data / "systems.csv").unlink()
    with pytest.raises(DataError) as e:
        datafiles.load_for_linking(data)
    assert str(e.value.problems[0]) == f"{data / 'systems.csv'}:0: file: does not exist"


def test_an_importers_problems_are_the_same_exception_and_shape_as_datas(tmp_path):
    with pytest.raises(DataError) as e:
        common.read_input(tmp_path / "missing.csv")
    assert e.value.problems == [Problem(str(tmp_path / "missing.csv"), 0, "file", "does not exist")]


def test_validate_reports_an_abroad_row_of_an_unknown_kind(data):
    with (data / "abroad.csv").open("a", encoding="utf-8") as f:
        f.write("country,Narnia\n")
    result = validate(data)
    assert result.exit_code == 1
    lines = len((data / "abroad.csv").read_text(encoding="utf-8").splitlines())
    assert f"{data / 'abroad.csv'}:{lines}: kind: 'country' is not 'name' or 'place'" in result.output


def test_validate_reports_an_abroad_name_that_is_a_us_institution(data):
    with (data / "abroad.csv").open("a", encoding="utf-8") as f:
        f.write("name,Amridge University\n")
    result = validate(data)
    assert result.exit_code == 1
    assert "'Amridge University' is the name of a US institution" in result.output
