"""The stage line of a collaboration's details: from "agreed" on, whether
the agreement is signed ("agreed — signed 03.02.2026 (Печатный двор)")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from collabdesk.domain.enums import Stage
from collabdesk.services.errors import ServiceError
from collabdesk.ui.shell.i18n import format_date
from collabdesk.ui.widgets.labels import stage_label

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

translate = QCoreApplication.translate
SIGNED_FROM = (Stage.AGREED, Stage.DELIVERING, Stage.COMPLETED)


def stage_with_signature(desk: Desk, collaboration_id: int, stage: Stage) -> str:
    label = stage_label(stage)
    if stage not in SIGNED_FROM:
        return label
    try:
        signed = desk.agreements.signed(collaboration_id)
    except ServiceError:
        return label
    if not signed:
        state = translate("AgreementStatus", "no agreement written")
    elif all(record is None for record in signed.values()):
        state = translate("AgreementStatus", "agreement not signed")
    else:
        parts = []
        for record in signed.values():
            if record is None:
                continue
            parts.append(
                translate("AgreementStatus", "signed %1").replace(
                    "%1", format_date(record.signed_on) if record.signed_on else ""
                )
                + (f" ({record.partner_name})" if len(signed) > 1 else "")
            )
        unsigned = sum(record is None for record in signed.values())
        if unsigned:
            parts.append(
                translate("AgreementStatus", "not signed: %1").replace("%1", str(unsigned))
            )
        state = ", ".join(parts)
    return f"{label} — {state}"
