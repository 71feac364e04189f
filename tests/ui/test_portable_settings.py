"""In portable mode QSettings is an INI file in the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from collabdesk.ui.shell.app_settings import use_settings_folder


def test_settings_are_written_into_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "stick" / "data"
    use_settings_folder(data)
    settings = QSettings()
    settings.setValue("ui/language", "ru")
    settings.sync()

    assert Path(settings.fileName()).is_relative_to(data)
    assert settings.format() == QSettings.Format.IniFormat
    assert "language=ru" in Path(settings.fileName()).read_text(encoding="utf-8")


def test_no_folder_leaves_the_settings_where_they_were(tmp_path: Path) -> None:
    before = QSettings().fileName()
    use_settings_folder(None)
    assert QSettings().fileName() == before
