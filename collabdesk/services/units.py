"""Units a library adds with their plural forms ("стенд": стенд, стенда,
стендов), beside the catalogue that ships in `domain/units.py`.

Which forms a word needs is the word's language's CLDR plural rules, read
from Babel: Russian one/few/many, English one/other, and any other language
the same way. `install_units` gives `domain/units.py` a loader for this
database's words, read once on first need and again after a change here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from collabdesk.domain import units
from collabdesk.domain.unit_form import FORM_MAX, UnitForm
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import clean_line

CONTEXT = "UnitService"
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
FORM_LABELS = {
    "one": QT_TRANSLATE_NOOP("UnitService", "one"),
    "few": QT_TRANSLATE_NOOP("UnitService", "few"),
    "many": QT_TRANSLATE_NOOP("UnitService", "many"),
    "other": QT_TRANSLATE_NOOP("UnitService", "other"),
}


@dataclass(frozen=True)
class UnitFormRecord:
    id: int
    language: str
    one: str
    few: str
    many: str
    other: str

    @property
    def words(self) -> units.UnitWords:
        return units.UnitWords(self.language, self.one, self.few, self.many, self.other)


def _record(row: UnitForm) -> UnitFormRecord:
    return UnitFormRecord(row.id, row.language, row.one, row.few, row.many, row.other)


@lru_cache(maxsize=16)
def forms_needed(language: str) -> tuple[str, ...]:
    """The forms a word of `language` must have, in CLDR order: the
    categories its plural rules use ("other" may fall back on "few", as
    Russian fractions do: "1,5 поста"). Empty for a language Babel does not know."""
    from babel.core import Locale, UnknownLocaleError

    try:
        tags = set(Locale.parse(language).plural_form.tags)
    except (UnknownLocaleError, ValueError, TypeError):
        return ()
    # "one" always: it is the word as written, the key of the row. A
    # category no small whole number takes (French "many", for millions)
    # falls back on "other".
    needed = {"one"} | {c for c in ("few", "many") if c in tags and examples(language, c)}
    if "few" not in needed:
        needed.add("other")
    return tuple(c for c in units.CATEGORIES if c in needed)


def examples(language: str, category: str) -> str:
    """Numbers that take `category` in `language` ("2, 3, 4"), to say which
    form a field wants."""
    found = [str(n) for n in range(0, 30) if units.plural_category(n, language) == category][:3]
    if not found and category == "one":
        found = ["1"]
    if not found and category == "other":
        found = ["1.5"] if units.plural_category(Decimal("1.5"), language) == "other" else []
    return ", ".join(found)


def _problem(field: str, code: str, template: str, *args: object) -> FieldProblem:
    return FieldProblem(field, code, Message(CONTEXT, template, args))


def check_forms(
    language: str, forms: dict[str, str], known: Sequence[str] = ()
) -> list[FieldProblem]:
    """Every problem of a unit's forms at once: the language, a missing or
    overlong form, a word the catalogue already has."""
    problems: list[FieldProblem] = []
    needed = forms_needed(language) if LANGUAGE_RE.match(language) else ()
    if not needed and LANGUAGE_RE.match(language):
        problems.append(
            _problem(
                "language",
                "no_rules",
                QT_TRANSLATE_NOOP(
                    "UnitService",
                    "CollabDesk has no plural rules for the language '%1'; "
                    "write the unit as typed, or choose ru or en.",
                ),
                language,
            )
        )
        return problems
    if not needed:
        problems.append(
            _problem(
                "language",
                "bad_language",
                QT_TRANSLATE_NOOP(
                    "UnitService",
                    "'%1' is not a language code; write it as two letters, e.g. ru or en.",
                ),
                language[:20],
            )
        )
        return problems
    for category in units.CATEGORIES:
        form = forms.get(category, "")
        if category in needed and not form:
            problems.append(
                _problem(
                    category,
                    "required",
                    QT_TRANSLATE_NOOP("UnitService", "Give the form that goes with %2 (“%1”)."),
                    Message(CONTEXT, FORM_LABELS[category]),
                    examples(language, category),
                )
            )
        elif len(form) > FORM_MAX:
            problems.append(
                _problem(
                    category,
                    "too_long",
                    QT_TRANSLATE_NOOP("UnitService", "The “%1” form is longer than %2 characters."),
                    Message(CONTEXT, FORM_LABELS[category]),
                    FORM_MAX,
                )
            )
    for word in (f for f in forms.values() if f):
        if units.shipped_words(word) is not None or units.word_key(word) in known:
            problems.append(
                _problem(
                    "one",
                    "known",
                    QT_TRANSLATE_NOOP("UnitService", "'%1' already has its forms; nothing to add."),
                    word[:FORM_MAX],
                )
            )
            break
    return problems


class UnitService:
    """The library's own units: list, add with their forms, remove."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def all(self) -> list[UnitFormRecord]:
        with transaction(self._sessions) as session:
            rows = session.scalars(select(UnitForm).order_by(UnitForm.language, UnitForm.one))
            return [_record(r) for r in rows]

    def add(
        self, language: str, one: str, few: str = "", many: str = "", other: str = ""
    ) -> UnitFormRecord:
        """Add a word's forms; a form the language does not use is dropped."""
        language = clean_line(language).lower()
        forms = {
            "one": clean_line(one),
            "few": clean_line(few),
            "many": clean_line(many),
            "other": clean_line(other),
        }
        known = [
            units.word_key(form)
            for record in self.all()
            for form in (record.one, record.few, record.many, record.other)
            if form
        ]
        problems = check_forms(language, forms, known)
        if problems:
            raise ValidationError(problems)
        needed = forms_needed(language)
        kept = {c: (f if c in needed else "") for c, f in forms.items()}
        if not kept["other"]:  # fractions: Russian "1,5 поста" takes the "few" form
            kept["other"] = kept["few"] or kept["many"] or kept["one"]
        with transaction(self._sessions, "unit") as session:
            row = UnitForm(language=language, **kept)
            session.add(row)
            session.flush()
            record = _record(row)
        units.forget_library_units()
        return record

    def remove(self, word: str) -> UnitFormRecord:
        """Remove a library's word, named by any of its forms or by its id."""
        key = units.word_key(word)
        with transaction(self._sessions, "unit") as session:
            for row in session.scalars(select(UnitForm)):
                forms = (row.one, row.few, row.many, row.other)
                if key == str(row.id) or key in {units.word_key(f) for f in forms if f}:
                    record = _record(row)
                    session.delete(row)
                    break
            else:
                raise NotFoundError(
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "UnitService",
                            "The library has added no unit '%1' (shipped units cannot be removed).",
                        ),
                        (word[:FORM_MAX],),
                    )
                )
        units.forget_library_units()
        return record

    def words(self) -> list[units.UnitWords]:
        """The loader `domain/units.py` calls: this database's words, or none
        when the database cannot be read (then units print as typed)."""
        try:
            return [r.words for r in self.all()]
        except (SQLAlchemyError, OSError):
            return []


def install_units(service: UnitService) -> None:
    """This database's words are the ones `domain/units.py` inflects."""
    units.units_from_database(service.words)
