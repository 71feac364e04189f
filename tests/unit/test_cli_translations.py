"""The second-language versions of the partner-facing texts a script types:
`collaborations add --title-translation/--idea-translation` and
`commitments add --what-translation`, read back by `show --json`, and a text
too long refused in one line naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_cli_scripting import Cli, refused


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


def test_collaboration_translations_are_saved_and_shown(cli: Cli) -> None:
    added = cli(
        "collaborations", "add", "--title", "Ночь науки", "--idea", "Опыты в читальном зале",
        "--title-translation", "Science Night", "--idea-translation", "Experiments in the hall",
    )  # fmt: skip
    cid = added.added_id()
    shown = cli("collaborations", "show", str(cid), "--json").json()
    assert shown["title_translation"] == "Science Night"
    assert shown["idea_translation"] == "Experiments in the hall"
    saved = cli.desk_do(lambda desk: desk.collaborations.get(cid))
    assert (saved.title_translation, saved.idea_translation) == (
        "Science Night",
        "Experiments in the hall",
    )
    as_json = cli("collaborations", "add", "--title", "T", "--title-translation", "E", "--json")
    assert as_json.json()["title_translation"] == "E"
    assert as_json.json()["idea_translation"] == ""


def test_commitment_translation_is_saved_and_shown(cli: Cli) -> None:
    cid = str(cli("collaborations", "add", "--title", "T").added_id())
    added = cli(
        "commitments", "add", cid, "--direction", "gives", "--what", "Пять постов",
        "--what-translation", "Five posts",
    )  # fmt: skip
    commitment = added.added_id()
    shown = cli("commitments", "show", str(commitment), "--json").json()
    assert shown["description_translation"] == "Five posts"
    assert "Five posts" in cli("commitments", "show", str(commitment)).out
    collaboration = cli("collaborations", "show", cid, "--json").json()
    assert collaboration["commitments"][0]["description_translation"] == "Five posts"
    saved = cli.desk_do(lambda desk: desk.commitments.get(commitment))
    assert saved.description_translation == "Five posts"


@pytest.mark.parametrize(
    ("flag", "words"),
    [
        ("--title-translation", ("Title in the second language", "too long")),
        ("--idea-translation", ("Idea in the second language", "too long")),
    ],
)
def test_collaboration_translation_too_long_is_refused(
    cli: Cli, flag: str, words: tuple[str, ...]
) -> None:
    refused(cli("collaborations", "add", "--title", "T", flag, "x" * 30_000), *words)
    assert cli("collaborations", "list", "--json").json() == []  # nothing saved


def test_commitment_translation_too_long_is_refused(cli: Cli) -> None:
    cid = str(cli("collaborations", "add", "--title", "T").added_id())
    result = cli(
        "commitments", "add", cid, "--direction", "gives", "--what", "Пост",
        "--what-translation", "x" * 30_000,
    )  # fmt: skip
    refused(result, "Description in the second language", "too long")
    assert cli("commitments", "list", "--json").json() == []
