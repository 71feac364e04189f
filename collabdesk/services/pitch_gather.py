"""Everything a pitch or recap PDF says, read through one `Run`.

THE gather: PitchContentService runs it in its read transaction on the
store's connection; `collabdesk pitch` runs it on the plain read-only
sqlite3 connection of commands/reading.py, without SQLAlchemy or the models.
Anything missing simply comes back empty, so a document can be built from a
sparse collaboration. Reads only. No SQLAlchemy here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from collabdesk.domain.enums import Direction
from collabdesk.services.audience_case import audience_figure, audience_profiles
from collabdesk.services.library_face import FaceScope, library_face, resolve_scope
from collabdesk.services.partner_facing import data_language, partner_facing_answers
from collabdesk.services.pitch_language import IDEA, TITLE, in_language, translated_promises
from collabdesk.services.pitch_model import PitchContent
from collabdesk.services.pitch_queries import (
    addressed_partner,
    read_ads,
    read_collaboration,
    read_figures,
    read_library,
    read_partner,
    read_promises,
)
from collabdesk.services.plain_rows import Run
from collabdesk.services.reputation_sql import Reputation, figures_run, side_of
from collabdesk.services.track_record import read_track_record


def _reliability(
    run: Run, dialect: str, today: date, partner_id: int | None, collaboration_id: int
) -> tuple[tuple[Direction, Reputation], ...]:
    rows = figures_run(run, dialect, today, partner_id, collaboration_id)
    return tuple((side, side_of(rows, side)) for side in Direction)


def gather(
    run: Run,
    collaboration_id: int,
    partner_id: int | None,
    metric_names: Sequence[str] | None,
    today: date,
    language: str | None,
    reply_by: date | None,
    dialect: str = "sqlite",
    scope: FaceScope | None = None,
) -> PitchContent:
    """What a document about this collaboration and partner says (see
    PitchContentService.gather), in the face and with the statistics of
    `scope` (default: the collaboration's branch; services/library_face).
    Raises NotFoundError for an unknown collaboration, branch, or a partner
    who does not take part."""
    collab = read_collaboration(run, collaboration_id)
    speaking = resolve_scope(run, scope, collaboration_id)
    metric = speaking.metric_table
    addressed = addressed_partner(run, collaboration_id, partner_id)
    own = data_language(run)
    lang = (language or own).strip().lower()
    facing = partner_facing_answers(run, collaboration_id, addressed, lang)
    info = None if addressed is None else read_partner(run, addressed)
    figures = read_figures(run, collaboration_id, metric_names, metric)
    audience = tuple(
        found
        for found in (audience_figure(run, f.name, f.as_of, metric) for f in figures)
        if found is not None
    )
    until = max((f.as_of for f in figures), default=None)
    translate = lang != own
    title, no_title = in_language(collab[0], collab[5], translate)
    idea, no_idea = in_language(collab[1], collab[6], translate)
    promises, untranslated_promises = translated_promises(
        read_promises(run, collaboration_id, addressed), translate
    )
    untranslated = (
        *((TITLE,) if no_title else ()),
        *((IDEA,) if no_idea else ()),
        *facing.untranslated,
        *untranslated_promises,
    )
    return PitchContent(
        today=today,
        library=library_face(run, read_library(run), speaking, today),
        collaboration_id=collaboration_id,
        title=title,
        idea=idea,
        stage=collab[2],
        starts_on=collab[3],
        ends_on=collab[4],
        partner=info,
        answers=tuple(facing.texts.items()),
        figures=figures,
        ads=read_ads(run, collaboration_id),
        promises=promises,
        language=lang,
        reply_by=reply_by,
        untranslated=untranslated,
        audience=audience,
        profiles=audience_profiles(run, until, metric),
        track_record=read_track_record(run, today, addressed, dialect),
        reliability=_reliability(run, dialect, today, addressed, collaboration_id),
    )
