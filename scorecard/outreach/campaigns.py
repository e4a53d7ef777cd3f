"""Campaign state in the store: which campuses a campaign asks, what was sent, what came back.

Every function takes the store (and, where it needs published facts such as color or website,
the published database) and checks everything before it writes; a refused call changes nothing.
Replies and silences become pending evidence through ``store.add_evidence``: reviewers decide.
"""

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import asdict, dataclass, field

import sqlite_utils

from .. import campus as campus_mod
from .. import clock, fields, store
from ..method import STANCES
from . import deadlines
from .laws import Law, law_for

KINDS = ("inquiry", "records-request")
ORIGIN = "outreach"
MAX_QUESTION = 5000
MAX_SUMMARY = 2000


class CampaignError(ValueError):
    """Refused input, with a message that names the problem; nothing was stored."""


@dataclass
class Selection:
    state: str = ""
    sectors: list[str] = field(default_factory=list)
    color: str = ""
    campuses: list[str] = field(default_factory=list)


def _one(conn, sql, params=()):
    cur = conn.execute(sql, params)
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=False)) if row else None


def _all(conn, sql, params=()):
    cur = conn.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]


def select(pub, sel: Selection) -> list[dict]:
    """The campuses of a selection, from the published database. Named campuses must exist and
    must match the filters given with them (a campus outside the selection is an error)."""
    where, params = [], []
    if sel.state:
        where.append("state = ?")
        params.append(sel.state.upper())
    if sel.sectors:
        where.append(f"sector in ({', '.join('?' * len(sel.sectors))})")
        params += sel.sectors
    if sel.color:
        where.append("color = ?")
        params.append(sel.color)
    sql = ("select unitid, slug, name, state, control, sector, color, website from campuses"
           + (" where " + " and ".join(where) if where else "") + " order by name, unitid")
    rows = _all(pub, sql, params)
    if not sel.campuses:
        if not where:
            raise CampaignError("a campaign needs a selection: --state, --sector, --color or --campus")
        return rows
    by_slug = {r["slug"]: r for r in rows}
    picked = []
    for key in sel.campuses:
        slug, _ = campus_mod.resolve(pub, key)
        if slug is None:
            raise CampaignError(f"campus {key!r} is not a campus slug, alias or unitid in the published database")
        if slug not in by_slug:
            raise CampaignError(f"campus {slug!r} is outside the selection ({describe(sel, campuses=False)})")
        if by_slug[slug] not in picked:
            picked.append(by_slug[slug])
    return picked


def describe(sel: Selection, campuses: bool = True) -> str:
    parts = [f"state {sel.state.upper()}"] if sel.state else []
    parts += [f"sector {s!r}" for s in sel.sectors]
    parts += [f"color {sel.color}"] if sel.color else []
    if campuses and sel.campuses:
        parts.append(f"{len(sel.campuses)} named campus(es)")
    return ", ".join(parts) or "everything"


def target_kind(campaign_kind: str, control: str) -> str:
    """Only a public institution is subject to a public-records law: the others get an inquiry."""
    return "records-request" if campaign_kind == "records-request" and control == "Public" else "inquiry"


def create(db: sqlite_utils.Database, pub, name: str, kind: str, question: str, deadline_days: int,
           follow_ups: int, sel: Selection, laws: dict[str, Law], now: dt.datetime) -> tuple[int, int]:
    """Create a campaign, or re-run it: (campuses added, campuses already in it). A re-run with the
    same settings only adds campuses newly matching; with different settings it is refused."""
    reason = fields.check_line(name, 100) or (None if name.strip() else "is required")
    if reason:
        raise CampaignError(f"campaign name: {reason}")
    if kind not in KINDS:
        raise CampaignError(f"--kind: {kind!r} is not one of {', '.join(KINDS)}")
    question = question.strip()
    if not question:
        raise CampaignError("--question: the file is empty")
    reason = fields.check_text(question.replace("\n", " "), MAX_QUESTION)
    if reason:
        raise CampaignError(f"--question: {reason}")
    if deadline_days <= 0 or follow_ups < 0:
        raise CampaignError("--deadline-days must be positive and --follow-ups not negative")
    rows = select(pub, sel)
    if not rows:
        raise CampaignError(f"no campus matches the selection ({describe(sel)})")
    public = [r for r in rows if target_kind(kind, r["control"]) == "records-request"]
    unknown = Counter(r["state"] for r in public if r["state"] not in laws)
    if unknown:
        states = ", ".join(f"{s!r} ({n} public campus{'es' if n > 1 else ''} in the selection)"
                           for s, n in sorted(unknown.items()))
        raise CampaignError(f"no public-records law is recorded for state{'s' if len(unknown) > 1 else ''} {states} "
                            "in public_records_laws.csv: add a row, narrow the selection or use --kind inquiry")
    law_days = {r["unitid"]: law_for(laws, r["state"]).deadline_days for r in public}
    existing = _one(db.conn, "select * from outreach_campaigns where name = ?", (name,))
    settings = {"kind": kind, "question": question, "deadline_days": deadline_days, "follow_ups": follow_ups}
    if existing:
        differ = [k for k, v in settings.items() if existing[k] != v]
        if differ:
            raise CampaignError(f"campaign {name!r} already exists with a different {', '.join(differ)}; "
                                "choose a new name for a new campaign")
    have = {r[0] for r in db.execute("select unitid from outreach_targets where campaign = ?", (name,))}
    known = {r[0] for r in db.execute("select unitid from institutions")}
    missing = [r["slug"] for r in rows if r["unitid"] not in known]
    if missing:
        raise CampaignError(f"the store does not know {missing[0]!r}: run scorecard build first")
    new = [r for r in rows if r["unitid"] not in have]
    stamp = now.isoformat(timespec="seconds")
    with db.atomic():
        if not existing:
            db["outreach_campaigns"].insert({"name": name, **settings, "selection": json.dumps(asdict(sel)),
                                             "created_on": now.date().isoformat(), "created_at": stamp})
        db["outreach_targets"].insert_all({"campaign": name, "unitid": r["unitid"], "added_at": stamp,
                                           "kind": target_kind(kind, r["control"]),
                                           "law_deadline_days": law_days.get(r["unitid"])} for r in new)
    return len(new), len(rows) - len(new)


def campaign(db, name: str) -> dict:
    found = _one(db.conn, "select * from outreach_campaigns where name = ?", (name,))
    if found is None:
        names = [r[0] for r in db.execute("select name from outreach_campaigns order by name")]
        raise CampaignError(f"no campaign named {name!r}" + (f" (campaigns: {', '.join(names)})" if names else ""))
    return found


def campaigns(db) -> list[dict]:
    return _all(db.conn, """
        select c.name, c.kind, c.created_on, c.deadline_days, c.follow_ups, count(t.unitid) as campuses,
               sum(t.answered_on is not null) as answered, sum(t.no_response_evidence_id is not null) as no_response
        from outreach_campaigns c left join outreach_targets t on t.campaign = c.name
        group by c.name order by c.created_at, c.name""")


def target(db, name: str, slug: str) -> dict:
    """One campus of a campaign, by slug or unitid; a campus not in the campaign is an error."""
    campaign(db, name)
    inst = _one(db.conn, "select unitid, slug, name from institutions where slug = ? or cast(unitid as text) = ?",
                (slug.strip().lower(), slug.strip()))
    if inst is None:
        raise CampaignError(f"{slug!r} is not a campus slug or unitid")
    t = _one(db.conn, "select * from outreach_targets where campaign = ? and unitid = ?", (name, inst["unitid"]))
    if t is None:
        raise CampaignError(f"campus {inst['slug']!r} is outside the selection of campaign {name!r}")
    return {**t, "slug": inst["slug"], "name": inst["name"]}


def targets(db, name: str, slug: str | None = None) -> list[dict]:
    if slug:
        return [target(db, name, slug)]
    campaign(db, name)
    return _all(db.conn, """select t.*, i.slug, i.name from outreach_targets t join institutions i using (unitid)
                            where t.campaign = ? order by i.name, t.unitid""", (name,))


def messages(db, name: str, unitid: int) -> list[dict]:
    return _all(db.conn, "select * from outreach_messages where campaign = ? and unitid = ? order by sent_on, id",
                (name, unitid))


def set_address(db, name: str, slug: str, email: str) -> dict:
    t = target(db, name, slug)
    reason = fields.check_email(email)
    if reason:
        raise CampaignError(f"address: {reason}")
    with db.atomic():
        db.execute("update outreach_targets set email = ? where campaign = ? and unitid = ?", (email, name, t["unitid"]))
    return {**t, "email": email}


def record_sent(db, name: str, slug: str, on: dt.date, to: str, today: dt.date, via: str = "hand",
                message_id: str | None = None, subject: str = "", body: str = "",
                now: dt.datetime | None = None) -> dict:
    """Record a letter or follow-up as sent on ``on`` to ``to``; returns the message row."""
    t = target(db, name, slug)
    c = campaign(db, name)
    reason = fields.check_email(to)
    if reason:
        raise CampaignError(f"--to: {reason}")
    if on > today:
        raise CampaignError(f"--on: {on} is in the future (today is {today})")
    if on.isoformat() < c["created_on"]:
        raise CampaignError(f"--on: {on} is before the campaign was created ({c['created_on']})")
    if t["answered_on"] or t["no_response_evidence_id"]:
        raise CampaignError(f"campus {t['slug']!r} is already closed in campaign {name!r} "
                            "(answered, or its silence recorded)")
    earlier = messages(db, name, t["unitid"])
    if earlier and on.isoformat() < earlier[-1]["sent_on"]:
        raise CampaignError(f"--on: {on} is before the last message to this campus ({earlier[-1]['sent_on']})")
    row = {"campaign": name, "unitid": t["unitid"], "kind": "follow_up" if earlier else "letter",
           "sent_on": on.isoformat(), "sent_at": (now or clock.SYSTEM.now()).isoformat(timespec="seconds"),
           "to_address": to, "message_id": message_id, "via": via, "subject": subject, "body": body}
    with db.atomic():
        db["outreach_messages"].insert(row)
        if not t["email"]:
            db.execute("update outreach_targets set email = ? where campaign = ? and unitid = ?", (to, name, t["unitid"]))
    return row


def evidence_id(name: str, unitid: int, what: str) -> str:
    """Stable per campaign, campus and outcome, so recording the same outcome twice cannot add a row."""
    return "out-" + hashlib.sha1(f"{name}|{unitid}|{what}".encode()).hexdigest()[:12]


def _letters_summary(msgs: list[dict]) -> str:
    return "; ".join(f"{'letter' if m['kind'] == 'letter' else 'follow-up'} on {m['sent_on']} to {m['to_address']}"
                     for m in msgs)


def answered(db, pub, name: str, slug: str, on: dt.date, stance: str, summary: str, today: dt.date,
             url: str = "", reply: str = "") -> str:
    """Queue the campus's reply as a pending official_statement; returns the evidence id."""
    t = target(db, name, slug)
    msgs = messages(db, name, t["unitid"])
    if not msgs:
        raise CampaignError(f"no letter to {t['slug']!r} is recorded in campaign {name!r}: record it first "
                            "(outreach send, or outreach sent --on --to)")
    if t["answered_on"]:
        raise CampaignError(f"campus {t['slug']!r} already answered campaign {name!r} on {t['answered_on']} "
                            f"(evidence {t['answer_evidence_id']})")
    if on.isoformat() < msgs[0]["sent_on"]:
        raise CampaignError(f"--on: the reply ({on}) is dated before the letter ({msgs[0]['sent_on']})")
    if on > today:
        raise CampaignError(f"--on: {on} is in the future (today is {today})")
    if stance not in STANCES or stance == "no_response":
        raise CampaignError(f"--stance: {stance!r} is not a stance a reply can take "
                            f"({', '.join(s for s in STANCES if s != 'no_response')})")
    summary = summary.strip()
    if not summary:
        raise CampaignError("--summary: is required")
    for label, value, limit in (("--summary", summary, MAX_SUMMARY), ("--file", reply, MAX_SUMMARY)):
        reason = fields.check_text(value.replace("\n", " ").replace("\r", " "), limit)
        if reason:
            raise CampaignError(f"{label}: {reason}")
    if url and fields.check_url(url):
        raise CampaignError(f"--url: {fields.check_url(url)}")
    source = url or _website(pub, t["unitid"])
    eid = evidence_id(name, t["unitid"], "answer")
    row = {"id": eid, "unitid": t["unitid"], "stance": stance, "stated_on": on.isoformat(), "source_urls": source,
           "source_kind": "official_statement", "publisher": t["name"], "quote": reply.strip(), "summary": summary,
           "recorded_by": ORIGIN, "review_status": "pending",
           "notes": f"reply to campaign {name!r} ({_letters_summary(msgs)})" + ("" if url else "; reply not published"),
           "details": {"campaign": name, "messages": [m["id"] for m in msgs]}}
    with db.atomic():
        store.add_evidence(db, [row], ORIGIN, today)
        db.execute("update outreach_targets set answered_on = ?, answer_evidence_id = ? where campaign = ? and unitid = ?",
                   (on.isoformat(), eid, name, t["unitid"]))
    return eid


COLLEGE_NAVIGATOR = "https://nces.ed.gov/collegenavigator/?id={unitid}"


def _website(pub, unitid: int) -> str:
    """What a reply or silence with no published source cites: the campus that was asked, by its
    website, or by its NCES College Navigator page when IPEDS lists no website."""
    row = pub.execute("select website from campuses where unitid = ?", (unitid,)).fetchone()
    return row[0] if row and row[0] else COLLEGE_NAVIGATOR.format(unitid=unitid)


def due_on(c: dict, t: dict, last_sent: str) -> dt.date:
    """The campaign's deadline after the last message, or, for a records request, the law's deadline
    counted in business days if that is later: a follow-up never goes out before the law allows."""
    sent = dt.date.fromisoformat(last_sent)
    days = deadlines.add_days(sent, c["deadline_days"])
    if t["law_deadline_days"]:
        days = max(days, deadlines.add_days(sent, t["law_deadline_days"], business=True))
    return days


@dataclass(frozen=True)
class Due:
    target: dict
    action: str  # "follow_up" or "no_response"
    due_on: dt.date
    messages: list


def due(db, name: str, today: dt.date) -> list[Due]:
    """What is due on ``today``: a follow-up once the deadline after the last message has passed and
    follow-ups remain, else (after the last follow-up's deadline) one no_response."""
    c = campaign(db, name)
    out = []
    for t in targets(db, name):
        if t["answered_on"] or t["no_response_evidence_id"]:
            continue
        msgs = messages(db, name, t["unitid"])
        if not msgs:
            continue
        when = due_on(c, t, msgs[-1]["sent_on"])
        if today < when:
            continue
        follow_ups = sum(m["kind"] == "follow_up" for m in msgs)
        out.append(Due(t, "follow_up" if follow_ups < c["follow_ups"] else "no_response", when, msgs))
    return out


def record_no_responses(db, pub, name: str, items: list[Due], today: dt.date) -> list[str]:
    """Queue the one pending no_response row of each campus whose last deadline passed, all in one
    transaction (all or none); returns their ids. The id comes from campaign and campus, so a row
    can never be queued twice."""
    rows, ids = [], []
    for d in items:
        t = d.target
        eid = evidence_id(name, t["unitid"], "no_response")
        if db.execute("select 1 from evidence where id = ?", (eid,)).fetchone():
            raise CampaignError(f"a no_response for {t['slug']!r} in campaign {name!r} is already queued ({eid})")
        rows.append({"id": eid, "unitid": t["unitid"], "stance": "no_response", "stated_on": d.due_on.isoformat(),
                     "source_urls": _website(pub, t["unitid"]), "source_kind": "advocacy", "publisher": "",
                     "summary": f"Asked by the scorecard's campaign {name!r} ({_letters_summary(d.messages)}); "
                                f"no answer by {d.due_on.isoformat()}.",
                     "recorded_by": ORIGIN, "review_status": "pending", "notes": "",
                     "details": {"campaign": name, "messages": [m["id"] for m in d.messages]}})
        ids.append((eid, t["unitid"]))
    if not rows:
        return []
    with db.atomic():
        store.add_evidence(db, rows, ORIGIN, today)
        db.conn.executemany("update outreach_targets set no_response_evidence_id = ? where campaign = ? and unitid = ?",
                            [(eid, name, unitid) for eid, unitid in ids])
    return [eid for eid, _ in ids]


def status(db, name: str, today: dt.date) -> list[dict]:
    """Per campus: drafted, sent, followed up, answered, overdue, no response recorded."""
    c = campaign(db, name)
    out = []
    for t in targets(db, name):
        msgs = messages(db, name, t["unitid"])
        letter = next((m for m in msgs if m["kind"] == "letter"), None)
        follow = [m["sent_on"] for m in msgs if m["kind"] == "follow_up"]
        when = due_on(c, t, msgs[-1]["sent_on"]) if msgs else None
        closed = bool(t["answered_on"] or t["no_response_evidence_id"])
        out.append({
            "slug": t["slug"], "name": t["name"], "unitid": t["unitid"], "kind": t["kind"], "drafted": True,
            "email": t["email"], "sent_on": letter["sent_on"] if letter else None, "followed_up_on": follow,
            "answered_on": t["answered_on"], "answer_evidence_id": t["answer_evidence_id"],
            "due_on": when.isoformat() if when and not closed else None,
            "overdue": bool(when and not closed and today >= when),
            "no_response_evidence_id": t["no_response_evidence_id"],
        })
    return out


def published_rows(db) -> list[dict]:
    """The public facts, for the published database: no addresses, no message bodies."""
    rows = _all(db.conn, """
        select t.campaign, t.unitid, t.kind, min(m.sent_on) as asked_on,
               max(case when m.kind = 'follow_up' then m.sent_on end) as followed_up_on, t.answered_on,
               e.stated_on as no_response_on
        from outreach_targets t join outreach_messages m on m.campaign = t.campaign and m.unitid = t.unitid
        left join evidence e on e.id = t.no_response_evidence_id
        group by t.campaign, t.unitid order by t.campaign, t.unitid""")
    for r in rows:
        r["status"] = "answered" if r["answered_on"] else "no_response" if r["no_response_on"] else "asked"
    return rows
