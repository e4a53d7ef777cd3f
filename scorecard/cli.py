"""The ``scorecard`` command: a thin click layer over the package's functions."""

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import click

from . import build as build_mod
from . import campus as campus_mod
from . import datafiles, fields, store

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


# --- scrapers (scrapers/): crawl campus sites, watch listed pages --------------------------------

def _scrape_options(f):
    options = [
        store_option,
        data_option,
        click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object."),
        click.option("--allow-private", is_flag=True,
                     help="Let the crawl reach loopback and private addresses (tests, local mirrors)."),
        click.option("--delay", type=float, default=1.0, show_default=True,
                     help="Seconds between requests to one host (a larger Crawl-delay wins)."),
        click.option("--workers", type=int, default=8, show_default=True, help="Campuses or pages fetched at once."),
        click.option("--user-agent", envvar="SCORECARD_USER_AGENT", default=None,
                     help="User-Agent with a contact URL (default: the project's crawler)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _settings(**changes):
    from scrapers.fetch import Settings

    changes = {k: v for k, v in changes.items() if v is not None}
    return Settings(**changes)


def _open_for_scraping(data_dir, store_path):
    data = datafiles.load_or_raise(data_dir, dt.date.today())
    db = store.open_store(store_path, check_same_thread=False)
    store.sync_institutions(db, data.institutions)
    return data, db


def _progress(total: int, per_item: int, label: str):
    """A click progress bar on stderr and the callback the scrapers call: (key, finished)."""
    bar = click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True)
    done: dict[str, int] = {}

    def step(key, finished):
        if finished:
            bar.update(max(0, per_item - done.get(key, 0)))
            done[key] = per_item
        elif done.get(key, 0) < per_item - 1:
            done[key] = done.get(key, 0) + 1
            bar.update(1)
    return bar, step


def _print_summary(summary: dict, as_json: bool, what: str):
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    click.echo(f"{what} in {summary['seconds']:.1f}s: {summary['pages_fetched']} pages fetched; "
               f"{summary['requests']} requests, {summary['from_cache']} answered from the cache (304)")
    errors = ", ".join(f"{k} {v}" for k, v in summary["errors"].items()) or "none"
    click.echo(f"errors by kind: {errors}")
    if summary.get("skipped"):
        click.echo("skipped: " + ", ".join(f"{k} {v}" for k, v in summary["skipped"].items()))
    click.echo(f"new evidence (pending review): {len(summary['evidence'])}")
    for e in summary["evidence"]:
        click.echo(f"  [{e['stance']}] {e['url']}\n    {e['sentence']}")


@cli.command()
@click.argument("campuses", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Every campus with a website.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many campuses.")
@click.option("--max-pages", type=click.IntRange(min=1), default=50, show_default=True, help="Pages per campus.")
@click.option("--max-depth", type=click.IntRange(min=0), default=3, show_default=True, help="Links from the start page.")
@click.option("--start-url", help="Crawl the one campus named from this address instead of its website.")
@_scrape_options
def crawl(campuses, all_, limit, max_pages, max_depth, start_url, store_path, data_dir, as_json,
          allow_private, delay, workers, user_agent):
    """Crawl campus websites for statements on facial recognition; queue what is found for review.

    CAMPUSES are slugs, aliases or unitids. Obeys robots.txt; one request at a time per host.
    """
    from scrapers import crawl as crawl_mod

    if bool(campuses) == all_:
        raise click.UsageError("name one or more campuses, or --all")
    if start_url and (all_ or len(campuses) != 1):
        raise click.UsageError("--start-url needs exactly one campus")
    if start_url and fields.check_url(start_url):
        raise click.UsageError(f"--start-url: {fields.check_url(start_url)}")
    try:
        data, db = _open_for_scraping(data_dir, store_path)
    except datafiles.DataError as e:
        raise click.ClickException(f"{len(e.problems)} problem(s) in {data_dir}: {e.problems[0]}")
    if all_:
        rows = [r for r in data.institutions if r["website"]]
    else:
        rows = []
        for key in campuses:
            row = crawl_mod.resolve_campus(key, data.institutions, data.aliases)
            if row is None:
                raise click.ClickException(f"no campus {key!r}: not a slug, alias or unitid")
            if not row["website"] and not start_url:
                raise click.ClickException(f"{row['slug']} has no website: give --start-url")
            rows.append(row)
    rows = rows[:limit] if limit else rows
    targets = [crawl_mod.campus_from_row(r, start_url) for r in rows]
    settings = _settings(delay=delay, workers=workers, allow_private=allow_private, max_pages=max_pages,
                         max_depth=max_depth, user_agent=user_agent)
    bar, step = _progress(len(targets) * max_pages, max_pages, "Crawling")
    with bar:
        summary = crawl_mod.crawl(targets, settings, db, progress=step)
    _print_summary(summary.as_dict(), as_json, f"Crawled {len(targets)} campus(es)")


@cli.command()
@click.argument("campuses", nargs=-1)
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The list of watched pages (default: sources.csv in --data).")
@_scrape_options
def watch(campuses, sources_path, store_path, data_dir, as_json, allow_private, delay, workers, user_agent):
    """Re-read the pages listed in data/sources.csv; queue statements added or removed since last time.

    With CAMPUSES (slugs, aliases or unitids), only their pages. Bad rows are printed as
    file:line: field: reason and nothing is fetched.
    """
    from scrapers import crawl as crawl_mod
    from scrapers import watch as watch_mod

    try:
        data, db = _open_for_scraping(data_dir, store_path)
    except datafiles.DataError as e:
        raise click.ClickException(f"{len(e.problems)} problem(s) in {data_dir}: {e.problems[0]}")
    problems = []
    sources = watch_mod.validate_sources(sources_path or data_dir / "sources.csv",
                                         {r["unitid"] for r in data.institutions}, dt.date.today(), problems)
    for p in problems:
        click.echo(str(p), err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in the sources list; nothing fetched")
    if campuses:
        wanted = set()
        for key in campuses:
            row = crawl_mod.resolve_campus(key, data.institutions, data.aliases)
            if row is None:
                raise click.ClickException(f"no campus {key!r}: not a slug, alias or unitid")
            wanted.add(int(row["unitid"]))
        sources = [s for s in sources if s.unitid in wanted]
    settings = _settings(delay=delay, workers=workers, allow_private=allow_private, user_agent=user_agent)
    publishers = {int(r["unitid"]): r["name"] for r in data.institutions}
    bar, step = _progress(len(sources), 1, "Watching")
    with bar:
        summary = watch_mod.watch(sources, settings, db, publishers=publishers, progress=step)
    _print_summary(summary, as_json, f"Watched {len(sources)} page(s)")
