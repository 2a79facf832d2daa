"""Hjälp → Kortkommandon: every key of the menus and of each tab, in one window.

The menus' keys are read from the main window's actions (so the list cannot drift from them);
the keys a tab adds for itself are listed here, in the order of the tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _native(keys: str) -> str:
    """``Ctrl+N`` as this platform writes it (⌘N on macOS), in the UI's language."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) or keys


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        for group, rows in self.groups(window):
            self._add_group(group, rows)

    def groups(self, window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
        menus = []
        for action in window.findChildren(QAction):
            if not action.shortcut().isEmpty() and action.text():
                menus.append(
                    (
                        action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                        action.text().replace("&", ""),
                    )
                )
        return [
            (self.tr("Everywhere"), list(dict.fromkeys(menus))),  # in the menus' order
            (
                self.tr("Visits"),
                [
                    (_native("Ctrl+N"), self.tr("New visit")),
                    (_native("Ctrl+S"), self.tr("Save the visit")),
                    (_native("Delete"), self.tr("Delete the visit (Ctrl+Z undoes)")),
                    (_native("Ctrl+D"), self.tr("The visit's participants")),
                ],
            ),
            (
                self.tr("Agenda"),
                [
                    (_native("Insert"), self.tr("New item")),
                    (
                        f"{_native('Alt+Up')}, {_native('Alt+Down')}",
                        self.tr("Move the item up or down"),
                    ),
                ],
            ),
            (
                self.tr("Minutes"),
                [
                    (_native("Ctrl+S"), self.tr("Save the item's minutes")),
                    (
                        f"{_native('Alt+PgDown')}, {_native('Alt+PgUp')}",
                        self.tr("Next or previous agenda item"),
                    ),
                    (_native("Insert"), self.tr("In the actions table: new action")),
                    (_native("Delete"), self.tr("In the actions table: remove the action")),
                ],
            ),
            (
                self.tr("Participants"),
                [
                    (_native("Ctrl+N"), self.tr("Add a participant")),
                    (_native("Ctrl+T"), self.tr("Attendance mode")),
                    (
                        self.tr("Space"),
                        self.tr("In attendance mode: tick or untick the arrival"),
                    ),
                    (
                        self.tr("Name, Organisation + Enter"),
                        self.tr("In attendance mode: add a walk-in as present"),
                    ),
                ],
            ),
            (
                self.tr("Action plans"),
                [
                    (_native("Insert"), self.tr("New action in the chosen area")),
                    (_native("Shift+Insert"), self.tr("New development area")),
                    (_native("Delete"), self.tr("Delete the chosen row (Ctrl+Z undoes)")),
                    (
                        f"{_native('Alt+Up')}, {_native('Alt+Down')}",
                        self.tr("Move the row up or down"),
                    ),
                    (_native("Ctrl+S"), self.tr("Save")),
                ],
            ),
            (
                self.tr("Overview"),
                [
                    (_native("Ctrl+P"), self.tr("Quarterly report")),
                    (_native("F5"), self.tr("Update the figures")),
                ],
            ),
        ]

    def _add_group(self, title: str, rows: list[tuple[str, str]]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        heading = QTableWidgetItem(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, heading)
        self.table.setSpan(row, 0, 1, 2)
        for keys, text in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))

    def rows(self) -> list[tuple[str, str]]:
        """(keys, text) of every row; a group heading has an empty text."""
        out = []
        for row in range(self.table.rowCount()):
            second = self.table.item(row, 1)
            out.append((self.table.item(row, 0).text(), second.text() if second else ""))
        return out
