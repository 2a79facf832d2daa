"""A table model over a list of plain rows (service dataclasses), described by its columns.

Each concrete table declares its :class:`Column` list in its own module; sorting goes through
``SORT_ROLE`` so dates, numbers and Swedish names sort as values, not as display strings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

T = TypeVar("T")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


# Roles as plain ints: data() runs thousands of times per sort (twice per comparison), and
# reading ``Qt.ItemDataRole.X`` costs more than the comparison itself.
_DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value
_CHECK_STATE_ROLE = Qt.ItemDataRole.CheckStateRole.value
_ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole.value
_SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e"})


def swedish_sort_key(text: str) -> str:
    """Sort key that puts å ä ö after z, as Swedish readers expect (casefolded)."""
    return text.casefold().translate(_SWEDISH_ORDER)


@dataclass(frozen=True)
class Column(Generic[T]):
    title: Callable[[], str]
    value: Callable[[T], Any]
    sort: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str] | None = None
    checked: Callable[[T], bool] | None = None  # shown as a read-only check box


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

    # --- data access --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
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
        keys = [_ordered(self.sort_key(row, column)) for row in rows]
        order = sorted(
            range(len(rows)),
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        return [rows[i] for i in order]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = {id(row): number for number, row in enumerate(self._rows)}
        self._rows = self._sorted(self._rows)
        moved = {before[id(row)]: number for number, row in enumerate(self._rows)}
        for old in self.persistentIndexList():
            if old.isValid():
                self.changePersistentIndex(
                    old, self.index(moved.get(old.row(), old.row()), old.column())
                )
        self.layoutChanged.emit()

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
                self.endInsertRows()
                added = True
            else:
                self.replace_row(number, value)
        if added or moved:
            self.sort(self._sort_column, self._sort_order)  # an edit may move a row

    def replace_row(self, row: int, value: T) -> None:
        self._rows[row] = value
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


class RowFilterProxy(QSortFilterProxyModel):
    """Filters; sorting is the source model's (prepared keys, see :class:`RowTableModel`), so
    the proxy keeps the source order. Subclasses change their filter inside
    :meth:`change_filter`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            self._sort_column, self._sort_order = column, order
            source.sort(column, order)
        else:
            super().sort(column, order)

    def sortColumn(self) -> int:
        return (
            self._sort_column
            if isinstance(self.sourceModel(), RowTableModel)
            else super().sortColumn()
        )

    def sortOrder(self) -> Qt.SortOrder:
        if isinstance(self.sourceModel(), RowTableModel):
            return self._sort_order
        return super().sortOrder()

    # --- filtering on prepared values (subclasses that define ``accepts``) ---------------------
    # Each row's verdict is kept with the row object and the filter's generation: a changed row
    # is a new object (rows are frozen), a filter change a new generation, so nothing is ever
    # stale and Qt's calls per row cost one dictionary lookup.
    _generation = 0
    _verdicts: dict[int, tuple[Any, int, bool]] | None = None
    _prepared: dict[int, tuple[Any, Any]] | None = None

    def accepts(self, row: Any) -> bool | None:
        """Whether ``row`` passes the filter; None: every row does (no filter of this kind)."""
        return None

    def prepared(self, row: Any, make: Callable[[Any], Any]) -> Any:
        """``make(row)`` (e.g. the folded text a search looks in), computed once per row."""
        if self._prepared is None:
            self._prepared = {}
        found = self._prepared.get(id(row))
        if found is None or found[0] is not row:
            found = (row, make(row))
            self._prepared[id(row)] = found
        return found[1]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            return True
        row = source.row_at(source_row)
        verdicts = self._verdicts
        if verdicts is None:
            verdicts = self._verdicts = {}
        found = verdicts.get(id(row))
        if found is None or found[0] is not row or found[1] != self._generation:
            verdict = self.accepts(row)
            found = (row, self._generation, True if verdict is None else bool(verdict))
            verdicts[id(row)] = found
        return found[2]

    def change_filter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the filter state and re-filter the rows once (Qt 6.10+ API)."""
        self.beginFilterChange()
        change()
        self._generation += 1
        source = self.sourceModel()
        count = source.rowCount() if source is not None else 0
        for cache in (self._verdicts, self._prepared):  # let replaced rows' entries go
            if cache is not None and len(cache) > 2 * count + 100:
                cache.clear()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)
