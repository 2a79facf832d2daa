"""Minutes in the window (issue #18 part 3): on the visit's Minnesanteckningar page the agenda's
items are listed; notes, decisions and actions typed for an item are saved, a wrong due
date is refused beside the table, switching items with unsaved text asks first, a finding is
written under an item, Ctrl+Z undoes a save, and the minutes open in the print preview."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.ui.visits.minutes_page import MinutesPage
from tests.factories import make_visit


def _page(qtbot, main_window):
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
    assert page is not None and page.visit_id == visit.id
    return page, services, visit, first, second


def _set_action(page: MinutesPage, row: int, text: str, owner: str, due: str) -> None:
    table = page.actions.table
    for column, value in enumerate((text, owner, due)):
        table.setItem(row, column, QTableWidgetItem(value))


def test_write_minutes_item_by_item_and_save(qtbot, main_window, messages, tmp_path) -> None:
    page, services, _visit, first, second = _page(qtbot, main_window)
    assert page.items.count() == 2 and page.editing.agenda_item_id == first.id
    page.items.setCurrentRow(1)
    assert page.editing.agenda_item_id == second.id
    qtbot.keyClicks(page.notes, "Samtal om delaktighet & <mod>")
    qtbot.keyClicks(page.decisions, "Kommunen tar fram en plan")
    assert page.is_dirty() and page.form_state.text() == "Osparade ändringar"
    qtbot.mouseClick(page.actions.add_button, Qt.MouseButton.LeftButton)
    _set_action(page, 0, "Skicka underlag", "Karin Vall", "2026-02-30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    # the impossible date is refused beside the table, nothing is saved
    assert page.actions.error.isVisibleTo(page) and "2026-03-04" in page.actions.error.text()
    assert services.minutes.get_item(second.id).notes == ""
    _set_action(page, 0, "Skicka underlag", "Karin Vall", "2026-04-01")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = services.minutes.get_item(second.id)
    assert stored.notes == "Samtal om delaktighet & <mod>"
    assert stored.decisions == "Kommunen tar fram en plan"
    assert [(a.text, a.owner, a.due_date) for a in stored.actions] == [
        ("Skicka underlag", "Karin Vall", date(2026, 4, 1))
    ]
    assert not page.is_dirty() and page.items.item(1).text().startswith("✓")
    # a finding under the item: a line and Enter
    qtbot.keyClicks(page.findings.quick, "Skolan saknas i samverkan")
    qtbot.keyClick(page.findings.quick, Qt.Key.Key_Return)
    assert [f.text for f in services.minutes.get_item(second.id).findings] == [
        "Skolan saknas i samverkan"
    ]
    assert page.findings.list.count() == 1
    # unsaved text, then another item: Save / Don't save / Cancel (was Yes/No, Escape = No)
    qtbot.keyClicks(page.notes, " mer")
    messages.save_answer = "discard"
    page.items.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.editing.agenda_item_id == first.id)
    assert any("Spara minnesanteckningarna" in t for t in messages.texts("ask_save"))
    assert services.minutes.get_item(second.id).notes == "Samtal om delaktighet & <mod>"
    # Ctrl+Z undoes the save of the minutes (the finding was the last step: undo both)
    main_window.ctx.undo_stack.undo()
    main_window.ctx.undo_stack.undo()
    assert services.minutes.get_item(second.id).notes == ""
    main_window.ctx.undo_stack.redo()
    assert services.minutes.get_item(second.id).decisions == "Kommunen tar fram en plan"
    main_window.resize(1500, 950)
    qtbot.wait(50)
    main_window.grab().save(str(tmp_path / "minutes_page.png"))


def test_minutes_open_in_the_print_preview(qtbot, main_window, messages) -> None:
    page, services, _visit, first, _second = _page(qtbot, main_window)
    from samordnare_desktop.domain.minutes import MinutesInput

    services.minutes.save_item(first.id, MinutesInput(notes="Alla hälsades välkomna"))
    page.preview()
    qtbot.waitUntil(lambda: getattr(page, "last_window", None) is not None, timeout=20_000)
    window = page.last_window
    assert window.windowTitle().startswith("Minnesanteckningar")
    window.close()


def test_tagging_a_finding_keeps_its_agenda_item(qtbot, main_window, messages) -> None:
    from samordnare_desktop.domain.finding import FindingKind
    from samordnare_desktop.ui.findings.finding_dialog import FindingDialog

    page, services, _visit, first, _second = _page(qtbot, main_window)
    row = services.minutes.add_finding(first.id, "Handläggarna byts ofta")
    dialog = FindingDialog(page.ctx, row, page)
    qtbot.addWidget(dialog)
    dialog.kind.set_value(FindingKind.CHALLENGE)
    dialog.save()
    stored = services.findings.get(row.id)
    assert stored.kind is FindingKind.CHALLENGE and stored.agenda_item_id == first.id
