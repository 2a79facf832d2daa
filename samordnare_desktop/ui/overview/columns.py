"""Översikt's table columns sized from the font, not from their cells (issue #15).

The columns whose contents have a known shape get their width from the font: a date (ISO), the
kind and status of a visit (one of a few labels), how long until a deadline (the widest is the
earliest or the latest day's), a municipality (the widest of the names in the rows). Sized to
their contents instead, Qt asked the model for every role of each of 40 rows per column each
time the rows changed: some 15 ms for the next 30 days' visits at ten times the programme, on
the GUI thread while the first figures are shown. The last column takes the rest; every column
can be dragged wider and none is narrower than its header."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from operator import attrgetter

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyle, QTableView

from samordnare_desktop.services.due import DueItem
from samordnare_desktop.services.overview import UpcomingVisit

ISO_DATE = "0000-00-00"


def _fits(table: QTableView, texts: Iterable[str]) -> int:
    """The width of a column showing ``texts``: the widest, with a cell's text margins."""
    table.ensurePolished()  # its font as shown (a table not yet shown has the default's)
    metrics = QFontMetricsF(table.font())  # fractions rounded up, as a cell lays out its text
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    grid = 1 if table.showGrid() else 0
    widest = max((metrics.horizontalAdvance(text) for text in set(texts)), default=0.0)
    return math.ceil(widest) + 2 * margin + grid


def _resize(table: QTableView, widths: dict[int, int]) -> None:
    header = table.horizontalHeader()
    for column, width in widths.items():
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))


def size_upcoming(table: QTableView, rows: Sequence[UpcomingVisit]) -> None:
    """Date, municipality, visit (the widest of the kinds in the rows: seven labels of very
    different length); the status, last, takes the rest."""
    _resize(
        table,
        {
            0: _fits(table, [ISO_DATE]),
            1: _fits(table, (r.municipality_name for r in rows)),
            2: _fits(table, [kind.label() for kind in {r.kind for r in rows}]),
        },
    )


def size_due(table: QTableView, items: Sequence[DueItem], today: date) -> None:
    """Date, when (the earliest and the latest day's texts are the widest: the most days),
    municipality; what, last, takes the rest."""
    day = attrgetter("day")
    ends = (min(items, key=day), max(items, key=day)) if items else ()
    _resize(
        table,
        {
            0: _fits(table, [ISO_DATE]),
            1: _fits(table, [i.when(today) for i in ends]),
            2: _fits(table, (i.municipality_name for i in items)),
        },
    )
