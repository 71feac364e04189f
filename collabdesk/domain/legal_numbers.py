"""Check digits of Russian registration numbers (ИНН, ОГРН/ОГРНИП) and the
shape of КПП: a mistyped digit is caught when typed, not by the partner's
accountant after the agreement is signed."""

from __future__ import annotations

import re

_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
KPP_RE = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")


def _check(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_is_valid(inn: str) -> bool:
    """10 digits (an organisation) or 12 (a person), with their check digits."""
    if not inn.isascii() or not inn.isdigit():
        return False
    if len(inn) == 10:
        return _check(inn, _INN10) == int(inn[9])
    if len(inn) == 12:
        return _check(inn, _INN11) == int(inn[10]) and _check(inn, _INN12) == int(inn[11])
    return False


def kpp_is_valid(kpp: str) -> bool:
    """9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits."""
    return bool(KPP_RE.match(kpp))


def ogrn_is_valid(ogrn: str) -> bool:
    """ОГРН (13 digits) or ОГРНИП (15), with the check digit."""
    if not ogrn.isascii() or not ogrn.isdigit():
        return False
    if len(ogrn) == 13:
        return int(ogrn[:12]) % 11 % 10 == int(ogrn[12])
    if len(ogrn) == 15:
        return int(ogrn[:14]) % 13 % 10 == int(ogrn[14])
    return False


# The legal details of a party, in the order of the form: LegalDraft's
# fields, the `legal set` options and the merge fields of a template party.
# Here, in a module without the ORM, so the command line can build its
# options without loading it.
LEGAL_FIELDS = (
    "legal_name",
    "inn",
    "kpp",
    "ogrn",
    "legal_address",
    "bank_name",
    "bank_bic",
    "bank_account",
    "correspondent_account",
    "signatory_name",
    "signatory_position",
    "signatory_basis",
)
