"""A second-language version of the partner-facing texts typed in the window:
the collaboration's title and idea, and what a commitment promises. The field
opens on demand, is written in the language the library's data is not in,
saves through the service and shows a refusal under itself."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from collabdesk.domain.enums import Direction
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.commitment_records import DESCRIPTION_MAX, CommitmentDraft
from collabdesk.services.desk import Desk
from collabdesk.services.library import ProfileDraft
from collabdesk.ui.collaborations.collaboration_form import CollaborationForm
from collabdesk.ui.commitments.commitment_form import CommitmentForm

from .test_commitment_tracker_ui import shot


def _names_the_limit(text: str, limit: int) -> bool:
    """The refusal ends with the limit, however the locale groups digits."""
    return "".join(ch for ch in text if ch.isdigit()).endswith(str(limit))


def _open(qtbot: Any, form: QDialog) -> None:
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)


def test_collaboration_translations_are_typed_and_saved(qtbot: Any, desk: Desk) -> None:
    form = CollaborationForm(desk)
    _open(qtbot, form)
    assert form.title_translation.toggle.text() == "Translation (EN)"  # data in Russian
    assert form.title_translation.editor.isHidden()  # closed until asked for
    form.title.setText("Ночь науки")  # QTest types ASCII only
    qtbot.mouseClick(form.title_translation.toggle, Qt.MouseButton.LeftButton)
    assert form.title_translation.editor.isVisible()
    qtbot.keyClicks(form.title_translation.editor, "Science Night")
    form.idea_translation.toggle.click()
    qtbot.keyClicks(form.idea_translation.editor, "Experiments in the reading room")
    shot(form, "16t-collaboration-translation.png")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted and form.saved_id is not None
    saved = desk.collaborations.get(form.saved_id)
    assert saved.title == "Ночь науки"
    assert saved.title_translation == "Science Night"
    assert saved.idea_translation == "Experiments in the reading room"


def test_an_english_library_translates_into_russian(qtbot: Any, desk: Desk) -> None:
    desk.library.save(ProfileDraft(name="City Library", default_language="en"))
    form = CollaborationForm(desk)
    _open(qtbot, form)
    assert form.idea_translation.toggle.text() == "Translation (RU)"


def test_a_too_long_idea_translation_is_shown_under_its_field(qtbot: Any, desk: Desk) -> None:
    form = CollaborationForm(desk)
    _open(qtbot, form)
    form.title.setText("Ночь науки")
    form.idea_translation.toggle.click()
    form.idea_translation.editor.setPlainText("x" * 20_001)
    form.save()
    assert form.result() != QDialog.DialogCode.Accepted
    error = form.errors["idea_translation"]
    assert error.isVisible() and _names_the_limit(error.text(), 20_000)
    assert form.error.isHidden()  # under the field, not at the form's foot
    assert desk.collaborations.count() == 0


@pytest.fixture
def collaboration(desk: Desk) -> int:
    return desk.collaborations.create(CollaborationDraft(title="Ярмарка")).id


def test_commitment_translation_is_typed_saved_and_shown_again(
    qtbot: Any, desk: Desk, collaboration: int
) -> None:
    form = CommitmentForm(desk, collaboration_id=collaboration, fixed=True)
    _open(qtbot, form)
    form.description_edit.setPlainText("Пять постов")
    assert form.translation.editor.isHidden()
    form.translation.toggle.click()
    qtbot.keyClicks(form.translation.editor, "Five posts")
    shot(form, "16t-commitment-translation.png")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted and form.saved is not None
    saved = desk.commitments.get(form.saved.id)
    assert saved.description_translation == "Five posts"

    edit = CommitmentForm(desk, record=saved)
    _open(qtbot, edit)
    assert edit.translation.editor.isVisible()  # a saved translation opens the field
    assert edit.translation.text() == "Five posts"


def test_a_too_long_commitment_translation_is_shown_under_its_field(
    qtbot: Any, desk: Desk, collaboration: int
) -> None:
    kept = desk.commitments.add(
        collaboration, CommitmentDraft(direction=Direction.LIBRARY_GIVES, description="Пост")
    )
    form = CommitmentForm(desk, record=kept)
    _open(qtbot, form)
    form.translation.toggle.click()
    form.translation.editor.setPlainText("x" * (DESCRIPTION_MAX + 1))
    form.save()
    assert form.result() != QDialog.DialogCode.Accepted
    error = form.errors["description_translation"]
    assert error.isVisible() and _names_the_limit(error.text(), DESCRIPTION_MAX)
    assert form.translation.text() == "x" * (DESCRIPTION_MAX + 1)  # kept as typed
    assert desk.commitments.get(kept.id).description_translation == ""
