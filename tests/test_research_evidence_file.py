"""data/evidence_research.csv, the project's desk research, is read alongside the derived
evidence.csv: validated the same way, problems named by file and line, ids unique across both."""

import sqlite3

from test_validate_and_bad_input import EVIDENCE, build, data, validate, write  # noqa: F401

from scorecard.datafiles import EVIDENCE_COLUMNS

RESEARCH = {"id": "dr-north-2025-policy", "unitid": "100001", "stance": "using", "stated_on": "2025-06",
            "source_kind": "press_report", "source_urls": "https://news.example.com/north-gates",
            "publisher": "News", "summary": "A paper reports North scans faces at its gates.",
            "recorded_by": "desk-research", "review_status": "approved", "reviewed_by": "data/ (git review)"}


def test_a_data_folder_without_research_file_is_valid(data):
    assert not (data / "evidence_research.csv").exists()
    assert validate(data).exit_code == 0


def test_research_rows_count_in_the_build_and_later_research_wins(data, tmp_path):
    write(data / "evidence_research.csv", EVIDENCE_COLUMNS, [RESEARCH])
    assert build(data, tmp_path).exit_code == 0
    conn = sqlite3.connect(tmp_path / "scorecard.db")
    assert conn.execute("select color, decided_by from campuses where slug = 'north-college'").fetchone() == (
        "red", "dr-north-2025-policy")


def test_a_bad_research_row_is_named_by_its_file_and_line(data):
    write(data / "evidence_research.csv", EVIDENCE_COLUMNS, [RESEARCH, dict(RESEARCH, id="dr-2", stance="maybe")])
    result = validate(data)
    assert result.exit_code == 1
    assert "evidence_research.csv:3: stance: 'maybe' is not a stance" in result.output


def test_an_id_already_in_evidence_csv_is_refused(data):
    write(data / "evidence_research.csv", EVIDENCE_COLUMNS, [dict(RESEARCH, id=EVIDENCE[0]["id"])])
    result = validate(data)
    assert result.exit_code == 1
    assert "evidence_research.csv:2: id: 'ev-1' is already an id in evidence.csv" in result.output


def test_a_changed_research_file_changes_the_release_id(data, tmp_path):
    write(data / "evidence_research.csv", EVIDENCE_COLUMNS, [RESEARCH])
    assert build(data, tmp_path).exit_code == 0
    first = sqlite3.connect(tmp_path / "scorecard.db").execute("select value from release where key = 'release'").fetchone()
    write(data / "evidence_research.csv", EVIDENCE_COLUMNS, [dict(RESEARCH, summary="Reworded.")])
    assert build(data, tmp_path).exit_code == 0
    second = sqlite3.connect(tmp_path / "scorecard.db").execute("select value from release where key = 'release'").fetchone()
    assert first != second
