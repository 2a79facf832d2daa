"""Besök's rows and their warnings read ahead after the start (issue #15: the first click at ten
times the programme waited some 40 ms for the worker's read of the rows and 12 for their
warnings): in a worker, once the start's work is done, for the list's service to keep; the first
view then reads no rows again, a change made in between is shown, and a click while the read
ahead runs waits for it instead of reading beside it. READ_IN_BACKGROUND_FROM is lowered to 1
here (the first read in a worker, as at ten times the programme). No timing here: the figures
are in ``bench/visits_first_view.py`` and ``bench/tenx_interactions.py``."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QThreadPool

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.domain.visit_rules import WarningKind
from samordnare_desktop.services import visit_list
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.visits import reading
from samordnare_desktop.ui.visits import tab as visits_tab
from tests.helpers import sizes_given, start_done
from tests.ui.test_overview_reads import Sent


def _is_rows(statement: str) -> bool:
    """Whether ``statement`` is the list's rows' (visit_list.list_rows: every visit in the
    list's order, without the whole visit's fields)."""
    return (
        "ORDER BY visit.day" in statement
        and "visit.status" in statement  # not the visit chooser's (participants/reading.py)
        and "visit.notes" not in statement
    )


@pytest.fixture(autouse=True)
def _in_a_worker(monkeypatch) -> None:
    monkeypatch.setattr(visits_tab, "READ_IN_BACKGROUND_FROM", 1)


def _plan(services, code: str, day: date, title: str = ""):
    m = services.municipalities.by_code(code)
    return services.visits.create(VisitInput(m.id, VisitKind.FIRST, day, title=title))


def _programme(services):
    """Two visits on the same day (each warns of the other) and one later on."""
    day = date.today() + timedelta(days=10)
    return (
        _plan(services, "0586", day, "Mjölby"),
        _plan(services, "1265", day, "Sjöbo"),
        _plan(services, "0880", day + timedelta(days=7), "Kalmar"),
    )


def _rows_read(sent: list[tuple[bool, str]]) -> list[bool]:
    """For each read of the list's rows sent: whether on the GUI thread."""
    return [on_gui for on_gui, statement in sent if _is_rows(statement)]


def _first_view(qtbot, window):
    assert window.select_tab("visits")
    tab = window.tab("visits")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    return tab


def _titles(tab) -> set[str]:
    return {r.title for r in tab.model.rows()}


def _same_day(tab, visit_id) -> bool:
    found = tab.model.warnings.get(visit_id, ())
    return any(w.kind is WarningKind.SAME_DAY for w in found)


def test_the_rows_are_read_ahead_in_a_worker_after_the_start(
    qtbot, main_window, monkeypatch
) -> None:
    computed = sizes_given(monkeypatch, visit_list, "all_warnings")
    sent = Sent(main_window)
    try:
        _programme(main_window.ctx.services)  # no turn of the event loop yet: before the start's
        start_done(qtbot, main_window)
        assert _rows_read(sent.take()) == [False]  # once, in a worker
        assert computed == [3]  # their warnings with them
        assert not main_window._page("visits").built  # not by building the tab
    finally:
        sent.close()


def test_the_first_view_after_the_read_ahead_reads_no_rows_again(
    qtbot, main_window, monkeypatch
) -> None:
    computed = sizes_given(monkeypatch, visit_list, "all_warnings")
    sent = Sent(main_window)
    try:
        mjolby, sjobo, kalmar = _programme(main_window.ctx.services)
        start_done(qtbot, main_window)
        assert _rows_read(sent.take()) == [False] and computed == [3]
        tab = _first_view(qtbot, main_window)
        assert _rows_read(sent.take()) == []  # taken as read ahead
        assert computed == [3]  # and their warnings
        assert _titles(tab) == {"Mjölby", "Sjöbo", "Kalmar"}
        assert _same_day(tab, mjolby.id) and _same_day(tab, sjobo.id)
        assert not _same_day(tab, kalmar.id)
    finally:
        sent.close()


def test_a_change_after_the_read_ahead_shows_in_the_first_view(
    qtbot, main_window, monkeypatch
) -> None:
    services = main_window.ctx.services
    sent = Sent(main_window)
    try:
        mjolby, _sjobo, kalmar = _programme(services)
        start_done(qtbot, main_window)
        assert _rows_read(sent.take()) == [False]
        # after the read ahead: one visit moved to the others' day, one saved anew
        services.visits.update(
            kalmar.id,
            VisitInput(kalmar.municipality_id, VisitKind.FIRST, mjolby.day, title="Kalmar"),
            expected_version=kalmar.version,
        )
        added = _plan(services, "0180", mjolby.day + timedelta(days=30), "Stockholm")
        tab = _first_view(qtbot, main_window)
        assert _rows_read(sent.take()) == [False]  # read again, in the tab's worker
        assert _titles(tab) == {"Mjölby", "Sjöbo", "Kalmar", "Stockholm"}
        assert {r.day for r in tab.model.rows() if r.id == kalmar.id} == {mjolby.day}
        assert _same_day(tab, kalmar.id)  # its warnings computed with the rows read now
        assert added.id in {r.id for r in tab.model.rows()}
    finally:
        sent.close()


def test_a_click_while_the_read_ahead_runs_waits_for_it_and_reads_once(
    qtbot, main_window, monkeypatch
) -> None:
    entered, release = threading.Event(), threading.Event()
    read = reading.ReadAhead.read

    def held(self, services) -> None:  # the read ahead, held until the tab has been clicked
        entered.set()
        release.wait(30)
        read(self, services)

    monkeypatch.setattr(reading.ReadAhead, "read", held)
    sent = Sent(main_window)
    try:
        _programme(main_window.ctx.services)
        qtbot.waitUntil(entered.is_set, timeout=20_000)
        assert main_window.select_tab("visits")
        tab = main_window.tab("visits")
        assert tab.loading()
        qtbot.wait(300)  # painted, its worker started: it waits for the read ahead
        assert tab.loading() and not tab.reading_bar.isHidden()
        assert tab.model.rowCount() == 0
        assert _rows_read(sent.seen) == []
        release.set()
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        assert _rows_read(sent.take()) == [False]  # once: the tab found them kept
        assert _titles(tab) == {"Mjölby", "Sjöbo", "Kalmar"}
    finally:
        release.set()
        sent.close()


def test_no_read_ahead_for_a_tab_built_first_nor_once_the_window_closed(
    qtbot, main_window, db_path
) -> None:
    """Besök clicked before the read ahead is due reads its rows itself, once; a window closed
    before it is due reads nothing ahead."""
    sent = Sent(main_window)
    try:
        _programme(main_window.ctx.services)
        tab = _first_view(qtbot, main_window)
        start_done(qtbot, main_window)
        main_window.read_ahead()  # once only: nothing more
        assert "visits" not in main_window.ctx.read_ahead
        assert _rows_read(sent.take()) == [False]  # the tab's own read
        assert _titles(tab) == {"Mjölby", "Sjöbo", "Kalmar"}
    finally:
        sent.close()

    from samordnare_desktop.app import build_main_window

    window = build_main_window(db_path.with_name("closed.sqlite3"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    window.read_ahead()
    assert window.ctx.read_ahead == {}


def _registers_read(sent: list[tuple[bool, str]]) -> list[bool]:
    """For each read of the organisations' register sent (the registers' second read,
    ``OrganisationService.list``): whether on the GUI thread."""
    return [
        on_gui
        for on_gui, statement in sent
        if "FROM organisation" in statement and "organisation.org_number" in statement
    ]


def test_a_tab_built_after_the_read_ahead_paints_the_rows_it_kept_first(
    qtbot, main_window, monkeypatch
) -> None:
    """The read ahead in when Besök is first clicked: the tab is built with the rows it kept
    (no worker, no "reading" state painted first), and the filters and the form get the
    registers it kept too; the first view then as when a worker read them."""
    computed = sizes_given(monkeypatch, visit_list, "all_warnings")
    sent = Sent(main_window)
    try:
        mjolby, sjobo, kalmar = _programme(main_window.ctx.services)
        start_done(qtbot, main_window)
        assert _rows_read(sent.take()) == [False] and computed == [3]
        assert main_window.ctx.read_ahead["visits"].done()
        assert main_window.select_tab("visits")
        tab = main_window.tab("visits")
        # built with the rows: no worker to wait for, the list's count said at once
        assert not tab.reading.active and tab.reading_bar.isHidden() and tab.table.isEnabled()
        assert _titles(tab) == {"Mjölby", "Sjöbo", "Kalmar"}
        assert tab.count.text().startswith("Visar 3 av 3 besök")
        assert tab.loading() and tab.form_scroll.form is None  # the form once they are painted
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        seen = sent.take()
        assert _rows_read(seen) == [] and computed == [3]  # taken, with their warnings
        assert _registers_read(seen) == []  # the registers taken as read ahead too
        assert _same_day(tab, mjolby.id) and _same_day(tab, sjobo.id)
        assert not _same_day(tab, kalmar.id)
        services = main_window.ctx.services
        assert tab.municipality.count() == len(services.municipalities.list()) + 1  # + "Alla"
        assert tab.form.municipality.count() == tab.municipality.count()
        # the next visit chosen in the form, its row current and today's visits at the top
        assert tab.form.visit is not None and tab.form.visit.id == mjolby.id
        assert tab.table.currentIndex().row() >= 0
    finally:
        sent.close()


def test_registers_changed_after_the_read_ahead_are_read_again(
    qtbot, main_window, monkeypatch
) -> None:
    """An organisation added after the read ahead (before Besök is first shown) is offered by
    its filter: the registers kept are current only while their tables did not change (the
    rows' are too: a worker reads both again)."""
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput

    services = main_window.ctx.services
    sent = Sent(main_window)
    try:
        _programme(services)
        start_done(qtbot, main_window)
        sent.take()
        added = services.organisations.create(
            OrganisationInput(OrganisationKind.INTEREST, "Stiftelsen Nyss Tillagd")
        )
        sent.take()
        tab = _first_view(qtbot, main_window)
        assert _titles(tab) == {"Mjölby", "Sjöbo", "Kalmar"}
        assert _registers_read(sent.take()) == [False]  # read again in the tab's worker
        offered = [tab.organisation.itemData(i) for i in range(tab.organisation.count())]
        assert added.id in offered
    finally:
        sent.close()
