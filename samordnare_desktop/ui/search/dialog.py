"""The search window (Ctrl+K): one line to type in, the hits grouped below it by kind (people,
organisations, meetings, findings, action plans, notes), each group headed with its count.
Up and Down move between hits while the typing goes on, Enter opens the hit's place, Esc closes.

Typing is answered after a short pause (:data:`PAUSE_MS`); a keystroke costs a few milliseconds
(bench/everything.py). The in-memory index of meetings, plans and notes is read off the GUI
thread the first time (and after a change); until then people and findings answer alone."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.everything import EverythingSearch, Hit, SearchResult
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.operations import run_quietly
from samordnare_desktop.ui.widgets.labels import plain_label

PAUSE_MS = 60  # answer once typing pauses this long (a fast typist's keystrokes come closer)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    """``chosen`` holds the hit opened with Enter (or a click), None when closed with Esc."""

    def __init__(self, search: EverythingSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_dialog")
        self.setWindowTitle(self.tr("Search everything"))
        self.service = search
        self.chosen: Hit | None = None
        self.result: SearchResult | None = None
        self._rows: list[int] = []  # the model rows that are hits (headings are skipped)
        self._reading = False

        self.input = QLineEdit()
        self.input.setObjectName("everything_search")
        self.input.setAccessibleName(self.tr("Search everything"))
        self.input.setPlaceholderText(
            self.tr("People, organisations, meetings, findings, plans, notes…")
        )
        self.input.setClearButtonEnabled(True)
        self.input.installEventFilter(self)
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("everything_results")
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing never leaves the line
        self.list.setUniformItemSizes(False)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.clicked.connect(lambda index: self._open_row(index.row()))
        self.status = plain_label()
        self.status.setObjectName("everything_status")
        self.status.setText(self.tr("Type to search the whole programme."))

        layout = QVBoxLayout(self)
        layout.addWidget(self.input)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.resize(720, 560)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.run_search)
        self.input.textChanged.connect(lambda _t: self.timer.start())
        self._read_index()

    # --- the index ------------------------------------------------------------------------------
    def _read_index(self) -> None:
        if self.service.fresh:
            return
        self._reading = True
        run_quietly(self.service.build, lambda _r: self._index_read(), self._index_failed)

    def _index_read(self) -> None:
        if not shiboken6.isValid(self):
            return  # closed (and deleted) before the index was read: it is kept for next time
        self._reading = False
        if self.isVisible() and self.input.text().strip():
            self.run_search()

    def _index_failed(self, exc: BaseException) -> None:
        alive = shiboken6.isValid(self)
        if alive:
            self._reading = False
        show_error(self if alive else None, exc)

    # --- searching ------------------------------------------------------------------------------
    def run_search(self) -> None:
        self.timer.stop()
        text = self.input.text()
        result = guarded(self, lambda: self.service.search(text, wait=False))
        if result is None:
            return
        self.show_result(result)

    def show_result(self, result: SearchResult) -> None:
        self.result = result
        self.model.clear()
        self._rows = []
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        for group in result.groups:
            count = f"{group.total}+" if group.more else str(group.total)
            heading = QStandardItem(
                self.tr("{kind} ({count})").format(kind=group.kind.label(), count=count)
            )
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: never the current hit
            heading.setFont(heading_font)
            heading.setBackground(self.palette().alternateBase())
            heading.setAccessibleText(heading.text())
            self.model.appendRow(heading)
            for hit in group.hits:
                item = QStandardItem(f"{hit.title}\n    {hit.detail}" if hit.detail else hit.title)
                item.setData(hit, HIT_ROLE)
                item.setToolTip(f"{hit.title}\n{hit.detail}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self._rows.append(self.model.rowCount())
                self.model.appendRow(item)
        self._set_status(result)
        self.move_to(0)

    def _set_status(self, result: SearchResult) -> None:
        if not result.text.strip():
            text = self.tr("Type to search the whole programme.")
        elif not result.groups:
            text = self.tr("Nothing found for “{text}”.").format(text=result.text.strip())
        else:
            text = self.tr("Up and Down choose, Enter opens, Esc closes.")
        if result.partial or self._reading:
            text += " " + self.tr("(Still reading meetings, plans and notes…)")
        self.status.setText(text)

    # --- moving and opening ---------------------------------------------------------------------
    def current_hit(self) -> Hit | None:
        index = self.list.currentIndex()
        return index.data(HIT_ROLE) if index.isValid() else None

    def move_to(self, number: int) -> None:
        """Make the ``number``-th hit (0: the first) current, kept within the list."""
        if not self._rows:
            self.list.setCurrentIndex(self.model.index(-1, 0))
            return
        number = max(0, min(number, len(self._rows) - 1))
        index = self.model.index(self._rows[number], 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        if number == 0:
            self.list.scrollToTop()  # the first group's heading stays in view

    def _current_number(self) -> int:
        row = self.list.currentIndex().row()
        return self._rows.index(row) if row in self._rows else -1

    def _open_row(self, row: int) -> None:
        if row in self._rows:
            self.move_to(self._rows.index(row))
            self.open_current()

    def open_current(self) -> None:
        if self.timer.isActive():  # Enter before the pause: answer the text typed first
            self.run_search()
        hit = self.current_hit()
        if hit is None:
            return
        self.chosen = hit
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            steps = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 8,
                Qt.Key.Key_PageUp: -8,
            }
            if key in steps:
                if self.timer.isActive():
                    self.run_search()
                self.move_to(max(self._current_number(), 0) + steps[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)
