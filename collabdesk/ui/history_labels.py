"""Names people read for tables, fields and actions of the change log, and
the name of one change set as the Edit menu shows it ("edit partner name")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from collabdesk.store.history import ChangeSet


def _t(text: str) -> str:
    return QCoreApplication.translate("history", text)


def table_label(table: str) -> str:
    labels = {
        "partner": _t("partner"),
        "contact": _t("contact"),
        "interaction": _t("interaction"),
        "collaboration": _t("collaboration"),
        "collaboration_partner": _t("collaboration partner"),
        "checklist_answer": _t("checklist answer"),
        "commitment": _t("commitment"),
        "commitment_proof": _t("proof of delivery"),
        "collaboration_ad_item": _t("advertising pick"),
        "collaboration_metric": _t("statistic pick"),
        "metric": _t("statistic"),
    }
    return labels.get(table, table.replace("_", " "))


def field_label(field: str) -> str:
    labels = {
        "name": _t("name"),
        "kind": _t("kind"),
        "status": _t("status"),
        "city": _t("city"),
        "website": _t("website"),
        "email": _t("e-mail"),
        "phone": _t("phone"),
        "values_notes": _t("values"),
        "owner": _t("owner"),
        "notes": _t("notes"),
        "tags": _t("tags"),
        "role": _t("role"),
        "summary": _t("summary"),
        "occurred_on": _t("date"),
        "title": _t("title"),
        "idea": _t("idea"),
        "stage": _t("stage"),
        "answer": _t("answer"),
        "done": _t("done"),
        "description": _t("description"),
        "value": _t("value"),
        "due_on": _t("due date"),
    }
    return labels.get(field, field.replace("_", " "))


def action_label(action: str) -> str:
    labels = {
        "create": _t("created"),
        "update": _t("changed"),
        "delete": _t("deleted"),
        "restore": _t("restored"),
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
            return _t("edit %1 %2").replace("%1", what).replace("%2", field_label(fields[0]))
        return _t("edit %1").replace("%1", what)
    roots = [c for c in changes if c.table == first.table and c.action == first.action]
    if first.action == "create" and len(roots) == 1:
        return _t("create %1").replace("%1", what)
    if first.action == "delete":
        deleted = [
            c for c in changes if c.action == "delete" and c.table in ("partner", "collaboration")
        ]
        if len(deleted) == 1:
            return _t("delete %1").replace("%1", table_label(deleted[0].table))
    if first.action == "restore" and len(roots) == 1:
        return _t("restore %1").replace("%1", what)
    if first.action == "create" and len({c.table for c in changes}) == 1:
        return _t("create %n %1").replace("%1", what).replace("%n", str(len(roots)))
    return _t("change %n records").replace("%n", str(len(records)))
