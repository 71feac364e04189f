"""A letter to a partner as an e-mail draft (`.eml`, `X-Unsent: 1`) with any
number of attachments: the pitch or the recap the letter carries and the
files the user adds. The covering letter's draft (reports/mail_draft.py)
carries exactly one PDF; this one is the same message with a list."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate

from collabdesk.reports.letter_text import short
from collabdesk.reports.mail_draft import attachment_name


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes


def recipient(email: str, display: str = "") -> str:
    """ "Anna Petrova <anna@example.org>", or "" when there is no usable address."""
    email = email.strip()
    if "@" not in email or any(c.isspace() for c in email):
        return ""
    user, _, domain = email.rpartition("@")
    try:
        return str(Address(display_name=short(display, 80), username=user, domain=domain))
    except (ValueError, IndexError):  # an address the header registry cannot hold
        return ""


def build_letter_draft(
    to: str,
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    sender: str = "",
) -> bytes:
    """The `.eml` bytes: To (may be empty), Subject, the text, the files."""
    message = EmailMessage()
    if to:
        message["To"] = to
    if "@" in sender and not any(c.isspace() for c in sender):
        message["From"] = sender.strip()
    message["Subject"] = short(subject, 200)
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    cte = "quoted-printable" if body.isascii() else "base64"
    message.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    for attachment in attachments:
        kind = mimetypes.guess_type(attachment.name)[0] or "application/octet-stream"
        maintype, _, subtype = kind.partition("/")
        message.add_attachment(
            attachment.data,
            maintype=maintype,
            subtype=subtype,
            filename=attachment_name(attachment.name),
        )
    return message.as_bytes(policy=SMTP)
