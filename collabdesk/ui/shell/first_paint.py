"""Qt flag values as plain ints, for the widgets of the first paint.

PySide6 builds its whole `Qt` namespace (about 190 enums, ~11 ms here) the
first time any `Qt.…` attribute is read, and the first partner list would
otherwise wait for it. So the partner list, its header and the labels around
it take these ints, through Qt properties (which convert ints to flags in
C++) and int item roles; everything built after the first paint uses `Qt` as
usual. tests/ui/test_first_paint.py checks each value against its enum.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt::ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
USER_ROLE = 0x0100

# Qt::AlignmentFlag
ALIGN_LEFT = 0x0001
ALIGN_HCENTER = 0x0004
ALIGN_VCENTER = 0x0080
ALIGN_CENTER = ALIGN_HCENTER | ALIGN_VCENTER

# Qt::TextFormat
PLAIN_TEXT = 0


def set_alignment(widget: QObject, flags: int) -> None:
    """A QLabel's `alignment` (or a QHeaderView's `defaultAlignment`)."""
    name = (
        "defaultAlignment" if widget.metaObject().indexOfProperty("alignment") < 0 else "alignment"
    )
    widget.setProperty(name, flags)


def show_plain_text(label: QObject) -> None:
    """The label never reads `<b>` in a user's text as markup."""
    label.setProperty("textFormat", PLAIN_TEXT)
