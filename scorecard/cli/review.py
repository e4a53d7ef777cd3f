"""Submissions and review: submit, review list/approve/reject."""

import sqlite3
from pathlib import Path

import click

from .. import clock, jsonin, store
from ..evidence import ORIGINS
from ..method import STANCES, UNCLASSIFIED
from .options import db_option, existing_store, problems_exit, published, reviewer_option, store_option


@click.command()
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
    from .. import submissions as subs

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
                raise click.ClickException(f"{where} is not JSON or JSON Lines: {e}") from None
        if len(chunks) == 1 and chunks[0][0] == 0:
            items = items[0] if isinstance(items[0], list) else [items[0]]
    else:
        given = dict(campus=campus, stance=stance, source_url=source_url, quote=quote, stated_on=stated_on,
                     submitter_name=submitter_name, submitter_email=submitter_email, relation=relation)
        items = [{k: v for k, v in given.items() if v is not None}]
    today = clock.today()
    try:
        cleaned = subs.check_all(items, subs.campus_finder(published(db_path)), today)
        ids = subs.queue(store.open_store(store_path), cleaned, "cli", None, today)
    except subs.SubmissionError as e:
        problems_exit([f"{p}" if len(items) == 1 else f"item {p.index}: {p}" for p in e.problems])
    for i in ids:
        click.echo(f"{i} pending: follow it at /submissions/{i}")


@click.group()
def review():
    """Review the store's pending evidence (web submissions and scraper findings)."""


@review.command("list")
@click.option("--campus", default="", help="Slug or unitid.")
@click.option("--stance", type=click.Choice([*STANCES, UNCLASSIFIED]), metavar="STANCE",
              help="Only this stance (a misspelt one is an error, not an empty queue).")
@click.option("--origin", type=click.Choice(ORIGINS), metavar="ORIGIN",
              help="Source: submission, or a scraper's origin.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (includes submitters' emails).")
@store_option
@db_option
def review_list(campus, stance, origin, limit, as_json, store_path, db_path):
    """List pending items oldest first, with the color each would give its campus."""
    from .. import review as rv

    db = existing_store(store_path)
    pub = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) if Path(db_path).exists() else None
    rows, total = rv.pending(db, rv.Filters(campus, stance or "", origin or ""), limit=limit)
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
@reviewer_option
@store_option
def review_approve(evidence_id, stance, stated_on, quote, source_kind, reviewer, store_path):
    """Approve a pending item; the public color changes at the next `scorecard build`."""
    from .. import review as rv

    edits = {k: v for k, v in dict(stance=stance, stated_on=stated_on, quote=quote, source_kind=source_kind).items()
             if v is not None}
    try:
        r = rv.approve(existing_store(store_path), evidence_id, reviewer, edits)
    except rv.ReviewError as e:
        problems_exit([f"{f}: {reason}" for f, reason in e.problems], "nothing was changed")
    click.echo(f"{r['id']} approved by {reviewer}: {r['slug']} {r['stance']} {r['stated_on']}; "
               "run `scorecard build` to publish")


@review.command("reject")
@click.argument("evidence_id")
@click.option("--reason", required=True, help="Public: shown on the submission's tracking page.")
@reviewer_option
@store_option
def review_reject(evidence_id, reason, reviewer, store_path):
    """Reject a pending item with a public reason."""
    from .. import review as rv

    try:
        r = rv.reject(existing_store(store_path), evidence_id, reviewer, reason)
    except rv.ReviewError as e:
        problems_exit([f"{f}: {reason}" for f, reason in e.problems], "nothing was changed")
    click.echo(f"{r['id']} rejected by {reviewer}")
