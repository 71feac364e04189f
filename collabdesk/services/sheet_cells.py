"""The cells an .xlsx worksheet really holds, within bounded time and memory.

A worksheet's declared size can be anything: a 5 KB file whose one cell
sits at XFD1048576 claims 16,384 columns and 1,048,576 rows, and reading it
the way openpyxl pads rows (every row as wide as the widest, every missing
row filled in) takes tens of gigabytes. Here the declared size is ignored
(`reset_dimensions`), rows come as the file holds them, and only cells with
a value are kept, with their real row and column numbers.

Limits, checked while reading (a sheet past one is refused with a message
naming it; nothing is imported):
- MAX_DATA_ROWS: at most 100,000 rows with a value below the header row;
- MAX_COLUMNS: no value right of column 200 (GR);
- MAX_SCANNED_CELLS: at most 50 million cells read, counting the empty
  cells openpyxl puts before a row's last cell (a formatted but empty cell
  far to the right costs its whole row); real tables stay far below.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError

MAX_DATA_ROWS = 100_000
MAX_COLUMNS = 200
MAX_SCANNED_CELLS = 50_000_000
CONTEXT = "SheetCells"


class SheetTooLargeError(ServiceError):
    """The sheet is past one of the limits above; `message` names it."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)


@dataclass(frozen=True)
class SheetRow:
    number: int  # the spreadsheet's row number, 1-based
    cells: tuple[tuple[int, object], ...]  # (0-based column, value) of cells with a value


def column_name(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, as spreadsheets name columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _too_large(template: str, *args: object) -> SheetTooLargeError:
    return SheetTooLargeError(Message(CONTEXT, template, args))


def sheet_rows(sheet: Any) -> Iterator[SheetRow]:
    """Rows of an openpyxl read-only worksheet that hold a value, in order.
    Raises SheetTooLargeError as soon as a limit is passed."""
    sheet.reset_dimensions()  # the declared size may be a lie; read what is there
    scanned = 0
    kept = 0
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if not row:
            continue
        scanned += len(row)
        if scanned > MAX_SCANNED_CELLS:
            raise _too_large(
                QT_TRANSLATE_NOOP(
                    "SheetCells",
                    "The sheet is too large to import: more than %1 cells by row %2. "
                    "Copy the table into a new workbook and retry.",
                ),
                f"{MAX_SCANNED_CELLS:,}",
                number,
            )
        beyond = row[MAX_COLUMNS:]
        if beyond.count(None) != len(beyond):  # count() runs in C: cheap on a wide row
            far = MAX_COLUMNS + next(i for i, value in enumerate(beyond) if value is not None)
            raise _too_large(
                QT_TRANSLATE_NOOP(
                    "SheetCells",
                    "Cell %1 is beyond column %2: at most %3 columns can be imported. "
                    "Delete what lies to the right of the table and retry.",
                ),
                f"{column_name(far)}{number}",
                column_name(MAX_COLUMNS - 1),
                MAX_COLUMNS,
            )
        cells = tuple(
            (index, value) for index, value in enumerate(row[:MAX_COLUMNS]) if value is not None
        )
        if not cells:
            continue
        kept += 1
        if kept > MAX_DATA_ROWS + 1:  # the header row and MAX_DATA_ROWS below it
            raise _too_large(
                QT_TRANSLATE_NOOP(
                    "SheetCells",
                    "The sheet has more than %1 rows of data (row %2 is one too many); "
                    "split it into smaller files and retry.",
                ),
                f"{MAX_DATA_ROWS:,}",
                number,
            )
        yield SheetRow(number, cells)
