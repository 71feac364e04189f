"""Preparing and delivering a collaboration from a script: every verb of
`collaborations add|pick|unpick|stage`, `commitments add|show|deliver|waive|
miss|make-good` and `library set|show`, and each refusal as one line on
stderr with a non-zero exit."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from collabdesk.cli import run
from collabdesk.commands.common import CliError, parse_date
from collabdesk.config import DATABASE_FILE
from collabdesk.domain.enums import InteractionKind
from collabdesk.services.advertising import AdItemDraft
from collabdesk.services.desk import Desk
from collabdesk.store.database import open_database, sqlite_url

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def added_id(self) -> int:
        """The N of "Added … N: …"."""
        assert self.code == 0, self.err
        head = self.out.split(":", 1)[0]
        return int(head.split()[-1])


class Cli:
    def __init__(self, data: Path) -> None:
        self.data = data

    def __call__(self, *argv: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        code = run(["--data-dir", str(self.data), *argv], out, err)
        return Result(code, out.getvalue(), err.getvalue())

    def desk_do(self, work: Any) -> Any:
        db = open_database(sqlite_url(self.data / DATABASE_FILE))
        try:
            return work(Desk.over(db.sessions, data_dir=self.data))
        finally:
            db.close()


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


@pytest.fixture
def partner(cli: Cli) -> int:
    return cli("partners", "add", "--name", "Музей <b>Луч</b> 🎨").added_id()


def refused(result: Result, *words: str) -> None:
    """One line on stderr, nothing on stdout, exit 1 or 2, no traceback."""
    assert result.code in (1, 2), result
    assert result.out == ""
    assert result.err.count("\n") == 1 and result.err.endswith("\n"), result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err, result.err


# --- dates -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2027-03-01", "01.03.2027", " 01.03.2027 "])
def test_both_date_forms_are_read(text: str) -> None:
    assert parse_date(text) == date(2027, 3, 1)


@pytest.mark.parametrize("text", ["1.3.27", "31.02.2027", "2027/03/01", "завтра", ""])
def test_any_other_date_is_refused_with_both_forms_shown(text: str) -> None:
    with pytest.raises(CliError) as refusal:
        parse_date(text, "--due")
    assert "2027-03-01 or 01.03.2027" in str(refusal.value)


# --- collaborations ------------------------------------------------------------------
def test_add_prints_added_and_json_matches_show(cli: Cli, partner: int) -> None:
    other = cli("partners", "add", "--name", "Типография").added_id()
    result = cli(
        "collaborations", "add", "--title", "Неделя театра", "--idea", "Спектакль в зале",
        "--partner", str(partner), "--alternative", str(other), "--stage", "preparing",
        "--starts", "01.03.2027", "--ends", "2027-04-30",
    )  # fmt: skip
    assert result.out.startswith("Added collaboration ")
    cid = result.added_id()
    shown = cli("collaborations", "show", str(cid), "--json").json()
    assert shown["title"] == "Неделя театра" and shown["stage"] == "preparing"
    assert shown["starts_on"] == "2027-03-01" and shown["ends_on"] == "2027-04-30"
    assert shown["partner_ids"] == [partner] and shown["plan_b"] == ["Типография"]
    as_json = cli("collaborations", "add", "--title", "Вторая", "--json").json()
    assert as_json == cli("collaborations", "show", str(as_json["id"]), "--json").json()
    assert as_json["partners"] == []  # partners are optional


def test_names_with_markup_and_emoji_are_kept_as_typed(cli: Cli, partner: int) -> None:
    cid = cli("collaborations", "add", "--title", "<b>Жирно</b> 📚", "--partner", str(partner))
    shown = cli("collaborations", "show", str(cid.added_id()), "--json").json()
    assert shown["title"] == "<b>Жирно</b> 📚"
    assert shown["partners"] == ["Музей <b>Луч</b> 🎨"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--title", "x" * 10_000], ("Title is too long",)),
        (["--title", "   "], ("Title",)),
        (["--title", "T", "--partner", "99"], ("99",)),
        (["--title", "T", "--starts", "2027-13-01"], ("--starts", "2027-03-01 or 01.03.2027")),
        (["--title", "T", "--starts", "2027-05-01", "--ends", "2027-04-01"], ("end date",)),
        (["--title", "T", "--stage", "won"], ("invalid choice",)),
    ],
)
def test_add_refusals(cli: Cli, argv: list[str], words: tuple[str, ...]) -> None:
    refused(cli("collaborations", "add", *argv), *words)


def _catalogue_and_stats(cli: Cli) -> None:
    def fill(desk: Desk) -> None:
        desk.advertising.add_item(
            AdItemDraft(name="Пост ВКонтакте", unit="post", reach_per_unit=1200)
        )
        desk.metrics.record("Посещения", date(2026, 11, 1), Decimal(5400), "people")

    cli.desk_do(fill)


def test_pick_and_unpick_statistics_and_advertising(cli: Cli) -> None:
    cli("partners", "list")
    _catalogue_and_stats(cli)
    cid = str(cli("collaborations", "add", "--title", "T").added_id())
    picked = cli("collaborations", "pick", cid, "--metric", "посещения")
    assert picked.code == 0 and "Посещения" in picked.out
    assert (
        cli("collaborations", "pick", cid, "--ad-item", "Пост вконтакте", "--quantity", "5").code
        == 0
    )
    shown = cli("collaborations", "show", cid, "--json").json()
    assert shown["statistics"] == ["Посещения"]
    assert shown["advertising"] == [{"item": "Пост ВКонтакте", "quantity": "5.00", "reach": 6000}]
    assert (
        cli("collaborations", "pick", cid, "--ad-item", "Пост ВКонтакте", "--quantity", "3").code
        == 0
    )
    assert (
        cli("collaborations", "show", cid, "--json").json()["advertising"][0]["quantity"] == "3.00"
    )
    assert cli("collaborations", "unpick", cid, "--metric", "Посещения").code == 0
    assert cli("collaborations", "unpick", cid, "--ad-item", "Пост ВКонтакте").code == 0
    shown = cli("collaborations", "show", cid, "--json").json()
    assert shown["statistics"] == [] and shown["advertising"] == []


def test_pick_refusals(cli: Cli) -> None:
    cli("partners", "list")
    _catalogue_and_stats(cli)
    cid = str(cli("collaborations", "add", "--title", "T").added_id())
    refused(cli("collaborations", "pick", "99", "--metric", "Посещения"), "99")
    refused(cli("collaborations", "pick", cid, "--metric", "Нет такой"), "Посещения")
    refused(
        cli("collaborations", "pick", cid, "--ad-item", "Радио", "--quantity", "1"),
        "Пост ВКонтакте",
    )
    refused(cli("collaborations", "pick", cid, "--ad-item", "Пост ВКонтакте"), "--quantity")
    refused(
        cli("collaborations", "pick", cid, "--ad-item", "Пост ВКонтакте", "--quantity", "abc"),
        "abc",
    )
    refused(cli("collaborations", "pick", cid, "--ad-item", "Пост ВКонтакте", "--quantity", "0"))
    refused(cli("collaborations", "pick", cid), "--metric")
    refused(cli("collaborations", "unpick", cid, "--metric", "Посещения"), "not picked")


def test_stage_moves_with_a_reason_kept_in_the_partners_log(cli: Cli, partner: int) -> None:
    cid = str(cli("collaborations", "add", "--title", "T", "--partner", str(partner)).added_id())
    moved = cli("collaborations", "stage", cid, "pitched")
    assert moved.code == 0 and "idea → pitched" in moved.out
    assert cli("collaborations", "stage", cid, "declined", "--reason", "Нет бюджета").code == 0
    assert cli("collaborations", "show", cid, "--json").json()["stage"] == "declined"
    notes = cli.desk_do(lambda desk: desk.interactions.for_partner(partner))
    assert [(n.kind, n.summary) for n in notes] == [
        (InteractionKind.OTHER, "T: pitched → declined. Нет бюджета")
    ]


def test_stage_refusals(cli: Cli, partner: int) -> None:
    cid = str(cli("collaborations", "add", "--title", "T", "--partner", str(partner)).added_id())
    cli("commitments", "add", cid, "--direction", "gives", "--what", "Пост")
    completed = cli("collaborations", "stage", cid, "completed")
    assert (completed.code, completed.out) == (1, "")  # the open promises, one line each, follow
    assert "cannot be completed" in completed.err and "commitments miss 1" in completed.err
    refused(cli("collaborations", "stage", cid, "won"), "invalid choice")
    refused(cli("collaborations", "stage", "99", "pitched"), "no collaboration with id 99")
    alone = str(cli("collaborations", "add", "--title", "Одна").added_id())
    refused(cli("collaborations", "stage", alone, "on_hold"), "--reason")
    assert cli("collaborations", "show", cid, "--json").json()["stage"] == "idea"


# --- commitments ---------------------------------------------------------------------
def test_commitment_add_takes_the_only_partner_and_json_matches_show(
    cli: Cli, partner: int
) -> None:
    cid = str(cli("collaborations", "add", "--title", "T", "--partner", str(partner)).added_id())
    result = cli(
        "commitments", "add", cid, "--direction", "gives", "--what", "Пять постов",
        "--quantity", "5", "--unit", "post", "--due", "10.03.2027", "--owner", "Анна",
        "--value", "1500,50", "--currency", "rub", "--method", "quote",
    )  # fmt: skip
    assert result.out.startswith("Added commitment ")
    shown = cli("commitments", "show", str(result.added_id()), "--json").json()
    assert shown["partner_id"] == partner and shown["direction"] == "library_gives"
    assert (shown["quantity"], shown["unit"], shown["due_on"]) == ("5.00", "post", "2027-03-10")
    assert (shown["value"], shown["currency"], shown["valuation_method"]) == (
        "1500.50",
        "RUB",
        "quote",
    )
    as_json = cli("commitments", "add", cid, "--direction", "gets", "--what", "Зал", "--json")
    data = as_json.json()
    assert data == cli("commitments", "show", str(data["id"]), "--json").json()
    assert data["direction"] == "partner_gives"
    listed = {row["id"]: row for row in cli("commitments", "list", "--json").json()}
    assert {k: data[k] for k in listed[data["id"]]} == listed[data["id"]]  # the list's fields


def test_several_partners_and_none_named_is_refused_naming_them(cli: Cli, partner: int) -> None:
    other = cli("partners", "add", "--name", "Типография").added_id()
    cid = str(
        cli("collaborations", "add", "--title", "T", "--partner", str(partner),
            "--partner", str(other)).added_id()
    )  # fmt: skip
    refused(
        cli("commitments", "add", cid, "--direction", "gives", "--what", "Пост"),
        "several partners",
        f"{partner}: Музей <b>Луч</b> 🎨",
        f"{other}: Типография",
    )
    named = cli("commitments", "add", cid, "--direction", "gives", "--what", "Пост",
                "--partner", str(other), "--json")  # fmt: skip
    assert named.json()["partner"] == "Типография"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["99", "--direction", "gives", "--what", "x"], ("no collaboration with id 99",)),
        (["{c}", "--direction", "both", "--what", "x"], ("invalid choice",)),
        (["{c}", "--direction", "gives", "--what", "x", "--partner", "77"], ("77",)),
        (["{c}", "--direction", "gives", "--what", "x", "--due", "завтра"], ("--due",)),
        (["{c}", "--direction", "gives", "--what", "x", "--quantity", "5"], ("--unit",)),
        (["{c}", "--direction", "gives", "--what", "x", "--value", "много"], ("много",)),
        (["{c}", "--direction", "gives", "--what", "x", "--method", "guess"], ("invalid choice",)),
        (["{c}", "--direction", "gives", "--what", "x", "--currency", "RUBLES"], ("urrency",)),
        (["{c}", "--direction", "gives", "--what", "x" * 30_000], ("too long",)),
    ],
)
def test_commitment_add_refusals(
    cli: Cli, partner: int, argv: list[str], words: tuple[str, ...]
) -> None:
    cid = str(cli("collaborations", "add", "--title", "T", "--partner", str(partner)).added_id())
    refused(cli("commitments", "add", *[a.replace("{c}", cid) for a in argv]), *words)


def _promise(cli: Cli, partner: int) -> str:
    cid = str(cli("collaborations", "add", "--title", "T", "--partner", str(partner)).added_id())
    return str(cli("commitments", "add", cid, "--direction", "gives", "--what", "Пост").added_id())


def test_deliver_with_proof_files_a_link_and_a_note(cli: Cli, partner: int, tmp_path: Path) -> None:
    item = _promise(cli, partner)
    shot, scan = tmp_path / "shot.png", tmp_path / "scan.pdf"
    shot.write_bytes(PNG)
    scan.write_bytes(b"%PDF-1.4")
    done = cli(
        "commitments", "deliver", item, "--on", "01.12.2026", "--proof", str(shot),
        "--proof", str(scan), "--url", "example.org/post", "--note", "Опубликовано",
    )  # fmt: skip
    assert done.code == 0, done.err
    shown = cli("commitments", "show", item, "--json").json()
    assert shown["status"] == "delivered" and shown["delivered_on"] == "2026-12-01"
    assert [p["file"] for p in shown["proof_items"]] == ["shot.png", "scan.pdf", ""]
    assert shown["proof_items"][0]["note"] == "Опубликовано"
    assert shown["proof_items"][2]["url"] == "https://example.org/post"


def test_deliver_defaults_to_today_and_a_note_alone_is_a_delivery_without_proof(
    cli: Cli, partner: int
) -> None:
    item = _promise(cli, partner)
    assert cli("commitments", "deliver", item, "--note", "Вручили лично").code == 0
    shown = cli("commitments", "show", item, "--json").json()
    assert shown["delivered_on"] == date.today().isoformat()
    assert shown["proof_note"] == "Вручили лично" and shown["proof_items"] == []


def test_deliver_refusals(cli: Cli, partner: int, tmp_path: Path) -> None:
    item = _promise(cli, partner)
    refused(cli("commitments", "deliver", item, "--proof", str(tmp_path / "gone.png")), "gone.png")
    refused(cli("commitments", "deliver", item, "--on", "2099-01-01"))  # in the future
    refused(cli("commitments", "deliver", item, "--on", "1/1/27"), "--on")
    refused(cli("commitments", "deliver", "99"), "99")
    assert cli("commitments", "show", item, "--json").json()["status"] == "planned"
    assert cli("commitments", "waive", item, "--reason", "Не нужно").code == 0
    refused(cli("commitments", "deliver", item), "waived")


def test_waive_miss_and_make_good(cli: Cli, partner: int) -> None:
    first, second = _promise(cli, partner), _promise(cli, partner)
    refused(cli("commitments", "waive", first, "--reason", "  "), "reason")
    waived = cli("commitments", "waive", first, "--reason", "Партнёр отказался")
    assert waived.code == 0 and waived.out.startswith(f"Waived commitment {first}")
    assert (
        cli("commitments", "show", first, "--json").json()["waived_reason"] == "Партнёр отказался"
    )
    refused(cli("commitments", "make-good", second, "--what", "Другое"), "missed")
    assert cli("commitments", "miss", second).code == 0
    refused(cli("commitments", "miss", first), "waived")
    good = cli("commitments", "make-good", second, "--what", "Два поста", "--due", "01.04.2027")
    assert good.out.startswith("Added commitment ")
    shown = cli("commitments", "show", str(good.added_id()), "--json").json()
    assert shown["make_good_for"] == int(second) and shown["due_on"] == "2027-04-01"
    as_json = cli("commitments", "make-good", second, "--what", "Ещё", "--json").json()
    assert as_json["description"] == "Ещё" and as_json["status"] == "planned"
    refused(cli("commitments", "miss", "99"), "99")
    refused(cli("commitments", "show", "99"), "99")


# --- the library profile ---------------------------------------------------------------
def test_library_set_and_show(cli: Cli, tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    result = cli(
        "library", "set", "--name", "ЦБС <b>Север</b> 📚", "--city", "Тверь", "--language", "en",
        "--contact-name", "Анна Петрова", "--contact-role", "Заместитель директора",
        "--contact-phone", "+7 495 123-45-67", "--contact-email", "anna@library.example.org",
        "--phone", "+7 495 000-00-00", "--email", "info@library.example.org",
        "--website", "library.example.org", "--logo", str(logo), "--colour", "#112233",
    )  # fmt: skip
    assert result.code == 0, result.err
    shown = cli("library", "show", "--json").json()
    assert shown["name"] == "ЦБС <b>Север</b> 📚" and shown["default_language"] == "en"
    assert shown["contact_name"] == "Анна Петрова"
    assert shown["contact_email"] == "anna@library.example.org"
    assert shown["website"] == "https://library.example.org"
    assert shown["brand_colour"] == "#112233"
    assert shown["logo"] == {"name": "logo.png", "bytes": len(PNG)}
    logo.unlink()  # kept in the data, not linked to the file
    assert cli.desk_do(lambda desk: desk.library.logo()).data == PNG
    text = cli("library", "show").out
    assert "Анна Петрова" in text and "logo.png" in text
    refused(cli("library", "set"), "Nothing to change")
    assert cli("library", "set", "--city", "", "--logo", "").code == 0  # empty clears
    shown = cli("library", "show", "--json").json()
    assert shown["city"] == "" and shown["logo"] is None and shown["name"].startswith("ЦБС")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--contact-email", "not-an-address"], ("not-an-address",)),
        (["--colour", "red"], ("#RRGGBB",)),
        (["--name", "x" * 10_000], ("too long",)),
        (["--logo", "{tmp}/gone.png"], ("logo",)),
        (["--logo", "{tmp}/text.png"], ("PNG or JPEG",)),
        (["--language", "de"], ("invalid choice",)),
    ],
)
def test_library_set_refusals_save_nothing(
    cli: Cli, tmp_path: Path, argv: list[str], words: tuple[str, ...]
) -> None:
    (tmp_path / "text.png").write_text("not a picture")
    assert cli("library", "set", "--name", "Библиотека").code == 0
    refused(
        cli(
            "library", "set", "--city", "Тверь", *[a.replace("{tmp}", str(tmp_path)) for a in argv]
        ),
        *words,
    )
    assert cli("library", "show", "--json").json()["city"] == ""


def test_added_is_said_in_russian(cli: Cli, partner: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    added = cli("collaborations", "add", "--title", "Неделя", "--partner", str(partner))
    assert added.out.startswith("Добавлено сотрудничество "), added.out
    item = cli(
        "commitments", "add", str(added.added_id()), "--direction", "gives", "--what", "Пост"
    )
    assert item.out.startswith("Добавлено обещание "), item.out
    refused(cli("collaborations", "add", "--title", "T", "--starts", "вчера"), "2027-03-01")
    assert "не дата" in cli("collaborations", "add", "--title", "T", "--starts", "вчера").err
