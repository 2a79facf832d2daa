"""A ticked list with a filter line above it (themes, focus groups, organisations of a finding)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samordnare_desktop.domain.search import fold
from samordnare_desktop.ui.widgets.sizing import fit_search


class CheckList(QWidget):
    def __init__(
        self, name: str, accessible: str, placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName(f"{name}_filter")
        self.filter_edit.setPlaceholderText(placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        fit_search(self.filter_edit)
        self.filter_edit.setAccessibleName(placeholder)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setAccessibleName(accessible)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)
        self.filter_edit.textChanged.connect(self._filter)

    def fill(self, options: Iterable[tuple[Any, str]], ticked: Iterable[Any] = ()) -> None:
        wanted = set(ticked)
        self.list.clear()
        for value, label in options:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in wanted else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self._filter(self.filter_edit.text())

    def add(self, value: Any, label: str, *, ticked: bool = True) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def ticked(self) -> tuple[Any, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_ticked(self, value: Any, ticked: bool = True) -> bool:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return True
        return False

    def _filter(self, text: str) -> None:
        wanted = fold(text).split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            shown = item.checkState() == Qt.CheckState.Checked or all(
                w in fold(item.text()) for w in wanted
            )
            item.setHidden(not shown)


def ids(values: Iterable[Any]) -> tuple[uuid.UUID, ...]:
    return tuple(v for v in values if isinstance(v, uuid.UUID))
