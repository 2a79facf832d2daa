"""The house style for list tables, shared by every tab and dialog that shows one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_table(view: QTableView) -> None:
    """The house style for list tables: whole rows, sortable, no row numbers, stretch last."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    # a column sized to its contents measures 100 rows, not 1,000 (20,000-row lists)
    view.horizontalHeader().setResizeContentsPrecision(100)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # one Tab stop: Tab goes on to the next field, the arrows move within (a table of 290 rows
    # walked cell by cell with Tab is a trap)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)


def fit_columns(view: QTableView, columns: list[int], cap_chars: int = 28) -> None:
    """Size ``columns`` to their contents up to ``cap_chars`` characters (never below the
    header text),
    again whenever the rows change; the user can still drag them wider. Keeps a name column
    from being squeezed to "M…" by a stretching neighbour (issue #14)."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def fit() -> None:
        cap = view.fontMetrics().averageCharWidth() * cap_chars
        for column in columns:
            need = max(min(view.sizeHintForColumn(column), cap), header.sectionSizeHint(column))
            header.resizeSection(column, need)

    model = view.model()
    for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
        signal.connect(fit)
    view._fit_columns = _Refit(fit, view)  # again once shown: the header font is known then
    view.installEventFilter(view._fit_columns)
    fit()


class _Refit(QObject):
    def __init__(self, fit, parent: QObject) -> None:
        super().__init__(parent)
        self._fit = fit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
        return False
