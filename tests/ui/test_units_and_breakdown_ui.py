"""Settings ▸ Units, the quiet hint under a unit nobody gave forms, number
cells that read as people write them, and the Statistics section's
breakdown by category."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTabWidget

from collabdesk.domain import units
from collabdesk.services.desk import Desk
from collabdesk.ui.shell import unit_forms
from collabdesk.ui.shell.settings_dialog import SettingsDialog
from collabdesk.ui.shell.unit_forms import UnitFormsEditor, UnitHint
from collabdesk.ui.statistics import statistics_breakdown
from collabdesk.ui.statistics.advertising_dialog import AdvertisingDialog
from collabdesk.ui.statistics.statistics_view import FigureTableModel, StatisticsView

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _english_locale() -> Any:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)
    units.units_from_database(None)


def test_units_page_adds_and_removes_a_word(qtbot: Any, desk: Desk) -> None:
    editor = UnitFormsEditor(desk.units)
    qtbot.addWidget(editor)
    editor.prefill("стенд")
    assert editor.language_code() == "ru"
    assert not editor.forms["other"].isEnabled()  # Russian: one, few, many
    editor.forms["few"].setText("стенда")
    assert not editor.add()
    assert "Give the form that goes with 0, 5, 6" in editor.error.text()
    editor.forms["many"].setText("стендов")
    assert editor.add()
    assert editor.table.rowCount() == 1 and editor.table.item(0, 3).text() == "стендов"
    assert units.unit_for(5, "стенд") == "стендов"
    editor.language.setEditText("uk")
    assert editor.language_code() == "uk" and editor.forms["other"].isEnabled()
    editor.table.setCurrentCell(0, 1)
    editor.remove()
    assert editor.table.rowCount() == 0 and desk.units.all() == []


def test_settings_has_a_units_tab_when_the_window_has_a_database(make_window, db) -> None:
    window = make_window(db)
    dialog = SettingsDialog(window.desk.library, None, window)
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert "Units" in [tabs.tabText(i) for i in range(tabs.count())]
    assert dialog.findChild(UnitFormsEditor) is not None
    bare = SettingsDialog(None, None)  # no window, no database: no units tab
    assert bare.findChild(UnitFormsEditor) is None


def test_advertising_cells_read_as_people_write_and_unknown_units_are_hinted(
    qtbot: Any, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collabdesk.services.advertising import AdItemDraft

    desk.advertising.add_item(AdItemDraft("Stand in the hall", "стенд", 12000, Decimal("3000.00")))
    desk.advertising.add_item(AdItemDraft("Post", "post", 800, Decimal("1500.5")))
    dialog = AdvertisingDialog(desk.advertising, units=desk.units)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    stand, post = rows["Stand in the hall"], rows["Post"]
    assert dialog.table.item(stand, 2).text() == "12,000"
    assert dialog.table.item(stand, 3).text() == "3,000"  # not "3000.00"
    assert dialog.table.item(post, 3).text() == "1,500.50"
    dialog.table.setCurrentCell(post, 1)
    assert not dialog.unit_hint.isVisible()  # "post" has its forms
    dialog.table.setCurrentCell(stand, 1)
    assert dialog.unit_hint.isVisible()
    assert dialog.unit_hint.label.text() == "“стенд” has no plural forms yet: it prints as typed."

    def fill_in(dialog: Any) -> bool:
        dialog.editor.forms["few"].setText("стенда")
        dialog.editor.forms["many"].setText("стендов")
        dialog.save()
        return dialog.result() == 1

    monkeypatch.setattr(unit_forms, "run_forms_dialog", fill_in)
    dialog.unit_hint.button.click()
    assert not dialog.unit_hint.isVisible()
    assert units.unit_for(3, "стенд") == "стенда"
    assert dialog.save()  # the grouped texts read back as the same numbers
    saved = {i.name: (i.reach_per_unit, i.rate) for i in desk.advertising.catalogue()}
    assert saved["Stand in the hall"] == (12000, Decimal("3000.00"))
    assert saved["Post"] == (800, Decimal("1500.50"))


def test_a_hint_without_a_service_only_says_so(qtbot: Any) -> None:
    hint = UnitHint(None)
    qtbot.addWidget(hint)
    hint.show_for("щит")
    assert not hint.isHidden() and hint.button.isHidden()
    hint.show_for("шт.")
    assert hint.isHidden()


def test_statistics_view_shows_and_edits_categories(
    make_window, db, desk: Desk, monkeypatch: pytest.MonkeyPatch, prompts_log
) -> None:
    month = date(2026, 3, 1)
    desk.metrics.record("Readers", month, Decimal("3000.00"), "people")
    desk.metrics.record("Readers", month, Decimal(600), "people", category="18–24")
    window = make_window(db)
    view = window.findChild(StatisticsView, "statisticsView")
    window.show_section(view)
    model = view.figure_model
    cells = [
        [model.index(r, c).data() for c in (FigureTableModel.VALUE, FigureTableModel.CATEGORY)]
        for r in range(model.rowCount())
    ]
    assert cells == [["3,000", "Total"], ["600", "18–24"]]
    assert view.breakdown.label.text() == "Breakdown, March 2026: 18–24 100\u00a0%"

    def record(dialog: Any) -> bool:
        dialog.category.setCurrentText("25–34")
        dialog.value.setText("1,400")
        return dialog.save()

    monkeypatch.setattr(statistics_breakdown, "run_category_dialog", record)
    view.breakdown.add_button.click()
    assert "25–34 70\u00a0% · 18–24 30\u00a0%" in view.breakdown.label.text()
    assert [f.category for f in desk.statistics.figures("Readers")] == ["", "18–24", "25–34"]
    row = next(r for r in range(model.rowCount()) if model.rows[r].category == "18–24")
    assert model.setData(model.index(row, FigureTableModel.CATEGORY), "16–24")
    assert desk.statistics.categories("Readers") == ["16–24", "25–34"]
    assert not model.setData(model.index(row, FigureTableModel.CATEGORY), "25–34")
    assert prompts_log.texts("error") == [
        "Readers already has a figure for 03.2026 in that category."
    ]
    assert model.setData(model.index(row, FigureTableModel.VALUE), "1,250")
    assert {f.category: f.value for f in desk.metrics.all()}["16–24"] == Decimal(1250)


def test_the_category_dialog_refuses_what_it_cannot_save(qtbot: Any, desk: Desk) -> None:
    desk.metrics.record("Readers", date(2026, 3, 1), Decimal(10))
    dialog = statistics_breakdown.CategoryFigureDialog(desk, "Readers", date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.value.setText("5")
    assert not dialog.save() and "Name the category" in dialog.error.text()
    dialog.category.setCurrentText("x" * 10_000)
    assert not dialog.save() and "Category is too long" in dialog.error.text()
    dialog.category.setCurrentText("kids")
    dialog.value.setText("many")
    assert not dialog.save() and dialog.error.text() == "'many' is not a number."
    assert desk.statistics.categories("Readers") == []


def test_the_commitment_form_hints_at_a_unit_without_forms(qtbot: Any, desk: Desk) -> None:
    from collabdesk.ui.commitments.commitment_form import CommitmentForm

    form = CommitmentForm(desk)
    qtbot.addWidget(form)
    form.show()
    form.unit_edit.setText("стенд")
    assert (
        form.unit_hint.isVisible() and "“стенд” has no plural forms" in form.unit_hint.label.text()
    )
    form.unit_edit.setText("постов")
    assert not form.unit_hint.isVisible()
    desk.units.add("ru", "стенд", "стенда", "стендов")
    form.unit_edit.setText("стенд")
    assert not form.unit_hint.isVisible()
