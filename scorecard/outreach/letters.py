"""One letter per campus: plain text and an RFC 5322 message, addressed to the chief administrator.

An inquiry asks the campaign's question; a records request (public institutions only) cites the
state's public-records law and what it says about the response deadline. Pure: data in, text out.
"""

import datetime as dt
from dataclasses import dataclass
from email.headerregistry import Address, Group
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from .contacts import Contact
from .laws import Law

ORGANISATION = "the Campus Facial Recognition Scorecard"


@dataclass(frozen=True)
class Sender:
    name: str
    address: str


@dataclass(frozen=True)
class Letter:
    slug: str
    subject: str
    text: str
    to_name: str


def _address_block(campus_name: str, c: Contact) -> list[str]:
    lines = [c.chief_name, c.chief_title, campus_name, c.address, f"{c.city}, {c.state} {c.zip}"]
    return [line for line in lines if line.strip()]


def _deadline_sentence(law: Law) -> str:
    if law.deadline_days is None:
        return ("The law states no fixed number of days for a response; I would be grateful for a reply "
                "as soon as practicable.")
    return (f"As I understand it, the law asks for a first response within {law.deadline_days} days of "
            "receiving a request.")


def render(campaign: dict, campus: dict, contact: Contact, sender: Sender, on: dt.date,
           law: Law | None = None, follow_up_of: dt.date | None = None) -> Letter:
    """The letter (or its follow-up) to one campus. ``law`` is required for a records request."""
    question = campaign["question"].strip()
    records = campus["kind"] == "records-request"
    if records and law is None:
        raise ValueError(f"a records request to {campus['slug']} needs its state's law")
    greeting = f"Dear {contact.chief_name}," if contact.chief_name else f"Dear {contact.chief_title or 'President'},"
    intro = []
    if follow_up_of:
        intro.append(f"I am writing again about my letter of {follow_up_of.isoformat()}, to which I have not "
                     "yet had an answer.")
    if records:
        subject = f"Public records request: facial recognition at {campus['name']}"
        body = [f"Under {law.named()}, I request copies of the following records held by {campus['name']}:",
                "", question, "", _deadline_sentence(law), "",
                "If any part of these records is withheld, please tell me which exemption applies and release "
                "the rest. Electronic copies by email are preferred."]
    else:
        subject = f"Question about facial recognition at {campus['name']}"
        body = [f"{ORGANISATION[0].upper()}{ORGANISATION[1:]} records, with sources, where US colleges and "
                "universities stand on facial recognition. We would like to hear from "
                f"{campus['name']} directly:", "", question, "",
                f"We would be grateful for an answer within {campaign['deadline_days']} days. Your reply will be "
                "reviewed and, once verified, shown as the institution's own statement; if we hear nothing we "
                "will record that the institution was asked and did not answer."]
    if follow_up_of:
        subject = "Follow-up: " + subject
    lines = [sender.name, sender.address, on.isoformat(), "", *_address_block(campus["name"], contact), "",
             greeting, "", *intro, *([""] if intro else []), *body, "", "Sincerely,", sender.name, ""]
    return Letter(campus["slug"], subject, "\n".join(lines), contact.chief_name)


def to_email(letter: Letter, sender: Sender, to_address: str | None, when: dt.datetime, campaign: str) -> EmailMessage:
    """The .eml twin. Without a known address it still carries the recipient's name, for the organiser."""
    msg = EmailMessage()
    msg["From"] = f"{sender.name} <{sender.address}>"
    # Without an address the recipient is an empty group named for them: valid RFC 5322, never deliverable.
    msg["To"] = Address(letter.to_name, addr_spec=to_address) if to_address else Group(letter.to_name)
    msg["Subject"] = letter.subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=sender.address.rsplit("@", 1)[-1])
    msg["X-Scorecard-Campaign"] = campaign
    msg["X-Scorecard-Campus"] = letter.slug
    msg.set_content(letter.text)
    return msg
