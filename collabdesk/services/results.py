"""The results step after delivery: what a collaboration actually achieved
(attendance, impressions delivered, media pieces, quotes) and what the
library proposes for next time. The recap prints them against the goals the
checklist set, so a partner sees outcomes, not only a list of tasks.

Results are recorded once delivery has begun: before that there is nothing
to count, and a figure typed early would read as achieved."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from collabdesk.domain.collaboration import Collaboration
from collabdesk.domain.enums import Stage
from collabdesk.services.errors import (
    QT_TRANSLATE_NOOP,
    FieldProblem,
    Message,
    NotFoundError,
    ValidationError,
)
from collabdesk.services.transaction import Sessions, check_version, transaction
from collabdesk.services.validation import Checker, clean_line, clean_text

CONTEXT = "ResultsService"

# A figure above this is a typing slip (a city of 10 million is counted in
# impressions, not one collaboration's attendance).
FIGURE_MAX = 2_000_000_000
QUOTE_MAX = 1_000  # one quote; a recap prints a handful
QUOTES_MAX = 12
NEXT_TIME_MAX = 3_000
# Stages in which something has been delivered and can be counted.
COUNTED_STAGES = frozenset({Stage.DELIVERING, Stage.COMPLETED})


@dataclass(frozen=True)
class Results:
    """What a collaboration achieved; None: not counted (never printed as 0)."""

    attendance: int | None = None
    impressions: int | None = None
    media_pieces: int | None = None
    quotes: tuple[str, ...] = ()
    next_time: str = ""  # the library's proposal for next time; empty: the default

    @property
    def any_figure(self) -> bool:
        return any(x is not None for x in (self.attendance, self.impressions, self.media_pieces))

    @property
    def empty(self) -> bool:
        return not (self.any_figure or self.quotes or self.next_time)


@dataclass(frozen=True)
class ResultsRecord:
    collaboration_id: int
    title: str
    stage: Stage
    results: Results
    version_id: int


def results_of(collab: Collaboration) -> Results:
    quotes = tuple(q for q in (collab.result_quotes or "").split("\n") if q.strip())
    return Results(
        collab.result_attendance,
        collab.result_impressions,
        collab.result_media_pieces,
        quotes,
        collab.result_next_time or "",
    )


def results_problem(title: str, stage: Stage) -> Message | None:
    """Why results cannot be recorded yet (the window's button says the same)."""
    if stage in COUNTED_STAGES:
        return None
    return Message(
        CONTEXT,
        QT_TRANSLATE_NOOP(
            "ResultsService",
            "Results are recorded once delivery has begun; “%1” has not reached "
            "the stage “delivering” yet.",
        ),
        (title[:80],),
    )


def _checked(results: Results) -> Results:
    check = Checker()
    for field, value, label in (
        ("attendance", results.attendance, QT_TRANSLATE_NOOP("Field", "Attendance")),
        ("impressions", results.impressions, QT_TRANSLATE_NOOP("Field", "Impressions")),
        ("media_pieces", results.media_pieces, QT_TRANSLATE_NOOP("Field", "Media pieces")),
    ):
        if value is not None and not 0 <= value <= FIGURE_MAX:
            check.problems.append(
                FieldProblem(
                    field,
                    "out_of_range",
                    Message(
                        CONTEXT,
                        QT_TRANSLATE_NOOP(
                            "ResultsService", "%1 must be a whole number from 0 to %2; got %3."
                        ),
                        (Message("Field", label), FIGURE_MAX, value),
                    ),
                )
            )
    quotes = tuple(q for q in (clean_line(q) for q in results.quotes) if q)
    for quote in quotes:
        check.max_length("quotes", quote, QUOTE_MAX, QT_TRANSLATE_NOOP("Field", "Quote"))
    if len(quotes) > QUOTES_MAX:
        check.problems.append(
            FieldProblem(
                "quotes",
                "too_many",
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP(
                        "ResultsService", "%1 quotes given; a recap prints at most %2."
                    ),
                    (len(quotes), QUOTES_MAX),
                ),
            )
        )
    next_time = clean_text(results.next_time)
    check.max_length(
        "next_time", next_time, NEXT_TIME_MAX, QT_TRANSLATE_NOOP("Field", "Proposal for next time")
    )
    if check.problems:
        raise ValidationError(check.problems)
    return Results(results.attendance, results.impressions, results.media_pieces, quotes, next_time)


class ResultsService:
    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def get(self, collaboration_id: int) -> ResultsRecord:
        with transaction(self._sessions) as session:
            collab = self._load(session, collaboration_id)
            return ResultsRecord(
                collab.id, collab.title, collab.stage, results_of(collab), collab.version_id
            )

    def record(
        self, collaboration_id: int, results: Results, expected_version: int | None = None
    ) -> ResultsRecord:
        """Keep the results; refused (with the reason) before delivery began."""
        cleaned = _checked(results)
        with transaction(self._sessions) as session:
            collab = self._load(session, collaboration_id)
            check_version("collaboration", collaboration_id, collab.version_id, expected_version)
            problem = results_problem(collab.title, collab.stage)
            if problem is not None:
                raise ValidationError([FieldProblem("stage", "not_delivered", problem)])
            collab.result_attendance = cleaned.attendance
            collab.result_impressions = cleaned.impressions
            collab.result_media_pieces = cleaned.media_pieces
            collab.result_quotes = "\n".join(cleaned.quotes)
            collab.result_next_time = cleaned.next_time
            session.flush()
            return ResultsRecord(
                collab.id, collab.title, collab.stage, results_of(collab), collab.version_id
            )

    @staticmethod
    def _load(session: Session, collaboration_id: int) -> Collaboration:
        collab = session.get(Collaboration, collaboration_id)
        if collab is None:
            raise NotFoundError(
                Message(
                    CONTEXT,
                    QT_TRANSLATE_NOOP("ResultsService", "There is no collaboration with id %1."),
                    (collaboration_id,),
                )
            )
        return collab
