"""Commands that read without changing anything: serve, explain, link, classify."""

import json
import sqlite3
import sys
from pathlib import Path

import click

from .. import campus as campus_mod
from .. import store
from .options import PROJECT_ROOT, data_option, db_option, store_option


@click.command()
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


@click.command()
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


@click.command()
@click.argument("mention", required=False)
@data_option
@click.option("--lines", is_flag=True, help="Read one mention a line from stdin (or a JSON object with mention, "
              "context, state, city, title, before); print one JSON object a line, in order.")
@click.option("--state", help="State context (code or name) that narrows the candidates.")
@click.option("--city", help="City context that narrows the candidates.")
def link(mention, data_dir, lines, state, city):
    """Resolve a mention (name, alias, abbreviation, domain or URL) to an institution.

    Prints JSON with unitid, slug, score, ambiguous and candidates; unitid is null when nothing
    matches or when the mention could be several institutions (ambiguous: goes to review).
    Without MENTION, reads stdin: the whole of it as one mention, or one a line with --lines.
    """
    from .. import link as link_mod

    index = link_mod.load_index(data_dir)
    if lines:
        from ..link_input import parse_lines

        requests, problems = parse_lines(sys.stdin.read().splitlines())
        if problems:
            raise click.ClickException("\n".join(str(p) for p in problems))
        for r in requests:
            result = link_mod.link(index, r["mention"], state=r.get("state") or state,
                                   city=r.get("city") or city, context=r.get("context"),
                                   title=r.get("title"), before=r.get("before"))
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    text = mention if mention is not None else sys.stdin.read().strip()
    if not text:
        raise click.UsageError("give a MENTION or pipe one on stdin")
    click.echo(json.dumps(link_mod.link(index, text, state=state, city=city).to_dict(), ensure_ascii=False, indent=2))


@click.command("classify")
@click.option("--lines", is_flag=True,
              help="Classify each input line on its own (plain text, or a JSON object with text and "
                   "optional title and before); print one JSON object per line, in order.")
def classify_cmd(lines):
    """Read text on standard input and print its stance on facial recognition as JSON.

    Without --lines the whole input is one passage: one JSON object with the stance, its color,
    the confidence, the sentence and cue that decided it, and every sentence that mentions facial
    recognition (each with its own stance, confidence, cue and the words matched). With --lines
    each line gets its own object, in input order; a blank line gives "unrelated". A line may also
    be a JSON object {"text": ..., "title": ..., "before": ...}: the page title and the text before
    the sentence let "the technology" refer to facial recognition. Text that does not mention
    facial recognition is "unrelated". Input must be UTF-8.
    """
    from ..classify import classify

    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise click.ClickException(f"standard input is not UTF-8 text (invalid byte at offset {e.start}); "
                                   "convert it first, e.g. with iconv -f latin1 -t utf-8") from None
    if not lines:
        click.echo(json.dumps(classify(text).to_dict(), ensure_ascii=False))
        return
    from ..classify_input import InputError, read_lines

    try:
        rows = read_lines(text)
    except InputError as e:
        raise click.ClickException(f"standard input {e}") from None
    for row in rows:
        click.echo(json.dumps(classify(row.text, title=row.title, before=row.before).to_dict(), ensure_ascii=False))
