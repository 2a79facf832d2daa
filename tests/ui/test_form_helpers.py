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
    assert edit.objectName() == "start" and edit.calendar_action.text()
    assert edit.day() == date(2026, 3, 1) and edit.text() == "2026-03-01"


def test_push_undoable_records_only_what_was_done(qtbot, messages) -> None:
    from PySide6.QtGui import QUndoStack

    from samordnare_desktop.ui.undo import push_undoable

    stack = QUndoStack()
    log: list[str] = []
    assert push_undoable(
        None, stack, "Delete", lambda: log.append("do"), lambda: log.append("undo"), lambda: None
    )
    assert stack.count() == 1 and log == ["do"]
    stack.undo()
    assert log == ["do", "undo"]
    assert not push_undoable(
        None, stack, "Refused", _raise(UserError("No.")), lambda: None, lambda: None
    )
    assert stack.count() == 1 and messages.texts("warn") == ["No."]
    assert push_undoable(None, stack, "Later", lambda: None, _raise(UserError("Gone.")), list)
    stack.undo()  # a failing undo is shown, never raised into Qt
    assert messages.texts("warn") == ["No.", "Gone."]


def test_a_form_field_says_its_limit_when_typing_reaches_it(qtbot) -> None:
    """Issue 14 F8/13: a field refused past 200 characters only on Save; now at the keystroke."""
    from PySide6.QtCore import Qt

    holder = QWidget()
    qtbot.addWidget(holder)
    errors = FieldErrors()
    edit = QLineEdit()
    errors.add_row(QFormLayout(holder), "Name", edit, "name")
    holder.show()
    edit.setText("x" * 200)
    assert errors.message("name") == ""
    qtbot.keyClick(edit, Qt.Key.Key_Y)
    assert edit.text() == "x" * 200
    assert errors.message("name") == "För lång text: högst 200 tecken."
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert errors.message("name") == ""
