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
from PySide6.QtWidgets import QWidget

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.times import parse_time
from samordnare_desktop.ui.widgets.typed_input import TypedInput


class TimeInput(TypedInput):
    """A time field. ``value()`` is the typed time (``None`` when empty and ``optional``) or a
    ``ValidationError`` on ``field``; ``timeChanged`` fires with each new readable time (or
    ``None``), ``refused`` with the message when the person leaves unreadable text."""

    timeChanged = Signal(object)

    def __init__(
        self,
        name: str,
        value: time | None = None,
        *,
        optional: bool = True,
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, field, parent)
        self.optional = optional
        self.setPlaceholderText(self.tr("hh.mm"))
        self.setToolTip(self._hint())
        width = self.fontMetrics().horizontalAdvance("00.00") + 24
        self.setMinimumWidth(width)
        self.setMaximumWidth(width * 2)
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

    # --- reading (TypedInput) -------------------------------------------------------------
    def _read(self, text: str) -> time | None:
        return parse_time(text)

    def _shown_text(self, text: str, value: object) -> str:
        return fmt.clock(value) if value is not None else ""

    def _changed(self, value: object) -> None:
        self.timeChanged.emit(value)

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
                self._type(fmt.clock(time(total // 60, total % 60)))
            return
        super().keyPressEvent(event)
