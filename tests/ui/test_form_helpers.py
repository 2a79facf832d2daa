"""The shared form helpers: ``errors.attempt`` (refusals beside the field, else in a dialog) and
``widgets.form.date_edit``."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.ui.errors import attempt
from samordnare_desktop.ui.widgets.form import FieldErrors, date_edit


def _raise(exc: Exception):
    def action() -> None:
        raise exc

    return action


def test_attempt_shows_refusals_where_they_belong(qtbot, messages) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    errors = FieldErrors()
    errors.add_row(QFormLayout(holder), "Name", QLineEdit(), "name")
    done = []
    assert attempt(holder, errors, lambda: done.append(1)) is True and done == [1]
    assert attempt(holder, errors, _raise(ValidationError("name", "Name is missing."))) is False
    assert errors.message("name") == "Name is missing." and messages.texts() == []
    assert attempt(holder, errors, _raise(ValidationError("other", "Elsewhere."))) is False
    assert attempt(holder, errors, _raise(UserError("Gone."))) is False
    assert messages.texts("warn") == ["Elsewhere.", "Gone."]
    assert attempt(holder, errors, _raise(RuntimeError("boom"))) is False
    assert len(messages.texts("fail")) == 1 and "boom" not in messages.texts("fail")[0]


def test_date_edit_round_trips_python_dates(qtbot) -> None:
    edit = date_edit("start", date(2026, 3, 1))
    qtbot.addWidget(edit)
    assert edit.objectName() == "start" and edit.calendarPopup()
    assert edit.date().toPython() == date(2026, 3, 1) and edit.text() == "2026-03-01"
