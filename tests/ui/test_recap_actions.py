"""Results… and Recap… on the selected collaboration: the results form keeps
what was typed (and says why it refuses), the Recap dialog writes the
partner's or the internal PDF in the background, and the buttons and their
menu twins are enabled only when they can work."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from collabdesk.domain.enums import Stage
from collabdesk.services.desk import Desk
from collabdesk.services.results import Results
from collabdesk.ui.collaborations import results_form
from collabdesk.ui.collaborations.results_form import NOT_COUNTED, ResultsForm
from collabdesk.ui.documents import recap_dialog
from collabdesk.ui.documents.recap_dialog import RecapDialog


def _id(desk: Desk, title: str) -> int:
    return next(r.id for r in desk.collaborations.rows() if r.title == title)


def _text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(re.sub(r"[ \u00a0]+", " ", text).split())


def test_results_form_saves_and_refuses_with_a_reason(demo_db: Any, desk: Desk, qtbot: Any) -> None:
    chosen = _id(desk, "Библиотека в креативном кластере")  # delivering
    form = ResultsForm(desk, chosen)
    qtbot.addWidget(form)
    assert form.attendance.value() == NOT_COUNTED
    assert form.attendance.text() == "not counted"
    form.attendance.setValue(1840)
    form.media.setValue(7)
    form.quotes.setPlainText("Лучшая суббота месяца\n\nНаконец-то библиотека, куда хочется")
    form.next_time.setPlainText("Летний марафон чтения")
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert form.saved
    kept = desk.results.get(chosen).results
    assert (kept.attendance, kept.impressions, kept.media_pieces) == (1840, None, 7)
    assert kept.quotes == ("Лучшая суббота месяца", "Наконец-то библиотека, куда хочется")
    assert kept.next_time == "Летний марафон чтения"

    early = ResultsForm(desk, _id(desk, "Кофе и книги"))  # only an idea
    qtbot.addWidget(early)
    early.attendance.setValue(3)
    qtbot.mouseClick(_save(early), Qt.MouseButton.LeftButton)
    assert not early.saved
    assert "once delivery has begun" in early.error.text()


def _save(form: ResultsForm) -> Any:
    from PySide6.QtWidgets import QPushButton

    button = form.findChild(QPushButton, "resultsSave")
    assert button is not None
    return button


def test_buttons_and_menu_follow_the_stage(
    make_window: Any, demo_db: Any, monkeypatch: Any
) -> None:
    window = make_window(demo_db)
    view = window.collaborations
    window.show_section(view)
    desk = window.desk
    idea = _id(desk, "Кофе и книги")
    view.select(idea)
    results_action = window.findChild(QAction, "resultsAction")
    recap_action = window.findChild(QAction, "recapAction")
    assert not view.buttons.results.isEnabled() and not results_action.isEnabled()
    assert "delivering" in view.buttons.results.toolTip()
    assert view.buttons.recap.isEnabled() and recap_action.isEnabled()

    delivering = _id(desk, "Библиотека в креативном кластере")
    view.select(delivering)
    assert view.buttons.results.isEnabled() and results_action.isEnabled()
    opened: list[int] = []
    monkeypatch.setattr(
        results_form, "open_results_form", lambda _p, _d, cid: opened.append(cid) or True
    )
    monkeypatch.setattr(recap_dialog, "open_recap_dialog", lambda _p, _d, cid: opened.append(-cid))
    view.buttons.results.click()
    recap_action.trigger()
    assert opened == [delivering, -delivering]


def test_recap_dialog_writes_both_versions_in_the_background(
    demo_db: Any, desk: Desk, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(recap_dialog, "open_document", lambda _path: None)
    chosen = _id(desk, "Библиотека в креативном кластере")
    desk.results.record(chosen, Results(attendance=1840))

    before = RecapDialog(desk, _id(desk, "Униформа для сотрудников"))
    qtbot.addWidget(before)
    assert "No results are recorded yet" in before.status.text()

    dialog = RecapDialog(desk, chosen)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == ""
    assert dialog.for_partner.isChecked()
    dialog.output.setText(str(tmp_path / "partner"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "interim" in dialog.status.text()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20_000)
    assert dialog.written == tmp_path / "partner.pdf"
    partner = _text(dialog.written)
    assert "ПРОМЕЖУТОЧНЫЕ ИТОГИ" in partner and "1 840" in partner
    assert "₽" not in partner and "Надёжность" not in partner

    internal = RecapDialog(desk, chosen)
    qtbot.addWidget(internal)
    internal.internal.setChecked(True)
    internal.language.setCurrentIndex(1)
    assert "internal recap" in internal.output.text() and "(en)" in internal.output.text()
    internal.output.setText(str(tmp_path / "internal.pdf"))
    qtbot.mouseClick(internal.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: internal.written is not None, timeout=20_000)
    text = _text(internal.written)
    assert "INTERNAL RECAP" in text and "Partner reliability" in text
    assert desk.collaborations.get(chosen).stage is Stage.DELIVERING
