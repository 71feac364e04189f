"""Names people read for tables, fields and actions of the change log, and
the name of one change set as the Edit menu shows it ("edit partner name")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from collabdesk.store.history import ChangeSet

# Called with literal arguments so pyside6-lupdate finds every string.
translate = QCoreApplication.translate


class HistoryCounts(QObject):
    """Context for the counted names: lupdate sees a plural (%n) only in
    `X.tr(text, "", n)`, not in translate(context, text, "", n)."""


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
        "collaboration_ad_item": translate("history", "advertising pick"),
        "collaboration_metric": translate("history", "statistic pick"),
        "metric": translate("history", "statistic"),
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
    }
    return labels.get(field, field.replace("_", " "))


def action_label(action: str) -> str:
    labels = {
        "create": translate("history", "created"),
        "update": translate("history", "changed"),
        "delete": translate("history", "deleted"),
        "restore": translate("history", "restored"),
    }
    return labels.get(action, action)


def describe(change_set: ChangeSet) -> str:
    """What the person did, for "Undo …" / "Redo …"."""
    changes = change_set.changes
    records = {(c.table, c.record_id) for c in changes}
    first = changes[0]
    what = table_label(first.table)
    if len(records) == 1 and all(c.action == "update" for c in changes):
        fields = list(dict.fromkeys(c.field for c in changes))
        if len(fields) == 1:
            return (
                translate("history", "edit %1 %2")
                .replace("%1", what)
                .replace("%2", field_label(fields[0]))
            )
        return translate("history", "edit %1").replace("%1", what)
    roots = [c for c in changes if c.table == first.table and c.action == first.action]
    if first.action == "create" and len(roots) == 1:
        return translate("history", "create %1").replace("%1", what)
    if first.action == "delete":
        deleted = [
            c for c in changes if c.action == "delete" and c.table in ("partner", "collaboration")
        ]
        if len(deleted) == 1:
            return translate("history", "delete %1").replace("%1", table_label(deleted[0].table))
    if first.action == "restore" and len(roots) == 1:
        return translate("history", "restore %1").replace("%1", what)
    if first.action == "create" and len({c.table for c in changes}) == 1:
        return HistoryCounts.tr("create %n %1", "", len(roots)).replace("%1", what)
    return HistoryCounts.tr("change %n records", "", len(records))
