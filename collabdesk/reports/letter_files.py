"""One letter to a partner, written as the file asked for: `.docx` from the
template in use, `.txt` read back from it, or an `.eml` draft carrying the
pitch (follow-up), the recap (thank-you) and the user's own files.

The CLI and the window's worker both call `write_letter`; nothing here
touches the database (the template's bytes are passed in) or Qt, so it can
run off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from collabdesk.reports.letter_docx import (
    FOLLOW_UP,
    THANK_YOU,
    attachment_file_name,
    docx_text,
    letter_fields,
    mail_body,
)
from collabdesk.reports.letter_mail import Attachment, build_letter_draft, recipient
from collabdesk.services.letter_content import DUE_DAYS
from collabdesk.services.pitch_model import PitchContent
from collabdesk.services.recap_content import RecapContent

SUFFIXES = (".docx", ".eml", ".txt")
OWN = (FOLLOW_UP, THANK_YOU)  # the letters that carry a PDF of their own


@dataclass(frozen=True)
class LetterFiles:
    data: bytes  # the letter in the format asked for
    text: str  # the letter as plain text (what "Copy the text" copies)
    attached: tuple[Attachment, ...]  # .eml: the pitch or recap inside it (not the user's)
    to: str  # "" when the partner has no e-mail address: fill in To by hand


def own_attachment(
    kind: str, content: PitchContent, lang: str, recap: RecapContent | None = None
) -> Attachment | None:
    """The pitch a follow-up carries, the partner's recap (`recap`, gathered
    by the caller for a thank-you) a thank-you carries."""
    if kind == FOLLOW_UP:
        from collabdesk.reports.pitch import build_pitch

        return Attachment(attachment_file_name(kind, content, lang), build_pitch(content, lang))
    if kind == THANK_YOU and recap is not None:
        from collabdesk.reports.recap import build_recap

        return Attachment(attachment_file_name(kind, content, lang), build_recap(recap, lang))
    return None


def write_letter(
    kind: str,
    content: PitchContent,
    lang: str,
    template: bytes,
    suffix: str,
    extra: Sequence[Attachment] = (),
    days: int = DUE_DAYS,
    recap: RecapContent | None = None,
) -> LetterFiles:
    """The letter as `suffix` says; refuses (ServiceError) a letter with
    nothing to say or a template that cannot be filled."""
    from collabdesk.services.template_merge import merge

    fields = letter_fields(kind, content, lang, (), days)  # refuses before building a PDF
    own_name = attachment_file_name(kind, content, lang) if kind in OWN else ""
    fields["attachments"] = [name for name in (own_name, *(a.name for a in extra)) if name]
    docx = merge(template, fields)
    text = docx_text(docx)
    partner = fields["partner"]
    to = recipient(partner["contact_email"], partner["contact_name"])
    attached: tuple[Attachment, ...] = ()
    if suffix == ".docx":
        data = docx
    elif suffix == ".txt":
        data = text.encode("utf-8")
    else:
        own = own_attachment(kind, content, lang, recap)  # the PDF only where it is carried
        attached = (own,) if own else ()
        sender = fields["library"]["contact_email"]
        body = mail_body(text, fields["letter"]["salutation"])
        data = build_letter_draft(
            to, fields["letter"]["subject"], body, (*attached, *extra), sender
        )
    return LetterFiles(data, text, attached, to)


def read_attachments(paths: Sequence[Path]) -> list[Attachment]:
    """The user's files, read whole (OSError to the caller, which names the file)."""
    return [Attachment(path.name, path.read_bytes()) for path in paths]
