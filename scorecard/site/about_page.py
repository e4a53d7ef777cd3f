"""/about: who publishes the scorecard, the method in brief, how to submit, corrections and an
institution's right of reply, contact and license.

The contact address is the deployment's, never the code's: ``plugins: scorecard-site:
contact_email`` in datasette.yaml or $SCORECARD_CONTACT_EMAIL; without one the page points to the
form, which reaches the same reviewers.
"""

import os

from .. import method
from . import caching
from .published import DATABASE


def contact_email(datasette) -> str | None:
    cfg = datasette.plugin_config("scorecard-site") or {}
    return cfg.get("contact_email") or os.environ.get("SCORECARD_CONTACT_EMAIL") or None


async def about_page(datasette, request):
    async def render():
        return await datasette.render_template("about.html", {
            "database": DATABASE, "rules": method.RULES, "stale_years": method.STALE_YEARS,
            "contact_email": contact_email(datasette),
            "meta": await datasette.get_instance_metadata(),
        }, request=request)
    return await caching.respond(datasette, request, render)


ROUTES = [(r"^/about$", about_page)]
