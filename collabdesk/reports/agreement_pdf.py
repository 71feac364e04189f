"""The agreement as a PDF, drawn by reportlab from the same merge data as the
.docx (services/agreement_fields.py): parties with signatories, subject,
each side's promises, term, contacts, and the signature blocks."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from collabdesk.reports.agreement_words import contact_line, party_lines, represented, say
from collabdesk.reports.layout import (
    TEXT_WIDTH,
    PageDress,
    Styles,
    gap,
    keep,
    label,
    make_styles,
    para,
    render,
    table,
)

PROMISE_WIDTHS = [0.06, 0.34, 0.14, 0.14, 0.18, 0.14]


def dress(fields: dict[str, Any], st: Styles, language: str, logo: bytes | None) -> PageDress:
    library, partner = fields["library"], fields["partner"]
    return PageDress(
        brand=st.brand,
        library_name=library["name"] or library["legal_name"],
        footer=" · ".join(x for x in (fields["collaboration"]["title"], partner["name"]) if x),
        page_word=say(language, "page"),
        logo=logo,
        cover=False,
    )


def promises_table(rows: list[dict[str, str]], st: Styles, language: str) -> Any:
    if not rows:
        return para(say(language, "none"), st.body)
    widths = [TEXT_WIDTH * share for share in PROMISE_WIDTHS]
    return table(
        say(language, "columns").split("|"),
        [
            [
                row["number"],
                row["what"],
                row["amount"],
                row["due"],
                row["responsible"],
                row["value"],
            ]
            for row in rows
        ],
        widths,
        st,
        right=(5,),
    )


def signature_blocks(
    st: Styles, language: str, left: tuple[str, dict[str, str]], right: tuple[str, dict[str, str]]
) -> Table:
    """Two columns: each party's details, a line to sign on and the seal."""
    details, signs = [], []
    for caption, party in (left, right):
        column: list[Any] = [label(caption, st.h2)]
        column += [para(line, st.cell, 600) for line in party_lines(language, party) if line]
        details.append(column)
        # The signatory is named in the preamble, in the form «в лице» needs;
        # here only the line to sign on and the seal, level on both sides.
        signs.append(
            [gap(8), para(say(language, "sign"), st.cell), para(say(language, "seal"), st.small)]
        )
    blocks = Table([details, signs], colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2])
    blocks.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ]
        )
    )
    return blocks


def build_agreement_pdf(
    fields: dict[str, Any], language: str, brand_colour: str = "#1F5C99", logo: bytes | None = None
) -> bytes:
    st = make_styles(brand_colour)
    library, partner = fields["library"], fields["partner"]
    collab, document = fields["collaboration"], fields["document"]
    title = say(language, "title", number=document["number"])
    idea = f": {collab['idea']}" if collab["idea"] else ""
    place = say(language, "city", city=document["city"]) if document["city"] else ""
    story: list[Any] = [
        label(title, st.h1),
        para(f"{place}    {document['date']}".strip(), st.small),
        gap(2),
        para(
            say(
                language,
                "preamble",
                library=represented(language, library),
                partner=represented(language, partner),
            ),
            st.body,
            4000,
        ),
        label(say(language, "subject"), st.h2),
        para(say(language, "subject_text", title=collab["title"], idea=idea), st.body, 4000),
        para(say(language, "barter"), st.body),
        label(say(language, "library_promises"), st.h2),
        promises_table(fields["library_promises"], st, language),
        label(say(language, "partner_promises"), st.h2),
        promises_table(fields["partner_promises"], st, language),
        label(say(language, "term"), st.h2),
        para(say(language, "term_text", starts=collab["starts"], ends=collab["ends"]), st.body),
        label(say(language, "contacts"), st.h2),
        para(f"{say(language, 'library')}: {contact_line(library)}", st.body),
        para(f"{say(language, 'partner')}: {contact_line(partner)}", st.body),
        label(say(language, "other"), st.h2),
        para(say(language, "other_text"), st.body),
        gap(2),
        keep(
            label(say(language, "signatures"), st.h2),
            signature_blocks(
                st,
                language,
                (say(language, "library"), library),
                (say(language, "partner"), partner),
            ),
        ),
    ]
    author = library["name"] or library["legal_name"]
    return render(story, dress(fields, st, language, logo), title, author)
