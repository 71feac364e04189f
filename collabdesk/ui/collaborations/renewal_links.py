"""The details pane's "Renewal:" line: when the renewal is due, and links
to the renewal and to the original (titles escaped: a title is text, never
markup)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from collabdesk.domain.message import fill
from collabdesk.services.errors import ServiceError
from collabdesk.ui.shell.i18n import format_date

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

translate = QCoreApplication.translate


def _link(number: int, title: str) -> str:
    return f'<a href="collaboration:{number}">{escape(title[:120])}</a>'


def renewal_html(desk: Desk, collaboration_id: int) -> str:
    try:
        links = desk.renewals.links(collaboration_id)
    except ServiceError:
        return "—"
    lines: list[str] = []
    if links.renewal is not None:
        text = translate("CollaborationDetails", "renewed as %1")
        lines.append(fill(escape(text), [_link(*links.renewal)]))
    elif links.due_now and links.due_on is not None:
        text = translate("CollaborationDetails", "due since %1 — click Renew…")
        lines.append(escape(fill(text, [format_date(links.due_on)])))
    elif links.due_on is not None:
        text = translate("CollaborationDetails", "due from %1")
        lines.append(escape(fill(text, [format_date(links.due_on)])))
    if links.original is not None:
        text = translate("CollaborationDetails", "renews %1")
        lines.append(fill(escape(text), [_link(*links.original)]))
    return "<br>".join(lines) or "—"
