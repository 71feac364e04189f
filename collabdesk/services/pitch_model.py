"""What a pitch or recap document says: plain frozen records, built by
PitchContentService and read by the reports, the slides and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from collabdesk.domain.enums import CommitmentStatus, Direction, Recurrence, Stage
from collabdesk.services.audience_case import AudienceFigure, AudienceProfile
from collabdesk.services.reputation_sql import Reputation
from collabdesk.services.series_point import SeriesPoint
from collabdesk.services.track_record import TrackRecord
from collabdesk.services.tracker_query import is_overdue

REPLY_DAYS = 14  # a pitch asks for an answer within two weeks unless told otherwise


@dataclass(frozen=True)
class LibraryInfo:
    name: str
    branch: str
    city: str
    website: str
    brand_colour: str
    logo_path: str
    email: str = ""
    phone: str = ""
    logo: bytes | None = None  # PNG or JPEG bytes kept in the database
    contact_name: str = ""
    contact_role: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    # A branch's own (services/library_face): empty for a library that never set them.
    address: str = ""
    signatory_name: str = ""
    signatory_role: str = ""
    # The whole system speaking (issue 19): how many branches, and visits over
    # the last twelve months summed over them; 0 / None for a branch or a
    # single library, whose documents print no system line.
    branches: int = 0
    yearly_visits: Decimal | None = None


@dataclass(frozen=True)
class ContactLine:
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    name: str
    city: str
    website: str
    email: str
    phone: str
    contacts: tuple[ContactLine, ...]


@dataclass(frozen=True)
class PitchFigure:
    name: str
    unit: str
    value: Decimal
    as_of: date
    series: tuple[SeriesPoint, ...]


@dataclass(frozen=True)
class AdLine:
    name: str
    unit: str
    quantity: Decimal
    reach_per_unit: int  # impressions (gross) per unit: the same person may be counted twice
    rate: Decimal | None = None  # the catalogue's price per unit
    currency: str = "RUB"

    @property
    def reach(self) -> int:
        """Impressions of this line (gross), never people."""
        return int(self.quantity * self.reach_per_unit)

    @property
    def value(self) -> Decimal | None:
        """What the line is worth at the catalogue's rate, when it has one."""
        return None if self.rate is None else self.quantity * self.rate


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class SeriesLine:
    """The schedule of a recurring promise (services/commitment_series.py)."""

    id: int
    every: Recurrence
    times: int
    first_due_on: date


@dataclass(frozen=True)
class PromiseLine:
    direction: Direction
    description: str
    quantity: Decimal | None
    unit: str
    due_on: date | None
    status: CommitmentStatus
    value: Decimal | None
    currency: str
    delivered_on: date | None
    waived_reason: str
    proof_note: str
    proofs: tuple[str, ...]  # file names or URLs
    make_good: bool
    owner: str
    translation: str = ""  # the description in the library's second language
    # An occurrence of a recurring promise; documents list a series as one
    # line (services/promise_groups.grouped).
    series: SeriesLine | None = None
    # A series folded into one line: (occurrences delivered, occurrences listed).
    delivered_of: tuple[int, int] | None = None

    @property
    def has_proof(self) -> bool:
        return bool(self.proofs or self.proof_note)


@dataclass(frozen=True)
class Balance:
    """Value and reliability of one side of a collaboration."""

    promised: Decimal
    delivered: Decimal
    kept: int  # promises delivered on or before their date (reputation's rule)
    due: int  # due so far: dated and due, or delivered or missed; waived do not count
    currency: str

    @property
    def kept_share(self) -> float | None:
        return self.kept / self.due if self.due else None


@dataclass(frozen=True)
class PitchContent:
    today: date
    library: LibraryInfo
    collaboration_id: int
    title: str
    idea: str
    stage: Stage
    starts_on: date | None
    ends_on: date | None
    partner: PartnerInfo | None
    answers: tuple[tuple[str, str], ...]  # (question key, answer), answered only
    figures: tuple[PitchFigure, ...]
    ads: tuple[AdLine, ...]
    promises: tuple[PromiseLine, ...]
    # Field names below are read by the covering letter (reports/letter.py):
    # keep them stable.
    language: str = ""  # the language the answers were chosen for
    reply_by: date | None = None  # None: REPLY_DAYS after `today`
    # What prints in the data's language for want of a translation: answer
    # keys and pitch_language's names (title, idea, promises).
    untranslated: tuple[str, ...] = ()
    audience: tuple[AudienceFigure, ...] = ()  # a year of each figure
    profiles: tuple[AudienceProfile, ...] = ()  # breakdowns: age bands, districts
    track_record: TrackRecord | None = None
    # Each side's reliability in this collaboration, by the reputation
    # view's rule (reputation.reputation_figures); the recap's balance uses it.
    reliability: tuple[tuple[Direction, Reputation], ...] = ()

    def answer(self, key: str) -> str:
        return next((text for k, text in self.answers if k == key), "")

    @property
    def total_reach(self) -> int:
        """Gross impressions summed over the package (kept for the slides;
        the pitch prints each line's impressions, never this sum)."""
        return sum(ad.reach for ad in self.ads)

    @property
    def reply_by_date(self) -> date:
        return self.reply_by or self.today + timedelta(days=REPLY_DAYS)

    @property
    def package_value(self) -> Money | None:
        """The advertising package at the catalogue's rates (lines in the
        first valued line's currency; unpriced lines add nothing)."""
        valued = [ad for ad in self.ads if ad.value is not None]
        if not valued:
            return None
        currency = valued[0].currency
        total = sum(
            (ad.value or Decimal(0) for ad in valued if ad.currency == currency), Decimal(0)
        )
        return Money(total, currency)

    def shown_in_pitch(self, line: PromiseLine) -> bool:
        """A pitch looks forward: a promise dated before the pitch is shown
        only when it was delivered (as done), never as upcoming."""
        if line.status is CommitmentStatus.DELIVERED:
            return True
        if line.status in (CommitmentStatus.WAIVED, CommitmentStatus.MISSED):
            return False
        return line.due_on is None or line.due_on >= self.today

    def pitch_side(self, direction: Direction) -> tuple[PromiseLine, ...]:
        return tuple(p for p in self.side(direction) if self.shown_in_pitch(p))

    @property
    def ask(self) -> tuple[PromiseLine, ...]:
        """What the library asks of the partner (the partner's commitments)."""
        return self.pitch_side(Direction.PARTNER_GIVES)

    @property
    def offer(self) -> tuple[PromiseLine, ...]:
        """What the library commits to give the partner."""
        return self.pitch_side(Direction.LIBRARY_GIVES)

    def side(self, direction: Direction) -> tuple[PromiseLine, ...]:
        return tuple(p for p in self.promises if p.direction is direction)

    def overdue(self, line: PromiseLine) -> bool:
        """Still open after its due date, as the tracker counts it."""
        return is_overdue(line.status, line.due_on, self.today)

    def balance(self, direction: Direction) -> Balance:
        lines = self.side(direction)
        promised = sum((p.value or Decimal(0) for p in lines), Decimal(0))
        delivered = sum(
            (p.value or Decimal(0) for p in lines if p.status is CommitmentStatus.DELIVERED),
            Decimal(0),
        )
        currency = next((p.currency for p in lines if p.value is not None), "RUB")
        found = dict(self.reliability).get(direction)
        if found is not None:  # the one definition: on time ÷ due so far, waived apart
            return Balance(promised, delivered, found.on_time, found.due, currency)
        kept = sum(1 for p in lines if p.status is CommitmentStatus.DELIVERED)
        missed = sum(1 for p in lines if p.status is CommitmentStatus.MISSED)
        overdue = sum(1 for p in lines if self.overdue(p))  # due, and not kept
        return Balance(promised, delivered, kept, kept + missed + overdue, currency)
