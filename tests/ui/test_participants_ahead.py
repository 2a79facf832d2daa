"""Deltagare's visit chooser read ahead after the start (issue #15: at ten times the programme the
tab's first read spent some 30 ms on the chooser's 5,000 visits and their labels): in a worker,
once the start's work is done, for the visits' service to keep while their tables do not change;
the tab's first read then reads only the visit it opens on, and a visit added in between is
offered. READ_IN_BACKGROUND_FROM is lowered to 1 here (the first read in a worker, as at ten
times the programme). No timing here: the figures are in ``bench/early_clicks.py``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.participants import reading as participants_reading
from tests.helpers import sizes_given, start_done
from tests.ui.test_overview_reads import Sent


@pytest.fixture(autouse=True)
def _in_a_worker(monkeypatch) -> None:
    monkeypatch.setattr(background_read, "READ_IN_BACKGROUND_FROM", 1)


def _plan(services, code: str, day: date, title: str):
    m = services.municipalities.by_code(code)
    return services.visits.create(VisitInput(m.id, VisitKind.FIRST, day, title=title))


def _is_choices(statement: str) -> bool:
    """Whether ``statement`` is the chooser's read of every visit (VisitService.choices)."""
    return "ORDER BY visit.day, visit.start_time" in statement and "visit.status" not in statement


def _choices_read(sent: list[tuple[bool, str]]) -> list[bool]:
    return [on_gui for on_gui, statement in sent if _is_choices(statement)]


def _first_view(qtbot, window):
    assert window.select_tab("participants")
    tab = window.tab("participants")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    return tab


def _offered(tab) -> list[str]:
    return [tab.visit.itemText(i) for i in range(tab.visit.count())]


def test_the_chooser_is_read_ahead_and_taken_by_the_first_view(
    qtbot, main_window, monkeypatch
) -> None:
    prepared = sizes_given(monkeypatch, participants_reading, "prepare_choices")
    services = main_window.ctx.services
    sent = Sent(main_window)
    try:
        soon = date.today() + timedelta(days=5)
        coming = _plan(services, "0586", soon, "Mjölby")
        _plan(services, "1265", soon + timedelta(days=30), "Sjöbo")
        start_done(qtbot, main_window)
        assert _choices_read(sent.take()) == [False]  # once, in a worker
        assert prepared == [2]  # the chooser's labels with them
        assert not main_window._page("participants").built  # not by building the tab
        tab = _first_view(qtbot, main_window)
        assert _choices_read(sent.take()) == []  # taken as read ahead
        assert prepared == [2]  # and their labels
        assert len(_offered(tab)) == 2 and tab.visit_id == coming.id
    finally:
        sent.close()


def test_a_visit_added_after_the_read_ahead_is_offered(qtbot, main_window, monkeypatch) -> None:
    prepared = sizes_given(monkeypatch, participants_reading, "prepare_choices")
    services = main_window.ctx.services
    sent = Sent(main_window)
    try:
        soon = date.today() + timedelta(days=5)
        _plan(services, "0586", soon, "Mjölby")
        start_done(qtbot, main_window)
        sent.take()
        added = _plan(services, "0880", soon - timedelta(days=1), "Kalmar")
        tab = _first_view(qtbot, main_window)
        assert _choices_read(sent.take()) == [False]  # read again, in the tab's worker
        assert prepared == [1, 2]
        assert len(_offered(tab)) == 2
        assert tab.visit_id == added.id  # the next visit from today: the one added
    finally:
        sent.close()
