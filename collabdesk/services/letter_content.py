"""Which promises each letter to a partner is about, chosen from the content
a pitch or recap is made from (services/pitch_model.PitchContent):

- follow-up after a pitch: the open promises both ways, as the pitch offers;
- reminder "your part is due on …": the partner's open promises due within
  the next days (default 14) or already overdue — never the library's own,
  never a delivered, missed or waived one;
- thank-you after delivery: what the partner delivered, and what the
  library delivered in return.

No Qt and no reportlab: the CLI and the window both ask here, and the
reminder's choice is tested without either."""

from __future__ import annotations

from datetime import date, timedelta

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.pitch_model import PitchContent, PromiseLine
from collabdesk.services.promise_groups import grouped

CONTEXT = "Letters"
FOLLOW_UP = "follow-up"
REMINDER = "reminder"
THANK_YOU = "thank-you"
KINDS = (FOLLOW_UP, REMINDER, THANK_YOU)
DUE_DAYS = 14  # a reminder covers the next two weeks unless told otherwise
OPEN = (CommitmentStatus.PLANNED, CommitmentStatus.IN_PROGRESS)


def template_name(kind: str) -> str:
    """The document template a letter is written from: "letter-reminder"."""
    return f"letter-{kind}"


def _refuse(template: str, *args: object) -> ServiceError:
    return ServiceError(Message(CONTEXT, template, tuple(args)))


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise _refuse(
            QT_TRANSLATE_NOOP("Letters", "There is no letter called '%1'; there are: %2."),
            kind,
            ", ".join(KINDS),
        )
    return kind


def check_days(days: int) -> int:
    if not 1 <= days <= 366:
        raise _refuse(
            QT_TRANSLATE_NOOP("Letters", "A reminder looks 1 to 366 days ahead, not %1."), days
        )
    return days


def is_overdue(line: PromiseLine, today: date) -> bool:
    return line.status in OPEN and line.due_on is not None and line.due_on < today


def due_soon(content: PitchContent, days: int = DUE_DAYS) -> tuple[PromiseLine, ...]:
    """The partner's open promises due within `days` of today or overdue,
    the oldest date first (a promise without a date is never "due")."""
    until = content.today + timedelta(days=check_days(days))
    chosen = [
        p
        for p in content.side(Direction.PARTNER_GIVES)
        if p.status in OPEN and p.due_on is not None and p.due_on <= until
    ]
    return tuple(sorted(chosen, key=lambda p: p.due_on or content.today))


def offered(content: PitchContent, direction: Direction) -> tuple[PromiseLine, ...]:
    """Open promises dated today or later (or undated): what a follow-up offers."""
    return tuple(
        p
        for p in content.side(direction)
        if p.status in OPEN and (p.due_on is None or p.due_on >= content.today)
    )


def delivered(content: PitchContent, direction: Direction) -> tuple[PromiseLine, ...]:
    return tuple(p for p in content.side(direction) if p.status is CommitmentStatus.DELIVERED)


def letter_promises(
    kind: str, content: PitchContent, days: int = DUE_DAYS
) -> tuple[tuple[PromiseLine, ...], tuple[PromiseLine, ...]]:
    """(the partner's promises, the library's promises) the letter lists;
    a recurring promise as one line, except in a reminder (its date is due).

    A letter with nothing to say is refused naming why, rather than sent
    empty: a reminder with nothing due, a thank-you before any delivery."""
    check_kind(kind)
    if content.partner is None:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Letters", "Collaboration %1 has no partner yet to write a letter to."
            ),
            content.collaboration_id,
        )
    if kind == REMINDER:
        partner = due_soon(content, days)
        if not partner:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Letters",
                    "%1 has no open promise due in the next %2 days or overdue: "
                    "there is nothing to remind of.",
                ),
                content.partner.name,
                days,
            )
        return partner, ()
    if kind == THANK_YOU:
        partner = delivered(content, Direction.PARTNER_GIVES)
        library = delivered(content, Direction.LIBRARY_GIVES)
        if not partner and not library:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Letters",
                    "Nothing of collaboration %1 is delivered yet: write the thank-you "
                    "after delivery.",
                ),
                content.collaboration_id,
            )
        return grouped(partner), grouped(library)  # a recurring promise is one line
    return (
        grouped(offered(content, Direction.PARTNER_GIVES)),
        grouped(offered(content, Direction.LIBRARY_GIVES)),
    )
