"""The window asks for the shared server's password once, keeps it in the
keyring (a fake in-memory one here) and opens again (issue 19)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import keyring
import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from collabdesk.store.credentials import SERVICE, MissingPasswordError, connection_refused
from collabdesk.ui.shell import store_opening
from collabdesk.ui.shell.server_password import password_dialog, reason
from tests.unit.test_server_login import MemoryKeyring

URL = "postgresql+psycopg://anna_petrova@db.library.local/collabdesk"
SHOTS = Path(os.environ.get("COLLABDESK_SHOTS", "/tmp/collabdesk-shots"))


@pytest.fixture
def memory() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def _refusal() -> MissingPasswordError:
    refused = connection_refused(URL, Exception("fe_sendauth: no password supplied"))
    assert isinstance(refused, MissingPasswordError)
    return refused


def _look(qtbot: Any, name: str) -> None:
    dialog = password_dialog(
        None, reason("anna_petrova", "db.library.local/collabdesk", kept=False)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.findChild(QLineEdit).echoMode() == QLineEdit.EchoMode.Password
    assert dialog.width() <= 1366 and dialog.height() <= 768
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / name))


def test_the_dialog_hides_the_password_and_fits(qtbot: Any) -> None:
    _look(qtbot, "server-password-en.png")


def test_the_dialog_in_russian(qtbot: Any, russian: None) -> None:
    _look(qtbot, "server-password-ru.png")


def test_a_missing_password_is_asked_kept_and_the_data_opened_again(
    qtbot: Any, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    opening = store_opening.StartOpening(SimpleNamespace(window=window))  # type: ignore[arg-type]
    started: list[Any] = []
    monkeypatch.setattr(opening.worker, "start", lambda call, *_rest: started.append(call))
    monkeypatch.setattr(
        "collabdesk.ui.shell.server_password.ask_password", lambda _parent, _reason: "s3cret"
    )
    monkeypatch.setattr(opening, "_open", lambda read_only, step: ("opened", read_only))

    assert opening._asked_password(_refusal())
    assert started and started[0](lambda *_a: True) == ("opened", False)
    assert memory.kept == {(SERVICE, "anna_petrova@db.library.local:5432/collabdesk"): "s3cret"}


def test_cancelling_the_dialog_ends_with_the_sentence(
    qtbot: Any, memory: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    opening = store_opening.StartOpening(SimpleNamespace(window=window))  # type: ignore[arg-type]
    monkeypatch.setattr(
        "collabdesk.ui.shell.server_password.ask_password", lambda _parent, _reason: None
    )
    assert not opening._asked_password(_refusal())
    assert not opening._asked_password(RuntimeError("something else"))
    assert memory.kept == {}
