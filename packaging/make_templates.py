"""Write the shipped default Word templates (agreement and act of transfer,
Russian and English) with python-docx, byte for byte the same on every run:

    python packaging/make_templates.py

The merge fields are docs/templates.md's; a library replaces a template with
its own legal form by `collabdesk templates import NAME FILE --lang ru`."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "resources" / "templates"
FIXED = datetime(2026, 12, 6)
ZIP_TIME = (2026, 12, 6, 0, 0, 0)

WORDS: dict[str, dict[str, str]] = {
    "ru": {
        "agreement": "СОГЛАШЕНИЕ О СОТРУДНИЧЕСТВЕ № {{ document.number }}",
        "place": "г. {{ document.city }}",
        "preamble": (
            "{{ library.legal_name }}, в лице {{ library.signatory_position }} "
            "{{ library.signatory_name }}, {{ library.signatory_basis }} (далее — Библиотека), "
            "с одной стороны, и {{ partner.legal_name }}, в лице "
            "{{ partner.signatory_position }} {{ partner.signatory_name }}, "
            "{{ partner.signatory_basis }} (далее — Партнёр), с другой стороны, вместе "
            "именуемые Стороны, заключили настоящее соглашение о нижеследующем."
        ),
        "subject": "1. Предмет соглашения",
        "subject_text": (
            "1.1. Стороны сотрудничают в проекте «{{ collaboration.title }}»"
            "{% if collaboration.idea %}: {{ collaboration.idea }}{% endif %}."
        ),
        "barter": (
            "1.2. Стороны обмениваются услугами и материальными ресурсами, перечисленными "
            "в разделах 2 и 3, без денежных расчётов; оценка указана для учёта."
        ),
        "library_promises": "2. Библиотека обязуется",
        "partner_promises": "3. Партнёр обязуется",
        "columns": "№|Что|Сколько|Срок|Ответственный|Оценка",
        "term": "4. Срок действия",
        "term_text": (
            "4.1. Соглашение вступает в силу с момента подписания и действует "
            "с {{ collaboration.starts }} по {{ collaboration.ends }}."
        ),
        "contacts": "5. Контактные лица",
        "library_contact": "Библиотека",
        "partner_contact": "Партнёр",
        "other": "6. Прочие условия",
        "other_text": (
            "6.1. Изменения и дополнения к соглашению действительны, если оформлены "
            "письменно и подписаны обеими Сторонами. 6.2. Соглашение составлено в двух "
            "экземплярах, по одному для каждой Стороны."
        ),
        "signatures": "7. Реквизиты и подписи Сторон",
        "inn": "ИНН",
        "kpp": "КПП",
        "ogrn": "ОГРН",
        "bank": "р/с {{ P.bank_account }} в {{ P.bank_name }}, БИК {{ P.bank_bic }}, "
        "к/с {{ P.correspondent_account }}",
        "act": (
            "АКТ ПРИЁМА-ПЕРЕДАЧИ № {{ document.number }}{% if library_gives %} "
            "(передача Библиотекой){% endif %}"
        ),
        "act_text": (
            "{{ giver.legal_name }} (Передающая сторона), в лице "
            "{{ giver.signatory_position }} {{ giver.signatory_name }}, "
            "{{ giver.signatory_basis }}, передала, а {{ receiver.legal_name }} "
            "(Принимающая сторона), в лице {{ receiver.signatory_position }} "
            "{{ receiver.signatory_name }}, {{ receiver.signatory_basis }}, приняла "
            "в рамках сотрудничества по проекту «{{ collaboration.title }}» следующее:"
        ),
        "act_columns": "№|Наименование|Количество|Дата передачи|Оценка|Способ оценки",
        "total": "Итого оценка: {{ total }}.",
        "no_claims": (
            "Передача произведена безвозмездно в рамках соглашения о сотрудничестве. "
            "Стороны претензий друг к другу не имеют."
        ),
        "sign": "Подпись ____________________",
        "seal": "М. П.",
        "gave": "Передал",
        "received": "Принял",
    },
    "en": {
        "agreement": "COOPERATION AGREEMENT No. {{ document.number }}",
        "place": "{{ document.city }}",
        "preamble": (
            "{{ library.legal_name }}, represented by {{ library.signatory_position }} "
            "{{ library.signatory_name }}, {{ library.signatory_basis }} (the Library), "
            "and {{ partner.legal_name }}, represented by {{ partner.signatory_position }} "
            "{{ partner.signatory_name }}, {{ partner.signatory_basis }} (the Partner), "
            "together the Parties, agree as follows."
        ),
        "subject": "1. Subject",
        "subject_text": (
            "1.1. The Parties cooperate in the project “{{ collaboration.title }}”"
            "{% if collaboration.idea %}: {{ collaboration.idea }}{% endif %}."
        ),
        "barter": (
            "1.2. The Parties exchange the services and goods listed in sections 2 and 3 "
            "without payment; the values are given for the record."
        ),
        "library_promises": "2. The Library undertakes",
        "partner_promises": "3. The Partner undertakes",
        "columns": "No.|What|How much|By|Responsible|Value",
        "term": "4. Term",
        "term_text": (
            "4.1. This agreement takes effect when signed and runs from "
            "{{ collaboration.starts }} to {{ collaboration.ends }}."
        ),
        "contacts": "5. Contacts",
        "library_contact": "The Library",
        "partner_contact": "The Partner",
        "other": "6. Other terms",
        "other_text": (
            "6.1. Changes to this agreement are valid only in writing, signed by both "
            "Parties. 6.2. This agreement is made in two copies, one for each Party."
        ),
        "signatures": "7. Details and signatures of the Parties",
        "inn": "INN",
        "kpp": "KPP",
        "ogrn": "OGRN",
        "bank": "Account {{ P.bank_account }} at {{ P.bank_name }}, BIC {{ P.bank_bic }}, "
        "corr. account {{ P.correspondent_account }}",
        "act": (
            "ACKNOWLEDGEMENT OF TRANSFER No. {{ document.number }}"
            "{% if library_gives %} (delivered by the Library){% endif %}"
        ),
        "act_text": (
            "{{ giver.legal_name }} (the Giver), represented by "
            "{{ giver.signatory_position }} {{ giver.signatory_name }}, "
            "{{ giver.signatory_basis }}, has handed over, and {{ receiver.legal_name }} "
            "(the Receiver), represented by {{ receiver.signatory_position }} "
            "{{ receiver.signatory_name }}, {{ receiver.signatory_basis }}, has received, "
            "within the cooperation in the project “{{ collaboration.title }}”:"
        ),
        "act_columns": "No.|Description|Quantity|Date handed over|Value|Valuation method",
        "total": "Total value: {{ total }}.",
        "no_claims": (
            "The transfer is made free of charge under the cooperation agreement. "
            "The Parties have no claims against each other."
        ),
        "sign": "Signature ____________________",
        "seal": "Stamp",
        "gave": "Handed over",
        "received": "Received",
    },
}


def _document() -> Any:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
    props = document.core_properties
    props.created = props.modified = FIXED
    props.last_printed = FIXED
    props.author = props.last_modified_by = "CollabDesk"
    props.revision = 1
    return document


def _para(document: Any, text: str, *, bold: bool = False, centre: bool = False) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _rows_table(document: Any, columns: str, items: str, keys: tuple[str, ...]) -> None:
    """A header row, then one row per item (docxtpl's {%tr for %} rows)."""
    heads = columns.split("|")
    table = document.add_table(rows=4, cols=len(heads))
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, heads, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(head).bold = True
    table.rows[1].cells[0].text = "{%tr for p in " + items + " %}"
    for cell, key in zip(table.rows[2].cells, keys, strict=True):
        cell.text = "{{ p." + key + " }}"
    table.rows[3].cells[0].text = "{%tr endfor %}"


def _party_lines(words: dict[str, str], party: str) -> list[str]:
    bank = words["bank"].replace("P.", party + ".")
    return [
        "{{ " + party + ".legal_name }}",
        "{{ " + party + ".legal_address }}",
        words["inn"]
        + " {{ "
        + party
        + ".inn }}{% if "
        + party
        + ".kpp %}, "
        + words["kpp"]
        + " {{ "
        + party
        + ".kpp }}{% endif %}",
        "{% if " + party + ".ogrn %}" + words["ogrn"] + " {{ " + party + ".ogrn }}{% endif %}",
        "{% if " + party + ".bank_name %}" + bank + "{% endif %}",
        "",
        words["sign"],
        words["seal"],
    ]


def _signatures(
    document: Any, words: dict[str, str], left: tuple[str, str], right: tuple[str, str]
) -> None:
    table = document.add_table(rows=1, cols=2)
    for cell, (caption, party) in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(caption).bold = True
        for line in _party_lines(words, party):
            cell.add_paragraph(line)


def agreement(language: str) -> Any:
    words = WORDS[language]
    document = _document()
    _para(document, words["agreement"], bold=True, centre=True)
    _para(document, words["place"] + "\t\t\t\t\t\t\t{{ document.date }}")
    _para(document, words["preamble"])
    _para(document, words["subject"], bold=True)
    _para(document, words["subject_text"])
    _para(document, words["barter"])
    keys = ("number", "what", "amount", "due", "responsible", "value")
    _para(document, words["library_promises"], bold=True)
    _rows_table(document, words["columns"], "library_promises", keys)
    _para(document, words["partner_promises"], bold=True)
    _rows_table(document, words["columns"], "partner_promises", keys)
    _para(document, words["term"], bold=True)
    _para(document, words["term_text"])
    _para(document, words["contacts"], bold=True)
    for caption, party in (
        (words["library_contact"], "library"),
        (words["partner_contact"], "partner"),
    ):
        _para(
            document,
            caption + ": {{ " + party + ".contact_name }}{% if " + party + ".contact_email %}, "
            "{{ " + party + ".contact_email }}{% endif %}{% if " + party + ".contact_phone %}, "
            "{{ " + party + ".contact_phone }}{% endif %}",
        )
    _para(document, words["other"], bold=True)
    _para(document, words["other_text"])
    _para(document, words["signatures"], bold=True)
    _signatures(
        document,
        words,
        (words["library_contact"], "library"),
        (words["partner_contact"], "partner"),
    )
    return document


def acknowledgement(language: str) -> Any:
    words = WORDS[language]
    document = _document()
    _para(document, words["act"], bold=True, centre=True)
    _para(document, words["place"] + "\t\t\t\t\t\t\t{{ document.date }}")
    _para(document, words["act_text"])
    _rows_table(
        document,
        words["act_columns"],
        "items",
        ("number", "what", "amount", "delivered", "value", "method"),
    )
    _para(document, words["total"])
    _para(document, words["no_claims"])
    _signatures(document, words, (words["gave"], "giver"), (words["received"], "receiver"))
    return document


def reproducible(document: Any) -> bytes:
    """The .docx with every zip entry dated the same, so a re-run changes nothing."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zip_:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            zip_.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def main() -> None:
    for language in WORDS:
        for name, build in (("agreement", agreement), ("acknowledgement", acknowledgement)):
            path = HERE / f"{name}_{language}.docx"
            path.write_bytes(reproducible(build(language)))
            print(f"wrote {path.relative_to(ROOT)}")
    import make_letter_templates  # the letters (issue 17, item 3)

    make_letter_templates.main()


if __name__ == "__main__":
    main()
