"""Besök's first view with the list's sort restored from the last session (newest first, or by
place): the next upcoming visit, chosen and shown in the form, is in view in the list, whether
the rows were read ahead (the tab built with the rows kept) or read by the tab's worker. Met by
an adversary (issue #15): the list stayed at its top and the chosen row was out of view, as
"today's visits at the top" assumed the list's own order (by date, the earliest first)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput
from samordnare_desktop.ui.visits import tab as visits_tab
from samordnare_desktop.ui.visits.visit_table_model import VisitTableModel

CODES = ("0586", "1265", "0880", "0180", "1480", "0380", "1280", "2480", "0580", "1880")


@pytest.fixture(autouse=True)
def _in_a_worker(monkeypatch) -> None:
    monkeypatch.setattr(visits_tab, "READ_IN_BACKGROUND_FROM", 1)  # as at ten times the programme


def _remember_sort(window, column: int, order: Qt.SortOrder) -> None:
    """The list's header as a last session left it (ui.view_state's keys; the real start)."""
    columns = VisitTableModel().columnCount()
    view = QTableView()
    view.setModel(QStandardItemModel(0, columns))
    view.setSortingEnabled(True)
    view.sortByColumn(column, order)
    window.settings.setValue("views/visits/visit_table/state", view.horizontalHeader().saveState())
    window.settings.setValue("views/visits/visit_table/parts", columns)
    window._remembering = True  # as MainWindow.restore_state does at the real start


@pytest.mark.parametrize("path", ["kept", "worker"])
@pytest.mark.parametrize(
    "sort",
    [(1, Qt.SortOrder.DescendingOrder), (3, Qt.SortOrder.AscendingOrder)],
    ids=["newest_first", "by_place"],
)
def test_the_next_visit_chosen_at_first_view_is_in_view_with_a_remembered_sort(
    qtbot, main_window, path, sort
) -> None:
    services = main_window.ctx.services
    today = date.today()
    for n in range(60):  # every third day from three months ago; the next one tomorrow
        m = services.municipalities.by_code(CODES[n % len(CODES)])
        day = today + timedelta(days=(n - 30) * 3 + 1)
        services.visits.create(VisitInput(m.id, VisitKind.FIRST, day, title=f"Besök {n:02d}"))
    main_window.resize(1100, 600)
    qtbot.waitUntil(lambda: not main_window.starting(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(30_000)
    if path == "worker":  # no read ahead kept: the tab's worker reads the rows
        main_window.ctx.read_ahead.pop("visits", None)
        services.visit_list._ahead = None
    _remember_sort(main_window, *sort)
    assert main_window.select_tab("visits")
    tab = main_window.tab("visits")
    qtbot.waitUntil(lambda: not tab.loading(), timeout=10_000)
    qtbot.wait(100)
    current = tab.table.currentIndex()
    assert tab.form.visit is not None and tab.form.visit.day == today + timedelta(days=1)
    assert current.isValid() and tab.proxy.row(current.row()).id == tab.form.visit.id
    # the visit shown in the form is in view in the list
    assert tab.table.viewport().rect().intersects(tab.table.visualRect(current)), (
        f"chosen row at y={tab.table.visualRect(current).y()}, viewport height "
        f"{tab.table.viewport().height()}, top row's day {tab.proxy.row(tab.table.rowAt(0)).day}"
    )
