"""A contact person's data erased from the installed program, the way a
person does it: `privacy erase-contact ID` (what would go), then `--yes`;
afterwards `history`, every text column of every table and the bytes of
the SQLite file itself no longer hold the e-mail, and `privacy log` says
what was erased without saying whose."""

from __future__ import annotations

import json
import sqlite3

from tests.e2e.conftest import Program
from tests.e2e.test_cli_scripting import run, shown


def every_text_value(program: Program) -> str:
    conn = sqlite3.connect(program.database)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found: list[str] = []
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                found.extend(v for v in row if isinstance(v, str))
        return "\n".join(found)
    finally:
        conn.close()


def test_erase_contact_leaves_no_trace(demo_program: Program) -> None:
    program = demo_program
    conn = sqlite3.connect(program.database)
    contact_id, partner_id, name, email = conn.execute(
        "SELECT id, partner_id, name, email FROM contact WHERE email <> '' ORDER BY id LIMIT 1"
    ).fetchone()
    conn.close()
    assert email in every_text_value(program)

    dry = run(program, "privacy", "erase-contact", str(contact_id))
    assert name in dry.stdout and "--yes" in dry.stdout
    assert email in every_text_value(program)  # nothing changed yet

    done = run(
        program, "privacy", "erase-contact", str(contact_id), "--yes", "--reason", "request 12"
    )
    assert "Logged as erasure 1" in done.stdout
    for table, record in (("partner", partner_id), ("contact", contact_id)):
        history = run(program, "history", table, str(record), "--json").stdout
        assert email not in history and name not in history
    assert email not in every_text_value(program) and name not in every_text_value(program)
    for path in program.data.glob("collabdesk.sqlite3*"):  # the file, and any -wal beside it
        content = path.read_bytes()
        assert email.encode() not in content and name.encode() not in content

    (entry,) = shown(program, "privacy", "log")
    assert entry["table"] == "contact" and entry["record_id"] == contact_id
    assert entry["reason"] == "request 12" and entry["places"]["record"] == 1
    assert email not in json.dumps(entry, ensure_ascii=False)

    again = run(program, "privacy", "erase-contact", "99999", "--yes", ok=False)
    assert again.returncode == 1 and "99999" in again.stderr
