"""Times typed into the real fields (issue #14): 9, 930, 9.30, 09:30 and 9:30 are taken as
meant in the visit form, the press meeting and the agenda; anything else stays as typed with the
refusal beside the field and is never saved as another time."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from samordnare_desktop.services.visits import VisitFilter
from tests.helpers import type_date, type_time
from tests.ui.test_agenda_editor import ctx, editor  # noqa: F401 (fixtures)
from tests.unit.test_agenda_service import make_visit


@pytest.fixture
def form(qtbot, main_window):
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    tab.new_visit(main_window.ctx.services.municipalities.by_code("0586").id)
    type_date(qtbot, tab.form.day, "2026-03-04")
    return tab.form


@pytest.mark.parametrize(
    ("typed", "shown", "meant"),
    [
        ("9", "09.00", time(9, 0)),
        ("930", "09.30", time(9, 30)),
        ("9.30", "09.30", time(9, 30)),
        ("09:30", "09.30", time(9, 30)),
        ("9:30", "09.30", time(9, 30)),
    ],
)
def test_visit_start_typed_any_way_is_saved_as_meant(qtbot, form, typed, shown, meant) -> None:
    type_time(qtbot, form.start_time, typed)
    assert form.start_time.text() == shown  # shown back as the documents print it
    assert form.errors.message("end_time") == ""
    saved = form.save()
    assert saved is not None and saved.start_time == meant


def test_an_unreadable_time_is_refused_beside_the_field_and_kept(qtbot, form, main_window):
    services = main_window.ctx.services
    type_time(qtbot, form.end_time, "25.70")
    assert form.end_time.text() == "25.70"  # what was typed stays
    assert "”25.70” är inte en tid" in form.errors.message("end_time")
    assert form.save() is None
    assert services.visits.list(VisitFilter()) == []  # nothing saved as some other time
    assert "inte en tid" in form.errors.message("end_time")
    type_time(qtbot, form.end_time, "1545")  # corrected: the message goes, the save works
    assert form.errors.message("end_time") == ""
    saved = form.save()
    assert saved is not None and saved.end_time == time(15, 45)


def test_press_times_and_keys(qtbot, form) -> None:
    form.press.setChecked(True)
    type_time(qtbot, form.press_start, "14")
    type_time(qtbot, form.press_end, "1430")
    form.press_end.setFocus()
    qtbot.keyClick(form.press_end, Qt.Key.Key_Up)  # five minutes later
    assert form.press_end.text() == "14.35"
    qtbot.keyClick(form.press_end, Qt.Key.Key_PageDown)  # an hour earlier
    assert form.press_end.text() == "13.35"
    qtbot.keyClick(form.press_end, Qt.Key.Key_PageUp)
    assert form.dirty
    saved = form.save()
    assert (saved.press_start, saved.press_end) == (time(14, 0), time(14, 35))
    type_time(qtbot, form.press_start, "9.7")
    assert "inte en tid" in form.errors.message("press_end")
    assert form.save() is None


def test_agenda_item_start_typed_as_930(qtbot, services, editor) -> None:  # noqa: F811
    visit = make_visit(services)
    editor.set_visit(visit.id)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.form.title_edit, "Welcome")
    type_time(qtbot, editor.form.start, "930")
    assert editor.form.start.text() == "09.30"
    assert "10.00" in editor.form.end_label.text()  # 30 minutes by default
    qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)
    assert [(r.title, r.start_time) for r in editor.rows()] == [("Welcome", time(9, 30))]
    # a start that is not a time: refused beside the field, nothing added
    qtbot.keyClicks(editor.form.title_edit, "Dialog")
    type_time(qtbot, editor.form.start, "9.3")
    assert "inte en tid" in editor.form.errors.message("start_time")
    qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in editor.rows()] == ["Welcome"]
    assert "inte en tid" in editor.form.errors.message("start_time")


def test_agenda_item_ending_at_midnight_reads_24_00_as_saved(qtbot, services, editor) -> None:  # noqa: F811
    """Issue 14 A: 23.00 with 60 minutes said "till 23.59" but saved (and printed) midnight."""
    visit = make_visit(services)
    editor.set_visit(visit.id)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.form.title_edit, "Nattvandring")
    type_time(qtbot, editor.form.start, "23")
    editor.form.duration.setValue(60)
    assert editor.form.end_label.text() == "till 24.00"
    qtbot.mouseClick(editor.form.save_button, Qt.MouseButton.LeftButton)
    (row,) = editor.rows()
    assert (row.start_time, row.end_minutes) == (time(23, 0), 24 * 60)
    assert editor.model.index(0, 0).data() == "23.00–24.00"
    assert "23.00–24.00 (1 h)" in editor.summary.text()
    editor.form.duration.setValue(61)  # past midnight: said beside the field, not saved
    assert editor.form.end_label.text() == "slutar efter midnatt"
