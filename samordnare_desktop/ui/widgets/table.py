"""The house style for list tables, shared by every tab and dialog that shows one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
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
    view._header_floor = _HeaderFloor(view)  # no header text cut at any scale (issue 14 H)


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


class _HeaderFloor(QObject):
    """Keeps every column at least as wide as its header text (and sort arrow), measured in the
    view's own font, so "Kommun, region eller SiS-hem" is never cut to "mmun, region eller SiS-he"
    at 125 % or 200 %: a column of fixed width grows to its header; a stretching column (the
    last, or one set to stretch) stretches while there is room for its header and otherwise
    keeps its header's width, the table then scrolling sideways. Again on show, resize and a
    font or style change."""

    EVENTS = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._stretch: set[int] | None = None  # the columns meant to stretch (read once)
        self._stretch_last = False
        self._busy = False
        self._pending = False
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.EVENTS and not self._busy and not self._pending:
            # after the view handled the event: its viewport has the new width then
            self._pending = True
            QTimer.singleShot(0, self, self._apply_pending)
        return False

    def _apply_pending(self) -> None:
        self._pending = False
        if self.view.isVisible():
            self.apply()

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        if self.view.model() is None or not header.count():
            return
        if self._stretch is None:  # as the tab set it up, before this changes anything
            self._stretch = {
                c
                for c in range(header.count())
                if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
            }
            self._stretch_last = header.stretchLastSection()
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not visible:
            return
        last = max(visible, key=header.visualIndex)
        flexible = [c for c in visible if c in self._stretch or (self._stretch_last and c == last)]
        self._busy = True
        try:
            fixed = [c for c in visible if c not in flexible]
            for column in fixed:
                need = header.sectionSizeHint(column)
                if (
                    header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
                    and header.sectionSize(column) < need
                ):
                    header.resizeSection(column, need)
            if not flexible:
                return
            room = self.view.viewport().width() - sum(header.sectionSize(c) for c in fixed)
            share = room // len(flexible)
            fits = all(share >= header.sectionSizeHint(c) for c in flexible)
            if self._stretch_last:
                header.setStretchLastSection(fits)
            for column in flexible:
                if column in self._stretch:
                    header.setSectionResizeMode(
                        column,
                        QHeaderView.ResizeMode.Stretch
                        if fits
                        else QHeaderView.ResizeMode.Interactive,
                    )
                if not fits and header.sectionSize(column) < header.sectionSizeHint(column):
                    header.resizeSection(column, header.sectionSizeHint(column))
        finally:
            self._busy = False
