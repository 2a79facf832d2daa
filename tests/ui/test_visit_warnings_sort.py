"""Besök sorted by its warnings column: rows whose warnings change take their sorted place
(issue #15, after a save the list is updated row by row), in either order, and a change that
leaves every row in place does not re-sort (no layout change)."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, time

from PySide6.QtCore import Qt

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import VisitWarning, WarningKind
from samordnare_desktop.services.visits import VisitRow, list_order
from samordnare_desktop.ui.visits.visit_table_model import (
    DATE_COLUMN,
    WARNING_COLUMN,
    VisitTableModel,
)


def _row(day: int, at: time | None = None) -> VisitRow:
    return VisitRow(
        uuid.uuid4(), 1, None, "", "", "", VisitKind.OTHER, VisitStatus.PLANNED,
        date(2027, 3, day), at, None, "", "", "", "", None, None, "", False,
        None, None, "", "", "", "",
    )  # fmt: skip


def _warned(count: int) -> list[VisitWarning]:
    return [VisitWarning(next(iter(WarningKind)), f"w{n}") for n in range(count)]


def _counts(model: VisitTableModel) -> list[int]:
    return [len(model.warnings.get(r.id, ())) for r in model.rows()]


def test_rows_whose_warnings_change_take_their_sorted_place(qtbot) -> None:
    rows = [_row(d) for d in (1, 2, 3, 4)]
    model = VisitTableModel()
    model.set_data(rows, {rows[1].id: _warned(1)})
    model.sort(WARNING_COLUMN, Qt.SortOrder.DescendingOrder)
    assert _counts(model) == [1, 0, 0, 0]
    last = model.rows()[-1]
    model.set_warnings({last.id}, {last.id: _warned(2)})
    assert _counts(model) == [2, 1, 0, 0]
    assert model.rows()[0].id == last.id
    model.sort(WARNING_COLUMN, Qt.SortOrder.AscendingOrder)
    assert _counts(model) == [0, 0, 1, 2]
    first = model.rows()[0]
    model.set_warnings({first.id, last.id}, {first.id: _warned(3)})  # last loses its two
    assert _counts(model) == [0, 0, 1, 3]
    assert model.rows()[-1].id == first.id


def test_warnings_that_leave_the_order_as_it_is_do_not_resort(qtbot) -> None:
    rows = [_row(d) for d in (1, 2, 3)]
    model = VisitTableModel()
    model.set_data(rows, {rows[0].id: _warned(2)})
    model.sort(WARNING_COLUMN, Qt.SortOrder.DescendingOrder)
    layouts: list[int] = []
    model.layoutChanged.connect(lambda *_: layouts.append(1))
    model.set_warnings({rows[0].id, rows[1].id}, {rows[0].id: _warned(1), rows[1].id: _warned(1)})
    assert _counts(model) == [1, 1, 0] and not layouts
    model.sort(1, Qt.SortOrder.AscendingOrder)  # by date: warnings move no row
    layouts.clear()
    model.set_warnings({rows[2].id}, {rows[2].id: _warned(4)})
    assert [r.id for r in model.rows()] == [r.id for r in rows] and not layouts


def test_warnings_that_come_after_the_rows_take_their_sorted_place(qtbot) -> None:
    """The first view's rows are shown before their warnings (visits/reading.py): sorted by the
    warnings column meanwhile, the rows take their places once the warnings are in, and the
    column is repainted."""
    rows = [_row(d) for d in (1, 2, 3, 4)]
    model = VisitTableModel()
    model.set_data(rows, None)
    assert model.warnings == {} and not model.warnings_known
    model.sort(WARNING_COLUMN, Qt.SortOrder.DescendingOrder)
    changed: list[tuple[int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_: changed.append((top.row(), bottom.row(), top.column()))
    )
    model.set_all_warnings({rows[2].id: _warned(2), rows[3].id: _warned(1)})
    assert model.warnings_known and _counts(model) == [2, 1, 0, 0]
    assert [r.id for r in model.rows()[:2]] == [rows[2].id, rows[3].id]
    assert changed == [(0, 3, WARNING_COLUMN)]


def test_rows_sorted_by_date_stand_in_the_lists_order_without_a_key_each(qtbot) -> None:
    """Sorted by date (the first view's sort), rows given in the list's order stand in it: no
    visit is put before one of an earlier minute (no time first, seconds within the minute
    as read), and the date column's sort key is made for none of them; descending, it is."""
    made = [_row(2, time(9, 0, 30)), _row(2, time(9, 0, 10)), _row(2), _row(2, time(0, 0))]
    made += [_row(1, time(23, 59)), _row(3), _row(2, time(9, 1))]
    rows = sorted(made, key=list_order)
    model = VisitTableModel()
    keyed: list[VisitRow] = []
    date_sort = model.columns[DATE_COLUMN].sort
    assert date_sort is not None
    model.columns[DATE_COLUMN] = dataclasses.replace(
        model.columns[DATE_COLUMN], sort=lambda r: keyed.append(r) or date_sort(r)
    )
    model.sort(DATE_COLUMN, Qt.SortOrder.AscendingOrder)
    model.set_data(rows, None)
    assert model.rows() == rows and keyed == []
    assert model.rows() == sorted(rows, key=date_sort)  # as the key sorts them (stable)
    model.sort(DATE_COLUMN, Qt.SortOrder.DescendingOrder)
    assert model.rows() == sorted(rows, key=date_sort, reverse=True) and len(keyed) == len(rows)


def test_warnings_taken_in_unfiltered_are_said_in_short_notices(qtbot) -> None:
    """The first view's warnings of every row (visits/reading.py) reach the list as notices of
    at most a few rows each, covering every row of the warnings column: a table repaints only
    that column's visible cells for such a notice, every visible cell for one spanning the
    whole list (5,000 rows at ten times the programme)."""
    from samordnare_desktop.ui.visits.visit_table_model import VisitFilterProxy

    rows = [_row(1 + n % 28) for n in range(300)]
    model = VisitTableModel()
    proxy = VisitFilterProxy()
    proxy.setSourceModel(model)
    model.set_data(rows, None)
    notices: list[tuple[int, int, int, int]] = []
    proxy.dataChanged.connect(
        lambda top, bottom, *_: notices.append(
            (top.row(), bottom.row(), top.column(), bottom.column())
        )
    )
    with proxy.unfiltered_change(WARNING_COLUMN):
        model.set_all_warnings({rows[5].id: _warned(1)})
    assert notices and all(c == d == WARNING_COLUMN for _, _, c, d in notices)
    assert all(bottom - top < 200 for top, bottom, _, _ in notices)
    covered = sorted(n for top, bottom, _, _ in notices for n in range(top, bottom + 1))
    assert covered == list(range(300))
    assert model.warnings_known and len(model.warnings) == 1
