"""Actions and buttons of the widget kit: how one is made, and how it says
why it cannot work.

An action that cannot succeed is disabled, and its tooltip and status tip
give the reason ("There is no collaboration yet…") instead of a dialog
that opens and then refuses. Enabled again, it shows its own tip (or none):
the reason never outlives the state it explains. `allow` does this the
same way for a menu action and for a push button, and for a button and the
menu action that twins it at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

from collabdesk.ui.widgets.named import named

Slot = Callable[[], object]
Shortcut = str | QKeySequence | QKeySequence.StandardKey
Switchable = QAction | QAbstractButton  # what `allow` enables or explains


def make_action(
    parent: QObject,
    text: str,
    name: str,
    slot: Slot | None = None,
    *,
    shortcut: Shortcut | None = None,
    context: Qt.ShortcutContext | None = None,
    tip: str = "",
) -> QAction:
    """A QAction with its objectName; `slot` is called without the
    `checked` argument QAction.triggered passes."""
    action = named(QAction(text, parent), name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if context is not None:
        action.setShortcutContext(context)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def allow(targets: Switchable | Iterable[Switchable], reason: str | None, tip: str = "") -> None:
    """Enable `targets` when `reason` is None, else disable them and show
    `reason` as their tooltip and status tip. Enabled, they show `tip`
    (empty: Qt's default, the action's own text)."""
    shown = tip if reason is None else reason
    for target in (targets,) if isinstance(targets, Switchable) else targets:
        target.setEnabled(reason is None)
        target.setToolTip(shown)
        target.setStatusTip(shown)


def reason_of(target: Switchable) -> str | None:
    """Why `target` is disabled (None while it is enabled)."""
    return None if target.isEnabled() else target.toolTip()


def follow(action: QAction, button: QAbstractButton) -> None:
    """Give `action` (a menu's twin of `button`) the button's state now;
    the owner then passes both to `allow` together."""
    allow(action, reason_of(button), button.toolTip())
