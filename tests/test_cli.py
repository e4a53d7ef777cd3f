"""The scorecard command line: explain, help, campus names."""

import json

import pytest
from click.testing import CliRunner

from scorecard.cli import cli

COMMANDS = ["build", "serve", "validate", "explain", "derive"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output and len(result.output.splitlines()) > 4


@pytest.mark.parametrize("name", ["ucla", "110662", "university-of-california-los-angeles", "UCLA"])
def test_explain_accepts_slug_alias_or_unitid(published, name):
    result = CliRunner().invoke(cli, ["explain", name, "--db", str(published), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["slug"], data["unitid"], data["color"], data["stance"]) == (
        "university-of-california-los-angeles", 110662, "green", "wont_use")
    assert {"name", "reason", "decided_by", "since", "flags"} <= set(data)


def test_explain_prints_color_reason_and_evidence_trail(published):
    result = CliRunner().invoke(cli, ["explain", "harvard", "--db", str(published)])
    assert result.exit_code == 0
    out = result.output
    assert "GREEN: WON'T USE" in out
    assert out.index("2020-03 ") < out.index("2020-02 ")  # newest first
    assert "no_response" in out and "changed on 2020-03" in out


def test_explain_unknown_campus_fails_clearly(published):
    result = CliRunner().invoke(cli, ["explain", "nowhere-college", "--db", str(published)])
    assert result.exit_code == 1
    assert "no campus 'nowhere-college'" in result.output


def test_explain_without_a_build_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["explain", "ucla", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "run `scorecard build` first" in result.output
