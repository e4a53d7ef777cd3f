"""Commands over data/ and the store as files: build, validate, derive, export, backup."""

import json
import sys
from pathlib import Path

import click

from .. import build as build_mod
from .. import datafiles
from .options import PROJECT_ROOT, data_option, db_option, existing_store, require_store, store_option, today_or


@click.command()
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
        result = build_mod.build(data_dir, store_path, db_path, today_or(today))
    except datafiles.DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        raise click.ClickException(f"{len(e.problems)} problem(s) in {data_dir}; {db_path} left as it was") from None
    except build_mod.BuildError as e:
        raise click.ClickException(f"{e}; {db_path} left as it was") from None
    click.echo(f"Built {result.path}: release {result.release}, {result.campuses} campuses "
               f"({result.colored} colored), {result.evidence} approved evidence rows, {result.seconds:.2f}s")


@click.command()
@data_option
@click.option("--today", help="Check dates against this day (YYYY-MM-DD); default today.")
def validate(data_dir, today):
    """Check every file in data/ and print each problem as file:line: field: reason.

    Exits 1 if there is any problem: unknown unitid or slug, duplicate ids, a stance outside the
    vocabulary, impossible or future dates, non-http(s) URLs, missing fields or columns.
    """
    _data, problems = datafiles.load(data_dir, today_or(today))
    if not problems and (Path(data_dir) / datafiles.ABROAD.name).exists():
        problems = _abroad_problems(data_dir)
    for p in problems:
        click.echo(str(p))
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"{data_dir}: no problems")


def _abroad_problems(data_dir) -> list:
    """abroad.csv is checked against the IPEDS names, so it needs the linker's index (about 1 s)."""
    from ..link import load_index

    try:
        load_index(data_dir)
    except datafiles.DataError as e:
        return list(e.problems)
    return []


@click.command()
@click.option("--reference", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=PROJECT_ROOT.parent / "shared" / "data" / "reference", show_default=True,
              help="Folder of the public reference data (IPEDS HD2022, EFIA2022, joined domains, stances).")
@data_option
def derive(reference, data_dir):
    """Regenerate data/institutions.csv and data/evidence.csv from the reference data.

    Existing slugs are kept, so published URLs never change.
    """
    from ..derive import derive as derive_fn

    counts = derive_fn(reference, data_dir)
    click.echo(f"Wrote {counts['institutions']} institutions and {counts['evidence']} evidence rows to {data_dir}")


@click.command()
@data_option
@store_option
@click.option("--actor", default="cli", show_default=True, help="Who is exporting, for the audit table.")
def export(data_dir, store_path, actor):
    """Append the store's approved evidence to data/evidence_reviewed.csv so it can be committed to git.

    Rows already in the file (by id) are not written again; the file is replaced atomically.
    Exported rows are then read from data/ by the build, not from the store.
    """
    from .. import review as rv

    if not Path(data_dir).is_dir():
        raise click.ClickException(f"{data_dir} is not a folder (--data names the data/ folder to append to)")
    added, marked = rv.export(existing_store(store_path), data_dir, actor)
    click.echo(f"Appended {added} approved row(s) to {data_dir / datafiles.REVIEWED.name}; {marked} marked as exported")


@click.command()
@store_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
def backup(store_path, dest):
    """Copy the store to DEST with SQLite's backup API (consistent even while serving).

    Restore: stop the server, then `cp DEST var/store.db` (and delete var/store.db-wal and -shm).
    """
    from .. import review as rv

    require_store(store_path)
    r = rv.backup(store_path, dest)
    click.echo(f"Backed up {store_path} to {r['path']}: {r['evidence']} evidence, {r['submissions']} submissions, "
               f"{r['audit']} audit rows; integrity ok")


@click.command("derive-map")
@click.option("--source", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              default=PROJECT_ROOT / ".cache" / "us-atlas" / "node_modules" / "us-atlas" / "states-10m.json", show_default=True,
              help="us-atlas' states-10m.json (npm install --prefix .cache/us-atlas --no-save us-atlas@3.0.1).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path),
              default=PROJECT_ROOT / "data" / "us_states.json", show_default=True,
              help="Where the map's state outlines go.")
def derive_map(source, out):
    """Regenerate data/us_states.json, the map's state outlines, from us-atlas' TopoJSON.

    Run by hand when the outlines change; the site reads the JSON and never needs npm. The file is
    replaced atomically, so a bad source leaves the old one as it was.
    """
    from .. import statemap
    from ..review import atomic_write

    try:
        result = statemap.outlines(json.loads(source.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise click.ClickException(f"{source}: not JSON ({e}); {out} left as it was") from None
    except statemap.MapSourceError as e:
        raise click.ClickException(f"{source}: {e}; {out} left as it was") from None
    atomic_write(out, json.dumps(result, separators=(",", ":")) + "\n")
    click.echo(f"Wrote {out}: {len(result['states'])} states, {out.stat().st_size:,} bytes")
