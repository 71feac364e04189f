"""Pitch PDF timings against a bare reportlab document measured in the same run.

Prints the median time to build one demo pitch (gathering its content from
the database and writing the PDF), the median of a bare two-page reportlab
document with one chart (the floor any PDF with a chart pays), their ratio,
and the time for a batch of 100 pitches.

Targets (issue 5): one pitch <= 3x the bare document; 100 pitches <= 10 s.

    python benchmarks/pitch.py [--runs 15] [--batch 100]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def bare_document(font: str = "") -> bytes:
    """Two pages of plain paragraphs and one bar chart; in reportlab's
    built-in Helvetica, or in an embedded TTF (`font`), as Cyrillic needs."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    if font:
        for name in ("Title", "BodyText"):
            styles[name].fontName = font
    drawing = Drawing(440, 150)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 20, 390, 120
    chart.data = [[1000 + 137 * m for m in range(12)]]
    drawing.add(chart)
    story = [Paragraph("A partnership proposal", styles["Title"])]
    story += [Paragraph("The idea. " * 40, styles["BodyText"]), drawing, PageBreak()]
    story += [Paragraph("Who does what. " * 40, styles["BodyText"])]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def median_seconds(job: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        job()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--batch", type=int, default=100, help="pitches in the batch")
    args = parser.parse_args()

    from collabdesk.reports.pitch import build_pitch
    from collabdesk.services.demo import load_demo
    from collabdesk.services.desk import Desk
    from collabdesk.store.database import open_database, sqlite_url

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "bench.sqlite3"))
        load_demo(db.sessions, "ru")
        desk = Desk.over(db.sessions)
        collab_id = next(r.id for r in desk.collaborations.rows() if r.stage.value == "delivering")

        def one_pitch() -> bytes:
            return build_pitch(desk.pitch_content.gather(collab_id), "ru")

        from collabdesk.reports.fonts import SANS

        one_pitch(), bare_document(), bare_document(SANS)  # warm-up: imports, fonts
        bare = median_seconds(bare_document, args.runs)
        bare_ttf = median_seconds(lambda: bare_document(SANS), args.runs)
        pitch = median_seconds(one_pitch, args.runs)
        content = desk.pitch_content.gather(collab_id)
        build_only = median_seconds(lambda: build_pitch(content, "ru"), args.runs)
        ids = [r.id for r in desk.collaborations.rows()]
        batch_ids = (ids * (args.batch // len(ids) + 1))[: args.batch]
        started = time.perf_counter()
        for collab in batch_ids:
            content = desk.pitch_content.gather(collab)
            (Path(folder) / f"{collab}.pdf").write_bytes(build_pitch(content, "ru"))
        batch = time.perf_counter() - started
        db.close()

    print(f"bare 2-page reportlab document with a chart: median {bare * 1000:7.1f} ms")
    print(f"the same in embedded PT Sans (TTF subset):   median {bare_ttf * 1000:7.1f} ms")
    print(
        f"one pitch (gather + build):                  median {pitch * 1000:7.1f} ms "
        f"= {pitch / bare:.2f}x bare, {pitch / bare_ttf:.2f}x bare TTF (target <= 3x)"
    )
    print(f"  of which building the PDF:                 median {build_only * 1000:7.1f} ms")
    target = f" (target <= {args.batch / 10:.0f} s)" if args.batch >= 10 else ""
    label = f"{args.batch} pitches in a batch:"
    print(f"{label:45}{batch:7.2f} s{target}")


if __name__ == "__main__":
    main()
