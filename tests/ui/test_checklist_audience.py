"""The wizard says who reads each answer, asks a per-partner question once
per partner taking part, and keeps a partner-facing answer's translation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton, QWizard

from collabdesk.domain import checklist as keys
from collabdesk.domain.enums import Audience
from collabdesk.services.collaborations import CollaborationDraft
from collabdesk.services.desk import Desk
from collabdesk.services.partners import PartnerDraft
from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard


@pytest.fixture
def two_partners(desk: Desk) -> dict[str, int]:
    museum = desk.partners.create(PartnerDraft(name="City Museum")).id
    fund = desk.partners.create(PartnerDraft(name="Northern Foundation")).id
    collab = desk.collaborations.create(
        CollaborationDraft(title="Night at the museum", partner_ids=(museum, fund))
    ).id
    return {"museum": museum, "fund": fund, "collab": collab}


def _wizard(qtbot: Any, desk: Desk, collab: int) -> ChecklistWizard:
    wizard = ChecklistWizard(desk, collab, lang="en")
    qtbot.addWidget(wizard)
    wizard.resize(1366, 700)
    wizard.show()
    return wizard


def _mark(wizard: QWizard, key: str) -> str:
    mark = wizard.findChild(QLabel, f"audience:{key}")
    assert mark is not None, key
    return mark.text()


def test_each_question_says_who_reads_its_answer(qtbot: Any, desk: Desk, two_partners) -> None:
    wizard = _wizard(qtbot, desk, two_partners["collab"])
    assert _mark(wizard, keys.GOAL) == "Partner sees this"
    assert _mark(wizard, keys.COLLEAGUES) == "Staff only"
    assert _mark(wizard, keys.VALUES_MATCH) == "Staff only"
    assert _mark(wizard, keys.IF_DECLINED) == "Staff only"
    assert _mark(wizard, keys.PLAN_B) == "Staff only"
    assert _mark(wizard, keys.BRAND_VALUE) == "Partner sees this"
    # a library's own question says it too, and follows a change of audience
    own = desk.checklist.add_question(
        keys.ChecklistStep.WHY, "Who signs?", audience=Audience.PARTNER
    )
    again = _wizard(qtbot, desk, two_partners["collab"])
    assert _mark(again, own.key) == "Partner sees this"
    desk.checklist.update_question(own.key, "Who signs?", "", True, audience=Audience.STAFF)
    assert _mark(_wizard(qtbot, desk, two_partners["collab"]), own.key) == "Staff only"


def test_a_per_partner_question_has_a_field_per_partner(
    qtbot: Any, desk: Desk, two_partners, tmp_path: Path
) -> None:
    ids = two_partners
    wizard = _wizard(qtbot, desk, ids["collab"])
    wizard.go_to_question(keys.BRAND_VALUE)
    museum = wizard.findChild(QPlainTextEdit, f"answer:{keys.BRAND_VALUE}:{ids['museum']}")
    fund = wizard.findChild(QPlainTextEdit, f"answer:{keys.BRAND_VALUE}:{ids['fund']}")
    assert museum is not None and fund is not None
    assert wizard.findChild(QPlainTextEdit, f"answer:{keys.BRAND_VALUE}") is None
    captions = [
        wizard.findChild(QLabel, f"answerPartner:{keys.BRAND_VALUE}:{i}").text()
        for i in (ids["museum"], ids["fund"])
    ]
    assert captions == ["For City Museum:", "For Northern Foundation:"]
    museum.setPlainText("Families in the evening")
    fund.setPlainText("Seen where its grantees live")
    wizard.grab().save(str(tmp_path / "wizard-per-partner.png"))
    assert wizard.save_draft()
    for partner, text in ((ids["museum"], "Families"), (ids["fund"], "grantees")):
        facing = desk.collaborations.partner_facing(ids["collab"], partner, "ru")
        assert text in facing.texts[keys.BRAND_VALUE]
    museum_only = desk.collaborations.partner_facing(ids["collab"], ids["museum"], "ru")
    assert "grantees" not in " ".join(museum_only.texts.values())
    # reopened, each partner's answer is back in its own field
    again = _wizard(qtbot, desk, ids["collab"])
    field = again.findChild(QPlainTextEdit, f"answer:{keys.BRAND_VALUE}:{ids['fund']}")
    assert field.toPlainText() == "Seen where its grantees live"
    assert not again.has_unsaved_changes()


def test_one_partner_gets_one_field(qtbot: Any, desk: Desk) -> None:
    only = desk.partners.create(PartnerDraft(name="Polygon")).id
    collab = desk.collaborations.create(CollaborationDraft(title="Hall", partner_ids=(only,))).id
    wizard = _wizard(qtbot, desk, collab)
    assert wizard.findChild(QPlainTextEdit, f"answer:{keys.BRAND_VALUE}") is not None
    assert wizard.findChild(QLabel, f"answerPartner:{keys.BRAND_VALUE}:{only}") is None


def test_a_partner_facing_answer_keeps_its_translation(
    qtbot: Any, desk: Desk, two_partners
) -> None:
    collab = two_partners["collab"]
    wizard = _wizard(qtbot, desk, collab)
    # staff-only questions have no translation; partner-facing ones have a closed one
    assert wizard.findChild(QToolButton, f"translationToggle:{keys.COLLEAGUES}") is None
    toggle = wizard.findChild(QToolButton, f"translationToggle:{keys.UNIQUE_IDEA}")
    translation = wizard.findChild(QPlainTextEdit, f"translation:{keys.UNIQUE_IDEA}")
    assert toggle.text() == "Translation (EN)"
    wizard.go_to_question(keys.UNIQUE_IDEA)
    assert not translation.isVisible()
    toggle.click()
    assert translation.isVisible()
    wizard.findChild(QPlainTextEdit, f"answer:{keys.UNIQUE_IDEA}").setPlainText("Ночь в музее")
    translation.setPlainText("A night at the museum")
    assert wizard.save_draft()
    english = desk.collaborations.partner_facing(collab, None, "en")
    russian = desk.collaborations.partner_facing(collab, None, "ru")
    assert english.texts[keys.UNIQUE_IDEA] == "A night at the museum"
    assert russian.texts[keys.UNIQUE_IDEA] == "Ночь в музее"
    again = _wizard(qtbot, desk, collab)
    again.go_to_question(keys.UNIQUE_IDEA)
    shown = again.findChild(QPlainTextEdit, f"translation:{keys.UNIQUE_IDEA}")
    assert shown.isVisible() and shown.toPlainText() == "A night at the museum"


def test_the_question_editor_sets_who_reads_and_per_partner(
    qtbot: Any, desk: Desk, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from collabdesk.ui.collaborations.checklist_template_dialog import (
        PARTNER,
        PER_PARTNER,
        PROMPT_EN,
        STEP,
        ChecklistTemplateDialog,
    )

    dialog = ChecklistTemplateDialog(desk.checklist)
    qtbot.addWidget(dialog)
    table = dialog.table

    def row_of(key: str) -> int:
        return next(
            r for r in range(table.rowCount())
            if table.item(r, STEP).data(Qt.ItemDataRole.UserRole) == key
        )  # fmt: skip

    checked = Qt.CheckState.Checked
    assert table.item(row_of(keys.GOAL), PARTNER).checkState() == checked
    assert table.item(row_of(keys.IF_DECLINED), PARTNER).checkState() != checked
    assert table.item(row_of(keys.BRAND_VALUE), PER_PARTNER).checkState() == checked
    table.item(row_of(keys.GOAL), PARTNER).setCheckState(Qt.CheckState.Unchecked)
    table.item(row_of(keys.UNIQUE_IDEA), PER_PARTNER).setCheckState(checked)
    dialog.add_row()
    new_row = table.rowCount() - 1
    assert table.item(new_row, PARTNER).checkState() != checked  # staff only until decided
    table.item(new_row, PROMPT_EN).setText("What will the partner's staff do?")
    table.item(new_row, PARTNER).setCheckState(checked)
    dialog.resize(1366, 700)
    dialog.show()
    dialog.grab().save(str(tmp_path / "question-editor.png"))
    assert dialog.save()
    by_key = {q.key: q for q in desk.checklist.questions()}
    assert by_key[keys.GOAL].audience is Audience.STAFF
    assert by_key[keys.UNIQUE_IDEA].per_partner
    assert by_key[keys.IF_DECLINED].audience is Audience.STAFF
    own = next(q for q in by_key.values() if q.prompt_en == "What will the partner's staff do?")
    assert own.audience is Audience.PARTNER and not own.per_partner


def test_an_older_shared_answer_is_not_copied_to_each_partner(
    qtbot: Any, desk: Desk, two_partners
) -> None:
    """Copying it would print the foundation's benefit in the museum's pitch."""
    ids = two_partners
    desk.collaborations.save_answer(
        ids["collab"], "qualitative", keys.BRAND_VALUE, "Seen where its grantees live", True
    )
    wizard = _wizard(qtbot, desk, ids["collab"])
    museum = wizard.findChild(QPlainTextEdit, f"answer:{keys.BRAND_VALUE}:{ids['museum']}")
    assert museum.toPlainText() == ""
    assert "Seen where its grantees live" in museum.placeholderText()
    assert not wizard.has_unsaved_changes()
    assert wizard.save_draft()
    facing = desk.collaborations.partner_facing(ids["collab"], ids["museum"], "ru")
    assert keys.BRAND_VALUE not in facing.texts


def test_questions_answered_by_records_keep_their_audience(qtbot: Any, desk: Desk) -> None:
    from PySide6.QtCore import Qt

    from collabdesk.ui.collaborations.checklist_template_dialog import (
        PARTNER,
        STEP,
        ChecklistTemplateDialog,
    )

    dialog = ChecklistTemplateDialog(desk.checklist)
    qtbot.addWidget(dialog)
    table = dialog.table
    row = next(
        r for r in range(table.rowCount())
        if table.item(r, STEP).data(Qt.ItemDataRole.UserRole) == keys.PLAN_B
    )  # fmt: skip
    assert not table.item(row, PARTNER).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "fixed" in table.item(row, PARTNER).toolTip()
