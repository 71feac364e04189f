"""Who may change what on the shared PostgreSQL server, enforced by the
server itself: its roles and row-level security, so that a second program
connecting as the same person meets the same refusals (issue 19).

- Group roles: `collabdesk_staff` (every person; reads everything) and
  `collabdesk_coordinator` (a member of it; edits everything). Each person
  logs in as their own LOGIN role, a member of one of them, named in
  `staff.db_role`; their branch is that staff row's `branch_id`.
- Staff edit their own branch's collaborations, commitments and statistics
  (and the rows hanging on a collaboration); partners, contacts and the
  shared lists are everybody's; the staff list, the library's profile and
  legal details are the coordinators'; the change history takes INSERTs only
  (no UPDATE or DELETE policy for anyone; the owner alone may).
- Every check runs in SECURITY DEFINER functions of the schema
  `collabdesk_rls` with a fixed search_path; row-level security is enabled
  and FORCED, so even the table owner goes through the policies (it has its
  own policy allowing everything: migrations and erasure run as the owner).
- An UPDATE of another branch's row fails with an error (its new row
  violates the policy), as does moving one's own row into another branch;
  a DELETE of it deletes nothing (PostgreSQL filters rows a policy hides).
- A row created without a branch lands in its author's branch (a BEFORE
  INSERT trigger), and every change-log and trash entry is stamped with the
  staff member behind `current_user`, so history names the person whatever
  the program wrote.

`init(url)` is idempotent: run it after every upgrade of CollabDesk (it
migrates first, then (re)writes the grants, functions and policies).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from collabdesk.store.errors import QT_TRANSLATE_NOOP, Message, StoreError

if TYPE_CHECKING:
    import psycopg

STAFF_GROUP = "collabdesk_staff"
COORDINATOR_GROUP = "collabdesk_coordinator"
SCHEMA = "collabdesk_rls"
ROLE_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
CONTEXT = "Server"

# How each table is guarded. Branch-owned tables name the SQL expression
# (over the row's own columns) that gives the row's branch.
BRANCH_OF = {
    "collaboration": "branch_id",
    "metric": "branch_id",
    "branch_import": "branch_id",
    "branch_import_row": "branch_id",
    "commitment": f"{SCHEMA}.collaboration_branch(collaboration_id)",
    "collaboration_partner": f"{SCHEMA}.collaboration_branch(collaboration_id)",
    "checklist_answer": f"{SCHEMA}.collaboration_branch(collaboration_id)",
    "collaboration_ad_item": f"{SCHEMA}.collaboration_branch(collaboration_id)",
    "collaboration_metric": f"{SCHEMA}.collaboration_branch(collaboration_id)",
    "stage_change": f"{SCHEMA}.collaboration_branch(collaboration_id)",
    "agreement": f"{SCHEMA}.collaboration_branch(collaboration_id)",
    "commitment_step": f"{SCHEMA}.commitment_branch(commitment_id)",
    "commitment_proof": f"{SCHEMA}.commitment_branch(commitment_id)",
}
# Everybody's: the partner directory and the lists every branch shares.
SHARED = frozenset(
    {
        "partner",
        "contact",
        "interaction",
        "partner_tag",
        "partner_branch",
        "tag",
        "advertising_item",
        "checklist_question",
        "metric_definition",
        "unit_form",
        "document_template",
        "summary_snapshot",
    }
)
# The coordinators' (everybody reads them).
COORDINATORS = frozenset({"staff", "library_profile", "legal_details", "branch"})
# Written once, never changed: INSERT for staff, no UPDATE or DELETE.
APPEND_ONLY = frozenset({"change_log", "erasure_log"})
SPECIAL = frozenset({"trash", "commitment_series", "alembic_version"})
# Tables whose new rows get their author's branch when none is given.
FILL_BRANCH = ("collaboration", "metric")
# Tables whose rows are stamped with the person behind current_user.
STAMPED = {"change_log": "changed_by", "trash": "deleted_by"}


class ServerSetupError(StoreError):
    """Provisioning could not be done as asked; nothing was changed."""


@dataclass(frozen=True)
class StaffLogin:
    staff_id: int
    name: str
    role: str
    coordinator: bool
    created: bool  # False: the role existed and got a new password


def classify(table: str) -> str:
    """Which kind of guard `table` gets (a test keeps every table named)."""
    if table in BRANCH_OF:
        return "branch"
    for kind, names in (
        ("shared", SHARED),
        ("coordinators", COORDINATORS),
        ("append_only", APPEND_ONLY),
        ("special", SPECIAL),
    ):
        if table in names:
            return kind
    return "unknown"


def _functions() -> list[str]:
    """The functions the policies call, SECURITY DEFINER with a fixed path:
    they read staff and collaboration whatever the caller may see."""
    definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public"
    plain = f"CREATE OR REPLACE FUNCTION {SCHEMA}"
    return [
        f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}",
        f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC",
        # The coordinator power is the database's own: membership of the group.
        f"""{plain}.is_coordinator(who name) RETURNS boolean {definer} AS $$
            SELECT pg_has_role(who, '{COORDINATOR_GROUP}', 'MEMBER')
        $$""",
        f"""{plain}.staff_branch(who name) RETURNS integer {definer} AS $$
            SELECT branch_id FROM public.staff WHERE db_role = who AND active
            ORDER BY id LIMIT 1
        $$""",
        f"""{plain}.may_edit_branch(p_branch integer, who name) RETURNS boolean {definer} AS $$
            SELECT {SCHEMA}.is_coordinator(who)
                OR (p_branch IS NOT NULL AND p_branch = {SCHEMA}.staff_branch(who))
        $$""",
        f"""{plain}.collaboration_branch(p_collaboration integer) RETURNS integer {definer} AS $$
            SELECT branch_id FROM public.collaboration WHERE id = p_collaboration
        $$""",
        f"""{plain}.commitment_branch(p_commitment integer) RETURNS integer {definer} AS $$
            SELECT c.branch_id FROM public.commitment m
            JOIN public.collaboration c ON c.id = m.collaboration_id WHERE m.id = p_commitment
        $$""",
        # A schedule is its commitments' rule: editable while none of them
        # is another branch's (a new one has none yet).
        f"""{plain}.may_edit_series(p_series integer, who name) RETURNS boolean {definer} AS $$
            SELECT NOT EXISTS (
                SELECT 1 FROM public.commitment m
                JOIN public.collaboration c ON c.id = m.collaboration_id
                WHERE m.series_id = p_series
                  AND NOT {SCHEMA}.may_edit_branch(c.branch_id, who))
        $$""",
        # A trash entry is its record's: a deleted collaboration's branch is
        # in the kept row; a partner is everybody's.
        f"""{plain}.may_edit_trash(p_table text, p_payload text, who name)
            RETURNS boolean {definer} AS $$
            SELECT p_table <> 'collaboration' OR {SCHEMA}.may_edit_branch(
                NULLIF(p_payload::json #>> '{{rows,collaboration,0,branch_id}}', '')::integer,
                who)
        $$""",
        # Triggers run as the caller (current_user is the person), reading
        # only what every staff member may read.
        f"""{plain}.fill_branch() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, public AS $$
            BEGIN
                IF NEW.branch_id IS NULL THEN
                    NEW.branch_id := {SCHEMA}.staff_branch(current_user);
                END IF;
                RETURN NEW;
            END
        $$""",
    ]


def _stamp_function(table: str, column: str) -> str:
    """History names the person: the staff row of the login that connected
    (session_user: a SET ROLE to a group does not hide who it was)."""
    extra = (
        """NEW.staff_id := person.id;
                    NEW.branch_name := COALESCE(person.branch_name, '');"""
        if table == "change_log"
        else ""
    )
    return f"""CREATE OR REPLACE FUNCTION {SCHEMA}.stamp_{table}() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
        DECLARE person record;
        BEGIN
            SELECT s.id, s.name, b.name AS branch_name INTO person
            FROM public.staff s LEFT JOIN public.branch b ON b.id = s.branch_id
            WHERE s.db_role IN (session_user, current_user)
            ORDER BY s.db_role = session_user DESC, s.id LIMIT 1;
            IF FOUND THEN
                NEW.{column} := left(person.name, 200);
                {extra}
            END IF;
            RETURN NEW;
        END
    $$"""


def _policy(table: str, name: str, command: str, role: str, using: str, check: str) -> str:
    clauses = f" USING ({using})" if using else ""
    clauses += f" WITH CHECK ({check})" if check else ""
    return f"CREATE POLICY {name} ON public.{table} FOR {command} TO {role}{clauses}"


def _policies(table: str, kind: str) -> list[str]:
    """The policies of one table (staff group), besides the owner's."""
    me = "current_user"
    staff = STAFF_GROUP
    read = _policy(table, "staff_read", "SELECT", staff, "true", "")
    if kind == "branch":
        branch = BRANCH_OF[table]
        may = f"{SCHEMA}.may_edit_branch({branch}, {me})"
        # The row as stored: its branch before this UPDATE changes anything.
        stored = f"{SCHEMA}.may_edit_branch({SCHEMA}.stored_branch_{table}(id), {me})"
        return [
            read,
            _policy(table, "staff_insert", "INSERT", staff, "", may),
            _policy(table, "staff_update", "UPDATE", staff, "true", f"{may} AND {stored}"),
            _policy(table, "staff_delete", "DELETE", staff, may, ""),
        ]
    if kind == "shared":
        return [_policy(table, "staff_all", "ALL", staff, "true", "true")]
    if kind == "coordinators":
        coordinator = f"{SCHEMA}.is_coordinator({me})"
        rules = [
            read,
            _policy(table, "coordinator_write", "ALL", staff, coordinator, coordinator),
        ]
        if table == "branch":  # a branch's own staff keep its address and phone current
            own = f"id = {SCHEMA}.staff_branch({me})"
            rules.append(_policy(table, "own_branch_update", "UPDATE", staff, own, own))
        return rules
    if kind == "append_only":
        return [read, _policy(table, "staff_insert", "INSERT", staff, "", "true")]
    if table == "trash":
        may = f"{SCHEMA}.may_edit_trash(table_name, payload, {me})"
        return [
            read,
            _policy(table, "staff_insert", "INSERT", staff, "", may),
            _policy(table, "staff_delete", "DELETE", staff, may, ""),
        ]
    if table == "commitment_series":
        may = f"{SCHEMA}.may_edit_series(id, {me})"
        return [read, _policy(table, "staff_write", "ALL", staff, may, "true")]
    # Unknown (a table newer than this code): read by all, written by coordinators.
    coordinator = f"{SCHEMA}.is_coordinator({me})"
    return [read, _policy(table, "coordinator_write", "ALL", staff, coordinator, coordinator)]


def _stored_branch_function(table: str) -> str:
    definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public"
    return (
        f"CREATE OR REPLACE FUNCTION {SCHEMA}.stored_branch_{table}(p_id integer) "
        f"RETURNS integer {definer} AS $$ SELECT {BRANCH_OF[table]} "
        f"FROM public.{table} WHERE id = p_id $$"
    )


def _privileges(table: str, kind: str) -> str:
    if table == "alembic_version":
        return "SELECT"
    if kind == "append_only":
        return "SELECT, INSERT"
    if table == "trash":
        return "SELECT, INSERT, DELETE"
    return "SELECT, INSERT, UPDATE, DELETE"  # never TRUNCATE: it skips row security


def statements(tables: Iterable[str], owner: str, database: str) -> list[str]:
    """Every statement of `init` after the migration, in order; each can
    run again (policies are dropped and created anew)."""
    from psycopg import sql

    def ident(name: str) -> str:
        return sql.Identifier(name).as_string(None)

    out = [
        *_group_roles(),
        f"GRANT CONNECT ON DATABASE {ident(database)} TO {STAFF_GROUP}",
        f"GRANT USAGE ON SCHEMA public TO {STAFF_GROUP}",
        # PostgreSQL 15's default, made sure of on older servers: nobody but
        # the owner puts objects into the schema the functions resolve in.
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        *_functions(),
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {STAFF_GROUP}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {SCHEMA} FROM PUBLIC",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {STAFF_GROUP}",
    ]
    for table in sorted(tables):
        kind = classify(table)
        out.append(f"REVOKE ALL ON public.{table} FROM {STAFF_GROUP}")
        out.append(f"GRANT {_privileges(table, kind)} ON public.{table} TO {STAFF_GROUP}")
        if table == "alembic_version":
            continue
        if kind == "branch":
            out.append(_stored_branch_function(table))
        out.extend(_reset_policies(table))
        out.append(
            f"CREATE POLICY owner_all ON public.{table} FOR ALL TO {ident(owner)} "
            "USING (true) WITH CHECK (true)"
        )
        out.extend(_policies(table, kind))
        out.append(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY")
        out.append(f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY")
    for table in FILL_BRANCH:
        out.append(f"DROP TRIGGER IF EXISTS collabdesk_fill_branch ON public.{table}")
        out.append(
            f"CREATE TRIGGER collabdesk_fill_branch BEFORE INSERT ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.fill_branch()"
        )
    for table, column in STAMPED.items():
        out.append(_stamp_function(table, column))
        out.append(f"DROP TRIGGER IF EXISTS collabdesk_stamp ON public.{table}")
        out.append(
            f"CREATE TRIGGER collabdesk_stamp BEFORE INSERT ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.stamp_{table}()"
        )
    out.append(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {SCHEMA} TO {STAFF_GROUP}")
    return out


def _group_roles() -> list[str]:
    """Create the two group roles when missing (CREATE ROLE has no IF NOT EXISTS)."""
    return [
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{STAFF_GROUP}') THEN
                CREATE ROLE {STAFF_GROUP} NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{COORDINATOR_GROUP}') THEN
                CREATE ROLE {COORDINATOR_GROUP} NOLOGIN IN ROLE {STAFF_GROUP};
            END IF;
        END $$""",
        f"GRANT {STAFF_GROUP} TO {COORDINATOR_GROUP}",
    ]


def _reset_policies(table: str) -> list[str]:
    """Drop every policy of `table`, whatever an earlier version named them."""
    return [
        f"""DO $$ DECLARE p record; BEGIN
            FOR p IN SELECT policyname FROM pg_policies
                     WHERE schemaname = 'public' AND tablename = '{table}' LOOP
                EXECUTE format('DROP POLICY %I ON public.{table}', p.policyname);
            END LOOP;
        END $$"""
    ]


# --- running them -------------------------------------------------------------------
def _connect(url: str) -> psycopg.Connection[Any]:
    import psycopg

    from collabdesk.store.credentials import connect_params, connect_url

    try:
        return psycopg.connect(**connect_params(connect_url(url)))  # type: ignore[arg-type]
    except psycopg.OperationalError as exc:
        from collabdesk.store.credentials import connection_refused

        raise connection_refused(url, exc) from exc


def _refused(template: str, *args: object) -> ServerSetupError:
    return ServerSetupError(Message(CONTEXT, template, args))


def init(url: str) -> list[str]:
    """Migrate the database at `url`, then write roles, grants, functions
    and policies in one transaction. Returns the tables guarded."""
    import psycopg

    from collabdesk.store import migrate
    from collabdesk.store.credentials import connect_url, public_url

    with _connect(url) as conn:
        _check_may_provision(conn)
    migrate.upgrade(connect_url(url))
    with _connect(url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
            )
        ]
        owner = conn.execute(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename = 'collaboration'"
        ).fetchone()
        database = conn.execute("SELECT current_database()").fetchone()
        assert owner is not None and database is not None
        try:
            for statement in statements(tables, str(owner[0]), str(database[0])):
                conn.execute(statement.encode())
        except psycopg.errors.InsufficientPrivilege as exc:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "The server refused to set up %1 (%2). Run this as the owner of the "
                    "CollabDesk tables with the right to create roles, or as a superuser. "
                    "Nothing was changed.",
                ),
                public_url(url),
                exc.diag.message_primary or exc,
            ) from exc
    return [table for table in tables if table != "alembic_version"]


def _check_may_provision(conn: psycopg.Connection[Any]) -> None:
    row = conn.execute(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    ).fetchone()
    if not row or not row[0]:
        who = conn.execute("SELECT current_user").fetchone()
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Server",
                "The role %1 may not create roles on this server. Run this command as the "
                "server's administrator (a superuser, or the owner of the CollabDesk "
                "tables with CREATEROLE). Nothing was changed.",
            ),
            who[0] if who else "",
        )


def check_role_name(role: str) -> str:
    """A login role name as PostgreSQL keeps it unquoted: lower-case letters,
    digits and _, at most 63, not starting with a digit nor `pg_`."""
    if not ROLE_PATTERN.fullmatch(role) or role.startswith("pg_") or role in _RESERVED:
        shown = role if len(role) <= 80 else role[:80] + "…"
        raise _refused(
            QT_TRANSLATE_NOOP(
                "Server",
                "%1 cannot be a login name: use 1 to 63 lower-case Latin letters, digits "
                "and _, starting with a letter (for example anna_petrova). Nothing was "
                "changed.",
            ),
            shown,
        )
    return role


_RESERVED = frozenset({STAFF_GROUP, COORDINATOR_GROUP, "public", "postgres"})


def add_staff(
    url: str, staff_id: int, role: str, password: str, *, coordinator: bool
) -> StaffLogin:
    """Give staff member `staff_id` their own login `role`: create it (or set
    a new password if it is already theirs), grant the group, set
    staff.db_role. The password reaches the server already hashed."""
    from psycopg import sql

    check_role_name(role)
    if not password:
        raise _refused(QT_TRANSLATE_NOOP("Server", "The password is empty. Nothing was changed."))
    with _connect(url) as conn:
        _check_may_provision(conn)
        # The group roles are the whole server's; the functions, this database's.
        set_up = "SELECT 1 FROM pg_namespace WHERE nspname = %s"
        if conn.execute(set_up, (SCHEMA,)).fetchone() is None:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "This server is not set up for staff logins yet. Run `collabdesk server "
                    "init --url URL` first. Nothing was changed.",
                )
            )
        person = conn.execute(
            "SELECT name, db_role FROM public.staff WHERE id = %s", (staff_id,)
        ).fetchone()
        if person is None:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Server", "There is no staff member with id %1. Nothing was changed."
                ),
                staff_id,
            )
        taken = conn.execute(
            "SELECT id, name FROM public.staff WHERE db_role = %s AND id <> %s", (role, staff_id)
        ).fetchone()
        if taken is not None:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "The login %1 already belongs to %2 (staff id %3). Choose another name. "
                    "Nothing was changed.",
                ),
                role,
                taken[1],
                taken[0],
            )
        existing = conn.execute(
            "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls, "
            "pg_has_role(oid, %s, 'MEMBER') FROM pg_roles WHERE rolname = %s",
            (STAFF_GROUP, role),
        ).fetchone()
        if existing is not None and (existing[0] or not existing[1]):
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Server",
                    "A role %1 already exists on this server and is not a CollabDesk staff "
                    "login; choose another name. Nothing was changed.",
                ),
                role,
            )
        hashed = conn.pgconn.encrypt_password(password.encode(), role.encode()).decode()
        name = sql.Identifier(role)
        verb = "ALTER" if existing is not None else "CREATE"
        conn.execute(
            sql.SQL(
                verb + " ROLE {} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                "NOBYPASSRLS PASSWORD {}"
            ).format(name, sql.Literal(hashed))
        )
        # A coordinator is one through the group; demoted, they lose it.
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(STAFF_GROUP), name))
        grant = "GRANT {} TO {}" if coordinator else "REVOKE {} FROM {}"
        conn.execute(sql.SQL(grant).format(sql.Identifier(COORDINATOR_GROUP), name))
        conn.execute(
            "UPDATE public.staff SET db_role = %s, is_coordinator = %s, "
            "version_id = version_id + 1 WHERE id = %s",
            (role, coordinator, staff_id),
        )
    return StaffLogin(staff_id, str(person[0]), role, coordinator, existing is None)
