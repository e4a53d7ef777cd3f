"""Sending through the organiser's SMTP server, configured only by environment variables.

SCORECARD_SMTP_HOST (no host: nothing is sent), SCORECARD_SMTP_PORT (587), SCORECARD_SMTP_STARTTLS
(1; 0 to turn off), SCORECARD_SMTP_CAFILE (a CA bundle to trust instead of the system's),
SCORECARD_SMTP_USER and SCORECARD_SMTP_PASSWORD (login only when a user is set),
SCORECARD_OUTREACH_FROM ("Name <address>", the sender of every letter). STARTTLS verifies the
server's certificate and host name: credentials never go to a server that cannot prove who it is.
"""

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr

from .letters import Sender


class MailError(RuntimeError):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    starttls: bool
    user: str
    password: str
    cafile: str = ""


def settings(env=os.environ) -> SmtpSettings | None:
    host = env.get("SCORECARD_SMTP_HOST", "").strip()
    if not host:
        return None
    port = env.get("SCORECARD_SMTP_PORT", "587").strip()
    if not port.isdigit():
        raise MailError(f"SCORECARD_SMTP_PORT: {port!r} is not a port number")
    tls = env.get("SCORECARD_SMTP_STARTTLS", "1").strip().lower()
    if tls not in ("0", "1", "true", "false", "yes", "no"):
        raise MailError(f"SCORECARD_SMTP_STARTTLS: {tls!r} is not 0 or 1")
    cafile = env.get("SCORECARD_SMTP_CAFILE", "").strip()
    if cafile and not os.path.isfile(cafile):
        raise MailError(f"SCORECARD_SMTP_CAFILE: {cafile!r} is not a file")
    return SmtpSettings(host, int(port), tls in ("1", "true", "yes"), env.get("SCORECARD_SMTP_USER", ""),
                        env.get("SCORECARD_SMTP_PASSWORD", ""), cafile)


def sender(env=os.environ) -> Sender:
    name, address = parseaddr(env.get("SCORECARD_OUTREACH_FROM", ""))
    if "@" not in address:
        raise MailError("SCORECARD_OUTREACH_FROM: set it to the sender, as 'Name <address@example.org>'")
    return Sender(name or address, address)


class Mailer:
    """One SMTP connection for a run; ``send`` returns the Message-ID the server accepted."""

    def __init__(self, cfg: SmtpSettings, timeout: float = 30):
        self.cfg = cfg
        try:
            self.smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=timeout)
        except (OSError, smtplib.SMTPException) as e:
            raise MailError(f"SMTP {cfg.host}:{cfg.port}: {e}") from None
        try:
            if cfg.starttls:
                self.smtp.starttls(context=ssl.create_default_context(cafile=cfg.cafile or None))
            if cfg.user:
                self.smtp.login(cfg.user, cfg.password)
        except (OSError, smtplib.SMTPException) as e:
            self.smtp.close()
            raise MailError(f"SMTP {cfg.host}:{cfg.port}: {e}") from None

    def send(self, msg: EmailMessage) -> str:
        try:
            refused = self.smtp.send_message(msg)
        except (OSError, smtplib.SMTPException) as e:
            raise MailError(f"SMTP refused the message to {msg['To']}: {e}") from None
        if refused:
            raise MailError(f"SMTP refused {', '.join(refused)}")
        return msg["Message-ID"]

    def close(self):
        try:
            self.smtp.quit()
        except (OSError, smtplib.SMTPException):
            pass
