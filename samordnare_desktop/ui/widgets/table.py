"""The house style for list tables, shared by every tab and dialog that shows one."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


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
