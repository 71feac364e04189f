"""The trash: a deleted partner or collaboration kept whole, as JSON, with
every row that hung on it, so it can come back with its original ids.

The history hooks call put_in_trash() from before_flush, while the rows
still exist; the delete itself then happens for real, so no query anywhere
needs to skip "deleted" rows.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from collabdesk.domain.base import Base, utcnow
from collabdesk.domain.history import TrashEntry
from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError

# root -> (child table, column pointing at its parent, the parent's table);
# a parent comes before its children.
GRAPH: dict[str, tuple[tuple[str, str, str], ...]] = {
    "partner": (
        ("contact", "partner_id", "partner"),
        ("interaction", "partner_id", "partner"),
        ("partner_tag", "partner_id", "partner"),
    ),
    "collaboration": (
        ("collaboration_partner", "collaboration_id", "collaboration"),
        ("checklist_answer", "collaboration_id", "collaboration"),
        ("commitment", "collaboration_id", "collaboration"),
        ("commitment_proof", "commitment_id", "commitment"),
        ("commitment_step", "commitment_id", "commitment"),
        ("collaboration_ad_item", "collaboration_id", "collaboration"),
        ("collaboration_metric", "collaboration_id", "collaboration"),
    ),
}
ROOTS = frozenset(GRAPH)
LABELS = {"partner": "name", "collaboration": "title"}


class TrashRestoreError(StoreError):
    """The trash entry cannot come back as it was; nothing was changed."""


# One sentence per kind of record: the noun's gender shapes the Russian.
REUSED_ID = {
    "partner": QT_TRANSLATE_NOOP(
        "Trash",
        "A partner with id %1 exists again (the number was reused), so the one in the "
        "trash cannot come back under it. Nothing was restored.",
    ),
    "collaboration": QT_TRANSLATE_NOOP(
        "Trash",
        "A collaboration with id %1 exists again (the number was reused), so the one in "
        "the trash cannot come back under it. Nothing was restored.",
    ),
}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def _encode_row(row: Any) -> dict[str, Any]:
    from collabdesk.store.history import encode

    return {key: encode(value) for key, value in row._mapping.items()}


def _decode_row(name: str, row: dict[str, Any]) -> dict[str, Any]:
    from collabdesk.store.history import decode

    columns = table(name).c
    return {key: decode(value, columns[key]) for key, value in row.items()}


def snapshot(session: Session, root: str, record_id: int) -> dict[str, Any]:
    """Every row of the record's graph, values as text."""
    conn = session.connection()
    rows: dict[str, list[dict[str, Any]]] = {}
    root_table = table(root)
    rows[root] = [
        _encode_row(r) for r in conn.execute(select(root_table).where(root_table.c.id == record_id))
    ]
    ids: dict[str, list[int]] = {root: [record_id]}
    for child, column, parent in GRAPH[root]:
        child_table = table(child)
        parent_ids = ids.get(parent, [])
        found = (
            list(
                conn.execute(
                    select(child_table)
                    .where(child_table.c[column].in_(parent_ids))
                    .order_by(*child_table.primary_key.columns)
                )
            )
            if parent_ids
            else []
        )
        rows[child] = [_encode_row(r) for r in found]
        if "id" in child_table.c:
            ids[child] = [r._mapping["id"] for r in found]
    payload: dict[str, Any] = {"table": root, "id": record_id, "rows": rows}
    if root == "partner":
        tag = table("tag")
        tag_ids = [int(r["tag_id"]) for r in rows["partner_tag"]]
        payload["tags"] = [
            _encode_row(r) for r in conn.execute(select(tag).where(tag.c.id.in_(tag_ids)))
        ]
    if root == "collaboration":
        collab = table("collaboration")
        payload["renewed_by"] = list(
            conn.scalars(select(collab.c.id).where(collab.c.renewed_from_id == record_id))
        )
    return payload


def put_in_trash(session: Session, roots: list[Any], who: tuple[str, str]) -> None:
    """Copy each deleted root with its graph into the trash table."""
    conn = session.connection()
    now = utcnow()
    entries = []
    for obj in roots:
        name = obj.__table__.name
        payload = snapshot(session, name, obj.id)
        entries.append(
            {
                "table_name": name,
                "record_id": obj.id,
                "label": str(getattr(obj, LABELS[name]))[:200],
                "payload": json.dumps(payload, ensure_ascii=False),
                "created_at": now,
                "updated_at": now,
                "version_id": 1,
                "deleted_by": who[0],
                "computer": who[1],
            }
        )
    conn.execute(insert(table(TrashEntry.__tablename__)), entries)


def restore(session: Session, payload: dict[str, Any]) -> dict[str, Any]:
    """Insert the graph back with its original ids; returns the root row."""
    conn = session.connection()
    root = str(payload["table"])
    record_id = int(payload["id"])
    root_table = table(root)
    if conn.scalar(select(root_table.c.id).where(root_table.c.id == record_id)) is not None:
        raise TrashRestoreError(Message("Trash", REUSED_ID[root], (record_id,)))
    rows = payload["rows"]
    tag_map: dict[str, Any] = {}
    if root == "partner":
        tag_map = _restore_tags(session, payload.get("tags", []))
    for name in [root, *(child for child, _c, _p in GRAPH[root])]:
        values = [_decode_row(name, row) for row in rows.get(name, [])]
        if name == "partner_tag":
            for row in values:
                row["tag_id"] = tag_map.get(str(row["tag_id"]), row["tag_id"])
        if values:
            conn.execute(insert(table(name)), values)
    if root == "collaboration" and payload.get("renewed_by"):
        collab = table("collaboration")
        conn.execute(
            collab.update()
            .where(collab.c.id.in_(payload["renewed_by"]), collab.c.renewed_from_id.is_(None))
            .values(renewed_from_id=record_id)
        )
    root_rows: list[dict[str, Any]] = rows[root]
    return root_rows[0]


def _restore_tags(session: Session, tags: list[dict[str, Any]]) -> dict[str, Any]:
    """Bring back tags that were deleted meanwhile; map old ids to current ones."""
    conn = session.connection()
    tag = table("tag")
    mapping: dict[str, Any] = {}
    for row in tags:
        by_id = conn.scalar(select(tag.c.name).where(tag.c.id == int(row["id"])))
        if by_id == row["name"]:
            continue
        by_name = conn.scalar(select(tag.c.id).where(tag.c.name == row["name"]))
        if by_name is not None:
            mapping[str(row["id"])] = by_name
        elif by_id is None:
            conn.execute(insert(tag), [_decode_row("tag", row)])
        else:
            values = _decode_row("tag", row)
            values.pop("id")
            result = conn.execute(insert(tag).values(**values))
            mapping[str(row["id"])] = result.inserted_primary_key[0]  # type: ignore[index]
    return mapping
