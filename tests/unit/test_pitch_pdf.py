"""Pitch and recap PDFs read back with pypdf: the partner, the numbers and
dates in the chosen language, embedded fonts, hostile text printed
literally, and documents from sparse collaborations."""

from __future__ import annotations

import io
import re
import struct
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any

import pytest
from pypdf import PdfReader

from collabdesk.domain.advertising import AdvertisingItem, CollaborationAdItem, CollaborationMetric
from collabdesk.domain.checklist import GOAL, UNIQUE_IDEA, WHY_THIS_COMBINATION
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment, CommitmentProof
from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerRole
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.partner import Contact, Partner
from collabdesk.reports.pitch import build_pitch
from collabdesk.reports.recap import build_recap
from collabdesk.services.desk import Desk
from collabdesk.store.database import Database

HOSTILE = '<b>Кафе</b> & Co </para> <img src="/etc/passwd"/> <a href="http://evil.example">x</a>'
TODAY = date(2026, 11, 29)


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"[ \u00a0]+", " ", text)


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def seed(db: Database, partner_name: str = "Кофейня «Зерно»") -> tuple[int, int]:
    """A prepared collaboration with every section filled; returns (collab, partner)."""
    with db.sessions.begin() as s:
        s.add(
            LibraryProfile(
                name="Библиотека «Орбита»",
                city="Томск",
                website="https://orbita.example",
                email="partners@orbita.example",
                phone="+7 3822 40-12-70",
            )
        )
        partner = Partner(name=partner_name, email="hello@zerno.example")
        partner.contacts.append(Contact(name="Анна Петрова", role="директор", phone="+7 900"))
        collab = Collaboration(
            title="Кофе и книги", idea="Книжная полка в кофейне.", starts_on=date(2026, 3, 1)
        )
        collab.participants.append(CollaborationPartner(partner=partner, role=PartnerRole.PARTNER))
        s.add(collab)
        s.flush()
        for key, answer in (
            (UNIQUE_IDEA, "Читальный уголок среди запаха кофе."),
            (GOAL, "Привести 300 новых читателей."),
            (WHY_THIS_COMBINATION, "Гости кофейни — наши будущие читатели."),
        ):
            s.add(
                ChecklistAnswer(
                    collaboration_id=collab.id,
                    step_key=key.split(".")[0],
                    question_key=key,
                    answer=answer,
                )
            )
        for month, value in ((9, 7000), (10, 7360)):
            s.add(
                Metric(
                    name="Посещения",
                    period_start=date(2026, month, 1),
                    value=Decimal(value),
                    unit="чел.",
                )
            )
        s.add(CollaborationMetric(collaboration_id=collab.id, metric_name="Посещения"))
        item = AdvertisingItem(name="Пост во ВКонтакте", unit="пост", reach_per_unit=4500)
        s.add(item)
        s.flush()
        s.add(CollaborationAdItem(collaboration_id=collab.id, item_id=item.id, quantity=3))
        given = Commitment(
            collaboration_id=collab.id,
            partner_id=partner.id,
            direction=Direction.LIBRARY_GIVES,
            description="Логотип на сайте библиотеки",
            due_on=date(2026, 4, 15),
            status=CommitmentStatus.DELIVERED,
            delivered_on=date(2026, 4, 14),
            value=Decimal(20000),
        )
        asked = Commitment(
            collaboration_id=collab.id,
            partner_id=partner.id,
            direction=Direction.PARTNER_GIVES,
            description="Скидка 10 % читателям",
            due_on=date(2026, 5, 20),
            status=CommitmentStatus.MISSED,
            waived_reason="Смена владельца",
            value=Decimal(15000),
        )
        s.add_all([given, asked])
        s.flush()
        s.add(CommitmentProof(commitment_id=given.id, url="https://orbita.example/partners"))
        return collab.id, partner.id


def test_russian_pitch_carries_partner_numbers_and_dates(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db)
    data = build_pitch(desk.pitch_content.gather(collab_id, today=TODAY), "ru")
    text = text_of(data)
    assert 2 <= pages(data) <= 4
    for expected in (
        "Предложение о партнёрстве".upper(),
        "Кофейня «Зерно»",
        "Кофе и книги",
        "Читальный уголок среди запаха кофе.",
        "Гости кофейни — наши будущие читатели.",
        "14 360 чел.",  # the months on record added up, not one month
        "сен 2026 – окт 2026",
        "октябрь 2026",
        "Пост во ВКонтакте",
        "3 поста",
        "13 500",  # 3 posts x 4 500 impressions
        "Логотип на сайте библиотеки",
        "сделано 14 апреля 2026",  # delivered before the pitch: shown as done
        "29 ноября 2026",
        "partners@orbita.example",  # how the partner reaches the library
        "+7 3822 40-12-70",
    ):
        assert expected in text, expected
    assert "None" not in text
    assert "Анна Петрова" not in text  # the partner's own contact is not printed back to them
    # A missed promise dated before the pitch is not presented as upcoming.
    assert "Скидка 10 % читателям" not in text
    assert "Общий охват" not in text  # impressions are never summed into a "reach"


def test_english_pitch_uses_english_words_and_number_format(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db)
    text = text_of(build_pitch(desk.pitch_content.gather(collab_id, today=TODAY), "en"))
    # "пост" is the data's word: it keeps its Russian plural in an English pitch
    for expected in ("PARTNERSHIP PROPOSAL", "What you get", "14,360", "13,500", "3 поста"):
        assert expected in text, expected
    assert "Что вы получаете" not in text


def test_fonts_are_embedded(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db)
    reader = PdfReader(io.BytesIO(build_pitch(desk.pitch_content.gather(collab_id), "ru")))
    fonts: dict[str, Any] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is not None:
                fonts[str(font["/BaseFont"])] = descriptor.get_object()
    assert any("PTSans" in name for name in fonts)
    assert any("PTSerif" in name for name in fonts)
    assert all("/FontFile2" in d for d in fonts.values()), fonts.keys()
    for descriptor in fonts.values():  # subsets of the glyphs used, not whole faces
        data = descriptor["/FontFile2"].get_object().get_data()
        count = struct.unpack_from(">H", data, 4)[0]
        tags = {data[12 + 16 * i : 16 + 16 * i] for i in range(count)}
        assert b"glyf" in tags, tags
        assert len(data) < 100_000  # a whole PT Sans face is 430 KB


def test_a_pitch_stays_small_enough_to_mail(db: Database, desk: Desk) -> None:
    """About 73 KB with the shipped (hinted) faces subset to the glyphs used;
    a whole embedded face would add 300-460 KB each (docs/performance.md)."""
    collab_id, _ = seed(db)
    assert len(build_pitch(desk.pitch_content.gather(collab_id), "ru")) < 150_000


def test_hostile_names_print_literally_and_load_nothing(db: Database, desk: Desk) -> None:
    collab_id, partner_id = seed(db, partner_name=HOSTILE)
    content = desk.pitch_content.gather(collab_id, partner_id)
    recap = desk.recaps.gather(collab_id, partner_id, internal=True, language="ru")
    for data in (build_pitch(content, "ru"), build_recap(recap, "ru")):
        reader = PdfReader(io.BytesIO(data))
        text = text_of(data)
        assert "<b>Кафе</b> & Co" in text
        assert '<img src="/etc/passwd"/>' in text.replace("\n", " ")
        for page in reader.pages:
            assert "/Annots" not in page  # no link was made
            xobjects = page["/Resources"].get("/XObject", {})
            assert not xobjects  # no image was loaded


def test_long_words_huge_answers_and_emoji_build(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db, partner_name="Кафе ☕ «Зерно» 👍🏽")
    with db.sessions.begin() as s:
        collab = s.get(Collaboration, collab_id)
        assert collab is not None
        collab.idea = "Слово" * 2000  # one 10,000-character word
        s.add(
            ChecklistAnswer(
                collaboration_id=collab_id,
                step_key="qualitative",
                question_key="qualitative.brand_value",
                answer="длинный ответ " * 800,
            )
        )
        commitment = s.query(Commitment).filter_by(direction=Direction.PARTNER_GIVES).one()
        commitment.description = "Ж" * 3000
    content = desk.pitch_content.gather(collab_id)
    pitch = build_pitch(content, "ru")
    assert 2 <= pages(pitch) <= 4
    text = text_of(pitch)
    assert "Кафе «Зерно»" in text  # emoji are left out, not printed as "?"
    assert "?" not in text.split("Кафе", 1)[1][:12]
    assert "СловоСлово" in text
    assert (
        pages(build_recap(desk.recaps.gather(collab_id, internal=True, language="en"), "en")) >= 1
    )


def test_nearly_empty_collaboration_builds(db: Database, desk: Desk) -> None:
    with db.sessions.begin() as s:
        collab = Collaboration(title="Просто идея")
        s.add(collab)
        s.flush()
        collab_id = collab.id
    content = desk.pitch_content.gather(collab_id)
    pitch = build_pitch(content, "en")
    assert pages(pitch) == 1  # the cover and its summary say all there is; no empty page
    text = text_of(pitch)
    assert "Просто идея" in text
    assert "our future partner" in text
    assert "None" not in text
    recap = text_of(build_recap(desk.recaps.gather(collab_id, internal=True, language="ru"), "ru"))
    assert "Обязательства по этому сотрудничеству пока не записаны." in recap


def test_without_picked_statistics_the_latest_figures_are_used(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db)
    with db.sessions.begin() as s:
        s.query(CollaborationMetric).delete()
        s.query(CollaborationAdItem).delete()
    content = desk.pitch_content.gather(collab_id)
    assert [f.name for f in content.figures] == ["Посещения"]
    assert content.figures[0].value == Decimal(7360)
    text = text_of(build_pitch(content, "en"))
    assert "Advertising package" not in text
    assert "7,360" in text


def test_sections_can_be_left_out(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db)
    content = desk.pitch_content.gather(collab_id)
    text = text_of(build_pitch(content, "en", sections={"idea", "contacts"}))
    assert "The idea" in text and "Let's talk" in text
    assert "Who does what" not in text and "What you get" not in text


def test_partner_must_take_part(db: Database, desk: Desk) -> None:
    from collabdesk.services.errors import NotFoundError

    collab_id, _ = seed(db)
    with db.sessions.begin() as s:
        stranger = Partner(name="Чужой")
        s.add(stranger)
        s.flush()
        stranger_id = stranger.id
    with pytest.raises(NotFoundError, match="does not take part"):
        desk.pitch_content.gather(collab_id, stranger_id)


def test_a_long_title_is_shortened_in_the_footer_not_run_into_the_page_number() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from collabdesk.reports.fonts import SANS, register_fonts
    from collabdesk.reports.safe_text import fit_width

    register_fonts()
    title = "Фестиваль «Сверхдлинноеназваниебезпробелов» " * 6
    shown = fit_width(title, SANS, 8, 400)
    assert shown.endswith("…") and title.startswith(shown[:-1])
    assert stringWidth(shown, SANS, 8) <= 400
    assert fit_width("Кофе и книги", SANS, 8, 400) == "Кофе и книги"


def test_hostile_text_in_table_cells_and_headings_prints_literally(
    db: Database, desk: Desk
) -> None:
    """Short cells and headings are drawn as strings, long ones as
    Paragraphs: both print markup as typed."""
    collab_id, partner_id = seed(db)
    with db.sessions.begin() as s:
        s.query(Metric).update({Metric.name: "<b>Посещения</b> & Co"})
        s.query(CollaborationMetric).update(
            {CollaborationMetric.metric_name: "<b>Посещения</b> & Co"}
        )
        given = s.query(Commitment).filter_by(direction=Direction.LIBRARY_GIVES).one()
        given.description = '<img src="/etc/passwd"/> ' + "длинное описание " * 12
        asked = s.query(Commitment).filter_by(direction=Direction.PARTNER_GIVES).one()
        asked.description = '<a href="http://evil.example">x</a>'
    recap = build_recap(
        desk.recaps.gather(collab_id, partner_id, internal=True, language="en"), "en"
    )
    with db.sessions.begin() as s:  # a pitch shows what is upcoming, not what was missed
        asked = s.query(Commitment).filter_by(direction=Direction.PARTNER_GIVES).one()
        asked.status, asked.due_on = CommitmentStatus.PLANNED, date(2030, 1, 20)
    pitch = build_pitch(desk.pitch_content.gather(collab_id, partner_id), "ru")
    for data in (pitch, recap):
        text = " ".join(text_of(data).split())
        assert "<b>Посещения</b> & Co" in text or data is not pitch  # the recap has no figures
        assert '<img src="/etc/passwd"/> длинное описание' in text
        assert '<a href="http://evil.example">x</a>' in text
        for page in PdfReader(io.BytesIO(data)).pages:
            assert "/Annots" not in page
            assert not page["/Resources"].get("/XObject", {})


def _baselines(data: bytes) -> dict[str, float]:
    """The y of each text run on the first page, as a PDF viewer places it."""
    found: dict[str, float] = {}

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            found[text.strip()] = round(cm[5] + tm[5] * cm[3], 2)

    PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=visit)
    return found


def test_one_line_text_sits_where_a_paragraph_would() -> None:
    """A heading drawn as a string keeps the Paragraph's place and look."""
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from collabdesk.reports.layout import make_styles, para
    from collabdesk.reports.one_line import OneLine

    st = make_styles("#1F5C99")
    styles = (st.cover_kicker, st.h1, st.h2, st.small, st.cover_line, st.body, st.cell_right)
    texts = [f"Строка {i}" for i in range(len(styles))]

    def document(make: Any) -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer).build([make(t, s) for t, s in zip(texts, styles, strict=True)])
        return buffer.getvalue()

    fast = [para(t, s) for t, s in zip(texts, styles, strict=True)]
    assert all(isinstance(f, OneLine) for f in fast)
    assert _baselines(document(para)) == _baselines(document(Paragraph))


def test_a_line_too_long_for_its_width_wraps_as_a_paragraph() -> None:
    from collabdesk.reports.layout import make_styles, para

    st = make_styles("#1F5C99")
    line = para("Креативный кластер «Полигон» " * 3, st.h2)
    width, height = line.wrap(120, 800)
    assert height >= 3 * st.h2.leading  # several lines, not one line running off the page
    assert width <= 120
    assert para("две\nстроки", st.body).wrap(400, 800)[1] == 2 * st.body.leading


def test_drawable_keeps_plain_text_and_still_replaces_what_the_font_lacks() -> None:
    from collabdesk.reports.safe_text import drawable

    assert drawable("Кофейня «Зерно», 1 234,5 ₽\n") == "Кофейня «Зерно», 1 234,5 ₽\n"
    assert drawable("Е\u0308лка") == "Ёлка"  # decomposed ё is composed, not dropped
    assert drawable("1\u202f000") == "1\u00a0000"  # a stand-in the font has
    assert drawable("кофе ☕👍🏽 и\u200bчай") == "кофе ичай"  # symbols left out
    assert drawable("Пицца 🍕 и книги") == "Пицца и книги"  # without a double space
    assert drawable("🍕🍕") == "?"  # nothing else: show that something is there
    assert drawable("漢字 и Ёлка") == "? и Ёлка"  # letters the font lacks
    assert drawable("a\x07b") == "a b"  # a control character becomes a space


def test_a_figure_picked_as_of_a_month_shows_that_month(db: Database, desk: Desk) -> None:
    collab_id, _ = seed(db)
    with db.sessions.begin() as s:
        s.query(CollaborationMetric).update({CollaborationMetric.period_start: date(2026, 9, 1)})
    figure = desk.pitch_content.gather(collab_id).figures[0]
    assert (figure.value, figure.as_of) == (Decimal(7000), date(2026, 9, 1))
    assert [p.value for p in figure.series] == [Decimal(7000)]  # nothing after September


def test_tabs_and_runs_of_spaces_in_a_cell_read_as_one_space(db: Database, desk: Desk) -> None:
    """Text pasted from a spreadsheet: PT Sans has no tab glyph."""
    collab_id, _ = seed(db)
    with db.sessions.begin() as s:
        asked = s.query(Commitment).filter_by(direction=Direction.PARTNER_GIVES).one()
        asked.description = "  Скидка\t10 %   читателям  "
        asked.status, asked.due_on = CommitmentStatus.PLANNED, date(2030, 1, 20)  # upcoming
    text = text_of(build_pitch(desk.pitch_content.gather(collab_id), "ru"))
    assert "Скидка 10 % читателям" in text
    assert "Скидка10" not in text  # the tab became a space, not nothing


LONG_PROMISES = 7  # enough to push the partner's table onto the next page


def test_a_recap_side_heading_stays_with_its_table(db: Database, desk: Desk) -> None:
    """Long promises push the partner's table to the next page: its heading
    goes along instead of staying alone at the foot of the previous one."""
    collab_id, partner_id = seed(db, partner_name="ООО «Северное сияние и партнёры» " * 4)
    with db.sessions.begin() as s:
        s.query(Commitment).delete()
        for i in range(LONG_PROMISES):
            s.add(
                Commitment(
                    collaboration_id=collab_id,
                    partner_id=partner_id,
                    direction=Direction.PARTNER_GIVES if i % 2 else Direction.LIBRARY_GIVES,
                    description=f"Обязательство {i}: " + "описание того, что будет сделано " * 3,
                    due_on=date(2026, 12, 1),
                )
            )
    recap = desk.recaps.gather(collab_id, partner_id, internal=True, language="ru", today=TODAY)
    reader = PdfReader(io.BytesIO(build_recap(recap, "ru")))
    together = False
    for page in reader.pages:
        lines = [line.strip() for line in page.extract_text().splitlines()]
        for here, following in pairwise(lines):
            together = together or (here == "Партнёр" and following.startswith("Позиция"))
    assert together
