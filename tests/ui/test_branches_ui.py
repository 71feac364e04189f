"""Branch controls (issue 19): a single library sees none anywhere; with a
second branch the Collaborations list gets its Branch column and filter,
the collaboration form a Branch, Statistics a branch chooser and Settings a
Branches page; a single library becomes a system from Settings ▸ Library."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from collabdesk.services.branches import BranchDraft
from collabdesk.ui.collaborations.collaboration_form import CollaborationForm
from collabdesk.ui.collaborations.collaboration_table_model import CollaborationTableModel
from collabdesk.ui.shell import branch_settings
from collabdesk.ui.shell.settings_dialog import SettingsDialog


def _tab_titles(dialog: SettingsDialog) -> list[str]:
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    return [tabs.tabText(i) for i in range(tabs.count())]


def _titles(view: Any) -> list[str]:
    model = view.model
    return sorted(
        model.index(r, CollaborationTableModel.TITLE).data() for r in range(model.rowCount())
    )


def test_a_single_library_sees_no_branch_controls(
    make_window: Any, demo_db: Any, tmp_path: Any, qtbot: Any
) -> None:
    window = make_window(demo_db)
    view = window.collaborations
    window.show_section(view)
    assert view.model.rowCount() == 6
    assert not view.branch_filter.isVisible()
    assert view.table.isColumnHidden(CollaborationTableModel.BRANCH)
    form = CollaborationForm(window.desk)
    qtbot.addWidget(form)
    assert not form.branch.is_system and form.branch.parent() is None  # never in the form
    window.show_section(window.statistics)
    assert not window.statistics.branch_choice.isVisible()
    dialog = SettingsDialog(window.desk.library, tmp_path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Branches" not in _tab_titles(dialog)
    assert (
        not dialog.several_branches_button.parentWidget().isHidden()
    )  # the one quiet way to become a system


def test_two_branches_bring_the_column_filter_form_and_chooser(
    make_window: Any, demo_db: Any, qtbot: Any
) -> None:
    window = make_window(demo_db)
    desk = window.desk
    first = desk.branches.home_id()
    second = desk.branches.add(BranchDraft(name="Филиал на Садовой")).id
    chosen = desk.collaborations.rows()[0]
    record = desk.collaborations.get(chosen.id)
    desk.collaborations.update(chosen.id, replace(record.to_draft(), branch_id=second))
    view = window.collaborations
    window.show_section(view)
    view.refresh()
    assert view.branch_filter.isVisible()
    assert not view.table.isColumnHidden(CollaborationTableModel.BRANCH)
    branch_cells = {
        view.model.index(r, CollaborationTableModel.BRANCH).data()
        for r in range(view.model.rowCount())
    }
    assert branch_cells == {"(unnamed branch)", "Филиал на Садовой"}
    view.branch_filter.setCurrentIndex(view.branch_filter.findData(second))
    assert _titles(view) == [chosen.title]
    view.branch_filter.setCurrentIndex(view.branch_filter.findData(first))
    assert view.model.rowCount() == 5
    view.branch_filter.setCurrentIndex(0)  # All branches
    assert view.model.rowCount() == 6

    form = CollaborationForm(desk)
    qtbot.addWidget(form)
    assert form.branch.is_system and form.branch.chosen() == first  # this computer's first
    form.title.setText("Летние чтения")
    form.branch.setCurrentIndex(form.branch.findData(second))
    form.save()
    assert form.saved_id is not None
    assert desk.collaborations.get(form.saved_id).branch_id == second

    statistics = window.statistics
    window.show_section(statistics)
    assert statistics.branch_choice.isVisible()
    assert statistics.branch_choice.chosen() == first  # the home branch first
    name = statistics.current_metric()
    assert name is not None
    period = desk.statistics.series(name, branch_id=first).points[-1].period_start
    desk.metrics.record(name, period, Decimal(5), branch_id=second)
    statistics.branch_choice.setCurrentIndex(statistics.branch_choice.findData(second))
    assert statistics.figure_model.rowCount() == 1
    statistics.branch_choice.setCurrentIndex(0)  # All branches: the sum
    total = desk.statistics.series(name).points[-1].value
    own = desk.statistics.series(name, branch_id=first).points[-1].value
    assert total == own + 5


def test_settings_branches_page_adds_edits_and_refuses_removal(
    make_window: Any, demo_db: Any, tmp_path: Any, qtbot: Any, monkeypatch: Any, prompts_log: Any
) -> None:
    window = make_window(demo_db)
    desk = window.desk
    dialog = SettingsDialog(desk.library, tmp_path, window)
    qtbot.addWidget(dialog)

    def fill_and_save(form: branch_settings.BranchForm) -> bool:
        form.name.setText(form.name.text() or "Детская библиотека №3")
        form.city.setText("Тверь")
        form.save()
        return form.result() == 1

    monkeypatch.setattr(branch_settings, "run_form", fill_and_save)
    dialog.several_branches_button.click()  # a single library becomes a system
    assert "Branches" in _tab_titles(dialog)
    assert dialog.several_branches_button.parentWidget().isHidden()
    page = dialog.branches_page
    assert isinstance(page, branch_settings.BranchesPage)
    assert page.model.rowCount() == 2
    assert desk.branches.is_system()
    # The first branch holds the demo's collaborations: removal is refused in words.
    page.table.selectRow(0)
    prompts_log.confirm_answer = True
    page.remove()
    assert prompts_log.kinds()[-1] == "error"
    assert "cannot be removed" in prompts_log.texts("error")[-1]
    assert page.model.rowCount() == 2
    # A 10,000-character name is refused under its field and kept in the form.
    form = branch_settings.BranchForm(desk.branches, None, dialog)
    qtbot.addWidget(form)
    form.name.setText("x" * 10_000)
    form.save()
    assert re.search(r"Too long: 10\W?000 characters", form.errors["name"].text())
    assert form.name.text() == "x" * 10_000
    # The empty new branch goes.
    page.table.selectRow(1)
    page.remove()
    assert page.model.rowCount() == 1
    assert not desk.branches.is_system()


def test_the_library_pages_branch_is_the_home_branchs_name(
    make_window: Any, db: Any, tmp_path: Any, qtbot: Any
) -> None:
    window = make_window(db)
    desk = window.desk
    profile = desk.library.profile()
    desk.library.save(replace(profile, branch="Детский филиал"))
    dialog = SettingsDialog(desk.library, tmp_path, window)
    qtbot.addWidget(dialog)
    assert dialog.branch_edit.text() == "Детский филиал"
    dialog.branch_edit.setText("Филиал №1")
    dialog.save()
    assert desk.branches.all()[0].name == "Филиал №1"


def test_partners_shared_with_branches_in_a_system_only(
    make_window: Any, db: Any, qtbot: Any
) -> None:
    from collabdesk.services.collaborations import CollaborationDraft
    from collabdesk.services.partners import PartnerDraft
    from collabdesk.ui.partners.partner_form import PartnerForm

    window = make_window(db)
    desk = window.desk
    cafe = desk.partners.create(PartnerDraft(name="Кофейня")).id
    fund = desk.partners.create(PartnerDraft(name="Фонд")).id
    single = PartnerForm(desk.partners, desk.partners.get(cafe), window, desk.branches)
    qtbot.addWidget(single)
    assert single.shared_with is None  # a single library: no branches anywhere
    assert window.branch_filter is not None and not window.branch_filter.isVisible()

    first = desk.branches.home_id()
    second = desk.branches.add(BranchDraft(name="Филиал 2")).id
    desk.collaborations.create(CollaborationDraft(title="Чтения", partner_ids=(fund,)))
    assert window.branch_filter.isVisible()  # the change reached the partner list
    form = PartnerForm(desk.partners, desk.partners.get(cafe), window, desk.branches)
    qtbot.addWidget(form)
    assert form.shared_with is not None and form.shared_with.chosen() == ()
    form.shared_with.item(1).setCheckState(Qt.CheckState.Checked)  # the second branch
    form.save()
    assert desk.branches.partner_branches(cafe) == (second,)
    assert desk.branches.partner_branches(fund) == (first,)  # by its collaboration

    def names() -> list[str]:
        model = window.model
        return sorted(model.index(r, 0).data() for r in range(model.rowCount()))

    window.branch_filter.setCurrentIndex(window.branch_filter.findData(first))
    assert names() == ["Фонд"]
    window.branch_filter.setCurrentIndex(window.branch_filter.findData(second))
    assert names() == ["Кофейня"]
    window.branch_filter.setCurrentIndex(0)
    assert names() == ["Кофейня", "Фонд"]
