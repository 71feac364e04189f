from datetime import date

from collabdesk.domain.renewal_rule import (
    DEFAULT_LEAD_DAYS,
    parse_lead_days,
    renewal_due_on,
    renewal_reminders,
)


def test_lead_days_are_read_largest_first_and_bad_parts_dropped() -> None:
    assert parse_lead_days("30, 90;60") == (90, 60, 30)
    assert parse_lead_days("45, soon, -3") == (45,)
    assert parse_lead_days("") == DEFAULT_LEAD_DAYS
    assert parse_lead_days("never") == DEFAULT_LEAD_DAYS


def test_renewal_is_due_at_the_largest_lead_with_a_reminder_per_lead() -> None:
    end = date(2027, 12, 31)
    assert renewal_due_on(end, (90, 60, 30)) == date(2027, 10, 2)
    assert renewal_reminders(end, (30, 90)) == (date(2027, 10, 2), date(2027, 12, 1))
