"""Every control of the partner form, the commitment form and the tracker
pane has a name a screen reader can say (asked through QAccessible, the way
a screen reader asks), and the tracker works from the keyboard alone."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.commitments.commitment_form import CommitmentForm
from collabdesk.ui.commitments.commitment_tracker_pane import CommitmentTrackerPane
from collabdesk.ui.partners.partner_form import PartnerForm

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QAbstractItemView,
)


def unnamed_controls(root: QWidget) -> list[str]:
    """Object names (or classes) of the controls a screen reader cannot name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo or date box: the box carries the name
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            missing.append(widget.objectName() or type(widget).__name__)
    return missing


@pytest.fixture
def seeded(desk: Desk) -> int:
    pid = desk.partners.create(PartnerDraft(name="Типография")).id
    return desk.collaborations.create(CollaborationDraft(title="Ярмарка", partner_ids=(pid,))).id


def test_partner_form_controls_have_names(qtbot: Any, desk: Desk) -> None:
    form = PartnerForm(desk.partners)
    qtbot.addWidget(form)
    form.show()
    assert unnamed_controls(form) == []


def test_commitment_form_controls_have_names(qtbot: Any, desk: Desk, seeded: int) -> None:
    form = CommitmentForm(desk, collaboration_id=seeded)
    qtbot.addWidget(form)
    form.show()
    assert unnamed_controls(form) == []


def test_tracker_pane_controls_have_names(qtbot: Any, desk: Desk, seeded: int) -> None:
    pane = CommitmentTrackerPane()
    qtbot.addWidget(pane)
    pane.set_desk(desk)
    pane.show()
    assert unnamed_controls(pane) == []


def test_detail_forms_and_delivery_dialog_controls_have_names(
    qtbot: Any, desk: Desk, seeded: int
) -> None:
    from collabdesk.domain.enums import Direction
    from collabdesk.services.commitment_records import CommitmentDraft
    from collabdesk.ui.commitments.commitment_dialogs import DeliverDialog, MakeGoodDialog
    from collabdesk.ui.partners.contact_form import ContactForm
    from collabdesk.ui.partners.interaction_form import InteractionForm

    pid = desk.partners.create(PartnerDraft(name="Кофейня")).id
    cid = desk.commitments.add(seeded, CommitmentDraft(Direction.PARTNER_GIVES, "Кофе")).id
    [row] = [r for r in desk.tracker.page(_query(), 0, 10) if r.id == cid]
    for dialog in (
        ContactForm(desk.contacts, pid),
        InteractionForm(desk.interactions, pid),
        DeliverDialog(desk.proofs, row),
        MakeGoodDialog(desk.commitments, row),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], dialog.objectName()


def _query() -> Any:
    from collabdesk.services.tracker_query import TrackerQuery

    return TrackerQuery()
