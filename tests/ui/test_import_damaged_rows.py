"""The import preview lists damaged CSV rows with their numbers, its Import
button says how many rows are left out, and damaged rows are imported
around only after the user confirms: a damaged row may mean the whole file
was misread (wrong separator or encoding)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from collabdesk.services.desk import Desk
from collabdesk.store.database import Database
from collabdesk.ui.shell.import_dialog import ImportDialog, in_background


def dialog_for(qtbot, desk: Desk, tmp_path: Path) -> ImportDialog:
    source = tmp_path / "partners.csv"
    text = "Название;Город\r\nКофейня;Томск\r\nЁлка\r\nКафе;Пермь\r\nкофейня;Омск\r\n"
    source.write_bytes(text.encode() + "Б".encode() + b"\xff" + ";Тверь\r\n".encode())
    dialog = ImportDialog(desk.partner_transfer, desk.partner_transfer.read(source), source.name)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.wait_for_plan()  # planned in a worker
    return dialog


def test_preview_lists_damaged_rows_and_the_button_counts_what_is_left_out(
    qtbot, db: Database, desk: Desk, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, desk, tmp_path)
    assert "utf-8" in dialog.source_label.text()
    summary = dialog.summary.text()
    assert "Will import 2 records; 2 damaged rows left out; 0 rows rejected" in summary
    problems = dialog.problems.toPlainText()
    assert "Row 3 damaged: its number of fields (1) differs from the header’s (2)" in problems
    assert "Row 6 damaged: it holds bytes that are not valid UTF-8 text" in problems
    assert "Row 5 duplicate (кофейня)" in problems
    assert dialog.import_button.text() == "&Import, leaving out 3 rows"


def test_damaged_rows_need_a_confirmation_before_the_rest_is_imported(
    qtbot, db: Database, desk: Desk, tmp_path: Path, prompts_log
) -> None:
    dialog = dialog_for(qtbot, desk, tmp_path)
    prompts_log.confirm_answer = False
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert prompts_log.kinds() == ["confirm"]
    assert "2 rows of the file are damaged" in prompts_log.texts("confirm")[0]
    assert desk.partners.count() == 0 and dialog.imported == 0
    prompts_log.confirm_answer = True
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 2 and desk.partners.count() == 2


def test_a_one_row_file_is_said_in_the_singular(qtbot, db: Database, desk: Desk, tmp_path) -> None:
    source = tmp_path / "one.csv"
    source.write_text("Название;Город\r\nКофейня;Томск\r\n", encoding="utf-8")
    dialog = ImportDialog(desk.partner_transfer, desk.partner_transfer.read(source), source.name)
    qtbot.addWidget(dialog)
    assert dialog.source_label.text().startswith("one.csv: 1 row, encoding utf-8")


def test_the_plan_is_made_in_a_worker_while_the_dialog_says_so(
    qtbot, db: Database, desk: Desk, tmp_path: Path, monkeypatch
) -> None:
    import threading

    source = tmp_path / "partners.csv"
    source.write_text("Название\r\nКофейня\r\n", encoding="utf-8")
    transfer = desk.partner_transfer
    release = threading.Event()
    threads: list[str] = []
    plan = transfer.plan

    def held_plan(*args: object) -> object:
        threads.append(threading.current_thread().name)
        release.wait(10)  # a big file: the plan takes its time
        return plan(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(transfer, "plan", held_plan)
    # The one preview worker may still be busy with an earlier test's plan on a
    # loaded machine: let it finish first, so the wait below times this plan only.
    in_background(lambda: None).result(timeout=60)
    dialog = ImportDialog(transfer, transfer.read(source), source.name)
    qtbot.addWidget(dialog)
    dialog.show()
    # The dialog is built and painted while the plan is still running.
    assert dialog.summary.text() == "Checking the rows…"
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.toolTip() == "Checking the rows…"
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    assert threads[0].startswith("import-preview")
    release.set()
    qtbot.waitUntil(lambda: not dialog.planning, timeout=20_000)
    assert dialog.summary.text().startswith("Will import 1 record")
    assert dialog.import_button.isEnabled()


def test_the_undo_step_of_an_import_names_the_import(qtbot, db: Database, desk: Desk) -> None:
    from collabdesk.store.history import Change, ChangeSet
    from collabdesk.ui.history.history_labels import action_label, describe

    step = ChangeSet("set", (Change("partner", 12, "import"),))
    assert describe(step) == "import partners from a file"
    assert action_label("import") == "imported (the whole import)"


def test_the_backup_before_an_import_runs_beside_a_turning_event_loop(
    qtbot, db: Database, desk: Desk, tmp_path: Path, prompts_log
) -> None:
    """At 400 MB the backup took ~2 s; the window kept turning while it ran."""
    import threading

    from PySide6.QtCore import QTimer

    source = tmp_path / "partners.csv"
    source.write_text("Название\r\nКофейня\r\n", encoding="utf-8")
    backed_up: list[str] = []
    gate = threading.Event()
    ticks: list[int] = []

    def backup() -> None:
        backed_up.append(threading.current_thread().name)
        assert gate.wait(5)  # held until the event loop has turned meanwhile

    table = desk.partner_transfer.read(source)
    dialog = ImportDialog(desk.partner_transfer, table, source.name, backup)
    qtbot.addWidget(dialog)
    dialog.wait_for_plan()
    timer = QTimer()
    timer.timeout.connect(lambda: (ticks.append(1), len(ticks) > 3 and gate.set()))
    timer.start(5)
    dialog.run_import()
    timer.stop()
    assert backed_up and backed_up[0] != threading.main_thread().name
    assert len(ticks) > 3  # the loop turned while the backup ran
    assert dialog.imported == 1 and desk.partners.count() == 1
