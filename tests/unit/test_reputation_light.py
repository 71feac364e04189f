"""`collabdesk reputation` over plain SQL (issue 15 item 5): the same text of
THE definition of on time (services/reputation_sql.figures_sql) that the
dashboard, the pitch and the recap run through SQLAlchemy, read over a
plain sqlite3 connection; byte for byte what the full path prints."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.unit.test_cli_light import loaded_modules
from tests.unit.test_commitments_list_light import answered_alike, run

ARGVS = [
    ["reputation"],
    ["reputation", "--json"],
    ["reputation", "--partner", "1"],
    ["reputation", "--partner", "2", "--json"],
    ["reputation", "--partner", "3"],  # no commitments at all
    ["reputation", "--partner", "3", "--json"],
]


def day(offset: int) -> str:
    return (date.today() + timedelta(days=offset)).isoformat()


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data with every kind of record: late deliveries (2 and 5
    days: 3.5 on average), a missed, a waived, an overdue promise, one made
    to the whole collaboration (no partner) and a partner named in markup."""
    folder = tmp_path_factory.mktemp("reputation-light")
    assert run(folder, ["demo", "--lang", "ru"])[0] == 0
    with sqlite3.connect(folder / "collabdesk.sqlite3") as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM commitment ORDER BY id")]
        late = (
            "UPDATE commitment SET status = 'delivered', due_on = ?, delivered_on = ?,"
            " direction = 'partner_gives', partner_id = 1 WHERE id = ?"
        )
        conn.execute(late, (day(-10), day(-8), ids[2]))
        conn.execute(late, (day(-10), day(-5), ids[3]))
        conn.execute("UPDATE commitment SET status = 'missed' WHERE id = ?", (ids[4],))
        conn.execute("UPDATE commitment SET status = 'waived' WHERE id = ?", (ids[5],))
        conn.execute(
            "UPDATE commitment SET status = 'planned', due_on = ? WHERE id = ?", (day(-3), ids[6])
        )
        conn.execute("UPDATE commitment SET partner_id = NULL WHERE id = ?", (ids[7],))
        conn.execute("UPDATE partner SET name = '<b>Луч</b> 🎉' WHERE id = 2")
    conn.close()
    return folder


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_plain_board_is_byte_for_byte_the_services(
    data_dir: Path, argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answered_alike(data_dir, argv, monkeypatch)


def test_the_board_counts_what_happened(data_dir: Path) -> None:
    text = run(data_dir, ["reputation"])[1]
    assert "<b>Луч</b> 🎉" in text  # printed as typed
    assert "3.5" in text  # (2 + 5) / 2 days late, by the one definition


def test_an_unknown_partner_is_refused_in_the_full_paths_words(data_dir: Path) -> None:
    code, out, err = run(data_dir, ["reputation", "--partner", "4242"])
    assert (code, out) == (1, "")
    assert err.startswith("collabdesk: ") and "4242" in err


def test_the_plain_path_loads_neither_sqlalchemy_nor_alembic(data_dir: Path) -> None:
    modules = loaded_modules(data_dir, "reputation", "--json")
    assert "collabdesk.services.reputation_sql" in modules
    for heavy in ("sqlalchemy", "sqlalchemy.orm", "alembic", "collabdesk.services.reputation"):
        assert heavy not in modules, heavy
