"""Helpers for the outreach tests: a campaign world built from the real data/, and a real SMTP server."""

import datetime as dt
import shutil
from email import message_from_bytes, policy
from pathlib import Path

import localserver
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from scorecard.cli import cli

SENDER = "Scorecard Outreach <outreach@scorecard.example.org>"


class World:
    """A copy of the session's built store and database, and a runner of `scorecard outreach`."""

    def __init__(self, published: Path, folder: Path, data: Path):
        self.store = folder / "store.db"
        self.db = folder / "scorecard.db"
        shutil.copy(published.parent / "store.db", self.store)
        shutil.copy(published, self.db)
        self.data = data

    def run(self, *args, env=None, today="2026-03-02"):
        runner = CliRunner()
        base = ["outreach", *args, "--store", str(self.store)]
        cmd = args[0]
        if cmd in ("new", "letters", "send", "answered", "due"):
            base += ["--db", str(self.db)]
        if cmd in ("new", "letters", "send", "due"):
            base += ["--data", str(self.data)]
        if cmd in ("letters", "send", "due"):
            base += ["--from", SENDER]
        if cmd not in ("list", "address", "adoptions"):
            base += ["--today", today]
        full_env = {"SCORECARD_SMTP_HOST": "", **(env or {})}
        return runner.invoke(cli, base, env=full_env, catch_exceptions=False)


class Inbox:
    """Collects what the SMTP server accepted, parsed back into messages."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        msg = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 OK"


def smtp_server():
    inbox = Inbox()
    port = localserver.free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    env = {"SCORECARD_SMTP_HOST": "127.0.0.1", "SCORECARD_SMTP_PORT": str(port), "SCORECARD_SMTP_STARTTLS": "0"}
    return controller, inbox, env


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)
