"""The tracker dock: filter to overdue, mark delivered with a proof file,
open a proof, the start-up reminder and reputation on the partner page."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QLabel

from collabdesk.domain.enums import CommitmentStatus, Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import CommitmentDraft
from collabdesk.services.commitment_tracker import DueWindow
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database
from collabdesk.ui.commitments import commitment_dialogs
from collabdesk.ui.commitments.commitment_table_model import CommitmentTableModel
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
from collabdesk.ui.commitments.commitments_section import CommitmentsSection, show_start_reminders
from collabdesk.ui.shell.main_window import MainWindow

TODAY = date.today()


def shot(widget: Any, name: str) -> None:
    """Screenshots for a person to look at, only when COLLABDESK_SHOTS names a folder."""
    folder = os.environ.get("COLLABDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


@pytest.fixture
def seeded(desk: Desk) -> dict[str, int]:
    pid = desk.partners.create(PartnerDraft(name="Пекарня <b>Хлеб</b>")).id
    cid = desk.collaborations.create(CollaborationDraft(title="Ярмарка", partner_ids=(pid,))).id
    ids = {"partner": pid, "collab": cid}
    for key, direction, days, text in (
        ("ours_late", Direction.LIBRARY_GIVES, -4, "Зал для ярмарки"),
        ("theirs_late", Direction.PARTNER_GIVES, -2, "Выпечка для гостей 🥐"),
        ("soon", Direction.LIBRARY_GIVES, 3, "Пост в соцсетях"),
        ("later", Direction.PARTNER_GIVES, 40, "Скидка читателям"),
    ):
        ids[key] = desk.commitments.add(
            cid,
            CommitmentDraft(
                direction, text, partner_id=pid, due_on=TODAY + timedelta(days=days), owner="Анна"
            ),
        ).id
    return ids


@pytest.fixture
def window(
    make_window: Callable[[Database], MainWindow], db: Database, seeded: Any, tmp_path: Path
) -> MainWindow:
    """Wired as app.py wires it: proofs are copied into the data folder."""
    made = make_window(db)
    made.attach_desk(Desk.over(db.sessions, data_dir=tmp_path / "data"))
    return made


def pane_of(window: MainWindow) -> CommitmentTrackerPane:
    dock = window.findChild(CommitmentsSection, "commitmentsSection")
    assert dock is not None
    return dock.tracker


def shown_ids(pane: CommitmentTrackerPane) -> list[int]:
    return [
        pane.model.data(pane.model.index(r, 0), CommitmentTableModel.COMMITMENT_ID_ROLE)
        for r in range(pane.model.rowCount())
    ]


def select(pane: CommitmentTrackerPane, commitment_id: int) -> None:
    assert pane.select_commitment(commitment_id)


def test_filter_to_overdue_marks_rows_in_words_and_colour(
    window: MainWindow, seeded: dict[str, int], qtbot: Any
) -> None:
    pane = pane_of(window)
    assert pane.table.objectName() == "commitmentTable"
    assert len(shown_ids(pane)) == 4
    pane.window_filter.setCurrentIndex(pane.window_filter.findData(DueWindow.OVERDUE.value))
    assert shown_ids(pane) == [seeded["ours_late"], seeded["theirs_late"]]
    model = pane.model
    status = model.data(model.index(0, CommitmentTableModel.STATUS))
    assert status.startswith("OVERDUE")
    assert model.data(model.index(0, CommitmentTableModel.DUE)).endswith("(4 days late)")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.data(model.index(0, CommitmentTableModel.STATUS), 1).isNull()  # icon
    assert model.data(model.index(0, CommitmentTableModel.PARTNER)) == "Пекарня <b>Хлеб</b>"
    assert pane.count_label.text() == "2 commitments"
    pane.direction_filter.setCurrentIndex(
        pane.direction_filter.findData(Direction.PARTNER_GIVES.value)
    )
    assert shown_ids(pane) == [seeded["theirs_late"]]
    pane.search.setText("нет такого")  # read on the worker (commitment_table_model)
    qtbot.waitUntil(lambda: not pane.model.searching)
    assert pane.stack.currentWidget() is pane.empty
    assert "No commitment matches" in pane.empty.text()
    pane.reset_filters(DueWindow.OVERDUE)
    window.resize(1300, 800)
    shot(window, "4-tracker-overdue.png")


def test_sorting_by_a_column_header(window: MainWindow, seeded: dict[str, int]) -> None:
    pane = pane_of(window)
    pane.table.sortByColumn(CommitmentTableModel.DESCRIPTION, Qt.SortOrder.AscendingOrder)
    texts = [
        pane.model.data(pane.model.index(r, CommitmentTableModel.DESCRIPTION))
        for r in range(pane.model.rowCount())
    ]
    assert texts == sorted(texts)
    pane.table.sortByColumn(CommitmentTableModel.DUE, Qt.SortOrder.DescendingOrder)
    assert shown_ids(pane)[0] == seeded["later"]


def test_mark_delivered_with_a_proof_file_then_open_it(
    window: MainWindow,
    seeded: dict[str, int],
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
) -> None:
    scan = tmp_path / "акт.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    pane = pane_of(window)
    select(pane, seeded["ours_late"])
    seen: list[QDialog] = []

    def fill_and_accept(dialog: Any) -> int:
        seen.append(dialog)
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(-1))
        dialog.file_edit.setText(str(tmp_path / "missing.pdf"))
        dialog.save()  # refused: the dialog stays open and says why
        assert dialog.error.isVisible() or "does not exist" in dialog.error.text()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.file_edit.setText(str(scan))
        dialog.note_edit.setPlainText("Подписан <b>обеими</b> сторонами")
        dialog.by_edit.setText("Анна")
        shot(dialog, "4-deliver-dialog.png")
        dialog.save()
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
        return dialog.result()

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", fill_and_accept)
    pane.deliver_button.click()
    assert seen and prompts_log.calls == []
    record = desk.commitments.get(seeded["ours_late"])
    assert record.status is CommitmentStatus.DELIVERED
    assert record.delivered_on == TODAY - timedelta(days=1)
    [proof] = desk.proofs.for_commitment(record.id)
    assert proof.note == "Подписан <b>обеими</b> сторонами" and proof.added_by == "Анна"
    # the row is still selected and its proof is listed
    assert pane.selected_row() is not None and pane.selected_row().id == record.id
    assert pane.proof_list.count() == 1 and "акт.pdf" in pane.proof_list.item(0).text()
    assert "OVERDUE" not in pane.model.data(pane.model.index(0, CommitmentTableModel.STATUS))
    opened: list[QUrl] = []
    monkeypatch.setattr(commitment_dialogs, "open_location", lambda url: opened.append(url) or True)
    pane.open_proof_button.click()
    [url] = opened
    assert Path(url.toLocalFile()).read_bytes() == b"%PDF-1.4 signed"
    assert Path(url.toLocalFile()).parent.name == "proofs"


def test_delivered_without_proof_is_a_visible_state_and_filter(
    window: MainWindow, seeded: dict[str, int], monkeypatch: pytest.MonkeyPatch, prompts_log: Any
) -> None:
    pane = pane_of(window)
    select(pane, seeded["soon"])
    prompts_log.confirm_answer = True  # "Mark delivered without proof?" → yes
    monkeypatch.setattr(commitment_dialogs, "exec_dialog", lambda d: d.save() or d.result())
    pane.deliver_button.click()
    assert prompts_log.kinds() == ["confirm"]
    pane.no_proof_filter.setChecked(True)
    assert shown_ids(pane) == [seeded["soon"]]
    status = pane.model.data(pane.model.index(0, CommitmentTableModel.STATUS))
    assert status == "Delivered · no proof"


def test_waive_miss_and_make_good(
    window: MainWindow,
    seeded: dict[str, int],
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
) -> None:
    pane = pane_of(window)
    select(pane, seeded["later"])
    monkeypatch.setattr(commitment_dialogs, "ask_text", lambda *_: "   ")
    pane.waive_button.click()  # an empty reason is refused with a message
    assert prompts_log.kinds() == ["error"] and "reason" in prompts_log.texts("error")[0]
    monkeypatch.setattr(commitment_dialogs, "ask_text", lambda *_: "Партнёр закрылся")
    select(pane, seeded["later"])
    pane.waive_button.click()
    assert desk.commitments.get(seeded["later"]).waived_reason == "Партнёр закрылся"

    prompts_log.confirm_answer = True
    select(pane, seeded["theirs_late"])
    pane.miss_button.click()
    assert desk.commitments.get(seeded["theirs_late"]).status is CommitmentStatus.MISSED
    assert pane.make_good_button.isEnabled()

    def accept(dialog: Any) -> int:
        dialog.description.setText("Выпечка на следующую встречу")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(commitment_dialogs, "exec_dialog", accept)
    pane.make_good_button.click()
    row = pane.selected_row()
    assert row is not None and row.make_good_for_id == seeded["theirs_late"]
    assert row.description == "Выпечка на следующую встречу"


def test_start_up_reminder_lists_items_and_links_to_the_tracker(
    window: MainWindow, seeded: dict[str, int]
) -> None:
    banner = show_start_reminders(window)
    assert banner is not None and banner.isVisible()
    text = banner.text.text()
    lines = text.splitlines()
    assert lines[0].startswith("3 commitments overdue or due within 7 days.")
    assert "The library itself is late" in lines[0]
    assert "Зал для ярмарки" in lines[1] and "OVERDUE 4 d" in lines[1]  # ours first
    assert "Пост в соцсетях" in lines[2]
    assert "Выпечка для гостей 🥐" in lines[3] and "Пекарня <b>Хлеб</b>" in lines[3]
    assert banner.text.textFormat() == Qt.TextFormat.PlainText
    window.resize(1300, 800)
    shot(window, "4-reminder.png")
    pane = pane_of(window)
    pane.search.setText("something else")
    banner.show_button.click()
    assert pane.window_filter.currentData() == DueWindow.SOON.value and pane.search.text() == ""
    assert sorted(shown_ids(pane)) == sorted(
        [seeded["ours_late"], seeded["theirs_late"], seeded["soon"]]
    )
    banner.dismiss_button.click()


def test_no_reminder_when_nothing_is_due(
    make_window: Callable[[Database], MainWindow], db: Database
) -> None:
    window = make_window(db)
    assert show_start_reminders(window) is None
    pane = pane_of(window)
    assert pane.stack.currentWidget() is pane.empty
    assert "No commitments yet" in pane.empty.text()


def test_reputation_on_the_partner_page_and_dashboard(
    window: MainWindow, seeded: dict[str, int], qtbot: Any
) -> None:
    window.select_partner(seeded["partner"])
    label = window.details.findChild(QLabel, "detailReputation")
    assert label is not None
    assert label.text().splitlines() == [
        "Theirs: 0% on time (0 of 1); 1 overdue",
        "Ours to them: 0% on time (0 of 1); 1 overdue",
    ]
    dock = window.findChild(CommitmentsSection, "commitmentsSection")
    assert dock is not None
    window.show_section(dock)  # the dashboard is computed when shown
    dock.tabs.setCurrentWidget(dock.dashboard)
    # The first partners show at once; the whole is counted in a worker.
    assert dock.dashboard.model.text(0, 0) == "Пекарня <b>Хлеб</b>"
    qtbot.waitUntil(lambda: not dock.dashboard.counting)
    assert dock.dashboard.overdue_label.text().startswith("The library is late on 1")
    assert dock.dashboard.model.text(0, 0) == "Пекарня <b>Хлеб</b>"
    dock.tabs.setCurrentWidget(dock.dashboard)
    window.resize(1300, 800)
    shot(window, "4-dashboard.png")


def test_per_collaboration_pane_shows_the_value_balance(
    qtbot: Any, desk: Desk, seeded: dict[str, int]
) -> None:
    from decimal import Decimal

    desk.commitments.add(
        seeded["collab"],
        CommitmentDraft(Direction.LIBRARY_GIVES, "Реклама", value=Decimal("9000"), currency="RUB"),
    )
    desk.commitments.add(
        seeded["collab"],
        CommitmentDraft(Direction.PARTNER_GIVES, "Torte", value=Decimal("20"), currency="EUR"),
    )
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        pane = CommitmentTrackerPane(seeded["collab"])
        qtbot.addWidget(pane)
        pane.set_desk(desk)
        lines = pane.balance_label.text().splitlines()
    finally:
        QLocale.setDefault(previous)
    assert lines[0].startswith("EUR: we give €0 ") and lines[0].endswith("one-sided!")
    assert lines[1].startswith("RUB: we give ₽9,000 ")
    assert pane.model.total == 6


def test_add_proof_later_and_a_lost_file_is_explained(
    window: MainWindow,
    seeded: dict[str, int],
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    prompts_log: Any,
) -> None:
    photo = tmp_path / "фото стенда.jpg"
    photo.write_bytes(b"jpeg")
    pane = pane_of(window)
    select(pane, seeded["soon"])
    monkeypatch.setattr(commitment_dialogs, "choose_proof_file", lambda _parent: str(photo))
    pane.add_proof_button.click()
    assert pane.proof_list.count() == 1 and "фото стенда.jpg" in pane.proof_list.item(0).text()
    [proof] = desk.proofs.for_commitment(seeded["soon"])
    assert proof.added_at is not None
    (tmp_path / "data" / "proofs" / proof.stored_name).unlink()  # someone tidied the folder
    opened: list[QUrl] = []
    monkeypatch.setattr(commitment_dialogs, "open_location", lambda url: opened.append(url) or True)
    pane.open_proof_button.click()
    assert opened == []
    assert prompts_log.kinds() == ["error"] and "missing" in prompts_log.texts("error")[0]


def test_reminders_follow_new_data_and_deliveries(
    make_window: Callable[[Database], MainWindow], db: Database, desk: Desk
) -> None:
    from collabdesk.services.demo import load_demo
    from collabdesk.ui.commitments.commitments_section import ReminderBanner

    def banner() -> ReminderBanner | None:
        line = window.banner.line("reminders")
        return line if isinstance(line, ReminderBanner) else None

    window = make_window(db)
    assert show_start_reminders(window) is None and banner() is None
    # Demo data loaded after the window opened (the welcome dialog does this).
    load_demo(db.sessions, "en")  # committed: the window's change channel hears it
    pane = pane_of(window)
    assert pane.model.rowCount() > 0  # the tracker followed
    shown = banner()
    assert shown is not None and "OVERDUE" in shown.text.text()
    overdue = [r for r in desk.tracker.reminders(date.today())[0] if r.overdue]
    for row in overdue:
        desk.commitments.deliver(row.id, date.today())
    pane.changed.emit()  # what the tracker says after a delivery
    now = banner()
    assert now is None or "OVERDUE" not in now.text.text()
