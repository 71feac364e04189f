"""The one way to choose a partner: a combo box that filters as you type.

Typing any part of a name (or of the kind: "designer") narrows the list;
Down and Enter pick, Escape keeps the partner chosen before. Each entry reads
"name — kind", and the partners the caller knows to be likely (those already
in the collaboration, then the kinds that fit) come first. Matching ignores
case and reads "е" for "ё" (a search key kept in a hidden role), as the
partner search does. The picker returns a partner id, never typed text."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import NamedTuple, Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from collabdesk.domain.enums import PartnerKind
from collabdesk.domain.text import search_key
from collabdesk.ui.widgets.labels import kind_label

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 7  # search_key of the shown text
NAME_ROLE = Qt.ItemDataRole.UserRole + 8  # the name alone, without the kind
TYPING_PAUSE_MS = 150
MIN_CHARACTERS = 24  # wide enough for "Кофейня «Берёзовый лист» — Компания"


class PartnerOption(NamedTuple):
    """One partner to offer; `kind` None when the caller does not know it."""

    id: int
    name: str
    kind: PartnerKind | None = None


class _Named(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...


def options_from(rows: Iterable[_Named]) -> list[PartnerOption]:
    """Options from any rows with `id`, `name` and (maybe) `kind`."""
    return [PartnerOption(row.id, row.name, getattr(row, "kind", None)) for row in rows]


def option_text(option: PartnerOption) -> str:
    return f"{option.name} — {kind_label(option.kind)}" if option.kind else option.name


def likely_first(
    options: Sequence[PartnerOption],
    first_ids: Collection[int] = (),
    likely_kinds: Collection[PartnerKind] = (),
) -> list[PartnerOption]:
    """`first_ids` in their given order, then partners of `likely_kinds`, then
    the rest; each group alphabetical (the order a person scans)."""
    rank = {pid: index for index, pid in enumerate(first_ids)}

    def key(option: PartnerOption) -> tuple[int, int, str]:
        if option.id in rank:
            return (0, rank[option.id], "")
        group = 1 if option.kind is not None and option.kind in likely_kinds else 2
        return (group, 0, search_key(option.name))

    return sorted(options, key=key)


class _Completer(QCompleter):
    """Matches the hidden search key; puts the shown text into the box."""

    def splitPath(self, path: str) -> list[str]:
        """What was typed, folded like the keys ("Пётр" finds "Петр")."""
        return [search_key(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PartnerPicker(QComboBox):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARACTERS)
        completer = _Completer(self._items, self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self._completer = completer
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._settle)
            line.setClearButtonEnabled(False)
        self.setAccessibleName(self.tr("Partner"))
        self.setToolTip(self.tr("Type part of a name or a kind to find a partner"))
        self._source: Callable[[], Sequence[PartnerOption]] | None = None
        self._source_none_text: str | None = None
        self._search: Callable[[str], Sequence[PartnerOption]] | None = None
        self._typing = QTimer(self)  # a search per pause in typing, not per key
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._search_typed)
        if line is not None:
            line.textEdited.connect(self._on_text_edited)

    def setAccessibleName(self, name: str) -> None:
        """The line edit inside takes the focus, so a screen reader asks it
        for the name: it carries the combo's."""
        super().setAccessibleName(name)
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(name)

    # --- filling -------------------------------------------------------------------
    def set_partners(
        self,
        options: Sequence[PartnerOption],
        *,
        none_text: str | None = None,
        first_ids: Collection[int] = (),
        likely_kinds: Collection[PartnerKind] = (),
        keep: int | None = None,
    ) -> None:
        """Offer `options` (likely ones first); `none_text` adds a first entry
        meaning "no partner". Keeps `keep` (or the current partner) chosen."""
        chosen = keep if keep is not None else self.partner_id()
        was_blocked = self.blockSignals(True)
        self._items.clear()
        rows = [self._item(none_text, None)] if none_text is not None else []
        rows += [
            self._item(option_text(option), option.id, option.name)
            for option in likely_first(options, first_ids, likely_kinds)
        ]
        self._items.invisibleRootItem().appendRows(rows)  # one insert, not one per partner
        self.blockSignals(was_blocked)
        found = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(found if found >= 0 else (0 if self.count() else -1))

    def set_source(self, source: Callable[[], Sequence[PartnerOption]], none_text: str) -> None:
        """Offer what `source` reads, but only when the person reaches for the
        box (focus, popup, a key): a filter refreshed with its view need not
        list 100,000 partners every time (seconds on the GUI thread). The
        partner chosen stays chosen until then."""
        self._source = source
        self._source_none_text = none_text
        if self.count() == 0:
            self.set_partners([], none_text=none_text)

    def set_search(self, search: Callable[[str], Sequence[PartnerOption]], none_text: str) -> None:
        """Offer what `search` finds for the typed text: a page of matches
        read from SQL on each pause in typing (the first page of names when
        the person reaches for the box), never every partner. The partner
        chosen stays chosen and listed."""
        self._search = search
        self.set_source(lambda: search(""), none_text)

    def _on_text_edited(self, _text: str) -> None:
        if self._search is not None:
            self._typing.start()

    def _search_typed(self, show: bool = True) -> None:
        """Refill with the matches for what is typed, keeping the text, the
        cursor and the partner chosen; then show them."""
        self._typing.stop()
        line = self.lineEdit()
        if self._search is None or line is None:
            return
        typed, cursor = line.text(), line.cursorPosition()
        self._source = None
        self._refill(self._search(typed))
        self.setEditText(typed)
        line.setCursorPosition(cursor)
        if show and typed.strip():
            self._completer.setCompletionPrefix(typed)
            self._completer.complete()

    def _refill(self, options: Sequence[PartnerOption]) -> None:
        """`options` listed, the chosen partner among them, without a signal
        when the choice stays what it was."""
        chosen = self.partner_id()
        if chosen is not None and all(option.id != chosen for option in options):
            name = str(self.itemData(self.currentIndex(), NAME_ROLE) or "")
            options = [PartnerOption(chosen, name), *options]
        self.blockSignals(True)
        self.set_partners(options, none_text=self._source_none_text, keep=chosen)
        self.blockSignals(False)

    def fill_now(self) -> None:
        """Read the source set by `set_source`, if it has not been read since."""
        source, self._source = self._source, None
        if source is not None and self._search is not None:
            self._refill(source())
        elif source is not None:
            self.set_partners(source(), none_text=self._source_none_text)

    def showPopup(self) -> None:
        self.fill_now()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.fill_now()
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.fill_now()
        super().keyPressEvent(event)

    @staticmethod
    def _item(text: str, partner_id: int | None, name: str | None = None) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(partner_id, Qt.ItemDataRole.UserRole)
        item.setData(search_key(text), SEARCH_ROLE)
        item.setData(name if name is not None else text, NAME_ROLE)
        item.setToolTip(text)
        item.setEditable(False)
        return item

    def setPlaceholderText(self, text: str) -> None:
        """Shown while nothing is listed (an editable box shows its editor's)."""
        super().setPlaceholderText(text)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(text)

    # --- reading -------------------------------------------------------------------
    def partner_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def partner_name(self) -> str:
        """The chosen partner's name without its kind ("" for none)."""
        if self.partner_id() is None:
            return ""
        return str(self.itemData(self.currentIndex(), NAME_ROLE) or "")

    def set_partner_id(self, partner_id: int | None) -> bool:
        """Choose a partner (None: the "no partner" entry, when there is one)."""
        self.fill_now()
        rows = range(self.count())
        index = next((i for i in rows if self.itemData(i) == partner_id), -1)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    # --- typed text ----------------------------------------------------------------
    def _settle(self) -> None:
        """Typed text always ends as a listed partner: the one it names
        exactly or the only one it matches; otherwise the choice before."""
        typed = search_key(self.currentText())
        if typed and typed != search_key(self.itemText(self.currentIndex())):
            exact = [i for i in range(self.count()) if self._key(i) == typed]
            partial = [i for i in range(self.count()) if typed in self._key(i)]
            matches = exact or partial
            if len(matches) == 1:
                self.setCurrentIndex(matches[0])
        self.setEditText(self.itemText(self.currentIndex()))

    def _key(self, row: int) -> str:
        return str(self.itemData(row, SEARCH_ROLE) or "")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typing.isActive():  # left before the pause: settle on what was typed
            self._search_typed(show=False)
        self._settle()
        super().focusOutEvent(event)
