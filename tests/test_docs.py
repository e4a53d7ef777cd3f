"""The documents stay true: the method document is what method.py says, every command is in the
README and has --help, and nothing cites a design document that is not in the repository."""

from pathlib import Path

import click
from click.testing import CliRunner

from scorecard import method_doc
from scorecard.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand under ``group``, as the words typed after `scorecard`."""
    out = []
    for name, command in sorted(group.commands.items()):
        out.append((*prefix, name))
        if isinstance(command, click.Group):
            out += command_paths(command, (*prefix, name))
    return out


def test_the_method_document_is_what_method_py_renders():
    assert (ROOT / "docs" / "method.md").read_text(encoding="utf-8") == method_doc.render()


def test_the_method_document_names_every_rule_stance_and_color():
    text = method_doc.render()
    assert all(r.id in text and r.text in text for r in method_doc.method.RULES)
    assert all(f"`{s}`" in text for s in method_doc.method.STANCES)
    assert all(c.label in text for c in method_doc.method.COLORS.values())


def test_the_command_walk_finds_subcommands():
    assert ("review", "approve") in command_paths(cli) and ("import", "atlas") in command_paths(cli)


def test_every_command_is_in_the_readme():
    assert [p for p in command_paths(cli) if f"scorecard {' '.join(p)}" not in README] == []


def test_every_command_has_help():
    for path in command_paths(cli):
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, path
        command = cli
        for word in path:
            command = command.commands[word]
        assert (command.help or "").strip(), path


def test_nothing_cites_a_design_document_outside_the_repository():
    skipped = {".venv", "var", ".git", "node_modules"}
    cited = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
             if p.suffix in (".py", ".md", ".html") and not skipped & set(p.relative_to(ROOT).parts)
             and p.name != Path(__file__).name and "DESIGN.md" in p.read_text(encoding="utf-8")]
    assert cited == []
