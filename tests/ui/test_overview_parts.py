"""Översikt's first view in parts (issue #15): the worker hands the figures on top first, then
what falls due, then the rest (the spread and the time study, below the fold); on the first
read each section's title says it is being read until its part is in, a part of a superseded
read is dropped and the figures in the end are what the database holds. The worker's
hand-overs are driven here on the GUI thread, in the order and at the moment the test chooses
(no timing)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QThreadPool

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.overview import reading
from samordnare_desktop.ui.overview.reading import DUE, FIGURES, PARTS, REST, Figures, Rest
from tests.helpers import finish_background


def _join(services, code: str):
    m = services.municipalities.by_code(code)
    d = services.municipalities.details(m.id)
    services.municipalities.update(m.id, expected_version=d.version, in_programme=True, notes="")
    return m


def _programme(services):
    today = date.today()
    mjolby, sjobo = _join(services, "0586"), _join(services, "1265")
    services.visits.create(
        VisitInput(mjolby.id, VisitKind.FIRST, today - timedelta(days=20), status=VisitStatus.HELD)
    )
    services.visits.create(VisitInput(sjobo.id, VisitKind.FIRST, today + timedelta(days=5)))
    plan = services.action_plans.create_plan(mjolby.id)
    area = services.action_plans.add_area(plan.id, AreaInput("Barnets perspektiv"))
    services.action_plans.add_action(
        area.id, ActionInput("Mentorprogram", due_date=today - timedelta(days=3))
    )


class Worker:
    """Stands in for the worker: records the reads started; the test hands the parts."""

    def __init__(self, monkeypatch) -> None:
        self.started: list[tuple[object, int]] = []
        monkeypatch.setattr(
            reading,
            "read_in_background",
            lambda _services, relay, _widget, number, _shown=None, _ahead=None: self.started.append(
                (relay, number)
            ),
        )

    def hand(self, services, part: str, number: int | None = None) -> None:
        relay, current = self.started[-1]
        if part == FIGURES:
            found = Figures(services.overview.snapshot(), services.care_places.summary(trend=False))
        elif part == DUE:
            found = services.due.due()
        else:
            found = Rest(
                services.municipality_facts.spread(), services.time_studies.programme_comparison()
            )
        relay.part.emit(current if number is None else number, part, found)


def _reading(box) -> bool:
    return box.title().endswith("läser in…")


def _sections(tab) -> dict[str, list]:
    return tab._parts.boxes


def test_the_figures_on_top_show_while_the_rest_still_reads(qtbot, main_window, monkeypatch):
    s = main_window.ctx.services
    _programme(s)
    worker = Worker(monkeypatch)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    assert len(worker.started) == 1
    assert tab.reading_parts() == PARTS and tab.loading()
    assert tab.kpis["first_visit"].text() == "…"
    for part in PARTS:
        assert all(_reading(box) for box in _sections(tab)[part])
    assert tab.due.summary.text() == "Läser in vad som förfaller…"

    shown = tab._parts.shown  # the first read: the worker waits for the figures' paint
    assert shown is not None and not shown.is_set()
    worker.hand(s, FIGURES)
    assert not shown.is_set()  # not before they are painted
    qtbot.waitUntil(shown.is_set, timeout=5_000)
    # the figures on top are shown: the tiles, the chart, the next 30 days, the areas
    assert tab.reading_parts() == (DUE, REST) and tab.loading()
    assert tab.kpis["first_visit"].text().startswith("1 av 2")
    assert tab.kpis["overdue"].text().startswith("1\n")
    assert tab.kpis["upcoming"].text().startswith("1\n")
    assert tab.upcoming_model.rowCount() == 1
    assert [tab.areas_model.index(r, 0).data() for r in range(tab.areas_model.rowCount())] == [
        "Barnets perspektiv"
    ]
    assert not any(_reading(box) for box in _sections(tab)[FIGURES])
    # the others still say they are reading, and show nothing yet
    assert all(_reading(box) for box in _sections(tab)[DUE] + _sections(tab)[REST])
    assert tab.due.model.rowCount() == 0
    assert tab.due.summary.text() == "Läser in vad som förfaller…"
    assert tab.drill_model.rowCount() == 0
    assert not tab.reading_label.isHidden()
    assert tab.reading_bar.isHidden()  # the figures show: the label says the rest reads

    worker.hand(s, DUE)
    assert tab.reading_parts() == (REST,)
    assert not _reading(tab.due)
    assert tab.due.model.rowCount() == len(s.due.due().items) > 0
    assert all(_reading(box) for box in _sections(tab)[REST])

    worker.hand(s, REST)
    assert tab.reading_parts() == () and not tab.loading()
    assert tab.reading_label.isHidden() and tab.reading_bar.isHidden()
    assert not any(_reading(box) for part in PARTS for box in _sections(tab)[part])
    assert tab.study_box.title() == "Tidsmätning: programmet eller en kommun bredvid medianen"
    # behind the number: the first tile's municipalities
    behind = [tab.drill_proxy.index(r, 1).data() for r in range(tab.drill_proxy.rowCount())]
    assert sorted(behind) == ["Mjölby", "Sjöbo"]
    assert tab.spread.note.text().startswith("2 kommuner i programmet")
    assert len(worker.started) == 1  # nothing read again


def test_the_tiles_do_not_grow_when_their_figures_come(qtbot, main_window, monkeypatch):
    """A tile says "…" until the figures are in, as high as with its figure and caption (two
    lines): nothing below the tiles moves when they come (every section laid out and painted
    again beside the figures' own paint)."""
    s = main_window.ctx.services
    _programme(s)
    worker = Worker(monkeypatch)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    qtbot.wait(20)  # laid out and painted
    assert tab.kpis["first_visit"].text() == "…"
    before = {key: button.geometry() for key, button in tab.kpis.items()}
    due_top = tab.due.geometry().top()
    worker.hand(s, FIGURES)
    qtbot.waitUntil(tab._parts.shown.is_set, timeout=5_000)
    assert tab.kpis["first_visit"].text().startswith("1 av 2\n")
    assert {key: button.geometry().height() for key, button in tab.kpis.items()} == {
        key: rect.height() for key, rect in before.items()
    }
    assert tab.due.geometry().top() == due_top
    for button in tab.kpis.values():  # no higher than its two lines need
        assert button.height() == button.sizeHint().height()


def test_a_part_of_a_superseded_read_is_dropped(qtbot, main_window, monkeypatch):
    s = main_window.ctx.services
    _programme(s)
    worker = Worker(monkeypatch)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    worker.hand(s, FIGURES)
    _join(s, "0880")  # Kalmar ticked in while the first read runs
    tab.refresh(background=True)  # its change notice: read once more after this one
    assert len(worker.started) == 1
    worker.hand(s, DUE)
    worker.hand(s, REST)
    # the first read done: the second started, the figures shown staying with the header's
    # label (the sections' titles say nothing: their figures are there)
    assert len(worker.started) == 2
    first = worker.started[0][1]
    assert tab.reading_parts() == PARTS
    assert not tab.reading_label.isHidden()
    assert tab.reading_bar.isHidden()  # figures are shown: no busy animation
    shown = tab.kpis["first_visit"].text()
    assert not any(_reading(box) for part in PARTS for box in _sections(tab)[part])

    # a part handed late by the first (superseded) read: dropped
    worker.hand(s, FIGURES, number=first)
    assert tab.kpis["first_visit"].text() == shown
    assert tab.reading_parts() == PARTS

    for part in PARTS:
        worker.hand(s, part)
    assert not tab.loading() and tab.reading_label.isHidden()
    assert tab.kpis["first_visit"].text().startswith("1 av 3")  # Kalmar has no visit
    # the very part handed twice: the second is dropped too (nothing still to come)
    titles = [box.title() for part in PARTS for box in _sections(tab)[part]]
    worker.hand(s, DUE)
    assert [box.title() for part in PARTS for box in _sections(tab)[part]] == titles
    assert len(worker.started) == 2


def test_a_failed_read_is_read_again_on_the_gui_thread(qtbot, main_window, monkeypatch):
    s = main_window.ctx.services
    _programme(s)
    worker = Worker(monkeypatch)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    worker.hand(s, FIGURES)
    relay, number = worker.started[-1]
    relay.part.emit(number, reading.FAILED, None)  # the due list failed in the worker
    finish_background(qtbot)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert not any(_reading(box) for part in PARTS for box in _sections(tab)[part])
    assert tab.reading_label.isHidden()
    assert tab.due.model.rowCount() == len(s.due.due().items)
    assert sorted(
        tab.drill_proxy.index(r, 1).data() for r in range(tab.drill_proxy.rowCount())
    ) == ["Mjölby", "Sjöbo"]


def test_the_real_worker_shows_every_part_and_the_same_figures(qtbot, main_window):
    """The worker's parts, as it hands them, end in the figures a read on the GUI thread shows."""
    s = main_window.ctx.services
    _programme(s)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    finish_background(qtbot)
    texts = {key: button.text() for key, button in tab.kpis.items()}
    due = [tab.due.model.index(r, 3).data() for r in range(tab.due.model.rowCount())]
    titles = [box.title() for part in PARTS for box in _sections(tab)[part]]
    tab.refresh()  # F5: read at once on the GUI thread
    assert {key: button.text() for key, button in tab.kpis.items()} == texts
    assert [tab.due.model.index(r, 3).data() for r in range(tab.due.model.rowCount())] == due
    assert [box.title() for part in PARTS for box in _sections(tab)[part]] == titles
    assert texts["first_visit"].startswith("1 av 2")
    # the columns sized from the font (columns.py) fit every text Qt measures in them
    for table in (tab.upcoming, tab.due.table):
        assert table.model().rowCount() > 0
        for column in (0, 1, 2):
            assert table.columnWidth(column) >= table.sizeHintForColumn(column) > 0


@pytest.mark.parametrize("how", ["tab deleted", "window closed"])
def test_going_while_the_worker_reads(qtbot, main_window, monkeypatch, how):
    """The tab deleted mid-read: the worker reads no further part; the window closed mid-read
    (it waits for the worker): the parts still handed are shown without error."""
    s = main_window.ctx.services
    _programme(s)
    # the start's deferred work done first: its due band reads what falls due in a worker too
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=30_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    inside, go_on = threading.Event(), threading.Event()
    snapshot, due, spread = s.overview.snapshot, s.due.due, s.municipality_facts.spread
    asked: list[str] = []

    def slow_snapshot():
        if threading.current_thread() is not threading.main_thread():
            inside.set()
            go_on.wait(10)
        return snapshot()

    def counted_due():
        asked.append("due")
        return due()

    def counted_spread():
        asked.append("spread")
        return spread()

    monkeypatch.setattr(s.overview, "snapshot", slow_snapshot)
    monkeypatch.setattr(s.due, "due", counted_due)
    monkeypatch.setattr(s.municipality_facts, "spread", counted_spread)
    assert main_window.select_tab("overview")
    tab = main_window.tab("overview")
    qtbot.waitUntil(inside.is_set, timeout=10_000)  # the worker is reading
    if how == "tab deleted":
        parts = tab._parts
        tab.setParent(None)
        tab.deleteLater()
        qtbot.waitUntil(lambda: not _alive(parts), timeout=5_000)
        go_on.set()
        QThreadPool.globalInstance().waitForDone(10_000)
        # its figures and what falls due (read with them) had nowhere to go: nothing more read
        assert "spread" not in asked
    else:
        threading.Timer(0.2, go_on.set).start()  # close waits for the worker
        main_window.close()
        qtbot.wait(50)
        assert asked  # the worker read on: the session closed after it


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


@pytest.mark.parametrize("kept", [True, False])
def test_the_worker_hands_what_falls_due_right_after_the_figures(monkeypatch, kept):
    """What falls due, kept since the start's due band made it, is handed right after the
    figures, so the GUI thread shows both in one turn: one layout and one paint (handed after
    the figures' paint, it cost a second of each). Not kept, it is made once the figures are
    painted (some 40 ms at 10x: the figures do not wait for it). The worker waits for that
    paint before the rest. The real worker, its services recorded."""
    from types import SimpleNamespace

    done: list[object] = []

    def read(name, value=None):
        return lambda *_a, **_k: done.append(name) or value

    services = SimpleNamespace(
        overview=SimpleNamespace(snapshot=read("snapshot", SimpleNamespace(time_study=("x",)))),
        care_places=SimpleNamespace(summary=read("care")),
        due=SimpleNamespace(
            ahead=read(
                "due ahead", SimpleNamespace(kept="list" if kept else None, make=read("due"))
            )
        ),
        time_studies=SimpleNamespace(programme_comparison=read("comparison")),
        municipality_facts=SimpleNamespace(spread=read("spread")),
    )
    relay = SimpleNamespace(part=SimpleNamespace(emit=lambda _n, part, _f: done.append(part)))

    class Shown(threading.Event):
        def wait(self, timeout=None):
            done.append("wait for the paint")
            return True

    monkeypatch.setattr(reading, "start_after_paint", lambda _widget, work: work())
    reading.read_in_background(services, relay, None, 1, Shown())
    between = [DUE, "wait for the paint"] if kept else ["wait for the paint", "due", DUE]
    assert done == [
        "snapshot", "care", "due ahead", FIGURES, *between, "comparison", "spread", REST
    ]  # fmt: skip
