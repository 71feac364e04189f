"""File → Import branch data…: the preview dialog plans in the worker, says
where the file goes and what it changes, and imports in one step; File →
Send branch data… writes the file in the worker."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from collabdesk.domain.collaboration import Collaboration
from collabdesk.services.branch_files import BranchFiles, branch_choices
from collabdesk.services.demo import load_demo
from collabdesk.services.transaction import transaction
from collabdesk.store.database import Database, open_database, sqlite_url
from collabdesk.ui.shell import branch_file_dialog, data_menu
from collabdesk.ui.shell.branch_file_dialog import BranchImportDialog
from collabdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def branch_file(tmp_path: Path) -> Path:
    folder = tmp_path / "branch"
    folder.mkdir()
    branch = open_database(sqlite_url(folder / "collabdesk.sqlite3"))
    try:
        load_demo(branch.sessions, "ru")
        target = tmp_path / "branch-7.collabdesk-branch"
        return BranchFiles(branch.sessions).export(branch.sqlite_path, target).path
    finally:
        branch.close()


@pytest.fixture
def dialog(qtbot: Any, db: Database, branch_file: Path) -> Iterator[BranchImportDialog]:
    files = BranchFiles(db.sessions)
    shown = BranchImportDialog(files, files.read(branch_file), branch_choices(db.sessions))
    qtbot.addWidget(shown)
    shown.resize(1366 * 2 // 3, 560)
    shown.show()
    yield shown


def collaborations(db: Database) -> int:
    with transaction(db.sessions) as session:
        return session.scalar(select(func.count()).select_from(Collaboration)) or 0


def test_preview_plans_in_the_worker_and_imports_as_a_new_branch(
    qtbot: Any, db: Database, dialog: BranchImportDialog
) -> None:
    assert dialog.planning or dialog.plan is not None  # the plan comes from the worker
    dialog.wait_for_plan()
    assert dialog.plan is not None
    assert "as a new branch" in dialog.head.text()
    assert dialog.choice_row.isVisibleTo(dialog)
    labels = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Collaborations" in labels
    row = labels.index("Collaborations")
    assert dialog.table.item(row, 1).text() == "6"  # new
    assert dialog.import_button.isEnabled()
    dialog.new_name.setText("   ")
    assert not dialog.import_button.isEnabled()
    assert "name" in dialog.import_button.toolTip()
    dialog.new_name.setText("Филиал №7 <b>")
    before = collaborations(db)
    dialog.run_import()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported is not None and dialog.imported.branch_name == "Филиал №7 <b>"
    assert collaborations(db) == before + 6


def test_the_same_file_again_has_nothing_to_import(
    qtbot: Any, db: Database, branch_file: Path
) -> None:
    files = BranchFiles(db.sessions)
    files.apply(files.read(branch_file), new_branch="Branch 7")
    again = BranchImportDialog(files, files.read(branch_file), branch_choices(db.sessions))
    qtbot.addWidget(again)
    again.wait_for_plan()
    assert "imported before" in again.head.text()
    assert not again.choice_row.isVisibleTo(again)  # the file's branch is known
    assert not again.import_button.isEnabled()


def test_choosing_an_existing_branch_plans_again(
    qtbot: Any, db: Database, dialog: BranchImportDialog
) -> None:
    dialog.wait_for_plan()
    dialog.branch_combo.setCurrentIndex(1)  # the library's own branch
    assert not dialog.new_name.isVisibleTo(dialog)
    dialog.wait_for_plan()
    assert "will be imported as the branch" in dialog.head.text()
    dialog.run_import()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_file_menu_sends_and_imports(
    qtbot: Any,
    db: Database,
    make_window: Any,
    tmp_path: Path,
    branch_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
) -> None:
    window: MainWindow = make_window(db)

    class Host:
        def database_file(self) -> Path | None:
            return db.sqlite_path

        def restore_from(self, backup: Path) -> None:
            raise AssertionError("not here")

    menu = data_menu.install_data_menu(window, Host())
    names = [a.objectName() for a in window.menus.file.actions()]
    assert "sendBranchDataAction" in names and "importBranchDataAction" in names

    sent = tmp_path / "out" / "mine"
    sent.parent.mkdir()
    monkeypatch.setattr(data_menu, "choose_save_file", lambda *a: sent)
    menu.branch_files.send_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts_log.texts("info")), timeout=20000)
    assert (tmp_path / "out" / "mine.collabdesk-branch").is_file()  # the suffix added

    monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: branch_file)

    def drive(shown: BranchImportDialog) -> bool:
        shown.wait_for_plan()
        shown.run_import()
        return shown.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(branch_file_dialog, "run_dialog", drive)
    before = collaborations(db)
    menu.branch_files.import_action.trigger()
    qtbot.waitUntil(lambda: len(prompts_log.texts("info")) == 2, timeout=20000)
    assert "was imported as" in prompts_log.texts("info")[-1]
    assert collaborations(db) == before + 6

    monkeypatch.setattr(data_menu, "choose_open_file", lambda *a: db.sqlite_path)
    menu.branch_files.import_action.trigger()
    qtbot.waitUntil(lambda: bool(prompts_log.texts("error")), timeout=20000)
    assert "is not a branch file" in prompts_log.texts("error")[-1]


@pytest.mark.skipif(not os.environ.get("COLLABDESK_SHOTS"), reason="screenshots on request")
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_screenshot(
    qtbot: Any, db: Database, branch_file: Path, lang: str, request: pytest.FixtureRequest
) -> None:
    if lang == "ru":
        request.getfixturevalue("russian")
    files = BranchFiles(db.sessions)
    shown = BranchImportDialog(files, files.read(branch_file), branch_choices(db.sessions))
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    shown.wait_for_plan()
    qtbot.wait(50)
    folder = Path(os.environ["COLLABDESK_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    shown.grab().save(str(folder / f"branch-import-{lang}.png"))
    shown.resize(720, 520)
    qtbot.wait(50)
    shown.grab().save(str(folder / f"branch-import-{lang}-small.png"))
