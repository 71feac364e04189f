"""The native pickers Settings opens: the logo file, the brand colour, the
data folder in the file manager. Tests replace them in settings_dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QColorDialog, QFileDialog, QWidget

translate = QCoreApplication.translate  # literal arguments: pyside6-lupdate finds them


def choose_logo_file(parent: QWidget | None, start: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("SettingsDialog", "Library logo"),
        start,
        translate("SettingsDialog", "Pictures (*.png *.jpg *.jpeg)"),
    )
    return path or None


def choose_colour(parent: QWidget | None, current: str) -> str | None:
    colour = QColorDialog.getColor(
        QColor(current), parent, translate("SettingsDialog", "Brand colour")
    )
    return colour.name().upper() if colour.isValid() else None


def open_folder(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
