"""The follow-up actions of one agenda item in the minutes: a small table (what, who, due date
as typed) with Insert for a new row and Delete for the chosen one (the page saves them)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.minutes import MAX_ACTION_TEXT, MAX_OWNER, ActionInput
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.widgets.form import limit_typing
from samordnare_desktop.ui.widgets.labels import plain_label

TEXT, OWNER, DUE = range(3)
CELLS = {"text": TEXT, "owner": OWNER, "due": DUE}
LIMITS = {TEXT: MAX_ACTION_TEXT, OWNER: MAX_OWNER}


class _LimitedCells(QStyledItemDelegate):
    """A cell's editor takes at most the domain's limit while typing, and a key refused at the
    limit is said under the table (was: 250 characters typed, "högst 200 tecken" on saving)."""

    def __init__(self, error, parent: QWidget) -> None:
        super().__init__(parent)
        self.error = error

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        limit = LIMITS.get(index.column())
        if isinstance(editor, QLineEdit) and limit is not None:
            limit_typing(editor, limit, self.error)
        return editor


class MinutesActionsTable(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("minutes_actions")
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due (YYYY-MM-DD)")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DUE, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(OWNER, 170)
        self.table.setColumnWidth(DUE, 140)
        self.add_button = QPushButton(self.tr("Add action"))
        self.add_button.setObjectName("add_minutes_action")
        self.add_button.setToolTip(self.tr("A new action row (Insert)"))
        self.remove_button = QPushButton(self.tr("Remove action"))
        self.remove_button.setObjectName("remove_minutes_action")
        self.error = plain_label()
        self.error.setObjectName("error_actions")
        theme.style_label(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.table.setItemDelegate(_LimitedCells(self.error, self.table))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button.clicked.connect(lambda: self.remove_row())
        insert = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, activated=self.add_row)
        insert.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.remove_row)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.itemChanged.connect(lambda _item: self._changed())
        self._loading = False

    # --- values -------------------------------------------------------------------------------
    def load(self, actions: tuple[ActionInput, ...]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for action in actions:
                due = action.due
                text = due if isinstance(due, str) else fmt.short_date(due)
                self._append(action.text, action.owner, text or "")
        finally:
            self._loading = False
        self.clear_error()

    def values(self) -> tuple[ActionInput, ...]:
        """The rows as typed (the due date as text); rows with nothing in them are left out."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [self._cell(row, column) for column in (TEXT, OWNER, DUE)]
            if any(c.strip() for c in cells):
                out.append(ActionInput(*cells))
        return tuple(out)

    def as_text(self) -> str:
        """The rows as typed, as text (what a crash draft keeps)."""
        return json.dumps([[a.text, a.owner, a.due] for a in self.values()], ensure_ascii=False)

    def load_text(self, text: str) -> None:
        """Rows kept by :meth:`as_text` back into the table (unreadable text: left as it is)."""
        try:
            rows = [[str(cell) for cell in row][:3] for row in json.loads(text)]
        except (ValueError, TypeError):
            return
        self.load(tuple(ActionInput(*row) for row in rows if len(row) == 3))

    def commit_edit(self) -> None:
        """What is typed in a cell still being edited becomes the cell's value: Ctrl+S while
        typing saves it (and refuses an impossible due date), as a click on Save does."""
        editor = QApplication.focusWidget()
        if (
            self.table.state() is QAbstractItemView.State.EditingState
            and editor is not None
            and self.table.isAncestorOf(editor)
        ):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _append(self, text: str = "", owner: str = "", due: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in ((TEXT, text), (OWNER, owner[:MAX_OWNER]), (DUE, due)):
            self.table.setItem(row, column, QTableWidgetItem(value))
        return row

    # --- editing ------------------------------------------------------------------------------
    def add_row(self, focus: bool = True) -> int:
        row = self._append()
        self.table.setCurrentCell(row, TEXT)
        if focus:
            self.table.setFocus()
            self.table.editItem(self.table.item(row, TEXT))
        self._changed()
        return row

    def remove_row(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        self.table.removeRow(row)  # undone with Revert (nothing is saved until Save)
        self._changed()
        return True

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    # --- errors beside the cell ---------------------------------------------------------------
    def show_error(self, field: str, message: str) -> bool:
        """``field`` is ``actions.N.text|owner|due`` (counting the non-empty rows, as saved)."""
        parts = field.split(".")
        self.error.setText(message)
        self.error.setVisible(True)
        if len(parts) == 3 and parts[1].isdigit() and parts[2] in CELLS:
            row = self._table_row(int(parts[1]))
            if row is not None:
                self.table.setCurrentCell(row, CELLS[parts[2]])
                self.table.setFocus()
        return True

    def _table_row(self, index: int) -> int | None:
        seen = -1
        for row in range(self.table.rowCount()):
            if any(self._cell(row, c).strip() for c in (TEXT, OWNER, DUE)):
                seen += 1
                if seen == index:
                    return row
        return None

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)
