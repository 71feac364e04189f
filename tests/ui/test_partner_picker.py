"""The searchable partner picker: typing part of a name (any case, "е" for
"ё") finds the partner, the keyboard alone picks it, likely kinds come
first, and the picker returns an id, never typed text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from collabdesk.domain.enums import PartnerKind
from collabdesk.ui.widgets.partner_picker import PartnerOption, PartnerPicker

OPTIONS = [
    PartnerOption(1, "Алёна Соколова", PartnerKind.ARTIST),
    PartnerOption(2, "Ателье «Фартук и перо»", PartnerKind.DESIGNER),
    PartnerOption(3, "Кофейня «Берёзовый лист»", PartnerKind.BUSINESS),
    PartnerOption(4, "Радио «Волна FM»", PartnerKind.MEDIA),
    PartnerOption(5, "Типография «Печатный двор»", PartnerKind.BUSINESS),
]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any letter (QTest.keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def make(qtbot: Any, **kwargs: Any) -> PartnerPicker:
    picker = PartnerPicker("testPicker")
    qtbot.addWidget(picker)
    picker.set_partners(OPTIONS, **kwargs)
    picker.show()
    qtbot.waitExposed(picker)
    picker.setFocus()
    return picker


def test_shows_name_and_kind_and_likely_kinds_first(qtbot: Any) -> None:
    picker = make(qtbot, none_text="(none)", first_ids=[4], likely_kinds={PartnerKind.BUSINESS})
    texts = [picker.itemText(i) for i in range(picker.count())]
    assert texts == [
        "(none)",
        "Радио «Волна FM» — Media",
        "Кофейня «Берёзовый лист» — Business",
        "Типография «Печатный двор» — Business",
        "Алёна Соколова — Artist",
        "Ателье «Фартук и перо» — Designer",
    ]
    assert picker.partner_id() is None
    assert picker.partner_name() == ""


def test_typing_part_of_a_name_and_enter_picks_it(qtbot: Any) -> None:
    picker = make(qtbot)
    picker.lineEdit().selectAll()
    type_text(picker.lineEdit(), "печат")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert picker.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.partner_id() == 5
    assert picker.partner_name() == "Типография «Печатный двор»"
    assert picker.currentText() == "Типография «Печатный двор» — Business"


def test_e_finds_yo_and_a_kind_finds_its_partners(qtbot: Any) -> None:
    picker = make(qtbot)
    picker.lineEdit().selectAll()
    type_text(picker.lineEdit(), "березов")
    qtbot.waitUntil(picker.completer().popup().isVisible)
    assert picker.completer().completionCount() == 1
    picker.set_partners([*OPTIONS, PartnerOption(6, "Алена Ветрова", PartnerKind.ARTIST)])
    picker.lineEdit().selectAll()
    type_text(picker.lineEdit(), "Алёна")  # "ё" typed finds both spellings
    assert picker.completer().completionCount() == 2
    picker.lineEdit().selectAll()
    type_text(picker.lineEdit(), "BUSINESS")
    assert picker.completer().completionCount() == 2


def test_leaving_with_a_unique_match_picks_it_and_nonsense_reverts(qtbot: Any) -> None:
    picker = make(qtbot)
    picker.set_partner_id(1)
    picker.lineEdit().selectAll()
    type_text(picker.lineEdit(), "волна")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    picker._settle()  # offscreen focus changes are not guaranteed
    assert picker.partner_id() == 4
    picker.lineEdit().selectAll()
    type_text(picker.lineEdit(), "нет такого")
    picker._settle()
    assert picker.partner_id() == 4
    assert picker.currentText() == "Радио «Волна FM» — Media"


def test_refilling_keeps_the_chosen_partner(qtbot: Any) -> None:
    picker = make(qtbot)
    picker.set_partner_id(3)
    picker.set_partners(list(reversed(OPTIONS)), none_text="(none)")
    assert picker.partner_id() == 3
    assert QApplication.instance() is not None


def test_plan_b_picker_lists_the_main_partners_kind_first(qtbot: Any, desk: Any) -> None:
    from collabdesk.services.collaborations import CollaborationDraft
    from collabdesk.services.partners import PartnerDraft
    from collabdesk.ui.collaborations.checklist_wizard import ChecklistWizard

    designer = desk.partners.create(PartnerDraft(name="Ателье", kind=PartnerKind.DESIGNER)).id
    desk.partners.create(PartnerDraft(name="Банк", kind=PartnerKind.BUSINESS))
    other = desk.partners.create(PartnerDraft(name="Швейная мастерская", kind=PartnerKind.DESIGNER))
    collab = desk.collaborations.create(
        CollaborationDraft(title="Униформа", partner_ids=(designer,))
    ).id
    wizard = ChecklistWizard(desk, collab, lang="en")
    qtbot.addWidget(wizard)
    picker = wizard.alternatives.picker
    assert picker.itemText(0) == "Швейная мастерская — Designer"  # same kind as the main one
    assert picker.partner_id() == other.id
    assert picker.itemText(1) == "Банк — Business"


def test_a_source_is_read_only_when_the_person_reaches_for_the_box(qtbot: Any) -> None:
    """The tracker's filter is refreshed with every change; at 100,000
    partners listing them each time froze the window for seconds."""
    reads: list[int] = []

    def source() -> list[PartnerOption]:
        reads.append(1)
        return OPTIONS

    picker = PartnerPicker("lazyPicker")
    qtbot.addWidget(picker)
    picker.set_source(source, none_text="All partners")
    assert reads == [] and picker.count() == 1 and picker.currentText() == "All partners"
    picker.showPopup()
    picker.hidePopup()
    assert reads == [1] and picker.count() == len(OPTIONS) + 1
    assert picker.set_partner_id(3)
    picker.set_source(source, none_text="All partners")  # a refresh: not read yet,
    assert reads == [1] and picker.partner_id() == 3  # and the choice stays
    type_text(picker, "р")  # a key reads it again
    assert reads == [1, 1]
