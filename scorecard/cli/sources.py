"""Commands that bring evidence in from sources (scrapers/): import, crawl, watch, feeds, vendors."""

import json
import sys
from pathlib import Path

import click

from scrapers import SOURCES

from .. import clock, datafiles, fields, store
from .options import data_option, fetch_options, scrape_options, store_option, today_or


@click.group("import")
def import_group():
    """Import other trackers' files and pages as pending evidence (idempotent; nothing half-imported)."""


def _run_import(origin, make_report, data_dir, store_path, today):
    """Link with data/, build the report (validating all of it), then insert it in one transaction."""
    from scrapers import common

    from .. import link as link_mod

    index = link_mod.load_index(data_dir)
    try:
        report = make_report(index, today_or(today))
    except datafiles.DataError as e:
        for p in e.problems:
            click.echo(str(p), err=True)
        raise click.ClickException(f"{len(e.problems)} problem(s); nothing imported") from None
    common.save(store.open_store(store_path), index, report, origin=origin, today=today_or(today))
    click.echo(report.summary())


@import_group.command("atlas")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@data_option
@store_option
@click.option("--as-of", help="Date for rows with no Link date (the export's date, YYYY-MM-DD); default today.")
@click.option("--today", help="Check dates against this day (YYYY-MM-DD); default today.")
def import_atlas(file, data_dir, store_path, as_of, today):
    """An Atlas of Surveillance CSV export: campus police face recognition rows become pending evidence."""
    from scrapers import common

    atlas = SOURCES["atlas"].load()

    def make_report(index, today):
        return atlas.parse(common.read_input(file), str(file), index, today, as_of=as_of)

    _run_import(SOURCES["atlas"].origin, make_report, data_dir, store_path, today)


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
    from scrapers import common, http

    scorecard_page = SOURCES["scorecard-page"].load()

    def make_report(index, today):
        if source.startswith(("http://", "https://")):
            try:
                body, final_url = http.fetch(source, db=store.open_store(store_path), allow_private=allow_private)
            except http.FetchError as e:
                raise click.ClickException(str(e)) from None
            text, url = common.decode(body, source), source_url or final_url
        else:
            text, url = common.read_input(Path(source)), source_url
        return scorecard_page.parse(text, source, index, today, source_url=url, as_of=as_of)

    _run_import(SOURCES["scorecard-page"].origin, make_report, data_dir, store_path, today)


def _settings(**changes):
    from scrapers.fetch import Settings

    changes = {k: v for k, v in changes.items() if v is not None}
    return Settings(**changes)


def _open_for_scraping(data_dir, store_path):
    """data/ (every file checked; a problem stops the command) and the store, institutions synced."""
    try:
        data = datafiles.load_or_raise(data_dir, clock.today())
    except datafiles.DataError as e:
        raise click.ClickException(f"{len(e.problems)} problem(s) in {data_dir}: {e.problems[0]}") from None
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


@click.command()
@click.argument("campuses", nargs=-1)
@click.option("--all", "all_", is_flag=True, help="Every campus with a website.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many campuses.")
@click.option("--max-pages", type=click.IntRange(min=1), default=50, show_default=True, help="Pages per campus.")
@click.option("--max-depth", type=click.IntRange(min=0), default=3, show_default=True, help="Links from the start page.")
@click.option("--start-url", help="Crawl the one campus named from this address instead of its website.")
@scrape_options
def crawl(campuses, all_, limit, max_pages, max_depth, start_url, store_path, data_dir, as_json,
          allow_private, delay, workers, user_agent):
    """Crawl campus websites for statements on facial recognition; queue what is found for review.

    CAMPUSES are slugs, aliases or unitids. Obeys robots.txt; one request at a time per host.
    """
    crawl_mod = SOURCES["crawl"].load()

    if bool(campuses) == all_:
        raise click.UsageError("name one or more campuses, or --all")
    if start_url and (all_ or len(campuses) != 1):
        raise click.UsageError("--start-url needs exactly one campus")
    if start_url and fields.check_url(start_url):
        raise click.UsageError(f"--start-url: {fields.check_url(start_url)}")
    data, db = _open_for_scraping(data_dir, store_path)
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


@click.command()
@click.argument("campuses", nargs=-1)
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The list of watched pages (default: sources.csv in --data).")
@scrape_options
def watch(campuses, sources_path, store_path, data_dir, as_json, allow_private, delay, workers, user_agent):
    """Re-read the pages listed in data/sources.csv; queue statements added or removed since last time.

    With CAMPUSES (slugs, aliases or unitids), only their pages. Bad rows are printed as
    file:line: field: reason and nothing is fetched.
    """
    crawl_mod, watch_mod = SOURCES["crawl"].load(), SOURCES["watch"].load()

    data, db = _open_for_scraping(data_dir, store_path)
    problems = []
    sources = watch_mod.validate_sources(sources_path or data_dir / SOURCES["watch"].watch_list,
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


# --- news feeds and vendor pages (issue 7) -------------------------------------------------------

def _open_watchlist(data_dir, store_path, path, check):
    """The linker's index, the store (institutions synced) and the list's valid rows.

    ``check(path, unitids, problems)`` validates the list; any problem stops the command before
    anything is fetched."""
    from .. import link as link_mod

    data, db = _open_for_scraping(data_dir, store_path)
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


@click.command()
@click.option("--feed", "feed_url", help="Read only this feed (its name and institution from feeds.csv if listed).")
@click.option("--feeds", "feeds_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The list of feeds (default: feeds.csv in --data).")
@click.option("--since", help="Skip items older than this date (YYYY-MM-DD); default: the staleness window.")
@fetch_options
def feeds(feed_url, feeds_path, since, store_path, data_dir, as_json, allow_private, delay, user_agent):
    """Read news feeds (RSS 2.0, Atom); queue facial-recognition sentences in their articles for review.

    Each sentence's institutions are linked (unmatched and ambiguous names are reported); the
    evidence is a press report (or press quoting an official), pending review. Re-running adds nothing.
    """
    feeds_mod = SOURCES["feeds"].load()
    from scrapers.urls import host_key

    if since and fields.check_date(since, clock.today()):
        raise click.UsageError(f"--since: {fields.check_date(since, clock.today())}")
    if feed_url and fields.check_url(feed_url):
        raise click.UsageError(f"--feed: {fields.check_url(feed_url)}")
    index, db, rows = _open_watchlist(data_dir, store_path, feeds_path or data_dir / SOURCES["feeds"].watch_list,
                                      datafiles.validate_feeds)
    listed = feeds_mod.feeds_from_rows(rows)
    if feed_url:
        listed = [f for f in listed if f.url == feed_url] or [feeds_mod.Feed(feed_url, host_key(feed_url))]
    settings = _settings(delay=delay, allow_private=allow_private, user_agent=user_agent)
    summary = feeds_mod.read_feeds(listed, settings, db, index, since=since)
    _print_names(summary, as_json, f"Read {len(listed)} feed(s), {summary['items']} item(s)")


@click.command()
@click.option("--url", "page_url", help="Read only this page (its vendor and kind from vendors.csv if listed).")
@click.option("--vendors", "vendors_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The list of vendor pages (default: vendors.csv in --data).")
@fetch_options
def vendors(page_url, vendors_path, store_path, data_dir, as_json, allow_private, delay, user_agent):
    """Read vendors' customer and case-study pages; the institutions named become pending vendor claims.

    Only names the linker resolves to one institution with a high score are recorded (stance using,
    source kind vendor_claim: never a color alone); the others are reported. Re-running adds nothing.
    """
    vendors_mod = SOURCES["vendors"].load()
    from scrapers.urls import host_key

    if page_url and fields.check_url(page_url):
        raise click.UsageError(f"--url: {fields.check_url(page_url)}")
    index, db, rows = _open_watchlist(data_dir, store_path, vendors_path or data_dir / SOURCES["vendors"].watch_list,
                                      lambda path, _unitids, problems: datafiles.validate_vendors(path, problems))
    if page_url:
        rows = [r for r in rows if r["url"] == page_url] or [
            {"vendor": host_key(page_url), "url": page_url, "page_kind": "marketing", "notes": ""}]
    settings = _settings(delay=delay, allow_private=allow_private, user_agent=user_agent)
    summary = vendors_mod.read_vendors(rows, settings, db, index)
    _print_names(summary, as_json, f"Read {len(rows)} vendor page(s)")
