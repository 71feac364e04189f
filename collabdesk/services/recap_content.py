"""Everything a recap says, gathered in one place: the pitch's content for
the collaboration and partner, the results step, the proof pictures, the
make-goods with what they replace, and — for the internal version only —
the value balance per currency and each side's reliability.

The partner's version is cut here, by `partner_facing`'s rule, before any
report sees it: no owner, no reason for waiving, no proof note, no balance,
no reliability figure. A report cannot print what it was never given."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, select, true
from sqlalchemy.orm import aliased

from collabdesk.domain.checklist import GOAL, MEASURABLE_GOALS
from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.services.library_face import FaceScope
from collabdesk.services.partner_facing import partner_may_read_field
from collabdesk.services.pitch_content import PitchContentService
from collabdesk.services.pitch_language import in_language
from collabdesk.services.pitch_model import PitchContent, PromiseLine
from collabdesk.services.results import Results, results_of
from collabdesk.services.transaction import Sessions, transaction
from collabdesk.services.value_balance import ZERO, CurrencyBalance

# File kinds a recap can show as a picture, and phone photos it cannot read
# here (pillow-heif is not available): listed as not shown, never dropped.
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"})
HEIC_SUFFIXES = frozenset({".heic", ".heif"})


@dataclass(frozen=True)
class ProofPicture:
    """One proof file that may be shown in the gallery."""

    path: Path | None  # None: the copy in the data folder is missing
    name: str  # the file's original name
    caption: str  # what was delivered (in the recap's language), and the proof's note
    day: date | None  # when it was delivered (else when the proof was filed)
    direction: Direction

    @property
    def heic(self) -> bool:
        return Path(self.name).suffix.lower() in HEIC_SUFFIXES


@dataclass(frozen=True)
class MadeGood:
    """A make-good and the promise it replaces."""

    direction: Direction
    description: str
    replaces: str
    status: CommitmentStatus
    delivered_on: date | None


@dataclass(frozen=True)
class RecapContent:
    content: PitchContent  # for the partner: staff-only fields already blanked
    internal: bool
    results: Results
    goal: str  # why.goal, as the partner may read it
    goals: tuple[str, ...]  # the measurable goals, one a line
    pictures: tuple[ProofPicture, ...]
    made_good: tuple[MadeGood, ...]
    balances: tuple[CurrencyBalance, ...] = ()  # internal only

    @property
    def interim(self) -> bool:
        """Not completed yet: the recap says so in its title and a line."""
        return self.content.stage is not Stage.COMPLETED


def partner_line(line: PromiseLine) -> PromiseLine:
    """A promise as a partner may read it (partner_facing's one rule)."""
    return replace(
        line,
        owner=line.owner if partner_may_read_field("commitment", "owner") else "",
        waived_reason=(
            line.waived_reason if partner_may_read_field("commitment", "waived_reason") else ""
        ),
        proof_note=line.proof_note if partner_may_read_field("commitment", "proof_note") else "",
    )


def currency_balances(lines: tuple[PromiseLine, ...]) -> tuple[CurrencyBalance, ...]:
    """Per currency, value_balance's rule over the promises shown (one
    partner's, when the recap is for one): waived promises are not counted
    as promised, and currencies are never added together."""
    sums: dict[str, list[Decimal]] = {}
    for line in lines:
        if line.value is None:
            continue
        row = sums.setdefault(line.currency, [ZERO, ZERO, ZERO, ZERO])
        base = 0 if line.direction is Direction.LIBRARY_GIVES else 2
        if line.status is not CommitmentStatus.WAIVED:
            row[base] += line.value
        if line.status is CommitmentStatus.DELIVERED:
            row[base + 1] += line.value
    return tuple(
        CurrencyBalance(cur, *(x.quantize(ZERO) for x in row)) for cur, row in sorted(sums.items())
    )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" \t-•*–—") for line in text.splitlines() if line.strip(" \t-•*–—"))


_replaced = aliased(Commitment)


def _addressed(partner_id: int | None) -> ColumnElement[bool]:
    """The commitments a recap for `partner_id` covers (as the pitch's reads)."""
    c = Commitment
    if partner_id is None:
        return true()
    return (c.partner_id == partner_id) | c.partner_id.is_(None)


class RecapContentService:
    def __init__(self, sessions: Sessions, proofs_folder: Path | None) -> None:
        self._sessions = sessions
        self._pitch = PitchContentService(sessions)
        self._folder = proofs_folder

    def gather(
        self,
        collaboration_id: int,
        partner_id: int | None = None,
        *,
        internal: bool = False,
        language: str | None = None,
        today: date | None = None,
        scope: FaceScope | None = None,
    ) -> RecapContent:
        """The recap of one collaboration for one partner (default: the main
        one), on behalf of `scope` (default: the collaboration's branch)."""
        content = self._pitch.gather(
            collaboration_id,
            partner_id,
            today=today,
            language=language,
            metric_names=(),
            scope=scope,
        )
        lang = content.language
        addressed = content.partner.id if content.partner is not None else None
        with transaction(self._sessions) as session:
            reads = session.connection()
            collab = session.get(Collaboration, collaboration_id)
            results = results_of(collab) if collab is not None else Results()
            translate = self._translate(reads, lang)
            pictures = self._pictures(reads, collaboration_id, addressed, translate)
            made_good = self._made_good(reads, collaboration_id, addressed, translate)
        if not internal:
            content = replace(
                content,
                promises=tuple(partner_line(p) for p in content.promises),
                reliability=(),
                track_record=None,
            )
        return RecapContent(
            content=content,
            internal=internal,
            results=results,
            goal=content.answer(GOAL),
            goals=_lines(content.answer(MEASURABLE_GOALS)),
            pictures=pictures,
            made_good=made_good,
            balances=currency_balances(content.promises) if internal else (),
        )

    @staticmethod
    def _translate(reads: Connection, lang: str) -> bool:
        from collabdesk.services.partner_facing import data_language

        return lang != data_language(reads)

    def _pictures(
        self, reads: Connection, collaboration_id: int, partner_id: int | None, translate: bool
    ) -> tuple[ProofPicture, ...]:
        c, p = Commitment, CommitmentProof
        rows = reads.execute(
            select(
                c.direction,
                c.description,
                c.description_translation,
                c.delivered_on,
                p.original_name,
                p.stored_name,
                p.note,
                p.added_at,
            )
            .join(p, p.commitment_id == c.id)
            .where(
                c.collaboration_id == collaboration_id,
                c.status == CommitmentStatus.DELIVERED,
                p.stored_name != "",
                _addressed(partner_id),
            )
            .order_by(c.delivered_on, c.id, p.id)
        ).all()
        found: list[ProofPicture] = []
        note_ok = partner_may_read_field("commitment_proof", "note")
        for direction, text, translation, delivered, original, stored, note, added in rows:
            name = original or stored
            suffix = Path(name).suffix.lower()
            if suffix not in PICTURE_SUFFIXES | HEIC_SUFFIXES:
                continue  # a scanned letter or a spreadsheet is proof, not a picture
            description = in_language(text, translation, translate)[0]
            caption = f"{description} — {note}" if note.strip() and note_ok else description
            path = None if self._folder is None else self._folder / stored
            day = delivered or (added.date() if added is not None else None)
            found.append(ProofPicture(path, name, caption, day, direction))
        return tuple(found)

    @staticmethod
    def _made_good(
        reads: Connection, collaboration_id: int, partner_id: int | None, translate: bool
    ) -> tuple[MadeGood, ...]:
        c, r = Commitment, _replaced
        rows = reads.execute(
            select(
                c.direction,
                c.description,
                c.description_translation,
                r.description,
                r.description_translation,
                c.status,
                c.delivered_on,
            )
            .join(r, r.id == c.make_good_for_id)
            .where(c.collaboration_id == collaboration_id, _addressed(partner_id))
            .order_by(c.due_on, c.id)
        ).all()
        return tuple(
            MadeGood(
                direction,
                in_language(text, text_tr, translate)[0],
                in_language(old, old_tr, translate)[0],
                status,
                delivered,
            )
            for direction, text, text_tr, old, old_tr, status, delivered in rows
        )
