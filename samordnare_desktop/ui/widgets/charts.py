"""Small charts painted with QPainter (no QtCharts): a column chart and a grouped bar chart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from samordnare_desktop.ui import theme

SERIES_COLOURS = ("#1f4e79", "#5b9bd5", "#a5a5a5", "#ed7d31")
# the same series on a dark palette: each bar at least 3:1 against the dark window
_DARK_SERIES = {
    "#1f4e79": "#6fa8dc",
    "#5b9bd5": "#b4d3ef",
    "#a5a5a5": "#a5a5a5",
    "#ed7d31": "#f6a05a",
}


def series_colour(name: str) -> QColor:
    """A series colour as drawn on the palette in use (lighter on a dark one)."""
    return QColor(_DARK_SERIES.get(name.lower(), name) if theme.is_dark() else name)


def _short(text: str, metrics: QFontMetrics, room: float) -> str:
    """``text`` if it fits; else a year as "-26" and a word as its first three letters ("mar"),
    never "m…" (a month name cut to one letter says nothing)."""
    if metrics.horizontalAdvance(text) <= room:
        return text
    if text.isdigit() and len(text) == 4:
        return "-" + text[2:]
    return text[:3]


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[float, ...]  # one per category
    colour: str = SERIES_COLOURS[0]


class ColumnChart(QWidget):
    """Vertical columns with their value on top and a label below; click a column to pick it."""

    columnClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._values: list[int] = []
        self._highlight: int | None = None
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_data(
        self, labels: Sequence[str], values: Sequence[int], highlight: int | None = None
    ) -> None:
        self._labels = list(labels)
        self._values = list(values)
        self._highlight = highlight
        tips = [f"{label}: {value}" for label, value in zip(labels, values, strict=True)]
        self.setToolTip("\n".join(tips))
        self.update()

    def values(self) -> list[int]:
        return list(self._values)

    def _area(self) -> QRectF:
        text_h = QFontMetrics(self.font()).height()
        lines = max((label.count("\n") + 1 for label in self._labels), default=1)
        return QRectF(self.rect()).adjusted(8, text_h + 6, -8, -(text_h * lines + 8))

    def bar_rect(self, index: int) -> QRectF:
        """The clickable column ``index`` (its whole height), from the current size."""
        area = self._area()
        slot = area.width() / max(1, len(self._values))
        return QRectF(area.left() + slot * index, area.top(), slot, area.height())

    def sizeHint(self) -> QSize:
        return QSize(420, 200)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        text_h = metrics.height()
        lines = max((label.count("\n") + 1 for label in self._labels), default=1)
        area = self._area()
        if not self._values or area.width() <= 0 or area.height() <= 0:
            return
        top = max(max(self._values), 1)
        slot = area.width() / len(self._values)
        width = max(4.0, slot * 0.62)
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        # month labels whole: a smaller type (down to 70 %) before any word is shortened
        label_font = QFont(self.font())
        widest = max(
            (metrics.horizontalAdvance(p) for label in self._labels for p in label.split("\n")),
            default=0,
        )
        if widest > slot + 4:
            size = label_font.pointSizeF() * max(0.7, (slot + 4) / widest)
            label_font.setPointSizeF(size)
        label_metrics = QFontMetrics(label_font)
        for index, value in enumerate(self._values):
            height = area.height() * value / top
            x = area.left() + slot * index + (slot - width) / 2
            bar = QRectF(x, area.bottom() - height, width, height)
            colour = series_colour(
                SERIES_COLOURS[0] if index != self._highlight else SERIES_COLOURS[3]
            )
            painter.fillRect(bar, colour)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(x - slot / 2, bar.top() - text_h - 2, width + slot, text_h),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
            painter.save()
            painter.setFont(label_font)
            label = "\n".join(
                _short(part, label_metrics, slot + 4) for part in self._labels[index].split("\n")
            )
            painter.drawText(
                QRectF(area.left() + slot * index - 2, area.bottom() + 4, slot + 4, text_h * lines),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
            painter.restore()
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index in range(len(self._values)):
            if self.bar_rect(index).contains(event.position()):
                self.columnClicked.emit(index)
                return
        super().mousePressEvent(event)


class GroupedBarChart(QWidget):
    """Horizontal bars: one row per category, one bar per series (shares, shown in percent)."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._series: list[Series] = []
        self.compact = compact  # thin bars, no value labels (the figures are one click away)
        # how a value is written (shares as percent by default; counts as whole numbers)
        self.value_text: Callable[[float], str] = lambda value: f"{value * 100:.0f} %"
        self.setMinimumHeight(80 if compact else 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self._categories = list(categories)
        self._series = list(series)
        self.setToolTip(
            "\n".join(
                f"{name}: "
                + ", ".join(
                    f"{s.label} {self.value_text(s.values[i])}" for s in series if i < len(s.values)
                )
                for i, name in enumerate(categories)
            )
        )
        self.updateGeometry()
        self.update()

    def series(self) -> list[Series]:
        return list(self._series)

    def _small_font(self):
        small = self.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        return small

    def _bar_height(self) -> int:
        if self.compact:
            return 4
        return max(8, QFontMetrics(self._small_font()).height())

    def _row_height(self) -> int:
        bars = self._bar_height() * max(1, len(self._series)) + 4
        return (
            max(bars, QFontMetrics(self._small_font()).height() + 2) if self.compact else bars + 2
        )

    def sizeHint(self) -> QSize:
        legend = QFontMetrics(self.font()).height() + 8
        return QSize(360, legend + self._row_height() * max(1, len(self._categories)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        text_h = metrics.height()
        if not self._series or not self._categories:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet."))
            return
        # legend
        x = 2.0
        for series in self._series:
            painter.fillRect(QRectF(x, 4, 10, 10), series_colour(series.colour))
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 14, 4 + metrics.ascent() - 1), series.label)
            x += 14 + metrics.horizontalAdvance(series.label) + 16
        top = text_h + 8
        label_w = min(int(self.width() * 0.42), 260)
        value_w = metrics.horizontalAdvance(max("100 %", self.value_text(0), key=len)) + 6
        bar_area = self.width() - label_w - value_w - 8
        peak = max((max(s.values, default=0) for s in self._series), default=0) or 1
        bar_h = self._bar_height()
        row_h = self._row_height()
        small = self._small_font()
        if self.compact:
            painter.setFont(small)
        for index, category in enumerate(self._categories):
            y = top + index * row_h
            painter.setPen(text_colour)
            name = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_w - 6)
            painter.drawText(
                QRectF(0, y, label_w - 6, row_h - 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            for number, series in enumerate(self._series):
                value = series.values[index] if index < len(series.values) else 0.0
                width = bar_area * value / peak
                bar = QRectF(label_w, y + number * bar_h, max(width, 1.0), bar_h - 2)
                painter.fillRect(bar, series_colour(series.colour))
                if self.compact:
                    continue
                painter.setFont(small)
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(bar.right() + 3, bar.top(), value_w + 10, bar_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self.value_text(value),
                )
                painter.setFont(self.font())
        painter.end()
