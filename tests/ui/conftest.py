"""UI tests: offscreen Qt, a temporary database and settings per test, and
message boxes replaced by a recorder so no test waits on a modal box."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from collabdesk import APP_NAME, ORG_NAME
from collabdesk.services.desk import Desk
from collabdesk.services.partner_directory import PartnerDirectory
from collabdesk.store.database import Database, open_database, sqlite_url
from collabdesk.ui.shell.main_window import MainWindow
from collabdesk.ui.widgets import prompts


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the developer's settings or data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv("COLLABDESK_DATA_DIR", raising=False)
    monkeypatch.delenv("COLLABDESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qs"))


@dataclass
class PromptRecorder:
    """Stands in for collabdesk.ui.widgets.prompts; answers are set per test."""

    confirm_answer: bool = False
    choose_answer: str | None = "cancel"
    calls: list[tuple[str, str, str]] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]

    def texts(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.calls if k == kind]


@pytest.fixture(autouse=True)
def prompts_log(monkeypatch: pytest.MonkeyPatch) -> PromptRecorder:
    log = PromptRecorder()

    def confirm(_parent: Any, title: str, text: str) -> bool:
        log.calls.append(("confirm", title, text))
        return log.confirm_answer

    def recorder(kind: str) -> Callable[[Any, str, str], None]:
        def show(_parent: Any, title: str, text: str) -> None:
            log.calls.append((kind, title, text))

        return show

    def choose(_parent: Any, title: str, text: str, _options: Any) -> str | None:
        log.calls.append(("choose", title, text))
        return log.choose_answer

    monkeypatch.setattr(prompts, "confirm", confirm)
    monkeypatch.setattr(prompts, "error", recorder("error"))
    monkeypatch.setattr(prompts, "info", recorder("info"))
    monkeypatch.setattr(prompts, "choose", choose)

    def conflict(_parent: Any, what: str, mine: str, theirs: str) -> str | None:
        log.calls.append(("conflict", what, f"{mine}\n---\n{theirs}"))
        return log.choose_answer

    from collabdesk.ui.widgets import conflict_dialog

    monkeypatch.setattr(conflict_dialog, "ask", conflict)
    return log


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "db.sqlite3"


@pytest.fixture
def db(db_path: Path, migrated_copy: Callable[[Path], None]) -> Iterator[Database]:
    migrated_copy(db_path)  # tests/conftest.py: migrated once
    database = open_database(sqlite_url(db_path))
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def desk(db: Database) -> Desk:
    return Desk.over(db.sessions)


@pytest.fixture
def demo_db(db: Database) -> Database:
    from collabdesk.services.demo import load_demo

    load_demo(db.sessions, "ru")
    return db


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Iterator[Callable[[Database], MainWindow]]:
    """A main window over `db`, wired the way app.py wires it."""
    directories: list[PartnerDirectory] = []

    def make(database: Database) -> MainWindow:
        from collabdesk.services.demo import load_demo

        assert database.sqlite_path is not None
        window = MainWindow(tmp_path)
        qtbot.addWidget(window)
        directory = PartnerDirectory.for_sqlite_file(database.sqlite_path)
        directories.append(directory)
        window.attach_directory(directory)
        window.attach_desk(Desk.over(database.sessions), partial(load_demo, database.sessions))
        window.show()
        return window

    yield make
    for directory in directories:
        directory.close()


@pytest.fixture
def watch_start(qapp: Any) -> Iterator[Callable[[str], Any]]:
    """`watch_start("editable")`: a tests/ui/paint_probe.py Probe on this
    process's QApplication, for a test that calls the real run_gui; it
    records the first paint and when editing works, and quits the run at
    the moment named. Removed after the test."""
    from tests.ui.paint_probe import Probe

    probes: list[Probe] = []

    def watch(until: str) -> Probe:
        probe = Probe(qapp, until)
        probes.append(probe)
        return probe

    yield watch
    for probe in probes:
        probe.stop()


AddPartners = Callable[..., None]


@pytest.fixture
def add_partners(db: Database) -> AddPartners:
    """Insert partners in one transaction (the mapper events keep the index)."""

    def add(names: list[str], **fields: Any) -> None:
        from collabdesk.domain.partner import Partner

        with db.sessions.begin() as session:
            for name in names:
                session.add(Partner(name=name, **fields))

    return add


@pytest.fixture(scope="session", autouse=True)
def _english_translations(qapp: Any) -> None:
    """The UI as a user with an English (or untranslated) system sees it: plural
    forms such as "1 partner" / "2 partners" come from collabdesk_en.qm."""
    from PySide6.QtCore import QLocale

    from collabdesk.ui.shell.i18n import load_translators

    load_translators(qapp, QLocale(QLocale.Language.English))


@pytest.fixture
def russian(qapp: Any) -> Iterator[None]:
    """The interface in Russian for one test (translators and locale), then back."""
    from PySide6.QtCore import QLocale

    from collabdesk.ui.shell.i18n import load_translators, locale_for

    locale = locale_for("ru")
    previous = QLocale()
    QLocale.setDefault(locale)
    translators = load_translators(qapp, locale)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
