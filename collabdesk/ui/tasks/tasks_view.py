"""The Tasks section: "My tasks" (open steps assigned to me and open
promises I own) and "This week" (everybody's overdue and next seven days,
or only mine), across collaborations; and the banner's line about what is
assigned to me.

"Me" is the staff member chosen at this computer (services/staff_me.py;
the old "My name" migrates to them), read at each refresh, so a choice made
in Settings or from the command line shows at once. From the
keyboard: Enter opens the task's promise in its collaboration, Space or
Ctrl+D ticks a step done, Ctrl+T opens the promise's steps.
ui/shell/sections.py calls install_tasks() once, after the first paint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.errors import ServiceError, fill
from collabdesk.services.staff_identity import Me
from collabdesk.services.task_query import TaskKind, TaskQuery, TaskRow
from collabdesk.ui.operations.run import run_operation
from collabdesk.ui.tasks.task_table_model import TaskTableModel
from collabdesk.ui.widgets.actions import allow, make_action
from collabdesk.ui.widgets.error_label import plain_label
from collabdesk.ui.widgets.named import named

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk
    from collabdesk.ui.shell.main_window import MainWindow

# What the queues show: a step or a promise changed, or what they hang on.
TASK_TABLES = frozenset(
    {
        "commitment",
        "commitment_step",
        "collaboration",
        "collaboration_partner",
        "partner",
        "my_name",
        "staff",
    }
)
BANNER_KEY = "mytasks"
DeskOf = Callable[[], "Desk | None"]


def ask_name(parent: QWidget, current: str) -> str | None:
    """Ask for my name; None when cancelled. Tests replace this."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("TaskList", "My name"),
        QCoreApplication.translate(
            "TaskList",
            "Your name as it is written in owners and assignees (e.g. Olga Petrova). "
            "It is kept on this computer.",
        ),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return text if ok else None


def me_here(desk: Desk | None, data_dir: Path | None) -> Me:
    """Who "me" is: nobody without a database or when the database is busy."""
    if desk is None:
        return Me("")
    from collabdesk.services.staff_me import me as staff_me  # loads SQLAlchemy: late

    try:
        return staff_me(desk.staff, data_dir)
    except (ServiceError, OSError):
        return Me("")


class TaskList(QWidget):
    """One queue: My tasks (`week` False) or This week (`week` True)."""

    def __init__(
        self, week: bool, desk_of: DeskOf, data_dir: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.week = week
        self._desk_of = desk_of
        self._data_dir = data_dir
        self.setObjectName("weekTasks" if week else "myTasks")
        self.model = TaskTableModel(self)
        self.name_label = named(plain_label(wrap=False), "myNameLabel")
        self.name_button = named(QPushButton(self.tr("Set my &name…")), "setMyNameButton")
        self.name_button.clicked.connect(self.set_name)
        self.mine_check = named(QCheckBox(self.tr("Only &mine")), "onlyMineCheck")
        self.mine_check.setVisible(week)
        self.mine_check.toggled.connect(lambda _on: self.refresh())
        # One branch's queue, opened from the Overview; unticked, it goes.
        self.branch_id: int | None = None
        self.branch_check = named(QCheckBox(), "onlyBranchCheck")
        self.branch_check.setAccessibleName(self.tr("Only one branch"))
        self.branch_check.hide()
        self.branch_check.toggled.connect(self._on_branch_toggled)
        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.mine_check)
        top.addWidget(self.branch_check)
        top.addWidget(self.name_button)

        self.table = named(QTableView(), "weekTaskTable" if week else "myTaskTable")
        self.table.setAccessibleName(self.tr("This week") if week else self.tr("My tasks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TaskTableModel.WHAT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (TaskTableModel.DUE, 240),  # "04.12.2026 (опоздание 3 дня)" whole
            (TaskTableModel.KIND, 150),
            (TaskTableModel.WHO, 150),
            (TaskTableModel.COLLABORATION, 280),
        ):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.empty = named(plain_label(), "taskEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.done_button = named(QPushButton(self.tr("&Done")), "taskDoneButton")
        self.done_button.clicked.connect(self.done_selected)
        self.open_button = named(QPushButton(self.tr("&Open…")), "openTaskButton")
        self.open_button.clicked.connect(self.open_selected)
        self.steps_button = named(QPushButton(self.tr("&Steps…")), "taskStepsButton")
        self.steps_button.clicked.connect(self.steps_of_selected)
        self.count_label = named(plain_label(wrap=False), "taskCount")
        buttons = QHBoxLayout()
        for button in (self.done_button, self.open_button, self.steps_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        for key, slot, widget, name in (
            (QKeySequence(Qt.Key.Key_Return), self.open_selected, self.table, "openTaskKey"),
            (QKeySequence(Qt.Key.Key_Enter), self.open_selected, self.table, "openTaskEnterKey"),
            (QKeySequence(Qt.Key.Key_Space), self.done_selected, self.table, "taskDoneKey"),
            (QKeySequence("Ctrl+D"), self.done_selected, self, "taskDoneShortcut"),
            (QKeySequence("Ctrl+T"), self.steps_of_selected, self, "taskStepsKey"),
        ):
            context = (
                Qt.ShortcutContext.WidgetShortcut
                if widget is self.table
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            widget.addAction(make_action(self, "", name, slot, shortcut=key, context=context))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._update_state()

    # --- reading ------------------------------------------------------------------------
    def me(self) -> str:
        return self.person().name

    def person(self) -> Me:
        """The staff member at this computer, settled (the old "My name"
        becomes them); nobody while the database is not open."""
        return me_here(self._desk_of(), self._data_dir)

    def query(self) -> TaskQuery:
        mine = not self.week or self.mine_check.isChecked()
        if not mine:
            return TaskQuery(week=self.week, branch_id=self.branch_id)
        person = self.person()
        return TaskQuery(
            me=person.name, week=self.week, me_staff_id=person.staff_id, branch_id=self.branch_id
        )

    def show_branch(self, branch_id: int | None, name: str) -> None:
        """Only the promises of one branch's collaborations (None: all)."""
        self.branch_id = branch_id
        self.branch_check.blockSignals(True)
        self.branch_check.setChecked(branch_id is not None)
        self.branch_check.blockSignals(False)
        self.branch_check.setText(fill(self.tr("Only %1"), [name]) if branch_id else "")
        self.branch_check.setVisible(branch_id is not None)
        self.refresh()

    def _on_branch_toggled(self, on: bool) -> None:
        if not on:
            self.show_branch(None, "")

    def refresh(self) -> None:
        desk = self._desk_of()
        keep = self.selected()
        query = self.query()
        no_name = (not self.week or self.mine_check.isChecked()) and not query.mine
        try:
            self.model.set_source(None if desk is None or no_name else desk.tasks, query)
        except ServiceError:  # a busy database: the next change or showing reads again
            self.model.set_source(None, query)
        row = self.model.row_of_key(keep.key) if keep is not None else None
        if row is None and self.model.rowCount():
            row = 0  # the first task is selected: Enter or Space work at once
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, TaskTableModel.WHAT))
        self._update_state()

    def selected(self) -> TaskRow | None:
        index = self.table.currentIndex()
        return self.model.task_at(index.row()) if index.isValid() else None

    def _update_state(self) -> None:
        me = self.me()
        self.name_label.setText(
            fill(self.tr("My name: %1"), [me]) if me else self.tr("My name is not set.")
        )
        self.name_button.setText(self.tr("Change my &name…") if me else self.tr("Set my &name…"))
        mine = not self.week or self.mine_check.isChecked()
        if self._desk_of() is None:
            self._show_empty(self.tr("Opening the database…"))
        elif mine and not me:
            self._show_empty(
                self.tr(
                    "Nothing is assigned to you yet, because your name is not set. Set it with "
                    "“Set my name…” above (or in Settings ▸ My name): steps and promises whose "
                    "assignee or owner is that name then show here."
                )
            )
        elif self.model.total == 0 and self.week:
            self._show_empty(
                self.tr(
                    "Nothing is overdue or due in the next seven days. Promises and steps "
                    "with a due date show here when their week comes."
                )
            )
        elif self.model.total == 0:
            self._show_empty(
                fill(
                    self.tr(
                        "Nothing is assigned to %1. Give a promise this owner, or add steps "
                        "to a promise (Commitments ▸ Steps…) with this name as who does them."
                    ),
                    [me],
                )
            )
        else:
            self.stack.setCurrentWidget(self.table)
        if self.model.total_exact:
            self.count_label.setText(self.tr("%n task(s)", "", self.model.total))
        else:
            self.count_label.setText(self.tr("more than %n task(s)", "", self.model.total))
        task = self.selected()
        pick = None if task is not None else self.tr("Select a task first.")
        step_only = self.tr(
            "A promise is delivered with its date and proof: open it and use Mark delivered…"
        )
        done_reason = pick or (None if task and task.kind is TaskKind.STEP else step_only)
        allow(self.done_button, done_reason, self.tr("Tick the step done (Space)"))
        allow(self.open_button, pick, self.tr("Open the promise in its collaboration (Enter)"))
        allow(self.steps_button, pick, self.tr("The steps of this promise (Ctrl+T)"))

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the name may have been set from the command line meanwhile

    # --- actions --------------------------------------------------------------------------
    def done_selected(self) -> None:
        task, desk = self.selected(), self._desk_of()
        if task is None or desk is None or task.kind is not TaskKind.STEP:
            return
        done = run_operation(
            self, lambda: desk.steps.tick(task.id), failure_title=self.tr("Step not ticked")
        )
        if done is not None:
            row = self.table.currentIndex().row()
            self.refresh()
            if self.model.rowCount():  # keep the place: the next task is selected
                row = min(row, self.model.rowCount() - 1)
                self.table.setCurrentIndex(self.model.index(row, TaskTableModel.WHAT))

    def open_selected(self) -> None:
        task, desk = self.selected(), self._desk_of()
        if task is None or desk is None:
            return
        from collabdesk.ui.collaborations.collaboration_commitments import (
            CollaborationCommitmentsDialog,
        )

        dialog = CollaborationCommitmentsDialog(
            desk, task.collaboration_id, task.collaboration, self
        )
        dialog.pane.select_commitment(task.commitment_id)
        from collabdesk.ui.commitments import commitment_dialogs  # loads the services: late

        commitment_dialogs.exec_dialog(dialog)
        dialog.deleteLater()
        self.refresh()

    def steps_of_selected(self) -> None:
        task, desk = self.selected(), self._desk_of()
        if task is None or desk is None:
            return
        from collabdesk.ui.commitments.steps_editor import open_steps

        open_steps(self, desk, task.commitment_id, task.commitment)
        self.refresh()

    def set_name(self) -> None:
        if self._data_dir is None:
            return
        data_dir = self._data_dir
        desk = self._desk_of()
        if desk is None:
            return
        typed = ask_name(self, self.me())
        if typed is None:
            return
        from collabdesk.services.staff_me import choose_named  # loads SQLAlchemy: late

        done = run_operation(
            self,
            lambda: choose_named(desk.staff, data_dir, typed),
            failure_title=self.tr("Name not saved"),
        )
        if done is not None:
            section = self.parentWidget()
            while section is not None and not isinstance(section, TasksSection):
                section = section.parentWidget()
            if section is not None:
                section.refresh()
            else:
                self.refresh()


class TasksSection(QWidget):
    """My tasks and This week, as sub-tabs of one section."""

    def __init__(
        self, desk_of: DeskOf, data_dir: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tasksSection")
        self.mine = TaskList(False, desk_of, data_dir)
        self.week = TaskList(True, desk_of, data_dir)
        self.tabs = named(QTabWidget(), "taskTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.mine, self.tr("My tasks"))
        self.tabs.addTab(self.week, self.tr("This week"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.on_refresh: Callable[[], None] = lambda: None

    def refresh(self) -> None:
        for queue in (self.mine, self.week):
            if queue.isVisible():
                queue.refresh()
            else:
                queue._update_state()
        self.on_refresh()

    def show_queue(self, queue: TaskList) -> None:
        node = self.parentWidget()
        while node is not None and not isinstance(node, QTabWidget):
            node = node.parentWidget()
        if node is not None:
            node.setCurrentWidget(self)
        self.tabs.setCurrentWidget(queue)
        queue.table.setFocus(Qt.FocusReason.OtherFocusReason)


class MyTasksLine(QFrame):
    """The banner's line: what is assigned to me, late and due this week."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myTasksBanner")
        self.setStyleSheet("#myTasksBanner { background: #e7f1fb; } QLabel { color: #0b2e4f; }")
        self.text = named(QLabel(text), "myTasksText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.show_button = named(QPushButton(self.tr("Show my tasks")), "showMyTasksButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)


def refresh_my_tasks_line(window: MainWindow, section: TasksSection | None = None) -> None:
    """One line by key: my open tasks, how many late, how many this week;
    none when my name is not set or nothing is assigned to me."""
    section = section or window.findChild(TasksSection, "tasksSection")
    desk = window.desk
    person = me_here(desk, window.data_dir)
    me = person.name
    if section is None or desk is None or not me:
        window.banner.remove(BANNER_KEY)
        return
    try:
        counts = desk.tasks.counts(me, me_staff_id=person.staff_id)
    except ServiceError:  # a busy database must not stop the window
        return
    if counts.total == 0:
        window.banner.remove(BANNER_KEY)
        return
    text = fill(
        QCoreApplication.translate(
            "MyTasksLine", "Assigned to you (%1): %2 open; overdue: %3, due this week: %4."
        ),
        [me, counts.total, counts.overdue, counts.this_week],
    )
    line = MyTasksLine(text)
    line.show_button.clicked.connect(lambda: section.show_queue(section.mine))
    window.banner.set_line(BANNER_KEY, line)


def _shower(section: TasksSection, queue: TaskList) -> Callable[[], None]:
    return lambda: section.show_queue(queue)


def install_tasks(window: MainWindow) -> TasksSection:
    section = TasksSection(lambda: window.desk, window.data_dir)
    window.add_section(section, QCoreApplication.translate("MainWindow", "Tasks"))
    section.on_refresh = lambda: refresh_my_tasks_line(window, section)
    for text, name, queue, key in (
        (QCoreApplication.translate("MainWindow", "&My tasks"), "myTasksAction", section.mine,
         "Ctrl+Shift+T"),
        (QCoreApplication.translate("MainWindow", "This &week"), "weekTasksAction", section.week,
         "Ctrl+Shift+W"),
    ):  # fmt: skip
        window.menus.view.addAction(
            make_action(window, text, name, _shower(section, queue), shortcut=key)
        )
    window.changes.follow(section, TASK_TABLES, lambda _changes: section.refresh())
    return section
