"""The collaboration's Documents button: a menu with the agreement, the
acknowledgement of transfer and the signed copy, each opening its dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton

if TYPE_CHECKING:
    from collabdesk.ui.collaborations.collaborations_view import CollaborationsView

translate = QCoreApplication.translate


def attach_documents_menu(view: CollaborationsView, button: QPushButton) -> QMenu:
    menu = QMenu(button)
    menu.setObjectName("documentsMenu")
    write = menu.addAction(translate("DocumentsMenu", "Write &agreement…"))
    write.setObjectName("writeAgreementAction")
    write.triggered.connect(lambda: open_agreement(view))
    act = menu.addAction(translate("DocumentsMenu", "Acknowledgement of &transfer…"))
    act.setObjectName("acknowledgementAction")
    act.triggered.connect(lambda: open_acknowledgement(view))
    signed = menu.addAction(translate("DocumentsMenu", "Attach &signed agreement…"))
    signed.setObjectName("attachSignedAction")
    signed.triggered.connect(lambda: open_signed(view))
    add_letters(view, menu)  # issue 17, item 3: ui/documents/partner_letters.py
    button.setMenu(menu)
    return menu


def add_letters(view: CollaborationsView, menu: QMenu) -> None:
    letters = menu.addMenu(translate("DocumentsMenu", "&Letter to the partner"))
    letters.setObjectName("lettersMenu")
    for kind, text in (
        ("follow-up", translate("DocumentsMenu", "&Follow-up after the pitch…")),
        ("reminder", translate("DocumentsMenu", "&Reminder: your part is due…")),
        ("thank-you", translate("DocumentsMenu", "&Thank-you after delivery…")),
    ):
        action = letters.addAction(text)
        action.setObjectName(f"letter-{kind}Action")
        action.triggered.connect(lambda _=False, k=kind: open_letter(view, k))


def open_letter(view: CollaborationsView, kind: str) -> None:
    from collabdesk.ui.documents.partner_letters import open_partner_letter

    desk, chosen = view.desk, view.current_id()
    if desk is not None and chosen is not None:
        open_partner_letter(desk, chosen, kind, view)


def open_agreement(view: CollaborationsView) -> None:
    from collabdesk.ui.documents.agreement_dialog import AgreementDialog

    desk, chosen = view.desk, view.current_id()
    if desk is not None and chosen is not None:
        AgreementDialog(desk, chosen, view).exec()


def open_acknowledgement(view: CollaborationsView) -> None:
    from collabdesk.ui.documents.acknowledgement_dialog import AcknowledgementDialog

    desk, chosen = view.desk, view.current_id()
    if desk is not None and chosen is not None:
        AcknowledgementDialog(desk, chosen, view).exec()


def open_signed(view: CollaborationsView) -> None:
    from collabdesk.ui.documents.signed_agreement_dialog import SignedAgreementDialog

    desk, chosen = view.desk, view.current_id()
    if desk is not None and chosen is not None:
        dialog = SignedAgreementDialog(desk.agreements, chosen, view)
        if dialog.exec() == SignedAgreementDialog.DialogCode.Accepted:
            view.refresh()
