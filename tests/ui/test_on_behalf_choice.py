"""“On behalf of” in the Pitch and Recap dialogs (issue 19): a single library
never sees it; with several branches it offers the collaboration's branch
(the default) or the whole system, and the choice reaches the document."""

from __future__ import annotations

from sqlalchemy import update

from collabdesk.domain.branch import Branch
from collabdesk.domain.collaboration import Collaboration
from collabdesk.ui.documents.on_behalf import OnBehalfBox
from collabdesk.ui.documents.pitch_dialog import PitchDialog
from collabdesk.ui.documents.recap_dialog import RecapDialog

TITLE = "Лекторий для подростков"


def _collaboration(desk):
    return next(r for r in desk.collaborations.rows() if r.title == TITLE)


def test_a_single_library_is_offered_no_choice(demo_db, desk, qtbot):
    collab = _collaboration(desk)
    pitch = PitchDialog(desk, collab.id)
    recap = RecapDialog(desk, collab.id)
    qtbot.addWidget(pitch)
    qtbot.addWidget(recap)
    assert pitch.on_behalf is None and recap.on_behalf is None
    assert not pitch.findChildren(OnBehalfBox) and not recap.findChildren(OnBehalfBox)
    assert pitch.chosen_content().library.branches == 0


def test_several_branches_offer_this_branch_or_the_whole_system(demo_db, desk, qtbot):
    collab = _collaboration(desk)
    with demo_db.sessions.begin() as s:
        s.execute(update(Branch).values(name="Центральная библиотека"))
        children = Branch(name="Детский филиал № 3", phone="+7 3822 55-03-03", position=1)
        s.add(children)
        s.flush()
        s.execute(
            update(Collaboration).where(Collaboration.id == collab.id).values(branch_id=children.id)
        )
    pitch = PitchDialog(desk, collab.id)
    qtbot.addWidget(pitch)
    box = pitch.on_behalf
    assert box is not None and box.objectName() == "pitchOnBehalf"
    assert [box.itemText(i) for i in range(box.count())] == [
        "This branch: Детский филиал № 3",
        "The whole library system",
    ]
    mine = pitch.chosen_content().library
    assert (mine.branch, mine.phone, mine.branches) == ("Детский филиал № 3", "+7 3822 55-03-03", 0)
    box.setCurrentIndex(1)
    whole = pitch.chosen_content().library
    assert (whole.branch, whole.branches) == ("", 2)
    recap = RecapDialog(desk, collab.id)
    qtbot.addWidget(recap)
    assert recap.on_behalf is not None and recap.on_behalf.objectName() == "recapOnBehalf"
