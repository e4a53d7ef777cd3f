"""Every password check in one place: limited per address, hashed off the event loop.

datasette-auth-passwords checks passwords in two places, both on the event loop and neither
limited: ``Authorization: Basic`` on every URL and ``POST /-/login``. This wrapper takes both over
before the plugin sees them: a Basic header is checked here (then removed, the actor carried in
the scope) and ``POST /-/login`` is answered here, each check counted against the ``login`` limit
and run in a worker thread (PBKDF2 costs ~0.2 s of CPU). ``/-/password-tool`` hashes for
anyone, so it is switched off: hash with ``datasette hash-password`` instead. The sign-in cookie is
HttpOnly, SameSite=Lax, and Secure over https (or with ``secure_cookies: true`` behind a proxy).
"""

import asyncio
import base64
import binascii
from urllib.parse import parse_qsl

from datasette import hookimpl
from datasette.csrf import CrossOriginProtectionMiddleware
from datasette.utils.asgi import Request, Response
from datasette_auth_passwords.utils import ALGORITHM, verify_password

from . import common

ACTOR_KEY = "scorecard.signed_in_actor"
MAX_LOGIN_BYTES = 8 * 1024
DEFAULT_ITERATIONS = 480000
DUMMY_SALT = "scorecard-no-such-account"
BAD = object()


def accounts(datasette) -> tuple[dict, dict]:
    """({username: password hash}, {username: actor}) from datasette-auth-passwords' config."""
    cfg = datasette.plugin_config("datasette-auth-passwords") or {}
    hashes = {k[: -len("_password_hash")]: v for k, v in cfg.items() if k.endswith("_password_hash") and v}
    return hashes, cfg.get("actors") or {}


def dummy_hash(hashes: dict) -> str:
    """A hash no password matches, as costly as the configured ones, so an unknown name takes as long."""
    iterations = DEFAULT_ITERATIONS
    for stored in hashes.values():
        parts = stored.strip().split("$")
        if len(parts) == 4 and parts[0] == ALGORITHM and parts[1].isdigit():
            iterations = int(parts[1])
            break
    return f"{ALGORITHM}${iterations}${DUMMY_SALT}$" + "A" * 43 + "="


def check_password(datasette, username: str, password: str) -> dict | None:
    """The actor for a right username and password, else None (blocking: run it in a thread).

    An unknown username is hashed against a dummy so it costs what a wrong password costs."""
    hashes, actors = accounts(datasette)
    stored = hashes.get(username)
    if not stored:
        verify_password(password, dummy_hash(hashes))
        return None
    if not verify_password(password, stored):
        return None
    return actors.get(username) or {"id": username}


def basic_credentials(scope):
    """(username, password) from an ``Authorization: Basic`` header, None without one, BAD if malformed."""
    for name, value in scope.get("headers") or []:
        if name.lower() == b"authorization" and value[:6].lower() == b"basic ":
            try:
                user, sep, password = base64.b64decode(value[6:].strip(), validate=True).decode("ascii").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return BAD
            return (user, password) if sep else BAD
    return None


def without_authorization(scope) -> dict:
    return {**scope, "headers": [(n, v) for n, v in scope.get("headers") or [] if n.lower() != b"authorization"]}


def secure_cookies(datasette, scope) -> bool:
    return scope.get("scheme") == "https" or bool(common.settings(datasette).get("secure_cookies"))


async def _read_body(receive, limit: int) -> bytes | None:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if len(body) > limit:
            return None
        if not message.get("more_body"):
            return body


def login_app(datasette):
    """POST /-/login: the plugin's form, checked off the event loop, with a hardened cookie."""

    async def login(scope, receive, send):
        request = Request(scope, receive)
        body = await _read_body(receive, MAX_LOGIN_BYTES)
        if body is None:
            return await (await common.too_large(datasette, request, MAX_LOGIN_BYTES)).asgi_send(send)
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        actor = None
        if accounts(datasette)[0]:
            actor = await asyncio.to_thread(check_password, datasette, form.get("username") or "",
                                            form.get("password") or "")
            error = None if actor else "Invalid username or password"
        else:
            error = "This instance does not have any configured accounts"
        if actor:
            response = Response.redirect(datasette.urls.path("/"))
            response.set_cookie("ds_actor", datasette.sign({"a": actor}, "actor"), httponly=True, samesite="lax",
                                secure=secure_cookies(datasette, scope))
        else:
            response = Response.html(await datasette.render_template("password_login.html", {"error": error},
                                                                     request=request))
        await response.asgi_send(send)

    return CrossOriginProtectionMiddleware(login, datasette)


async def _too_many(datasette, scope, receive, send, retry: int) -> None:
    request = Request(scope, receive)
    response = await common.message(datasette, request, 429, "Too many sign-in attempts",
                                    f"Please wait {retry} seconds before trying again.",
                                    headers={"Retry-After": str(retry)})
    await response.asgi_send(send)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        login = login_app(datasette)

        async def guarded(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            path, method = scope.get("path"), scope.get("method")
            if path == "/-/password-tool":
                return await Response.text("Not found: hash passwords with `datasette hash-password`.",
                                           status=404).asgi_send(send)
            creds = basic_credentials(scope)
            if creds is BAD:
                return await Response.text("Malformed Authorization: Basic header", status=400).asgi_send(send)
            is_login = method == "POST" and path == "/-/login"
            if creds or is_login:
                retry = common.rate_limited(datasette, Request(scope, receive), "login")
                if retry:
                    return await _too_many(datasette, scope, receive, send, retry)
            if is_login:
                return await login(scope, receive, send)
            if creds:
                actor = await asyncio.to_thread(check_password, datasette, *creds)
                scope = without_authorization(scope)
                if actor:
                    scope[ACTOR_KEY] = actor
            await app(scope, receive, send)

        return guarded

    return wrap


@hookimpl
def actor_from_request(datasette, request):
    return request.scope.get(ACTOR_KEY)
