"""The Statistics section and the Pitch dialog, driven through their widgets:
metrics and figures typed in, a spreadsheet imported, a pitch written in a
worker thread, and a batch export that can be cancelled."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton

from collabdesk.ui.documents import batch_export, pitch_dialog
from collabdesk.ui.documents.batch_export import BatchExport
from collabdesk.ui.documents.pitch_dialog import PitchDialog
from collabdesk.ui.statistics import statistics_import_bar, statistics_view
from collabdesk.ui.statistics.statistics_view import FigureTableModel, StatisticsView


def open_statistics(window: Any) -> StatisticsView:
    view = window.findChild(StatisticsView, "statisticsView")
    window.show_section(view)
    return view


def answers(monkeypatch: pytest.MonkeyPatch, *values: str) -> None:
    queue = list(values)
    monkeypatch.setattr(statistics_view, "ask_text", lambda *_a, **_k: queue.pop(0))


def test_add_a_metric_and_type_its_figures(make_window, db, desk, qtbot, monkeypatch, prompts_log):
    window = make_window(db)
    view = open_statistics(window)
    assert view.stack.currentIndex() == 1  # the empty state says what to do
    assert "import a spreadsheet" in view.findChild(QLabel, "statisticsEmpty").text()

    answers(monkeypatch, "Посещения <b>", "чел.")
    qtbot.mouseClick(view.findChild(QPushButton, "addFirstMetricButton"), Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == 0
    assert view.metric_model.data(view.metric_model.index(0)) == "Посещения <b> (чел.)"

    qtbot.mouseClick(view.findChild(QPushButton, "addFigureButton"), Qt.MouseButton.LeftButton)
    model = view.figure_model
    assert model.rowCount() == 1
    value = model.index(0, FigureTableModel.VALUE)
    assert model.setData(value, "1 234,5")
    assert [f.value for f in desk.metrics.all()] == [Decimal("1234.50")]
    assert not model.setData(value, "много")
    assert prompts_log.texts("error") == ["'много' is not a number."]
    assert [f.value for f in desk.metrics.all()] == [Decimal("1234.50")]

    assert b"clipPath" not in view.svg and b"clip-path" not in view.svg
    assert view.chart.renderer().isValid()


def test_import_a_spreadsheet_through_the_view(
    make_window, db, desk, tmp_path, monkeypatch, qtbot, prompts_log
):
    good = tmp_path / "stats.csv"
    good.write_text("Показатель;Январь 2026;Февраль 2026\nПодписчики;10 100;10 250\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("Показатель;Январь 2026\nПосещения;abc\n")
    window = make_window(db)
    view = open_statistics(window)
    monkeypatch.setattr(statistics_import_bar, "choose_import_file", lambda _parent: bad)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert "row 2, column B: 'abc' is not a number" in prompts_log.texts("error")[0]
    assert desk.metrics.all() == []

    monkeypatch.setattr(statistics_import_bar, "choose_import_file", lambda _parent: good)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert prompts_log.texts("info") == ["2 figures imported from stats.csv."]
    assert view.current_metric() == "Подписчики"
    assert view.figure_model.rowCount() == 2


def test_pitch_dialog_writes_the_pdf_in_a_worker(
    demo_db, desk, qtbot, tmp_path, monkeypatch, prompts_log
):
    opened: list[Path] = []
    monkeypatch.setattr(pitch_dialog, "open_document", opened.append)
    collab = next(r for r in desk.collaborations.rows() if r.partner_names)
    dialog = PitchDialog(desk, collab.id)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QComboBox, "pitchPartner").currentText() == collab.partner_names[0]
    dialog.findChild(QComboBox, "pitchLanguage").setCurrentIndex(1)  # English
    stats = dialog.findChild(QListWidget, "pitchStatistics")
    for i in range(stats.count()):
        stats.item(i).setCheckState(Qt.CheckState.Unchecked)
    stats.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.sections["contacts"].setChecked(False)
    target = tmp_path / "pitch"
    dialog.output.setText(str(target))
    prompts_log.confirm_answer = False  # "No" to the warning: nothing written
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written is None and not target.with_suffix(".pdf").exists()
    prompts_log.confirm_answer = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.written == tmp_path / "pitch.pdf"
    assert opened == [dialog.written]
    # Required partner-facing answers are empty in the demo: warned, not blocked.
    warned = [text for kind, _title, text in prompts_log.calls if kind == "confirm"]
    assert warned and "still empty" in warned[0] and "What is unique about the idea?" in warned[0]
    text = "".join(page.extract_text() for page in PdfReader(dialog.written).pages)
    assert collab.partner_names[0] in text
    assert stats.item(0).text() in text
    assert stats.item(1).text() not in text
    assert "Let's talk" not in text


def test_pitch_button_asks_for_the_collaboration(make_window, demo_db, monkeypatch, qtbot):
    window = make_window(demo_db)
    open_statistics(window)
    calls: list[int] = []
    monkeypatch.setattr(pitch_dialog, "choose_collaboration", lambda _p, _d: 3)
    monkeypatch.setattr(pitch_dialog, "open_pitch_dialog", lambda _p, _d, cid: calls.append(cid))
    qtbot.mouseClick(
        window.findChild(QPushButton, "statisticsPitchButton"), Qt.MouseButton.LeftButton
    )
    assert calls == [3]


def test_batch_export_writes_every_pitch(
    make_window, demo_db, desk, tmp_path, monkeypatch, qtbot, prompts_log
):
    window = make_window(demo_db)
    view = open_statistics(window)
    monkeypatch.setattr(batch_export, "choose_folder", lambda _parent: tmp_path)
    qtbot.mouseClick(view.findChild(QPushButton, "batchPitchButton"), Qt.MouseButton.LeftButton)
    assert view.batch is not None
    qtbot.waitUntil(lambda: view.batch.finished, timeout=30_000)
    count = len(desk.collaborations.rows())
    assert len(list(tmp_path.glob("*.pdf"))) == count
    assert prompts_log.texts("info") == [f"{count} of {count} pitches were written."]


def test_batch_export_can_be_cancelled(demo_db, desk, tmp_path, qtbot, prompts_log):
    ids = [r.id for r in desk.collaborations.rows()] * 20
    batch = BatchExport(None, desk, ids, tmp_path, "ru")
    cancel = batch.dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # pressed at once
    qtbot.waitUntil(lambda: batch.finished, timeout=30_000)
    assert batch.job.cancelled
    assert len(batch.written) < len(ids)
    assert prompts_log.texts("info")[0].startswith("Cancelled:")
    assert not list(tmp_path.glob(".*"))  # no half-written temporary files


def test_one_pitch_written_reads_in_the_singular(demo_db, desk, tmp_path, qtbot, prompts_log):
    batch = BatchExport(None, desk, [desk.collaborations.rows()[0].id], tmp_path, "en")
    qtbot.waitUntil(lambda: batch.finished, timeout=30_000)
    assert prompts_log.texts("info") == ["1 of 1 pitch was written."]


def test_window_starts_without_reportlab() -> None:
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from collabdesk.ui.shell.main_window import MainWindow; w = MainWindow(); w.show();"
        "print('reportlab' in sys.modules, 'openpyxl' in sys.modules)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_view_models_pass_the_model_tester(make_window, demo_db, qtmodeltester):
    window = make_window(demo_db)
    view = open_statistics(window)
    qtmodeltester.check(view.metric_model)
    qtmodeltester.check(view.figure_model)
    assert date(2000, 1, 1) < view.figure_model.rows[0].period_start


def test_the_chart_is_never_shrunk_below_its_drawing(demo_db, desk, make_window, qtbot) -> None:
    """In a short window the chart keeps the height its drawing has, so its
    labels stay readable."""
    from collabdesk.ui.statistics.statistics_chart import CHART_MIN_HEIGHT, CHART_MIN_WIDTH

    window = make_window(demo_db)
    window.resize(1100, 650)
    view = open_statistics(window)
    qtbot.waitUntil(lambda: view.chart.renderer().isValid())
    assert view.chart.height() >= CHART_MIN_HEIGHT and view.chart.width() >= CHART_MIN_WIDTH
    drawn = view.chart.renderer().defaultSize()
    assert drawn.height() <= view.chart.height() and drawn.width() <= view.chart.width()


def test_the_view_refuses_the_database_itself_as_a_statistics_file(
    make_window, db, desk, monkeypatch, qtbot, prompts_log
):
    window = make_window(db)
    view = open_statistics(window)
    monkeypatch.setattr(statistics_import_bar, "choose_import_file", lambda _parent: db.sqlite_path)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert "own database" in prompts_log.texts("error")[0]
    assert desk.metrics.all() == []


def test_batch_export_keeps_qobject_parent_and_thread(
    make_window, demo_db, desk, tmp_path, qtbot, prompts_log
):
    """BatchExport once assigned `self.parent` and `self.thread`, hiding
    QObject.parent() and QObject.thread(): Qt's own calls then broke."""
    from PySide6.QtCore import QObject, QThread

    view = open_statistics(make_window(demo_db))
    first = desk.collaborations.rows()[0].id
    batch = BatchExport(view, desk, [first], tmp_path, "en")
    assert callable(batch.parent) and batch.parent() is view
    assert callable(batch.thread) and batch.thread() is QThread.currentThread()
    assert QObject.parent(batch) is view
    qtbot.waitUntil(lambda: batch.finished, timeout=30_000)
    assert prompts_log.texts("info") == ["1 of 1 pitch was written."]


def test_without_collaborations_pitch_buttons_say_why(make_window, db) -> None:
    empty = open_statistics(make_window(db))
    assert not empty.pitch_button.isEnabled() and not empty.batch_button.isEnabled()
    assert "no collaborations" in empty.pitch_button.toolTip()
    assert "Choose a metric" in empty.up_button.toolTip()


def test_statistics_buttons_say_why_they_wait(make_window, demo_db, desk) -> None:
    """Up on the first metric, Delete figure without figures: disabled, and
    the tooltip says why."""
    from datetime import date
    from decimal import Decimal

    desk.statistics.define("Newcomers", "people")
    view = open_statistics(make_window(demo_db))
    view.refresh("Newcomers")
    assert view.current_metric() == "Newcomers"
    assert not view.delete_figure_button.isEnabled()
    assert "no figures" in view.delete_figure_button.toolTip()
    desk.metrics.record("Newcomers", date(2026, 1, 1), Decimal(3), "people")
    view.refresh()
    assert view.delete_figure_button.isEnabled()
    view.metric_list.setCurrentIndex(view.metric_model.index(0))
    assert not view.up_button.isEnabled() and "first" in view.up_button.toolTip()
    assert view.down_button.isEnabled() and view.pitch_button.isEnabled()
