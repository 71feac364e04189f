"""Names people read for tables, fields and actions of the change log, and
the name of one change set as the Edit menu shows it ("delete partner
“Кофейня Зерно” and 3 contacts")."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject

from collabdesk.domain.message import fill
from collabdesk.store.history import ChangeSet

VALUE_CHARS = 200  # a 20,000-character note shows its start; the tooltip has more
LABEL_FIELDS = ("name", "title", "description", "summary", "answer", "metric_name")


def record_label(row_json: str | None) -> str:
    """A created or deleted row, named by its first telling field."""
    try:
        row = json.loads(row_json or "{}")
    except ValueError:
        return ""
    if not isinstance(row, dict):
        return ""
    text = next((str(row[k]) for k in LABEL_FIELDS if row.get(k)), "")
    text = " ".join(text.split())
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


# Called with literal arguments so pyside6-lupdate finds every string.
translate = QCoreApplication.translate


class HistoryCounts(QObject):
    """Context for the counted names: lupdate sees a plural (%n) only in a
    `tr(text, "", n)` call, and `self.tr` here gives it this context."""

    def rows(self, table: str, n: int) -> str:
        labels = {
            "partner": lambda: self.tr("%n partner(s)", "", n),
            "contact": lambda: self.tr("%n contact(s)", "", n),
            "interaction": lambda: self.tr("%n interaction(s)", "", n),
            "collaboration": lambda: self.tr("%n collaboration(s)", "", n),
            "collaboration_partner": lambda: self.tr("%n collaboration partner(s)", "", n),
            "checklist_answer": lambda: self.tr("%n checklist answer(s)", "", n),
            "commitment": lambda: self.tr("%n commitment(s)", "", n),
            "commitment_proof": lambda: self.tr("%n proof(s) of delivery", "", n),
            "commitment_step": lambda: self.tr("%n step(s)", "", n),
            "collaboration_ad_item": lambda: self.tr("%n advertising pick(s)", "", n),
            "collaboration_metric": lambda: self.tr("%n statistic pick(s)", "", n),
            "metric": lambda: self.tr("%n statistic(s)", "", n),
            "commitment_series": lambda: self.tr("%n schedule(s)", "", n),
            "stage_change": lambda: self.tr("%n stage change(s)", "", n),
        }
        text = labels.get(table)
        return text() if text is not None else self.tr("%n record(s)", "", n)

    def records_changed(self, n: int) -> str:
        return self.tr("change %n records", "", n)


_COUNTS: list[HistoryCounts] = []  # one, made on first use (no QObject at import)


def _counts() -> HistoryCounts:
    if not _COUNTS:
        _COUNTS.append(HistoryCounts())
    return _COUNTS[0]


def table_label(table: str) -> str:
    labels = {
        "partner": translate("history", "partner"),
        "contact": translate("history", "contact"),
        "interaction": translate("history", "interaction"),
        "collaboration": translate("history", "collaboration"),
        "collaboration_partner": translate("history", "collaboration partner"),
        "checklist_answer": translate("history", "checklist answer"),
        "commitment": translate("history", "commitment"),
        "commitment_proof": translate("history", "proof of delivery"),
        "commitment_step": translate("history", "step"),
        "collaboration_ad_item": translate("history", "advertising pick"),
        "collaboration_metric": translate("history", "statistic pick"),
        "metric": translate("history", "statistic"),
        "stage_change": translate("history", "stage change"),
        "unit_form": translate("history", "unit"),
        "commitment_series": translate("history", "schedule"),
    }
    return labels.get(table, table.replace("_", " "))


def field_label(field: str) -> str:
    labels = {
        "name": translate("history", "name"),
        "kind": translate("history", "kind"),
        "status": translate("history", "status"),
        "city": translate("history", "city"),
        "website": translate("history", "website"),
        "email": translate("history", "e-mail"),
        "phone": translate("history", "phone"),
        "values_notes": translate("history", "values"),
        "owner": translate("history", "owner"),
        "notes": translate("history", "notes"),
        "tags": translate("history", "tags"),
        "role": translate("history", "role"),
        "summary": translate("history", "summary"),
        "occurred_on": translate("history", "date"),
        "title": translate("history", "title"),
        "idea": translate("history", "idea"),
        "stage": translate("history", "stage"),
        "answer": translate("history", "answer"),
        "done": translate("history", "done"),
        "description": translate("history", "description"),
        "value": translate("history", "value"),
        "due_on": translate("history", "due date"),
        "starts_on": translate("history", "start date"),
        "ends_on": translate("history", "end date"),
        "period_start": translate("history", "period"),
        "unit": translate("history", "unit"),
        "source": translate("history", "source"),
        "branch": translate("history", "branch"),
        # issue 19: a branch's and a staff member's fields
        "address": translate("history", "address"),
        "brand_colour": translate("history", "brand colour"),
        "logo": translate("history", "logo"),
        "logo_name": translate("history", "logo file"),
        "source_key": translate("history", "offline branch file"),
        "login": translate("history", "computer login"),
        "db_role": translate("history", "server role"),
        "is_coordinator": translate("history", "coordinator"),
        "active": translate("history", "active"),
        "step_key": translate("history", "step"),
        "question_key": translate("history", "question"),
        "quantity": translate("history", "quantity"),
        "metric_name": translate("history", "metric"),
        "position": translate("history", "position"),
        "direction": translate("history", "side"),
        "currency": translate("history", "currency"),
        "valuation_method": translate("history", "valuation method"),
        "delivered_on": translate("history", "delivered on"),
        "waived_reason": translate("history", "reason for waiving"),
        "proof_note": translate("history", "proof note"),
        "proof_path": translate("history", "proof file"),
        "stored_name": translate("history", "stored file"),
        "original_name": translate("history", "file name"),
        "url": translate("history", "link"),
        "note": translate("history", "note"),
        "added_by": translate("history", "added by"),
        "added_at": translate("history", "added on"),
        "title_translation": translate("history", "title in the second language"),
        "idea_translation": translate("history", "idea in the second language"),
        "description_translation": translate("history", "description in the second language"),
        "what": translate("history", "what"),  # a commitment's step
        "who": translate("history", "who"),
        "done_on": translate("history", "done on"),
        "translation": translate("history", "answer in the second language"),
        "may_be_named": translate("history", "may be named in pitches"),
        "occurrence": translate("history", "occurrence"),
        "every": translate("history", "repeats every"),
        "times": translate("history", "times in all"),
        "until": translate("history", "last date"),
        "first_due_on": translate("history", "first due date"),
        "total_quantity": translate("history", "total quantity"),
        "category": translate("history", "category"),
        "language": translate("history", "language"),
        "one": translate("history", "form for one"),
        "few": translate("history", "form for a few"),
        "many": translate("history", "form for many"),
        "other": translate("history", "other form"),
        "result_attendance": translate("history", "attendance achieved"),
        "result_impressions": translate("history", "impressions delivered"),
        "result_media_pieces": translate("history", "media pieces"),
        "result_quotes": translate("history", "quotes"),
        "result_next_time": translate("history", "proposal for next time"),
        "stage_changed_on": translate("history", "in this stage since"),
        "stage_reason": translate("history", "reason for the stage"),
        "from_stage": translate("history", "from stage"),
        "to_stage": translate("history", "to stage"),
        "changed_at": translate("history", "changed on"),
        "reason": translate("history", "reason"),
    }
    return labels.get(field, field.replace("_", " "))


def action_label(action: str) -> str:
    labels = {
        "create": translate("history", "created"),
        "update": translate("history", "changed"),
        "delete": translate("history", "deleted"),
        "restore": translate("history", "restored"),
        "import": translate("history", "imported (the whole import)"),
        "import_undone": translate("history", "import undone"),
    }
    return labels.get(action, action)


def counted(table: str, n: int) -> str:
    """ "3 contacts", "1 commitment" — a number of rows of one table."""
    return _counts().rows(table, n)


NameOf = Callable[[str, int], str]
AlongOf = Callable[[str, int], Mapping[str, int]]  # rows that went with a deleted record
MENU_NAME_CHARS = 60
ROOT_TABLES = ("partner", "collaboration")
QUIET_TABLES = frozenset({"stage_change"})  # named with their collaboration, not counted


def _no_name(_table: str, _record_id: int) -> str:
    return ""


def _nothing_along(_table: str, _record_id: int) -> Mapping[str, int]:
    return {}


def _with_rest(template_alone: str, template_with: str, args: list[str], rest: str) -> str:
    return fill(template_with, [*args, rest]) if rest else fill(template_alone, args)


def describe(
    change_set: ChangeSet, name_of: NameOf = _no_name, along: AlongOf = _nothing_along
) -> str:
    """The whole action, for "Undo: …" / "Redo: …": what was done to which
    record, by name, and what went with it ("delete partner “Кофейня Зерно”
    and 3 contacts"). `name_of` finds a record's name (history_actions asks
    the change log), `along` the rows a deleted record took to the Trash;
    without them the record is named by its kind only."""
    # A stage change's row is the collaboration's own bookkeeping: the
    # action is named after the collaboration ("edit … : stage").
    changes = tuple(c for c in change_set.changes if c.table not in QUIET_TABLES) or (
        change_set.changes
    )
    if not changes:
        return ""
    records = {(c.table, c.record_id) for c in changes}
    # A partner or collaboration deleted or restored takes its rows along,
    # in whatever order the store wrote them: the action is named after it.
    first = next(
        (c for c in changes if c.table in ROOT_TABLES and c.action != "update"), changes[0]
    )
    if first.action == "import":  # one entry for every row of a bulk import
        return translate("history", "import partners from a file")
    what = table_label(first.table)
    name = name_of(first.table, first.record_id)
    if len(name) > MENU_NAME_CHARS:  # a menu item, not a page
        name = name[: MENU_NAME_CHARS - 1] + "…"
    if len(records) == 1 and all(c.action == "update" for c in changes):
        fields = list(dict.fromkeys(c.field for c in changes))
        if "stage" in fields:  # its date and reason go with it
            fields = [f for f in fields if f not in ("stage_changed_on", "stage_reason")]
        if len(fields) == 1:
            field = field_label(fields[0])
            if name:
                return fill(translate("history", "edit %1 “%2”: %3"), [what, name, field])
            return fill(translate("history", "edit %1 %2"), [what, field])
        if name:
            return fill(translate("history", "edit %1 “%2”"), [what, name])
        return fill(translate("history", "edit %1"), [what])
    roots = [c for c in changes if c.table == first.table and c.action == first.action]
    if len(roots) == 1 and first.action in ("create", "delete", "restore"):
        others: dict[str, int] = {}
        for table, record_id in records:
            if (table, record_id) != (first.table, first.record_id):
                others[table] = others.get(table, 0) + 1
        if first.action == "delete":  # the Trash took them along in one piece
            for table, n in along(first.table, first.record_id).items():
                if table not in QUIET_TABLES:
                    others[table] = max(others.get(table, 0), n)
        rest = ", ".join(counted(table, n) for table, n in sorted(others.items()))
        if first.action == "create":
            alone, named_alone = (
                translate("history", "create %1"),
                translate("history", "create %1 “%2”"),
            )
            with_rest, named_with_rest = (
                translate("history", "create %1 and %2"),
                translate("history", "create %1 “%2” and %3"),
            )
        elif first.action == "delete":
            alone, named_alone = (
                translate("history", "delete %1"),
                translate("history", "delete %1 “%2”"),
            )
            with_rest, named_with_rest = (
                translate("history", "delete %1 and %2"),
                translate("history", "delete %1 “%2” and %3"),
            )
        else:
            alone, named_alone = (
                translate("history", "restore %1"),
                translate("history", "restore %1 “%2”"),
            )
            with_rest, named_with_rest = (
                translate("history", "restore %1 and %2"),
                translate("history", "restore %1 “%2” and %3"),
            )
        if name:
            return _with_rest(named_alone, named_with_rest, [what, name], rest)
        return _with_rest(alone, with_rest, [what], rest)
    if first.action == "create" and len({c.table for c in changes}) == 1:
        return fill(translate("history", "create %1"), [counted(first.table, len(roots))])
    return _counts().records_changed(len(records))
