"""A recurring promise in the documents: the pitch and the recap list a
series as ONE line with its schedule, in Russian and in English, while
balances and reliability still count each occurrence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from collabdesk.domain.enums import CommitmentStatus, Direction, Recurrence
from collabdesk.reports.pitch import build_pitch
from collabdesk.reports.recap import build_recap
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_series import Schedule
from collabdesk.services.desk import Desk
from collabdesk.services.promise_groups import grouped
from collabdesk.store.database import Database
from tests.unit.test_pitch_pdf import seed, text_of

TODAY = date(2026, 11, 29)
REPORT = "Ежемесячный отчёт о посещаемости"


def flat(data: bytes) -> str:
    """The PDF's text with table cells' line breaks undone."""
    return " ".join(text_of(data).split())


def _scheduled(db: Database, desk: Desk) -> tuple[int, list[int]]:
    collab_id, partner_id = seed(db)
    first = desk.commitments.add(
        collab_id,
        CommitmentDraft(
            Direction.LIBRARY_GIVES,
            REPORT,
            partner_id=partner_id,
            quantity=Decimal(12),
            unit="отчёт",
            due_on=date(2027, 1, 31),
            value=Decimal("24000"),
        ),
    )
    series = desk.series.schedule(first.id, Schedule(Recurrence.MONTH, times=12))
    return collab_id, [o.id for o in series.occurrences]


def test_the_pitch_lists_a_series_as_one_line_with_its_schedule(db: Database, desk: Desk) -> None:
    collab_id, _ = _scheduled(db, desk)
    content = desk.pitch_content.gather(collab_id, today=TODAY)
    assert sum(1 for p in content.promises if p.description == REPORT) == 12
    [line] = [p for p in grouped(content.offer) if p.description == REPORT]
    assert (line.quantity, line.value, line.due_on) == (
        Decimal(12),
        Decimal("24000.00"),
        date(2027, 1, 31),
    )

    russian = flat(build_pitch(content, "ru"))
    assert "ежемесячно, всего 12, с января 2027 г." in russian
    assert "12 отчётов" in russian  # the total, not one report
    # One line in the timeline and one in the cover's panel, never twelve.
    assert russian.count(REPORT) == 2
    assert "28 февраля 2027" not in russian and "28 фев 2027" not in russian

    english = flat(build_pitch(content, "en"))
    assert "monthly, 12 in all, from January 2027" in english
    assert english.count(REPORT) == 2


def test_the_recap_lists_a_series_as_one_line_and_says_how_much_is_done(
    db: Database, desk: Desk
) -> None:
    collab_id, ids = _scheduled(db, desk)
    desk.commitments.deliver(ids[0], date(2027, 1, 30), today=date(2027, 2, 1))
    desk.commitments.deliver(ids[1], date(2027, 2, 27), today=date(2027, 3, 1))

    internal = desk.recaps.gather(collab_id, internal=True, today=date(2027, 3, 1))
    text = flat(build_recap(internal, "en"))
    assert text.count(REPORT) == 1  # the open ones are not "missed or waived" yet
    # Not overdue: the next report is due 31 March; two of twelve are done.
    assert "planned (2 of 12 delivered)" in text
    assert "31 Mar 2027" in text
    assert "monthly, 12 in all, from January 2027" in text
    # The balance still counts each occurrence's value: two delivered of twelve.
    [rub] = [b for b in internal.balances if b.currency == "RUB"]
    assert rub.gives_delivered == Decimal(20000 + 4000)

    partner = desk.recaps.gather(collab_id, language="ru", today=date(2027, 3, 1))
    russian = flat(build_recap(partner, "ru"))
    assert russian.count(REPORT) == 1
    assert "ежемесячно, всего 12, с января 2027 г." in russian
    statuses = [p.status for p in partner.content.promises if p.description == REPORT]
    assert statuses.count(CommitmentStatus.DELIVERED) == 2


def test_letters_name_a_series_once_and_a_reminder_names_the_date_due(
    db: Database, desk: Desk
) -> None:
    from collabdesk.reports.letter_docx import letter_fields
    from collabdesk.reports.letter_text import compose_letter
    from collabdesk.services.letter_content import FOLLOW_UP, letter_promises

    collab_id, _ = _scheduled(db, desk)
    content = desk.pitch_content.gather(collab_id, today=TODAY)
    gets = compose_letter(content, "en").gets
    assert [g for g in gets if REPORT in g] == [
        f"{REPORT} (monthly, 12 in all, from January 2027; 12 отчётов), worth ₽24,000, "
        "by 31 January 2027"
    ]
    _partner, library = letter_promises(FOLLOW_UP, content)
    assert sum(1 for line in library if line.description == REPORT) == 1
    fields = letter_fields(FOLLOW_UP, content, "ru")
    whats = [p["what"] for p in fields["library_promises"] if REPORT in p["what"]]
    assert whats == [f"{REPORT} (ежемесячно, всего 12, с января 2027 г.)"]
