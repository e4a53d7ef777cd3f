"""The ``scorecard`` command: a thin click layer over the package's functions."""

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import click

from . import build as build_mod
from . import campus as campus_mod
from . import datafiles, store

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _today(value: str | None) -> dt.date:
    return dt.date.fromisoformat(value) if value else dt.date.today()


store_option = click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path),
                            default=store.DEFAULT_PATH, show_default=True, envvar="SCORECARD_STORE",
                            help="The store: mutable SQLite file with evidence under review.")
db_option = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default=build_mod.DEFAULT_DB, show_default=True, envvar="SCORECARD_DB",
                         help="The published SQLite database.")
data_option = click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
                           default=build_mod.DEFAULT_DATA, show_default=True, envvar="SCORECARD_DATA",
                           help="The folder of git-reviewed CSV files.")


@click.group()
@click.version_option(package_name="campus-scorecard")
def cli():
    """The Campus Facial Recognition Scorecard: record stances, color campuses, publish."""


@cli.command()
@data_option
@store_option
@db_option
@click.option("--today", help="Build as of this date (YYYY-MM-DD); default today.")
def build(data_dir, store_path, db_path, today):
    """Build the published database from data/ and the store's approved evidence.

    Writes to a temporary file beside DB and renames it into place; on any error the previous
    database is left untouched and every problem is printed as file:line: field: reason.
    """
    try:
        result = build_mod.build(data_dir, store_path, db_path, _today(today))
    except datafiles.DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        raise click.ClickException(f"{len(e.problems)} problem(s) in {data_dir}; {db_path} left as it was")
    except build_mod.BuildError as e:
        raise click.ClickException(f"{e}; {db_path} left as it was")
    click.echo(f"Built {result.path}: release {result.release}, {result.campuses} campuses "
               f"({result.colored} colored), {result.evidence} approved evidence rows, {result.seconds:.2f}s")


@cli.command()
@data_option
@click.option("--today", help="Check dates against this day (YYYY-MM-DD); default today.")
def validate(data_dir, today):
    """Check every file in data/ and print each problem as file:line: field: reason.

    Exits 1 if there is any problem: unknown unitid or slug, duplicate ids, a stance outside the
    vocabulary, impossible or future dates, non-http(s) URLs, missing fields or columns.
    """
    _, problems = datafiles.load(data_dir, _today(today))
    for p in problems:
        click.echo(str(p))
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"{data_dir}: no problems")


@cli.command()
@click.option("--port", default=8001, show_default=True, help="Port on 127.0.0.1.")
@click.option("--host", default="127.0.0.1", show_default=True)
@db_option
@click.option("--reload", is_flag=True, help="Restart when code or templates change (development).")
def serve(port, host, db_path, reload):
    """Serve the published database with Datasette (immutable), metadata.json and datasette.yaml."""
    from datasette.cli import cli as datasette_cli

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `scorecard build` first")
    args = ["serve", "-i", str(db_path), "--metadata", str(PROJECT_ROOT / "metadata.json"),
            "--config", str(PROJECT_ROOT / "datasette.yaml"), "--host", host, "--port", str(port)]
    if reload:
        args.append("--reload")
    datasette_cli.main(args=args, prog_name="datasette")


@cli.command()
@click.argument("campus")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def explain(campus, db_path, as_json):
    """Print a campus's color, the reason and its evidence trail.

    CAMPUS is a slug, an alias (ucla, mit, ...) or an IPEDS unitid.
    """
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `scorecard build` first")
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    slug, _ = campus_mod.resolve(conn, campus)
    if slug is None:
        raise click.ClickException(f"no campus {campus!r}: not a slug, alias or unitid")
    c = campus_mod.facts(conn, slug)
    if as_json:
        click.echo(json.dumps(c, ensure_ascii=False, indent=2))
    else:
        click.echo(campus_mod.explain_text(c))


@cli.command()
@click.option("--reference", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=PROJECT_ROOT.parent / "shared" / "data" / "reference", show_default=True,
              help="Folder of the public reference data (IPEDS HD2022, EFIA2022, joined domains, stances).")
@data_option
def derive(reference, data_dir):
    """Regenerate data/institutions.csv and data/evidence.csv from the reference data.

    Existing slugs are kept, so published URLs never change.
    """
    from .derive import derive as derive_fn

    counts = derive_fn(reference, data_dir)
    click.echo(f"Wrote {counts['institutions']} institutions and {counts['evidence']} evidence rows to {data_dir}")


@cli.command("classify")
@click.option("--lines", is_flag=True,
              help="Classify each input line on its own; print one JSON object per line, in order.")
def classify_cmd(lines):
    """Read text on standard input and print its stance on facial recognition as JSON.

    Without --lines the whole input is one passage: one JSON object with the stance, its color,
    the confidence, the sentence and cue that decided it, and every sentence that mentions facial
    recognition (each with its own stance, confidence, cue and the words matched). With --lines
    each line gets its own object, in input order; a blank line gives "unrelated". Text that does
    not mention facial recognition is "unrelated". Input must be UTF-8.
    """
    from .classify import classify

    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise click.ClickException(f"standard input is not UTF-8 text (invalid byte at offset {e.start}); "
                                   "convert it first, e.g. with iconv -f latin1 -t utf-8")
    for chunk in text.splitlines() if lines else [text]:
        click.echo(json.dumps(classify(chunk).to_dict(), ensure_ascii=False))
