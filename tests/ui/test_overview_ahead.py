"""Översikt's first view read ahead after the start (issue #15: the first click at ten times the
programme waited some 60 ms for SQLite): in a worker, once the start's work is done, for the
services to keep; the first view then reads no figures again, a change made in between is shown,
and a click while the read ahead runs waits for it instead of reading beside it. No timing here:
the figures are in ``bench/tenx_interactions.py``."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import QThreadPool

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.overview import reading
from tests.helpers import start_done
from tests.ui.test_overview_reads import Sent, _join

# one of the figures' statements (the development areas of the plans: services/overview.py)
FIGURES = "FROM plan_area r JOIN action_plan p"
# the first view's statements once the read ahead is kept: each service's stamps and what no
# service keeps (the care places, the spread), 4 of them BEGIN; 24 when it read everything
FIRST_VIEW_AFTER_AHEAD = 9


def _programme(services):
    """Two municipalities in the programme, one has had its first visit; a plan with an area."""
    today = date.today()
    mjolby, sjobo = _join(services, "0586"), _join(services, "1265")
    services.visits.create(
        VisitInput(mjolby.id, VisitKind.FIRST, today - timedelta(days=20), status=VisitStatus.HELD)
    )
    plan = services.action_plans.create_plan(mjolby.id)
    area = services.action_plans.add_area(plan.id, AreaInput("Barnets perspektiv"))
    services.action_plans.add_action(
        area.id, ActionInput("Mentorprogram", due_date=today - timedelta(days=3))
    )
    return mjolby, sjobo


def _figures_read(sent: list[tuple[bool, str]]) -> list[bool]:
    """For each read of the figures sent: whether on the GUI thread."""
    return [on_gui for on_gui, statement in sent if FIGURES in statement]


def _without_others(sent: list[tuple[bool, str]]) -> list[tuple[bool, str]]:
    return [q for q in sent if "sync_state" not in q[1] and "contact" not in q[1]]


def test_the_first_view_is_read_ahead_in_a_worker_after_the_start(qtbot, main_window) -> None:
    sent = Sent(main_window)
    try:
        _programme(main_window.ctx.services)  # no turn of the event loop yet: before the start's
        start_done(qtbot, main_window)
        assert _figures_read(sent.take()) == [False]  # once, in a worker
        assert not main_window._page("overview").built  # not by building the tab
    finally:
        sent.close()


def test_the_first_view_after_the_read_ahead_reads_no_figures_again(qtbot, main_window) -> None:
    sent = Sent(main_window)
    try:
        _programme(main_window.ctx.services)
        start_done(qtbot, main_window)
        assert _figures_read(sent.take()) == [False]
        assert main_window.select_tab("overview")
        tab = main_window.tab("overview")
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        first = _without_others(sent.take())
        assert _figures_read(first) == []
        assert [q for on_gui, q in first if on_gui and q != "BEGIN"] == []
        assert len(first) <= FIRST_VIEW_AFTER_AHEAD
        assert tab.kpis["first_visit"].text().startswith("1 av 2")
        assert tab.kpis["overdue"].text().startswith("1\n")
        assert [a.name for a in tab.overview.areas] == ["Barnets perspektiv"]
    finally:
        sent.close()


def test_a_change_after_the_read_ahead_shows_in_the_first_view(qtbot, main_window) -> None:
    services = main_window.ctx.services
    sent = Sent(main_window)
    try:
        _mjolby, sjobo = _programme(services)
        start_done(qtbot, main_window)
        assert _figures_read(sent.take()) == [False]  # read ahead: 1 of 2 had the first visit
        services.visits.create(
            VisitInput(
                sjobo.id, VisitKind.FIRST, date.today() - timedelta(days=2), status=VisitStatus.HELD
            )
        )
        kalmar = _join(services, "0880")  # a third in the programme, no visit yet
        assert main_window.select_tab("overview")
        tab = main_window.tab("overview")
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        assert tab.kpis["first_visit"].text().startswith("2 av 3")
        assert kalmar.id in {m.id for m in tab.overview.programme}
        assert _figures_read(sent.take()) == [False]  # read again, in the tab's worker
    finally:
        sent.close()


def test_a_click_while_the_read_ahead_runs_waits_for_it_and_reads_once(
    qtbot, main_window, monkeypatch
) -> None:
    entered, release = threading.Event(), threading.Event()
    read_ahead = reading.read_ahead

    def held(services):  # the read ahead, held until the tab has been clicked
        entered.set()
        release.wait(30)
        yield from read_ahead(services)

    monkeypatch.setattr(reading, "read_ahead", held)
    sent = Sent(main_window)
    try:
        _programme(main_window.ctx.services)
        qtbot.waitUntil(entered.is_set, timeout=20_000)
        assert main_window.select_tab("overview")
        tab = main_window.tab("overview")
        assert tab.loading() and tab.reading_parts() == reading.PARTS
        qtbot.wait(300)  # painted, its worker started: it waits for the read ahead
        assert tab.loading() and not tab.reading_label.isHidden()
        assert tab.kpis["first_visit"].text() == "…"
        assert _figures_read(sent.seen) == []
        release.set()
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        assert _figures_read(sent.take()) == [False]  # once: the tab found it kept
        assert tab.kpis["first_visit"].text().startswith("1 av 2")
    finally:
        release.set()
        sent.close()


def test_no_read_ahead_for_a_tab_built_first_nor_once_the_window_closed(
    qtbot, main_window, db_path
) -> None:
    """Översikt clicked before the read ahead is due reads its figures itself, once; a window
    closed before it is due reads nothing ahead."""
    sent = Sent(main_window)
    try:
        _programme(main_window.ctx.services)
        assert main_window.select_tab("overview")
        tab = main_window.tab("overview")
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        start_done(qtbot, main_window)
        main_window.read_ahead()  # once only: nothing more
        assert "overview" not in main_window.ctx.read_ahead
        assert _figures_read(sent.take()) == [False]  # the tab's own read
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
