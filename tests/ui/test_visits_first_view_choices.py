"""Besök's first read in a worker (reading.py; READ_IN_BACKGROUND_FROM lowered to 1 here, the
worker held on a threading.Event so that what happens meanwhile is fixed): asked for the list
while the worker reads (Kommuner's "Visa besök", a visit opened from Översikt, a change notice),
the tab completes its first view (the filters' registers, warnings, the form) and then does
what it was asked; a choice the user made meanwhile (a new visit, a row clicked) is kept once
the first view comes."""

from __future__ import annotations

import gc
import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.context import VISIT, Change
from samordnare_desktop.ui.table_model import ROW_ROLE
from samordnare_desktop.ui.visits import tab as visits_tab_module
from samordnare_desktop.ui.visits.reading import VisitsReading


def _plan(main_window, code: str, day: date):
    services = main_window.ctx.services
    return services.visits.create(
        VisitInput(
            municipality_id=services.municipalities.by_code(code).id, kind=VisitKind.FIRST, day=day
        )
    )


class _HeldRead:
    """The worker's read of the visits waits for ``go_on`` (the GUI thread's reads do not)."""

    def __init__(self, main_window, monkeypatch) -> None:
        monkeypatch.setattr(visits_tab_module, "READ_IN_BACKGROUND_FROM", 1)
        # the worker reads, whether or not the start's read ahead is in by then
        monkeypatch.setattr(VisitsReading, "take_kept", lambda self: False)
        service = main_window.ctx.services.visit_list
        listed = service.rows
        self.reading, self.go_on = threading.Event(), threading.Event()

        def held(*args, **kwargs):
            if threading.current_thread() is not threading.main_thread():
                self.reading.set()
                self.go_on.wait(10)
            return listed(*args, **kwargs)

        monkeypatch.setattr(service, "rows", held)

    def release(self, qtbot, tab) -> None:
        """Let the worker read; return once its rows have reached the tab."""
        with qtbot.waitSignal(tab.reading.ready, timeout=10_000):
            self.go_on.set()


def _open_reading(main_window, qtbot, held: _HeldRead):
    main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(held.reading.is_set, timeout=10_000)  # painted: the worker reads
    assert tab.reading.active and tab.loading()
    return tab


def _shown_ids(tab) -> list:
    return [tab.proxy.row(r).id for r in range(tab.proxy.rowCount())]


def _filters_filled(tab) -> None:
    services = tab.ctx.services
    assert tab.municipality.count() == len(services.municipalities.list()) + 1  # + "Alla"
    assert tab.organisation.count() > 1
    assert tab.form_scroll.form is not None and tab.model.warnings_known


def test_show_visits_from_kommuner_while_the_worker_reads(qtbot, main_window, monkeypatch):
    """Kommuner's "Visa besök" builds Besök (its rows read in a worker) and asks it at once for
    one municipality's visits: those are shown, the municipality chosen in the filter (its
    register filled for it), the first of them in the form; the worker's rows are dropped."""
    today = date.today()
    mjolby = [_plan(main_window, "0586", today + timedelta(days=d)) for d in (40, 90)]
    _plan(main_window, "1265", today + timedelta(days=10))
    _plan(main_window, "0180", today + timedelta(days=20))
    held = _HeldRead(main_window, monkeypatch)
    main_window.select_tab("municipalities")
    kommuner = main_window.tab("municipalities")
    qtbot.waitUntil(lambda: kommuner.isVisible() and not kommuner.loading(), timeout=10_000)
    assert kommuner.select_municipality_code("0586")
    kommuner.show_visits()
    tab = main_window.tab("visits")
    assert not tab.loading()
    _filters_filled(tab)
    mjolby_id = main_window.ctx.services.municipalities.by_code("0586").id
    assert tab.municipality.value() == mjolby_id
    assert sorted(_shown_ids(tab), key=str) == sorted((v.id for v in mjolby), key=str)
    assert tab.count.text().startswith("Visar 2 av 4 besök")
    qtbot.waitUntil(tab.isVisible)
    held.go_on.set()  # read at once before the tab was painted: no worker started
    assert tab.municipality.value() == mjolby_id
    assert sorted(_shown_ids(tab), key=str) == sorted((v.id for v in mjolby), key=str)
    current = tab.table.currentIndex().data(ROW_ROLE)
    assert current is not None and current.municipality_id == mjolby_id
    assert tab.form.visit is not None and tab.form.visit.id == current.id


def test_a_visit_opened_while_the_worker_reads_fills_the_filters(qtbot, main_window, monkeypatch):
    """A visit opened while the worker reads (Översikt's upcoming visit): chosen, in the form,
    and the filters hold every municipality and organisation (for the rest of the session)."""
    today = date.today()
    earlier = _plan(main_window, "0586", today - timedelta(days=200))
    _plan(main_window, "1265", today + timedelta(days=10))
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    assert tab.select_visit(earlier.id)
    assert not tab.loading()
    _filters_filled(tab)
    held.release(qtbot, tab)
    _filters_filled(tab)
    assert tab.table.currentIndex().data(ROW_ROLE).id == earlier.id
    assert tab.form.visit is not None and tab.form.visit.id == earlier.id


@pytest.mark.parametrize("whole", [False, True])
def test_a_change_notice_while_the_worker_reads_completes_the_first_view(
    qtbot, main_window, monkeypatch, whole
):
    """A change notice (one visit, or the whole list) while the worker reads: the list read at
    once, the filters filled, and (the tab in front) the next visit chosen, as after the worker."""
    today = date.today()
    some = _plan(main_window, "0586", today - timedelta(days=30))
    coming = _plan(main_window, "1265", today + timedelta(days=10))
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    main_window.ctx.bus.notify(Change.of(VISIT) if whole else Change.of(VISIT, ids={some.id}))
    assert not tab.loading()
    _filters_filled(tab)
    assert tab.table.currentIndex().data(ROW_ROLE).id == coming.id
    assert tab.form.visit is not None and tab.form.visit.id == coming.id
    held.release(qtbot, tab)
    _filters_filled(tab)
    assert tab.form.visit.id == coming.id


def test_a_new_visit_started_while_the_worker_reads_is_kept(qtbot, main_window, monkeypatch):
    """ "Nytt besök" pressed while the worker reads: once the first view comes, the form is still
    the new, empty visit (no visit chosen in its place)."""
    today = date.today()
    _plan(main_window, "0586", today + timedelta(days=10))
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.form.visit is None and tab._current_id is None
    held.release(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.form.visit is None and tab._current_id is None
    assert not tab.table.currentIndex().isValid()


def test_a_new_visit_started_before_the_follow_up_is_kept(qtbot, main_window, monkeypatch):
    """ "Nytt besök" pressed once the rows are shown but before their follow-up (warnings, form,
    next visit): the first view keeps the new visit."""
    today = date.today()
    _plan(main_window, "0586", today + timedelta(days=10))
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    main_window.select_tab("municipalities")  # hidden: the rows come but are not painted
    held.release(qtbot, tab)
    assert tab.reading.following and tab.model.rowCount() == 1
    tab.new_visit()
    main_window.select_tab("visits")  # painted: the follow-up, then the first view
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.form.visit is None and tab._current_id is None
    assert not tab.table.currentIndex().isValid()


def test_a_row_clicked_before_the_follow_up_stays_chosen_and_in_view(
    qtbot, main_window, monkeypatch
):
    """A row chosen once the rows are shown but before their follow-up: the first view keeps it
    current, in the form and in view (not scrolled away to today's visits)."""
    today = date.today()
    visits = [_plan(main_window, "0586", today + timedelta(days=7 * d)) for d in range(-60, 60)]
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    main_window.select_tab("municipalities")
    held.release(qtbot, tab)
    assert tab.reading.following and tab.model.rowCount() == len(visits)
    first = tab.proxy.index(0, 1)  # the earliest visit, far above today's
    assert first.data(ROW_ROLE).id == visits[0].id
    tab.table.setCurrentIndex(first)  # as a click
    assert tab.form.visit is not None and tab.form.visit.id == visits[0].id
    main_window.select_tab("visits")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    current = tab.table.currentIndex()
    assert current.data(ROW_ROLE).id == visits[0].id
    assert tab.form.visit.id == visits[0].id
    assert tab.table.viewport().rect().intersects(tab.table.visualRect(current))


def test_the_first_view_shows_the_next_visits_warnings_as_the_list_computed_them(
    qtbot, main_window, monkeypatch
):
    """The next visit chosen by the first view shows in the form the planning warnings the list
    computed with the rows it read (reading.py), word for word what the form asks the service
    for a visit it loads (warnings_for_input), which the first view then does not ask."""
    today = date.today()
    saturday = today + timedelta(days=7 + (5 - today.weekday()) % 7)
    chosen = _plan(main_window, "0586", saturday)
    _plan(main_window, "1265", saturday)  # the same day: a warning for each
    service = main_window.ctx.services.visits
    expected = [f"⚠ {w.message}" for w in service.warnings_for_input(chosen.as_input(), chosen.id)]
    assert len(expected) == 2  # another visit that day, and a Saturday
    held = _HeldRead(main_window, monkeypatch)
    asked = []
    judged = service.warnings_for_input
    monkeypatch.setattr(
        service, "warnings_for_input", lambda *a, **k: asked.append(a) or judged(*a, **k)
    )
    tab = _open_reading(main_window, qtbot, held)
    held.release(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.form.visit is not None and tab.form.visit.id == chosen.id
    assert tab.form.warning_texts() == expected
    assert tab.form.warnings.isVisibleTo(tab.form)
    assert asked == []
    tab.form.kind.set_value(VisitKind.FOLLOW_UP)  # an edit: judged by the service again
    assert len(asked) == 1


def test_the_collector_is_off_for_the_whole_first_view_and_on_after(
    qtbot, main_window, monkeypatch
):
    """The cyclic garbage collector is held off from the worker's read through the follow-up
    (its warnings computed without it) and on again, what is alive frozen, once the first view
    is in (reading.py: _read_in_worker). The tab's own read: the start's work done first, so
    that the rows it read ahead (100 ms after its first paint) are before the plans, stale."""
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    today = date.today()
    _plan(main_window, "0586", today + timedelta(days=10))
    _plan(main_window, "1265", today + timedelta(days=10))
    assert gc.isenabled()
    service = main_window.ctx.services.visit_list  # the list's warnings (reading.py)
    seen = []
    computed = service.warnings
    monkeypatch.setattr(
        service, "warnings", lambda *a, **k: seen.append(gc.isenabled()) or computed(*a, **k)
    )
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    assert not gc.isenabled()  # the worker reads
    frozen = gc.get_freeze_count()
    held.release(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert seen == [False]  # the follow-up's warnings
    assert gc.isenabled() and gc.get_freeze_count() > frozen
    assert tab.model.warnings_known and tab.form.visit is not None


def test_another_read_ending_inside_the_first_view_leaves_the_collector_off(
    qtbot, main_window, monkeypatch
):
    """A worker's read that began before Besök's first view and ends inside it (the start's
    deferred reads, another tab's) must not turn the collector on under it: each put back what
    it found, so the read that found it on turned it on in the middle of the follow-up (seen in
    the whole suite). Holds are counted (samordnare_desktop.collector)."""
    from samordnare_desktop.ui.background_read import BackgroundRead

    _plan(main_window, "0586", date.today() + timedelta(days=10))
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    assert gc.isenabled()
    service = main_window.ctx.services.visit_list  # the list's warnings (reading.py)
    seen = []
    computed = service.warnings
    monkeypatch.setattr(
        service, "warnings", lambda *a, **k: seen.append(gc.isenabled()) or computed(*a, **k)
    )
    other_inside, other_go_on = threading.Event(), threading.Event()

    def other_work():
        other_inside.set()
        other_go_on.wait(10)
        return "read"

    arrived = []
    other = BackgroundRead(main_window, arrived.append, lambda: None, "another read")
    other.start(other_work)  # before Besök's first view: it finds the collector on
    qtbot.waitUntil(other_inside.is_set, timeout=10_000)
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    other_go_on.set()  # the other read ends inside Besök's first view
    qtbot.waitUntil(lambda: arrived == ["read"], timeout=10_000)
    assert not gc.isenabled()  # Besök's read still holds it
    held.release(qtbot, tab)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert seen == [False]  # the follow-up's warnings, still without the collector
    assert gc.isenabled()


@pytest.mark.parametrize("whole", [False, True])
@pytest.mark.parametrize("while_hidden", [True, False])
def test_a_visit_made_elsewhere_during_the_first_view_warns_in_the_form(
    qtbot, main_window, monkeypatch, while_hidden, whole
):
    """A visit made in another tab the same day as the next visit while Besök's first view is on
    its way (its rows in but not painted: the user is on another tab, the notice waits for Besök
    to show) warns in the form as in the list: the form's warnings are word for word what the
    service says of the shown visit once the change is applied, not those the first view
    computed with the rows read before it. Also with Besök in front after its first view, and
    for a notice of the whole list."""
    today = date.today()
    day = today + timedelta(days=7 + (2 - today.weekday()) % 7)  # a Wednesday: no weekend warning
    chosen = _plan(main_window, "0586", day)
    service = main_window.ctx.services.visits
    assert service.warnings_for_input(chosen.as_input(), chosen.id) == []
    held = _HeldRead(main_window, monkeypatch)
    tab = _open_reading(main_window, qtbot, held)
    if while_hidden:
        main_window.select_tab("overview")  # hidden: the rows come but are not painted
        held.release(qtbot, tab)
        assert tab.reading.following
    else:
        held.release(qtbot, tab)
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        assert tab.form.visit is not None and tab.form.visit.id == chosen.id
        assert tab.form.warning_texts() == []
    other = _plan(main_window, "1265", day)  # made elsewhere: the same day as the next visit
    main_window.ctx.bus.notify(Change.of(VISIT) if whole else Change.of(VISIT, ids={other.id}))
    main_window.select_tab("visits")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.form.visit is not None and tab.form.visit.id == chosen.id
    expected = [f"⚠ {w.message}" for w in service.warnings_for_input(chosen.as_input(), chosen.id)]
    assert len(expected) == 1  # another visit that day
    assert [f"⚠ {w.message}" for w in tab.model.known_warnings(chosen)] == expected  # the list
    assert tab.form.warning_texts() == expected
    assert tab.form.warnings.isVisibleTo(tab.form)


def test_closing_the_window_while_the_worker_reads_turns_the_collector_on(
    qtbot, main_window, monkeypatch
):
    """The window closed while Besök's first read runs: its first view never comes, and the
    cyclic collector was held off until a 2 s timer let go. Now it is on again as soon as the
    window has closed (its events processed), not 2 s later."""
    _plan(main_window, "0586", date.today() + timedelta(days=10))
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    assert gc.isenabled()
    held = _HeldRead(main_window, monkeypatch)
    _open_reading(main_window, qtbot, held)
    assert not gc.isenabled()  # the worker reads
    held.go_on.set()  # the close waits for the workers
    assert main_window.close()
    qtbot.wait(50)  # its events processed (far less than the 2 s)
    assert gc.isenabled()
