"""A visit's agenda: time, title, presenter, kind. Rows keep the agenda's order (no sorting);
flagged rows are tinted with the reason as tooltip; rows can be dragged to a new place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush

from samordnare_desktop import formatting as fmt
from samordnare_desktop.services.agendas import AgendaItemRow, item_labels
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.table_model import Column, Index, RowTableModel

MIME_TYPE = "application/x-samordnare-agenda-row"


def columns() -> list[Column[AgendaItemRow]]:
    def label(field: str):  # the item's own labels (services.agendas.item_labels)
        return lambda: item_labels()[field]

    return [
        Column(label("start_time"), lambda r: fmt.span(r.start_time, r.end_minutes)),
        Column(label("title"), lambda r: r.title),
        Column(label("presenter_name"), lambda r: r.presenter()),
        Column(label("kind"), lambda r: r.kind.label()),
    ]


class AgendaTableModel(RowTableModel[AgendaItemRow]):
    # (row dragged, row it was dropped before); the editor moves the item through the service.
    move_requested = Signal(int, int)

    def __init__(self, parent: object = None) -> None:
        super().__init__(columns(), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            row = self.row_at(index.row())
            if not row.flags:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(theme.colour("flag_bg"))
            return "\n".join(row.flag_messages())
        return super().data(index, role)

    # --- drag and drop ------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode() or -1)
        if not 0 <= source < self.rowCount():
            return False
        if row < 0 and parent.isValid():
            target = parent.row()  # dropped on an item: take its place
        else:  # dropped between rows (before ``row``) or below the last one
            row = self.rowCount() if row < 0 else row
            target = row - 1 if row > source else row
        if target != source:
            # After the view finished its drop handling: the move resets this model.
            QTimer.singleShot(0, self, lambda: self.move_requested.emit(source, target))
        return False  # nothing for the view to remove; the service does the move
