"""The covering letter as an e-mail draft: an RFC 5322 `.eml` file with the
letter as its plain-text body and the pitch PDF attached.

`X-Unsent: 1` makes Outlook open the file as a draft with a Send button;
other mail programs treat it differently (docs/covering-letter.md). Headers
with Cyrillic are RFC 2047-encoded and the body is UTF-8, all by the
standard library's `email` package."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate

from collabdesk.reports.letter_text import Letter, letter_text, short


def attachment_name(name: str) -> str:
    """A file name mail programs accept: no path separators or control characters."""
    cleaned = "".join(" " if c in '\\/:*?"<>|' or ord(c) < 32 else c for c in name)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned or "proposal.pdf"


def pitch_file_name(title: str, partner: str, lang: str) -> str:
    """ "Title - Partner (en).pdf", at most ~80 characters before the suffix."""
    stem = attachment_name(f"{title} - {partner}" if partner.strip() else title)
    return f"{stem[:80].strip(' .') or 'proposal'} ({lang}).pdf"


def _recipient(letter: Letter) -> str:
    """ "Anna Petrova <anna@example.org>", or "" when there is no usable address."""
    email = letter.to_email.strip()
    if "@" not in email or any(c.isspace() for c in email):
        return ""
    user, _, domain = email.rpartition("@")
    display = letter.addressee[0] if letter.addressed_to_person and letter.addressee else ""
    try:
        return str(Address(display_name=short(display, 80), username=user, domain=domain))
    except (ValueError, IndexError):  # an address the header registry cannot hold
        return ""


def build_mail_draft(letter: Letter, pitch_pdf: bytes, pitch_name: str, sender: str = "") -> bytes:
    """The `.eml` bytes: To (when the partner has an e-mail), Subject, the
    letter as text, the pitch attached, and X-Unsent so it opens as a draft."""
    message = EmailMessage()
    recipient = _recipient(letter)
    if recipient:
        message["To"] = recipient
    if "@" in sender and not any(c.isspace() for c in sender):
        message["From"] = sender.strip()
    message["Subject"] = short(letter.subject, 200)
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"
    # Never 8 bits: a long paragraph would break the 998-byte line limit some
    # servers enforce. Cyrillic is a third bigger in base64 and three times
    # bigger in quoted-printable; English stays readable in quoted-printable.
    body = letter_text(letter)
    cte = "quoted-printable" if body.isascii() else "base64"
    message.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    message.add_attachment(
        pitch_pdf,
        maintype="application",
        subtype="pdf",
        filename=attachment_name(pitch_name),
    )
    # SMTP policy: CRLF line ends, as mail programs expect of a saved message.
    return message.as_bytes(policy=SMTP)
