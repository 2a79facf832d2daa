"""The assignment dialog, the due list on Översikt and the band at start (issue #18 part 5),
driven through their widgets over a real database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from samordnare_desktop.domain.assignment import add_months, report_dates
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.table_model import ROW_ROLE
from tests.helpers import type_date


def _join(services, code: str):
    m = services.municipalities.by_code(code)
    d = services.municipalities.details(m.id)
    services.municipalities.update(m.id, expected_version=d.version, in_programme=True, notes="")
    return m


def _rows(tab) -> list[tuple[str, str, str]]:
    model = tab.due.table.model()
    return [
        (model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


def _activate(tab, kind) -> None:
    model = tab.due.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ROW_ROLE).kind is kind)
    tab.due.table.setCurrentIndex(model.index(row, 0))
    tab.due.table.activated.emit(model.index(row, 0))


def _seed(services, today: date):
    mjolby, sjobo, kalmar = (_join(services, c) for c in ("0586", "1265", "0880"))
    # Mjölby: first visit nine weeks ago and no plan (expected after eight: a week late)
    services.visits.create(
        VisitInput(mjolby.id, VisitKind.FIRST, today - timedelta(weeks=9), status=VisitStatus.HELD)
    )
    # Sjöbo: a first visit in five days and no time study
    upcoming = services.visits.create(
        VisitInput(sjobo.id, VisitKind.FIRST, today + timedelta(days=5))
    )
    # Kalmar: an action due in three days
    plan = services.action_plans.create_plan(kalmar.id)
    area = services.action_plans.add_area(plan.id, AreaInput("Introduktion"))
    services.action_plans.add_action(
        area.id, ActionInput("Mentorprogram", due_date=today + timedelta(days=3))
    )
    return upcoming, plan


def test_assignment_saved_shown_and_due_rows_click_through(qtbot, main_window) -> None:
    from samordnare_desktop.services.due import DueKind
    from samordnare_desktop.ui.overview.assignment_dialog import AssignmentDialog

    today = date.today()
    services = main_window.ctx.services
    _upcoming, _plan = _seed(services, today)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    # the first list is read off the GUI thread: the tab paints first, the list follows
    qtbot.waitUntil(lambda: tab.due.due is not None, timeout=10_000)
    assert "Inget uppdrag angivet" in tab.due.summary.text()
    assert next(what for _when, _m, what in _rows(tab)).startswith("Handlingsplanen har inte")

    dialog = AssignmentDialog(tab, main_window.ctx)
    qtbot.addWidget(dialog)
    dialog.name.insert("Nationell samordnare för den sociala barn- och ungdomsvården")  # not ASCII
    qtbot.keyClicks(dialog.coordinator, "Eva Samordnare")
    qtbot.keyClicks(dialog.ministry, "Socialdepartementet")
    qtbot.keyClicks(dialog.reference, "S2025/00123")
    start = add_months(today + timedelta(days=10), -3)
    type_date(qtbot, dialog.start, start.isoformat())
    type_date(qtbot, dialog.final, (start - timedelta(days=1)).isoformat())
    assert not dialog.try_save()  # the final report before the first day: said beside it
    assert "efter första dagen" in dialog.errors.message("final_report_date")
    assert services.assignment.get() is None
    type_date(qtbot, dialog.final, (today + timedelta(days=400)).isoformat())
    dialog.weeks.setValue(8)
    assert dialog.try_save()
    saved = services.assignment.get()
    assert saved.name == "Nationell samordnare för den sociala barn- och ungdomsvården"
    assert (saved.start, saved.reference, saved.report_every_months) == (start, "S2025/00123", 3)

    # Översikt heard the change and reads it off the GUI thread, saying so; then the assignment
    # above the list, the report in it, by date
    assert tab.loading() and not tab.reading_label.isHidden()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.reading_label.isHidden()
    assert "Socialdepartementet S2025/00123" in tab.due.summary.text()
    report = next(d for d in report_dates(saved) if d >= today)
    days = (report - today).days
    rows = _rows(tab)
    assert rows[0][:2] == ("7 dagar för sent", "Mjölby")
    assert ("om 3 dagar", "Kalmar", "Åtgärd: Mentorprogram") in rows
    assert ("om 5 dagar", "Sjöbo", "Tidsstudie saknas inför första besöket") in rows
    assert (f"om {days} dagar", "", "Kvartalsrapport 1 av 5") in rows
    whens = [tab.due.table.model().index(r, 0).data() for r in range(len(rows))]
    assert whens == sorted(whens)  # by date

    # click through: the plan, the visit, the municipality without a plan
    _activate(tab, DueKind.ACTION)
    assert main_window.current_tab() is main_window.tab("action_plans")
    main_window.select_tab("overview")
    _activate(tab, DueKind.TIME_STUDY)
    visits = main_window.tab("visits")
    assert main_window.current_tab() is visits
    main_window.select_tab("overview")
    _activate(tab, DueKind.PLAN)
    assert main_window.current_tab() is main_window.tab("municipalities")

    # opened again, the dialog shows what was saved
    again = AssignmentDialog(tab, main_window.ctx)
    qtbot.addWidget(again)
    assert again.reference.text() == "S2025/00123" and again.start.day() == start
    assert again.every.value() == 3 and again.weeks.value() == 8


def test_band_at_start_says_what_is_due_and_opens_overview(qtbot, main_window) -> None:
    from samordnare_desktop.ui.due_band import show_due_band

    _seed(main_window.ctx.services, date.today())
    band = getattr(main_window, "due_band", None) or show_due_band(main_window)
    assert band is not None
    qtbot.waitUntil(band.isVisible)  # laid out on the next turn of the event loop
    text = band.label.text()
    assert text.startswith("Inom 14 dagar:")
    assert "1 handlingsplan har inte kommit in" in text
    assert "1 åtgärd förfaller eller är försenad" in text
    assert "1 tidsstudie saknas inför ett första besök" in text
    assert show_due_band(main_window) is None  # once a start
    assert not main_window.isModal() and not band.isWindow()  # a band, not a dialog
    qtbot.mouseClick(band.show_button, Qt.MouseButton.LeftButton)
    assert main_window.current_tab() is main_window.tab("overview")
    qtbot.waitUntil(lambda: getattr(main_window, "due_band", None) is None)


def test_band_is_computed_off_the_gui_thread_and_then_shown(qtbot, main_window) -> None:
    from samordnare_desktop.ui.due_band import schedule_due_band

    _seed(main_window.ctx.services, date.today())
    schedule_due_band(main_window)  # what the start does, 0.7 s after the window shows
    qtbot.waitUntil(lambda: getattr(main_window, "due_band", None) is not None, timeout=10_000)
    assert "1 handlingsplan har inte kommit in" in main_window.due_band.label.text()


def test_no_band_when_nothing_is_due(qtbot, main_window) -> None:
    from samordnare_desktop.ui.due_band import show_due_band

    assert show_due_band(main_window) is None
