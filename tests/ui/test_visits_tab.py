"""The Besök tab driven through its widgets: form, warnings, filters, delete + undo, pages."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from datetime import date, time
from typing import ClassVar

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy import event

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.visit_list import VisitListRow
from samordnare_desktop.services.visits import VisitFilter, VisitInput
from samordnare_desktop.ui.context import CARE_PLACES, Change
from samordnare_desktop.ui.lazy import LazyPage
from samordnare_desktop.ui.table_model import ROW_ROLE
from samordnare_desktop.ui.visits import reading as visits_reading_module
from samordnare_desktop.ui.visits import tab as visits_tab_module
from samordnare_desktop.ui.visits.question_dialog import QuestionCatalogueDialog, QuestionDialog
from tests.helpers import type_date, type_time


def _tab(main_window, qtbot=None):
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    if qtbot is not None:  # a tab built into a shown window appears on the next event loop turn
        qtbot.waitUntil(tab.isVisible)
    return tab


def _codes(tab) -> list[str]:
    return [
        tab.proxy.index(r, 0).data(ROW_ROLE).municipality_code for r in range(tab.proxy.rowCount())
    ]


def _plan(main_window, code: str, day: date, kind: VisitKind = VisitKind.FIRST):
    services = main_window.ctx.services
    row = services.visits.create(
        VisitInput(municipality_id=services.municipalities.by_code(code).id, kind=kind, day=day)
    )
    main_window.ctx.bus.changed.emit("visits")
    return row


def test_create_through_form_with_warnings_filter_delete_and_undo(
    qtbot, main_window, messages
) -> None:
    services = main_window.ctx.services
    _plan(main_window, "1265", date(2026, 6, 19))  # Sjöbo on midsommarafton
    tab = _tab(main_window)
    assert _codes(tab) == ["1265"]

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    form = tab.form
    mjolby = services.municipalities.by_code("0586").id
    assert form.municipality.value() is None  # the user must choose
    assert form.save() is None
    assert "kommun" in form.errors.message("municipality_id")
    form.municipality.set_value(mjolby)
    type_date(qtbot, form.day, "2026-06-19")
    warnings = form.warning_texts()
    assert any("Sjöbo" in w for w in warnings)
    assert any("Midsommarafton" in w for w in warnings)
    form.venue_name.setText("Stadshuset")
    form.venue_address.setText("Burensköldsvägen 11, Mjölby")
    form.venue_room.setText("sal Ljuset")
    form.press.setChecked(True)
    type_time(qtbot, form.press_start, "15")
    type_time(qtbot, form.press_end, "1530")
    form.press_contact_name.setText("Karin Lund")
    form.press_contact_email.setText("karin.mjolby.se")
    assert form.dirty
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Ogiltig e-postadress" in form.errors.message("press_contact_email")
    assert len(services.visits.list(VisitFilter())) == 1  # a refused save changes nothing

    form.press_contact_email.setText("press@mjolby.example.se")
    type_time(qtbot, form.end_time, "8")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "sluta efter" in form.errors.message("end_time")
    type_time(qtbot, form.end_time, "15:00")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = services.visits.find_one("0586", date(2026, 6, 19))
    assert saved.venue_room == "sal Ljuset" and saved.press_contact_name == "Karin Lund"
    assert (saved.start_time, saved.end_time) == (time(9, 0), time(15, 0))
    assert [n for n, _ in services.visits.questions_of(saved.id)] == [1, 2, 3]
    assert not form.dirty and form.visit.id == saved.id

    # the list shows both, with the warning icon and its tooltip
    assert sorted(_codes(tab)) == ["0586", "1265"]
    assert "2 med varningar" in tab.count.text()
    row = next(r for r in range(tab.proxy.rowCount()) if _codes(tab)[r] == "0586")
    tooltip = tab.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sjöbo" in tooltip and "Midsommarafton" in tooltip

    # filters: search as you type, kind, status, date range
    qtbot.keyClicks(tab.search, "mj")
    assert _codes(tab) == ["0586"]
    tab.search.clear()
    tab.status.set_value(VisitStatus.HELD)
    assert _codes(tab) == []
    tab.clear_filters()
    type_date(qtbot, tab.date_from, "20260620")
    assert _codes(tab) == []
    tab.clear_filters()
    tab.municipality.set_value(mjolby)
    assert _codes(tab) == ["0586"]

    # delete: refuse, then confirm, then undo with Ctrl+Z
    tab.select_visit(saved.id)
    messages.confirm_answer = False
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert services.visits.get(saved.id)
    assert "Mjölby" in messages.texts("confirm")[0]
    messages.confirm_answer = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert services.visits.list(VisitFilter(municipality_code="0586")) == []
    assert _codes(tab) == []
    main_window.setFocus()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in services.visits.list(VisitFilter(municipality_code="0586"))] == [saved.id]
    assert _codes(tab) == ["0586"]


def test_follow_up_is_linked_and_warned_when_before_first_visit(qtbot, main_window) -> None:
    first = _plan(main_window, "0586", date(2026, 3, 4))
    tab = _tab(main_window)
    tab.new_visit(first.municipality_id)
    form = tab.form
    form.kind.set_value(VisitKind.FOLLOW_UP)
    type_date(qtbot, form.day, "2026-02-04")
    assert any("före det första besöket" in w for w in form.warning_texts())
    assert "2026-03-04" in form.first_visit.text()
    saved = form.save()
    assert saved is not None and saved.first_visit_id == first.id


def test_switching_visit_with_unsaved_changes_asks(qtbot, main_window, messages) -> None:
    a = _plan(main_window, "0586", date(2026, 3, 4))
    b = _plan(main_window, "1265", date(2026, 3, 5))
    tab = _tab(main_window)
    tab.select_visit(a.id)
    tab.form.venue_name.setText("Ändrat")
    tab.form.venue_name.textEdited.emit("Ändrat")
    messages.save_answer = "cancel"
    tab.select_visit(b.id)
    assert tab.form.visit.id == a.id and tab.form.venue_name.text() == "Ändrat"
    assert tab.selected_rows()[0].id == a.id
    assert messages.texts("ask_save") == ["Spara ändringarna i besöket?"]  # asked once
    messages.save_answer = "save"
    tab.select_visit(b.id)
    assert tab.form.visit.id == b.id
    assert services_of(main_window).visits.get(a.id).venue_name == "Ändrat"


def services_of(main_window):
    return main_window.ctx.services


class RecordingPage(QWidget):
    """A tiny extra page for VISIT_PAGES: records what it was told to show."""

    built: ClassVar[list[RecordingPage]] = []

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.seen: list[uuid.UUID | None] = []
        self.label = QLabel("test page")
        QVBoxLayout(self).addWidget(self.label)
        RecordingPage.built.append(self)

    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        self.seen.append(visit_id)


def test_extra_pages_are_built_on_first_view_and_follow_the_selection(
    qtbot, main_window, monkeypatch
) -> None:
    RecordingPage.built.clear()
    monkeypatch.setattr(
        visits_tab_module,
        "VISIT_PAGES",
        [LazyPage("recording_page", lambda: "Test", RecordingPage)],
    )
    a = _plan(main_window, "0586", date(2026, 3, 4))
    b = _plan(main_window, "1265", date(2026, 3, 5))
    tab = _tab(main_window)
    assert tab.pages.objectName() == "visit_pages" and tab.pages.count() == 2
    assert tab.pages.tabText(1) == "Test"
    # the next visit chosen as the tab is built, shown or not (as in a big programme): its
    # pages open, none built until viewed
    assert tab.form.visit is not None and tab.pages.isTabEnabled(1)
    assert RecordingPage.built == []
    tab.select_visit(a.id)
    assert tab.pages.isTabEnabled(1)
    tab.pages.setCurrentIndex(1)
    page = tab.findChild(RecordingPage, "recording_page")
    assert page is not None and page.seen == [a.id]
    tab.select_visit(b.id)
    assert page.seen == [a.id, b.id]
    tab.new_visit()
    assert page.seen[-1] is None
    assert len(RecordingPage.built) == 1


def test_show_visits_from_municipalities_tab_and_stage_column(qtbot, main_window) -> None:
    _plan(main_window, "0586", date(2026, 3, 4))
    _plan(main_window, "1265", date(2026, 3, 5))
    municipalities = main_window.tab("municipalities")
    municipalities.search.setText("0586")
    municipalities.table.selectRow(0)
    titles = [
        municipalities.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(municipalities.model.columnCount())
    ]
    stage_column = titles.index("Programsteg")
    assert municipalities.proxy.index(0, stage_column).data() == "Första besök planerat"
    assert "Första besök planerat" in municipalities.stage.text()
    qtbot.mouseClick(municipalities.show_visits_button, Qt.MouseButton.LeftButton)
    assert main_window.current_tab().objectName() == "visits"
    tab = main_window.tab("visits")
    assert _codes(tab) == ["0586"]
    assert tab.form.visit is not None and tab.form.visit.municipality_code == "0586"


def test_question_catalogue_add_and_use(qtbot, main_window, monkeypatch) -> None:
    tab = _tab(main_window)

    def fake_catalogue_exec(dialog: QuestionCatalogueDialog) -> int:
        dialog.add_question()
        return 0

    def fake_question_exec(dialog: QuestionDialog) -> int:
        assert dialog.try_save() is False  # empty text is refused beside the field
        assert "tomt" in dialog.errors.message("text")
        dialog.text.setPlainText("Hur följs placerade barn upp?")
        dialog.is_default.setChecked(False)
        return int(dialog.try_save())

    monkeypatch.setattr(QuestionCatalogueDialog, "exec", fake_catalogue_exec)
    monkeypatch.setattr(QuestionDialog, "exec", fake_question_exec)
    qtbot.mouseClick(tab.catalogue_button, Qt.MouseButton.LeftButton)
    texts = [tab.form.questions.item(i).text() for i in range(tab.form.questions.count())]
    assert texts[-1] == "Fråga 4: Hur följs placerade barn upp?"
    assert tab.form.questions.item(3).checkState() == Qt.CheckState.Unchecked


def test_export_calendar_of_selected_or_upcoming_visits(
    qtbot, main_window, monkeypatch, tmp_path
) -> None:
    from icalendar import Calendar

    past = _plan(main_window, "0586", date(2020, 3, 4))
    _plan(main_window, "1265", date(2099, 3, 4))
    tab = _tab(main_window)
    out = tmp_path / "besok.ics"
    monkeypatch.setattr(tab, "ask_ics_path", lambda: out)
    tab.table.clearSelection()
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    summaries = [str(e["summary"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert summaries == ["Första besöket – Sjöbo"]  # nothing selected: all upcoming
    tab.select_visit(past.id)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    summaries = [str(e["summary"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert summaries == ["Första besöket – Mjölby"]


def test_keyboard_new_and_save(qtbot, main_window) -> None:
    main_window.tab("municipalities")  # its Ctrl+S must not steal ours
    tab = _tab(main_window, qtbot)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.form.visit is None and tab.form.heading.text() == "Nytt besök"
    tab.form.municipality.set_value(main_window.ctx.services.municipalities.by_code("0586").id)
    type_date(qtbot, tab.form.day, "2026-03-04")
    qtbot.keyClick(tab.form.venue_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert main_window.ctx.services.visits.find_one("0586", date(2026, 3, 4))


def test_hostile_text_and_changes_made_elsewhere(qtbot, main_window, messages) -> None:
    services = main_window.ctx.services
    visit = _plan(main_window, "0586", date(2026, 3, 4))
    tab = _tab(main_window)
    tab.select_visit(visit.id)
    tab.form.title_edit.setText("<b>Möte</b> & 🎉")
    tab.form.notes.setPlainText("Ä<script>&" * 500)
    assert tab.form.save() is not None
    assert tab.form.heading.text().startswith("<b>Möte</b> & 🎉 – Mjölby")
    assert tab.form.heading.textFormat() == Qt.TextFormat.PlainText
    saved = services.visits.get(visit.id)
    assert saved.notes == "Ä<script>&" * 500
    # another part of the app changes the visit: the form shows it and saves without a conflict
    services.visits.update(
        visit.id,
        VisitInput(**{**saved.as_input().__dict__, "venue_name": "Kulturhuset"}),
        expected_version=saved.version,
    )
    main_window.ctx.bus.changed.emit("visits")
    assert tab.form.venue_name.text() == "Kulturhuset"
    tab.form.venue_room.setText("sal Ljuset")
    assert tab.form.save() is not None
    assert messages.texts() == []
    assert services.visits.get(visit.id).venue_room == "sal Ljuset"


def test_participants_button_opens_the_participants_tab_on_the_visit(
    qtbot, main_window, messages
) -> None:
    _plan(main_window, "0586", date(2026, 3, 4))
    follow = _plan(main_window, "0586", date(2026, 9, 10), VisitKind.FOLLOW_UP)
    tab = _tab(main_window, qtbot)
    # the tab opens on a visit (the next one, else the latest): the button works at once
    assert tab.participants_button.isEnabled()
    assert tab.select_visit(follow.id)
    assert tab.participants_button.isEnabled()
    qtbot.mouseClick(tab.participants_button, Qt.MouseButton.LeftButton)
    current = main_window.current_tab()
    assert current.objectName() == "participants"
    assert current.visit_id == follow.id
    assert "2026-09-10" in current.visit.currentText()

    main_window.select_tab("visits")
    qtbot.waitUntil(tab.isVisible)
    tab.select_visit(_plan_row(main_window, "0586", date(2026, 3, 4)).id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_tab().objectName() == "participants"
    assert "2026-03-04" in main_window.current_tab().visit.currentText()


def _plan_row(main_window, code: str, day: date):
    return main_window.ctx.services.visits.find_one(code, day)


def test_deleting_a_first_visit_tells_and_unlinks_its_follow_ups_undo_relinks(
    qtbot, main_window, messages
) -> None:
    services = main_window.ctx.services
    first = _plan(main_window, "0586", date(2026, 3, 4))
    a = _plan(main_window, "0586", date(2026, 11, 4), VisitKind.FOLLOW_UP)
    b = _plan(main_window, "0586", date(2026, 12, 2), VisitKind.FOLLOW_UP)
    tab = _tab(main_window, qtbot)
    tab.select_visit(first.id)
    # a first visit shows its follow-ups where a follow-up shows its first visit
    assert tab.form.first_visit_label.text() == "Uppföljning"
    assert tab.form.first_visit.text() == "2026-11-04 (Planerat), 2026-12-02 (Planerat)"
    messages.confirm_answer = False
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    text = messages.texts("confirm")[-1]
    assert "Uppföljningsbesök som är kopplade till det: 2" in text
    assert "2026-11-04, 2026-12-02" in text
    assert services.visits.get(a.id).first_visit_id == first.id  # refused: nothing changed

    messages.confirm_answer = True
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert services.visits.get(a.id).first_visit_id is None
    assert services.visits.get(b.id).first_visit_id is None
    assert first.id not in {r.id for r in tab.visible_rows()}
    tab.select_visit(a.id)
    assert "2026-03-04" not in tab.form.first_visit.text()

    main_window.undo_stack.undo()
    assert services.visits.get(first.id).id == first.id
    assert services.visits.get(a.id).first_visit_id == first.id
    assert services.visits.get(b.id).first_visit_id == first.id
    assert "2026-03-04" in tab.form.first_visit.text()  # the open follow-up shows the link again
    main_window.undo_stack.redo()
    assert services.visits.get(b.id).first_visit_id is None

    # a visit without follow-ups: the plain question
    other = _plan(main_window, "1265", date(2026, 4, 8))
    tab.select_visit(other.id)
    assert tab.form.first_visit.text() == "Ingen planerad ännu."
    tab.form.kind.set_value(VisitKind.DIALOGUE)  # neither first nor follow-up: no such row
    assert tab.form.first_visit.isHidden()
    tab.form.revert()
    assert tab.form.first_visit_label.isVisible()
    messages.confirm_answer = False
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert "Uppföljningsbesök" not in messages.texts("confirm")[-1]


def test_closing_the_window_with_an_edited_visit_asks_to_save(
    qtbot, main_window, messages, db_path
) -> None:
    from samordnare_desktop.session import AppSession

    visit = _plan(main_window, "0586", date(2026, 3, 4))
    tab = _tab(main_window, qtbot)
    tab.select_visit(visit.id)
    qtbot.keyClicks(tab.form.venue_name, "Kulturhuset")
    main_window.select_tab("municipalities")

    messages.save_answer = "cancel"  # Avbryt: the window stays open, the edit stays
    assert not main_window.close()
    assert main_window.isVisible()
    assert messages.shown[-1][2] == "Spara ändringarna i besöket?"
    assert main_window.current_tab() is tab  # the form is shown while asking
    assert tab.form.dirty and tab.form.venue_name.text() == "Kulturhuset"
    assert main_window.ctx.services.visits.get(visit.id).venue_name == ""  # still usable

    tab.form.press.setChecked(True)  # an invalid edit: Spara fails, the window stays open
    qtbot.keyClicks(tab.form.press_contact_email, "inte-en-adress")
    messages.save_answer = "save"
    assert not main_window.close()
    assert "Ogiltig e-postadress" in tab.form.errors.message("press_contact_email")
    tab.form.press.setChecked(False)
    tab.form.press_contact_email.clear()

    assert main_window.close()  # Spara: saved, then closed
    with AppSession(db_path, daily_backup=False) as session:
        assert session.services.visits.get(visit.id).venue_name == "Kulturhuset"


def test_closing_without_saving_discards_the_edit(qtbot, main_window, messages, db_path) -> None:
    from samordnare_desktop.session import AppSession

    visit = _plan(main_window, "0586", date(2026, 3, 4))
    tab = _tab(main_window, qtbot)
    tab.select_visit(visit.id)
    assert tab.about_to_close() is True and messages.shown == []  # nothing edited: no question
    qtbot.keyClicks(tab.form.venue_name, "Kulturhuset")
    messages.save_answer = "discard"  # Spara inte
    assert main_window.close()
    assert [kind for kind, _title, _text in messages.shown] == ["ask_save"]
    with AppSession(db_path, daily_backup=False) as session:
        assert session.services.visits.get(visit.id).venue_name == ""


def test_question_catalogue_retire_show_retired_and_reinstate(
    qtbot, main_window, monkeypatch, messages
) -> None:
    services = main_window.ctx.services
    old = _plan(main_window, "0586", date(2026, 3, 4))  # explores questions 1-3
    tab = _tab(main_window)
    tab.new_visit()

    def fake_catalogue_exec(dialog: QuestionCatalogueDialog) -> int:
        assert dialog.list.count() == 3 and not dialog.show_retired.isChecked()
        dialog.list.setCurrentRow(1)
        assert dialog.retire_button.text() == "Avsluta"
        messages.confirm_answer = False
        dialog.toggle_retired()  # refused: nothing changes
        assert dialog.list.count() == 3
        messages.confirm_answer = True
        qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
        assert messages.texts("confirm")[-1].startswith("Avsluta fråga 2?")
        assert [dialog.list.item(i).text()[:7] for i in range(dialog.list.count())] == [
            "Fråga 1",
            "Fråga 3",
        ]
        dialog.show_retired.setChecked(True)
        assert dialog.list.count() == 3
        assert dialog.list.item(1).text().endswith("(avslutad)")
        dialog.list.setCurrentRow(1)
        assert dialog.retire_button.text() == "Återinför"
        assert not dialog.edit_button.isEnabled()
        return 0

    monkeypatch.setattr(QuestionCatalogueDialog, "exec", fake_catalogue_exec)
    qtbot.mouseClick(tab.catalogue_button, Qt.MouseButton.LeftButton)
    # a new visit: only the active questions
    texts = [tab.form.questions.item(i).text() for i in range(tab.form.questions.count())]
    assert [t[:7] for t in texts] == ["Fråga 1", "Fråga 3"]
    # the old visit still shows question 2, marked as retired, and keeps it on save
    tab.select_visit(old.id)
    texts = [tab.form.questions.item(i).text() for i in range(tab.form.questions.count())]
    assert texts[1].startswith("Fråga 2: ") and texts[1].endswith("(avslutad)")
    assert tab.form.questions.item(1).checkState() == Qt.CheckState.Checked
    tab.form.venue_name.setText("Stadshuset")
    assert tab.form.save() is not None
    assert [n for n, _ in services.visits.questions_of(old.id)] == [1, 2, 3]

    def reinstate(dialog: QuestionCatalogueDialog) -> int:
        dialog.show_retired.setChecked(True)
        dialog.list.setCurrentRow(1)
        dialog.toggle_retired()
        assert not dialog.list.item(1).text().endswith("(avslutad)")
        return 0

    monkeypatch.setattr(QuestionCatalogueDialog, "exec", reinstate)
    qtbot.mouseClick(tab.catalogue_button, Qt.MouseButton.LeftButton)
    assert [q.number for q in services.visits.questions()] == [1, 2, 3]


def test_scroll_to_day_brings_the_first_shown_visit_on_that_day_to_the_top(
    qtbot, main_window
) -> None:
    from datetime import timedelta

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586").id
    start = date(2031, 1, 6)
    for week in range(60):
        services.visits.create(
            VisitInput(mjolby, VisitKind.OTHER, start + timedelta(days=7 * week))
        )
    tab = _tab(main_window, qtbot)
    tab.refresh()
    target = start + timedelta(days=7 * 30)
    tab.scroll_to_day(target - timedelta(days=2))  # no visit that day: the next one
    assert tab.proxy.row(tab.table.rowAt(0)).day == target
    tab.search.setText("no such visit")  # hidden by the filters: nothing to scroll to
    tab.scroll_to_day(target)


def test_pasted_visit_date_with_leading_space_is_saved_as_that_day(qtbot, main_window) -> None:
    """Issue 14 F1: " 2027-05-12" pasted into Besök's date was saved as 2027-05-01."""
    from PySide6.QtWidgets import QApplication

    row = _plan(main_window, "0586", date(2026, 3, 4))
    tab = _tab(main_window, qtbot)
    assert tab.select_visit(row.id)
    qtbot.waitUntil(lambda: tab.form.visit is not None and tab.form.visit.id == row.id)
    QApplication.clipboard().setText(" 2027-05-12")
    day = tab.form.day
    day.setFocus()
    qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(day, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    qtbot.keyClick(tab.form.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert main_window.ctx.services.visits.get(row.id).day == date(2027, 5, 12)


def _focus_item(form, label: str):
    items = form.focus_box.list
    return next(items.item(i) for i in range(items.count()) if items.item(i).text() == label)


def test_focus_groups_are_ticked_on_the_visit_form_saved_and_reverted(
    qtbot, main_window, messages
) -> None:
    """#17: a meeting is tagged with the focus groups it concerns on its own form: a tick is an
    unsaved change (the switch asks), Revert puts the saved ticks back, Save stores them."""
    care = main_window.ctx.services.care_places
    a = _plan(main_window, "0586", date(2026, 3, 4))
    b = _plan(main_window, "1265", date(2026, 3, 5))
    tab = _tab(main_window)
    tab.select_visit(a.id)
    form = tab.form
    crime = _focus_item(form, "Unga som lämnat organiserad brottslighet")
    crime.setCheckState(Qt.CheckState.Checked)
    assert form.dirty
    messages.save_answer = "cancel"  # switching away asks; Cancel keeps the tick
    tab.select_visit(b.id)
    assert form.visit.id == a.id and crime.checkState() == Qt.CheckState.Checked
    form.revert()
    crime = _focus_item(form, "Unga som lämnat organiserad brottslighet")
    assert crime.checkState() == Qt.CheckState.Unchecked and not form.dirty
    assert care.visit_focus_groups(a.id) == ()
    crime.setCheckState(Qt.CheckState.Checked)
    _focus_item(form, "Ensamkommande barn").setCheckState(Qt.CheckState.Checked)
    assert form.save() is not None
    names = {g.id: g.label for g in care.focus_groups()}
    assert {names[i] for i in care.visit_focus_groups(a.id)} == {
        "Unga som lämnat organiserad brottslighet",
        "Ensamkommande barn",
    }
    assert care.visit_focus_groups(b.id) == ()
    tab.select_visit(b.id)  # saved: no question; b shows its own (none)
    assert form.visit.id == b.id and form.focus_box.checked_ids() == ()
    tab.select_visit(a.id)
    assert set(form.focus_box.checked_ids()) == set(care.visit_focus_groups(a.id))
    _focus_item(form, "Ensamkommande barn").setCheckState(Qt.CheckState.Unchecked)
    assert form.save() is not None
    assert [names[i] for i in care.visit_focus_groups(a.id)] == [
        "Unga som lämnat organiserad brottslighet"
    ]
    own = care.add_focus_group("Syskon placerade isär")  # added elsewhere: offered here
    main_window.ctx.bus.notify(Change.of(CARE_PLACES))
    assert _focus_item(form, "Syskon placerade isär").checkState() == Qt.CheckState.Unchecked
    assert own.id not in form.focus_box.checked_ids()


def _read_in_a_worker(monkeypatch) -> None:
    """Besök's first read in a worker (READ_IN_BACKGROUND_FROM lowered to 1), whether or not
    the start's read ahead is in when the tab is built (taken then: test_visits_ahead.py)."""
    monkeypatch.setattr(visits_tab_module, "READ_IN_BACKGROUND_FROM", 1)
    monkeypatch.setattr(visits_reading_module.VisitsReading, "take_kept", lambda self: False)


def test_a_big_list_is_read_off_the_gui_thread(qtbot, main_window, monkeypatch) -> None:
    """From READ_IN_BACKGROUND_FROM visits the first view reads them in a worker: the tab is
    in front at once, saying it reads; then the list and the next visit, as when read at once."""
    _read_in_a_worker(monkeypatch)
    today = date.today()
    _plan(main_window, "0586", date(today.year - 1, 3, 2))
    coming = _plan(main_window, "1265", date(today.year + 1, 3, 2))
    services = main_window.ctx.services
    reads: list[str] = []
    registers = services.visit_list.registers
    monkeypatch.setattr(
        services.visit_list, "registers", lambda: (reads.append("registers"), registers())[1]
    )
    tab = _tab(main_window)
    assert tab.loading() and tab.model.rowCount() == 0
    assert tab.count.text() == "Läser in besöken…" and not tab.reading_bar.isHidden()
    assert tab.form_scroll.form is None  # built once the tab is painted, as the worker reads
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.form_scroll.form is not None and tab.form_scroll.widget() is tab.form
    # the filters and the visit form offer the registers read once for both
    assert reads == ["registers"]
    assert tab.form.municipality.count() == tab.municipality.count() > 1
    assert tab.reading_bar.isHidden() and tab.table.isEnabled()
    assert sorted(_codes(tab)) == ["0586", "1265"]
    # the rows shown are the visits as the database holds them, field for field
    assert sorted(tab.model.rows(), key=lambda r: r.day) == [
        VisitListRow.of(r) for r in services.visits.list()
    ]
    assert tab.count.text().startswith("Visar 2 av 2 besök")
    # the next visit chosen, as when read at once (its row current, its form shown)
    assert tab.table.currentIndex().data(ROW_ROLE).id == coming.id
    assert tab.form.visit is not None and tab.form.visit.id == coming.id


def test_a_big_list_shows_its_rows_first_and_their_warnings_after(
    qtbot, main_window, monkeypatch
) -> None:
    """Read in a worker, the rows are shown before their warnings, the visit form and the next
    visit (those once the rows are painted: not while the tab is hidden here). Meanwhile the
    count says nothing of warnings, and a change notice completes the first view before it
    updates its rows: the warnings then are every visit's, as the service computes them."""
    import gc

    _read_in_a_worker(monkeypatch)
    services = main_window.ctx.services
    day = date(date.today().year + 1, 3, 2)
    one = _plan(main_window, "0586", day)
    two = _plan(main_window, "1265", day)  # the same day: both warned
    read: list[bool] = []
    hidden = threading.Event()
    listed = services.visit_list.rows

    def list_when_hidden(*args, **kwargs):
        read.append(True)
        hidden.wait(10)  # the worker's read ends once the tab is hidden
        return listed(*args, **kwargs)

    monkeypatch.setattr(services.visit_list, "rows", list_when_hidden)
    tab = _tab(main_window, qtbot)
    qtbot.waitUntil(lambda: bool(read), timeout=10_000)  # the worker reads
    main_window.select_tab("municipalities")  # hidden: the rows come in but are not painted
    hidden.set()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    assert tab.loading() and tab.model.warnings == {} and not tab.model.warnings_known
    assert tab.count.text() == "Visar 2 av 2 besök"
    assert tab.form_scroll.form is None and not tab.table.currentIndex().isValid()
    services.visits.update(
        one.id,
        dataclasses.replace(one.as_input(), venue_name="Stadshuset"),
        expected_version=one.version,
    )
    tab.update_visits({one.id})  # a change notice: the first view done, then the row
    assert not tab.loading() and tab.form_scroll.form is not None
    assert {r.id: r.venue_name for r in tab.model.rows()}[one.id] == "Stadshuset"
    expected = services.visits.warnings(listed())
    assert tab.model.warnings == expected and set(expected) == {one.id, two.id}
    assert tab.count.text() == "Visar 2 av 2 besök · 2 med varningar"
    _tab(main_window, qtbot)  # shown again: the next visit chosen
    assert tab.table.currentIndex().data(ROW_ROLE).id in {one.id, two.id}
    assert gc.isenabled()  # off for the read, on again once the first view is done


def test_a_first_view_completed_while_hidden_costs_no_query_when_shown(
    qtbot, main_window, monkeypatch
) -> None:
    """The rows read in a worker came while the tab was hidden and their follow-up ran then
    (``finish``: asked for the list; or a paint's zero timer after the tab left): the next visit
    is chosen then, and ``loading()`` false means showing the tab later reads nothing (it
    chose the next visit on that show, its form's reads coming with the tab switch)."""
    _read_in_a_worker(monkeypatch)
    today = date.today()
    _plan(main_window, "0586", date(today.year - 1, 3, 2))
    coming = _plan(main_window, "1265", date(today.year + 1, 3, 2))
    services = main_window.ctx.services
    read: list[bool] = []
    hidden = threading.Event()
    listed = services.visit_list.rows

    def list_when_hidden(*args, **kwargs):
        read.append(True)
        hidden.wait(10)  # the worker's read ends once the tab is hidden
        return listed(*args, **kwargs)

    monkeypatch.setattr(services.visit_list, "rows", list_when_hidden)
    tab = _tab(main_window, qtbot)
    qtbot.waitUntil(lambda: bool(read), timeout=10_000)  # the worker reads
    main_window.select_tab("municipalities")
    qtbot.waitUntil(main_window.tab("municipalities").isVisible)
    hidden.set()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    assert tab.loading() and not tab.isVisible()
    tab.reading.finish()  # the follow-up, the tab hidden
    assert not tab.loading()
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=30_000)  # the start's reads
    QThreadPool.globalInstance().waitForDone(30_000)
    statements: list[str] = []
    engine = main_window.session.db.engine

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        _tab(main_window, qtbot)
        qtbot.wait(50)  # whatever the show queued
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert statements == []  # chosen with the follow-up, while hidden
    assert tab.table.currentIndex().data(ROW_ROLE).id == coming.id
    assert tab.form.visit is not None and tab.form.visit.id == coming.id


def test_a_failed_read_in_the_worker_is_read_again_at_once(qtbot, main_window, monkeypatch) -> None:
    """The worker's read fails: the GUI thread reads the list again (and would show its error),
    the first view completes as usual, and the cyclic collector, off for the read, is on."""
    import gc

    _read_in_a_worker(monkeypatch)
    # the start's reads ahead done first: one still running (or waiting for input) holds the
    # collector off too, and a CI run met it so
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    today = date.today()
    _plan(main_window, "0586", date(today.year - 1, 3, 2))
    coming = _plan(main_window, "1265", date(today.year + 1, 3, 2))
    services = main_window.ctx.services
    listed = services.visit_list.rows
    failed: list[bool] = []

    def failing_in_a_worker(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            failed.append(True)
            raise RuntimeError("the worker's read failed")
        return listed(*args, **kwargs)

    monkeypatch.setattr(services.visit_list, "rows", failing_in_a_worker)
    tab = _tab(main_window, qtbot)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert failed == [True] and gc.isenabled()
    assert sorted(_codes(tab)) == ["0586", "1265"] and tab.model.warnings_known
    assert tab.table.currentIndex().data(ROW_ROLE).id == coming.id
    assert tab.form.visit is not None and tab.form.visit.id == coming.id


def test_asked_for_a_visit_while_reading_the_list_is_read_at_once(
    qtbot, main_window, monkeypatch
) -> None:
    _read_in_a_worker(monkeypatch)
    today = date.today()
    earlier = _plan(main_window, "0586", date(today.year - 1, 3, 2))
    _plan(main_window, "1265", date(today.year + 1, 3, 2))
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    assert tab.loading()
    assert tab.select_visit(earlier.id)  # e.g. Översikt opening a visit: read now
    assert not tab.loading() and tab.reading_bar.isHidden()
    qtbot.wait(200)  # the worker's overtaken result arrives and is dropped
    assert tab.table.currentIndex().data(ROW_ROLE).id == earlier.id
    assert tab.form.visit is not None and tab.form.visit.id == earlier.id


def test_the_host_is_chosen_among_the_municipality_s_contacts(qtbot, main_window) -> None:
    """The host offered: the municipality's contacts by name ("name, title"); one removed since
    it was chosen stays chosen, shown as removed."""
    from samordnare_desktop.services.contacts import ContactInput

    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    eva = services.municipalities.add_contact(mjolby.id, ContactInput("Eva Ek", "Socialchef"))
    services.municipalities.add_contact(mjolby.id, ContactInput("Anders Berg"))
    other = services.municipalities.by_code("1265")
    services.municipalities.add_contact(other.id, ContactInput("Sjöbo Kontakt"))
    visit = services.visits.create(
        VisitInput(mjolby.id, VisitKind.FIRST, date(2026, 3, 4), host_contact_id=eva.id)
    )
    tab = _tab(main_window, qtbot)
    assert tab.select_visit(visit.id)
    host = tab.form.host
    assert [host.itemText(i) for i in range(host.count())] == [
        "(ingen värd vald)",
        "Anders Berg",
        "Eva Ek, Socialchef",
    ]
    assert host.value() == eva.id
    services.municipalities.delete_contact(eva.id)
    tab.form.revert()  # shown again
    assert host.itemText(host.count() - 1) == "(kontakten borttagen)" and host.value() == eva.id


def test_a_new_visit_form_reads_the_focus_groups_once_and_offers_them_all(
    qtbot, main_window, monkeypatch
) -> None:
    """The visit form's focus groups are read once when it is built (by its new visit), not once
    more by the box before it: every group offered, none ticked."""
    from samordnare_desktop.ui.visits.visit_form import VisitForm

    care = main_window.ctx.services.care_places
    expected = [g.label for g in care.focus_group_choices()]
    assert expected  # the assignment's groups
    reads = []
    choices = care.focus_group_choices
    monkeypatch.setattr(care, "focus_group_choices", lambda: reads.append(1) or choices())
    form = VisitForm(main_window.ctx)
    qtbot.addWidget(form)
    items = form.focus_box.list
    assert [items.item(i).text() for i in range(items.count())] == expected
    assert form.focus_box.checked_ids() == () and len(reads) == 1


def _shown_texts(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def test_a_refused_filter_date_is_said_under_the_filters(qtbot, main_window) -> None:
    """Every date field says an unreadable date as text by the field; the filters' "Från" and
    "till" only framed it red, the message in a tooltip."""
    main_window.resize(1366, 768)
    main_window.show()
    tab = _tab(main_window, qtbot)
    for typed in ("2026-02-30", "2026-13-01", "31/12/2026"):
        type_date(qtbot, tab.date_from, typed)
        assert tab.date_from.text() == typed
        message = tab.date_from.error()
        assert typed in message
        assert any(message in text for text in _shown_texts(main_window)), typed
    type_date(qtbot, tab.date_to, "2026-02-31")
    shown = "\n".join(_shown_texts(main_window))
    assert tab.date_from.error() in shown and tab.date_to.error() in shown  # both, each its own
    type_date(qtbot, tab.date_from, "20261231")  # a readable date takes its message away
    assert not tab.date_from.error()
    assert "31/12/2026" not in "\n".join(_shown_texts(main_window))
    assert tab.date_to.error() in "\n".join(_shown_texts(main_window))
    type_date(qtbot, tab.date_to, "")  # so does emptying the field (no bound)
    qtbot.keyClick(tab.date_to, Qt.Key.Key_Backspace)
    assert tab.date_to.text() == ""
    assert not any("2026-02-31" in t for t in _shown_texts(main_window))
    type_date(qtbot, tab.date_to, "2026-02-31")
    tab.clear_button.click()
    assert not any("2026-02-31" in t for t in _shown_texts(main_window))


def test_the_first_views_warnings_put_a_list_sorted_by_them_in_order(
    qtbot, main_window, monkeypatch
) -> None:
    """Sorted by its warnings column (as left last time) before the first view's warnings are
    in, the list takes its order once they come (the rows moved unseen by the filter proxy are
    mapped anew), the filters filtering as before."""
    from samordnare_desktop.ui.visits.visit_table_model import WARNING_COLUMN

    _read_in_a_worker(monkeypatch)
    year = date.today().year + 1
    calm = _plan(main_window, "0380", date(year, 3, 2))  # a Tuesday, alone: no warning
    one = _plan(main_window, "0586", date(year, 3, 3))  # the same Wednesday: both warned
    two = _plan(main_window, "1265", date(year, 3, 3))
    tab = _tab(main_window, qtbot)
    tab.table.sortByColumn(WARNING_COLUMN, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    shown = [tab.proxy.index(r, 0).data(ROW_ROLE).id for r in range(tab.proxy.rowCount())]
    assert set(shown[:2]) == {one.id, two.id} and shown[2] == calm.id
    assert tab.proxy.index(0, WARNING_COLUMN).data(Qt.ItemDataRole.DecorationRole) is not None
    tab.municipality.set_value(calm.municipality_id)
    assert [tab.proxy.index(r, 0).data(ROW_ROLE).id for r in range(tab.proxy.rowCount())] == [
        calm.id
    ]


def test_the_first_views_warnings_come_in_without_the_filters_judging_each_row_again(
    qtbot, main_window, monkeypatch
) -> None:
    """Read in a worker, the rows are shown first and their warnings after (reading.py): the
    warnings reach the list (the icon, the texts) without the filter proxy running its filter
    once per row to take them in (no filter reads warnings: 5,000 calls into Python in the
    first view at ten times the programme), nor sorting its rows again and laying the list
    out anew (a second paint of every visible row), and the filters go on filtering after."""
    from samordnare_desktop.ui.visits.visit_table_model import (
        WARNING_COLUMN,
        VisitFilterProxy,
        VisitTableModel,
    )

    _read_in_a_worker(monkeypatch)
    day = date(date.today().year + 1, 3, 3)  # a Wednesday: no weekend warning
    one = _plan(main_window, "0586", day)
    two = _plan(main_window, "1265", day)  # the same day: both warned
    judged: list[int] = []
    accepts = VisitFilterProxy.filterAcceptsRow
    monkeypatch.setattr(
        VisitFilterProxy,
        "filterAcceptsRow",
        lambda self, row, parent: judged.append(row) or accepts(self, row, parent),
    )
    while_warned: list[int] = []
    set_all = VisitTableModel.set_all_warnings

    def counted(self, warnings):
        before = len(judged)
        set_all(self, warnings)
        while_warned.append(len(judged) - before)

    monkeypatch.setattr(VisitTableModel, "set_all_warnings", counted)
    laid_out: list[int] = []  # the proxy's rows laid out anew (sorted again) meanwhile
    follow_up = visits_reading_module.VisitsReading._follow_up

    def watched(self) -> None:
        self.tab.proxy.layoutChanged.connect(lambda *_: laid_out.append(1))
        follow_up(self)

    monkeypatch.setattr(visits_reading_module.VisitsReading, "_follow_up", watched)
    tab = _tab(main_window, qtbot)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    qtbot.wait(20)  # what the follow-up left queued
    assert while_warned == [0] and laid_out == []
    shown = {
        tab.proxy.index(r, 0).data(ROW_ROLE).id: tab.proxy.index(r, WARNING_COLUMN)
        for r in range(tab.proxy.rowCount())
    }
    assert set(shown) == {one.id, two.id}
    assert all(i.data(Qt.ItemDataRole.DecorationRole) is not None for i in shown.values())
    assert "Sjöbo" in shown[one.id].data(Qt.ItemDataRole.ToolTipRole)
    assert "Mjölby" in shown[two.id].data(Qt.ItemDataRole.ToolTipRole)
    tab.municipality.set_value(one.municipality_id)  # the filters still filter
    assert [tab.proxy.index(r, 0).data(ROW_ROLE).id for r in range(tab.proxy.rowCount())] == [
        one.id
    ]


def test_a_big_lists_first_view_paints_todays_rows_once(qtbot, main_window, monkeypatch) -> None:
    """Read in a worker, the rows are painted first where the first view puts them (today's
    visits in view, not the top of the list), and the list takes the focus with them: what
    follows (their warnings, the next visit chosen and focused) repaints the warnings column
    and the chosen row, not every visible row again (scrolled there after, and the focus
    taken after, each made the list repaint whole: ~7 ms at ten times the programme)."""
    from collections import Counter
    from datetime import timedelta

    from PySide6.QtCore import QEvent, QObject

    from samordnare_desktop.ui.visits.visit_table_model import VisitTableModel

    _read_in_a_worker(monkeypatch)
    # the tab's own read in a worker, as the test has always counted it: the start's work done
    # first, so that the rows it read ahead (100 ms after its first paint) are stale
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    today = date.today()
    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586").id
    for n in range(90):  # three months of past visits above today's: more than a screenful
        services.visits.create(VisitInput(mjolby, VisitKind.OTHER, today - timedelta(days=95 - n)))
    coming = _plan(main_window, "1265", today + timedelta(days=3))
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.wait(100)  # the activation's own repaints (active colours) are done before counting
    shown: list[tuple[int, int]] = []  # the cells whose text the list asked for
    data = VisitTableModel.data

    def asked(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            shown.append((index.row(), index.column()))
        return data(self, index, role)

    monkeypatch.setattr(VisitTableModel, "data", asked)
    tab = _tab(main_window, qtbot)
    starts: list[int] = []  # the texts asked for before each paint of the list with rows
    in_view: list[bool] = []  # whether the coming visit was in view at that paint

    class Paints(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and tab.model.rowCount():
                number = tab.model.source_row(coming.id)
                rect = tab.table.visualRect(tab.proxy.mapFromSource(tab.model.index(number, 1)))
                in_view.append(rect.isValid() and tab.table.viewport().rect().contains(rect))
                starts.append(len(shown))
            return False

    watch = Paints(tab)
    tab.table.viewport().installEventFilter(watch)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    # the follow-up's paint (under load it came later than the 50 ms once waited here)
    qtbot.waitUntil(lambda: len(starts) >= 2, timeout=5_000)
    qtbot.wait(50)
    assert in_view[0]  # today's visits painted first
    first = Counter(column for _, column in shown[starts[0] : starts[1]])
    again = Counter(column for _, column in shown[starts[1] :])
    # the time and the municipality (neither the warnings, the column beside them, nor the
    # kind, sized to the rows shown): every visible row's first, then the chosen row's only
    assert first[2] > 1 and first[3] > 1, first
    assert again[2] <= 1 and again[3] <= 1, again
    assert tab.table.hasFocus() and tab.form.visit is not None
    assert tab.form.visit.id == coming.id
