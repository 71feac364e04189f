"""The Collaborations section's buttons, and when each can work: a button
that cannot succeed is disabled and its tooltip says why, instead of
opening a dialog that then refuses. Texts keep the section's translation
context."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from collabdesk.domain.enums import Stage
from collabdesk.domain.message import fill
from collabdesk.services.stages import next_stage
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets import actions
from collabdesk.ui.widgets.labels import stage_label
from collabdesk.ui.widgets.named import named

translate = QCoreApplication.translate  # the section's context; lupdate reads literals


@dataclass(frozen=True)
class Chosen:
    """What the buttons need to know about the selected collaboration."""

    stage: Stage
    partners: int
    renewal_due_on: date | None = None  # None: no end date (or declined)
    renewed: bool = False


class CollaborationButtons(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.new = self._button(
            translate("CollaborationsView", "New collaboration…"), "newCollaboration"
        )
        self.checklist = self._button(
            translate("CollaborationsView", "Checklist…"), "openChecklist"
        )
        self.next = self._button(translate("CollaborationsView", "Next stage"), "nextStage")
        self.pitch = self._button(translate("CollaborationsView", "Pitch…"), "pitchButton")
        self.present = self._button(translate("CollaborationsView", "Present…"), "presentButton")
        self.commitments = self._button(
            translate("CollaborationsView", "Commitments…"), "collaborationCommitmentsButton"
        )
        self.renew = self._button(translate("CollaborationsView", "Renew…"), "renewButton")
        self.history = self._button(
            translate("CollaborationsView", "History…"), "collaborationHistory"
        )
        self.results = self._button(translate("CollaborationsView", "Results…"), "resultsButton")
        self.recap = self._button(translate("CollaborationsView", "Recap…"), "recapButton")
        self.documents = self._button(translate("CollaborationsView", "Documents"), "documents")
        self.followers: dict[QPushButton, list[QAction]] = {}
        self.tips = {
            self.new: translate("CollaborationsView", "Start a new collaboration"),
            self.checklist: translate(
                "CollaborationsView", "Prepare this collaboration with the five-step checklist"
            ),
            self.next: translate("CollaborationsView", "Move to the next stage (Ctrl+Shift+Right)"),
            self.pitch: translate(
                "CollaborationsView", "Write the pitch PDF for a partner of this collaboration"
            ),
            self.present: translate(
                "CollaborationsView", "Show the pitch full screen to the partner"
            ),
            self.commitments: translate(
                "CollaborationsView",
                "What each side promises in this collaboration, and the value balance",
            ),
            self.renew: translate(
                "CollaborationsView",
                "Prepare next year's collaboration, with its partners and promises",
            ),
            self.history: translate(
                "CollaborationsView",
                "Every change of this collaboration, its answers and its commitments",
            ),
            self.results: translate(
                "CollaborationsView",
                "What the collaboration achieved: attendance, impressions, media, quotes",
            ),
            self.recap: translate(
                "CollaborationsView", "Write the recap PDF: for the partner, or internal"
            ),
            self.documents: translate(
                "CollaborationsView",
                "The agreement with a partner, its signed copy, acts of transfer",
            ),
        }

    def follow(self, button: QPushButton, action: QAction) -> None:
        """`action` (the menu's twin of `button`) is enabled as the button is,
        and shows the same reason."""
        self.followers.setdefault(button, []).append(action)
        actions.follow(action, button)

    @staticmethod
    def _button(text: str, name: str) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setAccessibleName(text.rstrip("…"))
        return button

    def update(self, has_desk: bool, chosen: Chosen | None) -> None:
        """Enable what can work; a disabled button's tooltip gives the reason."""
        opening = translate("CollaborationsView", "The database is still opening.")
        pick = translate(
            "CollaborationsView", "Select a collaboration in the list or on the board first."
        )
        no_partner = translate(
            "CollaborationsView",
            "A pitch is written for a partner, and this collaboration has none yet.",
        )
        reasons: dict[QPushButton, str | None] = {}
        for button in self.tips:
            if not has_desk:
                reasons[button] = opening
            elif button is not self.new and chosen is None:
                reasons[button] = pick
            else:
                reasons[button] = None
        if chosen is not None and has_desk:
            if next_stage(chosen.stage) is None:
                reasons[self.next] = fill(
                    translate(
                        "CollaborationsView",
                        "“%1” has no next stage; drag the card on the board to move it.",
                    ),
                    [stage_label(chosen.stage)],
                )
            if chosen.partners == 0:
                reasons[self.pitch] = no_partner
                reasons[self.present] = no_partner
                reasons[self.documents] = translate(
                    "CollaborationsView", "Documents are written for a partner; there is none yet."
                )
            if chosen.stage not in (Stage.DELIVERING, Stage.COMPLETED):
                reasons[self.results] = translate(
                    "CollaborationsView",
                    "Results are recorded once delivery has begun (stage “delivering”).",
                )
            reasons[self.renew] = renew_refusal(chosen, date.today())
        for button, reason in reasons.items():
            actions.allow([button, *self.followers.get(button, ())], reason, self.tips[button])


def renew_refusal(chosen: Chosen, today: date) -> str | None:
    """Why Renew… cannot work yet (services/renewal.py refuses the same),
    or None: from the renewal's due date on, or once completed."""
    if chosen.renewed:
        return translate("CollaborationsView", "Already renewed; the details link to the renewal.")
    if chosen.stage is Stage.DECLINED:
        return translate("CollaborationsView", "A declined collaboration is not renewed.")
    if chosen.stage is Stage.COMPLETED:
        return None
    if chosen.renewal_due_on is None:
        return translate(
            "CollaborationsView",
            "Give the collaboration its end date first: the renewal is prepared "
            "in the last months before the end.",
        )
    if today < chosen.renewal_due_on:
        return fill(
            translate("CollaborationsView", "The renewal can be prepared from %1."),
            [format_date(chosen.renewal_due_on)],
        )
    return None
