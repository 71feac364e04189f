"""Every part of the window after the partner list, in ONE list: the
sections (tabs: Overview, Collaborations, Commitments, Statistics) and the
File-menu additions, in the order they are built. Adding a feature to the window is one entry here
(Picard's options-page registry is the model); nothing else finds features
by name.

Each entry imports its feature when the window is finished building, after
the first paint; none of them is loaded before it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collabdesk.ui.shell.main_window import MainWindow


@dataclass(frozen=True)
class Section:
    name: str  # for logs and tests
    install: Callable[[MainWindow], None]


def _dashboard(window: MainWindow) -> None:
    from collabdesk.ui.dashboard.dashboard_view import install_dashboard

    window.dashboard = install_dashboard(window)


def _collaborations(window: MainWindow) -> None:
    from collabdesk.ui.collaborations.collaborations_view import install_collaborations

    window.collaborations = install_collaborations(window)


def _tracker(window: MainWindow) -> None:
    from collabdesk.ui.commitments.commitments_section import install_commitment_tracker

    window.commitments = install_commitment_tracker(window)


def _tasks(window: MainWindow) -> None:
    from collabdesk.ui.tasks.tasks_view import install_tasks

    window.tasks = install_tasks(window)


def _statistics(window: MainWindow) -> None:
    from collabdesk.ui.statistics.statistics_view import install_statistics

    window.statistics = install_statistics(window)


def _partner_branches(window: MainWindow) -> None:
    from collabdesk.ui.partners import partner_branches

    partner_branches.install(window)


def _settings(window: MainWindow) -> None:
    from collabdesk.ui.shell.settings_dialog import install_settings_action

    install_settings_action(window)


SECTIONS: tuple[Section, ...] = (
    Section("dashboard", _dashboard),  # Overview, one click after Partners; View ▸ Overview
    Section("collaborations", _collaborations),  # section + Collaborations menu
    Section("commitments", _tracker),  # section (tracker, reputation), View ▸ Commitments
    Section("tasks", _tasks),  # section (My tasks, This week), View ▸ My tasks / This week
    Section("statistics", _statistics),  # section, Pitch buttons
    Section("settings", _settings),  # File ▸ Settings…
    Section("partner branches", _partner_branches),  # a system's branch filter (issue 19)
)
# The Trash, undo/redo and the partner history need the services: they are
# installed by MainWindow.attach_desk (ui.history.history_actions).


def install_sections(window: MainWindow) -> None:
    for section in SECTIONS:
        section.install(window)
