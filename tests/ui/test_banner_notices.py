"""The data notices (after a crash, a read-only folder) are lines on the
window's one banner: keyed, shown until dismissed, never a box in the way,
wrapped to a 1366×768 window in English and in Russian."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from collabdesk.ui.shell import data_notices
from collabdesk.ui.shell.banner import NoticeLine
from collabdesk.ui.shell.main_window import MainWindow

SHOTS = Path("/tmp")  # looked at by hand: tests do not keep them


def laptop_window(qtbot: Any, tmp_path: Path) -> MainWindow:
    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    return window


def fits(window: MainWindow, line: NoticeLine) -> None:
    """Every word on screen: the lines wrap inside the window, none is cut."""
    QApplication.processEvents()
    for label in (line.title, line.text):
        assert label.isVisible()
        assert label.width() <= window.width()
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (label.text()[:40], label.height(), needed)
    right = line.dismiss_button.mapTo(window, line.dismiss_button.rect().bottomRight())
    assert right.x() <= window.width()
    assert window.banner.height() < window.height() // 3  # the list keeps the window


def test_read_only_line_stays_until_the_data_is_writable(qtbot, tmp_path) -> None:
    window = laptop_window(qtbot, tmp_path)
    data_notices.show_for(window, checked_after_crash=False, read_only=True)
    assert window.banner.shown_keys() == ["readOnly"]
    assert window.banner.texts() == ["This data is read-only"]
    line = window.banner.findChild(NoticeLine, "readOnlyNotice")
    assert "no change can be saved here" in line.text.text()
    fits(window, line)
    data_notices.show_for(window, checked_after_crash=False, read_only=True)  # reopened
    assert window.banner.keys() == ["readOnly"]
    data_notices.show_for(window, checked_after_crash=False, read_only=False)  # a writable copy
    assert window.banner.keys() == [] and window.banner.isHidden()


def test_both_notices_dismissed_one_by_one(qtbot, tmp_path) -> None:
    window = laptop_window(qtbot, tmp_path)
    data_notices.show_for(window, checked_after_crash=True, read_only=True)
    assert window.banner.shown_keys() == ["uncleanShutdown", "readOnly"]
    crash = window.banner.findChild(NoticeLine, "uncleanShutdownNotice")
    fits(window, crash)
    window.grab().save(str(SHOTS / "shell14-notices-en.png"))
    assert crash.dismiss_button.accessibleName() == "Dismiss: CollabDesk was not closed properly"
    crash.dismiss_button.click()
    assert window.banner.shown_keys() == ["readOnly"]
    window.banner.findChild(NoticeLine, "readOnlyNotice").dismiss_button.click()
    assert window.banner.isHidden()


def test_notices_in_russian_fit_a_laptop_window(russian, qtbot, tmp_path) -> None:
    window = laptop_window(qtbot, tmp_path)
    data_notices.show_for(window, checked_after_crash=True, read_only=True)
    crash = window.banner.findChild(NoticeLine, "uncleanShutdownNotice")
    assert crash.title.text() == "CollabDesk в прошлый раз не был закрыт как следует"
    assert crash.text.text().startswith("В прошлый раз CollabDesk остановился")
    assert crash.dismiss_button.text() == "Скрыть"
    fits(window, crash)
    fits(window, window.banner.findChild(NoticeLine, "readOnlyNotice"))
    window.grab().save(str(SHOTS / "shell14-notices-ru.png"))


def test_meeting_mode_hides_the_notices_until_it_ends(qtbot, tmp_path) -> None:
    window = laptop_window(qtbot, tmp_path)
    data_notices.after_unclean_shutdown(window)
    window.banner.hold(["meeting"])  # in front of a partner: no office notices
    assert window.banner.isHidden()
    window.banner.hold(None)
    assert window.banner.shown_keys() == ["uncleanShutdown"]
