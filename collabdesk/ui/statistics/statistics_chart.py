"""One metric's chart in the Statistics section: the reportlab drawing the
PDFs use, rendered to SVG and shown through QtSvg (one chart code path).
It redraws at its own size, so its labels keep their point size whatever
the splitter or the window does."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from collabdesk.domain.message import fill

if TYPE_CHECKING:
    from collabdesk.services.desk import Desk

CHART_MIN_WIDTH, CHART_MIN_HEIGHT = 240, 150  # points of the chart drawing, shown 1:1
LAST_MONTHS = 24


class MetricChart(QSvgWidget):
    """Asks `desk_source` for the services each time it draws, never keeps a
    Desk: after meeting mode or a restore swaps the database, a resize must
    not read (and so reopen) the old one."""

    def __init__(
        self, desk_source: Callable[[], Desk | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._desk_source = desk_source
        self.setObjectName("statisticsChart")
        # As small as the drawing ever is: a smaller widget would shrink the
        # drawing and its 7-point labels with it.
        self.setMinimumSize(CHART_MIN_WIDTH, CHART_MIN_HEIGHT)
        # Never stretch the drawing: stretched text is hard to read.
        self.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setAccessibleName(self.tr("Chart of the chosen metric"))
        self.svg = b""
        self.title = ""
        self._shown: str | None = None  # the metric's name
        self.branch_id: int | None = None  # one branch's figures; None: all summed

    def show_metric(self, name: str | None) -> None:
        """Draw `name`'s last two years; None clears the chart."""
        self._shown = name
        if name is None or self._desk_source() is None:
            self.svg = b""
            self.load(QByteArray())
            return
        self._draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown is not None:
            self._draw()

    def _draw(self) -> None:
        desk, name = self._desk_source(), self._shown
        if desk is None or name is None:
            return
        from collabdesk.reports.chart import ChartPoint, chart_svg, metric_chart

        series = desk.statistics.series(name, branch_id=self.branch_id)
        self.title = f"{name} ({series.unit})" if series.unit else name
        lang = "ru" if QLocale().language() == QLocale.Language.Russian else "en"
        drawing = metric_chart(
            [ChartPoint(p.period_start, p.value) for p in series.points[-LAST_MONTHS:]],
            lang,
            desk.library.profile().brand_colour,
            width=max(CHART_MIN_WIDTH, self.width()),
            height=max(CHART_MIN_HEIGHT, self.height()),
            title=self.title,
        )
        self.svg = chart_svg(drawing)
        months = self.tr("%1, %n month(s)", "", len(series.points))
        self.setAccessibleDescription(fill(months, [self.title]))
        self.load(QByteArray(self.svg))
