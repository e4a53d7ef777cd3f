"""Datasette plugin: the volunteer form, the JSON API, tracking pages, and the two permissions.

Routes:
  GET  /submit                  the form (``?campus=`` fills the campus in)
  POST /submit                  one submission from the form; 201 receipt, 400 form with messages
  POST /api/submissions         one JSON object or a list of up to 100, with a token allowed to submit
  GET  /submissions/<id>[.json] status and public reason; never the submitter's name or email

Permissions (datasette actions): ``scorecard-submit`` (everyone by default; API tokens must carry it)
and ``scorecard-review`` (nobody by default; granted in datasette.yaml).
"""


from datasette import hookimpl
from datasette.permissions import Action, PermissionSQL
from datasette.utils.asgi import PayloadTooLarge, Response

from .. import clock, jsonin
from .. import submissions as subs
from . import campus_names, common

HONEYPOT = "website"


@hookimpl
def register_actions():
    return [
        Action(name=common.SUBMIT, abbr="scs", description="Send a statement to the scorecard's review queue"),
        Action(name=common.REVIEW, abbr="scr",
               description="See the review queue and submitters' emails; approve, edit or reject"),
    ]


@hookimpl
def permission_resources_sql(datasette, actor, action):
    if action == common.SUBMIT and not datasette.default_deny:
        return PermissionSQL.allow(reason="anyone may submit a statement for review")
    return None


@hookimpl
def startup(datasette):
    async def inner():
        w = common.worker(datasette)
        await w.run(common.sync_institutions)

    return inner


@hookimpl
def shutdown(datasette):
    w = getattr(datasette, "_scorecard_store_worker", None)
    if w is not None:
        w.close()
        datasette._scorecard_store_worker = None


def _check_and_queue(db, pub, items, via, actor, today, names=None):
    find = campus_names.Finder(pub, names() if names else None)
    try:
        cleaned = subs.check_all(items, find, today)
    except subs.SubmissionError as e:
        e.candidates = find.candidates
        raise
    return subs.queue(db, cleaned, via, actor, today)


def _campus_label(db, pub, key):
    found, _ = subs.campus_finder(pub)(key) if key else (None, None)
    return found


def _status(db, pub, sid):
    return subs.status(db, sid)


def _form_context(values=None, errors=None, campus=None, candidates=(), notice=None):
    return {"values": values or {}, "errors": errors or {}, "campus_found": campus,
            "max_quote": subs.MAX_QUOTE, "honeypot": HONEYPOT, "candidates": list(candidates),
            "labels": LABELS, "notice": notice}


# The form's visible labels, by field: error messages name a field as the reader sees it.
LABELS = {"campus": "Campus", "stance": "What did the campus say?", "source_url": "Source link",
          "quote": "Quote", "stated_on": "Date of the statement", "relation": "Who are you?",
          "submitter_name": "Your name", "submitter_email": "Your email", HONEYPOT: "Leave this empty",
          "body": "The form"}


async def submit_form(datasette, request):
    w = common.worker(datasette)
    if request.method not in ("GET", "HEAD", "POST"):
        return Response.text("Use GET for the form and POST to send it", status=405, headers={"Allow": "GET, POST"})
    if request.method in ("GET", "HEAD"):
        key = (request.args.get("campus") or "")[:200]
        found = await w.run(_campus_label, key)
        return await common.page(datasette, request, "submit.html",
                                 _form_context({"campus": found.slug if found else key}, campus=found))
    if not await datasette.allowed(action=common.SUBMIT, actor=request.actor):
        return await common.message(datasette, request, 403, "Not allowed", "This account may not submit.")
    if common.content_type(request) != "application/x-www-form-urlencoded":
        return await common.message(
            datasette, request, 415, "Unsupported content type",
            f"The form must be sent as application/x-www-form-urlencoded, not "
            f"{common.content_type(request) or 'nothing'}; scripts can use the JSON API at /api/submissions.")
    try:
        form = await common.read_form(datasette, request)
    except PayloadTooLarge:
        return await common.form_too_large(datasette, request)
    except common.BadForm as e:
        return await _form_again(datasette, request, {}, e.problems)
    retry = common.rate_limited(datasette, request, "form")
    if retry:
        # The form again with everything typed, so nothing is lost while the reader waits.
        return await _form_again(datasette, request, form, {}, status=429, headers={"Retry-After": str(retry)},
                                 notice=f"Too many submissions from this address in a short time, so this one was "
                                        f"not stored. Everything you typed is kept below: wait {retry} seconds, "
                                        "then send it again.")
    if form.pop(HONEYPOT, ""):
        return await _form_again(datasette, request, form, {
            HONEYPOT: "must be left empty: it is there to catch automated spam, so nothing was stored"})
    try:
        ids = await w.run(_check_and_queue, [form], "form", _actor_id(request), clock.of(datasette).today(),
                          lambda: campus_names.cached(datasette))
    except subs.DuplicateSubmission as e:
        return await common.message(
            datasette, request, 409, "Already submitted",
            f"This statement about this campus was already submitted, so nothing new was stored. "
            f"Follow it at /submissions/{e.existing[0]}.",
            links=[(f"/submissions/{e.existing[0]}", "Follow the earlier submission")])
    except subs.SubmissionError as e:
        return await _form_again(datasette, request, form, e.by_field(), candidates=getattr(e, "candidates", ()))
    status = await w.run(_status, ids[0])
    return await common.page(datasette, request, "receipt.html", {"s": status, "new": True}, status=201)


async def _form_again(datasette, request, values, errors, candidates=(), status=400, headers=None, notice=None):
    shown = {k: v for k, v in values.items() if k in subs.FIELDS}
    return await common.page(datasette, request, "submit.html",
                             _form_context(shown, errors, candidates=candidates, notice=notice),
                             status=status, headers=headers)


def _actor_id(request):
    return (request.actor or {}).get("id")


async def api_submissions(datasette, request):
    if request.method != "POST":
        return Response.json({"ok": False, "error": "use POST with a JSON body"}, status=405,
                             headers={"Allow": "POST"})
    actor = request.actor
    if not actor:
        return Response.json({"ok": False, "error": "an API token is required: send Authorization: Bearer <token>"},
                             status=401, headers=common.NO_STORE)
    if not await datasette.allowed(action=common.SUBMIT, actor=actor):
        return Response.json({"ok": False, "error": f"this token does not allow {common.SUBMIT}"},
                             status=403, headers=common.NO_STORE)
    retry = common.rate_limited(datasette, request, "api")
    if retry:
        return await common.too_many(datasette, request, retry)
    if common.content_type(request) != "application/json":
        return Response.json({"ok": False, "error": "send Content-Type: application/json, not "
                              f"{common.content_type(request) or 'nothing'}"}, status=415)
    limit = common.settings(datasette)["max_api_bytes"]
    try:
        body = await common.read_body(request, limit)
    except PayloadTooLarge:
        return await common.too_large(datasette, request, limit)
    try:
        data = jsonin.loads(body)
    except jsonin.BadJSON as e:
        return _api_errors(400, [subs.Problem(0, e.field, e.reason)])
    items = data if isinstance(data, list) else [data]
    try:
        ids = await common.worker(datasette).run(_check_and_queue, items, "api", actor.get("id"),
                                                 clock.of(datasette).today())
    except subs.DuplicateSubmission as e:
        return _api_errors(409, e.problems, existing=e.existing)
    except subs.SubmissionError as e:
        return _api_errors(400, e.problems)
    out = [{"id": i, "status": "pending", "url": datasette.absolute_url(request, f"/submissions/{i}")} for i in ids]
    return Response.json({"ok": True, "submissions": out}, status=201, headers=common.NO_STORE)


def _api_errors(status, problems, **extra):
    return Response.json({"ok": False, "errors": [{"index": p.index, "field": p.field, "reason": p.reason}
                                                  for p in problems], **extra},
                         status=status, headers=common.NO_STORE)


async def tracking(datasette, request):
    sid = request.url_vars["id"]
    s = await common.worker(datasette).run(_status, sid)
    if s is None:
        return await common.message(datasette, request, 404, "No such submission",
                                     f"There is no submission {sid!r}. Check the link on your receipt.")
    if request.url_vars.get("format") == "json":
        return Response.json(s, headers=common.NO_STORE)
    return await common.page(datasette, request, "receipt.html", {"s": s, "new": False})


@hookimpl
def register_routes():
    return [
        (r"^/submit$", submit_form),
        (r"^/api/submissions$", api_submissions),
        (r"^/submissions/(?P<id>[A-Za-z0-9-]{1,40})\.(?P<format>json)$", tracking),
        (r"^/submissions/(?P<id>[A-Za-z0-9-]{1,40})$", tracking),
    ]
