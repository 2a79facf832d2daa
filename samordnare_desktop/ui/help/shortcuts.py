"""Hjälp → Kortkommandon: every keyboard shortcut of the app, by where it works.

``SHORTCUTS`` is the one list; a test walks every tab and dialog and checks that each key bound
there is listed (so the list cannot fall behind the code). Keys are written in Qt's portable
form ("Ctrl+N") and shown in the platform's own text (``QKeySequence.NativeText``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate


def shortcuts() -> list[tuple[str, list[tuple[str, str]]]]:
    """(area, [(keys, what it does)]) in the order the dialog shows them."""
    return [
        (
            translate("Shortcuts", "Everywhere"),
            [
                ("F1", translate("Shortcuts", "Handbook, at the page for where you are")),
                ("Ctrl+1 … Ctrl+5", translate("Shortcuts", "Go to the first … fifth tab")),
                ("Ctrl+F", translate("Shortcuts", "Search in the tab shown")),
                ("Ctrl+Z", translate("Shortcuts", "Undo")),
                ("Ctrl+Y, Ctrl+Shift+Z", translate("Shortcuts", "Redo")),
                ("Ctrl+Q", translate("Shortcuts", "Quit")),
            ],
        ),
        (
            translate("Shortcuts", "Date fields"),
            [
                ("Up, Down", translate("Shortcuts", "One day later / earlier")),
                ("PgUp, PgDown", translate("Shortcuts", "One month later / earlier")),
                ("Alt+Down, F4", translate("Shortcuts", "Choose from a calendar")),
            ],
        ),
        (
            translate("Shortcuts", "Municipalities"),
            [
                ("Ctrl+S", translate("Shortcuts", "Save the notes")),
                ("Del", translate("Shortcuts", "Delete the selected contact person")),
            ],
        ),
        (
            translate("Shortcuts", "Visits"),
            [
                ("Ctrl+N", translate("Shortcuts", "New visit")),
                ("Ctrl+S", translate("Shortcuts", "Save the visit")),
                ("Ctrl+D", translate("Shortcuts", "The visit's participants")),
                ("Del", translate("Shortcuts", "Delete the selected visit (in the list)")),
            ],
        ),
        (
            translate("Shortcuts", "Agenda"),
            [
                ("Ins", translate("Shortcuts", "New item")),
                (
                    "Return",
                    translate(
                        "Shortcuts", "Add or save the item (in its title and presenter fields)"
                    ),
                ),
                ("Ctrl+S", translate("Shortcuts", "Save the item")),
                ("Alt+Up, Alt+Down", translate("Shortcuts", "Move the selected item up / down")),
                ("Del", translate("Shortcuts", "Delete the selected item (in the list)")),
            ],
        ),
        (
            translate("Shortcuts", "Participants"),
            [
                ("Ctrl+N", translate("Shortcuts", "Add a participant")),
                ("Ctrl+T", translate("Shortcuts", "Attendance mode on / off")),
                ("Space", translate("Shortcuts", "In attendance mode: tick the person as present")),
                ("Del", translate("Shortcuts", "Remove the selected participants (in the list)")),
            ],
        ),
        (
            translate("Shortcuts", "Action plans"),
            [
                ("Ins", translate("Shortcuts", "New action")),
                ("Shift+Ins", translate("Shortcuts", "New development area")),
                ("F2, Return, Enter", translate("Shortcuts", "Edit the selected row")),
                ("Ctrl+S", translate("Shortcuts", "Save")),
                ("Alt+Up, Alt+Down", translate("Shortcuts", "Move the selected row up / down")),
                ("Del", translate("Shortcuts", "Delete the selected row")),
            ],
        ),
        (
            translate("Shortcuts", "Overview"),
            [
                ("Ctrl+P", translate("Shortcuts", "Quarterly report")),
                ("F5", translate("Shortcuts", "Refresh")),
            ],
        ),
    ]


def listed_keys() -> set[str]:
    """Every key the list names, in portable form ("Ctrl+N"; "Ctrl+1 … Ctrl+5" as five keys)."""
    found: set[str] = set()
    for _area, rows in shortcuts():
        for keys, _what in rows:
            if "…" in keys:
                first, last = (k.strip() for k in keys.split("…"))
                prefix = first.rsplit("+", 1)[0]
                start, end = int(first.rsplit("+", 1)[1]), int(last.rsplit("+", 1)[1])
                found |= {f"{prefix}+{n}" for n in range(start, end + 1)}
                continue
            found |= {QKeySequence(k.strip()).toString() for k in keys.split(",")}
    return found


def _native(keys: str) -> str:
    parts = []
    for key in keys.split(","):
        key = key.strip()
        if "…" in key:
            parts.append(
                " … ".join(
                    QKeySequence(k.strip()).toString(QKeySequence.SequenceFormat.NativeText)
                    for k in key.split("…")
                )
            )
        else:
            parts.append(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
    return ", ".join(parts)


class ShortcutsDialog(QDialog):
    """The list as a table a screen reader reads row by row: where, keys, what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(area, keys, what) for area, entries in shortcuts() for keys, what in entries]
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcut_table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        previous = None
        for row, (area, keys, what) in enumerate(rows):
            where = QTableWidgetItem(area if area != previous else "")
            where.setData(Qt.ItemDataRole.AccessibleTextRole, area)
            previous = area
            self.table.setItem(row, 0, where)
            self.table.setItem(row, 1, QTableWidgetItem(_native(keys)))
            self.table.setItem(row, 2, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        intro = QLabel(
            self.tr(
                "Tab and Shift+Tab move between fields; Ctrl+Tab leaves a text box. "
                "Underlined letters in the menus are reached with Alt."
            )
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)


def add_shortcuts_action(window: QMainWindow, menu: QMenu) -> QAction:
    action = QAction(translate("HelpMenu", "&Keyboard shortcuts…"), window)
    action.setObjectName("action_shortcuts")
    action.triggered.connect(lambda _checked=False: ShortcutsDialog(window).exec())
    menu.addAction(action)
    return action
