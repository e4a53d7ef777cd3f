"""``scorecard outreach ...``: campaigns that ask campuses, follow up, and record answers and silences.

A thin click layer over ``scorecard.outreach``; every refusal prints what was wrong and stores nothing.
"""

import contextlib
import datetime as dt
import json
from pathlib import Path

import click

from .. import clock, store
from ..method import STANCES
from ..outreach import campaigns as cp
from ..outreach import contacts as contacts_mod
from ..outreach import laws as laws_mod
from ..outreach import letters as letters_mod
from ..outreach import mailer
from ..outreach.deadlines import parse_day
from .options import data_option, db_option, store_option
from .options import published as _published

today_option = click.option("--today", help="Act as of this date (YYYY-MM-DD); default today.")
from_option = click.option("--from", "sender", envvar="SCORECARD_OUTREACH_FROM",
                           help="The sender, 'Name <address>' (default: $SCORECARD_OUTREACH_FROM).")


def _writing_options(f):
    """The options of every command that writes letters: sender, store, database, data, today."""
    for option in (today_option, data_option, db_option, store_option, from_option):
        f = option(f)
    return f


@contextlib.contextmanager
def _refusals():
    """Every known refusal becomes a one-line error and exit 1."""
    try:
        yield
    except (cp.CampaignError, laws_mod.LawError, mailer.MailError, store.StoreError, ValueError) as e:
        raise click.ClickException(f"{e}; nothing changed") from None


def _now(today: dt.date | None) -> dt.datetime:
    """A given --today acts at noon UTC that day, so stored stamps agree with the dates."""
    if today is None:
        return clock.SYSTEM.now().replace(microsecond=0)
    return dt.datetime.combine(today, dt.time(12), dt.timezone.utc)


def _day(value: str | None, field: str) -> dt.date | None:
    return parse_day(value, field) if value else None


def _read_text(path: Path | None, option: str) -> str:
    """A UTF-8 text file's contents, or a refusal naming the option, the file and the byte."""
    if path is None:
        return ""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise cp.CampaignError(f"{option}: {path} is not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise cp.CampaignError(f"{option}: {path}: {e.strerror}") from None


text_file = click.Path(exists=True, dir_okay=False, path_type=Path)


def _sender(value: str | None) -> letters_mod.Sender:
    return mailer.sender({"SCORECARD_OUTREACH_FROM": value or ""})


@click.group()
def outreach():
    """Outreach campaigns: write to campuses, follow up, queue their answers and silences for review."""


@outreach.command("new")
@click.argument("name")
@click.option("--question", "question_file", required=True, type=text_file,
              help="A text file: the question (inquiry) or the records sought (records request).")
@click.option("--state", default="", help="Two-letter state code.")
@click.option("--sector", "sectors", multiple=True, help="IPEDS sector label, e.g. 'Public, 4-year or above' (repeatable).")
@click.option("--color", default="", type=click.Choice(["", "gray", "green", "yellow", "red"]))
@click.option("--campus", "campuses", multiple=True, help="A campus slug (repeatable); must match the other filters.")
@click.option("--deadline-days", default=20, show_default=True, type=int, help="Days to answer before a follow-up.")
@click.option("--follow-ups", default=1, show_default=True, type=int, help="Follow-ups before a silence is recorded.")
@click.option("--kind", default="inquiry", show_default=True, type=click.Choice(cp.KINDS))
@store_option
@db_option
@data_option
@today_option
def new(name, question_file, state, sectors, color, campuses, deadline_days, follow_ups, kind, store_path, db_path,
        data_dir, today):
    """Create campaign NAME over a selection of campuses (re-running adds only campuses not yet in it)."""
    with _refusals():
        now = _now(_day(today, "--today"))
        laws = laws_mod.load(data_dir)
        sel = cp.Selection(state=state, sectors=list(sectors), color=color, campuses=[c.lower() for c in campuses])
        db, pub = store.open_store(store_path), _published(db_path)
        question = _read_text(question_file, "--question")
        added, had = cp.create(db, pub, name, kind, question, deadline_days, follow_ups, sel, laws, now)
    click.echo(f"Campaign {name!r}: {added} campus(es) added, {had} already in it.")


@outreach.command("list")
@store_option
def list_(store_path):
    """Every campaign with its counts."""
    db = store.open_store(store_path)
    for c in cp.campaigns(db):
        click.echo(f"{c['name']}\t{c['kind']}\tcreated {c['created_on']}\t{c['campuses']} campus(es)\t"
                   f"{c['answered'] or 0} answered\t{c['no_response'] or 0} no response")


@outreach.command("show")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (includes addresses).")
@store_option
@today_option
def show(name, as_json, store_path, today):
    """Per campus: drafted, sent, followed up, answered, overdue, no response recorded."""
    with _refusals():
        db = store.open_store(store_path)
        c = cp.campaign(db, name)
        rows = cp.status(db, name, _day(today, "--today") or clock.today())
    if as_json:
        click.echo(json.dumps({"campaign": c, "campuses": rows}, indent=2))
        return
    click.echo(f"{c['name']} ({c['kind']}, {c['deadline_days']} days, {c['follow_ups']} follow-up(s)), "
               f"created {c['created_on']}")
    for r in rows:
        state = ("answered " + r["answered_on"] if r["answered_on"] else
                 "no response recorded" if r["no_response_evidence_id"] else
                 "OVERDUE since " + r["due_on"] if r["overdue"] else
                 f"sent {r['sent_on']}, due {r['due_on']}" if r["sent_on"] else "drafted")
        follow = f", followed up {', '.join(r['followed_up_on'])}" if r["followed_up_on"] else ""
        click.echo(f"  {r['slug']:<45} {r['kind']:<16} {state}{follow}")


@outreach.command("derive-contacts")
@click.option("--reference", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=Path("../shared/data/reference"), show_default=True)
@data_option
def derive_contacts(reference, data_dir):
    """Regenerate data/contacts.csv (chief administrator, address) from IPEDS HD2022."""
    n = contacts_mod.derive(reference, data_dir)
    click.echo(f"Wrote {data_dir / contacts_mod.FILE}: {n} institutions")


def _letter_for(db, pub, c, t, contacts, laws, sender, on, follow_up_of=None):
    found = pub.execute("select state from campuses where unitid = ?", (t["unitid"],)).fetchone()
    if found is None:
        raise cp.CampaignError(f"{t['slug']!r} is not in the published database: run scorecard build")
    campus = {**t, "state": found[0]}
    if t["unitid"] not in contacts:
        raise cp.CampaignError(f"{contacts_mod.FILE} has no contact for {t['slug']!r} (unitid {t['unitid']})")
    law = laws_mod.law_for(laws, campus["state"]) if t["kind"] == "records-request" else None
    return letters_mod.render(c, campus, contacts[t["unitid"]], sender, on, law, follow_up_of)


@outreach.command("letters")
@click.argument("name")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path))
@_writing_options
def letters(name, out_dir, sender, store_path, db_path, data_dir, today):
    """Write one letter per campus to DIR: SLUG.txt and SLUG.eml."""
    with _refusals():
        on = _day(today, "--today") or clock.today()
        who = _sender(sender)
        db, pub = store.open_store(store_path), _published(db_path)
        c, ts = cp.campaign(db, name), cp.targets(db, name)
        contacts, laws = contacts_mod.load(data_dir), laws_mod.load(data_dir)
        written = [(t, _letter_for(db, pub, c, t, contacts, laws, who, on)) for t in ts]
    out_dir.mkdir(parents=True, exist_ok=True)
    for t, letter in written:
        (out_dir / f"{t['slug']}.txt").write_text(letter.text, encoding="utf-8")
        msg = letters_mod.to_email(letter, who, t["email"], _now(on), name)
        (out_dir / f"{t['slug']}.eml").write_bytes(bytes(msg))
    click.echo(f"Wrote {len(written)} letter(s) to {out_dir}")


@outreach.command("address")
@click.argument("name")
@click.argument("campus")
@click.argument("email")
@store_option
def address(name, campus, email, store_path):
    """Set the email address a campus's letters go to (IPEDS lists none)."""
    with _refusals():
        t = cp.set_address(store.open_store(store_path), name, campus, email)
    click.echo(f"{t['slug']}: letters go to {email}")


@contextlib.contextmanager
def _stop_after(done: list, slug: str):
    """A refusal part-way through a run says what was already done: that stays recorded."""
    try:
        yield
    except (cp.CampaignError, laws_mod.LawError, mailer.MailError, store.StoreError) as e:
        raise click.ClickException(f"{slug}: {e}; {len(done)} campus(es) were done before it and stay recorded, "
                                   "the rest were not done (run the command again to continue)") from None


def _deliver(db, name, t, letter, who, on, now, smtp, kind, done: list):
    msg = letters_mod.to_email(letter, who, t["email"], now, name)
    message_id = smtp.send(msg)
    done.append(t["slug"])
    cp.record_sent(db, name, t["slug"], on, t["email"], on, via="smtp", message_id=message_id,
                   subject=letter.subject, body=letter.text, now=now)
    click.echo(f"sent {kind} to {t['slug']} <{t['email']}> {message_id}")


@outreach.command("send")
@click.argument("name")
@click.option("--campus", help="Only this campus (slug).")
@click.option("--dry-run", is_flag=True, help="Print what would be sent; send and record nothing.")
@_writing_options
def send(name, campus, dry_run, sender, store_path, db_path, data_dir, today):
    """Send each campus its letter through SMTP (settings from the environment) and record it.

    Campuses already sent their letter are skipped, so a re-run sends nothing twice. Without
    SCORECARD_SMTP_HOST it only prints what it would send.
    """
    with _refusals():
        on = _day(today, "--today") or clock.today()
        now, who, cfg = _now(_day(today, "--today")), _sender(sender), mailer.settings()
        db, pub = store.open_store(store_path), _published(db_path)
        c, ts = cp.campaign(db, name), cp.targets(db, name, campus)
        contacts, laws = contacts_mod.load(data_dir), laws_mod.load(data_dir)
        pending = [t for t in ts if not cp.messages(db, name, t["unitid"])]
        letters_ = [(t, _letter_for(db, pub, c, t, contacts, laws, who, on)) for t in pending]
        smtp = None if dry_run or cfg is None else mailer.Mailer(cfg)
        done: list[str] = []
        try:
            for t, letter in letters_:
                if not t["email"]:
                    click.echo(f"no address for {t['slug']}: set one with `scorecard outreach address`")
                elif smtp is None:
                    click.echo(f"would send letter to {t['slug']} <{t['email']}>: {letter.subject}")
                else:
                    with _stop_after(done, t["slug"]):
                        _deliver(db, name, t, letter, who, on, now, smtp, "letter", done)
        finally:
            if smtp:
                smtp.close()
    if smtp is None and cfg is None and not dry_run:
        click.echo("SCORECARD_SMTP_HOST is not set: nothing was sent or recorded.")
    click.echo(f"{len(ts) - len(pending)} campus(es) already sent their letter.")


@outreach.command("sent")
@click.argument("name")
@click.argument("campus")
@click.option("--on", "on", required=True, help="The day it was sent (YYYY-MM-DD).")
@click.option("--to", "to", required=True, help="The address it was sent to.")
@store_option
@today_option
def sent(name, campus, on, to, store_path, today):
    """Mark by hand that a letter (or, after the letter, a follow-up) went to CAMPUS."""
    with _refusals():
        day, now = parse_day(on, "--on"), _now(_day(today, "--today"))
        row = cp.record_sent(store.open_store(store_path), name, campus, day, to, now.date(), now=now)
    click.echo(f"recorded {row['kind'].replace('_', '-')} to {campus} <{to}> on {row['sent_on']}")


@outreach.command("answered")
@click.argument("name")
@click.argument("campus")
@click.option("--on", "on", required=True, help="The date of the reply (YYYY-MM-DD).")
@click.option("--stance", required=True, type=click.Choice([s for s in STANCES if s != "no_response"]))
@click.option("--summary", required=True, help="The reply in your own words.")
@click.option("--url", default="", help="Where the reply is published, if it is.")
@click.option("--file", "reply", type=text_file, help="The reply's text, kept as its quote.")
@store_option
@db_option
@today_option
def answered(name, campus, on, stance, summary, url, reply, store_path, db_path, today):
    """Queue CAMPUS's reply as a pending official_statement for review."""
    with _refusals():
        day, now = parse_day(on, "--on"), _now(_day(today, "--today"))
        db, pub = store.open_store(store_path), _published(db_path)
        text = _read_text(reply, "--file")
        eid = cp.answered(db, pub, name, campus, day, stance, summary, now.date(), url, text)
    click.echo(f"queued {eid} (official_statement, {stance}, pending review)")


@outreach.command("due")
@click.argument("name")
@click.option("--dry-run", is_flag=True, help="Print what is due; send and record nothing.")
@_writing_options
def due(name, dry_run, sender, store_path, db_path, data_dir, today):
    """Send the follow-ups that are due; queue one no_response per campus whose last deadline passed."""
    with _refusals():
        on = _day(today, "--today") or clock.today()
        now, cfg = _now(on), mailer.settings()
        db, pub = store.open_store(store_path), _published(db_path)
        c, items = cp.campaign(db, name), cp.due(db, name, on)
        contacts, laws = contacts_mod.load(data_dir), laws_mod.load(data_dir)
        smtp, done = None, []
        try:
            for d in items:
                t = d.target
                if dry_run:
                    click.echo(f"due since {d.due_on}: {d.action.replace('_', '-')} for {t['slug']}")
                    continue
                if d.action == "no_response":
                    continue
                with _stop_after(done, t["slug"]):
                    if cfg is None or not t["email"]:
                        click.echo(f"follow-up due for {t['slug']} since {d.due_on}: not sent (no SMTP settings or "
                                   "address); send it yourself and mark it with `scorecard outreach sent`")
                    else:
                        who = _sender(sender)
                        smtp = smtp or mailer.Mailer(cfg)
                        first = dt.date.fromisoformat(d.messages[0]["sent_on"])
                        letter = _letter_for(db, pub, c, t, contacts, laws, who, on, follow_up_of=first)
                        _deliver(db, name, t, letter, who, on, now, smtp, "follow-up", done)
        finally:
            if smtp:
                smtp.close()
        silent = [d for d in items if d.action == "no_response"]
        if silent and not dry_run:
            with _stop_after(done, "no_response"):
                for eid, d in zip(cp.record_no_responses(db, pub, name, silent, on), silent, strict=False):
                    click.echo(f"queued {eid} (no_response for {d.target['slug']}, deadline {d.due_on}, "
                               "pending review)")
    click.echo(f"{len(items)} campus(es) due.")


@outreach.command("adoptions")
@store_option
def adoptions(store_path):
    """Who offered to take on which campus (name and email: for the organiser only)."""
    db = store.open_store(store_path)
    for r in db.execute("""select a.created_at, i.slug, a.name, a.email from outreach_adoptions a
                           join institutions i using (unitid) order by a.created_at""").fetchall():
        click.echo("\t".join(r))
