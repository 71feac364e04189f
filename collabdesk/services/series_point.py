"""One month of a figure: what charts and the pitch's audience case plot.

Apart from services/statistics (SQLAlchemy) so the pitch's plain read path
(commands/pitch.py) builds its records without loading it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class SeriesPoint:
    period_start: date
    value: Decimal
