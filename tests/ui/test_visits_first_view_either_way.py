"""Besök's first view when the read ahead is in before the first click
(rows taken as the tab is built) against the same with the rows read in a worker: the same
list, the same choice, the sort the user left, focus on the list, today's rows at the top,
and the search working at once (issue #15; an adversary's cases)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.visits import tab as visits_tab
from samordnare_desktop.ui.visits.visit_table_model import VisitTableModel

CODES = ("0586", "1265", "0880", "0180", "1480", "0380", "1280", "2480", "0580", "1880")


@pytest.fixture(autouse=True)
def _in_a_worker(monkeypatch) -> None:
    monkeypatch.setattr(visits_tab, "READ_IN_BACKGROUND_FROM", 1)


def _programme(services):
    today = date.today()
    made = []
    for n in range(60):
        m = services.municipalities.by_code(CODES[n % len(CODES)])
        day = today + timedelta(days=(n - 30) * 3 + 1)
        made.append(
            services.visits.create(VisitInput(m.id, VisitKind.FIRST, day, title=f"Besök {n:02d}"))
        )
    return made


def _remember_sort(window, column: int, order: Qt.SortOrder) -> None:
    """The list's sort as a last session left it (ui.view_state's keys)."""
    columns = VisitTableModel().columnCount()
    model = QStandardItemModel(0, columns)
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    window.settings.setValue("views/visits/visit_table/state", view.horizontalHeader().saveState())
    window.settings.setValue("views/visits/visit_table/parts", columns)
    window._remembering = True


@pytest.mark.parametrize("path", ["kept", "worker"])
@pytest.mark.parametrize(
    "sort",
    [
        (1, Qt.SortOrder.AscendingOrder),
    ],
)
def test_besok_first_view_is_the_same_either_way(qtbot, main_window, path, sort) -> None:
    services = main_window.ctx.services
    made = _programme(services)
    main_window.resize(1100, 600)
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    assert main_window.ctx.read_ahead["visits"].done()
    if path == "worker":  # as if no read ahead had been made: the tab's worker reads
        main_window.ctx.read_ahead.pop("visits")
        services.visit_list._ahead = None
    _remember_sort(main_window, *sort)
    assert main_window.select_tab("visits")
    tab = main_window.tab("visits")
    assert tab.reading.active == (path == "worker")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    qtbot.wait(100)
    header = tab.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == sort
    today = date.today()
    upcoming = min((v for v in made if v.day >= today), key=lambda v: v.day)
    assert tab.form.visit is not None and tab.form.visit.id == upcoming.id
    assert tab.table.currentIndex().isValid()
    assert tab.proxy.row(tab.table.currentIndex().row()).id == upcoming.id
    assert main_window.focusWidget() is tab.table
    # the visit chosen (and shown in the form) is in view in the list
    current = tab.table.currentIndex()
    assert tab.table.viewport().rect().intersects(tab.table.visualRect(current))
    # the search at once: typed into the field
    QTest.mouseClick(tab.search, Qt.MouseButton.LeftButton)
    QTest.keyClicks(tab.search, "k 3")
    assert 0 < tab.proxy.rowCount() <= 11


def _kept_ready(qtbot, window, services):
    made = _programme(services)
    window.resize(1100, 600)
    qtbot.waitUntil(lambda: not window.starting(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    assert window.ctx.read_ahead["visits"].done()
    return made


def test_a_search_hit_opens_its_visit_in_besok_first_shown_with_kept_rows(qtbot, main_window):
    from samordnare_desktop.services.everything import Place, Target
    from samordnare_desktop.ui.search.navigate import open_place

    services = main_window.ctx.services
    made = _kept_ready(qtbot, main_window, services)
    wanted = made[2]  # long past, far from today's rows
    place = Place(Target.VISIT, wanted.id)
    assert open_place(main_window, place)
    tab = main_window.tab("visits")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    qtbot.wait(200)
    assert tab.form.visit is not None and tab.form.visit.id == wanted.id
    current = tab.table.currentIndex()
    assert current.isValid() and tab.proxy.row(current.row()).id == wanted.id
    assert tab.table.viewport().rect().intersects(tab.table.visualRect(current))


def test_show_visits_from_kommuner_before_besok_first_shown_with_kept_rows(qtbot, main_window):
    services = main_window.ctx.services
    made = _kept_ready(qtbot, main_window, services)
    m = services.municipalities.by_code("0880")
    assert main_window.ctx.open_tab("visits") is not False
    tab = main_window.tab("visits")
    tab.show_municipality(m.id)
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    qtbot.wait(200)
    shown = {tab.proxy.row(r).id for r in range(tab.proxy.rowCount())}
    assert shown == {v.id for v in made if v.municipality_id == m.id}
    assert tab.form.visit is not None and tab.form.visit.id in shown
