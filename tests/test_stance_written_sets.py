"""The own-words written stance sets (d: news and student papers; e: policy pages, proctoring,
trade press; f: whose use it is, outsiders near a campus and own use said indirectly; g: tense,
modality and the rarer stances; h: whole articles read by context; i: pages that are not news):
well-formed, labelled with known stances, and honestly split by page."""

import csv
import re
from pathlib import Path

import pytest
from classify_report import ReportError, read_rows

from scorecard.method import STANCES

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HEADER = ["text", "title", "before", "stance"]
KEYS = ("d", "e", "f", "g", "h", "i")
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


# Labelling conventions (tests/fixtures/README.md, "Labelling conventions") that a pattern can check.
NO_PLANS = re.compile(r"\bno plans? to(?: (?:use|adopt|try|buy|add|activate|bring|reinstall|replace)\b|[.,\"”]|$)", re.I)
FOR_NOW = re.compile(r"\b(?:current|currently|this year|at this time|for now|so far)\b", re.I)
EXTENDS_A_SYSTEM = re.compile(r"\belsewhere\b|\bto (?:the )?(?:other|older|more)\b", re.I)
NOT_A_COMMITMENT = re.compile(r"\bnot said it never will\b|\bnot a (?:promise|commitment)\b|\brule it out\b", re.I)
NON_ANSWER = re.compile(
    r"\b(?:did not|didn't|would not|wouldn't|has not|hasn't|have not|had not) (?:say|said) (?:whether|if)\b(.*)", re.I)
FUTURE = re.compile(r"\b(?:will|would|might|could|may|again|future|later|return|revived?)\b", re.I)
ANNOUNCED_STOP = re.compile(r"\bwill (?:stop|retire|discontinue|phase out) (?:using|scanning|the|its)\b", re.I)
PAUSED_USE = re.compile(r"\b(?:has|have|voted to) paused? (?!plans?\b)", re.I)
VOTE_TALLY = re.compile(
    r"^(?:The vote was \d+-\d+|\w+ (?:trustees?|regents?|senators?) (?:abstained|voted against the (?:deal|contract|resolution)))\b",
    re.I)


def written_rows():
    for path in SETS:
        for row in read(path)[1]:
            yield path.stem, row


def pages():
    by_title = {}
    for name, row in written_rows():
        by_title.setdefault((name, row["title"]), []).append(row["text"])
    return by_title


def mislabelled(matches, allowed):
    """The rows a convention covers whose stance it does not allow, named by set and text."""
    return [(name, row["text"], row["stance"]) for name, row in written_rows()
            if matches(name, row) and row["stance"] not in allowed]


def test_has_no_plans_to_adopt_it_is_wont_use_unless_limited_to_now_or_the_page_denies_a_commitment():
    page = pages()

    def covered(name, row):
        text = row["text"]
        return (NO_PLANS.search(text) and not FOR_NOW.search(text) and not EXTENDS_A_SYSTEM.search(text)
                and not any(NOT_A_COMMITMENT.search(s) for s in page[(name, row["title"])]))

    assert len([1 for name, row in written_rows() if covered(name, row)]) >= 20
    assert mislabelled(covered, {"wont_use"}) == []


def test_no_plans_to_extend_a_running_system_keeps_that_systems_stance():
    assert mislabelled(lambda _, row: NO_PLANS.search(row["text"]) and EXTENDS_A_SYSTEM.search(row["text"]),
                       {"using", "planning"}) == []


def test_not_saying_whether_it_will_use_it_later_is_might_use():
    def covered(_, row):
        found = NON_ANSWER.search(row["text"])
        return found and FUTURE.search(found.group(1))

    assert len([1 for name, row in written_rows() if covered(name, row)]) >= 20
    assert mislabelled(covered, {"might_use"}) == []


def test_not_saying_whether_it_uses_or_used_it_is_no_response():
    def covered(_, row):
        found = NON_ANSWER.search(row["text"])
        return found and not FUTURE.search(found.group(1))

    assert len([1 for name, row in written_rows() if covered(name, row)]) >= 15
    assert mislabelled(covered, {"no_response"}) == []


def test_an_announced_stop_of_a_running_system_is_ended_use():
    covered = lambda _, row: ANNOUNCED_STOP.search(row["text"])  # noqa: E731
    assert len([1 for name, row in written_rows() if covered(name, row)]) >= 5
    assert mislabelled(covered, {"ended_use", "unrelated"}) == []


def test_a_paused_system_that_ran_is_ended_use():
    covered = lambda _, row: PAUSED_USE.search(row["text"])  # noqa: E731
    assert len([1 for name, row in written_rows() if covered(name, row)]) >= 2
    assert mislabelled(covered, {"ended_use"}) == []


def test_a_votes_tally_or_dissent_that_does_not_say_what_was_decided_is_unrelated():
    covered = lambda _, row: VOTE_TALLY.search(row["text"])  # noqa: E731
    assert len([1 for name, row in written_rows() if covered(name, row)]) >= 4
    assert mislabelled(covered, {"unrelated"}) == []
