"""The parties' legal details: check digits, clear refusals, the library's
own row, what an agreement still lacks, and `collabdesk legal`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from collabdesk.cli import run
from collabdesk.domain.legal_numbers import inn_is_valid, kpp_is_valid, ogrn_is_valid
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ValidationError
from collabdesk.services.legal_details import LegalDraft, missing_details
from collabdesk.services.partners import PartnerDraft

GOOD = LegalDraft(
    legal_name='ООО "Ромашка"',
    inn="7707083893",
    kpp="773601001",
    ogrn="1027700132195",
    legal_address="117997, Москва, ул. Вавилова, 19",
    signatory_name="Иванов Иван Иванович",
    signatory_position="генеральный директор",
    signatory_basis="действующего на основании Устава",
)


@pytest.mark.parametrize(
    ("inn", "valid"),
    [
        ("7707083893", True),  # an organisation (10 digits)
        ("500100732259", True),  # a person (12 digits)
        ("7707083894", False),  # one digit mistyped
        ("500100732258", False),
        ("77070838", False),
        ("770708389З", False),  # a Cyrillic З for 3
        ("７７０７０８３８９３", False),  # full-width digits
    ],
)
def test_inn_check_digits(inn: str, valid: bool) -> None:
    assert inn_is_valid(inn) is valid


def test_kpp_and_ogrn() -> None:
    assert kpp_is_valid("773601001") and kpp_is_valid("7736AB001")
    assert not kpp_is_valid("77360100") and not kpp_is_valid("7736ab001")
    assert ogrn_is_valid("1027700132195") and ogrn_is_valid("304500116000157")
    assert not ogrn_is_valid("1027700132196") and not ogrn_is_valid("30450011600015")


def test_partner_details_are_saved_cleaned_and_read_back(desk: Desk) -> None:
    partner = desk.partners.create(PartnerDraft(name="Ромашка"))
    typed = LegalDraft(**{**GOOD.__dict__, "inn": " 7707 083-893 ", "bank_bic": "044525225"})
    saved = desk.legal.save(partner.id, typed)
    assert saved.inn == "7707083893"
    assert desk.legal.get(partner.id) == saved
    assert desk.legal.get(None) == LegalDraft()  # the library's stay apart
    assert saved.missing() == ()


def test_the_library_has_one_row_of_its_own(desk: Desk) -> None:
    desk.legal.save(None, LegalDraft(legal_name="МБУК ЦБС"))
    desk.legal.save(None, LegalDraft(legal_name="МБУК «ЦБС»", inn="7707083893"))
    library = desk.legal.get(None)
    assert (library.legal_name, library.inn) == ("МБУК «ЦБС»", "7707083893")


def test_every_wrong_number_is_named_at_once(desk: Desk) -> None:
    bad = LegalDraft(inn="7707083894", kpp="12345", ogrn="1027700132196", bank_account="123")
    with pytest.raises(ValidationError) as caught:
        desk.legal.save(None, bad)
    fields = {problem.field for problem in caught.value.problems}
    assert fields == {"inn", "kpp", "ogrn", "bank_account"}
    said = str(caught.value)
    assert "INN '7707083894' is wrong" in said and "check digits" in said
    assert "Settlement account '123' is wrong: 20 digits." in said
    assert desk.legal.get(None) == LegalDraft()  # nothing stored


def test_an_unknown_partner_is_refused(desk: Desk) -> None:
    with pytest.raises(NotFoundError, match="no partner with id 999"):
        desk.legal.save(999, GOOD)


def test_what_is_missing_is_named_with_whose_it_is() -> None:
    draft = LegalDraft(legal_name="ООО Ромашка", inn="7707083893")
    missing = missing_details("Ромашка", draft)
    assert [item.field for item in missing] == [
        "legal_address",
        "signatory_name",
        "signatory_position",
        "signatory_basis",
    ]
    assert str(missing[0].message) == "Ромашка: Legal address"


def cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data_dir), *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def test_cli_sets_and_shows_the_library_details(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, out, err = cli(data, "legal", "set", "--legal-name", "МБУК ЦБС", "--inn", "7707083893")
    assert (code, err) == (0, "")
    assert "Saved the legal details: legal-name, inn" in out
    code, out, _ = cli(data, "legal", "show")
    assert "INN:" in out and "7707083893" in out
    assert "An agreement still needs: Legal address, Signatory" in out
    shown = json.loads(cli(data, "legal", "show", "--json")[1])
    assert shown["legal_name"] == "МБУК ЦБС" and "legal_address" in shown["missing"]


def test_cli_refuses_a_bad_inn_in_one_line(tmp_path: Path) -> None:
    code, out, err = cli(tmp_path / "data", "legal", "set", "--inn", "123")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "INN '123' is wrong" in err


def test_the_legal_field_names_are_the_drafts_fields() -> None:
    """The CLI options and a template's party fields are read from one tuple."""
    from dataclasses import fields

    from collabdesk.domain.legal_numbers import LEGAL_FIELDS
    from collabdesk.services.legal_details import LegalDraft

    assert tuple(f.name for f in fields(LegalDraft)) == LEGAL_FIELDS
