"""Help → User guide (F1) opens the guide shipped in resources/guide, offline,
in the interface's language, with its pictures."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from collabdesk.store.database import Database
from collabdesk.ui.shell import user_guide
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.shell.user_guide import UserGuideWindow, guide_path, interface_language

FIRST_HEADING = {"en": "CollabDesk user guide", "ru": "Руководство пользователя CollabDesk"}


@pytest.fixture
def russian_interface() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    yield
    QLocale.setDefault(previous)


def open_with_f1(qtbot: Any, window: MainWindow) -> UserGuideWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.search, Qt.Key.Key_F1)
    guide = window.findChild(UserGuideWindow, "userGuide")
    assert isinstance(guide, UserGuideWindow), "F1 opened no guide"
    qtbot.waitUntil(guide.isVisible)
    return guide


def test_each_guide_starts_with_its_heading() -> None:
    for language, heading in FIRST_HEADING.items():
        text = guide_path(language).read_text(encoding="utf-8")
        assert text.splitlines()[0] == f"# {heading}"
    assert guide_path("de") == guide_path("en")


def test_f1_opens_the_english_guide(
    qtbot: Any, db: Database, make_window: Callable[[Database], MainWindow]
) -> None:
    window = make_window(db)
    assert window.guide_action.shortcut().toString() == "F1"
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()
    guide = open_with_f1(qtbot, window)
    text = guide.browser.toPlainText()
    assert text.startswith(FIRST_HEADING["en"])
    assert "Pitch…" in text
    # A second F1 brings the same window forward instead of another one.
    open_with_f1(qtbot, window)
    assert len(window.findChildren(UserGuideWindow)) == 1


def test_f1_opens_the_russian_guide_in_a_russian_interface(
    qtbot: Any,
    db: Database,
    make_window: Callable[[Database], MainWindow],
    russian_interface: None,
) -> None:
    assert interface_language() == "ru"
    window = make_window(db)
    text = open_with_f1(qtbot, window).browser.toPlainText()
    assert text.startswith(FIRST_HEADING["ru"])
    assert "Чек-лист" in text


def test_the_pictures_load_and_fit_the_window(qtbot: Any) -> None:
    guide = UserGuideWindow(None, "en")
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitUntil(guide.isVisible)
    document = guide.browser.document()
    names = [
        fmt.toImageFormat().name()
        for block in _blocks(document)
        for fmt in _fragment_formats(block)
        if fmt.isImageFormat()
    ]
    assert len(names) == 4, names
    for name in names:
        image = guide.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl(name)
        )
        assert isinstance(image, QImage) and not image.isNull(), name
        assert image.width() <= guide.browser.viewport().width()


def test_a_missing_guide_says_so(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(user_guide, "guide_path", lambda _language: tmp_path / "none.md")
    guide = UserGuideWindow(None, "en")
    qtbot.addWidget(guide)
    assert "user guide is missing" in guide.browser.toPlainText()
    assert str(tmp_path / "none.md") in guide.browser.toPlainText()


def _blocks(document: QTextDocument) -> Iterator[Any]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _fragment_formats(block: Any) -> Iterator[Any]:
    it = block.begin()
    while not it.atEnd():
        yield it.fragment().charFormat()
        it += 1
