"""Issue #14 (adversarial round): typed text is never dropped without a question, by a click
elsewhere or by closing the main window; Tab never gets stuck in a note box or a table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput

CTRL = Qt.KeyboardModifier.ControlModifier


def _click(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )


def _visit_with_agenda(main_window, qtbot):
    services = main_window.ctx.services
    visit = services.visits.create(
        VisitInput(
            municipality_id=services.municipalities.by_code("0586").id,
            kind=VisitKind.FIRST,
            day=date(2026, 3, 4),
        )
    )
    main_window.ctx.bus.changed.emit("visits")
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    tab.select_visit(visit.id)
    tab.pages.setCurrentIndex(1)
    qtbot.waitUntil(lambda: tab.page_holders[0].widget is not None)
    return visit, tab, tab.page_holders[0].widget


def test_a_typed_agenda_item_is_asked_about_when_the_window_closes(
    qtbot, main_window, messages
) -> None:
    visit, tab, editor = _visit_with_agenda(main_window, qtbot)
    editor.form.title_edit.setFocus()
    qtbot.keyClicks(editor.form.title_edit, "Fika och avslut")
    assert editor.is_dirty()
    main_window.select_tab("municipalities")

    messages.save_answer = "cancel"  # Avbryt: stays open, the text stays, shown while asking
    assert not main_window.close()
    assert messages.shown[-1][0] == "ask_save"
    assert "Fika och avslut" in messages.shown[-1][2]
    assert main_window.current_tab() is tab and tab.pages.currentIndex() == 1
    assert editor.form.title_edit.text() == "Fika och avslut"

    messages.save_answer = "save"  # Spara: the item is stored, then the window closes
    assert main_window.close()
    titles = [i.title for i in main_window.ctx.services.agendas.items_of(visit.id)]
    assert titles == ["Fika och avslut"]


def _organisations(main_window, qtbot):
    main_window.select_tab("organisations")
    tab = main_window.tab("organisations")
    qtbot.waitUntil(tab.isVisible)
    return tab


def test_typed_organisation_notes_are_asked_about_on_switch_and_close(
    qtbot, main_window, messages
) -> None:
    tab = _organisations(main_window, qtbot)
    _click(qtbot, tab.table, 0)
    first = tab.current
    tab.notes.setFocus()
    qtbot.keyClicks(tab.notes, "Ring Eva")
    main_window.ctx.bus.changed.emit("participants")  # another tab's save: the notes stay
    assert tab.notes.toPlainText() == "Ring Eva"

    messages.save_answer = "cancel"  # another organisation clicked: asked, stays
    _click(qtbot, tab.table, 1)
    qtbot.waitUntil(lambda: len(messages.shown) == 1)
    assert messages.shown[-1][:2] == ("ask_save", "Osparade ändringar")
    assert tab.current.id == first.id and tab.notes.toPlainText() == "Ring Eva"

    messages.save_answer = "save"  # Spara: stored, then the clicked one shows
    _click(qtbot, tab.table, 1)
    qtbot.waitUntil(lambda: tab.current.id != first.id)
    assert main_window.ctx.services.organisations.get(first.id).notes == "Ring Eva"

    tab.notes.setFocus()
    qtbot.keyClicks(tab.notes, "Skicka protokoll")
    messages.save_answer = "cancel"
    assert not main_window.close()
    assert tab.notes.toPlainText() == "Skicka protokoll"
    messages.save_answer = "discard"
    assert main_window.close()


def test_tab_leaves_every_note_box(qtbot, main_window) -> None:
    """Tab moves on from the organisation notes, and every multi-line box in every tab is set
    up the same way (Tab typed into one is a trap for keyboard users)."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    main_window.activateWindow()
    tab = _organisations(main_window, qtbot)
    _click(qtbot, tab.table, 0)
    tab.notes.setFocus()
    qtbot.keyClick(tab.notes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not tab.notes
    assert "\t" not in tab.notes.toPlainText()

    for page in main_window.pages:
        page.ensure_built()
    trapping = [
        f"{box.window().objectName()}/{box.objectName()}"
        for kind in (QPlainTextEdit, QTextEdit)
        for box in main_window.findChildren(kind)
        if not box.isReadOnly() and not box.tabChangesFocus()
    ]
    assert trapping == []


def test_tab_leaves_every_table_and_list(qtbot, main_window) -> None:
    """Översikt's "Programmet jämfört med landet" tables trapped Tab (cell by cell): every
    item view in every tab is one Tab stop, the arrows move within it."""
    from PySide6.QtWidgets import QAbstractItemView

    main_window.activateWindow()
    main_window.select_tab("overview")
    overview = main_window.tab("overview")
    qtbot.waitUntil(overview.isVisible)
    spread = [v for v in overview.findChildren(QAbstractItemView) if "spread" in v.objectName()]
    assert spread
    for view in spread:
        view.setFocus()
        for _ in range(5):
            qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not view, view.objectName()

    for page in main_window.pages:
        page.ensure_built()
    views = main_window.findChildren(QAbstractItemView)
    for view in views:
        view.ensurePolished()  # as on its first show
    assert len(views) > 20
    assert [v.objectName() for v in views if v.tabKeyNavigation()] == []


def test_typed_care_place_figures_are_asked_about_on_switch_and_close(
    qtbot, main_window, messages
) -> None:
    from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid

    services = main_window.ctx.services
    for code in ("0586", "0580"):
        services.care_places.save(
            ReportInput(
                municipality_organisation_uuid(code),
                "2025",
                {PlacementForm.FAMILY_HOME: LineInput(placed=30)},
            )
        )
    main_window.select_tab("care_places")
    tab = main_window.tab("care_places")
    qtbot.waitUntil(tab.isVisible)
    tab.refresh()
    _click(qtbot, tab.table, 0)
    first = tab.current
    key = next(iter(tab.form.boxes))  # the first cell, as a user tabs into it
    box = tab.form.boxes[key]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(box, "77")

    messages.save_answer = "cancel"  # another municipality clicked: asked, the 77 stays
    _click(qtbot, tab.table, 1)
    qtbot.waitUntil(lambda: len(messages.shown) == 1)
    assert messages.shown[-1][:2] == ("ask_save", "Osparade ändringar")
    assert tab.current.id == first.id and box.text() == "77"

    messages.save_answer = "cancel"  # closing: asked, stays open
    assert not main_window.close()
    assert len(messages.shown) == 2 and box.text() == "77"

    messages.save_answer = "save"  # Spara: stored, then the window closes
    assert main_window.close()
    saved = services.care_places.get(first.id)
    assert saved.value(*key) == 77


def test_escape_in_the_participant_dialog_asks_about_a_typed_name(qtbot, messages) -> None:
    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.ui.participants.participant_dialog import ParticipantDialog

    saved = []
    dialog = ParticipantDialog(None, lambda person, *_: saved.append(person.name), [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)  # nothing typed: closes, nothing asked
    assert not dialog.isVisible() and messages.shown == []

    dialog.show()
    dialog.set_category(ParticipantCategory.MANAGER)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "Testa Testsson")
    messages.save_answer = "cancel"  # Avbryt: the dialog and the name stay
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert messages.shown[-1][:2] == ("ask_save", "Osparade ändringar")
    assert dialog.isVisible() and dialog.name.text() == "Testa Testsson"

    messages.save_answer = "save"  # Spara: saved, then closed
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert saved == ["Testa Testsson"] and not dialog.isVisible()
