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


class RowTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []

    # --- data access --------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T:
        return self._rows[row]

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
    """Sorts by ``SORT_ROLE``; subclasses change their filter inside :meth:`change_filter`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def change_filter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to the filter state and re-filter the rows once (Qt 6.10+ API)."""
        self.beginFilterChange()
        change()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)
