"""The written-d stance sets: well-formed, labelled with known stances, and honestly split."""

import csv
import sys
from pathlib import Path

import pytest
from classify_report import ReportError, read_rows

from scorecard.method import STANCES

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SETS = [FIXTURES / "stance_written_d_train.csv", FIXTURES / "stance_written_d_test.csv"]
HEADER = ["text", "title", "before", "stance"]

sys.path.insert(0, str(ROOT / "bench"))
import make_written_d_fixtures  # noqa: E402


def read(path):
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def test_each_set_has_the_header_and_only_known_stances():
    for path in SETS:
        header, rows = read(path)
        assert header == HEADER, path.name
        assert rows, path.name
        assert {stance for _, stance in read_rows(path)} <= set(STANCES), path.name


def test_every_statement_has_its_page_title_and_text():
    for path in SETS:
        _, rows = read(path)
        assert all(r["text"].strip() and r["title"].strip() for r in rows), path.name


def test_no_statement_appears_twice_in_either_set_or_across_them():
    texts = [r["text"] for path in SETS for r in read(path)[1]]
    assert len(texts) == len(set(texts))


def test_train_and_test_share_no_page():
    train, test = ({r["title"] for r in read(path)[1]} for path in SETS)
    assert not train & test


def test_each_sentence_follows_the_one_before_it_on_its_page():
    for path in SETS:
        previous = {}
        for r in read(path)[1]:
            assert r["before"] == previous.get(r["title"], ""), r["text"]
            previous[r["title"]] = r["text"]


def test_all_eight_stances_are_in_both_sets():
    for path in SETS:
        assert {r["stance"] for r in read(path)[1]} == set(STANCES), path.name


def test_the_csv_files_are_what_the_generator_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(make_written_d_fixtures, "OUT", tmp_path)
    make_written_d_fixtures.main()
    for path in SETS:
        assert (tmp_path / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), path.name


def test_an_unknown_stance_is_named_with_its_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("text,title,before,stance\nThe college bans it.,A title,,banned\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"bad\.csv: unknown stance\(s\) banned"):
        read_rows(bad)
