"""Issue 15, as a person meets it: the window's file has passed its check
but the services are still loading (a big library: stretched here by the
probe). New partner opens at once; the name typed is kept while Save waits
and is saved when the services arrive — then read back by a separate
`collabdesk partners list` process, as a colleague's command would."""

from __future__ import annotations

import json

from tests.e2e.conftest import Program
from tests.e2e.test_start_order import watch_start

NAME = "Кофейня «Зерно» ☕ <b>жирным</b>"


def test_a_partner_typed_while_the_data_loads_is_saved_once_it_has(
    demo_program: Program,
) -> None:
    seen = watch_start(
        demo_program, "--slow-services", "1500", "--type-partner", NAME, "--until", "none"
    )
    assert seen["new_partner"]["services"] is False  # New partner opened before them
    assert seen["opening"]["services"] is False
    assert seen["typed"] == {**seen["typed"], "save_enabled": False, "services": False}
    assert seen["saved"]["services"] is True
    assert float(seen["saved"]["ms"]) - float(seen["typed"]["ms"]) >= 1000  # type: ignore[arg-type]

    listed = demo_program.cli("partners", "list", "--json")
    names = [row["name"] for row in json.loads(listed.stdout)]
    assert names.count(NAME) == 1  # saved once, exactly as typed
