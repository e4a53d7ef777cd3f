"""The documents stay true: the method document is what method.py says, every command is in the
README and has --help, and nothing cites a design document that is not in the repository."""

import re
from pathlib import Path

import click
from click.testing import CliRunner

from scorecard import method_doc
from scorecard.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
DOCUMENTS = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8")
             for p in [ROOT / "README.md", ROOT / "data" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand under ``group``, as the words typed after `scorecard`."""
    out = []
    for name, command in sorted(group.commands.items()):
        out.append((*prefix, name))
        if isinstance(command, click.Group):
            out += command_paths(command, (*prefix, name))
    return out


def documented_lines(text: str, program: str) -> list[str]:
    """Every command line for ``program`` (scorecard, make) a document gives: its inline code, and the
    lines of its code blocks (comments dropped, one entry per command joined by && or |)."""
    starts = re.compile(rf"(?:\.venv/bin/)?{program}\s")
    lines = [c for c in re.findall(r"`([^`\n]+)`", text) if starts.match(c)]
    in_block = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            in_block = not in_block
        elif in_block:
            lines += [part.strip() for part in re.split(r"&&|\|", line.split(" #")[0]) if starts.match(part.strip())]
    return lines


def unknown_options(line: str) -> list[str]:
    """The --options of a documented `scorecard ...` line that its (sub)command does not take."""
    words = [w.strip("[](),.;:") for w in line.split()[1:]]
    command = cli
    while isinstance(command, click.Group) and words and words[0] in command.commands:
        command = command.commands[words.pop(0)]
    known = {o for p in command.params for o in (*p.opts, *p.secondary_opts)} | {"--help"}
    return [w.split("=")[0] for w in words if w.startswith("--") and w.split("=")[0] not in known]


def make_targets() -> set[str]:
    return set(re.findall(r"^([\w.\-/]+):", (ROOT / "Makefile").read_text(encoding="utf-8"), re.M))


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


def test_every_option_the_documents_give_a_command_exists():
    wrong = {(name, line): unknown_options(line) for name, text in DOCUMENTS.items()
             for line in documented_lines(text, "scorecard") if unknown_options(line)}
    assert wrong == {}


def test_the_option_check_finds_an_option_a_command_does_not_take():
    assert unknown_options("scorecard review list --campus ucla --no-such-flag") == ["--no-such-flag"]
    assert documented_lines("run `scorecard crawl --limit 3`\n```\nscorecard export  # to data/\n```",
                            "scorecard") == ["scorecard crawl --limit 3", "scorecard export"]


def test_every_make_target_the_documents_name_exists():
    targets = make_targets()
    missing = [(name, line) for name, text in DOCUMENTS.items() for line in documented_lines(text, "make")
               if any(w not in targets for w in line.split()[1:] if "=" not in w and not w.startswith("-"))]
    assert missing == []


def test_nothing_cites_a_design_document_outside_the_repository():
    skipped = {".venv", "var", ".git", "node_modules"}
    cited = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*")
             if p.suffix in (".py", ".md", ".html") and not skipped & set(p.relative_to(ROOT).parts)
             and p.name != Path(__file__).name and "DESIGN.md" in p.read_text(encoding="utf-8")]
    assert cited == []
