"""What the app's typed fields (``DateInput``, ``TimeInput``, ``NumberInput``) share: the text
typed is what is read, never corrected into something else.

Qt's own editors (``QDateEdit``, ``QTimeEdit``, ``QSpinBox``) judge each key and change what
they cannot read without a word (see PLATFORM.md). A typed field keeps the text, reads it with
the domain's parser (``_read``), shows a readable value back in its printed form when the field
is left (``_shown_text``), and marks unreadable text in place: a red frame, the message in the
tooltip and the accessible description, ``refused`` when the field is left with it and
``errorChanged`` whenever the shown refusal changes ("" once it is gone, however it went).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.ui import theme


def invalid_style() -> str:
    return f"QLineEdit {{ border: 2px solid {theme.hex_colour('error')}; border-radius: 3px; }}"


class TypedInput(QLineEdit):
    """A line edit read by ``_read``; subclasses say how to read, show and announce a value."""

    refused = Signal(str)
    errorChanged = Signal(str)
    readable = Signal()  # the text reads now (each change that reads, new value or not)

    def __init__(self, name: str, field: str | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.field = field or name
        self._last: object = None
        self._error = ""
        # no maxLength and no validator: both refuse keys silently (a paste cut short, a key
        # dropped); too long or unreadable text is refused in words, the text kept
        self.textChanged.connect(self._on_text)
        self.editingFinished.connect(self._on_finished)

    # --- what a subclass says -------------------------------------------------------------
    def _read(self, text: str) -> object:
        """The value of ``text``; unreadable text raises ``ValueError`` or ``UserError`` with
        the message to show."""
        raise NotImplementedError

    def _shown_text(self, text: str, value: object) -> str:
        """The text shown for ``value`` when the field is left (``text`` as typed)."""
        raise NotImplementedError

    def _changed(self, value: object) -> None:
        """Announce a new readable value (the subclass's own signal)."""
        raise NotImplementedError

    def _hint(self) -> str:
        raise NotImplementedError

    # --- shared ---------------------------------------------------------------------------
    def error(self) -> str:
        """The refusal shown now ("" when the text reads)."""
        return self._error

    def is_acceptable(self) -> bool:
        try:
            self._read(self.text())
        except (ValueError, UserError):
            return False
        return True

    def _on_text(self, text: str) -> None:
        try:
            value = self._read(text)
        except (ValueError, UserError):
            return  # half typed ("9." on the way to "9.30"): judged when the field is left
        self._show_error("")
        self.readable.emit()
        if value != self._last:
            self._last = value
            self._changed(value)

    def _on_finished(self) -> None:
        try:
            value = self._read(self.text())
        except (ValueError, UserError) as exc:
            message = exc.message if isinstance(exc, UserError) else str(exc)
            self._show_error(message)
            self.refused.emit(message)
            return
        self._show_error("")
        shown = self._shown_text(self.text(), value)
        if shown != self.text():  # "930" reads 09.30: the same value, shown as printed
            self.setText(shown)

    def _show_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        self.setStyleSheet(invalid_style() if message else "")
        self.setToolTip(message or self._hint())
        self.setAccessibleDescription(message)
        self.errorChanged.emit(message)

    def _type(self, text: str) -> None:
        """Put ``text`` in as if typed (drafts and "unsaved" listen to ``textEdited``)."""
        self.setText(text)
        self.textEdited.emit(self.text())
