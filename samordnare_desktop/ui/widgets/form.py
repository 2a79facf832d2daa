"""Forms whose refusals appear beside the field that caused them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QVBoxLayout, QWidget

from samordnare_desktop.domain.errors import ValidationError

ERROR_STYLE = "color: #b00020;"


def date_edit(name: str, day: date | None = None) -> QDateEdit:
    """A date field as every form has it: ISO dates ("2026-03-01") and a calendar to pick from.

    ``QDate(day)`` and ``edit.date().toPython()`` convert to and from ``datetime.date``.
    """
    edit = QDateEdit(QDate(day)) if day is not None else QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class FieldErrors:
    """Maps a domain field name to its widget and the error label shown under it."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> QLabel:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{field}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        form.addRow(label, holder)
        self._fields[field] = (widget, error)
        return error

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
