"""Proof of delivery: files copied into the data folder, or links.

The original may sit on a USB stick that leaves with its owner, so a file is
always copied to <data folder>/proofs/ and only its name there is stored."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from collabdesk.domain.commitment import CommitmentProof
from collabdesk.domain.enums import CommitmentStatus
from collabdesk.services.commitment_moves import delivery_date_problem, move
from collabdesk.services.commitment_records import CommitmentRecord, record_of
from collabdesk.services.commitments import load
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ServiceError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text, normalise_url
from collabdesk.store.data_files import (
    database_of,
    is_live_database,
    make_private,
    private_copy,
)

CONTEXT = "ProofService"

PROOFS_FOLDER = "proofs"
MAX_PROOF_BYTES = 200 * 1024 * 1024  # a phone video is not a proof of delivery
SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)


@dataclass(frozen=True)
class ProofInput:
    """What the person gives as proof: a file, a link, or both, and a note."""

    file: Path | None = None
    url: str = ""
    note: str = ""
    added_by: str = ""


@dataclass(frozen=True)
class ProofRecord:
    id: int
    commitment_id: int
    stored_name: str
    original_name: str
    url: str
    note: str
    added_by: str
    added_at: datetime


def _proof_record(item: CommitmentProof) -> ProofRecord:
    return ProofRecord(
        id=item.id,
        commitment_id=item.commitment_id,
        stored_name=item.stored_name,
        original_name=item.original_name,
        url=item.url,
        note=item.note,
        added_by=item.added_by,
        added_at=item.added_at,
    )


def _check_file(source: Path) -> None:
    problem = None
    if not source.exists():
        problem = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "ProofService", "The file %1 does not exist (was the stick removed?)."
            ),
            (source,),
        )
    elif not source.is_file():
        problem = Message(
            CONTEXT, QT_TRANSLATE_NOOP("ProofService", "%1 is a folder, not a file."), (source,)
        )
    elif source.stat().st_size > MAX_PROOF_BYTES:
        problem = Message(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "ProofService", "%1 is larger than 200 MB; attach a smaller scan or a link."
            ),
            (source.name,),
        )
    if problem:
        raise ValidationError([FieldProblem("file", "bad_file", problem)])


def _clean_input(proof: ProofInput) -> ProofInput:
    url = normalise_url(clean_line(proof.url)) if clean_line(proof.url) else ""
    cleaned = ProofInput(
        file=proof.file,
        url=url,
        note=clean_text(proof.note),
        added_by=clean_line(proof.added_by),
    )
    check = Checker()
    if cleaned.file is None and not cleaned.url:
        check.problems.append(
            FieldProblem(
                "file",
                "required",
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ProofService", "Attach a file or give a link as proof."),
                ),
            )
        )
    check.url("url", cleaned.url)
    check.max_length("url", cleaned.url, 2000, QT_TRANSLATE_NOOP("Field", "Link"))
    check.max_length("note", cleaned.note, 5_000, QT_TRANSLATE_NOOP("Field", "Note"))
    check.max_length("added_by", cleaned.added_by, 200, QT_TRANSLATE_NOOP("Field", "Added by"))
    if check.problems:
        raise ValidationError(check.problems)
    if cleaned.file is not None:
        _check_file(cleaned.file)
    return cleaned


class ProofService:
    def __init__(self, sessions: Sessions, data_dir: Path | None = None) -> None:
        self._sessions = sessions
        self._data_dir = data_dir

    @property
    def folder(self) -> Path | None:
        return None if self._data_dir is None else self._data_dir / PROOFS_FOLDER

    def add(self, commitment_id: int, proof: ProofInput) -> ProofRecord:
        proof = _clean_input(proof)
        stored = self._copy_in(commitment_id, proof.file)
        try:
            with transaction(self._sessions, "commitment", commitment_id) as session:
                load(session, commitment_id)
                item = self._new_row(commitment_id, proof, stored)
                session.add(item)
                session.flush()
                return _proof_record(item)
        except BaseException:
            self._discard(stored)
            raise

    def deliver(
        self,
        commitment_id: int,
        delivered_on: date,
        proof: ProofInput | None,
        today: date | None = None,
    ) -> CommitmentRecord:
        """Mark delivered on `delivered_on` and attach the proof, together:
        if either fails, neither is saved."""
        problem = delivery_date_problem(delivered_on, today or date.today())
        if problem is not None:
            raise ValidationError([problem])
        proof = _clean_input(proof) if proof is not None else None
        stored = self._copy_in(commitment_id, proof.file) if proof is not None else ""
        try:
            with transaction(self._sessions, "commitment", commitment_id) as session:
                item = load(session, commitment_id)
                move(item, CommitmentStatus.DELIVERED)
                item.delivered_on = delivered_on
                if proof is not None:
                    session.add(self._new_row(commitment_id, proof, stored))
                session.flush()
                return record_of(item)
        except BaseException:
            self._discard(stored)
            raise

    def deliver_all(
        self,
        commitment_id: int,
        delivered_on: date,
        proofs: Sequence[ProofInput],
        note: str = "",
        today: date | None = None,
    ) -> CommitmentRecord:
        """Mark delivered with several proofs at once (all or none are kept);
        with none, `note` alone says how it was delivered (the proof note)."""
        if len(proofs) == 1 and not note:
            return self.deliver(commitment_id, delivered_on, proofs[0], today)
        problem = delivery_date_problem(delivered_on, today or date.today())
        if problem is not None:
            raise ValidationError([problem])
        cleaned = [_clean_input(p) for p in proofs]
        note = clean_text(note)
        check = Checker()
        check.max_length("note", note, 5_000, QT_TRANSLATE_NOOP("Field", "Note"))
        if check.problems:
            raise ValidationError(check.problems)
        stored: list[str] = []
        try:
            for proof in cleaned:
                stored.append(self._copy_in(commitment_id, proof.file))
            with transaction(self._sessions, "commitment", commitment_id) as session:
                item = load(session, commitment_id)
                move(item, CommitmentStatus.DELIVERED)
                item.delivered_on = delivered_on
                if note:
                    item.proof_note = note
                for proof, name in zip(cleaned, stored, strict=True):
                    session.add(self._new_row(commitment_id, proof, name))
                session.flush()
                return record_of(item)
        except BaseException:
            for name in stored:
                self._discard(name)
            raise

    def for_commitment(self, commitment_id: int) -> list[ProofRecord]:
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(CommitmentProof)
                .where(CommitmentProof.commitment_id == commitment_id)
                .order_by(CommitmentProof.added_at, CommitmentProof.id)
            )
            return [_proof_record(p) for p in rows]

    def file_of(self, proof: ProofRecord) -> Path:
        """Where the copied file is, for opening it with the system viewer."""
        if not proof.stored_name or self.folder is None:
            raise NotFoundError(
                Message(
                    CONTEXT, QT_TRANSLATE_NOOP("ProofService", "This proof is a link, not a file.")
                )
            )
        path = self.folder / proof.stored_name
        if not path.is_file():
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "ProofService",
                        "The proof file %1 is missing from %2; restore it from a backup "
                        "or attach it again.",
                    ),
                    (proof.original_name, self.folder),
                )
            )
        return path

    # --- files -------------------------------------------------------------
    def _copy_in(self, commitment_id: int, source: Path | None) -> str:
        if source is None:
            return ""
        folder = self.folder
        if folder is None:
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "ProofService", "No data folder is set, so proof files cannot be kept."
                    ),
                )
            )
        if is_live_database(source, database_of(self._sessions)):
            raise ValidationError(
                [
                    FieldProblem(
                        "file",
                        "bad_file",
                        Message(
                            CONTEXT,
                            QT_TRANSLATE_NOOP(
                                "ProofService",
                                "That is CollabDesk's own database, not a proof; choose the scan, "
                                "photo or document that shows the delivery.",
                            ),
                        ),
                    )
                ]
            )
        safe = SAFE_NAME.sub("_", source.name).strip("._")[-120:] or "proof"
        stored = f"{commitment_id}-{uuid.uuid4().hex[:12]}-{safe}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            make_private(folder, directory=True)
            private_copy(source, folder / stored)
        except OSError as exc:
            self._discard(stored)
            raise ServiceError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "ProofService", "Could not copy %1 into %2: %3. Nothing was saved."
                    ),
                    (source.name, folder, exc.strerror or exc),
                )
            ) from exc
        return stored

    def _discard(self, stored: str) -> None:
        if stored and self.folder is not None:
            (self.folder / stored).unlink(missing_ok=True)

    @staticmethod
    def _new_row(commitment_id: int, proof: ProofInput, stored: str) -> CommitmentProof:
        return CommitmentProof(
            commitment_id=commitment_id,
            stored_name=stored,
            original_name=proof.file.name[-300:] if proof.file is not None else "",
            url=proof.url,
            note=proof.note,
            added_by=proof.added_by,
        )
