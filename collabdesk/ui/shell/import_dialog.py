"""File → Import partners / commitments: a preview of the file with its encoding and
separator, a column mapping, what would be rejected, flagged as a
duplicate or left out as damaged, and an import with progress that can be
cancelled (one transaction: a cancelled import leaves nothing). The Import
button says how many rows are left out; damaged rows are imported around
only after the user confirms.

Reading the file and planning (every row checked, every name compared with
the database's: seconds at 100,000 rows) run in a worker thread
(`in_background`), never on the GUI thread: the dialog says "Checking the
rows…" meanwhile and polls for the result; a plan made for an older
mapping is dropped."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.services.partner_transfer import (
    PARTNER_FIELDS,
    ImportCancelledError,
    RowProblem,
    guess_mapping,
)
from collabdesk.ui.operations.run import PROGRESS_DELAY_MS, Done, busy_cursor, progress_steps
from collabdesk.ui.widgets import prompts
from collabdesk.ui.widgets.actions import allow
from collabdesk.ui.widgets.labels import problem_text
from collabdesk.ui.widgets.named import named
from collabdesk.ui.widgets.service_text import error_text, message_text

if TYPE_CHECKING:
    from collabdesk.services.tabular import Table

PREVIEW_ROWS = 20
SHOW_PROBLEMS = 200
POLL_MS = 15  # how often the GUI thread looks whether the worker is done

T = TypeVar("T")

# One worker for previews: a second file or a new mapping queues behind the
# first instead of competing with it for the one SQLite connection.
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="import-preview")


def in_background(call: Callable[[], T]) -> Future[T]:
    """Run `call` off the GUI thread (file reading, planning: no Qt inside)."""
    return _WORKER.submit(call)


def wait_turning(parent: QWidget, text: str, call: Callable[[], T]) -> Future[T]:
    """Run `call` in the worker and wait for it with the event loop turning
    (a progress line after PROGRESS_DELAY_MS); the finished future back."""
    future = in_background(call)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("importReadProgress")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: loop.quit() if future.done() else dialog.setValue(0))
    timer.start()
    if not future.done():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    return future


def read_in_background(
    parent: QWidget,
    path: Path,
    read: Callable[[Path], Table],
    *,
    failure_title: str,
    expected: tuple[type[Exception], ...],
) -> Done[Table] | None:
    """Read the chosen file in the worker while the window's event loop turns
    (a progress line after PROGRESS_DELAY_MS); None when refused (said why)."""
    future = wait_turning(
        parent,
        fill(QCoreApplication.translate("ImportDialog", "Reading %1…"), [path.name]),
        lambda: read(path),
    )
    try:
        return Done(future.result())
    except expected as exc:
        prompts.error(parent, failure_title, _refusal_text(exc))
        return None


def _refusal_text(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        name = exc.filename if isinstance(exc.filename, str) else ""
        return f"{name}: {exc.strerror}" if name else exc.strerror
    return error_text(exc)


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ImportDialog(QDialog):
    def __init__(
        self,
        transfer: Any,  # PartnerTransfer or CommitmentTransfer: plan() and apply()
        table: Table,
        file_name: str,
        before_import: Callable[[], object] | None = None,
        parent: QWidget | None = None,
        fields: Mapping[str, tuple[str, ...]] = PARTNER_FIELDS,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(title or self.tr("Import partners"))
        self._transfer = transfer
        self._table = table
        self._before_import = before_import
        self._fields = fields
        self.plan: Any = None
        self.imported = 0
        self._planning: Future[Any] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._take_plan)

        source = fill(
            self.tr("%1: %Ln row(s), encoding %2", "", len(table.rows)), [file_name, table.encoding]
        )
        if table.separator:
            shown = {"\t": self.tr("tab"), ";": ";", ",": ","}[table.separator]
            source += fill(self.tr(", separator %1"), [shown])
        self.source_label = _plain(source)
        self.source_label.setObjectName("importSourceLabel")

        guessed = guess_mapping(table.headers, fields)
        mapping = QGridLayout()
        self.map_combos: list[QComboBox] = []
        for index, header in enumerate(table.headers):
            combo = named(QComboBox(), f"mapCombo{index}")
            combo.addItem(self.tr("(do not import)"), "")
            for name in fields:
                combo.addItem(self._field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(index, ""))))
            combo.currentIndexChanged.connect(self._replan)
            mapping.addWidget(_plain(header or self.tr("(no header)")), index // 3, (index % 3) * 2)
            mapping.addWidget(combo, index // 3, (index % 3) * 2 + 1)
            self.map_combos.append(combo)

        self.preview = named(QTableWidget(), "importPreview")
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(list(table.headers))
        shown_rows = table.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(shown_rows))
        self.preview.setVerticalHeaderLabels([str(n) for n in table.row_numbers[:PREVIEW_ROWS]])
        for r, row in enumerate(shown_rows):
            for c, value in enumerate(row[: len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(value[:300]))

        self.summary = _plain("")
        self.summary.setObjectName("importSummary")
        self.problems = named(QPlainTextEdit(), "importProblems")
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(120)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.source_label)
        layout.addWidget(_plain(self.tr("Which field each column fills:")))
        layout.addLayout(mapping)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(820, 560)
        self._replan()

    def _reason(self, problem: RowProblem) -> str:
        """Why a row is left out, in the user's language where the service
        said it in parts (field problems, a Message); else its own words."""
        if problem.problems:
            return "; ".join(
                f"{self._field_label(p.field)}: "
                f"{problem_text(p.code, message_text(p.text), p.length, p.limit)}"
                for p in problem.problems
            )
        if problem.message is not None:
            return message_text(problem.message)
        return problem.reason

    def _field_label(self, name: str) -> str:
        labels = {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "status": self.tr("Status"),
            "city": self.tr("City"),
            "email": self.tr("E-mail"),
            "phone": self.tr("Phone"),
            "website": self.tr("Website"),
            "notes": self.tr("Notes"),
            "owner": self.tr("Owner"),
            "tags": self.tr("Tags"),
            "values_notes": self.tr("Values"),
            "collaboration": self.tr("Collaboration"),
            "partner": self.tr("Partner"),
            "direction": self.tr("Direction"),
            "description": self.tr("Description"),
            "quantity": self.tr("Quantity"),
            "unit": self.tr("Unit"),
            "due_on": self.tr("Due date"),
            "value": self.tr("Value"),
            "currency": self.tr("Currency"),
            "delivered_on": self.tr("Delivered on"),
        }
        return labels.get(name, name)

    def mapping(self) -> dict[int, str]:
        chosen: dict[int, str] = {}
        for index, combo in enumerate(self.map_combos):
            name = str(combo.currentData() or "")
            if name and name not in chosen.values():
                chosen[index] = name
        return chosen

    @property
    def planning(self) -> bool:
        """The worker is still checking the rows for the current mapping."""
        return self._planning is not None

    def _replan(self) -> None:
        """Plan again for the mapping shown, in the worker; until it is done
        the Import button waits and says why."""
        self.plan = None
        # The job holds the transfer and the table, never the dialog: a dialog
        # freed by the worker's last reference would be deleted off the GUI thread.
        transfer, table, mapping = self._transfer, self._table, self.mapping()
        self._planning = in_background(lambda: transfer.plan(table, mapping))
        waiting = self.tr("Checking the rows…")
        self.summary.setText(waiting)
        allow(self.import_button, waiting)
        self._poll.start()

    def wait_for_plan(self) -> None:
        """Until the plan for the mapping shown is in (the event loop turns)."""
        while self._planning is not None:
            if self._planning.done():
                self._take_plan()
                return
            loop = QEventLoop()
            QTimer.singleShot(POLL_MS, loop.quit)
            loop.exec()

    def _take_plan(self) -> None:
        future = self._planning
        if future is None or not future.done():
            return
        self._poll.stop()
        self._planning = None
        try:
            self.plan = future.result()
        except ServiceError as exc:
            self.plan = None
            self.summary.setText(error_text(exc))
            self.problems.clear()
            allow(self.import_button, error_text(exc))
            return
        self._show_plan(self.plan)

    def _show_plan(self, plan: Any) -> None:
        parts = [
            self.tr("Will import %n record(s)", "", len(plan.to_add)),
            self.tr("%n row(s) rejected", "", len(plan.rejected)),
            self.tr("%n duplicate(s) skipped.", "", len(plan.duplicates)),
        ]
        if plan.damaged:
            parts.insert(1, self.tr("%n damaged row(s) left out", "", len(plan.damaged)))
        self.summary.setText("; ".join(parts))
        lines = (
            [
                fill(self.tr("Row %1 damaged: %2"), [str(p.row), self._reason(p)])
                for p in plan.damaged[:SHOW_PROBLEMS]
            ]
            + [
                fill(self.tr("Row %1 rejected: %2"), [str(p.row), self._reason(p)])
                for p in plan.rejected[:SHOW_PROBLEMS]
            ]
            + [
                fill(self.tr("Row %1 duplicate (%2): %3"), [str(p.row), p.name, self._reason(p)])
                for p in plan.duplicates[:SHOW_PROBLEMS]
            ]
        )
        self.problems.setPlainText("\n".join(lines) or self.tr("No problems found."))
        left_out = len(plan.damaged) + len(plan.rejected) + len(plan.duplicates)
        self.import_button.setText(
            self.tr("&Import, leaving out %n row(s)", "", left_out)
            if left_out
            else self.tr("&Import")
        )
        allow(
            self.import_button,
            None if plan.to_add else self.tr("Nothing to import: no row of the file can be added."),
        )

    def _accepts_damaged_rows(self) -> bool:
        """Damaged rows may mean the file was misread: ask before importing around them."""
        damaged = len(self.plan.damaged)
        if not damaged:
            return True
        question = self.tr(
            "%n row(s) of the file are damaged (listed in this window) and will not be "
            "imported. Import the other rows?",
            "",
            damaged,
        )
        return prompts.confirm(self, self.windowTitle(), question)

    def run_import(self) -> None:
        self.wait_for_plan()  # the button waits for it; a script calling this too
        if self.plan is None or not self.plan.to_add or not self._accepts_damaged_rows():
            return
        total = len(self.plan.to_add)
        try:
            with progress_steps(self, self.tr("Importing…"), total, name="importProgress") as step:
                if self._before_import is not None:  # the backup: seconds at 400 MB
                    wait_turning(
                        self, self.tr("Backing up the data first…"), self._before_import
                    ).result()
                with busy_cursor():
                    self.imported = self._transfer.apply(self.plan, step)
        except ImportCancelledError as exc:
            prompts.info(self, self.tr("Import cancelled"), error_text(exc))
            return
        except Exception as exc:  # a message, never a traceback; nothing was imported
            prompts.error(self, self.tr("Nothing was imported"), error_text(exc))
            return
        self.accept()
