"""One time-of-day field for the whole app: what is typed is what is stored, or a refusal.

A ``QTimeEdit`` edits its sections one by one and turns what it cannot read into something else
without a word; people type ``9``, ``930``, ``9.30`` or ``09:30``. This line edit reads the text
with :func:`samordnare_desktop.domain.times.parse_time`: a readable time is shown back as the
documents print it (09.30) when the field is left; unreadable text stays as typed, marked, with
the message beside the field (``refused``) and in the tooltip. Up/Down step five minutes,
Page Up/Down an hour.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.times import parse_time
from samordnare_desktop.ui import theme


def invalid_style() -> str:
    return f"QLineEdit {{ border: 2px solid {theme.hex_colour('error')}; border-radius: 3px; }}"


class TimeInput(QLineEdit):
    """A time field. ``value()`` is the typed time (``None`` when empty and ``optional``) or a
    ``ValidationError`` on ``field``; ``timeChanged`` fires with each new readable time (or
    ``None``), ``refused`` with the message when the person leaves unreadable text."""

    timeChanged = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        name: str,
        value: time | None = None,
        *,
        optional: bool = True,
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.field = field or name
        self.optional = optional
        self._last: time | None = None
        self._error = ""
        # no maxLength (it would cut a paste silently): too long is refused with the message
        self.setPlaceholderText(self.tr("hh.mm"))
        self.setToolTip(self._hint())
        width = self.fontMetrics().horizontalAdvance("00.00") + 24
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
        self.textChanged.connect(self._on_text)
        self.editingFinished.connect(self._on_finished)
        self.set_time(value)

    def _hint(self) -> str:
        return self.tr(
            "A time as 9, 930, 9.30 or 09:30. Up/Down: five minutes; Page Up/Down: an hour."
        )

    # --- values ---------------------------------------------------------------------------
    def value(self) -> time | None:
        """The typed time; a refusal is a ``ValidationError`` on ``self.field``."""
        try:
            found = parse_time(self.text())
        except ValueError as exc:
            raise ValidationError(self.field, str(exc)) from None
        if found is None and not self.optional:
            raise ValidationError(self.field, self.tr("Type a time, e.g. 9.30."))
        return found

    def value_or_none(self) -> time | None:
        try:
            return parse_time(self.text())
        except ValueError:
            return None

    def set_time(self, value: time | None) -> None:
        """Show ``value`` as the documents print it (09.30), or empty for ``None``."""
        self._last = value  # before the text: a value set by the program is no change
        self.setText(fmt.clock(value) if value is not None else "")
        self._show_error("")

    def error(self) -> str:
        return self._error

    # --- feedback -------------------------------------------------------------------------
    def _on_text(self, text: str) -> None:
        try:
            found = parse_time(text)
        except ValueError:
            return  # half typed ("9." on the way to "9.30"): judged when the field is left
        self._show_error("")
        if found != self._last:
            self._last = found
            self.timeChanged.emit(found)

    def _on_finished(self) -> None:
        try:
            found = parse_time(self.text())
        except ValueError as exc:
            self._show_error(str(exc))
            self.refused.emit(str(exc))
            return
        self._show_error("")
        shown = fmt.clock(found) if found is not None else ""
        if self.text() != shown:  # "930" reads 09.30: the same time, shown as printed
            self.setText(shown)

    def _show_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        self.setStyleSheet(invalid_style() if message else "")
        self.setToolTip(message or self._hint())
        self.setAccessibleDescription(message)

    # --- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: 5,
            Qt.Key.Key_Down: -5,
            Qt.Key.Key_PageUp: 60,
            Qt.Key.Key_PageDown: -60,
        }
        minutes = steps.get(Qt.Key(event.key()))
        if minutes is not None and not self.isReadOnly():
            current = self.value_or_none()
            total = 9 * 60 if current is None else current.hour * 60 + current.minute + minutes
            if 0 <= total < 24 * 60:  # never past midnight either way
                self.setText(fmt.clock(time(total // 60, total % 60)))
                self.textEdited.emit(self.text())  # as if typed: drafts and "unsaved" listen
            return
        super().keyPressEvent(event)
