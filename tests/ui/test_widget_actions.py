"""The widget kit's actions: an action or button that cannot succeed is
disabled and says why; enabled again, the reason is gone. And the features
built on it: what a person sees on the window's own actions and the
tracker's Add commitment…."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
from collabdesk.ui.widgets.actions import allow, follow, make_action, reason_of


def test_make_action_names_it_binds_the_shortcut_and_calls_the_slot(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    called: list[str] = []
    action = make_action(
        parent, "&Find", "findThing", lambda: called.append("found"), shortcut="Ctrl+F"
    )
    assert parent.findChild(QAction, "findThing") is action
    assert action.shortcut() == QKeySequence("Ctrl+F")
    action.trigger()
    assert called == ["found"]


def test_a_disabled_action_says_why_and_enabled_again_forgets_it(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    action = make_action(parent, "Add commitment…", "add")
    button = QPushButton("Add commitment…", parent)
    reason = "There is no collaboration yet: create a collaboration first."
    allow([action, button], reason, "Add a promise")
    for target in (action, button):
        assert not target.isEnabled()
        assert target.toolTip() == reason and target.statusTip() == reason
        assert reason_of(target) == reason
    allow([action, button], None, "Add a promise")
    for target in (action, button):
        assert target.isEnabled()
        assert target.toolTip() == "Add a promise" and target.statusTip() == "Add a promise"
        assert reason_of(target) is None
    allow(button, "Not now")
    allow(button, None)  # no tip of its own: the reason does not linger
    assert button.isEnabled() and button.toolTip() == "" and button.statusTip() == ""


def test_a_menu_twin_follows_its_button(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton("Renew…", parent)
    allow(button, "Only a completed collaboration can be renewed.", "Renew")
    action = make_action(parent, "&Renew…", "renewAction")
    follow(action, button)
    assert not action.isEnabled()
    assert action.statusTip() == "Only a completed collaboration can be renewed."


def test_partner_actions_say_why_they_are_disabled(make_window, db, desk) -> None:
    desk.partners.create(PartnerDraft(name="Кофейня Зерно"))
    window = make_window(db)
    window.reload_partners()
    window.table.clearSelection()
    window.table.setCurrentIndex(window.model.index(-1, 0))
    pick = "Select a partner in the list first."
    for action in (window.edit_action, window.delete_action):
        assert not action.isEnabled() and action.statusTip() == pick
    history = window.findChild(QAction, "partnerHistoryAction")
    assert not history.isEnabled() and history.toolTip() == pick  # follows Edit partner…
    window.select_row(0)
    for action in (window.edit_action, window.delete_action, history):
        assert action.isEnabled() and action.statusTip() == ""
    assert window.new_action.isEnabled()
    # Demo data goes only into an empty database: the menu says so before a click.
    assert not window.demo_action.isEnabled()
    assert "already holds partners" in window.demo_action.statusTip()


def test_demo_data_can_be_loaded_into_an_empty_database(make_window, db) -> None:
    window = make_window(db)
    assert window.demo_action.isEnabled() and window.demo_action.statusTip() == ""
    window.demo_action.trigger()
    assert window.model.total > 0
    assert not window.demo_action.isEnabled()  # and not a second time


def test_partner_actions_while_the_data_is_still_opening(qtbot, tmp_path) -> None:
    from collabdesk.ui.shell.main_window import MainWindow

    window = MainWindow(tmp_path)
    qtbot.addWidget(window)
    for action in (window.new_action, window.demo_action, window.edit_action):
        assert not action.isEnabled()
        assert action.toolTip() == "The database is still opening."


def test_add_commitment_without_collaborations_says_why(qtbot, desk) -> None:
    pane = CommitmentTrackerPane()
    qtbot.addWidget(pane)
    pane.set_desk(desk)
    add = pane.add_button
    assert not add.isEnabled()
    assert "There is no collaboration yet" in add.toolTip()
    assert "There is no collaboration yet" in add.statusTip()
    partner = desk.partners.create(PartnerDraft(name="Radio Volna"))
    desk.collaborations.create(
        CollaborationDraft(title="Summer readings", partner_ids=(partner.id,))
    )
    pane.refresh()
    assert add.isEnabled()
    assert add.toolTip() == "Add a promise of either side (Ctrl+Shift+N)"
    assert "collaboration yet" not in add.statusTip()


def test_proof_buttons_say_why_they_wait(qtbot, desk) -> None:
    pane = CommitmentTrackerPane()
    qtbot.addWidget(pane)
    pane.set_desk(desk)
    for button in (pane.add_proof_button, pane.open_proof_button):
        assert not button.isEnabled() and button.toolTip() == "Select a commitment first."
