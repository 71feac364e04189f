"""The slides say what the pitch says, in the pitch's language, and stay short."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from collabdesk.domain.enums import CommitmentStatus, Direction, Stage
from collabdesk.reports.slides import (
    MAX_EVENTS,
    MAX_LINES,
    NBSP,
    build_slides,
    keep_words_together,
)
from collabdesk.services.pitch_model import (
    AdLine,
    LibraryInfo,
    PartnerInfo,
    PitchContent,
    PitchFigure,
    PromiseLine,
)
from collabdesk.services.series_point import SeriesPoint


def _promise(direction: Direction, text: str, day: int) -> PromiseLine:
    return PromiseLine(
        direction, text, None, "", date(2026, 3, day), CommitmentStatus.PLANNED,
        Decimal("90000"), "RUB", None, "", "", (), False, "",
    )  # fmt: skip


def _content(ads: int) -> PitchContent:
    series = tuple(SeriesPoint(date(2026, m, 1), Decimal(100 * m)) for m in range(1, 13))
    return PitchContent(
        today=date(2026, 2, 1),
        library=LibraryInfo("Orbita", "Branch 7", "Tomsk", "", "#123456", ""),
        collaboration_id=1,
        title="Coffee & books",
        idea="Reading corner",
        stage=Stage.IDEA,
        starts_on=date(2026, 3, 1),
        ends_on=date(2026, 9, 30),
        partner=PartnerInfo(1, "Birch Leaf", "", "", "", "", ()),
        answers=(),
        figures=(PitchFigure("Visits", "people", Decimal(1200), date(2026, 12, 1), series),),
        ads=tuple(AdLine(f"Poster {i}", "pcs", Decimal(2), 150) for i in range(ads)),
        promises=(
            *(_promise(Direction.LIBRARY_GIVES, f"Gift {i}", i + 1) for i in range(5)),
            _promise(Direction.PARTNER_GIVES, "Free coffee", 9),
        ),
    )


def test_sections_in_order_with_the_reach_and_no_money() -> None:
    slides = build_slides(_content(ads=2), "en")
    assert [s.key for s in slides] == ["cover", "idea", "numbers", "ads", "commitments", "timeline"]
    ads = slides[3]
    # impressions are gross: said so, and never summed into a "total reach"
    assert ads.subtitle == "Impressions (gross)" and ads.rows[0] == ("Poster 0 — 2 pcs", "300")
    assert "600" not in repr(ads) and "Total reach" not in repr(ads)
    numbers = slides[2]
    assert numbers.charts and numbers.charts[0].startswith(b"<?xml")
    assert b"clipPath" not in numbers.charts[0]  # QtSvg paints clip paths black
    assert numbers.rows == (("Visits (December 2026)", "1,200 people"),)
    shown = repr(slides)
    assert "90000" not in shown and "90,000" not in shown  # deal values stay off the screen


def test_long_lists_are_cut_and_russian_words_are_used() -> None:
    slides = build_slides(_content(ads=12), "ru")
    ads = next(s for s in slides if s.key == "ads")
    assert len(ads.rows) == MAX_LINES and ads.rows[-1][0] == "и ещё 7"
    commitments = next(s for s in slides if s.key == "commitments")
    assert commitments.title == "Кто что делает"
    assert ("и ещё 2", "") in commitments.rows  # five gifts: three shown
    timeline = next(s for s in slides if s.key == "timeline")
    assert (timeline.events[0].text, timeline.events[0].when) == ("Начало", "1 марта 2026")
    assert [e.side for e in timeline.events] == ["start", *["library"] * 5, "partner", "end"]


def test_a_unit_after_a_number_takes_its_plural_form_in_both_languages() -> None:
    """The partner reads "6 постов" and "2 posts", never "6 пост" or "2 post"."""
    from dataclasses import replace

    from collabdesk.reports.pitch import promise_rows

    content = replace(
        _content(ads=0),
        figures=(PitchFigure("Посты", "пост", Decimal(6), date(2026, 12, 1), ()),),
        ads=(AdLine("ВКонтакте", "пост", Decimal(2), 100), AdLine("Site", "post", Decimal(1), 5)),
    )
    ru = build_slides(content, "ru")
    assert ru[2].rows == (("Посты (декабрь 2026)", "6 постов"),)
    assert [row[0] for row in ru[3].rows] == ["ВКонтакте — 2 поста", "Site — 1 post"]
    line = replace(content.promises[0], description="Posts", quantity=Decimal(2), unit="post")
    assert promise_rows((line,), "en", 5)[0][0] == "Posts (2 posts)"
    unitless = replace(line, unit="")
    assert promise_rows((unitless,), "en", 5)[0][0] == "Posts (2)"


def test_only_the_answers_given_are_quoted() -> None:
    """The window passes the partner-facing answers (services.partner_facing):
    an internal answer in the content never reaches a slide."""
    from dataclasses import replace

    from collabdesk.domain.checklist import BRAND_VALUE, IF_DECLINED, UNIQUE_IDEA

    content = replace(
        _content(ads=0),
        answers=((IF_DECLINED, "Apply to the city youth grant"), (BRAND_VALUE, "Internal")),
    )
    slides = build_slides(content, "en", {UNIQUE_IDEA: "A corner that smells of coffee"})
    shown = repr(slides)
    assert "A corner that smells of coffee" in shown
    assert "city youth grant" not in shown and "Internal" not in shown


def test_the_timeline_has_both_sides_start_and_end_and_stays_short() -> None:
    from dataclasses import replace

    slides = build_slides(_content(ads=0), "en")
    timeline = next(s for s in slides if s.key == "timeline")
    assert timeline.events[0].side == "start" and timeline.events[-1].side == "end"
    assert {"library", "partner"} <= {e.side for e in timeline.events}
    assert [e.day for e in timeline.events] == sorted(e.day for e in timeline.events)
    assert timeline.today == date(2026, 2, 1)
    many = replace(
        _content(ads=0),
        promises=tuple(_promise(Direction.PARTNER_GIVES, f"Thing {i}", i + 1) for i in range(12)),
    )
    long_line = next(s for s in build_slides(many, "en") if s.key == "timeline")
    assert len(long_line.events) == MAX_EVENTS
    assert long_line.subtitle == "The written proposal lists every date (6 more)"
    undated = replace(_content(ads=0), starts_on=None, ends_on=None, promises=())
    assert "timeline" not in [s.key for s in build_slides(undated, "en")]


def test_no_word_is_left_alone_on_a_line() -> None:
    text = keep_words_together("The library opens a reading corner in the cluster")
    assert text.endswith(f"the{NBSP}cluster")  # the last two words break together
    assert f"a{NBSP}reading" in text  # a short word stays with the next one
    ru = keep_words_together("Отчёт о посещаемости и 12 отчётов в год")
    assert f"12{NBSP}отчётов" in ru and f"в{NBSP}год" in ru and f"о{NBSP}посещаемости" in ru
    assert keep_words_together("One") == "One"
    assert keep_words_together("First line here\nsecond line") == (
        f"First line{NBSP}here\nsecond{NBSP}line"
    )


def test_the_numbers_slide_says_the_year_as_the_pitch_does() -> None:
    """With a year of figures, the slide shows the twelve months' total and
    its change, not one month that a partner would take for the audience."""
    from dataclasses import replace

    from collabdesk.services.audience_case import AudienceFigure

    content = _content(ads=0)
    year = AudienceFigure(
        name="Visits",
        unit="people",
        level=False,
        value=Decimal(7800),
        previous=Decimal(6000),
        first_month=date(2026, 1, 1),
        last_month=date(2026, 12, 1),
        months=12,
        source="",
        series=content.figures[0].series,
    )
    numbers = next(
        s for s in build_slides(replace(content, audience=(year,)), "en") if s.key == "numbers"
    )
    assert numbers.rows == (("Visits, Jan 2026 – Dec 2026", "7,800 people (+30%)"),)
