"""Readiness in SQL (services/readiness_sql) is the Python definition
(services/readiness) after every kind of change that moves it: answers,
partners taking part and plan B, commitments, picked statistics and
advertising, the values warning, the template itself, a restore from the
Trash, and rows written past the services. The list's and the board's lines
carry the same figure."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import replace
from datetime import date

from collabdesk.domain import checklist as keys
from collabdesk.domain.checklist import ChecklistStep
from collabdesk.domain.enums import Direction, Stage
from collabdesk.services.advertising import AdItemDraft
from collabdesk.services.collaboration_pages import ListFilter
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.plain_rows import sqlite_run
from collabdesk.services.readiness_percent import percent_sql
from collabdesk.services.readiness_score import required_questions
from collabdesk.services.readiness_sql import WHITESPACE, readiness_percents
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database


def figures(desk: Desk, db: Database) -> tuple[dict[int, int], dict[int, int]]:
    """(Python, SQL) percent of every collaboration."""
    ids = [row.id for row in desk.collaborations.rows()]
    python = {cid: r.percent for cid, r in desk.checklist.readiness_of(ids).items()}
    with transaction(db.sessions) as session:
        sql = readiness_percents(session, ids)
        raw = session.connection().connection.driver_connection
        if isinstance(raw, sqlite3.Connection):  # the CLI's plain path: the same text
            assert plain_percents(raw) == sql
    listed = {line.id: line.readiness for line in desk.collaborations.page(ListFilter())}
    carded = {
        card.id: card.readiness for stage in desk.collaborations.board() for card in stage.cards
    }
    assert listed == sql and carded == sql
    return python, sql


def plain_percents(raw: sqlite3.Connection) -> dict[int, int]:
    """`collabdesk collaborations list`'s percents: percent_sql over sqlite3."""
    questions = required_questions(sqlite_run(raw))
    percent = percent_sql((q.key, q.per_partner) for q in questions)
    rows = raw.execute(f"SELECT id, {percent} FROM collaboration").fetchall()
    return {int(cid): int(p) for cid, p in rows}


def same(desk: Desk, db: Database) -> dict[int, int]:
    python, sql = figures(desk, db)
    assert sql == python
    return sql


def answer(desk: Desk, collab: int, key: str, text: str, partner: int | None = None) -> None:
    desk.collaborations.save_answer(collab, key.split(".")[0], key, text, bool(text), partner)


def test_the_whitespace_list_is_what_str_strip_removes() -> None:
    assert set(WHITESPACE) == {chr(i) for i in range(sys.maxunicode + 1) if chr(i).isspace()}


def test_sql_readiness_equals_python_after_every_kind_of_change(desk: Desk, db: Database) -> None:
    a = desk.partners.create(PartnerDraft(name="Кластер «Полигон»")).id
    b = desk.partners.create(PartnerDraft(name="Ателье")).id
    c = desk.partners.create(PartnerDraft(name="Управление культуры")).id
    collab = desk.collaborations.create(CollaborationDraft(title="Кластер", partner_ids=(a,))).id
    other = desk.collaborations.create(CollaborationDraft(title="Пустая")).id
    seen = [same(desk, db)]
    assert seen[-1][collab] == 0

    # Answers: written, blanked with spaces, written again.
    for key in (keys.GOAL, keys.MEASURABLE_GOALS, keys.COLLEAGUES, keys.FALLBACK_IDEA):
        answer(desk, collab, key, "да")
        seen.append(same(desk, db))
    answer(desk, collab, keys.GOAL, "   ")
    seen.append(same(desk, db))

    # A per-partner question: one partner's own answer counts; with two
    # partners each needs one; a partner leaving no longer needs one.
    answer(desk, collab, keys.BRAND_VALUE, "бренд", partner=a)
    seen.append(same(desk, db))
    record = desk.collaborations.get(collab)
    desk.collaborations.update(collab, replace(record.to_draft(), partner_ids=(a, b)))
    seen.append(same(desk, db))
    answer(desk, collab, keys.BRAND_VALUE, "ателье", partner=b)
    seen.append(same(desk, db))
    record = desk.collaborations.get(collab)
    desk.collaborations.update(collab, replace(record.to_draft(), partner_ids=(b,)))
    seen.append(same(desk, db))
    answer(desk, other, keys.BRAND_VALUE, "общий ответ")  # no partner: the shared one counts
    seen.append(same(desk, db))

    # Plan B, picked statistics and advertising answer their questions.
    desk.plan_b.set_plan_b(collab, [c])
    seen.append(same(desk, db))
    item = desk.advertising.add_item(AdItemDraft("Post", "post", 8000))
    desk.advertising.set_items(collab, {item.id: 2})
    desk.metrics.record("Visits", date(2026, 10, 1), 5200, "people")
    desk.advertising.set_metrics(collab, ["Visits"])
    seen.append(same(desk, db))
    desk.plan_b.set_plan_b(collab, [])
    seen.append(same(desk, db))

    # Commitments: each side's answers its question; a promise without an
    # owner or a date is a warning until it has both; deleting one counts.
    library = desk.commitments.add(
        collab, CommitmentDraft(Direction.LIBRARY_GIVES, "Пост", due_on=date(2027, 1, 1))
    )
    seen.append(same(desk, db))
    desk.commitments.update(
        library.id,
        CommitmentDraft(Direction.LIBRARY_GIVES, "Пост", due_on=date(2027, 1, 1), owner="Ира"),
    )
    seen.append(same(desk, db))
    theirs = desk.commitments.add(collab, CommitmentDraft(Direction.PARTNER_GIVES, "Зал"))
    seen.append(same(desk, db))
    desk.commitments.delete(theirs.id)
    seen.append(same(desk, db))

    # The values warning: "no" without a note, then with one.
    answer(desk, collab, keys.VALUES_MATCH, "no")
    seen.append(same(desk, db))
    answer(desk, collab, keys.VALUES_NOTE, "Договорились без рекламы детям.")
    seen.append(same(desk, db))
    answer(desk, collab, keys.VALUES_MATCH, "partly")
    seen.append(same(desk, db))

    # The template: a new required question, made optional, retired,
    # asked per partner.
    extra = desk.checklist.add_question(ChecklistStep.WHY, "Approved?", "Одобрено?")
    seen.append(same(desk, db))
    answer(desk, collab, extra.key, "да")
    seen.append(same(desk, db))
    desk.checklist.update_question(keys.GOAL, "Goal?", "Цель?", False)
    seen.append(same(desk, db))
    desk.checklist.set_active(keys.MEASURABLE_GOALS, False)
    seen.append(same(desk, db))
    desk.checklist.update_question(
        keys.UNIQUE_IDEA, "Unique?", "Уникально?", True, per_partner=True
    )
    seen.append(same(desk, db))

    # A stage change moves nothing; a collaboration restored from the Trash
    # comes back with its answers and its figure.
    desk.collaborations.set_stage(collab, Stage.PREPARING)
    seen.append(same(desk, db))
    before = same(desk, db)[collab]
    desk.commitments.delete(library.id)
    seen.append(same(desk, db))
    desk.collaborations.delete(collab)
    same(desk, db)
    desk.trash.restore(desk.trash.items()[0].id)
    assert same(desk, db)[collab] < before  # restored without the deleted promise
    # The figure really moved along the way: the test compared more than zeros.
    assert len({s[collab] for s in seen}) >= 6


def test_rows_written_past_the_services_score_the_same(desk: Desk, db: Database) -> None:
    """Whitespace Python strips (a no-break space, a tab) is blank in SQL too."""
    partner = desk.partners.create(PartnerDraft(name="Пекарня")).id
    collab = desk.collaborations.create(CollaborationDraft(title="Кофе", partner_ids=(partner,))).id
    desk.commitments.add(
        collab, CommitmentDraft(Direction.LIBRARY_GIVES, "Пост", due_on=date(2027, 1, 1), owner="A")
    )
    answer(desk, collab, keys.GOAL, "цель")
    answer(desk, collab, keys.VALUES_MATCH, "no")
    assert db.sqlite_path is not None
    conn = sqlite3.connect(db.sqlite_path)
    with conn:
        conn.execute(
            "UPDATE checklist_answer SET answer = '\u00a0\t' WHERE question_key = ?", (keys.GOAL,)
        )
        conn.execute(
            "UPDATE checklist_answer SET answer = ' no\u3000' WHERE question_key = ?",
            (keys.VALUES_MATCH,),
        )
        conn.execute("UPDATE commitment SET owner = '\u2003'")
    conn.close()
    python, sql = figures(desk, db)
    assert sql == python
    assert desk.checklist.readiness(collab).missing[-1].code == "promise_without_date_or_owner"


def test_each_collaboration_counts_only_its_own_answers_and_partners(
    desk: Desk, db: Database
) -> None:
    """Two collaborations with the same two partners: answers per partner in
    one do not answer the other (each sub-query is tied to its own row)."""
    a = desk.partners.create(PartnerDraft(name="Ателье")).id
    b = desk.partners.create(PartnerDraft(name="Кафе")).id
    one = desk.collaborations.create(CollaborationDraft(title="Один", partner_ids=(a, b))).id
    two = desk.collaborations.create(CollaborationDraft(title="Два", partner_ids=(a, b))).id
    single = desk.collaborations.create(CollaborationDraft(title="Три", partner_ids=(a,))).id
    for partner in (a, b):
        answer(desk, one, keys.BRAND_VALUE, "ответ", partner=partner)
    answer(desk, two, keys.BRAND_VALUE, "ответ", partner=a)
    sql = same(desk, db)
    assert sql[one] > sql[two]
    missing = {m.question_key for m in desk.checklist.readiness(single).missing}
    assert keys.BRAND_VALUE in missing  # a's answers elsewhere do not count here
