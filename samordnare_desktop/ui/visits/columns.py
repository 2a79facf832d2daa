"""The Besök table's column widths.

The columns whose contents have a known shape are given their width from the font: the warning
icon, the date (ISO), the time range, the press box, and the status (one of four labels). Sized
to their contents instead, Qt asked the model for every visible cell of each of them whenever
the rows changed: ~3,000 calls into Python after the first read at ten times the programme, a
quarter of the work of showing the rows. The kind, of seven labels of very different length,
still fits the rows shown; municipality and venue start at a fixed width; the title takes the
rest. Every column can be dragged wider, and none is narrower than its header
(widgets.table's header floor)."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from samordnare_desktop.domain.visit import VisitStatus
from samordnare_desktop.formatting import time_range
from samordnare_desktop.ui.visits.visit_table_model import WARNING_COLUMN, VisitTableModel

DATE, TIME, MUNICIPALITY, KIND, STATUS, PRESS, VENUE = 1, 2, 3, 4, 5, 6, 7


def size_columns(table: QTableView, model: VisitTableModel) -> None:
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(0)  # the kind: from the visible rows only
    metrics = table.fontMetrics()
    style = table.style()
    # a cell's text margins, as the style lays out an item (and the grid line beside it)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    grid = 1 if table.showGrid() else 0

    def fits(*texts: str) -> int:
        return max(metrics.horizontalAdvance(text) for text in texts) + 2 * margin + grid

    def boxed(metric: QStyle.PixelMetric) -> int:  # an icon or a check box, centred
        return style.pixelMetric(metric, None, table) + 4 * margin + grid

    status_title = model.headerData(STATUS, Qt.Orientation.Horizontal)
    widths = {
        WARNING_COLUMN: boxed(QStyle.PixelMetric.PM_SmallIconSize),
        DATE: fits("0000-00-00"),
        TIME: fits(time_range(time(0, 0), time(0, 0))),
        MUNICIPALITY: 170,
        # one of four labels: wide enough for the longest, whichever rows are shown
        STATUS: max(
            metrics.horizontalAdvance(t) for t in [s.label() for s in VisitStatus] + [status_title]
        )
        + 24,
        PRESS: boxed(QStyle.PixelMetric.PM_IndicatorWidth),
        VENUE: 220,
    }
    header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
