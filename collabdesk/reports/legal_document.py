"""The bytes of an agreement or an act of transfer: the library's Word
template filled in, or the PDF drawn from the same merge data. The window
(in its worker) and the command line both write through here."""

from __future__ import annotations

from typing import Any, Literal

LegalKind = Literal["agreement", "acknowledgement"]


def build_legal_document(
    kind: LegalKind,
    fields: dict[str, Any],
    language: str,
    *,
    template: bytes | None,
    colour: str,
    logo: bytes | None,
) -> bytes:
    """`template` given: a .docx from it; None: the PDF. Heavy modules load here, on use."""
    if template is not None:
        from collabdesk.services.template_merge import merge

        return merge(template, fields)
    if kind == "acknowledgement":
        from collabdesk.reports.acknowledgement_pdf import build_acknowledgement_pdf

        return build_acknowledgement_pdf(fields, language, colour, logo)
    from collabdesk.reports.agreement_pdf import build_agreement_pdf

    return build_agreement_pdf(fields, language, colour, logo)
