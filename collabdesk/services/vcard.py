"""vCard (.vcf) contacts as a Table, and partners written as vCards.

Only what a partner record holds is read: FN/ORG as the name, EMAIL, TEL,
URL, the locality of ADR as the city, and NOTE. Folded lines are unfolded
and escaped characters (\\n \\, \\; \\\\) restored. vCard 2.1 as phones
export it is read too: QUOTED-PRINTABLE values (with their soft line breaks)
in their CHARSET, and a card nested in another (AGENT) is skipped rather
than read as a partner of its own.

Hand-written on purpose: vobject 0.9.9, the maintained library, stops at a
quoted-printable soft line break and cuts a 2.1 NOTE at its first comma
(docs/architecture.md, "Why some things are written by hand").
"""

from __future__ import annotations

import codecs
import quopri
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


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with folding undone, each with the file line it starts on. A
    folded line continues after a space or tab; a vCard 2.1
    quoted-printable value also continues after a trailing "=" (a soft line
    break)."""
    lines: list[tuple[int, str]] = []
    soft_break = False
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if lines and soft_break:
            lines[-1] = (lines[-1][0], lines[-1][1][:-1] + raw.lstrip(" \t"))
        elif lines and raw[:1] in (" ", "\t"):
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        else:
            lines.append((number, raw))
        line = lines[-1][1]
        soft_break = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper() and line.endswith("=")
    return lines


def _decoded(head: str, value: str) -> str:
    """The value of a QUOTED-PRINTABLE property in its CHARSET (UTF-8 when
    none is named or the name is unknown)."""
    params = [p.strip().upper() for p in head.split(";")[1:]]
    if "ENCODING=QUOTED-PRINTABLE" not in params and "QUOTED-PRINTABLE" not in params:
        return value
    charset = next((p[8:] for p in params if p.startswith("CHARSET=")), "UTF-8")
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "UTF-8"
    raw = quopri.decodestring(value.encode("utf-8", errors="replace"))
    return raw.decode(charset, errors="replace")


def read_vcards(text: str, encoding: str) -> Table:
    """A Table with one row per vCard, columns VCARD_FIELDS."""
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    card: dict[str, str] | None = None
    nested = 0  # depth inside a card within the card (a 2.1 AGENT)
    for number, line in _logical_lines(text):
        if ":" not in line:
            continue
        head, value = line.split(":", 1)
        name = head.split(";", 1)[0].split(".")[-1].upper()
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is None:
                card = {"_line": str(number)}
            else:
                nested += 1
        elif name == "END" and nested:
            nested -= 1
        elif name == "END" and card is not None:
            rows.append(tuple(card.get(f, "") for f in VCARD_FIELDS))
            numbers.append(int(card["_line"]))
            card = None
        elif card is not None and not nested:
            _take(card, name, _decoded(head, value))
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
