"""The server's administrator provisions a shared PostgreSQL database the way
docs/operations.md says, with the installed program as processes: `server
init`, then `server add-staff --password-stdin` for two branch staff; each
then works as themselves, and the server refuses a change of the other
branch's collaboration (issue 19). Needs COLLABDESK_TEST_POSTGRES_URL."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.e2e.conftest import program_env
from tests.unit.conftest import POSTGRES_URL, _admin, postgres_database

# `server init` creates the server's group roles, which belong to the whole
# PostgreSQL cluster: these modules run in one test process, one at a time.
pytestmark = pytest.mark.xdist_group("postgres_roles")


def collabdesk(
    home: Path, *args: str, stdin: str = "", url: str = ""
) -> subprocess.CompletedProcess[str]:
    env = program_env(home)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never a real keyring
    prefix = ["--data-dir", str(home / "data")] + (["--database-url", url] if url else [])
    return subprocess.run(
        [sys.executable, "-m", "collabdesk", *prefix, *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=180,
    )


def test_provision_then_each_person_works_as_themselves(tmp_path: Path) -> None:
    url = postgres_database()
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    suffix = uuid.uuid4().hex[:8]
    roles = {"alice": f"alice_{suffix}", "bob": f"bob_{suffix}"}
    try:
        done = collabdesk(tmp_path, "server", "init", "--url", url)
        assert done.returncode == 0, done.stderr
        assert "row-level security" in done.stdout
        again = collabdesk(tmp_path, "server", "init", "--url", url)  # idempotent
        assert again.returncode == 0, again.stderr

        with psycopg.connect(plain, autocommit=True) as conn:
            second = conn.execute(
                "INSERT INTO branch (created_at, updated_at, version_id, name) "
                "VALUES (now(), now(), 1, 'Филиал на Садовой') RETURNING id"
            ).fetchone()
            assert second is not None
            staff = {}
            for who, name, branch in (("alice", "Алиса", 1), ("bob", "Борис", second[0])):
                row = conn.execute(
                    "INSERT INTO staff (created_at, updated_at, version_id, name, branch_id) "
                    "VALUES (now(), now(), 1, %s, %s) RETURNING id",
                    (name, branch),
                ).fetchone()
                assert row is not None
                staff[who] = row[0]

        for who in ("alice", "bob"):
            password = f"пароль {who} 🙂"
            added = collabdesk(
                tmp_path,
                "server",
                "add-staff",
                "--url",
                url,
                "--staff",
                str(staff[who]),
                "--role",
                roles[who],
                "--password-stdin",
                stdin=password + "\n",
            )
            assert added.returncode == 0, added.stderr
            assert roles[who] in added.stdout
            assert password not in added.stdout + added.stderr

        as_alice = make_url(url).set(username=roles["alice"]).render_as_string(False)
        as_bob = make_url(url).set(username=roles["bob"]).render_as_string(False)
        made = collabdesk(
            tmp_path, "collaborations", "add", "--title", "Ночь в библиотеке", url=as_alice
        )
        assert made.returncode == 0, made.stderr
        collab_id = int(made.stdout.split(":")[0].split()[-1])
        partner = collabdesk(tmp_path, "partners", "add", "--name", "Радио Волна", url=as_bob)
        assert partner.returncode == 0, partner.stderr

        refused = collabdesk(
            tmp_path,
            "commitments",
            "add",
            str(collab_id),
            "--direction",
            "gives",
            "--what",
            "Зал",
            url=as_bob,
        )
        assert refused.returncode == 1
        assert "refused" in refused.stderr
        assert "Traceback" not in refused.stderr

        with psycopg.connect(plain, autocommit=True) as conn:
            assert conn.execute(
                "SELECT branch_id FROM collaboration WHERE id = %s", (collab_id,)
            ).fetchone() == (1,)
            assert conn.execute(
                "SELECT count(*) FROM commitment WHERE collaboration_id = %s", (collab_id,)
            ).fetchone() == (0,)
            assert conn.execute(
                "SELECT DISTINCT changed_by, staff_id FROM change_log "
                "WHERE table_name = 'collaboration' AND record_id = %s",
                (collab_id,),
            ).fetchall() == [("Алиса", staff["alice"])]
            for who in ("alice", "bob"):
                row = conn.execute(
                    "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (roles[who],)
                ).fetchone()
                assert row is not None and str(row[0]).startswith("SCRAM-SHA-256$")
    finally:
        _admin(POSTGRES_URL, f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")
        for role in roles.values():
            _admin(POSTGRES_URL, f"DROP ROLE IF EXISTS {role}")
