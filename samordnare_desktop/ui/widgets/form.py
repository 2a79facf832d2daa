"""Forms whose refusals appear beside the field that caused them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.validation import MAX_SHORT_TEXT, too_long
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.widgets.date_input import DateInput
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.typed_input import TypedInput


def date_edit(name: str, day: date | None = None, *, optional: bool = False) -> DateInput:
    """A date field as every form has it (``DateInput``): what is typed (2026-03-01 or
    20260301) or a refusal that keeps the text, and a calendar to pick from.
    ``edit.day()`` / ``edit.set_day()`` read and write ``datetime.date``."""
    return DateInput(name, day, optional=optional)


def limit_typing(edit: QLineEdit, max_length: int, error: QLabel) -> None:
    """``edit`` takes at most ``max_length`` characters (the domain's limit) while typing or
    pasting, and a key or paste refused at the limit is said in ``error``, not swallowed."""
    edit.setMaxLength(max_length)

    hidden = error.isHidden()  # a label that shows only when it has something to say

    def refused() -> None:
        if len(edit.text()) >= edit.maxLength():  # not a validator's refusal
            error.setText(too_long(edit.maxLength()))
            error.setVisible(True)

    def edited(_text: str) -> None:
        if error.text() == too_long(edit.maxLength()) and len(edit.text()) < edit.maxLength():
            error.clear()
            error.setVisible(not hidden)

    edit.inputRejected.connect(refused)
    edit.textEdited.connect(edited)


def say_text_limit(edit: QPlainTextEdit, max_length: int, error: QLabel) -> None:
    """A long text field says its limit the moment typing or a paste passes it (was: only on
    saving). Nothing typed is cut: the person shortens it, the message goes when it fits."""

    def changed() -> None:
        message = too_long(max_length)
        if len(edit.toPlainText()) > max_length:
            error.setText(message)
            error.setVisible(True)
        elif error.text() == message:
            error.clear()
            error.setVisible(False)

    edit.textChanged.connect(changed)


class FieldErrors:
    """Maps a domain field name to its widget and the error label shown under it."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(
        self,
        form: QFormLayout,
        label: str,
        widget: QWidget,
        field: str,
        *,
        max_length: int | None = None,
    ) -> QLabel:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = plain_label()
        error.setObjectName(f"error_{field}")
        theme.style_label(error, "error")
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        if isinstance(widget, QLineEdit):  # the limit while typing, said at once, not on saving
            limit_typing(widget, min(widget.maxLength(), MAX_SHORT_TEXT), error)
        if isinstance(widget, QPlainTextEdit) and max_length is not None:
            say_text_limit(widget, max_length, error)
        caption = QLabel(label)
        caption.setBuddy(widget)  # a screen reader reads the label with the field
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow(caption, holder)
        self._fields[field] = (widget, error)
        typed = [widget] if isinstance(widget, TypedInput) else widget.findChildren(TypedInput)
        for edit in typed:  # a date, time or number: unreadable text is said when it is left
            self._fields.setdefault(edit.field, (edit, error))
            edit.refused.connect(lambda message, f=field: self.show_message(f, message))
            # and goes once the text reads, also when no new value comes (the earlier date
            # typed back after "2026-13-01", which never read as a day on the way)
            edit.readable.connect(lambda f=field: self.clear_field(f))
            edit.errorChanged.connect(
                lambda message, f=field: None if message else self.clear_field(f)
            )
        return error

    def show_message(self, field: str, message: str) -> None:
        entry = self._fields.get(field)
        if entry is not None:
            entry[1].setText(message)
            entry[1].setVisible(True)

    def clear_field(self, field: str) -> None:
        entry = self._fields.get(field)
        if entry is not None:
            entry[1].clear()
            entry[1].setVisible(False)

    def show(self, exc: ValidationError) -> bool:
        """Show ``exc`` beside its field; ``False`` if this form has no such field."""
        self.clear()
        entry = self._fields.get(exc.field)
        if entry is None:
            return False
        widget, error = entry
        error.setText(exc.message)
        error.setVisible(True)
        widget.setFocus()
        return True

    def message(self, field: str) -> str:
        entry = self._fields.get(field)
        return entry[1].text() if entry and entry[1].isVisibleTo(entry[1].parentWidget()) else ""

    def clear(self) -> None:
        for _widget, error in self._fields.values():
            error.clear()
            error.setVisible(False)
