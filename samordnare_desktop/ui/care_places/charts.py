"""The distribution chart of the care-places view, painted with QPainter like the time study's:
one row per placement form, a dot for every programme municipality's count, the middle half
(first to third quartile) as a band, the median as a line, and the chosen municipality as an
orange marker with its number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from samordnare_desktop.services.care_places import Distribution
from samordnare_desktop.ui.widgets.charts import SERIES_COLOURS

DOT = QColor(SERIES_COLOURS[1])
BAND = QColor("#d6e4f0")
MEDIAN = QColor(SERIES_COLOURS[0])
CHOSEN = QColor(SERIES_COLOURS[3])


def _median_text(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",").removesuffix(",0")


class DistributionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("care_distribution_chart")
        self._rows: list[tuple[str, Distribution]] = []
        self._chosen_label = ""
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, rows: Sequence[tuple[str, Distribution]], chosen_label: str) -> None:
        self._rows = list(rows)
        self._chosen_label = chosen_label
        self.setToolTip(
            "\n".join(
                self.tr("{form}: {name} {value}, median {median} ({n} municipalities)").format(
                    form=label,
                    name=chosen_label,
                    value="–" if d.value is None else d.value,
                    median=_median_text(d.median),
                    n=d.count,
                )
                for label, d in self._rows
            )
        )
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, Distribution]]:
        return list(self._rows)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 12

    def sizeHint(self) -> QSize:
        legend = QFontMetrics(self.font()).height() * 2 + 12
        return QSize(520, legend + self._row_height() * max(1, len(self._rows)) + 28)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        text_h = metrics.height()
        if not self._rows or all(d.count == 0 and d.value is None for _l, d in self._rows):
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet."))
            return
        # legend
        x = 4.0
        y = 4.0
        items = (
            (DOT, self.tr("a municipality in the programme")),
            (BAND, self.tr("middle half")),
            (MEDIAN, self.tr("median")),
            (CHOSEN, self._chosen_label),
        )
        for colour, label in items:
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRectF(x, y + 2, 10, 10))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), label)
            x += 14 + metrics.horizontalAdvance(label) + 16
        top = y + text_h + 10
        label_w = min(int(self.width() * 0.32), 220)
        value_w = metrics.horizontalAdvance("0000") + 8
        left = label_w + 6
        right = self.width() - value_w - 8
        span = max(1.0, right - left)
        row_h = self._row_height()
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)

        for index, (label, dist) in enumerate(self._rows):
            # each form on its own scale (0 to its largest count): a big city would otherwise
            # squeeze every other municipality into the first few pixels
            peak = max([*dist.values, dist.value or 0, 1])

            def at(value: float, peak: int = peak) -> float:
                return left + span * value / peak

            row_top = top + index * row_h
            mid = row_top + row_h / 2
            painter.setPen(text)
            painter.drawText(
                QRectF(0, row_top, label_w, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w),
            )
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawLine(QPointF(left, mid), QPointF(right, mid))
            if dist.q1 is not None and dist.q3 is not None:
                painter.fillRect(
                    QRectF(
                        at(dist.q1), row_top + 3, max(2.0, at(dist.q3) - at(dist.q1)), row_h - 6
                    ),
                    BAND,
                )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DOT)
            for number, value in enumerate(dist.values):
                wobble = ((number * 7) % 5 - 2) * (row_h - 10) / 10  # spread equal counts apart
                painter.drawEllipse(QPointF(at(value), mid + wobble), 2.5, 2.5)
            if dist.median is not None:
                painter.setPen(QPen(MEDIAN, 3))
                painter.drawLine(
                    QPointF(at(dist.median), row_top + 2),
                    QPointF(at(dist.median), row_top + row_h - 2),
                )
            if dist.value is not None:
                painter.setPen(QPen(QColor("#ffffff"), 1))
                painter.setBrush(CHOSEN)
                centre = QPointF(at(dist.value), mid)
                painter.drawPolygon(
                    [
                        centre + QPointF(0, -7),
                        centre + QPointF(7, 0),
                        centre + QPointF(0, 7),
                        centre + QPointF(-7, 0),
                    ]
                )
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(
                QRectF(left, row_top, span, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                str(peak),
            )
            painter.setFont(self.font())
            painter.setPen(text)
            painter.drawText(
                QRectF(right + 6, row_top, value_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                "–" if dist.value is None else str(dist.value),
            )
        # the scale
        axis_y = top + len(self._rows) * row_h + 2
        painter.setPen(muted)
        painter.drawText(
            QRectF(left, axis_y, span, text_h),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("Each form from 0 to its largest count (small grey number)."),
        )
        painter.end()

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())
