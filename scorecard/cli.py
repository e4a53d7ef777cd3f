"""The ``scorecard`` command: a thin click layer over the package's functions."""

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import click

from . import build as build_mod
from . import campus as campus_mod
from . import clock, jsonin
from . import datafiles, fields, store

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _today(value: str | None) -> dt.date:
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


class _Commands(click.Group):
    """Every command: a store that is not a store is a clear error (exit 1), not a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except store.BadStore as e:
            raise click.ClickException(str(e)) from None


@click.group(cls=_Commands)
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
    data, problems = datafiles.load(data_dir, _today(today))
    problems += _watchlist_problems(data_dir, {r["unitid"] for r in data.institutions}, _today(today))
    for p in problems:
        click.echo(str(p))
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"{data_dir}: no problems")


def _watchlist_problems(data_dir: Path, unitids: set[str], today: dt.date) -> list:
    """Problems in the lists the scrapers read (feeds.csv, vendors.csv, sources.csv), when present."""
    from scrapers.watch import validate_sources

    from . import watchlists

    problems: list = []
    checks = {"feeds.csv": lambda p: watchlists.validate_feeds(p, unitids, problems),
              "vendors.csv": lambda p: watchlists.validate_vendors(p, problems),
              "sources.csv": lambda p: validate_sources(p, unitids, today, problems)}
    for name, check in checks.items():
        if (data_dir / name).exists():
            check(data_dir / name)
    return problems


@cli.command()
@click.option("--port", default=8001, show_default=True, help="Port on 127.0.0.1.")
@click.option("--host", default="127.0.0.1", show_default=True)
@db_option
@store_option
@click.option("--reload", is_flag=True, help="Restart when code or templates change (development).")
def serve(port, host, db_path, store_path, reload):
    """Serve the published database with Datasette (immutable), metadata.json and datasette.yaml.

    Submissions and reviews go to the store (--store), which is never served as a database.
    """
    import os

    from datasette.cli import cli as datasette_cli

    os.environ["SCORECARD_STORE"] = str(store_path)
    # uvicorn would rewrite the client address from X-Forwarded-For sent via 127.0.0.1; the
    # scorecard-submissions trusted_proxies setting decides that instead.
    os.environ.setdefault("FORWARDED_ALLOW_IPS", "")
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `scorecard build` first")
    if problem := store.store_problem(store_path):
        raise click.ClickException(problem)
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


# --- entity linking and importers (issue 7) ---------------------------------------------------

@cli.command()
@click.argument("mention", required=False)
@data_option
@click.option("--lines", is_flag=True, help="Read one mention a line from stdin; print one JSON object a line.")
@click.option("--state", help="State context (code or name) that narrows the candidates.")
@click.option("--city", help="City context that narrows the candidates.")
def link(mention, data_dir, lines, state, city):
    """Resolve a mention (name, alias, abbreviation, domain or URL) to an institution.

    Prints JSON with unitid, slug, score, ambiguous and candidates; unitid is null when nothing
    matches or when the mention could be several institutions (ambiguous: goes to review).
    Without MENTION, reads stdin: the whole of it as one mention, or one a line with --lines.
    """
    from . import link as link_mod

    index = link_mod.load_index(data_dir)
    if lines:
        for line in sys.stdin:
            if line.strip():
                result = link_mod.link(index, line.strip(), state=state, city=city)
                click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    text = mention if mention is not None else sys.stdin.read().strip()
    if not text:
        raise click.UsageError("give a MENTION or pipe one on stdin")
    click.echo(json.dumps(link_mod.link(index, text, state=state, city=city).to_dict(), ensure_ascii=False, indent=2))


@cli.group("import")
def import_group():
    """Import other trackers' files and pages as pending evidence (idempotent; nothing half-imported)."""


def _run_import(origin, make_report, data_dir, store_path, today):
    """Link with data/, build the report (validating all of it), then insert it in one transaction."""
    from . import link as link_mod
    from .importers import common

    index = link_mod.load_index(data_dir)
    try:
        report = make_report(index, _today(today))
    except common.ImportFailure as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        raise click.ClickException(f"{len(e.problems)} problem(s); nothing imported")
    common.save(store.open_store(store_path), index, report, origin=origin, today=_today(today))
    click.echo(report.summary())


@import_group.command("atlas")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@data_option
@store_option
@click.option("--as-of", help="Date for rows with no Link date (the export's date, YYYY-MM-DD); default today.")
@click.option("--today", help="Check dates against this day (YYYY-MM-DD); default today.")
def import_atlas(file, data_dir, store_path, as_of, today):
    """An Atlas of Surveillance CSV export: campus police face recognition rows become pending evidence."""
    from .importers import atlas, common

    def make_report(index, today):
        return atlas.parse(common.read_input(file), str(file), index, today, as_of=as_of)

    _run_import("import:atlas", make_report, data_dir, store_path, today)


@import_group.command("scorecard-page")
@click.argument("source")
@data_option
@store_option
@click.option("--source-url", help="The page's public URL, when a FILE names none (no canonical link).")
@click.option("--as-of", help="The page's date (YYYY-MM-DD), when it states none or states it wrongly.")
@click.option("--today", help="Check dates against this day (YYYY-MM-DD); default today.")
@click.option("--allow-private", is_flag=True, help="Let the fetch reach loopback and private addresses (tests).")
def import_scorecard_page(source, data_dir, store_path, source_url, as_of, today, allow_private):
    """A published scorecard page (URL or FILE) with headed lists: WON'T USE, MIGHT USE, ARE USING.

    A URL is fetched politely (robots.txt, limits), logged in the store's fetch log.
    """
    from .importers import common, http, scorecard_page

    def make_report(index, today):
        if source.startswith(("http://", "https://")):
            try:
                body, final_url = http.fetch(source, db=store.open_store(store_path), allow_private=allow_private)
            except http.FetchError as e:
                raise click.ClickException(str(e))
            text, url = common.decode(body, source), source_url or final_url
        else:
            text, url = common.read_input(Path(source)), source_url
        return scorecard_page.parse(text, source, index, today, source_url=url, as_of=as_of)

    _run_import("import:scorecard-page", make_report, data_dir, store_path, today)

# --- submissions and review (issue 4) ---------------------------------------------------------

def _published(db_path: Path) -> sqlite3.Connection:
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `scorecard build` first")
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)


def _problems_exit(problems, outcome="nothing was stored"):
    for p in problems:
        click.echo(str(p), err=True)
    raise click.ClickException(f"{len(problems)} problem(s); {outcome}")


@cli.command()
@click.option("--campus", help="Slug, alias, IPEDS unitid or exact name.")
@click.option("--stance", help="One of the stance vocabulary (see /method).")
@click.option("--source-url", "source_url", help="http(s) link to where the statement was made.")
@click.option("--quote", help="The statement's words (at most 2,000 characters).")
@click.option("--stated-on", "stated_on", help="YYYY, YYYY-MM or YYYY-MM-DD; not in the future.")
@click.option("--submitter-name", "submitter_name", default="")
@click.option("--submitter-email", "submitter_email", default="")
@click.option("--relation", help="student, staff, official_response, journalist or other.")
@click.option("--file", "file", type=click.File("r", encoding="utf-8"),
              help="A JSON list (or JSON Lines) of submissions with the same field names, instead of options.")
@store_option
@db_option
def submit(campus, stance, source_url, quote, stated_on, submitter_name, submitter_email, relation, file,
           store_path, db_path):
    """Queue a statement for review, as the web form and the JSON API do.

    Every field is checked as on the web; on any problem nothing is stored and each problem is
    printed as field: reason (with the item number for --file).
    """
    from . import submissions as subs

    if file is not None:
        text = file.read()
        if text.lstrip().startswith("["):
            chunks = [(0, text)]
        else:
            chunks = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        items = []
        for n, chunk in chunks:
            try:
                items.append(jsonin.loads(chunk.encode("utf-8", "surrogatepass")))
            except jsonin.BadJSON as e:
                where = f"{file.name}:{n}" if n else file.name
                raise click.ClickException(f"{where} is not JSON or JSON Lines: {e}")
        if len(chunks) == 1 and chunks[0][0] == 0:
            items = items[0] if isinstance(items[0], list) else [items[0]]
    else:
        given = dict(campus=campus, stance=stance, source_url=source_url, quote=quote, stated_on=stated_on,
                     submitter_name=submitter_name, submitter_email=submitter_email, relation=relation)
        items = [{k: v for k, v in given.items() if v is not None}]
    today = clock.today()
    try:
        cleaned = subs.check_all(items, subs.campus_finder(_published(db_path)), today)
        ids = subs.queue(store.open_store(store_path), cleaned, "cli", None, today)
    except subs.SubmissionError as e:
        _problems_exit([f"{p}" if len(items) == 1 else f"item {p.index}: {p}" for p in e.problems])
    for i in ids:
        click.echo(f"{i} pending: follow it at /submissions/{i}")


@cli.group()
def review():
    """Review the store's pending evidence (web submissions and scraper findings)."""


def _reviewer_option(f):
    import getpass

    return click.option("--reviewer", default=lambda: f"cli:{getpass.getuser()}", show_default="cli:<user>",
                        envvar="SCORECARD_REVIEWER", help="Who is acting, for the audit table.")(f)


@review.command("list")
@click.option("--campus", default="", help="Slug or unitid.")
@click.option("--stance", default="")
@click.option("--origin", default="", help="Source: submission, or a scraper's origin.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print JSON (includes submitters' emails).")
@store_option
@db_option
def review_list(campus, stance, origin, limit, as_json, store_path, db_path):
    """List pending items oldest first, with the color each would give its campus."""
    from . import review as rv

    db = store.open_store(store_path)
    pub = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) if Path(db_path).exists() else None
    rows, total = rv.pending(db, rv.Filters(campus, stance, origin), limit=limit)
    for r in rows:
        r["preview"] = rv.preview(rv.campus_evidence(pub, db, r["unitid"]), r)
    if as_json:
        click.echo(rv.as_json({"total": total, "items": rows}))
        return
    click.echo(f"{total} pending")
    for r in rows:
        p = r["preview"]
        after = p["after"]["color"] if p["after"] else p["note"]
        click.echo(f"{r['id']}  {r['created_at']}  {r['origin']:<12} {r['slug']}  {r['stance']} {r['stated_on']}"
                   f"  color {p['current']['color']} -> {after}")
        click.echo(f"    {(r['quote'] or r['summary'])[:200]}")
        click.echo(f"    {r['source_urls']}")


@review.command("approve")
@click.argument("evidence_id")
@click.option("--stance", help="Edit the stance first (the original stays in the audit).")
@click.option("--stated-on", "stated_on", help="Edit the date first.")
@click.option("--quote", help="Edit the quote first.")
@click.option("--source-kind", "source_kind", help="Edit the source kind first.")
@_reviewer_option
@store_option
def review_approve(evidence_id, stance, stated_on, quote, source_kind, reviewer, store_path):
    """Approve a pending item; the public color changes at the next `scorecard build`."""
    from . import review as rv

    edits = {k: v for k, v in dict(stance=stance, stated_on=stated_on, quote=quote, source_kind=source_kind).items()
             if v is not None}
    try:
        r = rv.approve(store.open_store(store_path), evidence_id, reviewer, edits)
    except rv.ReviewError as e:
        _problems_exit([f"{f}: {reason}" for f, reason in e.problems], "nothing was changed")
    click.echo(f"{r['id']} approved by {reviewer}: {r['slug']} {r['stance']} {r['stated_on']}; "
               "run `scorecard build` to publish")


@review.command("reject")
@click.argument("evidence_id")
@click.option("--reason", required=True, help="Public: shown on the submission's tracking page.")
@_reviewer_option
@store_option
def review_reject(evidence_id, reason, reviewer, store_path):
    """Reject a pending item with a public reason."""
    from . import review as rv

    try:
        r = rv.reject(store.open_store(store_path), evidence_id, reviewer, reason)
    except rv.ReviewError as e:
        _problems_exit([f"{f}: {reason}" for f, reason in e.problems], "nothing was changed")
    click.echo(f"{r['id']} rejected by {reviewer}")


@cli.command()
@data_option
@store_option
@click.option("--actor", default="cli", show_default=True, help="Who is exporting, for the audit table.")
def export(data_dir, store_path, actor):
    """Append the store's approved evidence to data/evidence.csv so it can be committed to git.

    Rows already in the file (by id) are not written again; the file is replaced atomically.
    Exported rows are then read from data/ by the build, not from the store.
    """
    from . import review as rv

    added, marked = rv.export(store.open_store(store_path), data_dir, actor)
    click.echo(f"Appended {added} approved row(s) to {data_dir / 'evidence.csv'}; {marked} marked as exported")


@cli.command()
@store_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
def backup(store_path, dest):
    """Copy the store to DEST with SQLite's backup API (consistent even while serving).

    Restore: stop the server, then `cp DEST var/store.db` (and delete var/store.db-wal and -shm).
    """
    from . import review as rv

    if not Path(store_path).exists():
        raise click.ClickException(f"{store_path} does not exist")
    r = rv.backup(store_path, dest)
    click.echo(f"Backed up {store_path} to {r['path']}: {r['evidence']} evidence, {r['submissions']} submissions, "
               f"{r['audit']} audit rows; integrity ok")


# --- scrapers (scrapers/): crawl campus sites, watch listed pages --------------------------------

def _fetch_options(f):
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


def _scrape_options(f):
    f = click.option("--workers", type=int, default=8, show_default=True, help="Campuses or pages fetched at once.")(f)
    return _fetch_options(f)


def _settings(**changes):
    from scrapers.fetch import Settings

    changes = {k: v for k, v in changes.items() if v is not None}
    return Settings(**changes)


def _open_for_scraping(data_dir, store_path):
    data = datafiles.load_or_raise(data_dir, clock.today())
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
                                         {r["unitid"] for r in data.institutions}, clock.today(), problems)
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


# --- news feeds and vendor pages (issue 7) -------------------------------------------------------

def _open_watchlist(data_dir, store_path, path, check):
    """The linker's index, the store (institutions synced) and the list's valid rows.

    ``check(path, unitids, problems)`` validates the list; any problem stops the command before
    anything is fetched."""
    from . import link as link_mod

    try:
        data, db = _open_for_scraping(data_dir, store_path)
    except datafiles.DataError as e:
        raise click.ClickException(f"{len(e.problems)} problem(s) in {data_dir}: {e.problems[0]}")
    problems = []
    rows = check(path, {r["unitid"] for r in data.institutions}, problems)
    for p in problems:
        click.echo(str(p), err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {path}; nothing fetched")
    return link_mod.load_index(data_dir), db, rows


def _print_names(summary: dict, as_json: bool, what: str) -> None:
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    click.echo(f"{what} in {summary['seconds']:.1f}s: {summary['pages_fetched']} pages fetched; "
               f"{summary['requests']} requests, {summary['from_cache']} answered from the cache (304)")
    click.echo("errors by kind: " + (", ".join(f"{k} {v}" for k, v in summary["errors"].items()) or "none"))
    if summary.get("skipped"):
        click.echo("skipped: " + ", ".join(f"{k} {v}" for k, v in summary["skipped"].items()))
    click.echo(f"new evidence (pending review): {len(summary['evidence'])}; "
               f"already in the store: {summary['already_in_store']}")
    for e in summary["evidence"]:
        click.echo(f"  [{e['stance']}] {e['unitid']} {e['url']}\n    {e['sentence']}")
    for key, label in (("unmatched", "unmatched"), ("ambiguous", "ambiguous, needs a reviewer"),
                       ("below_threshold", "below the score threshold")):
        for m in summary.get(key, []):
            names = "; ".join(f"{c['name']} ({c['state']}, {c['unitid']})" for c in m["candidates"])
            click.echo(f"  {label}: {m['name']!r} at {m['url']}" + (f" -> {names}" if names else ""))
    for p in summary.get("problems", []):
        click.echo(f"  problem: {p}")


@cli.command()
@click.option("--feed", "feed_url", help="Read only this feed (its name and institution from feeds.csv if listed).")
@click.option("--feeds", "feeds_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The list of feeds (default: feeds.csv in --data).")
@click.option("--since", help="Skip items older than this date (YYYY-MM-DD); default: the staleness window.")
@_fetch_options
def feeds(feed_url, feeds_path, since, store_path, data_dir, as_json, allow_private, delay, user_agent):
    """Read news feeds (RSS 2.0, Atom); queue facial-recognition sentences in their articles for review.

    Each sentence's institutions are linked (unmatched and ambiguous names are reported); the
    evidence is a press report (or press quoting an official), pending review. Re-running adds nothing.
    """
    from scrapers import feeds as feeds_mod
    from scrapers.urls import host_key

    from . import watchlists

    if since and fields.check_date(since, clock.today()):
        raise click.UsageError(f"--since: {fields.check_date(since, clock.today())}")
    if feed_url and fields.check_url(feed_url):
        raise click.UsageError(f"--feed: {fields.check_url(feed_url)}")
    index, db, rows = _open_watchlist(data_dir, store_path, feeds_path or data_dir / "feeds.csv",
                                      watchlists.validate_feeds)
    listed = feeds_mod.feeds_from_rows(rows)
    if feed_url:
        listed = [f for f in listed if f.url == feed_url] or [feeds_mod.Feed(feed_url, host_key(feed_url))]
    settings = _settings(delay=delay, allow_private=allow_private, user_agent=user_agent)
    summary = feeds_mod.read_feeds(listed, settings, db, index, since=since)
    _print_names(summary, as_json, f"Read {len(listed)} feed(s), {summary['items']} item(s)")


@cli.command()
@click.option("--url", "page_url", help="Read only this page (its vendor and kind from vendors.csv if listed).")
@click.option("--vendors", "vendors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The list of vendor pages (default: vendors.csv in --data).")
@_fetch_options
def vendors(page_url, vendors_path, store_path, data_dir, as_json, allow_private, delay, user_agent):
    """Read vendors' customer and case-study pages; the institutions named become pending vendor claims.

    Only names the linker resolves to one institution with a high score are recorded (stance using,
    source kind vendor_claim: never a color alone); the others are reported. Re-running adds nothing.
    """
    from scrapers import vendors as vendors_mod
    from scrapers.urls import host_key

    from . import watchlists

    if page_url and fields.check_url(page_url):
        raise click.UsageError(f"--url: {fields.check_url(page_url)}")
    index, db, rows = _open_watchlist(data_dir, store_path, vendors_path or data_dir / "vendors.csv",
                                      lambda path, _unitids, problems: watchlists.validate_vendors(path, problems))
    if page_url:
        rows = [r for r in rows if r["url"] == page_url] or [
            {"vendor": host_key(page_url), "url": page_url, "page_kind": "marketing", "notes": ""}]
    settings = _settings(delay=delay, allow_private=allow_private, user_agent=user_agent)
    summary = vendors_mod.read_vendors(rows, settings, db, index)
    _print_names(summary, as_json, f"Read {len(rows)} vendor page(s)")
