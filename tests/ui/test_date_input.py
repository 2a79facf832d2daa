"""The one date input: what is typed is stored, or refused with the text kept (issue 14, item 1).

Every test types real keystrokes (select all, then the characters), never ``setText``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QFormLayout, QWidget

from samordnare_desktop.domain.dates import parse_date
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.ui.widgets.date_input import DateInput
from samordnare_desktop.ui.widgets.form import FieldErrors
from tests.helpers import type_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2027-05-12", date(2027, 5, 12)),
        ("20270512", date(2027, 5, 12)),
        ("1999-01-01", date(1999, 1, 1)),
        (" 2026-3-4 ", date(2026, 3, 4)),
        ("", None),
    ],
)
def test_parse_takes_what_is_typed(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["2026-02-30", "20261301", "12/5 2027", "2027-05", "0001-01-01"])
def test_parse_refuses_what_is_not_a_date(typed: str) -> None:
    with pytest.raises(ValueError, match=r"inte ett datum|is not a date"):
        parse_date(typed)


def _form(qtbot) -> tuple[QWidget, DateInput, FieldErrors]:
    holder = QWidget()
    qtbot.addWidget(holder)
    errors = FieldErrors()
    edit = DateInput("day", date(2026, 3, 4))
    errors.add_row(QFormLayout(holder), "Datum", edit, "day")
    holder.show()
    return holder, edit, errors


def test_typed_dates_are_stored_as_typed(qtbot) -> None:
    _holder, edit, errors = _form(qtbot)
    seen: list[date | None] = []
    edit.dayChanged.connect(seen.append)
    type_date(qtbot, edit, "2027-05-12")
    assert edit.day() == date(2027, 5, 12) and edit.text() == "2027-05-12"
    type_date(qtbot, edit, "20270513")
    assert edit.day() == date(2027, 5, 13)
    type_date(qtbot, edit, "1999-01-01")
    assert edit.day() == date(1999, 1, 1)
    assert seen[-3:] == [date(2027, 5, 12), date(2027, 5, 13), date(1999, 1, 1)]
    assert errors.message("day") == ""


def test_an_impossible_date_is_refused_and_the_text_kept(qtbot) -> None:
    _holder, edit, errors = _form(qtbot)
    type_date(qtbot, edit, "2026-02-30")
    assert edit.text() == "2026-02-30"  # kept for correcting, not moved to 2026-02-03 or 03-02
    assert "2026-02-30" in errors.message("day") and edit.error()
    with pytest.raises(ValidationError) as refused:
        edit.day()
    assert refused.value.field == "day"
    type_date(qtbot, edit, "2026-02-28")  # corrected: the refusal goes
    assert edit.day() == date(2026, 2, 28) and errors.message("day") == "" and not edit.error()


def test_the_refusal_goes_when_the_date_before_it_is_typed_back(qtbot) -> None:
    """ "2026-13-01" never reads as a day on the way (as "2026-02-3" does), so typing back the
    date the field had gave no new day, and the refusal stayed under a readable date."""
    _holder, edit, errors = _form(qtbot)
    type_date(qtbot, edit, "2026-13-01")
    assert "2026-13-01" in errors.message("day")
    type_date(qtbot, edit, "2026-03-04")
    assert not edit.error() and errors.message("day") == ""
    type_date(qtbot, edit, "31/12/2026")
    assert "31/12/2026" in errors.message("day")
    type_date(qtbot, edit, "20260304")
    assert not edit.error() and errors.message("day") == ""


def test_up_and_down_step_a_day_page_keys_a_month(qtbot) -> None:
    _holder, edit, _errors = _form(qtbot)
    type_date(qtbot, edit, "2026-02-28")
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.day() == date(2026, 3, 1)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.day() == date(2026, 2, 27)
    type_date(qtbot, edit, "2026-01-31")
    qtbot.keyClick(edit, Qt.Key.Key_PageUp)
    assert edit.day() == date(2026, 2, 28)


def test_an_empty_optional_field_is_no_date_and_up_starts_today(qtbot) -> None:
    edit = DateInput("date_from", optional=True)
    qtbot.addWidget(edit)
    assert edit.day() is None
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.day() == date.today()
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.day() == date.today() + timedelta(days=1)
    required = DateInput("day")
    qtbot.addWidget(required)
    with pytest.raises(ValidationError):
        required.day()


def test_the_calendar_picks_a_day(qtbot) -> None:
    _holder, edit, _errors = _form(qtbot)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.calendar_popup()
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2026, 3, 4)
    popup.calendar.activated.emit(QDate(2026, 3, 17))
    assert edit.day() == date(2026, 3, 17) and not popup.isVisible()


def test_no_qdateedit_is_left_in_the_app(main_window) -> None:
    """Every date field of every tab is the one input (dialogs are covered by the walk in
    test_accessibility)."""
    main_window.show()
    for name in main_window.tab_names():
        main_window.tab(name)
    assert main_window.findChildren(QDateEdit) == []


def _paste(qtbot, edit, text: str) -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # leaving the field (focus may not move offscreen)


@pytest.mark.parametrize("pasted", [" 2027-05-12", "\t2027-05-12", "\u00a02027-05-12 "])
def test_pasted_date_with_surrounding_space_is_that_date_not_cut(qtbot, pasted: str) -> None:
    """Issue 14 F1: a paste from an e-mail was cut to 10 characters and saved as 2027-05-01."""
    _holder, edit, errors = _form(qtbot)
    _paste(qtbot, edit, pasted)
    assert edit.day() == date(2027, 5, 12)
    assert edit.text() == "2027-05-12" and errors.message("day") == ""


def test_too_long_date_is_refused_beside_the_field_text_kept(qtbot) -> None:
    """Issue 14 F1: 2027-05-123 was silently cut to 2027-05-12; now refused, the text kept."""
    _holder, edit, errors = _form(qtbot)
    type_date(qtbot, edit, "2027-05-123")
    assert edit.text() == "2027-05-123"
    assert "2027-05-123" in errors.message("day")
    with pytest.raises(ValidationError):
        edit.day()
    _paste(qtbot, edit, "x" * 60)
    assert edit.text() == "x" * 60 and errors.message("day")


def test_full_width_date_and_time_are_read_alike(qtbot) -> None:
    """Full-width digits (an East Asian keyboard) are read after NFKC for dates and times."""
    from datetime import time

    from samordnare_desktop.ui.widgets.time_input import TimeInput

    _holder, edit, errors = _form(qtbot)
    _paste(qtbot, edit, "２０２７－０５－１２")  # QTest types only Latin-1: pasted
    assert edit.day() == date(2027, 5, 12) and errors.message("day") == ""
    clock = TimeInput("start")
    qtbot.addWidget(clock)
    clock.show()
    _paste(qtbot, clock, "０９：３０")
    assert clock.value() == time(9, 30)
