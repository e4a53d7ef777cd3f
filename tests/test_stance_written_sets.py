"""The own-words written stance sets (d: news and student papers; e: policy pages, proctoring,
trade press; i: pages that are not news): well-formed, labelled with known stances, and honestly
split by page."""

import csv
from pathlib import Path

import pytest
from classify_report import ReportError, read_rows

from scorecard.method import STANCES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HEADER = ["text", "title", "before", "stance"]
KEYS = ("d", "e", "i")
SETS = [FIXTURES / f"stance_written_{key}_{part}.csv" for key in KEYS for part in ("train", "test")]


def read(path):
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_a_written_set_has_the_header_and_only_known_stances(path):
    header, rows = read(path)
    assert header == HEADER
    assert rows
    assert {stance for _, stance in read_rows(path)} <= set(STANCES)


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_every_written_statement_has_its_page_title_and_text(path):
    assert [r for r in read(path)[1] if not r["text"].strip() or not r["title"].strip()] == []


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_all_eight_stances_are_in_every_written_set(path):
    assert {r["stance"] for r in read(path)[1]} == set(STANCES)


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.stem)
def test_each_written_sentence_follows_the_one_before_it_on_its_page(path):
    rows = read(path)[1]
    chained = [(a, b) for a, b in zip(rows, rows[1:], strict=False) if a["title"] == b["title"]]
    assert [b["text"] for a, b in chained if b["before"] != a["text"]] == []


def test_no_written_statement_appears_twice_in_or_across_the_sets():
    texts = [r["text"] for path in SETS for r in read(path)[1]]
    assert sorted(t for t in set(texts) if texts.count(t) > 1) == []


@pytest.mark.parametrize("key", KEYS)
def test_train_and_test_share_no_page(key):
    train, test = ({r["title"] for r in read(FIXTURES / f"stance_written_{key}_{part}.csv")[1]}
                   for part in ("train", "test"))
    assert not train & test


def test_an_unknown_stance_is_named_with_its_file(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("text,title,before,stance\nThe college bans it.,A title,,banned\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"bad\.csv: unknown stance\(s\) banned"):
        read_rows(bad)
