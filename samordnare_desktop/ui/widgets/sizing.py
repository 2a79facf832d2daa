"""Sizes measured in characters of the widget's own font, so they grow with the scale factor
and the font size instead of being fixed pixel counts (issue #14: a search field squeezed to
"S…" at 200 %)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QTreeView,
    QWidget,
)

# A search field shows this many characters at least: a municipality name or a date typed in
# full ("Upplands Väsby", "2026-03-04").
SEARCH_CHARS = 16


def chars_width(widget: QWidget, chars: int) -> int:
    """The width, in pixels, of ``chars`` average characters in ``widget``'s font."""
    return widget.fontMetrics().averageCharWidth() * chars


def fit_search(edit: QLineEdit, chars: int = SEARCH_CHARS) -> QLineEdit:
    """Give a search field a minimum width of ``chars`` characters plus its frame, margins and
    clear button, so a layout never squeezes it to a sliver."""
    margins = edit.textMargins()
    room = margins.left() + margins.right() + 8  # frame and text margins
    if edit.isClearButtonEnabled():
        room += edit.fontMetrics().height() + 4  # the clear button's square
    edit.setMinimumWidth(chars_width(edit, chars) + room)
    return edit


def fit_known_texts(
    view: QAbstractItemView, column: int, texts: Iterable[str], *, bold: bool = True
) -> None:
    """Size ``column`` to the widest of ``texts``, the only texts it can show (a status, a date),
    measured in the view's font, bold if some rows are (late rows in the plan tree): what resizing it to its contents
    found by asking the model for every row's cell (at 10x some 2,000 calls into Python per
    first view). The user can still drag it; the header floor keeps its title whole."""
    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    font = QFont(view.font())
    font.setBold(bold)
    metrics = QFontMetrics(font)
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(
        column,
        max(widest + 2 * margin + metrics.averageCharWidth() * 2, header.sectionSizeHint(column)),
    )


def fit_shown_kinds(view: QTableView, column: int, kinds: Iterable[Hashable]) -> None:
    """Size ``column`` as ``resizeColumnToContents`` does (its widest shown cell, at least the
    header's hint), measuring one shown row of each kind: the n-th of ``kinds`` is what decides
    the cell of the view's (source) row n, its text and font. Qt asked every row's cell into
    Python (290 rows of Handlingsplaner's list at each first view, ~3 ms at 10x)."""
    model = view.model()
    source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
    first: dict[Hashable, QModelIndex] = {}
    for number, kind in enumerate(kinds):
        if kind not in first:
            index = source.index(number, column)
            if source is not model:
                index = model.mapFromSource(index)
            if index.isValid():  # shown (a filter may hide the row)
                first[kind] = index
    widest = max((view.sizeHintForIndex(i).width() for i in first.values()), default=0)
    if view.showGrid():
        widest += 1  # as QTableView.sizeHintForColumn counts the grid line
    header = view.horizontalHeader()
    header.resizeSection(column, max(widest, header.sectionSizeHint(column)))
