"""Deltagare, Handlingsplaner and Kommuner read their first view off the GUI thread in a big
programme (ui/background_read.py, from READ_IN_BACKGROUND_FROM visits; lowered to 1 here): the
tab is in front at once and says it reads, then shows what a read at once shows. A change or a
question meanwhile is answered from a newer read; the overtaken worker's rows are dropped."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QThreadPool

from samordnare_desktop.domain.action_plan import PlanStatus
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.action_plans.tab import ActionPlansTab
from samordnare_desktop.ui.context import MUNICIPALITY, PARTICIPANT, Change
from samordnare_desktop.ui.municipalities.tab import MunicipalitiesTab
from samordnare_desktop.ui.participants.tab import ParticipantsTab
from samordnare_desktop.ui.table_model import ROW_ROLE


@pytest.fixture
def big(monkeypatch):
    monkeypatch.setattr(background_read, "READ_IN_BACKGROUND_FROM", 1)


@pytest.fixture
def visits(main_window):
    services = main_window.ctx.services
    m = services.municipalities.by_code("0586")
    first = services.visits.create(
        VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4), status=VisitStatus.HELD)
    )
    follow = services.visits.create(
        VisitInput(
            m.id, VisitKind.FOLLOW_UP, date(date.today().year + 1, 9, 10), first_visit_id=first.id
        )
    )
    return first, follow


def _built(qtbot, cls, main_window):
    tab = cls(main_window.ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


# --- Deltagare --------------------------------------------------------------------------------
def test_participants_first_view_reads_in_a_worker(qtbot, main_window, visits, big) -> None:
    _first, follow = visits
    svc = main_window.ctx.services.participants
    svc.add(follow.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Socialförvaltningen"))
    svc.add(follow.id, PersonInput("Bo Ek", Cat.SOCIAL_STAFF, organisation="Socialförvaltningen"))
    tab = _built(qtbot, ParticipantsTab, main_window)
    assert tab.loading() and tab.model.rowCount() == 0 and tab.visit.count() == 0
    assert tab.summary.text() == "Läser in besöken och deltagarna…"
    assert not tab.visit.isEnabled() and not tab.table.isEnabled()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.visit.isEnabled() and tab.table.isEnabled()
    # as when read at once: every visit in the chooser, the coming one shown with its people
    assert tab.visit.count() == 2 and tab.visit_id == follow.id
    assert tab.visit.currentText() == tab.visit_choices.label(follow)
    assert sorted(r.display_name for r in tab.model.rows()) == ["Anna Berg", "Bo Ek"]
    assert tab.summary.text().startswith("Närvarande 0 av 2")
    assert tab.copy_button.isEnabled() and tab.add_button.isEnabled()
    # a reload keeps the chosen row (and the focus stays where it was)
    assert tab.select_participant(tab.model.rows()[1].id)
    chosen = tab.current_participant()
    tab.table.setFocus()
    tab.reload()
    assert tab.current_participant() == chosen and not tab.loading()


def test_participants_asked_for_a_visit_while_reading_read_at_once(
    qtbot, main_window, visits, big
) -> None:
    first, _follow = visits
    main_window.ctx.services.participants.add(first.id, PersonInput("Cecilia Öst", Cat.OTHER))
    tab = _built(qtbot, ParticipantsTab, main_window)
    assert tab.loading()
    assert tab.show_visit(first.id)  # e.g. the visits tab's "Participants": read now
    assert not tab.loading() and tab.visit.isEnabled() and tab.table.isEnabled()
    qtbot.wait(200)  # the worker's overtaken rows arrive and are dropped
    assert tab.visit_id == first.id
    assert [r.display_name for r in tab.visible_rows()] == ["Cecilia Öst"]


def test_participants_a_change_while_reading_is_read_again(qtbot, main_window, visits, big) -> None:
    _first, follow = visits
    tab = _built(qtbot, ParticipantsTab, main_window)
    assert tab.loading()
    # added elsewhere before the worker's rows are in (no event loop turn between)
    main_window.ctx.services.participants.add(follow.id, PersonInput("Dan Ek", Cat.OTHER))
    main_window.ctx.bus.notify(Change.of(PARTICIPANT, ids={follow.id}))
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.visit_id == follow.id
    assert [r.display_name for r in tab.model.rows()] == ["Dan Ek"]


# --- Kommuner ---------------------------------------------------------------------------------
def test_municipalities_first_view_reads_in_a_worker(qtbot, main_window, visits, big) -> None:
    services = main_window.ctx.services
    m = services.municipalities.by_code("0586")
    details = services.municipalities.details(m.id)
    services.municipalities.update(
        m.id, expected_version=details.version, in_programme=True, notes=""
    )
    tab = _built(qtbot, MunicipalitiesTab, main_window)
    assert tab.loading() and tab.model.rowCount() == 0 and tab.county.count() == 1
    assert tab.count.text() == "Läser in kommunerna…" and not tab.table.isEnabled()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.table.isEnabled() and tab.model.rowCount() == 290
    assert tab.county.count() == 22  # "every county" and the 21 counties
    # opens on the programme, as when read at once, with its stage from the worker's read
    assert tab.only_programme.isChecked()
    assert [tab.proxy.index(r, 0).data(ROW_ROLE).code for r in range(tab.proxy.rowCount())] == [
        "0586"
    ]
    assert tab.model.stages.get(m.id) is not None
    assert tab.count.text().startswith("Visar 1 av 290 kommuner")


def test_municipalities_change_while_reading_is_read_again(qtbot, main_window, visits, big) -> None:
    services = main_window.ctx.services
    tab = _built(qtbot, MunicipalitiesTab, main_window)
    assert tab.loading()
    m = services.municipalities.by_code("1265")
    details = services.municipalities.details(m.id)
    services.municipalities.update(
        m.id, expected_version=details.version, in_programme=True, notes=""
    )
    main_window.ctx.bus.notify(Change.of(MUNICIPALITY, ids={m.id}))
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    qtbot.wait(100)  # the overtaken read's rows (without the change) would arrive by now
    row = next(r for r in tab.model.rows() if r.id == m.id)
    assert row.in_programme and tab.only_programme.isChecked()


def test_municipalities_selected_while_reading_read_at_once(
    qtbot, main_window, visits, big
) -> None:
    m = main_window.ctx.services.municipalities.by_code("0586")
    tab = _built(qtbot, MunicipalitiesTab, main_window)
    assert tab.loading()
    assert tab.select_municipality(m.id)
    assert not tab.loading() and tab.table.isEnabled()
    qtbot.wait(200)
    assert tab.details is not None and tab.details.id == m.id
    assert tab.model.rowCount() == 290


# --- Handlingsplaner --------------------------------------------------------------------------
def _plan(main_window, code: str):
    services = main_window.ctx.services
    m = services.municipalities.by_code(code)
    details = services.municipalities.details(m.id)
    services.municipalities.update(
        m.id, expected_version=details.version, in_programme=True, notes=""
    )
    svc = services.action_plans
    plan = svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 1), "Eva Ek"))
    area = svc.add_area(plan.id, AreaInput("Samverkan med skola", "Nuläge", "Mål"))
    svc.add_action(area.id, ActionInput("Rutin för SIP", "Avdelningschef", None, date(2026, 6, 1)))
    return m, plan


def test_action_plans_first_view_reads_in_a_worker(qtbot, main_window, visits, big) -> None:
    mjolby, _ = _plan(main_window, "0586")  # Mjölby before Motala by name
    _plan(main_window, "0583")
    tab = _built(qtbot, ActionPlansTab, main_window)
    assert tab.loading() and tab.list_model.rowCount() == 0 and tab.summary is None
    assert tab.list_count.text() == "Läser in handlingsplanerna…" and not tab.list.isEnabled()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.list.isEnabled() and tab.list_model.rowCount() == 2
    # the first plan by name chosen, its pages filled from the worker's read
    assert tab.summary is not None and tab.summary.municipality_id == mjolby.id
    current = tab.list.selectionModel().selectedRows()
    assert [i.data(ROW_ROLE).municipality_id for i in current] == [mjolby.id]
    assert tab.plan is not None and [a.name for a in tab.plan.areas] == ["Samverkan med skola"]
    assert tab.plan_page.tree_model.rowCount() == 1
    assert tab.history_page.history_model.rowCount() > 0
    assert tab.follow_page.follow is None and tab.follow_page.follow_visit.count() == 2
    assert tab.list_count.text().startswith("2 av 2 kommuner har en plan")


def test_action_plans_asked_for_a_plan_while_reading_read_at_once(
    qtbot, main_window, visits, big
) -> None:
    _plan(main_window, "0586")
    motala, plan = _plan(main_window, "0583")
    tab = _built(qtbot, ActionPlansTab, main_window)
    assert tab.loading()
    assert tab.select_plan(plan.id)  # e.g. Översikt clicking through to a plan
    assert not tab.loading() and tab.list.isEnabled()
    qtbot.wait(200)  # the worker's first plan (Mjölby) arrives and is dropped
    assert tab.summary is not None and tab.summary.municipality_id == motala.id
    assert tab.plan is not None and tab.plan.id == plan.id


def test_action_plans_overview_is_read_ahead_once_the_tab_is_in(
    qtbot, main_window, visits, big
) -> None:
    """In a big programme the overview of every action (~300 ms at ten times the programme)
    is read in a worker once the tab's first view is in: its mode button then shows every
    action from what the service keeps (the tables' stamps asked, not the actions read)."""
    from sqlalchemy import event

    _plan(main_window, "0586")
    _plan(main_window, "0583")
    tab = _built(qtbot, ActionPlansTab, main_window)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    qtbot.waitUntil(lambda: not tab.reading.ahead.active, timeout=10_000)
    seen: list[str] = []
    engine = main_window.ctx.services.db.engine
    listen = lambda *args: seen.append(args[2])  # noqa: E731  (conn, cursor, statement, ...)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        tab.set_mode(1)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert tab.overview_page.overview_model.rowCount() == 2  # an action in each plan
    assert seen and not [s for s in seen if "plan_action.what" in s], seen  # not read again


def test_action_plans_overview_clicked_while_read_ahead_waits_for_it(
    qtbot, main_window, visits, big, monkeypatch
) -> None:
    """The mode button pressed while the overview is still read ahead: the page says it reads
    and shows every action once the worker's read is in, without reading them again itself
    (it did, on the GUI thread, beside the worker: ~270 ms at ten times the programme)."""
    import threading

    from samordnare_desktop.services.action_plans import ActionPlanService

    _plan(main_window, "0586")
    _plan(main_window, "0583")
    gate, calls = threading.Event(), []
    real = ActionPlanService.overview

    def gated(self):
        calls.append(threading.current_thread() is threading.main_thread())
        if not calls[-1]:
            gate.wait(10)
        return real(self)

    # the window's own reads ahead done first (its overview of every action among them)
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    monkeypatch.setattr(ActionPlanService, "overview", gated)
    tab = _built(qtbot, ActionPlansTab, main_window)
    qtbot.waitUntil(lambda: not tab.reading.pending, timeout=10_000)
    qtbot.waitUntil(lambda: tab.reading.ahead.active and calls == [False], timeout=10_000)
    tab.set_mode(1)
    page = tab.overview_page
    assert page.overview_count.text() == "Läser in alla åtgärder…" and tab.loading()
    assert page.overview_model.rowCount() == 0
    gate.set()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert page.overview_model.rowCount() == 2
    assert page.overview_count.text().startswith("Visar 2 av 2 åtgärder")
    assert calls == [False, True]  # the worker's read, then the page's from what it kept
