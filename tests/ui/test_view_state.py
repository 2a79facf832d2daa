"""Each main tab's tables keep their sort, column widths and order, and its splitters their sizes,
from one start to the next (ui.view_state): saved when the window closes, given back when the
tab is built on its first show, in a window started with the remembered state (restore_state,
as app.main does). A state of another layout is ignored."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt, QThreadPool
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTreeView

from samordnare_desktop.app import build_main_window
from samordnare_desktop.ui.main_window import TABS
from samordnare_desktop.ui.table_model import ROW_ROLE
from tests.factories import make_visit

KOMMUN = 3  # Besök's Municipality column


def _start(qtbot, db_path, settings_file):
    """A window as the real start makes it: the remembered state, then shown."""
    window = build_main_window(db_path)
    window.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window.ctx.settings = window.settings
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.restore_state()
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window) -> None:
    QThreadPool.globalInstance().waitForDone(30_000)
    window.close()
    assert window.closed


def _open(qtbot, window, name):
    assert window.select_tab(name)
    tab = window.tab(name)
    qtbot.waitUntil(tab.isVisible)
    loading = getattr(tab, "loading", None)
    if loading is not None:
        qtbot.waitUntil(lambda: not loading(), timeout=20_000)
    return tab


def named_views(tab) -> dict[str, object]:
    """The tab's tables, trees and splitters that have a name of their own."""
    found: dict[str, list[object]] = {}
    for kind in (QTableView, QTreeView, QSplitter):
        for view in tab.findChildren(kind):
            if view.objectName():
                found.setdefault(view.objectName(), []).append(view)
    return {name: views[0] for name, views in found.items() if len(set(map(id, views))) == 1}


def _header(view) -> QHeaderView:
    return view.header() if hasattr(view, "header") else view.horizontalHeader()


@pytest.mark.parametrize("name", [tab.name for tab in TABS])
def test_each_tab_keeps_its_sorts_widths_and_splitters(qtbot, db_path, tmp_path, name) -> None:
    settings_file = tmp_path / "settings.ini"
    window = _start(qtbot, db_path, settings_file)
    tab = _open(qtbot, window, name)
    views = named_views(tab)
    assert views, f"{name}: no named table or splitter"
    left: dict[str, object] = {}
    for key, view in views.items():
        if isinstance(view, QSplitter):
            total = sum(view.sizes())
            if view.count() == 2 and total > 0:
                view.moveSplitter(total // 3, 1)  # as the user drags the handle
                left[key] = view.sizes()
            continue
        header = _header(view)
        if header.count() < 2:
            continue
        # another column than the tab sorts by at start, the other way
        column = (max(header.sortIndicatorSection(), 0) + 1) % header.count()
        order = (
            Qt.SortOrder.AscendingOrder
            if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            else Qt.SortOrder.DescendingOrder
        )
        view.sortByColumn(column, order)
        left[key] = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    assert left, f"{name}: nothing to remember"
    _close(window)

    again = _start(qtbot, db_path, settings_file)
    tab = _open(qtbot, again, name)
    views = named_views(tab)
    for key, was in left.items():
        view = views[key]
        if isinstance(view, QSplitter):
            qtbot.waitUntil(lambda view=view, was=was: abs(view.sizes()[0] - was[0]) <= 2)
            continue
        header = _header(view)
        column, order = was
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (column, order), key
        if view.model() is not None and hasattr(view.model(), "sortColumn"):
            assert view.model().sortColumn() == column, f"{key}: marked, not sorted"
    _close(again)


def _municipalities(tab) -> list[str]:
    return [
        tab.proxy.index(r, 0).data(ROW_ROLE).municipality_name for r in range(tab.proxy.rowCount())
    ]


@pytest.mark.parametrize("read", ["at once", "in a worker", "read ahead"])
def test_besok_rows_stand_in_the_restored_sort(
    qtbot, db_path, tmp_path, services, monkeypatch, read
) -> None:
    """Sorted, not only marked: the rows come back in Kommun descending order, sorted by the
    model on its prepared keys (the header's sort, as a click), also when the rows are read in a
    worker after the tab is built, or taken with the tab as the start read them ahead."""
    from samordnare_desktop.ui.visits import reading as visits_reading
    from samordnare_desktop.ui.visits import tab as visits_tab

    for code, day in (("0180", 3), ("1480", 4), ("0380", 5), ("2580", 6)):
        make_visit(services, code=code, day=date(2026, 5, day))
    settings_file = tmp_path / "settings.ini"
    window = _start(qtbot, db_path, settings_file)
    tab = _open(qtbot, window, "visits")
    tab.table.sortByColumn(KOMMUN, Qt.SortOrder.DescendingOrder)
    tab.table.horizontalHeader().resizeSection(KOMMUN, 243)
    tab.table.horizontalHeader().moveSection(KOMMUN, 8)  # dragged to the end
    expected = _municipalities(tab)
    assert expected == sorted(expected, reverse=True) and len(expected) == 4
    if read == "read ahead":  # Besök not remembered: the next start reads it ahead
        _open(qtbot, window, "municipalities")
    _close(window)

    if read != "at once":
        monkeypatch.setattr(visits_tab, "READ_IN_BACKGROUND_FROM", 1)
    if read == "in a worker":
        monkeypatch.setattr(visits_reading.VisitsReading, "take_kept", lambda self: False)
    sorts: list[int] = []
    sort = visits_tab.VisitTableModel.sort
    monkeypatch.setattr(
        visits_tab.VisitTableModel,
        "sort",
        lambda self, column, order=Qt.SortOrder.AscendingOrder: (
            sorts.append(column),
            sort(self, column, order),
        ),
    )
    again = _start(qtbot, db_path, settings_file)
    if read == "read ahead":  # the start's read ahead in: the tab takes its rows when built
        qtbot.waitUntil(lambda: not again.starting(), timeout=20_000)
        QThreadPool.globalInstance().waitForDone(30_000)
        assert again.ctx.read_ahead["visits"].done()
    tab = _open(qtbot, again, "visits")
    assert _municipalities(tab) == expected
    assert sorts[-1] == KOMMUN and tab.model._sort_column == KOMMUN
    header = tab.table.horizontalHeader()
    assert header.sectionSize(KOMMUN) == 243 and header.visualIndex(KOMMUN) == 8
    _close(again)


def _foreign_state(columns: int, hide: int | None = None) -> QByteArray:
    """A header state saved by a table of ``columns`` columns (``hide`` hidden), sorted on its
    last column descending."""
    view = QTableView()
    view.setModel(QStandardItemModel(0, columns))
    view.setSortingEnabled(True)
    view.sortByColumn(columns - 1, Qt.SortOrder.DescendingOrder)
    if hide is not None:
        view.horizontalHeader().hideSection(hide)
    state = view.horizontalHeader().saveState()
    view.deleteLater()
    return state


@pytest.mark.parametrize(
    ("state", "parts"),
    [
        (lambda: _foreign_state(4), 4),  # an older layout: four columns
        (lambda: _foreign_state(4), 9),  # its count misread: the state itself is of four
        (lambda: _foreign_state(12), 12),  # a newer layout
        (lambda: QByteArray(b"\x00\xff garbage"), 9),
        (lambda: _foreign_state(9), "nine"),
    ],
)
def test_a_state_of_another_layout_is_ignored(qtbot, db_path, tmp_path, state, parts) -> None:
    settings_file = tmp_path / "settings.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("views/visits/visit_table/state", state())
    settings.setValue("views/visits/visit_table/parts", parts)
    settings.setValue("views/visits/visits_splitter/state", QByteArray(b"\x01\x02"))
    settings.setValue("views/visits/visits_splitter/parts", 2)
    settings.sync()
    window = _start(qtbot, db_path, settings_file)
    tab = _open(qtbot, window, "visits")
    header = tab.table.horizontalHeader()
    assert header.count() == 9
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.AscendingOrder,
    )  # the tab's own default
    assert all(not header.isSectionHidden(c) and header.sectionSize(c) > 0 for c in range(9))
    assert all(size > 0 for size in tab.splitter.sizes())
    _close(window)


def test_a_saved_hidden_column_is_shown(qtbot, db_path, tmp_path) -> None:
    """A state of the same layout with a column hidden (no version of the app hides one): the
    sort it holds is taken, the column shown."""
    settings_file = tmp_path / "settings.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings.setValue("views/visits/visit_table/state", _foreign_state(9, hide=KOMMUN))
    settings.setValue("views/visits/visit_table/parts", 9)
    settings.sync()
    window = _start(qtbot, db_path, settings_file)
    tab = _open(qtbot, window, "visits")
    header = tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == 8
    assert not header.isSectionHidden(KOMMUN) and header.sectionSize(KOMMUN) > 0
    _close(window)


def test_a_window_without_the_remembered_state_leaves_it_alone(qtbot, db_path, tmp_path) -> None:
    """A screenshot's or a test's window (no restore_state) neither takes nor overwrites the
    views' state."""
    settings_file = tmp_path / "settings.ini"
    window = _start(qtbot, db_path, settings_file)
    _open(qtbot, window, "visits").table.sortByColumn(KOMMUN, Qt.SortOrder.DescendingOrder)
    _close(window)
    plain = build_main_window(db_path)
    plain.settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    qtbot.addWidget(plain)
    plain.show()
    header = _open(qtbot, plain, "visits").table.horizontalHeader()
    assert header.sortIndicatorSection() == 1
    _close(plain)
    again = _start(qtbot, db_path, settings_file)
    assert _open(qtbot, again, "visits").table.horizontalHeader().sortIndicatorSection() == KOMMUN
    _close(again)


def test_a_page_built_later_inside_a_tab_keeps_its_splitter(
    qtbot, db_path, tmp_path, services
) -> None:
    """Besök's agenda page is built when first shown, after the tab: its splitter (items above,
    the item's form below) comes back as the user dragged it."""
    make_visit(services, code="0180", day=date(2026, 5, 4))
    settings_file = tmp_path / "settings.ini"

    def agenda(window):
        tab = _open(qtbot, window, "visits")
        tab.table.selectRow(0)
        holder = next(h for h in tab.page_holders if h.name == "agenda_editor")
        tab.pages.setCurrentWidget(holder)
        qtbot.waitUntil(lambda: holder.widget is not None and holder.widget.isVisible())
        return holder.widget.splitter

    window = _start(qtbot, db_path, settings_file)
    splitter = agenda(window)
    total = sum(splitter.sizes())
    splitter.moveSplitter(total // 4, 1)  # as the user drags the handle
    left = splitter.sizes()
    assert left[0] < total // 3
    _close(window)

    again = _start(qtbot, db_path, settings_file)
    splitter = agenda(again)
    qtbot.waitUntil(lambda: abs(splitter.sizes()[0] - left[0]) <= 2)
    _close(again)
