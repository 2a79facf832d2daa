"""The Besök table: every visit with its warnings; plus its search/filter proxy."""

from __future__ import annotations

import bisect
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, time
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import VisitWarning
from samordnare_desktop.formatting import time_range
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.visit_list import VisitListRow
from samordnare_desktop.services.visits import list_order
from samordnare_desktop.ui.table_model import (
    Column,
    RowFilterProxy,
    RowTableModel,
    swedish_sort_key,
)

WARNING_COLUMN = 0
DATE_COLUMN = 1
# A notice that a column changed over this many rows at most makes a table repaint only that
# column's visible cells; one over every row (5,000 at ten times the programme) made it repaint
# every visible cell (~7 ms: Qt updates the whole viewport when the rows span more than about
# 200). So such a change is said in notices of this many rows (40 for 5,000: ~0.1 ms).
_NOTICE_ROWS = 128
_DECORATION_ROLE = Qt.ItemDataRole.DecorationRole.value
_FOREGROUND_ROLE = Qt.ItemDataRole.ForegroundRole.value
_ICON: list[tuple[QStyle, QIcon]] = []  # the warning icon of the style it was made by


def _warning_icon() -> QIcon:
    style = QApplication.style()
    if not _ICON or _ICON[0][0] is not style:
        _ICON[:] = [(style, style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))]
    return _ICON[0][1]


def _when(row: VisitListRow) -> int:
    """Sort key of date and start time as one number (Qt compares numbers, not tuples)."""
    start = row.start_time or time.min
    return row.day.toordinal() * 1440 + start.hour * 60 + start.minute


class VisitTableModel(RowTableModel[VisitListRow]):
    """The rows stand as a fresh read puts them: sorted by the chosen column, its ties in the
    list's order (services.visits.list_order). The rows in that order are kept (``_listed``:
    given so by the service, kept so as a change notice replaces, adds and removes rows), so a
    sort (a header click, a row moved by a notice) starts from them at no cost."""

    def __init__(self, parent: object = None) -> None:
        self.warnings: dict[uuid.UUID, list[VisitWarning]] = {}
        self.warnings_known = True  # False: the rows are shown, their warnings still to come
        self._listed: list[VisitListRow] = []  # the rows in the list's order
        self._holding = False  # an upsert runs: its sort waits for the list's order
        self._sort_held = False
        centre = Qt.AlignmentFlag.AlignCenter
        super().__init__(
            [
                Column(
                    lambda: "",
                    lambda r: "",
                    sort=lambda r: len(self.warnings.get(r.id, ())),
                    align=centre,
                    tooltip=lambda r: "\n".join(w.message for w in self.warnings.get(r.id, ())),
                ),
                Column(
                    lambda: translate("VisitTableModel", "Date"),
                    lambda r: r.day.isoformat(),
                    sort=_when,
                ),
                Column(
                    lambda: translate("VisitTableModel", "Time"),
                    lambda r: time_range(r.start_time, r.end_time),
                ),
                Column(
                    lambda: translate("VisitTableModel", "Municipality"),
                    lambda r: (
                        f"{r.municipality_code} {r.municipality_name}"
                        if r.municipality_code
                        else r.place_label
                    ),
                    sort=lambda r: swedish_sort_key(r.municipality_name or r.place_label),
                    tooltip=lambda r: r.organisations_label,
                ),
                Column(
                    lambda: translate("VisitTableModel", "Kind"),
                    lambda r: r.kind.label(),  # the kind always; a title has its own column
                    sort=lambda r: list(VisitKind).index(r.kind),
                ),
                Column(
                    lambda: translate("VisitTableModel", "Status"),
                    lambda r: r.status.label(),
                    sort=lambda r: list(VisitStatus).index(r.status),
                ),
                Column(
                    lambda: translate("VisitTableModel", "Press"),
                    lambda r: r.has_press_meeting,
                    checked=lambda r: r.has_press_meeting,
                    align=centre,
                ),
                Column(
                    lambda: translate("VisitTableModel", "Venue"),
                    lambda r: ", ".join(p for p in (r.venue_name, r.venue_room) if p),
                ),
                Column(
                    lambda: translate("VisitTableModel", "Title"),
                    lambda r: r.title,
                    tooltip=lambda r: r.title,
                ),
            ],
            parent,
        )

    def set_data(
        self, rows: list[VisitListRow], warnings: dict[uuid.UUID, list[VisitWarning]] | None
    ) -> None:
        """The rows and their warnings (None: to come, :meth:`set_all_warnings`)."""
        self.warnings = {} if warnings is None else warnings
        self.warnings_known = warnings is not None
        self.set_rows(rows)

    def set_rows(self, rows: Sequence[VisitListRow]) -> None:
        """``rows`` as the service lists them (in ``list_order``)."""
        self._listed = list(rows)
        super().set_rows(rows)

    def _sorted(self, rows: list[VisitListRow]) -> list[VisitListRow]:
        # the chosen column's sort is stable: from the list's order, its ties stand in it
        listed = self._listed if len(self._listed) == len(rows) else sorted(rows, key=list_order)
        if self._sort_column == DATE_COLUMN and self._sort_order == Qt.SortOrder.AscendingOrder:
            # the list's order (day, start time with none first, ...) never puts a row before
            # one of an earlier minute: sorted by date (_when, stable) it stands as it is, and
            # the first view (sorted so) makes no key of its 5,000 rows
            return list(listed)
        return super()._sorted(listed)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._holding:
            self._sort_column, self._sort_order = column, order
            self._sort_held = True
            return
        super().sort(column, order)

    def upsert(self, fresh: Sequence[VisitListRow], gone: Sequence[uuid.UUID] = ()) -> None:
        """As :meth:`RowTableModel.upsert`; a row added, or one whose place in the list's order
        changed (its day, time or municipality), takes the place a fresh read gives it, also
        among rows that tie in the chosen column."""
        fresh = list(fresh)
        named = {r.id for r in fresh} | set(gone)
        was = {r.id: list_order(r) for r in self._listed if r.id in named}
        listed = [r for r in self._listed if r.id not in named]
        for row in fresh:
            bisect.insort(listed, row, key=list_order)
        self._listed = listed
        moved = any(was.get(r.id) != list_order(r) for r in fresh)  # added ones too
        self._holding, self._sort_held = True, False
        try:
            super().upsert(fresh, gone)
        finally:
            self._holding = False
        if moved or self._sort_held:
            self.sort(self._sort_column, self._sort_order)

    def known_warnings(self, row: VisitListRow) -> list[VisitWarning] | None:
        """The warnings of ``row`` (none: ``[]``); ``None`` while they are not known."""
        return self.warnings.get(row.id, []) if self.warnings_known else None

    def set_all_warnings(self, warnings: dict[uuid.UUID, list[VisitWarning]]) -> None:
        """Every row's warnings (the rows shown before them); sorted by the warnings column,
        the rows take their places."""
        self.warnings = warnings
        self.warnings_known = True
        if self._rows:
            self.dataChanged.emit(
                self.index(0, WARNING_COLUMN), self.index(len(self._rows) - 1, WARNING_COLUMN)
            )
            if self._sort_column == WARNING_COLUMN:
                self.sort(self._sort_column, self._sort_order)

    def set_warnings(self, ids: set[uuid.UUID], found: dict[uuid.UUID, list[VisitWarning]]) -> None:
        """New warnings for the visits ``ids`` (others keep theirs); when the list is sorted by
        its warnings column, rows whose count changed take their sorted place."""
        counts = {i: len(self.warnings.get(i, ())) for i in ids}
        for visit_id in ids:
            if found.get(visit_id):
                self.warnings[visit_id] = found[visit_id]
            else:
                self.warnings.pop(visit_id, None)
        numbers = [n for n, row in enumerate(self._rows) if row.id in ids]
        if numbers:  # one notice for their span: each notice makes the view measure its columns
            self.dataChanged.emit(
                self.index(min(numbers), WARNING_COLUMN), self.index(max(numbers), WARNING_COLUMN)
            )
        moved = [
            n
            for n in numbers
            if len(self.warnings.get(self._rows[n].id, ())) != counts[self._rows[n].id]
        ]
        self.keep_sorted(moved, WARNING_COLUMN)

    def in_list_order(self) -> bool:
        """Whether the rows stand in the list's own order (by date, the earliest first: not
        sorted, or sorted so), not in another the user chose."""
        return self._sort_column == -1 or (
            self._sort_column == DATE_COLUMN and self._sort_order == Qt.SortOrder.AscendingOrder
        )

    def source_row(self, visit_id: uuid.UUID) -> int:
        """The model row of ``visit_id`` (-1 if absent), without a Qt call per row."""
        return next((n for n, row in enumerate(self._rows) if row.id == visit_id), -1)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # roles as plain ints and the icon kept: Qt asks each visible cell for ~8 roles per paint
        if role == _DECORATION_ROLE:
            if (
                index.isValid()
                and index.column() == WARNING_COLUMN
                and self.warnings.get(self.row_at(index.row()).id)
            ):
                return _warning_icon()
            return None
        if role == _FOREGROUND_ROLE:
            if index.isValid() and self.row_at(index.row()).status is VisitStatus.CANCELLED:
                return QApplication.palette().placeholderText()
            return None
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            section == WARNING_COLUMN
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
        ):
            return translate("VisitTableModel", "Warnings")
        return super().headerData(section, orientation, role)


class VisitFilterProxy(RowFilterProxy):
    """Search as you type (municipality, code, venue, title, notes), municipality, kind, status,
    a date range and "upcoming only"."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._municipality: uuid.UUID | None = None
        self._organisation: uuid.UUID | None = None
        self._kind: VisitKind | None = None
        self._status: VisitStatus | None = None
        self._date_from: date | None = None
        self._date_to: date | None = None
        self._upcoming_from: date | None = None

    def set_filters(
        self,
        *,
        search: str = "",
        municipality_id: uuid.UUID | None = None,
        kind: VisitKind | None = None,
        status: VisitStatus | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        upcoming_from: date | None = None,
        organisation_id: uuid.UUID | None = None,
    ) -> None:
        def change() -> None:
            self._needle = match_key(search)
            self._municipality = municipality_id
            self._organisation = organisation_id
            self._kind = kind
            self._status = status
            self._date_from = date_from
            self._date_to = date_to
            self._upcoming_from = upcoming_from

        self.change_filter(change)

    @contextmanager
    def unfiltered_change(self, column: int) -> Iterator[None]:
        """A change of the rows' data in ``column`` that no filter reads (their warnings, the
        first view's: reading.py), made without the proxy judging each changed row again:
        with its dynamic filter on, a notice that every row's warnings changed made it handle
        the 5,000 rows at ten times the programme one by one (a Python call each, ~3-9 ms).
        The model's notices are held back meanwhile and the proxy says itself that ``column``
        changed (in short notices: _NOTICE_ROWS); rows the change moved (the list sorted by
        that column) are placed anew, judged again then. (Its dynamic filter turned off and on
        instead made the proxy sort its rows again and the list lay itself out and paint every
        visible row twice: ~9 ms more.)"""
        source = self.sourceModel()
        stamp = source.stamp
        blocked = source.blockSignals(True)
        try:
            yield
        finally:
            source.blockSignals(blocked)
        if source.stamp != stamp:  # the rows' order changed unseen: the proxy maps them anew
            self.invalidate()
            return
        count = self.rowCount()
        for first in range(0, count, _NOTICE_ROWS):  # a few short notices: see _NOTICE_ROWS
            last = min(first + _NOTICE_ROWS, count) - 1
            self.dataChanged.emit(self.index(first, column), self.index(last, column))

    def verdicts(
        self, rows: list[VisitListRow], previous: tuple[list[VisitListRow], list[bool]] | None
    ) -> list[bool]:
        if not (
            self._needle
            or self._municipality
            or self._organisation
            or self._kind
            or self._status
            or self._date_from
            or self._date_to
            or self._upcoming_from
        ):
            return [True] * len(rows)  # no filter (the first view): every row, no call per row
        return super().verdicts(rows, previous)

    def accepts(self, row: VisitListRow) -> bool:
        if self._municipality and row.municipality_id != self._municipality:
            return False
        if self._organisation and self._organisation not in row.organisation_ids:
            return False
        if self._kind and row.kind is not self._kind:
            return False
        if self._status and row.status is not self._status:
            return False
        if self._date_from and row.day < self._date_from:
            return False
        if self._date_to and row.day > self._date_to:
            return False
        if self._upcoming_from and (
            row.day < self._upcoming_from or row.status is VisitStatus.CANCELLED
        ):
            return False
        if self._needle:
            if row.municipality_code.startswith(self._needle):
                return True
            return self._needle in self.prepared(row, _haystack)
        return True


def _haystack(row: VisitListRow) -> str:
    """The folded text a search looks in (made once per row, not once per keystroke)."""
    return match_key(
        " ".join(
            (
                row.municipality_name,
                row.county_name,
                row.venue_name,
                row.venue_address,
                row.venue_room,
                row.display_title,
                row.kind.label(),
                *row.organisation_names,
                row.day.isoformat(),
            )
        )
    )
