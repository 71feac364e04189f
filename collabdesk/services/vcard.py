"""vCard (.vcf) contacts as a Table, and partners written as vCards.

Only what a partner record holds is read: FN/ORG as the name, EMAIL, TEL,
URL, the locality of ADR as the city, and NOTE. Folded lines are unfolded
and escaped characters (\\n \\, \\; \\\\) restored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message
from collabdesk.services.tabular import FileFormatError, Table

CONTEXT = "TableRows"

VCARD_FIELDS = ("name", "email", "phone", "website", "city", "notes")
_ESCAPES = re.compile(r"\\(.)")


def _unescape(value: str) -> str:
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _split_unescaped(value: str, sep: str) -> list[str]:
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unfold(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


def read_vcards(text: str, encoding: str) -> Table:
    """A Table with one row per vCard, columns VCARD_FIELDS."""
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    card: dict[str, str] | None = None
    for number, line in enumerate(unfold(text), start=1):
        if ":" not in line:
            continue
        head, value = line.split(":", 1)
        name = head.split(";", 1)[0].split(".")[-1].upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card = {"_line": str(number)}
        elif name == "END" and card is not None:
            rows.append(tuple(card.get(f, "") for f in VCARD_FIELDS))
            numbers.append(int(card["_line"]))
            card = None
        elif card is not None:
            _take(card, name, value)
    if not rows:
        raise FileFormatError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "TableRows", "The file holds no vCard (BEGIN:VCARD … END:VCARD)."
                ),
            )
        )
    return Table(
        headers=VCARD_FIELDS,
        rows=tuple(rows),
        row_numbers=tuple(numbers),
        encoding=encoding,
        kind="vcard",
    )


def _take(card: dict[str, str], name: str, value: str) -> None:
    if name == "ORG":
        card["name"] = _unescape(_split_unescaped(value, ";")[0])
    elif name == "FN":
        card.setdefault("name", _unescape(value))
    elif name in ("EMAIL", "TEL", "URL", "NOTE"):
        key = {"EMAIL": "email", "TEL": "phone", "URL": "website", "NOTE": "notes"}[name]
        card.setdefault(key, _unescape(value))
    elif name == "ADR":
        parts = _split_unescaped(value, ";")
        if len(parts) > 3:
            card.setdefault("city", _unescape(parts[3]))


def write_vcards(cards: Iterable[Sequence[str]]) -> str:
    """vCard 3.0 text for rows of (name, email, phone, website, city, notes)."""
    out: list[str] = []
    for name, email, phone, website, city, notes in cards:
        out += ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(name)}", f"ORG:{_escape(name)}"]
        if email:
            out.append(f"EMAIL;TYPE=work:{_escape(email)}")
        if phone:
            out.append(f"TEL;TYPE=work:{_escape(phone)}")
        if website:
            out.append(f"URL:{_escape(website)}")
        if city:
            out.append(f"ADR;TYPE=work:;;;{_escape(city)};;;")
        if notes:
            out.append(f"NOTE:{_escape(notes)}")
        out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"
