"""How long the Collaborations list takes to load with readiness, at 100,
500 and 2,000 collaborations (each with half its checklist answered, two
promises and one plan-B partner).

The list and the board load every collaboration of the current filter at
once and compute each one's readiness; this prints the median of 5 loads
per size, split into the list query (CollaborationService.rows) and the
readiness scores so a slow-down shows before a library notices it.

    python benchmarks/collaborations.py [--sizes 100,500,2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from collabdesk.domain.checklist import ChecklistQuestion  # noqa: E402
from collabdesk.domain.collaboration import (  # noqa: E402
    ChecklistAnswer,
    Collaboration,
    CollaborationPartner,
)
from collabdesk.domain.commitment import Commitment  # noqa: E402
from collabdesk.domain.enums import Direction, PartnerRole, Stage  # noqa: E402
from collabdesk.domain.partner import Partner  # noqa: E402
from collabdesk.services.desk import Desk  # noqa: E402
from collabdesk.store.database import open_database, sqlite_url  # noqa: E402

RUNS = 5


def fill(desk: Desk, sessions: object, size: int) -> None:
    keys = [q.key for q in desk.checklist.questions()]
    with sessions.begin() as session:  # type: ignore[attr-defined]
        partners = [Partner(name=f"Partner {i}") for i in range(size * 2)]
        session.add_all(partners)
        stages = list(Stage)
        for i in range(size):
            collab = Collaboration(title=f"Collaboration {i}", stage=stages[i % len(stages)])
            collab.participants = [
                CollaborationPartner(partner=partners[2 * i], role=PartnerRole.PARTNER),
                CollaborationPartner(partner=partners[2 * i + 1], role=PartnerRole.ALTERNATIVE),
            ]
            collab.answers = [
                ChecklistAnswer(step_key=k.split(".")[0], question_key=k, answer="yes", done=True)
                for k in keys[: len(keys) // 2]
            ]
            session.add(collab)
            for direction in Direction:
                session.add(
                    Commitment(
                        collaboration=collab,
                        direction=direction,
                        description="promise",
                        due_on=date(2027, 1, 1),
                        owner="",
                    )
                )
    assert session is not None and ChecklistQuestion is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,500,2000")
    args = parser.parse_args()
    print(f"{'collaborations':>14}  {'list ms':>8}  {'readiness ms':>12}  {'total ms':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(sqlite_url(Path(folder) / "bench.sqlite3"))
            desk = Desk.over(db.sessions)
            fill(desk, db.sessions, size)
            lists, scores = [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                rows = desk.collaborations.rows()
                middle = time.perf_counter()
                desk.checklist.readiness_of([r.id for r in rows])
                lists.append((middle - started) * 1000)
                scores.append((time.perf_counter() - middle) * 1000)
            a, b = statistics.median(lists), statistics.median(scores)
            print(f"{size:>14}  {a:>8.0f}  {b:>12.0f}  {a + b:>8.0f}")
            db.close()


if __name__ == "__main__":
    main()
