"""The Besök tab driven through its widgets: form, warnings, filters, delete + undo, pages."""

from __future__ import annotations

import uuid
from datetime import date, time
from typing import ClassVar

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.visits import VisitFilter, VisitInput
from samordnare_desktop.ui import visits_tab as visits_tab_module
from samordnare_desktop.ui.dialogs.question_dialog import QuestionCatalogueDialog, QuestionDialog
from samordnare_desktop.ui.models.base import ROW_ROLE


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
    form.day.setDate(QDate(2026, 6, 19))
    warnings = form.warning_texts()
    assert any("Sjöbo" in w for w in warnings)
    assert any("Midsommarafton" in w for w in warnings)
    form.venue_name.setText("Stadshuset")
    form.venue_address.setText("Burensköldsvägen 11, Mjölby")
    form.venue_room.setText("sal Ljuset")
    form.press.setChecked(True)
    form.press_start.setTime(QTime(15, 0))
    form.press_end.setTime(QTime(15, 30))
    form.press_contact_name.setText("Karin Lund")
    form.press_contact_email.setText("karin.mjolby.se")
    assert form.dirty
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Ogiltig e-postadress" in form.errors.message("press_contact_email")
    assert len(services.visits.list(VisitFilter())) == 1  # a refused save changes nothing

    form.press_contact_email.setText("press@mjolby.example.se")
    form.end_time.setTime(QTime(8, 0))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "sluta efter" in form.errors.message("end_time")
    form.end_time.setTime(QTime(15, 0))
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
    tab.date_from.setDate(QDate(2026, 6, 20))
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
    form.day.setDate(QDate(2026, 2, 4))
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
    messages.confirm_answer = False
    tab.select_visit(b.id)
    assert tab.form.visit.id == a.id and tab.form.venue_name.text() == "Ändrat"
    messages.confirm_answer = True
    tab.select_visit(b.id)
    assert tab.form.visit.id == b.id


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
        [("recording_page", "tests.ui.test_visits_tab:RecordingPage", lambda: "Test")],
    )
    a = _plan(main_window, "0586", date(2026, 3, 4))
    b = _plan(main_window, "1265", date(2026, 3, 5))
    tab = _tab(main_window)
    assert tab.pages.objectName() == "visit_pages" and tab.pages.count() == 2
    assert tab.pages.tabText(1) == "Test"
    assert not tab.pages.isTabEnabled(1)  # no visit chosen
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
    stage_column = municipalities.model.columnCount() - 1
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
    tab.form.day.setDate(QDate(2026, 3, 4))
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
