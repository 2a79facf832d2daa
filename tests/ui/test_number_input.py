"""Numbers typed into the real fields with real keys (select all, type, Tab, save): kept as
typed, or refused beside the field with nothing saved. ``QSpinBox`` changed them silently:
"-5" read 5, "1000" read 100 (saved, though said), "0" went back to the previous number."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt

from samordnare_desktop.ui.visits.agenda_editor import AgendaEditor
from tests.ui.test_agenda_editor import ctx, editor  # noqa: F401 (fixtures)
from tests.unit.test_agenda_service import make_visit


def retype(qtbot, widget, text: str) -> None:
    """Select all, type ``text`` key by key, Tab out of the field."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


@pytest.fixture
def agenda(qtbot, services, editor: AgendaEditor):  # noqa: F811 (the imported fixture)
    """The agenda editor on a visit 09.00-16.00, its window active (Tab moves the focus)."""
    visit = make_visit(services, start=time(9), end=time(16))
    editor.set_visit(visit.id)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.visit_of_test = visit  # type: ignore[attr-defined]
    return editor


@pytest.mark.parametrize("typed", ["-5", "0", "1000", "abc", ""])
def test_a_refused_duration_stays_as_typed_and_saves_nothing(
    qtbot, services, agenda, typed
) -> None:
    ed, visit = agenda, agenda.visit_of_test
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ed.form.title_edit, "Rundvandring")
    retype(qtbot, ed.form.duration, typed)
    assert not ed.form.duration.hasFocus()  # Tab left the field
    assert ed.form.duration.text() == typed  # nothing dropped, nothing put back
    said = ed.form.errors.message("duration_minutes")
    assert "Skriv ett tal från 1 till 720 min." in said
    qtbot.mouseClick(ed.form.save_button, Qt.MouseButton.LeftButton)
    assert services.agendas.items_of(visit.id) == []  # nothing saved as another number
    assert ed.form.duration.text() == typed  # the form still holds it, to be corrected
    assert "Skriv ett tal från 1 till 720 min." in ed.form.errors.message("duration_minutes")
    assert ed.is_dirty()


@pytest.mark.parametrize(("typed", "minutes"), [("90", 90), ("720", 720), ("1", 1), ("45 min", 45)])
def test_a_duration_in_range_is_saved_as_typed(qtbot, services, agenda, typed, minutes) -> None:
    ed, visit = agenda, agenda.visit_of_test
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ed.form.title_edit, "Rundvandring")
    retype(qtbot, ed.form.duration, typed)
    assert ed.form.duration.text() == f"{minutes} min"
    assert ed.form.errors.message("duration_minutes") == ""
    qtbot.mouseClick(ed.form.save_button, Qt.MouseButton.LeftButton)
    assert [(i.title, i.duration_minutes) for i in services.agendas.items_of(visit.id)] == [
        ("Rundvandring", minutes)
    ]


def test_a_refused_duration_corrected_saves_and_the_message_goes(qtbot, services, agenda) -> None:
    ed, visit = agenda, agenda.visit_of_test
    qtbot.mouseClick(ed.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ed.form.title_edit, "Fika")
    retype(qtbot, ed.form.duration, "1000")
    assert ed.form.errors.message("duration_minutes")
    retype(qtbot, ed.form.duration, "100")
    assert ed.form.errors.message("duration_minutes") == ""
    qtbot.mouseClick(ed.form.save_button, Qt.MouseButton.LeftButton)
    assert [i.duration_minutes for i in services.agendas.items_of(visit.id)] == [100]


def test_duration_keys_step_within_the_range(qtbot, agenda) -> None:
    ed = agenda
    duration = ed.form.duration
    retype(qtbot, duration, "715")
    duration.setFocus()
    qtbot.keyClick(duration, Qt.Key.Key_Up)
    assert duration.text() == "720 min"
    qtbot.keyClick(duration, Qt.Key.Key_Up)  # never past the maximum
    assert duration.text() == "720 min"
    qtbot.keyClick(duration, Qt.Key.Key_PageDown)
    assert duration.text() == "670 min"
