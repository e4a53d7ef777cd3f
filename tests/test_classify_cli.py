"""`scorecard classify` and the report script, driven as a user would."""

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from scorecard.cli import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "stance_small.csv"


def run(args, stdin):
    return CliRunner().invoke(cli, ["classify", *args], input=stdin)


def test_lines_mode_prints_one_json_object_per_line_in_order():
    result = run(["--lines"], "Campus police use face recognition.\n"
                              "The college has banned facial recognition.\n"
                              "Lunch is served at noon.\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["stance"] for r in rows] == ["using", "wont_use", "unrelated"]
    assert rows[0]["sentence"] == "Campus police use face recognition."
    assert all({"stance", "confidence", "sentence", "cue", "mentions"} <= set(r) for r in rows)


def test_lines_mode_keeps_blank_lines_in_place():
    result = run(["--lines"], "Campus police use face recognition.\n\nThe college bans face recognition.\n")
    assert [json.loads(line)["stance"] for line in result.output.splitlines()] == ["using", "unrelated", "wont_use"]


def test_passage_mode_prints_one_object_for_the_whole_input():
    result = run([], "The university says it does not use facial recognition.\n"
                     "Records show campus police ran Clearview AI searches last year.\n")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["stance"] == "using"
    assert out["sentence"].startswith("Records show")
    assert [m["stance"] for m in out["mentions"]] == ["not_using", "using"]
    assert out["cue"]


def test_non_utf8_input_is_a_clear_error():
    result = run([], b"The caf\xe9 uses face recognition.")
    assert result.exit_code == 1
    assert "not UTF-8" in result.output


def test_help_says_what_the_command_does():
    result = CliRunner().invoke(cli, ["classify", "--help"])
    assert "standard input" in result.output and "--lines" in result.output


def report(*args):
    return subprocess.run([sys.executable, str(ROOT / "tests" / "classify_report.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT)


def test_report_prints_confusion_matrix_and_scores():
    result = report(FIXTURE)
    assert result.returncode == 0, result.stderr
    assert "wont_use" in result.stdout and "using" in result.stdout
    assert "accuracy (color" in result.stdout and "macro-F1" in result.stdout


def test_report_rejects_a_csv_without_the_columns(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("sentence,label\nCampus police use face recognition.,using\n")
    result = report(bad)
    assert result.returncode == 2
    assert "missing column(s) text, stance" in result.stderr


def test_own_statement_sets_stay_above_the_targets():
    """A regression guard: the held-out sets written for this project, once fixed, stay fixed."""
    from classify_report import evaluate, read_rows

    rows = [r for f in sorted((ROOT / "tests" / "fixtures").glob("stance_heldout*.csv")) for r in read_rows(f)]
    report = evaluate(rows)
    assert report.color_accuracy >= 0.95 and report.macro_f1 >= 0.9, report.errors


def test_fallback_training_gives_each_stance_seen_a_prior_and_likelihoods():
    from train_stance_fallback import train

    rows = [("Campus police use face recognition daily.", "using"),
            ("Campus police use face recognition at games.", "using"),
            ("The college has banned face recognition.", "wont_use"),
            ("The college has banned face recognition again.", "wont_use")]
    model = train(rows)
    assert set(model["priors"]) == {"using", "wont_use"}
    assert "banned" in model["log_likelihood"]["wont_use"]
    assert "banned" not in model["log_likelihood"]["using"]
