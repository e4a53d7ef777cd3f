"""What the commands share: the store, database and data options, dates, problem printing."""

import datetime as dt
import sqlite3
from pathlib import Path

import click

from .. import build as build_mod
from .. import clock, store

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


def today_or(value: str | None) -> dt.date:
    return dt.date.fromisoformat(value) if value else clock.today()


store_option = click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path),
                            default=store.DEFAULT_PATH, show_default=True, envvar="SCORECARD_STORE",
                            help="The store: mutable SQLite file with evidence under review.")
db_option = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default=build_mod.DEFAULT_DB, show_default=True, envvar="SCORECARD_DB",
                         help="The published SQLite database.")
data_option = click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
                           default=build_mod.DEFAULT_DATA, show_default=True, envvar="SCORECARD_DATA",
                           help="The folder of git-reviewed CSV files.")


def require_store(store_path: Path) -> None:
    """A command that reads what the store holds refuses a path with no store: a mistyped --store
    would otherwise create an empty one and report nothing pending."""
    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path} does not exist (--store or $SCORECARD_STORE names the store)")


def existing_store(store_path: Path):
    require_store(store_path)
    return store.open_store(store_path)


def published(db_path: Path) -> sqlite3.Connection:
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `scorecard build` first")
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)


def problems_exit(problems, outcome="nothing was stored"):
    for p in problems:
        click.echo(str(p), err=True)
    raise click.ClickException(f"{len(problems)} problem(s); {outcome}")


def reviewer_option(f):
    import getpass

    return click.option("--reviewer", default=lambda: f"cli:{getpass.getuser()}", show_default="cli:<user>",
                        envvar="SCORECARD_REVIEWER", help="Who is acting, for the audit table.")(f)


def fetch_options(f):
    """The options every command that fetches shares."""
    options = [
        store_option,
        data_option,
        click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object."),
        click.option("--allow-private", is_flag=True,
                     help="Let the crawl reach loopback and private addresses (tests, local mirrors)."),
        click.option("--delay", type=float, default=1.0, show_default=True,
                     help="Seconds between requests to one host (a larger Crawl-delay wins)."),
        click.option("--user-agent", envvar="SCORECARD_USER_AGENT", default=None,
                     help="User-Agent with a contact URL (default: the project's crawler)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def scrape_options(f):
    f = click.option("--workers", type=int, default=8, show_default=True, help="Campuses or pages fetched at once.")(f)
    return fetch_options(f)
