"""Reading and writing tables of text: CSV, XLSX and vCard files.

Encodings are decided, not guessed: a byte-order mark says UTF-16 or
UTF-8; otherwise a file that decodes as strict UTF-8 is UTF-8. One that
does not is still UTF-8 when its valid multi-byte UTF-8 sequences outnumber
its invalid bytes (a UTF-8 file with a few damaged bytes); otherwise it is
read as cp1251 (what Russian Excel writes). The choice is reported so the
preview can show it. Cells are never interpreted as formulas.

Nothing in a CSV row is changed silently: a row whose field count differs
from the header's, that holds a NUL character or bytes that are not valid
in its encoding is not among `Table.rows` but in `Table.damaged`, with its
row number (the header is row 1) and why; imports list these rows as left
out.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.sheet_cells import sheet_rows

SEPARATORS = (";", ",", "\t")
MAX_FILE_BYTES = 200 * 1024 * 1024
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]+$")
_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes kept by the surrogateescape handler
CONTEXT = "TableRows"  # of the translations of the damaged-row reasons


class FileFormatError(ServiceError):
    """The file cannot be read as a table; nothing was imported."""


class EmptyFileError(FileFormatError):
    """The file holds no row with any text."""


@dataclass(frozen=True)
class DamagedRow:
    """A row left out of `Table.rows`, and why (the reason names no row)."""

    row: int  # as a spreadsheet numbers it: the header is row 1
    message: Message


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]  # the spreadsheet row of each data row (header = 1)
    encoding: str = ""
    separator: str = ""
    kind: str = "csv"
    notes: tuple[str, ...] = field(default_factory=tuple)
    damaged: tuple[DamagedRow, ...] = ()  # rows not in `rows`: see the module's docstring
    header_row: int = 1  # the row the headers come from (blank rows above are skipped)


def refuse_own_database(path: Path, database: Path | None) -> None:
    """Reading the live database as a table would open it with plain file
    calls, which drops this process's SQLite locks on it; it is no table anyway."""
    from collabdesk.store.data_files import is_live_database

    if is_live_database(path, database):
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "TableRows",
                    "%1 is CollabDesk's own database, not a table to import. Choose "
                    "the .csv, .xlsx or .vcf file you meant.",
                ),
                (path.name,),
            )
        )


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding used; a byte that is not valid
    UTF-8 in a file decided to be UTF-8 becomes U+FFFD."""
    text, encoding = decode_marked(data)
    return _UNDECODED.sub("\ufffd", text), encoding


def decode_marked(data: bytes) -> tuple[str, str]:
    """decode(), keeping each invalid byte as a lone surrogate (U+DC80…U+DCFF,
    Python's surrogateescape) so the rows holding one can be found."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise FileFormatError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("TableRows", "The file claims to be UTF-16 but is not (%1)."),
                    (exc,),
                )
            ) from exc
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "surrogateescape"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    marked = data.decode("utf-8", "surrogateescape")
    invalid = len(_UNDECODED.findall(marked))
    multibyte = sum(1 for ch in marked if ch > "\x7f") - invalid
    if multibyte > invalid:  # UTF-8 with a few damaged bytes, not another encoding
        return marked, "utf-8"
    try:
        return data.decode("cp1251"), "cp1251"
    except UnicodeDecodeError as exc:  # 0x98 is the one byte cp1251 leaves undefined
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "TableRows",
                    "The file is neither UTF-8 nor Windows-1251 text; save it again "
                    "as “CSV UTF-8” and retry.",
                ),
            )
        ) from exc


def _first_line(text: str) -> str:
    """The first record's first physical line, outside quotes."""
    line = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            break
        line.append(ch)
    return "".join(line)


def guess_separator(text: str) -> str:
    header = _first_line(text)
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def read_path(path: Path) -> Table:
    """Read a .csv/.txt/.tsv, .xlsx or .vcf file into a Table."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileFormatError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("TableRows", "%1 is larger than 200 MB; split it and retry."),
                    (path.name,),
                )
            )
        suffix = path.suffix.lower()
        if suffix == ".xlsx":
            return read_xlsx(path)
        data = path.read_bytes()
    except OSError as exc:
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("TableRows", "Cannot read %1: %2."),
                (path, exc.strerror or exc),
            )
        ) from exc
    if suffix in (".vcf", ".vcard"):
        from collabdesk.services.vcard import read_vcards

        text, encoding = decode(data)
        return read_vcards(text, encoding)
    return read_csv_bytes(data)


def read_csv_bytes(data: bytes, separator: str | None = None) -> Table:
    text, encoding = decode_marked(data)
    sep = separator or guess_separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=False)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("TableRows", "The file is not valid CSV near line %1: %2."),
                (reader.line_num, exc),
            )
        ) from exc
    return _table(list(enumerate(records, start=1)), encoding, sep, "csv")


def _table(records: list[tuple[int, list[str]]], encoding: str, sep: str, kind: str) -> Table:
    """`records` are (row number, cells); fully empty ones are dropped
    (blank lines at the end are common)."""
    numbered = [(n, r) for n, r in records if any(c.strip() for c in r)]
    if not numbered:
        raise EmptyFileError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "TableRows", "The file is empty: it has no header row and no data."
                ),
            )
        )
    header_row, header = numbered[0]
    width = len(header)
    rows = []
    numbers = []
    damaged = []
    for number, record in numbered[1:]:
        problem = _damage(record, width) if kind == "csv" else None
        if problem is not None:
            damaged.append(DamagedRow(number, problem))
            continue
        cells = [unescape_cell(c) for c in record]
        cells = (cells + [""] * width)[: max(width, len(cells))]
        rows.append(tuple(cells))
        numbers.append(number)
    return Table(
        headers=tuple(_UNDECODED.sub("\ufffd", h).strip().lstrip("\ufeff") for h in header),
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        encoding=encoding,
        separator=sep,
        kind=kind,
        damaged=tuple(damaged),
        header_row=header_row,
    )


def _damage(record: list[str], width: int) -> Message | None:
    """Why a CSV record cannot be imported as it stands, or None."""
    if any(_UNDECODED.search(cell) for cell in record):
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP("TableRows", "it holds bytes that are not valid UTF-8 text"),
        )
    if any("\x00" in cell for cell in record):
        return Message(CONTEXT, QT_TRANSLATE_NOOP("TableRows", "it holds a NUL character (byte 0)"))
    if len(record) != width:
        return Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "TableRows",
                "its number of fields (%1) differs from the header’s (%2): "
                "a separator or quotation mark missing or extra?",
            ),
            (len(record), width),
        )
    return None


def read_xlsx(path: Path) -> Table:
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("TableRows", "%1 is not a readable Excel workbook (%2)."),
                (path.name, exc),
            )
        ) from exc
    try:
        records: list[tuple[int, list[str]]] = []
        for sheet in book.worksheets:  # the first sheet that holds anything
            records = _sheet_records(sheet)
            if any(any(cell.strip() for cell in row) for _, row in records):
                break
    finally:  # a SheetTooLargeError goes up as it is: its Message names the limit
        book.close()
    return _table(records, "xlsx", "", "xlsx")


def _sheet_records(sheet: Any) -> list[tuple[int, list[str]]]:
    """(row number, text of each cell) for the rows holding a value, each as
    wide as the sheet's rightmost value (sheet_cells bounds both)."""
    rows = list(sheet_rows(sheet))
    width = max((row.cells[-1][0] + 1 for row in rows), default=0)
    records = []
    for row in rows:
        cells = [""] * width
        for index, value in row.cells:
            cells[index] = _xlsx_text(value)
        records.append((row.number, cells))
    return records


def _xlsx_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime") and hasattr(value, "day"):
        return value.strftime("%d.%m.%Y")  # type: ignore[no-any-return]
    return str(value)


def neutralise_cell(value: str) -> str:
    """Keep a spreadsheet from running a cell as a formula. Phone numbers
    (`+7 495 123-45-67`) hold no formula and stay as they are."""
    if value.startswith("'") or (value.startswith(_DANGEROUS) and not _PHONE_LIKE.match(value)):
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    """Undo neutralise_cell on a cell read back."""
    if len(value) > 1 and value[0] == "'" and value[1] in ("'", *_DANGEROUS):
        return value[1:]
    return value


def write_csv(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """CSV as Russian Excel opens it: UTF-8 with BOM, `;`, CRLF, every cell quoted
    when needed, dangerous cells neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    _write_atomically(path, buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(path: Path, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Every cell a text cell: Excel never evaluates it, phones keep their `+`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in (headers, *rows):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # openpyxl takes "=..." for a formula otherwise
            cells.append(cell)
        sheet.append(cells)
    partial = path.with_name(path.name + ".partial")
    try:
        book.save(partial)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("TableRows", "Cannot write %1: %2."),
                (path, exc.strerror or exc),
            )
        ) from exc


def _write_atomically(path: Path, data: bytes) -> None:
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP("TableRows", "Cannot write %1: %2."),
                (path, exc.strerror or exc),
            )
        ) from exc
