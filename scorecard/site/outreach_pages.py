"""Datasette plugin: outreach on the site.

Routes:
  POST /campuses/<slug>/adopt   a volunteer offers to take on a gray campus (name, email; rate-limited
                                like submissions); the name and email are never published
  GET  /outreach[.json]         reviewers only: every campaign's progress and who adopted which campus
"""


from datasette import hookimpl
from datasette.utils.asgi import PayloadTooLarge, Response

from .. import clock
from ..outreach import adoptions
from ..outreach import campaigns as cp
from . import common
from .submit import HONEYPOT


def _adopt(db, pub, slug, form, now):
    return adoptions.adopt(db, pub, slug, form, now)


async def adopt(datasette, request):
    if request.method != "POST":
        return Response.text("Use POST to send the form on the campus page", status=405, headers={"Allow": "POST"})
    slug = request.url_vars["key"]
    retry = common.rate_limited(datasette, request, "form")
    if retry:
        return await common.too_many(datasette, request, retry)
    try:
        form = await common.read_form(datasette, request)
        if form.pop(HONEYPOT, ""):
            raise common.BadForm({HONEYPOT: "must be left empty: it is there to catch automated spam"})
        done = await common.worker(datasette).run(_adopt, slug, form, clock.of(datasette).now())
    except PayloadTooLarge:
        return await common.form_too_large(datasette, request)
    except common.BadForm as e:
        return await _refused(datasette, request, slug, adoptions.AdoptionError(e.problems))
    except adoptions.AdoptionError as e:
        return await _refused(datasette, request, slug, e)
    return await common.message(
        datasette, request, 201, "Thank you",
        f"You have offered to take on {done['campus']}. The organiser will write to you at the address you gave; "
        "your name and email are not published.", links=[(f"/campuses/{slug}", f"Back to {done['campus']}")])


async def _refused(datasette, request, slug, e):
    text = "Nothing was stored: " + "; ".join(f"{k}: {v}" for k, v in e.problems.items()) + "."
    return await common.message(datasette, request, e.status, "Not adopted", text,
                                links=[(f"/campuses/{slug}", "Back to the campus page")])


def _progress(db, pub, today):
    out = []
    for c in cp.campaigns(db):
        rows = cp.status(db, c["name"], today)
        out.append({**c, "campuses_status": rows,
                    "sent": sum(1 for r in rows if r["sent_on"]),
                    "overdue": sum(1 for r in rows if r["overdue"])})
    return {"campaigns": out, "adoptions": adoptions.offers(db)}


async def progress(datasette, request):
    if not (request.actor and await datasette.allowed(action=common.REVIEW, actor=request.actor)):
        return await common.message(datasette, request, 403, "Reviewers only",
                                    "Only reviewers can see outreach campaigns. Reviewers: log in first.",
                                    links=[] if request.actor else [("/-/login", "Log in")])
    data = await common.worker(datasette).run(_progress, clock.of(datasette).now().date())
    if request.url_vars.get("format") == "json":
        return Response.json(data, headers=common.NO_STORE, default=str)
    return await common.page(datasette, request, "outreach.html", data)


@hookimpl
def register_routes():
    return [
        (r"^/campuses/(?P<key>[^/.]+)/adopt$", adopt),
        (r"^/outreach\.(?P<format>json)$", progress),
        (r"^/outreach$", progress),
    ]
