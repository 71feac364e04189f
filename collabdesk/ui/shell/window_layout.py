"""The window's remembered layout: its size and place, and where the
partner list ends and the details begin, kept in QSettings between runs.
Read before the first paint, so only QtCore."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

SETTINGS_GEOMETRY = "mainWindow/geometry"
SETTINGS_SPLITTER = "mainWindow/splitter"


def restore_layout(window: QMainWindow, splitter: QSplitter) -> None:
    """As the person left it; the first time, a size that fits a 1366×768 laptop."""
    settings = QSettings()
    geometry = settings.value(SETTINGS_GEOMETRY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1100, 700)
        splitter.setSizes([640, 460])
    state = settings.value(SETTINGS_SPLITTER)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)


def save_layout(window: QMainWindow, splitter: QSplitter) -> None:
    settings = QSettings()
    settings.setValue(SETTINGS_GEOMETRY, window.saveGeometry())
    settings.setValue(SETTINGS_SPLITTER, splitter.saveState())
