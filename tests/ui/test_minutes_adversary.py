"""Cases an adversarial review of the minutes page found (issue #18 part 3), kept as tests: real
keystrokes through the real main window.

- Ctrl+S while an action's cell is still being edited saved the row without what was typed in
  the cell (the page then said nothing was unsaved), so "2026-02-30" typed into the due date and
  Ctrl+S gave no message and the action was stored without a due date.
- Notes typed under an agenda item that was deleted meanwhile (on the Agenda page) were saved over
  the minutes of the first item of the agenda.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samordnare_desktop.domain.minutes import MinutesInput
from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.ui.context import AGENDA, Change
from samordnare_desktop.ui.visits.minutes_page import MinutesPage
from tests.factories import make_visit


def _type(qtbot, text: str) -> None:
    """Keystrokes into whatever has the focus (an item editor opened by the first key)."""
    for char in text:
        qtbot.keyClicks(QApplication.focusWidget(), char)


def _page(qtbot, main_window):
    main_window.activateWindow()
    main_window.select_tab("visits")
    visits = main_window.tab("visits")
    services = visits.ctx.services
    visit = make_visit(services, start_time=time(9), end_time=time(12))
    first = services.agendas.add_item(visit.id, AgendaItemInput("Välkommen", 30))
    second = services.agendas.add_item(visit.id, AgendaItemInput("Barnens röst", 60))
    visits.refresh()
    assert visits.select_visit(visit.id)
    index = next(
        i for i in range(visits.pages.count()) if visits.pages.tabText(i) == "Minnesanteckningar"
    )
    visits.pages.setCurrentIndex(index)
    page = visits.findChild(MinutesPage, "visit_minutes")
    qtbot.waitUntil(page.isVisible, timeout=5000)  # Ctrl+S reaches only a shown page
    return page, services, visit, first, second


def _ctrl_s(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)


def test_ctrl_s_while_a_cell_is_edited_saves_what_is_typed(qtbot, main_window, messages) -> None:
    page, services, _visit, first, _second = _page(qtbot, main_window)
    qtbot.mouseClick(page.actions.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, "Ring kommunen")  # the editor of the new row's first cell is open
    _ctrl_s(qtbot)
    assert [a.text for a in services.minutes.get_item(first.id).actions] == ["Ring kommunen"]
    assert not page.is_dirty()


def test_ctrl_s_with_an_impossible_due_date_in_the_editor_is_refused(
    qtbot, main_window, messages
) -> None:
    page, services, _visit, first, _second = _page(qtbot, main_window)
    qtbot.keyClicks(page.notes, "Samtal om delaktighet")
    qtbot.mouseClick(page.actions.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, "Skicka underlag")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    table = page.actions.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    _type(qtbot, "2026-02-30")  # the first key opens the due date's editor
    _ctrl_s(qtbot)
    assert page.actions.error.isVisibleTo(page)
    assert "2026-03-04" in page.actions.error.text()
    stored = services.minutes.get_item(first.id)
    assert stored.notes == "" and stored.actions == ()  # nothing saved ...
    assert page.notes.toPlainText() == "Samtal om delaktighet"  # ... nothing lost
    assert [(a.text, a.due) for a in page.actions.values()] == [("Skicka underlag", "2026-02-30")]


def test_text_typed_under_a_deleted_item_never_lands_on_another(
    qtbot, main_window, messages
) -> None:
    page, services, visit, first, second = _page(qtbot, main_window)
    services.minutes.save_item(first.id, MinutesInput(notes="Alla hälsades välkomna"))
    page.refresh()
    page.items.setCurrentRow(1)
    qtbot.waitUntil(lambda: page.editing.agenda_item_id == second.id)
    qtbot.keyClicks(page.notes, "Barnen vill bli lyssnade på")
    services.agendas.delete_item(second.id)  # on the Agenda page, say
    main_window.ctx.bus.notify(Change.of(AGENDA, ids={visit.id}))
    qtbot.wait(20)
    assert page.notes.toPlainText() == "Barnen vill bli lyssnade på"  # kept on screen
    page.notes.setFocus()
    _ctrl_s(qtbot)
    assert services.minutes.get_item(first.id).notes == "Alla hälsades välkomna"
    assert page.notes.toPlainText() == "Barnen vill bli lyssnade på"
    assert any("finns inte längre" in t for t in messages.texts()), messages.shown
