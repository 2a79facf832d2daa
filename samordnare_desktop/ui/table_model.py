"""A table model over a list of plain rows (service dataclasses), described by its columns.

Each concrete table declares its :class:`Column` list in its own module; sorting goes through
``SORT_ROLE`` so dates, numbers and Swedish names sort as values, not as display strings.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3  # the text a KeyFilterProxy matches (column 0)
Index = QModelIndex | QPersistentModelIndex


# Roles as plain ints: data() runs thousands of times per sort (twice per comparison), and
# reading ``Qt.ItemDataRole.X`` costs more than the comparison itself.
_DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value
_CHECK_STATE_ROLE = Qt.ItemDataRole.CheckStateRole.value
_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value


def swedish_sort_key(text: str) -> str:
    """Sort key that puts å ä ö after z, as Swedish readers expect (casefolded)."""
    # four replaces in C: a third of str.translate's time with a mapping (looked up per char)
    return text.casefold().replace("å", "{").replace("ä", "|").replace("ö", "}").replace("é", "e")


@dataclass(frozen=True)
class Column(Generic[T]):
    title: Callable[[], str]
    value: Callable[[T], Any]
    sort: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str] | None = None
    checked: Callable[[T], bool] | None = None  # shown as a read-only check box


class _OrderedKeys(list):
    """A column's sort keys made with :func:`_ordered` (it had a missing value)."""


def _ordered(key: Any) -> tuple[int, Any]:
    """Sort key that puts missing values (None) last instead of failing to compare them."""
    return (1, 0) if key is None else (0, key)


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows sort here, in Python, on keys prepared once per row (``list.sort``): a proxy that
    sorted would call :meth:`data` twice per comparison, some 130,000 times for 5,000 rows."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.stamp = 0  # changes whenever the rows or their order do (a proxy's verdicts follow)
        # prepared sort keys: each column's keys (``_keys``) for the rows as they were
        # (``_base``, at ``_base_stamp``), and the rows' order now as numbers into them (``_perm``)
        self._base: list[T] = []
        self._perm: list[int] = []
        self._keys: dict[int, list[Any]] = {}
        self._base_stamp = -1
        self._keys_epoch: Any = None

    # A model whose rows are many (the overview of every action) keeps each column's sort keys
    # once computed (``prepared_sort_keys``), in the rows' order: a header click then sorts row
    # numbers on that list, not 20,000 keys computed again. Any change of the rows drops them;
    # keys that depend on something outside the row (today's date) name it in sort_epoch().
    prepared_sort_keys = False

    def sort_epoch(self) -> Any:
        """What the prepared sort keys depend on besides the rows (they are dropped when it
        changes)."""
        return None

    def _rows_changed(self) -> None:
        self.stamp += 1  # the prepared keys (if any) no longer match: prepared again on a sort

    # --- data access --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows_changed()
        self._rows = self._sorted(list(rows))
        self.endResetModel()

    def sort_key(self, row: T, column: int) -> Any:
        """The value ``column`` sorts ``row`` by (what SORT_ROLE returns)."""
        spec = self.columns[column]
        if spec.sort is not None:
            return spec.sort(row)
        value = spec.checked(row) if spec.checked else spec.value(row)
        return swedish_sort_key(value) if isinstance(value, str) else value

    def _sorted(self, rows: list[T]) -> list[T]:
        column = self._sort_column
        if column < 0 or column >= len(self.columns):
            return rows
        prepared = getattr(self, "prepared_sort_keys", False)  # (ItemRowTableModel borrows this)
        keys = self._keys_again(column, rows) if prepared else None
        if keys is None:
            keys = self._column_keys(column, rows)  # one pass (the same order as _ordered keys)
        order = sorted(
            range(len(rows)),
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        if prepared:  # the keys are prepared for these rows: a header click or the next rows
            self._base, self._perm, self._keys = rows, order, {column: keys}
            self._base_stamp, self._keys_epoch = self.stamp, self.sort_epoch()
        return [rows[i] for i in order]

    def _keys_again(self, column: int, rows: list[T]) -> list[Any] | None:
        """``column``'s sort keys of ``rows``, the prepared ones taken for the rows that are
        the same objects (a list read again after an edit keeps most of its rows, at 10x
        ~25 ms of keys made again otherwise); None when none are prepared for ``column``."""
        known = self._keys.get(column)
        if known is None or self._keys_epoch != self.sort_epoch():
            return None
        # the prepared rows are alive (held in _base), so a row with one of their ids is that
        # very row; a prepared key is never None (a missing value's keys are all _ordered)
        of = dict(zip(map(id, self._base), known, strict=True))
        keys = list(map(of.get, map(id, rows)))
        new = [number for number, key in enumerate(keys) if key is None]
        if new:
            made = self._column_keys(column, [rows[number] for number in new])
            if isinstance(made, _OrderedKeys) != isinstance(known, _OrderedKeys):
                return None  # a missing value came or went: every key is made again
            for number, key in zip(new, made, strict=True):
                keys[number] = key
        return _OrderedKeys(keys) if isinstance(known, _OrderedKeys) else keys

    def _prepared_order(self, column: int) -> list[int]:
        """The rows in ``column``'s sorted order, as numbers into the rows as they were when the
        keys were prepared (``_base``); stable: ties keep their order now (``_perm``)."""
        epoch = self.sort_epoch()
        if self._base_stamp != self.stamp or epoch != self._keys_epoch:
            self._base, self._perm, self._keys = self._rows, list(range(len(self._rows))), {}
            self._base_stamp, self._keys_epoch = self.stamp, epoch
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = self._column_keys(column, self._base)
        return sorted(
            self._perm,
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _column_keys(self, column: int, rows: list[T]) -> list[Any]:
        """``sort_key`` of every row, in one pass (no call per row to find the column's rule).
        Without a missing value the keys need no ``_ordered`` wrapper: the order is the same."""
        spec = self.columns[column]
        if type(self).sort_key is not RowTableModel.sort_key:
            keys = [self.sort_key(row, column) for row in rows]
        elif spec.sort is not None:
            keys = list(map(spec.sort, rows))
        else:
            values = map(spec.checked or spec.value, rows)
            keys = [swedish_sort_key(v) if isinstance(v, str) else v for v in values]
        return _OrderedKeys(map(_ordered, keys)) if any(k is None for k in keys) else keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        count = len(self._rows)
        if self.prepared_sort_keys and 0 <= column < len(self.columns):
            before = self._prepared_order(column)  # computed first: it may set _perm
            before, self._perm = self._perm, before
            base = self._base
            self._rows = [base[i] for i in self._perm]
            self.stamp += 1
            self._base_stamp = self.stamp
            place = [0] * count  # prepared row number -> its row number now
            for new, number in enumerate(self._perm):
                place[number] = new
            moved = [place[number] for number in before]  # old row number -> new
        else:
            before = self._rows
            self._rows = self._sorted(before)
            self.stamp += 1
            now = {id(row): number for number, row in enumerate(self._rows)}
            moved = [now[id(row)] for row in before]
        for index in self.persistentIndexList():
            if index.isValid() and index.row() < count:
                self.changePersistentIndex(index, self.index(moved[index.row()], index.column()))
        self.layoutChanged.emit()

    def keep_sorted(self, numbers: Sequence[int], column: int) -> None:
        """The rows ``numbers`` have a new sort key in ``column`` (a value kept outside the row,
        e.g. a count): if the list is sorted by ``column`` and one of them is no longer in its
        sorted place (checked against its neighbours), sort again so they take it."""
        if column != self._sort_column or not numbers:
            return
        rows = self._rows

        def key(n: int) -> tuple[int, Any]:
            return _ordered(self.sort_key(rows[n], column))

        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        for n in numbers:
            here = key(n)
            before = key(n - 1) if n > 0 else None
            after = key(n + 1) if n + 1 < len(rows) else None
            if descending:
                out = (before is not None and before < here) or (after is not None and here < after)
            else:
                out = (before is not None and here < before) or (after is not None and after < here)
            if out:
                self.sort(self._sort_column, self._sort_order)
                return

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def upsert(self, fresh: Sequence[T], gone: Sequence[Any] = (), key=lambda r: r.id) -> None:
        """Put ``fresh`` rows in place of the rows with their key (new ones are added in sort
        order) and remove the rows keyed ``gone``: the rows a change notice named, without
        resetting the model (selection and scrolling stay)."""
        where = {key(r): n for n, r in enumerate(self._rows)}
        for number in sorted((where[k] for k in gone if k in where), reverse=True):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            self._rows_changed()
            self.endRemoveRows()
        if gone:
            where = {key(r): n for n, r in enumerate(self._rows)}
        added = moved = False
        column = self._sort_column
        for value in fresh:
            number = where.get(key(value))
            if number is not None and 0 <= column < len(self.columns):
                moved = moved or self.sort_key(self._rows[number], column) != self.sort_key(
                    value, column
                )
            if number is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(value)
                self._rows_changed()
                self.endInsertRows()
                added = True
            else:
                self.replace_row(number, value)
        if added or moved:
            self.sort(self._sort_column, self._sort_order)  # an edit may move a row

    def replace_row(self, row: int, value: T) -> None:
        self._rows[row] = value
        self._rows_changed()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # --- Qt API -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == _DISPLAY_ROLE:
            return None if column.checked else column.value(row)
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(row)
            value = column.checked(row) if column.checked else column.value(row)
            return swedish_sort_key(value) if isinstance(value, str) else value
        if role == _CHECK_STATE_ROLE and column.checked is not None:
            return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked
        if role == _ALIGNMENT_ROLE:
            return int(column.align)
        if role == _TOOLTIP_ROLE and column.tooltip is not None:
            return column.tooltip(row)
        if role == ROW_ROLE:
            return row
        return None


_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class ItemRowTableModel(QStandardItemModel, Generic[T]):
    """:class:`RowTableModel`'s API over Qt's own item storage, for the long lists a search box
    filters as you type (Kommuner, Organisationer). Every cell's text, sort key, alignment and
    tooltip is computed once per row (when rows are set or replaced) and kept in C++ items, so
    painting the visible rows and filtering every row (:class:`KeyFilterProxy` on
    ``FILTER_ROLE``) never call into Python: a keystroke costs what Qt costs. A column whose value
    depends on state outside the row (a count, a stage) is recomputed with
    :meth:`refresh_values` when that state changes."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: Any = None,
        filter_key: Callable[[T], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.filter_key = filter_key
        self._rows: list[T] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.setColumnCount(len(self.columns))
        self.setSortRole(SORT_ROLE)

    # --- the cells of one row -----------------------------------------------------------------
    def _fill(self, items: Sequence[QStandardItem], row: T, only: int | None = None) -> None:
        """Put ``row``'s values into its ``items`` (one per column; ``only``: that column)."""
        for number, (item, spec) in enumerate(zip(items, self.columns, strict=True)):
            if only is not None and number != only:
                continue
            if spec.checked is not None:
                checked = spec.checked(row)
                item.setData(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                    _CHECK_STATE_ROLE,
                )
            else:
                item.setData(spec.value(row), _DISPLAY_ROLE)
            item.setData(self.sort_key(row, number), SORT_ROLE)
            if spec.tooltip is not None:
                item.setData(spec.tooltip(row), _TOOLTIP_ROLE)
        if only is None:
            items[0].setData(row, ROW_ROLE)
            if self.filter_key is not None:
                items[0].setData(self.filter_key(row), FILTER_ROLE)

    def _new_items(self, row: T) -> list[QStandardItem]:
        items = []
        for spec in self.columns:
            item = QStandardItem()
            item.setFlags(_FLAGS)
            item.setData(int(spec.align), _ALIGNMENT_ROLE)
            items.append(item)
        self._fill(items, row)
        return items

    # --- data access (as RowTableModel) -------------------------------------------------------
    sort_key = RowTableModel.sort_key
    _sorted = RowTableModel._sorted
    _column_keys = RowTableModel._column_keys

    def set_rows(self, rows: Sequence[T]) -> None:
        ordered = self._sorted(list(rows))
        self.beginResetModel()
        blocked = self.blockSignals(True)  # one reset, not a signal per row
        try:
            self.setRowCount(0)
            for row in ordered:
                self.appendRow(self._new_items(row))
        finally:
            self.blockSignals(blocked)
            self._rows = ordered
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not self._rows or column < 0 or column >= len(self.columns):
            return
        super().sort(column, order)  # in C++ on SORT_ROLE (stable; missing keys last)
        self._rows = [self.item(n, 0).data(ROW_ROLE) for n in range(self.rowCount())]

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

    def _items(self, row: int) -> list[QStandardItem]:
        return [self.item(row, column) for column in range(len(self.columns))]

    def replace_row(self, row: int, value: T) -> None:
        self._rows[row] = value
        self.refresh_values([row])

    def refresh_values(self, rows: Sequence[int] | None = None, column: int | None = None) -> None:
        """Compute the cells of ``rows`` (all by default; ``column``: that column only) again,
        e.g. after a count they show changed; one ``dataChanged`` for them all."""
        numbers = range(len(self._rows)) if rows is None else rows
        if not numbers:
            return
        blocked = self.blockSignals(True)  # one signal below, not one per cell
        try:
            for number in numbers:
                self._fill(self._items(number), self._rows[number], column)
        finally:
            self.blockSignals(blocked)
        first, last = (0, len(self.columns) - 1) if column is None else (column, column)
        self.dataChanged.emit(self.index(min(numbers), first), self.index(max(numbers), last))

    def upsert(self, fresh: Sequence[T], gone: Sequence[Any] = (), key=lambda r: r.id) -> None:
        """As :meth:`RowTableModel.upsert`: replace, add and remove rows without a reset."""
        where = {key(r): n for n, r in enumerate(self._rows)}
        for number in sorted((where[k] for k in gone if k in where), reverse=True):
            self.removeRow(number)
            del self._rows[number]
        if gone:
            where = {key(r): n for n, r in enumerate(self._rows)}
        added = moved = False
        column = self._sort_column
        for value in fresh:
            number = where.get(key(value))
            if number is not None and 0 <= column < len(self.columns):
                moved = moved or self.sort_key(self._rows[number], column) != self.sort_key(
                    value, column
                )
            if number is None:
                self._rows.append(value)
                self.appendRow(self._new_items(value))
                added = True
            else:
                self.replace_row(number, value)
        if added or moved:
            self.sort(self._sort_column, self._sort_order)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title()
        return None


class _SortingProxy(QSortFilterProxyModel):
    """Sorting is the source model's (prepared keys, see :class:`RowTableModel`), so the proxy
    keeps the source order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def _sorts_itself(self) -> bool:
        return isinstance(self.sourceModel(), (RowTableModel, ItemRowTableModel))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if self._sorts_itself():
            self._sort_column, self._sort_order = column, order
            source.sort(column, order)
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:
        return self._sort_column if self._sorts_itself() else super().sortColumn()

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order if self._sorts_itself() else super().sortOrder()

    def row(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)


class KeyFilterProxy(_SortingProxy):
    """Filters in C++: each row's ``FILTER_ROLE`` text (column 0, see
    :class:`ItemRowTableModel`) against one regular expression, so no Python runs per row.
    Subclasses turn their filter state into the expression (:meth:`set_pattern`); ``""`` shows
    every row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)

    def set_pattern(self, pattern: str) -> None:
        if pattern != self.filterRegularExpression().pattern():
            self.setFilterRegularExpression(
                QRegularExpression(
                    pattern, QRegularExpression.PatternOption.DotMatchesEverythingOption
                )
            )


_FEW_NEW_ROWS = 500  # judged one by one when the rows change; more: all judged at once


class RowFilterProxy(_SortingProxy):
    """Filters in Python (:meth:`accepts` or :meth:`filterAcceptsRow`); sorting is the source
    model's. Subclasses change their filter inside :meth:`change_filter`."""

    # --- filtering on prepared values (subclasses that define ``accepts``) ---------------------
    # Each row's verdict is kept with the row object and the filter's generation: a changed row
    # is a new object (rows are frozen), a filter change a new generation, so nothing is ever
    # stale and Qt's calls per row cost one dictionary lookup.
    # A filter change judges every row at once, in one Python loop (:meth:`verdicts`), and Qt's
    # call per row then reads the verdict by row number (the row object checked to be the same).
    _generation = 0
    _verdicts: dict[int, tuple[Any, int, bool]] | None = None
    _prepared: dict[int, tuple[Any, Any]] | None = None
    _snapshot: tuple[list[Any], list[bool], int] | None = None  # rows, verdicts, generation

    def accepts(self, row: Any) -> bool | None:
        """Whether ``row`` passes the filter; None: every row does (no filter of this kind)."""
        return None

    def verdicts(
        self, rows: list[Any], previous: tuple[list[Any], list[bool]] | None
    ) -> list[bool]:
        """Each of ``rows``' verdict under the filter as it is now. ``previous``: the verdicts of
        the filter before this change, when they were of these very rows (a subclass whose
        change only narrowed the filter judges again only the rows that passed)."""
        accepts = self.accepts
        return [v is None or bool(v) for v in map(accepts, rows)]

    def accepted_rows(self) -> list[Any]:
        """The source model's rows the filter shows, in the model's order."""
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            return []
        rows = source.rows()
        snapshot = self._current_snapshot(rows)
        if snapshot is not None:
            return list(compress(rows, snapshot[1]))
        return [r for r, v in zip(rows, map(self.accepts, rows), strict=True) if v is None or v]

    def _current_snapshot(self, rows: list[Any]) -> tuple[list[Any], list[bool], int] | None:
        snapshot = self._snapshot
        if (
            snapshot is None
            or snapshot[2] != self._generation
            or len(snapshot[0]) != len(rows)
            or not all(map(operator.is_, rows, snapshot[0]))
        ):
            return None
        return snapshot

    def prepared(self, row: Any, make: Callable[[Any], Any]) -> Any:
        """``make(row)`` (e.g. the folded text a search looks in), computed once per row."""
        if self._prepared is None:
            self._prepared = {}
        found = self._prepared.get(id(row))
        if found is None or found[0] is not row:
            found = (row, make(row))
            self._prepared[id(row)] = found
        return found[1]

    # (model, its stamp, verdicts in its rows' order): Qt's call per row reads one list item
    _fast: tuple[Any, int, list[bool]] | None = None

    def setSourceModel(self, source: Any) -> None:
        self._fast = None
        self._snapshot = None
        super().setSourceModel(source)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        fast = self._fast
        if fast is not None and fast[0].stamp == fast[1]:
            return fast[2][source_row]
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            return True
        row = source.row_at(source_row)
        snapshot = self._snapshot
        if (
            snapshot is not None
            and snapshot[2] == self._generation
            and source_row < len(snapshot[0])
            and snapshot[0][source_row] is row
        ):
            return snapshot[1][source_row]
        # the model sorted its rows: the verdicts follow them; or Qt maps every row again from
        # row 0 (a reset, a new order) and these rows have no verdicts yet: judge them all now
        if self._follow_sort(snapshot) or (source_row == 0 and self._judge_all(source)):
            return self._snapshot[1][source_row]
        verdicts = self._verdicts
        if verdicts is None:
            verdicts = self._verdicts = {}
        found = verdicts.get(id(row))
        if found is None or found[0] is not row or found[1] != self._generation:
            verdict = self.accepts(row)
            found = (row, self._generation, True if verdict is None else bool(verdict))
            verdicts[id(row)] = found
        return found[2]

    def _follow_sort(self, snapshot: tuple[list[Any], list[bool], int] | None) -> bool:
        """After the source model sorted (the same rows in a new order) or had a few rows
        replaced (a plan read again after an edit), put the verdicts in its rows' order in one
        pass, the few new rows judged one by one, so Qt's call per row reads them again (True
        when done). Many new rows are left to one judgement of all (:meth:`_judge_all`)."""
        if snapshot is None or snapshot[2] != self._generation:
            return False
        rows = self.sourceModel().rows()
        # the snapshot holds its rows, so a row with one of their ids is that very row
        verdict_of = dict(zip(map(id, snapshot[0]), snapshot[1], strict=True))
        verdicts = list(map(verdict_of.get, map(id, rows)))
        new = [number for number, verdict in enumerate(verdicts) if verdict is None]
        if len(new) > _FEW_NEW_ROWS:
            return False
        for number in new:
            verdict = self.accepts(rows[number])
            verdicts[number] = verdict is None or bool(verdict)
        self._snapshot = (rows, verdicts, snapshot[2])
        self._fast = (self.sourceModel(), self.sourceModel().stamp, verdicts)
        return True

    def _judge_all(self, source: RowTableModel) -> bool:
        if type(self).accepts is RowFilterProxy.accepts:
            return False
        rows = source.rows()
        self._snapshot = (rows, self.verdicts(rows, None), self._generation)
        self._fast = (source, source.stamp, self._snapshot[1])
        return True

    def change_filter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the filter state and re-filter the rows once (Qt 6.10+ API)."""
        self.beginFilterChange()
        self._fast = None
        source = self.sourceModel()
        before = None
        if isinstance(source, RowTableModel) and type(self).accepts is not RowFilterProxy.accepts:
            rows = source.rows()
            current = self._current_snapshot(rows)
            before = (current[0], current[1]) if current is not None else None
        change()
        self._generation += 1
        if isinstance(source, RowTableModel) and type(self).accepts is not RowFilterProxy.accepts:
            self._snapshot = (rows, self.verdicts(rows, before), self._generation)
            self._fast = (source, source.stamp, self._snapshot[1])
        count = source.rowCount() if source is not None else 0
        for cache in (self._verdicts, self._prepared):  # let replaced rows' entries go
            if cache is not None and len(cache) > 2 * count + 100:
                cache.clear()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
