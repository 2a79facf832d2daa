"""The app's one date input: a line edit that keeps what is typed, with a calendar to pick from.

``QDateEdit`` edits a date section by section: typing ``2027-05-12`` over a selected date shows
2026-05-12, ``2026-02-30`` becomes 2026-02-03, and nothing says so (see PLATFORM.md). This field
stores exactly what is typed (``2027-05-12`` or ``20270512``), or refuses it with a message and
keeps the text so it can be corrected. Up/Down step a day, Page Up/Page Down a month, Alt+Down or
F4 (or the calendar button inside the field) opens the calendar. One Tab stop.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from samordnare_desktop.domain.dates import parse_date
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.ui.widgets.typed_input import TypedInput


def _calendar_icon(color: QColor) -> QIcon:
    """A small calendar drawn in the palette's text colour (readable in light and dark mode)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 2.5))
    painter.drawRoundedRect(QRectF(4, 7, 24, 21), 3, 3)
    painter.fillRect(QRectF(4, 7, 24, 6), color)
    for x in (10, 22):
        painter.drawLine(x, 3, x, 9)
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRectF(8 + col * 6.5, 16 + row * 5.5, 3.5, 3.5), color)
    painter.end()
    return QIcon(pixmap)


def _add_months(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class _CalendarPopup(QFrame):
    """The calendar under the field; picking a day or Escape closes it."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("date_calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setLocale(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day.toPython())
        self.close()


class DateInput(TypedInput):
    """A date field. ``day()`` is the typed date (``None`` when empty and ``optional``) or a
    ``ValidationError`` for ``field``; ``dayChanged`` fires with each new valid date (or
    ``None``), ``refused`` with the message when the person leaves unreadable text,
    ``errorChanged`` with the refusal shown now ("" once it is gone, however it went)."""

    dayChanged = Signal(object)

    def __init__(
        self,
        name: str,
        day: date | None = None,
        *,
        optional: bool = False,
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        # no maxLength (TypedInput): Qt would silently cut " 2027-05-12" (a paste with a
        # leading space) to " 2027-05-1" and "2027-05-123" to a real date
        super().__init__(name, field, parent)
        self.optional = optional
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setToolTip(self._hint())
        # wide enough for "2026-03-04" plus the calendar button, in any font size
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-03-04") + 56)
        colour = self.palette().color(QPalette.ColorRole.Text)
        self.calendar_action = QAction(
            _calendar_icon(colour), self.tr("Choose from a calendar"), self
        )
        self.calendar_action.setObjectName(f"{name}_calendar")
        self.calendar_action.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._popup: _CalendarPopup | None = None
        self.set_day(day)

    def _hint(self) -> str:
        return self.tr("A date as 2026-03-04 or 20260304. Up/Down: one day; Alt+Down: calendar.")

    # --- values ---------------------------------------------------------------------------
    def day(self) -> date | None:
        """The typed date; a refusal is a ``ValidationError`` on ``self.field``."""
        try:
            value = parse_date(self.text())
        except ValueError as exc:
            raise ValidationError(self.field, str(exc)) from None
        if value is None and not self.optional:
            raise ValidationError(self.field, self.tr("Type a date, e.g. 2026-03-04."))
        return value

    def day_or_none(self) -> date | None:
        """The typed date, ``None`` when empty or unreadable (filters ignore a bad bound)."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None

    def is_acceptable(self) -> bool:
        try:
            self.day()
        except ValidationError:
            return False
        return True

    def set_day(self, day: date | QDate | None) -> None:
        """Show ``day`` (a ``datetime.date``, a ``QDate`` or ``None`` for empty)."""
        if isinstance(day, QDate):
            day = day.toPython() if day.isValid() else None
        self.setText(day.isoformat() if day else "")
        self._last = day  # also when the caller blocked signals
        self._show_error("")

    # --- reading (TypedInput) -------------------------------------------------------------
    def _read(self, text: str) -> date | None:
        return parse_date(text)

    def _shown_text(self, text: str, value: object) -> str:
        return text.strip()  # " 2027-05-12" pasted from an e-mail reads 2027-05-12

    def _changed(self, value: object) -> None:
        self.dayChanged.emit(value)

    # --- keys and calendar ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
            return
        steps = {
            Qt.Key.Key_Up: (1, 0),
            Qt.Key.Key_Down: (-1, 0),
            Qt.Key.Key_PageUp: (0, 1),
            Qt.Key.Key_PageDown: (0, -1),
        }
        if key in steps and not self.isReadOnly():
            days, months = steps[key]
            start = self.day_or_none() or date.today()
            if self.day_or_none() is not None:
                start = _add_months(start + timedelta(days=days), months)
            self._type(start.isoformat())
            return
        super().keyPressEvent(event)

    def _pick(self, day: date) -> None:
        """A day picked in the calendar is a finished entry, as if typed and the field left."""
        self._type(day.isoformat())
        self.editingFinished.emit()

    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._pick)
        shown = self.day_or_none() or date.today()
        self._popup.calendar.setSelectedDate(QDate(shown))
        self._popup.adjustSize()
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry() if self.screen() else None
        size = self._popup.sizeHint()
        if screen is not None:
            below.setX(max(screen.left(), min(below.x(), screen.right() - size.width())))
            if below.y() + size.height() > screen.bottom():
                below.setY(self.mapToGlobal(QPoint(0, 0)).y() - size.height())
        self._popup.move(below)
        self._popup.show()
        self._popup.calendar.setFocus()

    def calendar_popup(self) -> _CalendarPopup | None:
        return self._popup
