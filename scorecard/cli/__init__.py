"""The ``scorecard`` command: a thin click layer over the package's functions, split by area.

``options`` holds what the commands share; ``data``, ``sources``, ``review`` and ``tools`` hold the
commands. A new command is a click command in its own module, registered with one
``cli.add_command(...)`` line at the end of this file.
"""

import click

from .. import store
from . import data, outreach, publish, review, sources, tools


class _Commands(click.Group):
    """Every command: a store that is not a store is a clear error (exit 1), not a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except store.BadStore as e:
            raise click.ClickException(str(e)) from None


@click.group(cls=_Commands)
@click.version_option(package_name="campus-scorecard")
def cli():
    """The Campus Facial Recognition Scorecard: record stances, color campuses, publish."""


for _command in (data.build, data.validate, data.derive, data.derive_map, data.export, data.backup,
                 tools.serve, tools.explain, tools.link, tools.classify_cmd,
                 review.submit, review.review,
                 sources.import_group, sources.crawl, sources.watch, sources.feeds, sources.vendors,
                 outreach.outreach, publish.publish, publish.list_releases):
    cli.add_command(_command)
