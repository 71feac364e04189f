"""The services of one command: a Desk whose services are built on first use.

`Desk.over` imports every service module (the pitch's, the calendar's
icalendar, the statistics'), ~0.25 s a command that adds one partner never
needed. This stands in for it with the same attribute names; each service
is built, once, from the same constructor `Desk.over` calls.
A service it does not list (one added to Desk since) comes from a whole
Desk, built once: slower, never missing; `tests/unit/test_cli_light.py`
says which services are still missing from the list.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from collabdesk.services.desk import Desk

# Desk field → (module, class) of services built from the session factory alone.
SERVICES: dict[str, tuple[str, str]] = {
    "partners": ("partners", "PartnerService"),
    "contacts": ("contacts", "ContactService"),
    "interactions": ("interactions", "InteractionService"),
    "collaborations": ("collaborations", "CollaborationService"),
    "commitments": ("commitments", "CommitmentService"),
    "metrics": ("metrics", "MetricService"),
    "library": ("library", "LibraryService"),
    "checklist": ("checklist", "ChecklistService"),
    "advertising": ("advertising", "AdvertisingService"),
    "plan_b": ("plan_b", "PlanBService"),
    "tracker": ("commitment_tracker", "CommitmentTracker"),
    "reputation": ("reputation", "ReputationService"),
    "balances": ("value_balance", "ValueBalanceService"),
    "renewals": ("renewal", "RenewalService"),
    "calendar": ("calendar_export", "CalendarExport"),
    "history": ("history", "HistoryService"),
    "trash": ("trash", "TrashService"),
    "partner_transfer": ("partner_transfer", "PartnerTransfer"),
    "statistics": ("statistics", "StatisticsService"),
    "pitch_content": ("pitch_content", "PitchContentService"),
    "units": ("units", "UnitService"),
    "results": ("results", "ResultsService"),
    "series": ("commitment_series", "CommitmentSeriesService"),
    "steps": ("steps", "StepService"),
    "tasks": ("tasks", "TaskService"),
    "annual_reports": ("annual_report", "AnnualReportService"),
    "branches": ("branches", "BranchService"),
    "staff": ("staff", "StaffService"),
}
# Those that also take the data folder (this computer's home branch, issue 19).
WITH_DATA_DIR = frozenset({"collaborations", "metrics", "library", "statistics", "branches"})
BUILT_OTHERWISE = frozenset({"proofs"})  # more than the session factory


class CommandDesk:
    """Looks like a Desk; builds each service when a command first asks."""

    def __init__(self, sessions: sessionmaker[Session], data_dir: Path | None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir
        self._built: dict[str, Any] = {}
        from collabdesk.services.units import UnitService, install_units

        # This database's own units, read on first need: as Desk.over does.
        units = UnitService(sessions)
        install_units(units)
        self._built["units"] = units
        from collabdesk.services.staff import install_links
        from collabdesk.services.staff_me import install_person

        install_links(sessions)  # owners name staff, whichever service writes them
        install_person(sessions, data_dir)  # history names the person here

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        built = self._built.get(name)
        if built is None:
            built = self._built[name] = self._build(name)
        return built

    def _build(self, name: str) -> Any:
        if name == "proofs":
            from collabdesk.services.proofs import ProofService

            return ProofService(self._sessions, self._data_dir)
        if name not in SERVICES:  # a service added to Desk since: the whole Desk, once
            return getattr(self._whole_desk(), name)
        module, cls = SERVICES[name]
        service = getattr(importlib.import_module(f"collabdesk.services.{module}"), cls)
        if name in WITH_DATA_DIR:
            return service(self._sessions, self._data_dir)
        return service(self._sessions)

    def _whole_desk(self) -> Desk:
        whole = self._built.get("_desk")
        if whole is None:
            from collabdesk.services.desk import Desk

            whole = self._built["_desk"] = Desk.over(self._sessions, data_dir=self._data_dir)
        return cast("Desk", whole)


def command_desk(sessions: sessionmaker[Session], data_dir: Path | None) -> Desk:
    """A Desk for one command, its services built on first use."""
    return cast("Desk", CommandDesk(sessions, data_dir))
