"""Partner search as the list window uses it: Cyrillic folding, substrings,
filters, literal matching of FTS syntax, paging and counts."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from collabdesk.domain.enums import PartnerKind, PartnerStatus
from collabdesk.domain.partner import partner_search_text
from collabdesk.domain.text import search_key
from collabdesk.services import partner_directory
from collabdesk.services.desk import Desk
from collabdesk.services.partner_directory import PartnerDirectory, PartnerQuery, PartnerRow
from collabdesk.services.partners import PartnerDraft
from collabdesk.store.database import Database


@pytest.fixture
def directory(db: Database, db_path: Path) -> Iterator[PartnerDirectory]:
    found = PartnerDirectory.for_sqlite_file(db_path)
    try:
        yield found
    finally:
        found.close()


def names(directory: PartnerDirectory, text: str = "", **filters: object) -> list[str]:
    page = directory.first_page(PartnerQuery(text=text, **filters))  # type: ignore[arg-type]
    assert page.total == len(page.rows)
    return [row.name for row in page.rows]


def add(desk: Desk, *partner_names: str, **fields: object) -> None:
    for name in partner_names:
        desk.partners.create(PartnerDraft(name=name, **fields))  # type: ignore[arg-type]


def test_search_key_folds_case_yo_and_spaces() -> None:
    assert search_key("  ПЁТР   Иванов\t") == "петр иванов"
    assert search_key("Е\u0308лка") == "елка"  # decomposed ё
    assert search_key(None) == ""


def test_cyrillic_search_ignores_case(desk: Desk, directory: PartnerDirectory) -> None:
    add(desk, "Иванов", "ИВАНОВ", "иванова Мария", "Петров")

    assert sorted(names(directory, "иванов")) == ["ИВАНОВ", "Иванов", "иванова Мария"]
    assert sorted(names(directory, "ИВАНОВ")) == ["ИВАНОВ", "Иванов", "иванова Мария"]


def test_e_finds_yo_both_ways(desk: Desk, directory: PartnerDirectory) -> None:
    add(desk, "Пётр Первый", "Ёлка и шишка", "Пекарня Петра")

    assert names(directory, "петр") == ["Пекарня Петра", "Пётр Первый"]
    assert names(directory, "елка") == ["Ёлка и шишка"]
    assert names(directory, "ЁЛКА") == ["Ёлка и шишка"]
    assert names(directory, "пётр") == ["Пекарня Петра", "Пётр Первый"]


def test_three_letters_match_inside_a_word(desk: Desk, directory: PartnerDirectory) -> None:
    add(desk, "Иванов", "Сиваш", "Петров")

    assert sorted(names(directory, "ван")) == ["Иванов"]
    assert sorted(names(directory, "ива")) == ["Иванов", "Сиваш"]
    assert names(directory, "тро") == ["Петров"]


def test_one_or_two_letters_match_the_start_of_the_name(
    desk: Desk, directory: PartnerDirectory
) -> None:
    add(desk, "Иванов", "Сиваш", "Ива и клён")

    assert names(directory, "ив") == ["Ива и клён", "Иванов"]
    assert names(directory, "и") == ["Ива и клён", "Иванов"]
    assert names(directory, "с") == ["Сиваш"]
    assert names(directory, "ё") == []


def test_all_words_must_match_in_any_order(desk: Desk, directory: PartnerDirectory) -> None:
    add(desk, "Пётр Иванов", "Иван Петров", "Пётр Сидоров")

    assert names(directory, "иванов петр") == ["Пётр Иванов"]
    assert names(directory, "петр иванов") == ["Пётр Иванов"]
    assert names(directory, "сидоров  пЁтр") == ["Пётр Сидоров"]


def test_search_by_city_email_and_tag(desk: Desk, directory: PartnerDirectory) -> None:
    desk.partners.create(PartnerDraft(name="Кофейня", city="Северск"))
    desk.partners.create(PartnerDraft(name="Типография", email="print@shop.example"))
    desk.partners.create(PartnerDraft(name="Галерея", tags=("Выставки",)))

    assert names(directory, "северск") == ["Кофейня"]
    assert names(directory, "shop.example") == ["Типография"]
    assert names(directory, "выставки") == ["Галерея"]


def test_kind_and_status_filters(desk: Desk, directory: PartnerDirectory) -> None:
    desk.partners.create(PartnerDraft(name="Art A", kind=PartnerKind.ARTIST))
    desk.partners.create(
        PartnerDraft(name="Art B", kind=PartnerKind.ARTIST, status=PartnerStatus.ACTIVE)
    )
    desk.partners.create(
        PartnerDraft(name="Media", kind=PartnerKind.MEDIA, status=PartnerStatus.ACTIVE)
    )

    assert names(directory, kind=PartnerKind.ARTIST) == ["Art A", "Art B"]
    assert names(directory, status=PartnerStatus.ACTIVE) == ["Art B", "Media"]
    assert names(directory, kind=PartnerKind.ARTIST, status=PartnerStatus.ACTIVE) == ["Art B"]
    assert names(directory, "art", kind=PartnerKind.MEDIA) == []
    assert names(directory, "med", status=PartnerStatus.ACTIVE) == ["Media"]
    assert names(directory, kind=PartnerKind.GOVERNMENT) == []


def test_only_ids_filter(desk: Desk, directory: PartnerDirectory) -> None:
    a = desk.partners.create(PartnerDraft(name="A"))
    desk.partners.create(PartnerDraft(name="B"))
    c = desk.partners.create(PartnerDraft(name="C"))

    assert names(directory, only_ids=(a.id, c.id)) == ["A", "C"]
    assert names(directory, only_ids=()) == []


SPECIAL_NAMES = (
    'Кафе "Ромашка"',
    "Star*Books",
    "Co-op Print",
    "NEAR Studio",
    "(Brackets) Ltd",
    "100% Design",
    "snake_case lab",
    "Plain Name",
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"ромашка"', ['Кафе "Ромашка"']),
        ("«Ромашка»", ['Кафе "Ромашка"']),
        ('кафе "', ['Кафе "Ромашка"']),
        ("star*", ["Star*Books"]),
        ("co-op", ["Co-op Print"]),
        ("near", ["NEAR Studio"]),
        ("NEAR(", ["NEAR Studio"]),
        ("(brackets)", ["(Brackets) Ltd"]),
        ("100%", ["100% Design"]),
        ("snake_case", ["snake_case lab"]),
        ('"plain', ["Plain Name"]),
        ("plain*", ["Plain Name"]),
        ("name:plain", ["Plain Name"]),
        # FTS5 operators are words like any other, not query syntax.
        ("AND", []),
        ("OR NOT", []),
        ("a OR b", []),
        ("star NOT books", []),
        ("near/3", []),
        ("'; DROP TABLE partner; --", []),
    ],
)
def test_fts_syntax_characters_match_literally(
    desk: Desk, directory: PartnerDirectory, query: str, expected: list[str]
) -> None:
    add(desk, *SPECIAL_NAMES)

    assert names(directory, query) == expected
    assert directory.count(PartnerQuery()) == len(SPECIAL_NAMES)


@pytest.mark.parametrize("query", ["%", "_", "%%%", "___", "*", '"', '""', "-", "(", ")", "^", ":"])
def test_punctuation_alone_filters_nothing_and_never_fails(
    desk: Desk, directory: PartnerDirectory, query: str
) -> None:
    # Not a wildcard and not a syntax error: there is simply no word to look for.
    add(desk, *SPECIAL_NAMES)

    assert names(directory, query) == sorted(SPECIAL_NAMES, key=search_key)
    assert directory.page(PartnerQuery(query), None, 3) == directory.page(PartnerQuery(), None, 3)


def test_short_word_sticks_to_its_neighbour(desk: Desk, directory: PartnerDirectory) -> None:
    add(desk, "Кузнецов Елисей", "Елисей Кузнецов", "ИП Северов", "Северный ИП")

    assert names(directory, "кузнецов ел") == ["Кузнецов Елисей"]
    assert names(directory, "ип север") == ["ИП Северов"]


def test_index_follows_edits_and_deletes(desk: Desk, directory: PartnerDirectory) -> None:
    created = desk.partners.create(PartnerDraft(name="Старое Имя", city="Томск", tags=("книги",)))
    assert names(directory, "старое") == ["Старое Имя"]

    edited = desk.partners.update(
        created.id,
        PartnerDraft(name="Новое Имя", city="Омск", tags=("кофе",)),
        created.version_id,
    )
    assert names(directory, "старое") == []
    assert names(directory, "томск") == []
    assert names(directory, "книги") == []
    assert names(directory, "новое") == ["Новое Имя"]
    assert names(directory, "омск") == ["Новое Имя"]
    assert names(directory, "кофе") == ["Новое Имя"]
    assert names(directory, "н") == ["Новое Имя"]

    # A change of tags alone must reach the index too.
    desk.partners.update(
        created.id, PartnerDraft(name="Новое Имя", city="Омск", tags=("чай",)), edited.version_id
    )
    assert names(directory, "кофе") == []
    assert names(directory, "чай") == ["Новое Имя"]

    desk.partners.delete(created.id)
    assert names(directory, "новое") == []
    assert names(directory, "н") == []
    assert directory.count(PartnerQuery()) == 0


def test_fts_index_matches_table_after_edits(
    desk: Desk, db: Database, directory: PartnerDirectory
) -> None:
    created = [desk.partners.create(PartnerDraft(name=f"Партнёр {i}")) for i in range(10)]
    for record in created[:5]:
        desk.partners.update(record.id, PartnerDraft(name=record.name + " бис"), record.version_id)
    for record in created[5:8]:
        desk.partners.delete(record.id)

    with db.engine.connect() as conn:
        check = conn.exec_driver_sql(
            "INSERT INTO partner_fts(partner_fts, rank) VALUES ('integrity-check', 1)"
        )
        check.close()
    assert names(directory, "бис") == [f"Партнёр {i} бис" for i in range(5)]
    assert directory.count(PartnerQuery("партнер")) == 7


@pytest.fixture
def many(desk: Desk) -> list[str]:
    """450 partners created through the service, in shuffled name order."""
    labels = [f"Партнёр {i:03d}" for i in range(450)]
    random.Random(7).shuffle(labels)
    for label in labels:
        desk.partners.create(PartnerDraft(name=label))
    return sorted(labels, key=search_key)


def pages_of(
    directory: PartnerDirectory, query: PartnerQuery, *, alphabetical: bool = True
) -> list[list[PartnerRow]]:
    """Every page of `query`, each starting after the last row of the one before."""
    pages = [directory.page(query, None, 200, alphabetical=alphabetical)]
    while len(pages[-1]) == 200:
        pages.append(directory.page(query, pages[-1][-1], 200, alphabetical=alphabetical))
    return pages


def test_pages_cover_everything_once_in_name_order(
    many: list[str], directory: PartnerDirectory
) -> None:
    query = PartnerQuery()
    pages = pages_of(directory, query)

    assert [len(p) for p in pages] == [200, 200, 50]
    rows = [row for page in pages for row in page]
    assert len({row.id for row in rows}) == 450
    assert [row.name for row in rows] == many
    assert directory.page(query, rows[-1], 200) == []


def test_paging_a_search_result(many: list[str], directory: PartnerDirectory) -> None:
    query = PartnerQuery("ПАРТНЕР")  # through the FTS index, not the plain table scan
    pages = pages_of(directory, query)

    assert [len(p) for p in pages] == [200, 200, 50]
    assert [row.name for page in pages for row in page] == many
    assert directory.count(query) == 450
    assert [row.name for row in directory.page(PartnerQuery("партнёр 012"))] == ["Партнёр 012"]


def test_paging_newest_first_and_by_a_short_prefix(
    many: list[str], directory: PartnerDirectory
) -> None:
    newest = [
        row.id
        for page in pages_of(directory, PartnerQuery("партнер"), alphabetical=False)
        for row in page
    ]
    assert newest == sorted(newest, reverse=True) and len(newest) == 450
    prefix = [row.name for page in pages_of(directory, PartnerQuery("п")) for row in page]
    assert prefix == many


def test_same_names_page_by_id_without_gaps(desk: Desk, directory: PartnerDirectory) -> None:
    """Keyset paging on the name alone would skip rows of a shared name."""
    add(desk, *(["Библиотечный фонд"] * 5 + ["Архив"] * 3))
    seen = []
    after = None
    while page := directory.page(PartnerQuery(), after, 2):
        seen += [row.id for row in page]
        after = page[-1]
    assert len(seen) == len(set(seen)) == 8


def test_first_page_reports_total(many: list[str], directory: PartnerDirectory) -> None:
    page = directory.first_page(PartnerQuery(), limit=200)

    assert len(page.rows) == 200
    assert page.total == 450
    assert page.total_exact is True
    assert page.alphabetical is True
    assert [row.name for row in page.rows] == many[:200]

    narrow = directory.first_page(PartnerQuery("партнер 44"))
    assert [row.name for row in narrow.rows] == [f"Партнёр 44{i}" for i in range(10)]
    assert narrow.total == 10


def bulk_insert(db_path: Path, count: int, prefix: str) -> None:
    conn = sqlite3.connect(db_path)
    try:
        stamp = "2026-01-01 00:00:00.000000"
        rows = []
        for i in range(count):
            name = f"{prefix} {i:05d}"
            rows.append(
                (
                    name,
                    search_key(name),
                    partner_search_text(name, "Томск", "", ""),
                    stamp,
                    stamp,
                )
            )
        with conn:
            conn.executemany(
                "INSERT INTO partner (name, kind, status, city, website, email, phone,"
                " values_notes, owner, notes, name_key, search_text, created_at, updated_at,"
                " version_id) VALUES (?, 'business', 'prospect', 'Томск', '', '', '', '', '',"
                " '', ?, ?, ?, ?, 1)",
                rows,
            )
    finally:
        conn.close()


def test_big_results_are_capped_and_marked_inexact(
    db: Database, db_path: Path, directory: PartnerDirectory
) -> None:
    cap = partner_directory.COUNT_CAP
    bulk_insert(db_path, cap + 50, "Сетевой партнёр")

    everything = directory.first_page(PartnerQuery(), limit=50)
    assert everything.total == cap
    assert everything.total_exact is False
    assert len(everything.rows) == 50
    assert everything.rows[0].name == "Сетевой партнёр 00000"

    # Too many substring matches to sort: newest first, and the page says so.
    matched = directory.first_page(PartnerQuery("сетевой"), limit=50)
    assert matched.total_exact is False
    assert matched.alphabetical is False
    assert matched.total == partner_directory.SORT_LIMIT  # "more than 3,000": no count on
    newest = [row.id for row in matched.rows]
    assert newest == sorted(newest, reverse=True) and len(newest) == 50
    assert len(matched.rows) == 50
    assert matched.rows[0].name == f"Сетевой партнёр {cap + 49:05d}"

    # Typing more brings an exact, alphabetical answer back.
    precise = directory.first_page(PartnerQuery("сетевой партнер 0012"))
    assert precise.total == sum("0012" in f"{i:05d}" for i in range(cap + 50))
    assert precise.total_exact is True
    assert precise.alphabetical is True
    assert directory.count(PartnerQuery("томск")) == cap + 50
