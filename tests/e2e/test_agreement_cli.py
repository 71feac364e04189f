"""The installed program, run as processes: the parties' legal details
(issue 17) typed from a script, refused in the person's language."""

from __future__ import annotations

import json

from tests.e2e.conftest import Program


def test_legal_details_from_a_script_in_russian(demo_program: Program) -> None:
    done = demo_program.cli(
        "legal", "set", "--partner", "7", "--inn", "7707083894", check=False, lang="ru_RU.UTF-8"
    )
    assert done.returncode == 1 and done.stdout == ""
    assert "ИНН «7707083894» неверен" in done.stderr
    demo_program.cli(
        "legal",
        "set",
        "--partner",
        "7",
        "--legal-name",
        'ООО "Точка роста"',
        "--inn",
        "7707083893",
        lang="ru_RU.UTF-8",
    )
    shown = demo_program.cli("legal", "show", "--partner", "7", lang="ru_RU.UTF-8").stdout
    assert "ИНН:" in shown and "7707083893" in shown
    assert "Для соглашения ещё нужно: Юридический адрес" in shown
    data = json.loads(demo_program.cli("legal", "show", "--partner", "7", "--json").stdout)
    assert data["legal_name"] == 'ООО "Точка роста"'
