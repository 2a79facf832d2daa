"""One whole-number field for the whole app: what is typed is what is stored, or a refusal.

``QSpinBox`` judges each key against its range and corrects without a word: "1000" typed into a
field of at most 720 reads "100" (the last key dropped), "-5" reads "5" (the minus dropped), "0"
below a minimum of 1 goes back to the previous number when the field is left. Like ``DateInput``
and ``TimeInput``, this line edit keeps the typed text and reads it with
:func:`samordnare_desktop.domain.validation.read_number`: a number in range is shown back with its
unit ("90 min") when the field is left; anything else stays as typed, marked, with the message
beside the field (``refused``) and in the tooltip, and ``value()`` refuses it. Up/Down step,
Page Up/Down ten steps, never past the range.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from samordnare_desktop.domain import validation as v
from samordnare_desktop.ui.widgets.typed_input import TypedInput


class NumberInput(TypedInput):
    """A whole number from ``low`` to ``high``. ``value()`` is the typed number or a
    ``ValidationError`` on ``field``; ``number()`` the typed number, its range unjudged (for a
    domain rule that judges it); ``valueChanged`` fires with each new number in range,
    ``refused`` with the message when the person leaves text that is not one."""

    valueChanged = Signal(int)

    def __init__(
        self,
        name: str,
        low: int,
        high: int,
        value: int | None = None,
        *,
        unit: str = "",
        step: int = 1,
        field: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, field, parent)
        self.unit = unit.strip()
        self.step = step
        self._low, self._high = low, high
        self.setToolTip(self._hint())
        self._fit_width()
        self.setValue(low if value is None else value)

    def _hint(self) -> str:
        return self.tr("A number from {low} to {high}. Up/Down: {step} more or less.").format(
            low=self._low, high=self._high, step=self.step
        )

    def _fit_width(self) -> None:
        width = self.fontMetrics().horizontalAdvance(self._shown(max(self._high, -self._low)))
        self.setMinimumWidth(width + 28)
        self.setMaximumWidth(width * 2 + 40)

    def _shown(self, value: int) -> str:
        return f"{value} {self.unit}" if self.unit else str(value)

    # --- the range ------------------------------------------------------------------------
    def minimum(self) -> int:
        return self._low

    def maximum(self) -> int:
        return self._high

    def setRange(self, low: int, high: int) -> None:
        self._low, self._high = low, high
        self.setToolTip(self._error or self._hint())
        self._fit_width()

    # --- values ---------------------------------------------------------------------------
    def number(self) -> int:
        """The typed whole number, in range or not; unreadable or empty text raises
        ``ValidationError`` on ``self.field``."""
        return v.parse_number(self.text(), self.field, self._low, self._high, self.unit)

    def value(self) -> int:
        """The typed number; out of range, unreadable or empty raises ``ValidationError``."""
        return self._read(self.text())

    def value_or_none(self) -> int | None:
        """The typed number when it is one in range, else ``None``."""
        found = v.read_number(self.text(), self.unit)
        return found if found is not None and self._low <= found <= self._high else None

    def setValue(self, value: int) -> None:
        """Show ``value`` with its unit; set by the program, it is no refusal."""
        self.setText(self._shown(value))
        self._show_error("")

    # --- reading (TypedInput) -------------------------------------------------------------
    def _read(self, text: str) -> int:
        number = v.parse_number(text, self.field, self._low, self._high, self.unit)
        return v.number_in_range(number, self.field, self._low, self._high, self.unit)

    def _shown_text(self, text: str, value: object) -> str:
        return self._shown(value)  # "90" reads 90 min: the same number, shown so

    def _changed(self, value: object) -> None:
        self.valueChanged.emit(value)

    # --- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: self.step,
            Qt.Key.Key_Down: -self.step,
            Qt.Key.Key_PageUp: 10 * self.step,
            Qt.Key.Key_PageDown: -10 * self.step,
        }
        change = steps.get(Qt.Key(event.key()))
        if change is not None and not self.isReadOnly():
            current = self.value_or_none()
            target = self._low if current is None else current + change
            self._type(self._shown(max(self._low, min(self._high, target))))
            return
        super().keyPressEvent(event)


def number_row(edit: NumberInput, words: str) -> QWidget:
    """``edit`` with ``words`` after it ("[6] weeks after a first visit"), as one form row: a
    unit too long to be typed with the number."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(edit)
    after = QLabel(words.strip())
    after.setTextFormat(Qt.TextFormat.PlainText)
    after.setBuddy(edit)
    row.addWidget(after, 1)
    return holder
