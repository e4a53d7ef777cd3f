"""``scorecard publish`` and ``scorecard releases``: the web's publish, from the command line.

A running site follows the releases folder's index within a couple of seconds, so publishing here
switches a running ``scorecard serve`` that uses the same folder without a restart.
"""

import datetime as dt
from dataclasses import asdict
from pathlib import Path

import click

from .. import build as build_mod
from .. import datafiles, releases, store


def _folder(releases_dir: Path | None, db_path: Path) -> Path:
    return Path(releases_dir) if releases_dir else releases.default_folder(db_path)


_paths = [
    click.option("--releases", "releases_dir", type=click.Path(file_okay=False, path_type=Path),
                 envvar="SCORECARD_RELEASES", help="Folder of kept releases (default: releases/ beside --db)."),
    click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=build_mod.DEFAULT_DB,
                 show_default=True, envvar="SCORECARD_DB",
                 help="Also point this path at the new release (what explain, submit and serve read)."),
]


def _with_paths(f):
    for option in reversed(_paths):
        f = option(f)
    return f


@click.command()
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              default=build_mod.DEFAULT_DATA, show_default=True, envvar="SCORECARD_DATA")
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path),
              default=store.DEFAULT_PATH, show_default=True, envvar="SCORECARD_STORE")
@_with_paths
@click.option("--keep", type=click.IntRange(min=1), default=releases.DEFAULT_KEEP, show_default=True,
              help="How many releases stay downloadable; older files are removed.")
@click.option("--today", help="Build as of this date (YYYY-MM-DD); default today.")
def publish(data_dir, store_path, releases_dir, db_path, keep, today):
    """Build a new release from data/ and the store, keep it, and make it the one the site serves.

    On any problem nothing changes: the current release stays current (exit 1).
    """
    folder = _folder(releases_dir, db_path)
    day = dt.date.fromisoformat(today) if today else None
    try:
        out = releases.publish(data_dir, store_path, folder, day, keep, db_path,
                               progress=lambda s: click.echo(f"  {s}", err=True))
    except datafiles.DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        raise click.ClickException(f"{len(e.problems)} problem(s) in {data_dir}; nothing was published") from None
    except (build_mod.BuildError, releases.ReleaseError) as e:
        raise click.ClickException(f"{e}; nothing was published") from None
    r = out.release
    verb = "Joined the publish already running: current release" if out.joined else "Published release"
    click.echo(f"{verb} {r.release} ({folder / r.file}): {r.campuses} campuses ({r.colored} colored), "
               f"{r.evidence} approved evidence rows" + (f"; removed {', '.join(out.pruned)}" if out.pruned else ""))


@click.command("releases")
@_with_paths
@click.option("--json", "as_json", is_flag=True)
def list_releases(releases_dir, db_path, as_json):
    """List the kept releases, newest first (the current one is marked *)."""
    import json

    folder = _folder(releases_dir, db_path)
    try:
        index = releases.read_index(folder)
    except releases.ReleaseError as e:
        raise click.ClickException(str(e)) from None
    if not index["releases"] and not as_json:  # a silent answer reads like a command that did not run
        click.echo(f"No releases in {folder}: `scorecard publish` makes the first")
    if as_json:
        click.echo(json.dumps({"current": index["current"], "releases": [asdict(r) for r in index["releases"]]}))
        return
    for r in index["releases"]:
        mark = "*" if r.release == index["current"] else " "
        click.echo(f"{mark} {r.release}  built {r.built_at}  {r.campuses} campuses, {r.colored} colored, "
                   f"{r.evidence} evidence  {r.file}")
