"""Tab through each main form with real key presses (issue #14 item 7): the focus goes in
reading order (top to bottom, left to right within a row), never stays trapped in a table or a
text box, and where it is can be seen (the focused widget is drawn differently)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitInput


def _image(widget: QWidget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _walk(qtbot, first: QWidget, inside: QWidget, limit: int = 80) -> list[QWidget]:
    """Press Tab from ``first`` until the focus leaves ``inside`` or comes back round. Each
    stop is drawn as the Tab key left it, and again once the next Tab took the focus away:
    ``_walk.unseen`` lists the stops that looked the same both ways (focus not visible)."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Backtab)  # reach the first stop by the keyboard too
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    seen = [first]
    focused = _image(first)
    unseen: list[str] = []
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if _image(seen[-1]) == focused:
            unseen.append(_name(seen[-1]))
        if now is None or now is first or not inside.isAncestorOf(now) or now in seen:
            break
        seen.append(now)
        focused = _image(now)
    _walk.unseen = unseen  # type: ignore[attr-defined]
    return seen


def _name(widget: QWidget) -> str:
    return widget.objectName() or widget.accessibleName() or type(widget).__name__


def _out_of_reading_order(widgets: list[QWidget], inside: QWidget) -> list[str]:
    """Pairs where the next stop is above the previous one's row, or left of it on its row."""
    found = []
    for before, after in pairwise(widgets):
        a, b = before.mapTo(inside, QPoint(0, 0)), after.mapTo(inside, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) < min(before.height(), after.height()) // 2 + 1
        if (same_row and b.x() < a.x()) or (not same_row and b.y() < a.y()):
            found.append(f"{_name(before)} -> {_name(after)}")
    return found


@pytest.fixture
def window(qtbot, main_window):
    main_window.setMinimumSize(0, 0)
    main_window.resize(1366, 900)
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    return main_window


def _visit(window) -> None:
    services = window.ctx.services
    services.visits.create(
        VisitInput(
            municipality_id=services.municipalities.by_code("0586").id,
            kind=VisitKind.FIRST,
            day=date(2030, 3, 4),
            venue_name="Stadshuset",
        )
    )


def test_the_visit_form_in_reading_order_with_visible_focus(qtbot, window) -> None:
    window.select_tab("visits")
    tab = window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    tab.new_visit(window.ctx.services.municipalities.by_code("0586").id)
    form = tab.form
    stops = _walk(qtbot, form.municipality, form)
    names = [_name(w) for w in stops]
    expected = [  # the form as it reads, top to bottom
        "municipality",
        "kind",
        "title",
        "day",
        "start_time",
        "end_time",
        "status",
        "venue_name",
        "venue_address",
        "venue_room",
        "host_contact",
        "organisation_search",
        "organisations",
        "questions",
        "press",
        "visit_notes",
        "save_visit",
    ]
    positions = [names.index(n) for n in expected if n in names]
    assert [n for n in expected if n in names] == expected, names
    assert positions == sorted(positions), names
    assert _out_of_reading_order(stops, form) == []
    assert _walk.unseen == []  # type: ignore[attr-defined]


def test_the_agenda_item_form_and_the_tables_let_tab_through(qtbot, window) -> None:
    _visit(window)
    window.select_tab("visits")
    tab = window.tab("visits")
    qtbot.waitUntil(tab.isVisible)
    tab.pages.setCurrentIndex(1)  # Dagordning
    editor = tab.page_holders[0].ensure_built()
    qtbot.waitUntil(editor.isVisible)
    editor.new_item()
    form = editor.form
    stops = _walk(qtbot, form.start, form)
    names = [_name(w) for w in stops]
    expected = ["start_time", "duration_minutes", "title", "kind", "presenter_name"]
    assert names[: len(expected)] == expected, names
    assert _out_of_reading_order(stops, form) == []
    assert _walk.unseen == []  # type: ignore[attr-defined]
    # a table is one Tab stop: Tab leaves it (arrows move inside), it never walks the cells
    table = tab.table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    before = _image(table)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table and _image(table) != before


def test_the_municipalities_tab_in_reading_order(qtbot, window) -> None:
    window.select_tab("municipalities")
    tab = window.tab("municipalities")
    qtbot.waitUntil(tab.isVisible)
    tab.select_municipality_code("0586")
    stops = _walk(qtbot, tab.search, tab)
    names = [_name(w) for w in stops]
    # the list side (search, filters, the list), then the chosen municipality on the right
    assert names[:4] == ["search", "county_filter", "programme_filter", "municipality_table"]
    assert "in_programme" in names, names  # Tab leaves the list: it is one stop, not a trap
    assert names.index("in_programme") > names.index("municipality_table")
    assert _out_of_reading_order(stops[:4], tab) == []
    right = stops[4:]
    assert _out_of_reading_order(right, tab) == [], names
    assert _walk.unseen == []  # type: ignore[attr-defined]


def test_the_report_dialog_in_reading_order(qtbot, window) -> None:
    from samordnare_desktop.ui.overview.report_dialog import ReportDialog

    dialog = ReportDialog(window, window.ctx, today=date(2026, 4, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    stops = _walk(qtbot, dialog.quarter, dialog)
    names = [_name(w) for w in stops]
    expected = ["quarter", "start", "end", "sender", "recipient", "reference", "text"]
    assert names[: len(expected)] == expected, names
    assert _out_of_reading_order(stops[: len(expected)], dialog) == []
    assert _walk.unseen == []  # type: ignore[attr-defined]
    dialog.close()
