"""Volunteers adopting a gray campus: who offered to ask which campus, for the organiser's eyes only."""

import datetime as dt
import sqlite3

from .. import fields

MAX_NAME = 200


class AdoptionError(ValueError):
    def __init__(self, problems: dict[str, str], status: int = 400):
        self.problems, self.status = problems, status
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


def check(form: dict) -> dict[str, str]:
    """Field -> problem for an adoption form; empty when it may be stored."""
    problems = {}
    name, email = (form.get("name") or "").strip(), (form.get("email") or "").strip()
    reason = "is required" if not name else fields.check_line(name, MAX_NAME)
    if reason:
        problems["name"] = reason
    reason = "is required" if not email else fields.check_email(email)
    if reason:
        problems["email"] = reason
    unknown = [k for k in form if k not in ("name", "email")]
    for k in unknown:
        problems[k[:50]] = "is not a field of the form (name, email)"
    return problems


def adopt(db, pub, slug: str, form: dict, now: dt.datetime) -> dict:
    """Record the offer; only a gray campus can be adopted, and the same person only once per campus."""
    row = pub.execute("select unitid, name, color from campuses where slug = ?", (slug,)).fetchone()
    if row is None:
        raise AdoptionError({"campus": f"{slug!r} is not a campus"}, 404)
    unitid, name, color = row
    if color != "gray":
        raise AdoptionError({"campus": f"{name} is already surveyed ({color}); only gray campuses can be adopted"})
    problems = check(form)
    if problems:
        raise AdoptionError(problems)
    offer = {"unitid": unitid, "name": form["name"].strip(), "email": form["email"].strip().lower(),
             "created_at": now.isoformat(timespec="seconds")}
    try:
        with db.atomic():
            db["outreach_adoptions"].insert(offer)
    except sqlite3.IntegrityError:
        raise AdoptionError({"email": f"this address has already offered to take on {name}"}, 409) from None
    return {**offer, "campus": name, "slug": slug}


def offers(db) -> list[dict]:
    cur = db.execute("""select a.created_at, i.slug, i.name as campus, a.name, a.email
                        from outreach_adoptions a join institutions i using (unitid) order by a.created_at, a.id""")
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=False)) for r in cur.fetchall()]
