"""What every kind of test shares: one freshly migrated SQLite file per
test session, copied for each test's `db`.

Running every migration from an empty file for each of some 1,500 tests
cost minutes of CI; a copy (SQLite's backup API, the same bytes a fresh
migration writes) costs a millisecond. Tests of the migrations themselves
open their own empty files and still run them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path

import pytest

from collabdesk.store.database import open_database, sqlite_url


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("migrated") / "template.sqlite3"
    open_database(sqlite_url(path)).close()
    return path


def copy_database(source: Path, target: Path) -> None:
    """`target` becomes a page-for-page copy of `source`."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


@pytest.fixture
def migrated_copy(migrated_sqlite: Path) -> Callable[[Path], None]:
    """Make a path a copy of the session's migrated file (conftests use it
    for `db`; they cannot import this module)."""
    return partial(copy_database, migrated_sqlite)
