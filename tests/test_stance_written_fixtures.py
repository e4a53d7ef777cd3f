"""The own-words stance statement sets are well-formed: a learned model trains on them as they are."""

import csv
from pathlib import Path

import pytest

from scorecard.method import STANCES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SETS = ("stance_written_e_train.csv", "stance_written_e_test.csv")


def read(name: str) -> tuple[list[str], list[dict]]:
    with (FIXTURES / name).open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


@pytest.mark.parametrize("name", SETS)
def test_a_written_set_has_the_four_columns_in_order(name):
    assert read(name)[0] == ["text", "title", "before", "stance"]


@pytest.mark.parametrize("name", SETS)
def test_a_written_set_uses_only_the_methods_stances(name):
    assert {r["stance"] for r in read(name)[1]} <= set(STANCES)


@pytest.mark.parametrize("name", SETS)
def test_every_written_statement_has_text_and_a_page_title(name):
    assert [r for r in read(name)[1] if not r["text"].strip() or not r["title"].strip()] == []


def test_no_written_statement_appears_twice_in_or_across_the_sets():
    texts = [r["text"] for name in SETS for r in read(name)[1]]
    assert sorted(t for t in set(texts) if texts.count(t) > 1) == []


def test_the_written_sets_together_cover_all_eight_stances():
    assert {r["stance"] for name in SETS for r in read(name)[1]} == set(STANCES)


def test_a_statements_before_is_the_statement_ahead_of_it_on_the_same_page():
    for name in SETS:
        rows = read(name)[1]
        chained = [(a, b) for a, b in zip(rows, rows[1:], strict=False) if a["title"] == b["title"]]
        assert [b["text"] for a, b in chained if b["before"] != a["text"]] == []
