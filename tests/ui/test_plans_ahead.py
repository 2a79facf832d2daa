"""Handlingsplaner's overview of every action read ahead after the start (issue #15: read only
once the tab's first view was in, it was still being read when the mode button was clicked soon
after, ~200 ms at ten times the programme): in a worker, once the start's work is done, for the
service to keep; the overview then reads no action again, and a change made in between shows.
READ_IN_BACKGROUND_FROM is lowered to 1 (the tab's first read in a worker, as at 10x)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool

from samordnare_desktop.services.action_plans import ActionInput, AreaInput
from samordnare_desktop.ui import background_read
from tests.ui.test_overview_reads import Sent

OVERVIEW = "ORDER BY municipality.name, plan_area.position, plan_action.position"


@pytest.fixture(autouse=True)
def _in_a_worker(monkeypatch) -> None:
    monkeypatch.setattr(background_read, "READ_IN_BACKGROUND_FROM", 1)


def _overview_reads(sent: list[tuple[bool, str]]) -> list[bool]:
    """For each read of every action sent: whether on the GUI thread."""
    return [on_gui for on_gui, statement in sent if OVERVIEW in statement]


def _shown(tab) -> list[str]:
    proxy = tab.overview_page.overview_proxy
    return sorted(proxy.row(r).what for r in range(proxy.rowCount()))


def test_the_overview_of_every_action_is_read_ahead_and_a_later_change_shows(
    qtbot, main_window
) -> None:
    sent = Sent(main_window)
    try:
        services = main_window.ctx.services
        plan = services.action_plans.create_plan(services.municipalities.by_code("0586").id)
        area = services.action_plans.add_area(plan.id, AreaInput("Samverkan <&> 😀"))
        services.action_plans.add_action(area.id, ActionInput("Rutin för SIP", "Eva Ek"))
        assert not main_window.pages[
            [p.name for p in main_window.pages].index("action_plans")
        ].built
        qtbot.waitUntil(lambda: not main_window.starting(), timeout=20_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        assert _overview_reads(sent.take()) == [False]  # once, in a worker, the tab not built

        assert main_window.select_tab("action_plans")
        tab = main_window.tab("action_plans")
        qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        qtbot.mouseClick(tab.mode_overview, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.overview_page.overview_proxy.rowCount() == 1)
        assert _shown(tab) == ["Rutin för SIP"]
        assert _overview_reads(sent.take()) == []  # kept: the tab read no action again

        services.action_plans.add_action(
            area.id, ActionInput("Mentorskap", due_date=date(2027, 1, 1))
        )
        qtbot.mouseClick(tab.mode_plans, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tab.mode_overview, Qt.MouseButton.LeftButton)
        assert _shown(tab) == ["Mentorskap", "Rutin för SIP"]
    finally:
        sent.close()


def test_what_the_start_reads_ahead_is_frozen_for_the_collector(
    qtbot, main_window, monkeypatch
) -> None:
    """The read ahead's objects live as long as the services keep them: frozen (gc.freeze),
    so the collector's next full collection does not scan them. At ten times the programme the
    first one after the overview's 20,000 rows took ~150 ms, in the next click's time (the
    first view of Kommuner 42 -> 190 ms, bench/tenx_interactions.py)."""
    import threading

    from samordnare_desktop import collector

    holds: list[tuple[str, bool]] = []
    real = collector.held

    def held(*, freeze: bool = False):
        holds.append((threading.current_thread().name, freeze))
        return real(freeze=freeze)

    monkeypatch.setattr(collector, "held", held)
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    in_workers = [freeze for name, freeze in holds if name != threading.main_thread().name]
    # Översikt's, Besök's, Deltagare's chooser and the overview of every action
    assert len(in_workers) == 4
    assert all(in_workers)
