"""Datasette plugin: the review queue, for actors allowed ``scorecard-review`` (see datasette.yaml).

Routes:
  GET  /review[.json]                 pending items oldest first; ?campus= ?stance= ?origin= ?page=
  GET  /review/<id>[.json]            one item: as sent, as it is now, its audit trail
  POST /review/<id>/approve           optional stance, stated_on, quote, source_kind edits first
  POST /review/<id>/edit              stance, stated_on, quote, source_kind
  POST /review/<id>/reject            reason (required, public)

Forms answer with a 303 back to the queue; JSON bodies (scripts with a reviewer's token) get JSON.
Approvals change the public color at the next publish (/publish or ``scorecard publish``).
"""

from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import PayloadTooLarge, Response

from .. import audit, clock, releases
from .. import review as rv
from ..classify_confidence import REVIEW_BELOW
from ..method import SOURCE_KINDS, STANCES, STORE_STANCES
from . import common

MAX_ACTION_BYTES = 32 * 1024


async def _forbidden(datasette, request):
    signed_in = bool(request.actor)
    text = ("Your account is not a reviewer." if signed_in else
            "Only reviewers can see the queue and act on it. Reviewers: log in first.")
    return await common.message(datasette, request, 403, "Reviewers only", text,
                                links=[] if signed_in else [("/-/login", "Log in")])


async def _is_reviewer(datasette, request) -> bool:
    return bool(request.actor) and await datasette.allowed(action=common.REVIEW, actor=request.actor)


def _queue(db, pub, filters, page, today):
    rows, total = rv.pending(db, filters, limit=rv.PAGE_SIZE, offset=(page - 1) * rv.PAGE_SIZE)
    cache = {}
    for r in rows:
        if r["unitid"] not in cache:
            cache[r["unitid"]] = rv.campus_evidence(pub, db, r["unitid"])
        r["preview"] = rv.preview(cache[r["unitid"]], r, today)
        r["published"] = _published_color(pub, r["unitid"])
    return {"items": rows, "total": total, "origins": rv.origins(db)}


def _published_color(pub, unitid):
    if pub is None:
        return None
    row = pub.execute("select color from campuses where unitid = ?", (unitid,)).fetchone()
    return row[0] if row else None


async def queue_page(datasette, request):
    if not await _is_reviewer(datasette, request):
        return await _forbidden(datasette, request)
    args = request.args
    sort = args.get("sort") if args.get("sort") in rv.SORTS else "oldest"
    filters = rv.Filters(campus=(args.get("campus") or "").strip()[:200], stance=(args.get("stance") or "")[:40],
                         origin=(args.get("origin") or "")[:100], sort=sort)
    try:
        page = max(1, int(args.get("page") or 1))
    except ValueError:
        page = 1
    data = await common.worker(datasette).run(_queue, filters, page, clock.of(datasette).today())
    if request.url_vars.get("format") == "json":
        return Response.json({"total": data["total"], "page": page, "items": data["items"]},
                             headers=common.NO_STORE, default=str)
    pages = max(1, -(-data["total"] // rv.PAGE_SIZE))
    base = {k: v for k, v in (("campus", filters.campus), ("stance", filters.stance), ("origin", filters.origin),
                              ("sort", "" if filters.sort == "oldest" else filters.sort)) if v}
    return await common.page(datasette, request, "review.html", {
        **data, "filters": filters, "page": page, "pages": pages, "store_stances": STORE_STANCES,
        "source_kinds": SOURCE_KINDS, "review_stances": STANCES, "review_below": REVIEW_BELOW, "done": (args.get("done") or "")[:40],
        "done_action": (args.get("action") or "")[:20],
        "prev_url": "?" + urlencode({**base, "page": page - 1}) if page > 1 else None,
        "next_url": "?" + urlencode({**base, "page": page + 1}) if page < pages else None,
    })


def _detail(db, pub, evidence_id, today):
    row = rv.item(db, evidence_id)
    row["preview"] = rv.preview(rv.campus_evidence(pub, db, row["unitid"]), row, today)
    row["audit"] = audit.trail(db, evidence_id)
    row["in_release"] = releases.in_release(pub, evidence_id)
    return row


async def item_page(datasette, request):
    """One item, pending or not: what was sent, what it is now, and its audit trail."""
    if not await _is_reviewer(datasette, request):
        return await _forbidden(datasette, request)
    try:
        it = await common.worker(datasette).run(_detail, request.url_vars["id"], clock.of(datasette).today())
    except rv.UnknownItem as e:
        return await common.message(datasette, request, 404, "No such item", str(e))
    if request.url_vars.get("format") == "json":
        return Response.json(it, headers=common.NO_STORE, default=str)
    return await common.page(datasette, request, "review_item.html", {"it": it})


def _act(db, pub, action, evidence_id, reviewer, body, today):
    if action == "reject":
        return rv.reject(db, evidence_id, reviewer, body.get("reason") or "")
    edits = {k: v for k, v in body.items() if k in rv.EDITABLE}
    unknown = [k for k in body if k not in rv.EDITABLE]
    if unknown:
        raise rv.ReviewError([(k[:50], f"cannot be edited (editable: {', '.join(rv.EDITABLE)})") for k in unknown])
    if action == "approve":
        return rv.approve(db, evidence_id, reviewer, edits, today)
    return rv.edit(db, evidence_id, reviewer, edits, today)


async def action(datasette, request):
    if request.method != "POST":
        return Response.text("Use POST", status=405, headers={"Allow": "POST"})
    if not await _is_reviewer(datasette, request):
        return await _forbidden(datasette, request)
    evidence_id, name = request.url_vars["id"], request.url_vars["action"]
    try:
        body = common.parse_body(request, await common.read_body(request, MAX_ACTION_BYTES))
    except PayloadTooLarge:
        return await common.too_large(datasette, request, MAX_ACTION_BYTES)
    except common.BadForm as e:
        return await common.message(datasette, request, 400, "Bad request", str(e))
    try:
        result = await common.worker(datasette).run(_act, name, evidence_id, request.actor["id"], body,
                                                    clock.of(datasette).today())
    except rv.ReviewError as e:
        return await common.message(datasette, request, e.status, f"Could not {name} {evidence_id}", str(e),
                                    links=[("/review", "Back to the queue")])
    if common.wants_json(request):
        return Response.json({"ok": True, "item": result}, headers=common.NO_STORE, default=str)
    return Response.redirect(datasette.urls.path("/review?" + urlencode({"done": evidence_id, "action": name})),
                             status=303)


@hookimpl
def register_routes():
    return [
        (r"^/review\.(?P<format>json)$", queue_page),
        (r"^/review$", queue_page),
        (r"^/review/(?P<id>[A-Za-z0-9_-]{1,60})/(?P<action>approve|reject|edit)$", action),
        (r"^/review/(?P<id>[A-Za-z0-9_-]{1,60})\.(?P<format>json)$", item_page),
        (r"^/review/(?P<id>[A-Za-z0-9_-]{1,60})$", item_page),
    ]


@hookimpl
def menu_links(datasette, actor):
    async def inner():
        if actor and await datasette.allowed(action=common.REVIEW, actor=actor):
            return [{"href": datasette.urls.path("/review"), "label": "Review queue"}]
        return []

    return inner
