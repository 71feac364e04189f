"""The change channel and run_operation (collabdesk/ui/operations): what a
commit announces, on which thread, to whom; how a refusal is said."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QThread
from PySide6.QtWidgets import QWidget

from collabdesk.domain.message import Message
from collabdesk.services.desk import Desk
from collabdesk.services.errors import NotFoundError, ServiceError
from collabdesk.services.partners import PartnerDraft
from collabdesk.store import trash
from collabdesk.store.database import Database
from collabdesk.store.errors import StoreError
from collabdesk.ui.operations.changes import (
    ALL_TABLES,
    PARTNER_TABLES,
    TRACKER_TABLES,
    TRASH,
    TRASH_ROOTS,
    ChangeChannel,
    Changes,
)
from collabdesk.ui.operations.run import Done, run_operation
from collabdesk.ui.shell.i18n import load_translators, locale_for
from collabdesk.ui.widgets.error_label import ErrorLabel


@pytest.fixture
def channel(qtbot: Any, desk: Desk) -> Iterator[ChangeChannel]:
    host = QWidget()
    qtbot.addWidget(host)
    made = ChangeChannel(host)
    made.attach(desk.history)
    yield made
    made.detach()


def heard_by(channel: ChangeChannel) -> list[Changes]:
    heard: list[Changes] = []
    channel.changed.connect(heard.append)
    return heard


def test_a_commit_names_its_tables_rows_and_the_trash(channel: ChangeChannel, desk: Desk) -> None:
    heard = heard_by(channel)
    record = desk.partners.create(PartnerDraft(name="Кинотеатр «Октябрь»"))
    assert len(heard) == 1
    created = heard[0]
    assert "partner" in created.tables and TRASH not in created.tables
    assert created.row_ids("partner") == {record.id}
    assert created.touches(PARTNER_TABLES) and not created.touches({"metric"})
    assert created.change_set is not None and created.origin == ""
    desk.partners.delete(record.id)
    assert heard[-1].touches({TRASH})  # a deleted partner went to the Trash
    desk.history.revert(heard[-1].change_set.id)  # type: ignore[union-attr]
    assert heard[-1].origin == "undo" and heard[-1].touches({TRASH})


def test_everything_touches_every_view() -> None:
    restore = Changes.all("restore")
    assert restore.touches(PARTNER_TABLES) and restore.touches(TRACKER_TABLES)
    assert restore.touches({TRASH}) and restore.origin == "restore"
    assert not Changes.of("metric").touches(PARTNER_TABLES)


def test_table_names_are_the_stores() -> None:
    from collabdesk.store.history import TRACKED

    # Spelt out in changes.py to keep SQLAlchemy out of the first paint.
    assert TRASH_ROOTS == trash.ROOTS
    assert frozenset(TRACKED) == ALL_TABLES


def test_a_commit_in_a_worker_thread_is_heard_on_the_gui_thread(
    qtbot: Any, channel: ChangeChannel, desk: Desk
) -> None:
    threads: list[QThread] = []
    channel.changed.connect(lambda _changes: threads.append(QThread.currentThread()))
    worker = threading.Thread(target=lambda: desk.partners.create(PartnerDraft(name="Из потока")))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(threads) == 1)
    app = QCoreApplication.instance()
    assert app is not None and threads == [app.thread()]


def test_a_follower_hears_only_its_tables_and_stops_with_its_owner(
    qtbot: Any, channel: ChangeChannel
) -> None:
    owner = QObject()
    heard: list[Changes] = []
    channel.follow(owner, {"metric"}, heard.append)
    channel.announce(Changes.of("partner"))
    channel.announce(Changes.of("metric"))
    assert [c.tables for c in heard] == [frozenset({"metric"})]
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not _alive(owner)
    channel.announce(Changes.all("restore"))
    assert len(heard) == 1


def _alive(thing: QObject) -> bool:
    try:
        thing.objectName()
    except RuntimeError:
        return False
    return True


def test_a_window_finds_its_channel(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    channel = ChangeChannel(window)
    inner = QWidget(QWidget(window))
    assert ChangeChannel.of(inner) is channel
    assert ChangeChannel.of(QWidget()) is None


# --- run_operation ------------------------------------------------------------------
def test_success_returns_the_value_and_announces(qtbot: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    heard = heard_by(ChangeChannel(window))
    done = run_operation(window, lambda: 7, failure_title="x", changes=Changes.all("demo"))
    assert done == Done(7)
    assert [c.origin for c in heard] == ["demo"]
    later = run_operation(window, lambda: 3, failure_title="x", changes=lambda n: Changes.of("t"))
    assert later == Done(3) and heard[-1].tables == {"t"}


def test_a_refusal_goes_to_the_error_label_in_the_users_language(qtbot: Any, qapp: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    heard = heard_by(ChangeChannel(window))
    label = ErrorLabel()
    qtbot.addWidget(label)
    message = Message("PartnerImport", "the same name as row %1", ("%2",))

    def refuse() -> None:
        raise ServiceError(message)

    previous = QLocale()
    QLocale.setDefault(locale_for("ru"))
    translators = load_translators(qapp, locale_for("ru"))
    try:
        done = run_operation(
            window, refuse, failure_title="x", error_label=label, changes=Changes.all("x")
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)
    assert done is None and heard == []  # nothing changed, nothing announced
    assert not label.isHidden()
    assert label.text().endswith("%2") and "the same name" not in label.text()  # Russian


def test_a_refusal_without_a_label_is_a_message_box(qtbot: Any, prompts_log: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def gone() -> None:
        raise NotFoundError(Message("PartnerService", "The partner no longer exists."))

    assert run_operation(window, gone, failure_title="Not deleted") is None
    assert prompts_log.calls == [("error", "Not deleted", "The partner no longer exists.")]

    def locked() -> None:
        raise StoreError(Message("Store", "The database is locked."))

    assert run_operation(window, locked, failure_title="Busy") is None
    assert prompts_log.kinds() == ["error", "error"]


def test_a_file_error_is_a_refusal_only_when_asked(qtbot: Any, prompts_log: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)

    def unreadable() -> None:
        raise PermissionError(13, "Permission denied", "/media/stick/a.csv")

    assert run_operation(window, unreadable, failure_title="t", expected=(OSError,)) is None
    assert prompts_log.texts("error") == ["/media/stick/a.csv: Permission denied"]
    with pytest.raises(PermissionError):  # a bug elsewhere: the crash dialog's
        run_operation(window, unreadable, failure_title="t")


def test_a_view_refreshes_after_another_views_commit(make_window: Any, db: Database) -> None:
    """The window's channel is attached with the services: the list follows
    a partner created through any Desk over the same database."""
    window = make_window(db)
    Desk.over(db.sessions).partners.create(PartnerDraft(name="Новый партнёр"))
    assert window.model.total == 1


def test_progress_shows_only_for_long_work_and_can_cancel(qtbot: Any) -> None:
    import time

    from PySide6.QtWidgets import QProgressDialog

    from collabdesk.ui.operations.run import PROGRESS_DELAY_MS, progress_steps

    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def shown() -> bool:
        dialog = window.findChild(QProgressDialog, "quick")
        return dialog is not None and dialog.isVisible()

    with progress_steps(window, "Importing…", 1000, name="quick") as step:
        assert all(step(done, 1000) for done in range(1000))  # fast: never shown
        assert not shown()

    seen_visible = False
    with progress_steps(window, "Importing…", 20, name="slow") as step:
        for done in range(20):
            time.sleep(PROGRESS_DELAY_MS / 1000 / 5)
            step(done, 20)
            dialog = window.findChild(QProgressDialog, "slow")
            seen_visible = seen_visible or (dialog is not None and dialog.isVisible())
        assert seen_visible
        dialog = window.findChild(QProgressDialog, "slow")
        assert dialog is not None
        dialog.cancel()
        assert step(20, 20) is False  # the service stops at its next step


def test_a_deleted_window_stops_listening(qtbot: Any, desk: Desk, caplog: Any) -> None:
    window = QWidget()
    channel = ChangeChannel(window)
    channel.attach(desk.history)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    desk.partners.create(PartnerDraft(name="После окна"))  # no listener left to fail
    assert "history listener failed" not in caplog.text
