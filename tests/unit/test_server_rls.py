"""Who may change what on the shared server, decided by PostgreSQL itself
(issue 19): `server init` writes roles and row-level security, each person
logs in as their own role, and a branch user's change of another branch's
row is refused by the server whatever program sends it.

Needs COLLABDESK_TEST_POSTGRES_URL (skipped without it; CI sets
COLLABDESK_REQUIRE_POSTGRES=1 so there it must run). Two branch users and a
coordinator, each a real LOGIN role of the test cluster.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from collabdesk.domain.base import Base
from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotAllowedError
from collabdesk.services.library import ProfileDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.services.steps import StepDraft
from collabdesk.store import server_security
from collabdesk.store.database import Database, open_database
from collabdesk.store.errors import NotADatabaseError
from collabdesk.store.server_security import ServerSetupError, add_staff, classify, init
from tests.unit.conftest import POSTGRES_URL, _admin, postgres_database

# `server init` creates the server's group roles, which belong to the whole
# PostgreSQL cluster: these modules run in one test process, one at a time.
pytestmark = pytest.mark.xdist_group("postgres_roles")

REFUSED = psycopg.errors.InsufficientPrivilege


@dataclass
class Server:
    url: str  # the administrator's
    roles: dict[str, str]  # alice / bob / carol -> login role
    staff: dict[str, int]
    branches: dict[str, int]  # A / B
    collaborations: dict[str, int]  # A / B
    commitments: dict[str, int]
    metrics: dict[str, int]

    def as_(self, who: str) -> str:
        return make_url(self.url).set(username=self.roles[who]).render_as_string(False)

    def connect(self, who: str) -> psycopg.Connection[Any]:
        plain = make_url(self.as_(who)).set(drivername="postgresql")
        return psycopg.connect(plain.render_as_string(hide_password=False), autocommit=True)

    def admin(self) -> psycopg.Connection[Any]:
        plain = make_url(self.url).set(drivername="postgresql")
        return psycopg.connect(plain.render_as_string(hide_password=False), autocommit=True)


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _seed(url: str) -> tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]:
    """Two branches, each with a collaboration, a commitment and a figure."""
    db = open_database(url)
    try:
        desk = Desk.over(db.sessions)
        partner = desk.partners.create(PartnerDraft(name="Галерея")).id
        collabs, commitments, metrics = {}, {}, {}
        for branch in ("A", "B"):
            collab = desk.collaborations.create(
                CollaborationDraft(title=f"Выставка {branch}", partner_ids=(partner,))
            )
            collabs[branch] = collab.id
            commitments[branch] = desk.commitments.add(
                collab.id,
                CommitmentDraft(Direction.PARTNER_GIVES, f"Афиши {branch}", partner_id=partner),
            ).id
            metrics[branch] = desk.metrics.record(
                "Посещения", date(2026, 1, 1), Decimal(100), branch=branch
            ).id
    finally:
        db.close()
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        branches = {"A": 1}
        branches["B"] = conn.execute(
            "INSERT INTO branch (created_at, updated_at, version_id, name) "
            "VALUES (now(), now(), 1, 'Филиал Б') RETURNING id"
        ).fetchone()[0]  # type: ignore[index]
        conn.execute("UPDATE branch SET name = 'Филиал А' WHERE id = 1")
        for branch in ("A", "B"):
            conn.execute(
                "UPDATE collaboration SET branch_id = %s WHERE id = %s",
                (branches[branch], collabs[branch]),
            )
            conn.execute(
                "UPDATE metric SET branch_id = %s WHERE id = %s",
                (branches[branch], metrics[branch]),
            )
    return branches, collabs, commitments, metrics


@pytest.fixture
def server() -> Iterator[Server]:
    url = postgres_database()
    init(url)
    branches, collabs, commitments, metrics = _seed(url)
    suffix = uuid.uuid4().hex[:8]
    people = {"alice": ("Алиса Петрова", "A"), "bob": ("Борис Орлов", "B"), "carol": ("Карина", "")}
    staff: dict[str, int] = {}
    roles = {who: f"{who}_{suffix}" for who in people}
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        for who, (name, branch) in people.items():
            staff[who] = conn.execute(
                "INSERT INTO staff (created_at, updated_at, version_id, name, branch_id) "
                "VALUES (now(), now(), 1, %s, %s) RETURNING id",
                (name, branches[branch] if branch else None),
            ).fetchone()[0]  # type: ignore[index]
    for who in people:
        add_staff(url, staff[who], roles[who], f"secret-{who}", coordinator=who == "carol")
    try:
        yield Server(url, roles, staff, branches, collabs, commitments, metrics)
    finally:
        _admin(POSTGRES_URL, f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")
        for role in roles.values():
            _admin(POSTGRES_URL, f"DROP ROLE IF EXISTS {role}")


# --- every table is guarded on purpose --------------------------------------------
def test_every_table_has_a_chosen_guard() -> None:
    """A new table must be placed in server_security (else coordinators only)."""
    unknown = [t for t in Base.metadata.tables if classify(t) == "unknown"]
    assert unknown == []


# --- the server refuses what the person may not do --------------------------------
def test_branch_user_edits_own_branch_rows(server: Server) -> None:
    with server.connect("alice") as conn:
        for table, ids in (
            ("collaboration", server.collaborations),
            ("metric", server.metrics),
        ):
            done = conn.execute(
                f"UPDATE {table} SET version_id = version_id + 1 WHERE id = %s", (ids["A"],)
            )
            assert done.rowcount == 1, table
        done = conn.execute(
            "UPDATE commitment SET description = 'Афиши, 20 шт.' WHERE id = %s",
            (server.commitments["A"],),
        )
        assert done.rowcount == 1
        conn.execute(
            "INSERT INTO commitment_step (created_at, updated_at, version_id, commitment_id, "
            "position, what, who) VALUES (now(), now(), 1, %s, 1, 'Напечатать', '')",
            (server.commitments["A"],),
        )


REFUSED_STATEMENTS = (
    "UPDATE collaboration SET title = 'Чужое' WHERE id = {collab_b}",
    # Taking another branch's collaboration over into one's own:
    "UPDATE collaboration SET branch_id = {branch_a} WHERE id = {collab_b}",
    # Moving one's own into another branch:
    "UPDATE collaboration SET branch_id = {branch_b} WHERE id = {collab_a}",
    "INSERT INTO collaboration (created_at, updated_at, version_id, title, idea, stage, "
    "branch_id, wizard_page) VALUES (now(), now(), 1, 'x', '', 'idea', {branch_b}, 0)",
    "UPDATE commitment SET description = 'Чужое' WHERE id = {commitment_b}",
    "UPDATE commitment SET collaboration_id = {collab_b} WHERE id = {commitment_a}",
    "UPDATE metric SET value = 1 WHERE id = {metric_b}",
    "INSERT INTO commitment_step (created_at, updated_at, version_id, commitment_id, "
    "position, what, who) VALUES (now(), now(), 1, {commitment_b}, 1, 'x', '')",
    "UPDATE collaboration_partner SET role = role WHERE collaboration_id = {collab_b}",
    "UPDATE change_log SET changed_by = 'someone'",
    "DELETE FROM change_log",
    "TRUNCATE collaboration CASCADE",
)


def test_branch_user_cannot_change_another_branch(server: Server) -> None:
    """Each statement on its own connection: the server refuses every one."""
    for statement in REFUSED_STATEMENTS:
        sql = statement.format(
            collab_a=server.collaborations["A"],
            collab_b=server.collaborations["B"],
            commitment_a=server.commitments["A"],
            commitment_b=server.commitments["B"],
            metric_b=server.metrics["B"],
            branch_a=server.branches["A"],
            branch_b=server.branches["B"],
        )
        with server.connect("alice") as conn, pytest.raises(REFUSED):
            conn.execute(sql.encode())
    with server.admin() as conn:
        row = conn.execute(
            "SELECT title, branch_id FROM collaboration WHERE id = %s",
            (server.collaborations["B"],),
        ).fetchone()
        assert row == ("Выставка B", server.branches["B"])
        assert conn.execute("SELECT count(*) FROM commitment_step").fetchone() == (0,)


def test_a_delete_of_another_branchs_rows_deletes_nothing(server: Server) -> None:
    with server.connect("alice") as conn:
        for table, ids in (
            ("commitment", server.commitments),
            ("metric", server.metrics),
            ("collaboration", server.collaborations),
        ):
            assert conn.execute(f"DELETE FROM {table} WHERE id = %s", (ids["B"],)).rowcount == 0
        assert (
            conn.execute(
                "DELETE FROM commitment WHERE id = %s", (server.commitments["A"],)
            ).rowcount
            == 1
        )
    with server.admin() as conn:
        assert conn.execute(
            "SELECT count(*) FROM collaboration WHERE id = %s", (server.collaborations["B"],)
        ).fetchone() == (1,)


def test_coordinator_edits_every_branch(server: Server) -> None:
    with server.connect("carol") as conn:
        for branch in ("A", "B"):
            done = conn.execute(
                "UPDATE collaboration SET title = %s WHERE id = %s",
                (f"Проверено {branch}", server.collaborations[branch]),
            )
            assert done.rowcount == 1
            assert (
                conn.execute(
                    "UPDATE metric SET value = 7 WHERE id = %s", (server.metrics[branch],)
                ).rowcount
                == 1
            )
        with pytest.raises(REFUSED):
            conn.execute("DELETE FROM change_log")


def test_nobody_grants_themselves_more(server: Server) -> None:
    with server.connect("alice") as conn:
        # The staff list is the coordinators': alice's row is not hers to change.
        done = conn.execute(
            "UPDATE staff SET branch_id = %s, is_coordinator = true WHERE id = %s",
            (server.branches["B"], server.staff["alice"]),
        )
        assert done.rowcount == 0
        with pytest.raises(REFUSED):
            conn.execute(f"GRANT collabdesk_coordinator TO {server.roles['alice']}".encode())
        with pytest.raises(REFUSED):
            conn.execute("ALTER TABLE collaboration DISABLE ROW LEVEL SECURITY")
        with pytest.raises(REFUSED):
            conn.execute("CREATE TABLE public.staff_copy (id integer)")
        # Hiding behind the group gives no more rights and keeps the name in history.
        conn.execute("SET ROLE collabdesk_staff")
        with pytest.raises(REFUSED):
            conn.execute(
                "UPDATE collaboration SET title = 'x' WHERE id = %s",
                (server.collaborations["B"],),
            )
        conn.execute(
            "INSERT INTO change_log (created_at, updated_at, version_id, change_set, "
            "table_name, record_id, parent_table, action, field, changed_by, computer, "
            "branch_name) VALUES (now(), now(), 1, 'x', 'partner', 1, '', 'update', 'name', "
            "'Someone Else', '', '')"
        )
    with server.admin() as conn:
        assert conn.execute(
            "SELECT changed_by, staff_id FROM change_log WHERE change_set = 'x'"
        ).fetchone() == ("Алиса Петрова", server.staff["alice"])
    with server.connect("alice") as conn:
        # Her branch's own details are hers; another branch's are not.
        assert (
            conn.execute(
                "UPDATE branch SET phone = '+7 000' WHERE id = %s", (server.branches["A"],)
            ).rowcount
            == 1
        )
        assert (
            conn.execute(
                "UPDATE branch SET phone = '+7 000' WHERE id = %s", (server.branches["B"],)
            ).rowcount
            == 0
        )


def test_everybody_reads_everything(server: Server) -> None:
    with server.connect("bob") as conn:
        assert conn.execute("SELECT count(*) FROM collaboration").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM metric").fetchone() == (2,)


# --- the program's normal work as a branch user -------------------------------------
@pytest.fixture
def alice_db(server: Server) -> Iterator[Database]:
    db = open_database(server.as_("alice"))  # migrate-check included
    try:
        yield db
    finally:
        db.close()


def test_program_works_as_a_branch_user(server: Server, alice_db: Database) -> None:
    desk = Desk.over(alice_db.sessions)
    partner = desk.partners.create(PartnerDraft(name="Радио Волна")).id
    desk.partners.update(partner, PartnerDraft(name="Радио «Волна»"))
    collab = desk.collaborations.create(CollaborationDraft(title="Ночь в библиотеке"))
    desk.collaborations.update(
        collab.id, CollaborationDraft(title="Ночь в библиотеке 2026", partner_ids=(partner,))
    )
    commitment = desk.commitments.add(
        collab.id, CommitmentDraft(Direction.LIBRARY_GIVES, "Зал на вечер", partner_id=partner)
    )
    desk.steps.add(commitment.id, StepDraft("Договориться о зале"))
    figure = desk.metrics.record("Посещения", date(2026, 2, 1), Decimal(120))
    own_commitment = desk.commitments.get(server.commitments["A"])
    desk.commitments.update(own_commitment.id, own_commitment.to_draft())

    heard: list[Any] = []
    desk.history.subscribe(heard.append)
    desk.collaborations.delete(collab.id)
    assert desk.trash.count() == 1
    desk.history.revert(heard[-1].id)  # undo the delete
    assert desk.collaborations.get(collab.id).title == "Ночь в библиотеке 2026"
    assert desk.trash.count() == 0
    desk.collaborations.delete(collab.id)
    entry = desk.trash.items()[0]
    desk.trash.restore(entry.id)
    assert desk.collaborations.get(collab.id).commitments == 1

    with server.admin() as conn:
        # Created without a branch: the server put them in alice's.
        assert conn.execute(
            "SELECT branch_id FROM collaboration WHERE id = %s", (collab.id,)
        ).fetchone() == (server.branches["A"],)
        assert conn.execute(
            "SELECT branch_id FROM metric WHERE id = %s", (figure.id,)
        ).fetchone() == (server.branches["A"],)
        # History names the person and her branch, whatever the program wrote.
        stamps = set(
            conn.execute(
                "SELECT changed_by, staff_id, branch_name FROM change_log "
                "WHERE table_name = 'collaboration' AND record_id = %s",
                (collab.id,),
            ).fetchall()
        )
        assert stamps == {("Алиса Петрова", server.staff["alice"], "Филиал А")}


def test_program_says_when_the_server_refuses(server: Server, alice_db: Database) -> None:
    desk = Desk.over(alice_db.sessions)
    other = desk.collaborations.get(server.collaborations["B"])  # reading is fine
    with pytest.raises(NotAllowedError, match="branch"):
        desk.collaborations.update(other.id, CollaborationDraft(title="Моё теперь"))
    theirs = desk.commitments.get(server.commitments["B"]).to_draft()
    with pytest.raises(NotAllowedError):
        desk.commitments.update(server.commitments["B"], replace(theirs, description="Моё"))
    with pytest.raises(NotAllowedError):
        desk.collaborations.delete(other.id)  # its trash entry would be another branch's
    assert desk.collaborations.get(other.id).title == "Выставка B"


def test_the_library_profile_is_the_coordinators(server: Server, alice_db: Database) -> None:
    with pytest.raises(NotAllowedError, match="coordinators"):
        Desk.over(alice_db.sessions).library.save(ProfileDraft(name="Филиал А — главный"))
    db = open_database(server.as_("carol"))
    try:
        saved = Desk.over(db.sessions).library.save(ProfileDraft(name="ЦБС города"))
        assert saved.name == "ЦБС города"
    finally:
        db.close()


def test_coordinator_works_on_every_branch_through_the_program(server: Server) -> None:
    db = open_database(server.as_("carol"))
    try:
        desk = Desk.over(db.sessions)
        desk.collaborations.update(
            server.collaborations["B"], CollaborationDraft(title="Выставка B (сверено)")
        )
        assert desk.collaborations.get(server.collaborations["B"]).title == "Выставка B (сверено)"
    finally:
        db.close()
    with server.admin() as conn:
        assert conn.execute(
            "SELECT changed_by, branch_name FROM change_log WHERE table_name = 'collaboration' "
            "AND record_id = %s AND field = 'title' ORDER BY id DESC LIMIT 1",
            (server.collaborations["B"],),
        ).fetchone() == ("Карина", "")


# --- provisioning ------------------------------------------------------------------
def test_init_runs_again_unchanged(server: Server) -> None:
    first = init(server.url)
    again = init(server.url)
    assert first == again
    with server.connect("alice") as conn, pytest.raises(REFUSED):
        conn.execute(
            "UPDATE collaboration SET title = 'x' WHERE id = %s", (server.collaborations["B"],)
        )


def test_add_staff_stores_a_hashed_password_and_the_role(server: Server) -> None:
    with server.admin() as conn:
        row = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (server.roles["bob"],)
        ).fetchone()
        assert row is not None and str(row[0]).startswith("SCRAM-SHA-256$")
        assert "secret-bob" not in str(row[0])
        assert conn.execute(
            "SELECT db_role, is_coordinator FROM staff WHERE id = %s", (server.staff["carol"],)
        ).fetchone() == (server.roles["carol"], True)


def test_add_staff_again_demotes_a_coordinator(server: Server) -> None:
    add_staff(server.url, server.staff["carol"], server.roles["carol"], "new", coordinator=False)
    with server.connect("carol") as conn, pytest.raises(REFUSED):
        conn.execute(
            "UPDATE collaboration SET title = 'x' WHERE id = %s", (server.collaborations["B"],)
        )


BAD_LOGINS = ("a" * 10_000, "<b>anna</b>", "анна", "anna🙂", "Anna", "1anna", "", "pg_anna")


def test_add_staff_refuses_a_bad_login_name(server: Server) -> None:
    for role in (*BAD_LOGINS, "postgres", "collabdesk_staff"):
        with pytest.raises(ServerSetupError, match="login name") as caught:
            add_staff(server.url, server.staff["bob"], role, "pw", coordinator=False)
        assert len(str(caught.value)) < 500


def test_add_staff_refusals_change_nothing(server: Server) -> None:
    with pytest.raises(ServerSetupError, match="no staff member with id 999999"):
        add_staff(server.url, 999_999, "nobody_here", "pw", coordinator=False)
    with pytest.raises(ServerSetupError, match="already belongs to"):
        add_staff(server.url, server.staff["bob"], server.roles["alice"], "pw", coordinator=False)
    with pytest.raises(ServerSetupError, match="empty"):
        add_staff(server.url, server.staff["bob"], "bob_new_login", "", coordinator=False)
    outsider = f"outsider_{uuid.uuid4().hex[:8]}"
    _admin(POSTGRES_URL, f"CREATE ROLE {outsider} LOGIN")
    try:
        with pytest.raises(ServerSetupError, match="not a CollabDesk staff login"):
            add_staff(server.url, server.staff["bob"], outsider, "pw", coordinator=False)
    finally:
        _admin(POSTGRES_URL, f"DROP ROLE {outsider}")
    with server.admin() as conn:
        assert conn.execute(
            "SELECT db_role FROM staff WHERE id = %s", (server.staff["bob"],)
        ).fetchone() == (server.roles["bob"],)


def test_only_an_administrator_provisions(server: Server) -> None:
    with pytest.raises(ServerSetupError, match="may not create roles"):
        init(server.as_("carol"))
    with pytest.raises(ServerSetupError, match="may not create roles"):
        add_staff(server.as_("carol"), server.staff["bob"], "bob_two", "pw", coordinator=True)


def test_a_new_table_is_the_coordinators_by_default() -> None:
    policies = server_security._policies("some_future_table", "unknown")
    assert any("coordinator_write" in p for p in policies)
    assert all("staff_all" not in p for p in policies)


def test_add_staff_before_init_says_what_to_run_first() -> None:
    url = postgres_database()
    try:
        with pytest.raises(ServerSetupError, match="server init"):
            add_staff(url, 1, "early_bird", "pw", coordinator=False)
    finally:
        _admin(POSTGRES_URL, f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")


def test_a_staff_login_cannot_upgrade_and_says_who_can(server: Server) -> None:
    """The program was upgraded before the administrator ran `server init`."""
    with server.admin() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0012r_renewal_index'")
    with pytest.raises(NotADatabaseError, match="administrator may upgrade"):
        open_database(server.as_("alice"))
    with server.admin() as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0012r_renewal_index",
        )
