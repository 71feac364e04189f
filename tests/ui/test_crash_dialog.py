"""An unexpected exception is written to the log with its traceback and
shown in plain words with "Copy details"; never a silent exit."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from collabdesk.log_file import LOG_NAME, setup_logging
from collabdesk.ui.shell import crash_dialog
from collabdesk.ui.shell.crash_dialog import CrashDialog, install_exception_hook


@pytest.fixture
def log_path(tmp_path):
    path = setup_logging(tmp_path / "logs")
    yield path
    for handler in list(logging.getLogger("collabdesk").handlers):
        handler.close()


def raise_and_hook(hook) -> None:
    try:
        {}["partner"]
    except KeyError:
        hook(*sys.exc_info())


def test_hook_logs_the_traceback_and_shows_the_dialog(qapp, log_path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(crash_dialog, "show_crash_dialog", lambda *args: shown.append(args))
    previous = sys.excepthook
    try:
        hook = install_exception_hook(log_path)
        assert sys.excepthook is hook
        raise_and_hook(hook)
    finally:
        sys.excepthook = previous

    for handler in logging.getLogger("collabdesk").handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'partner'" in logged
    assert len(shown) == 1
    details, where = shown[0]
    assert "KeyError: 'partner'" in details
    assert where == log_path


def test_exception_while_the_dialog_is_open_is_only_logged(qapp, log_path, monkeypatch) -> None:
    hook = crash_dialog.ExceptionHook(log_path)
    shown = []

    def show_and_fail_again(details, _where) -> None:
        shown.append(details)
        raise_and_hook(hook)  # a second failure inside the first dialog

    monkeypatch.setattr(crash_dialog, "show_crash_dialog", show_and_fail_again)
    raise_and_hook(hook)
    assert len(shown) == 1
    assert log_path.read_text(encoding="utf-8").count("unexpected exception") == 2


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot, tmp_path) -> None:
    dialog = CrashDialog("Traceback (most recent call last):\nKeyError: 'x'", tmp_path / LOG_NAME)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text().endswith("KeyError: 'x'")
    message = dialog.findChild(QLabel, "crashMessage")
    assert str(tmp_path / LOG_NAME) in message.text()
    assert dialog.copy_button.text() == "Copied"


def test_log_file_rotates_and_survives_an_unwritable_folder(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the logs folder should be")
    assert setup_logging(blocker / "logs") is None  # no log, but no crash either
    path = setup_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_NAME
    handler = next(
        h for h in logging.getLogger("collabdesk").handlers if h.get_name() == "collabdesk-file"
    )
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 4
    handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_dialog(qapp, qtbot, log_path, monkeypatch) -> None:
    """The real path: Qt calls a slot, the slot raises, PySide6 hands the
    exception to sys.excepthook, the program keeps running."""
    from PySide6.QtCore import QTimer

    shown = []
    monkeypatch.setattr(crash_dialog, "show_crash_dialog", lambda *args: shown.append(args))
    previous = sys.excepthook
    try:
        install_exception_hook(log_path)

        def broken_slot() -> None:
            raise ValueError("a date in the wrong format")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    finally:
        sys.excepthook = previous
    assert "ValueError: a date in the wrong format" in shown[0][0]


def test_crash_dialog_controls_have_accessible_names(qtbot, tmp_path) -> None:
    from collabdesk.ui.shell.crash_dialog import CrashDialog
    from tests.ui.accessible_names import unnamed_controls

    dialog = CrashDialog("Traceback…", tmp_path / "collabdesk.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert "%1" not in dialog.findChild(QLabel, "crashMessage").text()
