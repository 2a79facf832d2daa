"""The Besök list's head: the action buttons and the filters over the visit table, in short wide
rows, or (issue #14: at 150-200 % on a 1366x768 laptop the whole tab scrolled sideways to reach
the visit form) in narrower rows when the tab has not room for them beside the visit pages.

A row is a list of items: a widget, ``(widget, stretch)``, or an ``int`` (a stretch)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QVBoxLayout, QWidget

Row = list[object]


class ListHead(QWidget):
    def __init__(self, wide: list[Row], narrow: list[Row], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_list_head")
        self._rows = {False: wide, True: narrow}
        self.narrow = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._arrange()

    def set_narrow(self, narrow: bool) -> None:
        if narrow != self.narrow:
            self.narrow = narrow
            self._arrange()

    def _arrange(self) -> None:
        layout = self.layout()
        while layout.count():
            row = layout.takeAt(0).layout()
            while row is not None and row.count():
                row.takeAt(0)
            if row is not None:
                row.deleteLater()
        for items in self._rows[self.narrow]:
            row = QHBoxLayout()
            for item in items:
                if isinstance(item, int):
                    row.addStretch(item)
                elif isinstance(item, tuple):
                    row.addWidget(item[0], item[1])
                else:
                    row.addWidget(item)
            layout.addLayout(row)


class NarrowWatch(QObject):
    """Puts the tab's list head in narrow rows when the room the tab is shown in (its scroll
    area's viewport, else the tab) is narrower than the tab needs with wide rows."""

    def __init__(self, tab: QWidget, head: ListHead) -> None:
        super().__init__(tab)
        self.tab, self.head = tab, head
        self._wide_need: int | None = None
        self._room_of: QWidget | None = None
        tab.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.update()
        return False

    def _room(self) -> int:
        holder = self.tab.parentWidget()
        while holder is not None and not isinstance(holder, QAbstractScrollArea):
            holder = holder.parentWidget()
        if holder is None:
            return self.tab.width()
        viewport = holder.viewport()
        if viewport is not self._room_of:
            self._room_of = viewport
            viewport.installEventFilter(self)
        return viewport.width()

    def update(self) -> None:
        if not self.head.narrow:
            self._wide_need = self.tab.minimumSizeHint().width()
        if self._wide_need is not None:
            self.head.set_narrow(self._room() < self._wide_need)
