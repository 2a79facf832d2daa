"""The Besök list's rows read in Python: which visit it opens on, where "today" is in it, and
which rows a change's warnings can move.

The model's rows are read in Python and only the best few are asked whether the filters show
them: one Qt call per row for all 5,000 visits cost ~40 ms of the tab's first view (and ~0.1 s
when scrolling to a day)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, time

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QTableView

from samordnare_desktop.domain.visit import VisitStatus
from samordnare_desktop.services.visit_list import VisitListRow
from samordnare_desktop.ui.visits.visit_table_model import VisitFilterProxy, VisitTableModel


def next_visit_id(model: VisitTableModel, proxy: VisitFilterProxy, today: date) -> uuid.UUID | None:
    """The next visit shown that is not cancelled, else the latest one shown."""
    rows = model.rows()
    numbers = range(len(rows))
    upcoming = [
        n for n in numbers if rows[n].day >= today and rows[n].status is not VisitStatus.CANCELLED
    ]
    chosen = _best_shown(model, proxy, upcoming, rows, latest=False)
    if chosen is None:
        chosen = _best_shown(model, proxy, numbers, rows, latest=True)
    return None if chosen is None else rows[chosen].id


def first_shown_on_or_after(
    model: VisitTableModel, proxy: VisitFilterProxy, day: date
) -> QModelIndex | None:
    """The proxy index of the first visit shown on or after ``day`` (the proxy keeps the
    model's order, so the first model row found shown is the first in the list)."""
    for number, row in enumerate(model.rows()):
        if row.day >= day:
            index = proxy.mapFromSource(model.index(number, 1))
            if index.isValid():  # shown (not hidden by the filters)
                return index
    return None


def scroll_to_day(
    table: QTableView, model: VisitTableModel, proxy: VisitFilterProxy, day: date
) -> None:
    """``day``'s visits brought into view in ``table``: in the list's own order (by date,
    the earliest first) the first visit shown on or after ``day`` at the top; sorted otherwise
    (a sort the user chose, restored at the start), the next visit from ``day`` (the one the
    first view chooses) in the middle: the first on or after ``day`` in another order is
    anywhere, and the list stayed at its top with the chosen visit out of view."""
    if model.in_list_order():
        index = first_shown_on_or_after(model, proxy, day)
        if index is not None:
            table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        return
    chosen = next_visit_id(model, proxy, day)
    if chosen is not None:
        index = proxy.mapFromSource(model.index(model.source_row(chosen), 1))
        if index.isValid():
            table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)


def warning_scope(
    rows: list[VisitListRow], touched: list[VisitListRow]
) -> tuple[set[uuid.UUID], list[VisitListRow]]:
    """The visits whose warnings a change can move (on the touched days or of the touched
    municipalities), and every visit each of them is compared with."""
    days = {r.day for r in touched}
    municipalities = {r.municipality_id for r in touched}
    target = [r for r in rows if r.day in days or r.municipality_id in municipalities]
    days |= {r.day for r in target}
    municipalities |= {r.municipality_id for r in target}
    context = [r for r in rows if r.day in days or r.municipality_id in municipalities]
    return {r.id for r in target} | {r.id for r in touched}, context


def _best_shown(
    model: VisitTableModel,
    proxy: VisitFilterProxy,
    numbers: Iterable[int],
    rows: list[VisitListRow],
    *,
    latest: bool,
) -> int | None:
    """The model row number of the earliest (``latest``: the last) of ``numbers`` that the
    filters show, by day and time; of equals, the one higher in the list."""

    def key(n: int) -> tuple[date, time]:
        return (rows[n].day, rows[n].start_time or time())

    def shown_at(n: int) -> int:
        index = proxy.mapFromSource(model.index(n, 1))
        return index.row() if index.isValid() else -1

    ordered = sorted(numbers, key=key, reverse=latest)
    for i, n in enumerate(ordered):
        position = shown_at(n)
        if position < 0:
            continue
        best = key(n)
        tied = [(position, n)]
        for m in ordered[i + 1 :]:
            if key(m) != best:
                break
            if (other := shown_at(m)) >= 0:
                tied.append((other, m))
        return min(tied)[1]
    return None
