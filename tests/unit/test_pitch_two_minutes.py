"""The pitch read in two minutes, read back with pypdf: the ask with its
amount and date, the named library contact, the reply-by date, the package
value at the catalogue's rates, a year of figures with its year-on-year
change, plural units in both languages, the track record by the
reputation view's one definition — and no internal answer or other
partner's benefit anywhere."""

from __future__ import annotations

import io
import re
import struct
import zlib
from datetime import date
from decimal import Decimal

from pypdf import PdfReader

from collabdesk.domain.advertising import AdvertisingItem, CollaborationAdItem, CollaborationMetric
from collabdesk.domain.checklist import BRAND_VALUE, GOAL, IF_DECLINED, UNIQUE_IDEA
from collabdesk.domain.collaboration import ChecklistAnswer, Collaboration, CollaborationPartner
from collabdesk.domain.commitment import Commitment
from collabdesk.domain.enums import CommitmentStatus, Direction, PartnerRole, Stage
from collabdesk.domain.library import LibraryProfile
from collabdesk.domain.metric import Metric
from collabdesk.domain.partner import Partner
from collabdesk.reports.pitch import MAX_PAGES, SHORTEN_FIRST, build_pitch, details
from collabdesk.services.desk import Desk
from collabdesk.services.reputation import ReputationService
from collabdesk.store.database import Database

TODAY = date(2026, 12, 1)
SECRET = "Подать на городской молодёжный грант"
FOUNDATION_BENEFIT = "Фонд видят там, где живут его грантополучатели"


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"[ \u00a0]+", " ", "\n".join(p.extract_text() for p in reader.pages))


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def png(width: int = 4, height: int = 2) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    raw = b"".join(b"\x00" + b"\x20\x50\x90" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def answer(s: object, collab: int, key: str, text: str, partner: int | None = None) -> None:
    s.add(  # type: ignore[attr-defined]
        ChecklistAnswer(
            collaboration_id=collab,
            step_key=key.split(".")[0],
            question_key=key,
            answer=text,
            partner_id=partner,
        )
    )


def seed(db: Database, desk: Desk) -> tuple[int, int, int]:
    """A museum and a foundation in one lecture series; returns (collab, museum, foundation)."""
    desk.checklist.ensure_default_template()
    with db.sessions.begin() as s:
        s.add(
            LibraryProfile(
                name="Библиотека «Орбита»",
                city="Томск",
                email="partners@orbita.example",
                phone="+7 3822 40-12-70",
                logo=png(),
                contact_name="Мария Ковалёва",
                contact_role="руководитель проектов",
                contact_phone="+7 913 555-01-02",
                contact_email="m.kovaleva@orbita.example",
            )
        )
        museum = Partner(name="Музей истории науки")
        foundation = Partner(name="Фонд «Точка роста»")
        past = Partner(name="Кофейня «Зерно»", may_be_named=True)
        shy = Partner(name="Тихий спонсор", may_be_named=False)
        collab = Collaboration(
            title="Лекторий для подростков",
            idea="Цикл лекций молодых учёных.",
            starts_on=date(2027, 2, 4),
            ends_on=date(2027, 8, 3),
        )
        for p in (museum, foundation):
            collab.participants.append(CollaborationPartner(partner=p, role=PartnerRole.PARTNER))
        s.add(collab)
        for p in (past, shy):
            done = Collaboration(title=f"С {p.name}", stage=Stage.COMPLETED)
            done.participants.append(CollaborationPartner(partner=p, role=PartnerRole.PARTNER))
            s.add(done)
        s.flush()
        answer(s, collab.id, UNIQUE_IDEA, "Учёные до 30 лет рассказывают о своих исследованиях.")
        answer(s, collab.id, GOAL, "400 подростков за сезон.")
        answer(s, collab.id, IF_DECLINED, SECRET)
        answer(s, collab.id, BRAND_VALUE, "Музей приводит подростков к экспонатам", museum.id)
        answer(s, collab.id, BRAND_VALUE, FOUNDATION_BENEFIT, foundation.id)
        for months_back in range(24):  # two years of visits and of followers
            year, month = divmod(11 - 1 - months_back + 12 * 2026, 12)
            start = date(year, month + 1, 1)
            older = months_back >= 12
            s.add(
                Metric(
                    name="Посещения", period_start=start, value=900 if older else 1000, unit="чел."
                )
            )
            s.add(
                Metric(
                    name="Подписчики в соцсетях",
                    period_start=start,
                    value=4000 if older else 5000 - months_back,
                    unit="чел.",
                    source="VK",
                )
            )
        for band, value in (("0–14", 120), ("15–24", 300), ("25+", 580)):
            s.add(
                Metric(
                    name="Читатели",
                    period_start=date(2026, 11, 1),
                    value=value,
                    unit="чел.",
                    category=band,
                )
            )
        s.add(CollaborationMetric(collaboration_id=collab.id, metric_name="Посещения", position=0))
        s.add(
            CollaborationMetric(
                collaboration_id=collab.id, metric_name="Подписчики в соцсетях", position=1
            )
        )
        post = AdvertisingItem(
            name="Пост в соцсетях", unit="пост", reach_per_unit=8300, rate=Decimal(3000)
        )
        logo = AdvertisingItem(
            name="Логотип на сайте", unit="месяц", reach_per_unit=14800, rate=Decimal(5000)
        )
        s.add_all([post, logo])
        s.flush()
        s.add(CollaborationAdItem(collaboration_id=collab.id, item_id=post.id, quantity=5))
        s.add(CollaborationAdItem(collaboration_id=collab.id, item_id=logo.id, quantity=1))
        s.add_all(
            [
                Commitment(
                    collaboration_id=collab.id,
                    partner_id=museum.id,
                    direction=Direction.PARTNER_GIVES,
                    description="Экспонаты для лекций",
                    quantity=Decimal(22),
                    unit="экземпляр",
                    due_on=date(2027, 1, 25),
                    value=Decimal(120000),
                ),
                Commitment(
                    collaboration_id=collab.id,
                    partner_id=museum.id,
                    direction=Direction.PARTNER_GIVES,
                    description="Забытое обещание",
                    due_on=date(2026, 10, 1),
                ),
                Commitment(
                    collaboration_id=collab.id,
                    partner_id=foundation.id,
                    direction=Direction.PARTNER_GIVES,
                    description="Грант на гонорары лекторов",
                    due_on=date(2027, 1, 15),
                ),
                # the library's record: one on time, one late, one waived
                Commitment(
                    collaboration_id=collab.id,
                    partner_id=past.id,
                    direction=Direction.LIBRARY_GIVES,
                    description="Отчёт",
                    due_on=date(2026, 5, 1),
                    status=CommitmentStatus.DELIVERED,
                    delivered_on=date(2026, 4, 30),
                ),
                Commitment(
                    collaboration_id=collab.id,
                    partner_id=past.id,
                    direction=Direction.LIBRARY_GIVES,
                    description="Выставка",
                    due_on=date(2026, 6, 1),
                    status=CommitmentStatus.DELIVERED,
                    delivered_on=date(2026, 6, 9),
                ),
                Commitment(
                    collaboration_id=collab.id,
                    partner_id=past.id,
                    direction=Direction.LIBRARY_GIVES,
                    description="Снятое",
                    due_on=date(2026, 7, 1),
                    status=CommitmentStatus.WAIVED,
                ),
            ]
        )
        return collab.id, museum.id, foundation.id


def test_the_ask_contact_reply_by_and_package_value_are_printed(db: Database, desk: Desk) -> None:
    collab, museum, _ = seed(db, desk)
    content = desk.pitch_content.gather(collab, museum, today=TODAY)
    data = build_pitch(content, "ru")
    text = text_of(data)
    assert 2 <= pages(data) <= MAX_PAGES
    for expected in (
        "О чём мы просим",
        "Экспонаты для лекций — 22 экземпляра, 120 000 ₽, до 25 января 2027",
        "Мария Ковалёва, руководитель проектов",
        "+7 913 555-01-02 · m.kovaleva@orbita.example",
        "Ответьте, пожалуйста, до",
        "15 декабря 2026",  # pitch date + 14 days
        "Рекламный пакет стоимостью 20 000 ₽ по нашим расценкам",  # 5 × 3 000 + 5 000
        "5 постов",
        "Показы (брутто)",
        "Музей приводит подростков к экспонатам",
    ):
        assert expected in text, expected
    # staff-only answers and the other partner's benefit and ask never print
    assert SECRET not in text
    assert FOUNDATION_BENEFIT not in text
    assert "Грант на гонорары лекторов" not in text
    # a promise dated before the pitch is not presented as upcoming
    assert "Забытое обещание" not in text
    assert "Общий охват" not in text and "Total reach" not in text


def test_reply_by_is_an_option_and_english_takes_english_plurals(db: Database, desk: Desk) -> None:
    collab, museum, _ = seed(db, desk)
    content = desk.pitch_content.gather(
        collab, museum, today=TODAY, language="en", reply_by=date(2027, 3, 1)
    )
    assert content.reply_by_date == date(2027, 3, 1)
    text = text_of(build_pitch(content, "en"))
    for expected in ("Please reply by", "1 March 2027", "What we ask of you", "₽20,000"):
        assert expected in text, expected
    assert content.untranslated  # the answers exist only in Russian: the dialog names them
    assert SECRET not in text


def test_the_audience_case_is_a_year_with_its_change(db: Database, desk: Desk) -> None:
    collab, museum, _ = seed(db, desk)
    content = desk.pitch_content.gather(collab, museum, today=TODAY)
    visits, followers = content.audience
    assert (visits.value, visits.previous, visits.months) == (Decimal(12000), Decimal(10800), 12)
    assert visits.change is not None and round(visits.change, 3) == Decimal("0.111")
    assert followers.level and followers.value == Decimal(5000)  # never summed over months
    text = text_of(build_pitch(content, "ru"))
    for expected in (
        "12 000 чел.",
        "+11 %",
        "дек 2025 – ноя 2026",
        "5 000 чел.",
        "+25 %",
        "Источник: VK",
        "чел. в месяц, дек 2025 – ноя 2026",  # the chart says metric, unit and period
        "Читатели, ноябрь 2026",  # the audience profile from categories
        "15–24",
        "58 %",
    ):
        assert expected in text, expected
    assert "60 000" not in text  # followers × 12 would be an inflated "reach"


def test_the_track_record_uses_the_reputation_views_definition(db: Database, desk: Desk) -> None:
    collab, museum, _ = seed(db, desk)
    content = desk.pitch_content.gather(collab, museum, today=TODAY)
    record = content.track_record
    assert record is not None
    board = ReputationService(db.sessions).board(TODAY)
    assert record.promises == board.library
    assert (record.promises.on_time, record.promises.due, record.promises.waived) == (1, 2, 1)
    assert record.delivered == 2
    assert record.past_partners == ("Кофейня «Зерно»",)  # the shy sponsor is never named
    text = text_of(build_pitch(content, "ru"))
    assert "50 % (1 из 2, чей срок наступил)" in text
    assert "Тихий спонсор" not in text


def test_the_logo_is_drawn_from_the_stored_bytes(db: Database, desk: Desk) -> None:
    collab, museum, _ = seed(db, desk)
    content = desk.pitch_content.gather(collab, museum, today=TODAY)
    assert content.library.logo and not content.library.logo_path
    first = PdfReader(io.BytesIO(build_pitch(content, "ru"))).pages[0]
    assert first["/Resources"].get("/XObject")


def test_a_long_pitch_shortens_in_the_stated_order_to_four_pages(db: Database, desk: Desk) -> None:
    collab, museum, _ = seed(db, desk)
    with db.sessions.begin() as s:
        for i in range(40):
            s.add(
                Commitment(
                    collaboration_id=collab,
                    partner_id=museum,
                    direction=Direction.LIBRARY_GIVES,
                    description=f"Обещание номер {i} " + "с длинным описанием " * 6,
                    due_on=date(2027, 2, 1),
                )
            )
        answer(s, collab, "why.measurable_goals", "Цель. " * 400)
        answer(s, collab, "qualitative.why_combination", "Причина. " * 300)
        s.query(ChecklistAnswer).filter_by(question_key=GOAL).update({"answer": "Итог. " * 400})
        s.query(Collaboration).filter_by(id=collab).update({"idea": "Замысел. " * 300})
        for i in range(30):
            item = AdvertisingItem(
                name=f"Позиция {i}", unit="пост", reach_per_unit=10, rate=Decimal(1)
            )
            s.add(item)
            s.flush()
            s.add(CollaborationAdItem(collaboration_id=collab, item_id=item.id, quantity=1))
    content = desk.pitch_content.gather(collab, museum, today=TODAY)
    data = build_pitch(content, "ru")
    assert pages(data) <= MAX_PAGES
    text = text_of(data)
    assert text.count("Причина.") < 50  # long answers were clipped to 400 characters
    assert "Мария Ковалёва" in text and "15 декабря 2026" in text  # the cover never shortens
    assert "Читатели, ноябрь 2026" not in text  # the first to go: the audience profile
    levels = details()
    assert len(levels) == len(SHORTEN_FIRST) + 1
    assert not levels[1].profile and levels[0].profile
    assert pages(build_pitch(content, "ru", sections=("offer",))) <= MAX_PAGES
