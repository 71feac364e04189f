"""Notes typed during a meeting, kept apart from the read-only database.

Each note is one JSON line appended to a small file next to the database
and fsynced before the call returns, so a crash or a flat battery loses at
most the note being typed. When meeting mode ends the notes are added to
the partner's interaction log; any note that cannot be added stays in the
file, so nothing said in the meeting is lost.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from collabdesk.domain.enums import InteractionKind
from collabdesk.services.errors import QT_TRANSLATE_NOOP, Message, ServiceError
from collabdesk.services.interactions import SUMMARY_MAX, InteractionDraft, InteractionService

CONTEXT = "MeetingNotes"

NOTES_FILE = "meeting-notes.jsonl"


@dataclass(frozen=True)
class MeetingNote:
    partner_id: int
    occurred_on: date
    text: str


@dataclass(frozen=True)
class MergeResult:
    merged: int
    kept: int  # notes left in the file: their partner is unknown here, or the line is broken


def notes_path(database_file: Path) -> Path:
    return database_file.with_name(NOTES_FILE)


def _line(note: MeetingNote) -> str:
    return json.dumps(
        {"partner_id": note.partner_id, "on": note.occurred_on.isoformat(), "text": note.text},
        ensure_ascii=False,
    )


def append_note(path: Path, partner_id: int, text: str, today: date | None = None) -> MeetingNote:
    """Append one note and fsync it; an empty note is refused."""
    text = text.strip()
    if not text:
        raise ServiceError(
            Message(CONTEXT, QT_TRANSLATE_NOOP("MeetingNotes", "The note is empty."))
        )
    if len(text) > SUMMARY_MAX:
        raise ServiceError(
            Message(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    "MeetingNotes", "A note holds at most %1 characters; split it in two."
                ),
                (SUMMARY_MAX,),
            )
        )
    note = MeetingNote(partner_id, today or datetime.now(UTC).date(), text)
    line = _line(note)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return note


def read_notes(path: Path) -> tuple[list[MeetingNote], list[str]]:
    """The notes in `path` and the lines that could not be read."""
    notes: list[MeetingNote] = []
    broken: list[str] = []
    if not path.exists():
        return notes, broken
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            notes.append(
                MeetingNote(int(raw["partner_id"]), date.fromisoformat(raw["on"]), str(raw["text"]))
            )
        except (ValueError, KeyError, TypeError):
            broken.append(line)
    return notes, broken


def merge_notes(path: Path, interactions: InteractionService) -> MergeResult:
    """Add every note in `path` to its partner's interaction log.

    Merged notes leave the file; the rest (unknown partner, unreadable line)
    are written back, so a second merge, e.g. against the office database,
    can pick them up."""
    notes, broken = read_notes(path)
    kept = list(broken)
    merged = 0
    today = date.today()
    for note in notes:
        if not note.text.strip() or note.occurred_on > today + timedelta(days=1):
            # The notes panel never writes these: an edited or damaged file.
            kept.append(_line(note))
            continue
        try:
            interactions.add(
                note.partner_id,
                InteractionDraft(note.occurred_on, InteractionKind.MEETING, note.text),
            )
            merged += 1
        except ServiceError:
            kept.append(_line(note))
    if kept:
        partial = path.with_name(path.name + ".partial")
        partial.write_text("".join(k + "\n" for k in kept), encoding="utf-8")
        partial.replace(path)
    else:
        path.unlink(missing_ok=True)
    return MergeResult(merged, len(kept))
