"""A first read off the GUI thread maps every model (``background_read.map_every_model``, some
30-100 ms) on the GUI thread when its worker starts, once the tab has painted: not when the read
is asked for, in the tab's build before its first paint (issue #15: the remembered tab's start).
The mapping still comes before the worker's query (mapping while a worker queries would race)."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.background_read import BackgroundRead, _AfterPaint
from samordnare_desktop.ui.municipalities.tab import MunicipalitiesTab
from samordnare_desktop.ui.overview import reading as overview_reading


def _recorded(monkeypatch) -> list[str]:
    steps: list[str] = []
    monkeypatch.setattr(background_read, "map_every_model", lambda: steps.append("mapped"))
    return steps


def test_a_read_after_the_paint_maps_the_models_when_its_worker_starts(
    qtbot, main_window, monkeypatch
) -> None:
    steps = _recorded(monkeypatch)
    page = QWidget(main_window.centralWidget())
    arrived: list = []
    reader = BackgroundRead(page, arrived.append, lambda: arrived.append("failed"), "the test")
    reader.start(lambda: steps.append("read") or "rows", after_paint=page)
    assert steps == []  # asked for in the build: nothing mapped yet
    (start,) = reader.findChildren(_AfterPaint)
    start._go()  # the paint's zero timer
    qtbot.waitUntil(lambda: arrived == ["rows"], timeout=10_000)
    assert steps == ["mapped", "read"]


def test_a_read_at_once_maps_the_models_before_its_worker(qtbot, main_window, monkeypatch) -> None:
    steps = _recorded(monkeypatch)
    arrived: list = []
    reader = BackgroundRead(main_window, arrived.append, lambda: None, "the test")
    reader.start(lambda: steps.append("read") or "rows")
    qtbot.waitUntil(lambda: arrived == ["rows"], timeout=10_000)
    assert steps == ["mapped", "read"]


def test_the_overview_maps_the_models_once_painted_before_its_worker(
    qtbot, main_window, monkeypatch
) -> None:
    steps = _recorded(monkeypatch)
    page = QWidget(main_window.centralWidget())
    overview_reading.start_after_paint(page, lambda: steps.append("read"))
    assert steps == []
    (start,) = [c for c in page.findChildren(overview_reading._AfterPaint) if c.work is not None]
    start._start()
    QThreadPool.globalInstance().waitForDone(10_000)
    assert steps == ["mapped", "read"]


def test_municipalities_first_read_starts_once_the_tab_has_painted(
    qtbot, main_window, monkeypatch
) -> None:
    """As Deltagare's and Handlingsplaner's (test_first_view_reads): a worker beside the first
    paint took the GIL from it; a read again after a change does not wait."""
    monkeypatch.setattr(background_read, "READ_IN_BACKGROUND_FROM", 1)
    services = main_window.ctx.services
    from datetime import date

    from samordnare_desktop.domain.visit import VisitKind
    from samordnare_desktop.services.visits import VisitInput

    services.visits.create(
        VisitInput(services.municipalities.by_code("0586").id, VisitKind.FIRST, date(2026, 3, 4))
    )
    tab = MunicipalitiesTab(main_window.ctx)
    qtbot.addWidget(tab)
    reader = tab.list_side.reading
    assert tab.loading() and len(reader.findChildren(_AfterPaint)) == 1  # not painted: waits
    tab.show()
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert not reader.findChildren(_AfterPaint) and tab.model.rowCount() == 290
    tab.list_side.read_again()  # a change while it reads: at once
    assert not reader.findChildren(_AfterPaint)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    assert tab.model.rowCount() == 290
