"""The acknowledgement of transfer as a PDF, drawn from the same merge data
as its .docx (services/acknowledgements.py): who handed over and who
received, each item with quantity, date and valuation, both signatures."""

from __future__ import annotations

from typing import Any

from collabdesk.reports.agreement_pdf import dress, signature_blocks
from collabdesk.reports.agreement_words import say
from collabdesk.reports.layout import TEXT_WIDTH, gap, keep, label, make_styles, para, render, table

ITEM_WIDTHS = [0.06, 0.32, 0.13, 0.15, 0.13, 0.21]


def build_acknowledgement_pdf(
    fields: dict[str, Any], language: str, brand_colour: str = "#1F5C99", logo: bytes | None = None
) -> bytes:
    st = make_styles(brand_colour)
    document, collab = fields["document"], fields["collaboration"]
    key = "act_library" if fields["library_gives"] else "act"
    title = say(language, key, number=document["number"])
    place = say(language, "city", city=document["city"]) if document["city"] else ""
    giver, receiver = fields["giver"], fields["receiver"]
    rows = [
        [
            item["number"],
            item["what"],
            item["amount"],
            item["delivered"],
            item["value"],
            item["method"],
        ]
        for item in fields["items"]
    ]
    story: list[Any] = [
        label(title, st.h1),
        para(f"{place}    {document['date']}".strip(), st.small),
        gap(2),
        para(
            say(
                language,
                "act_text",
                title=collab["title"],
                **{f"g_{key}": value for key, value in giver.items()},
                **{f"r_{key}": value for key, value in receiver.items()},
            ),
            st.body,
            4000,
        ),
        gap(2),
        table(
            say(language, "act_columns").split("|"),
            rows,
            [TEXT_WIDTH * share for share in ITEM_WIDTHS],
            st,
            right=(4,),
        ),
        gap(2),
        para(say(language, "total", total=fields["total"]), st.h2),
        para(say(language, "no_claims"), st.body),
        gap(4),
        keep(
            signature_blocks(
                st, language, (say(language, "gave"), giver), (say(language, "received"), receiver)
            )
        ),
    ]
    author = fields["library"]["name"] or fields["library"]["legal_name"]
    return render(story, dress(fields, st, language, logo), title, author)
