"""A combo box that hands back the Python value of each item (UUIDs, enums) unchanged.

``QComboBox.itemData`` converts values through QVariant: a ``StrEnum`` comes back as ``str``,
and ``findData`` compares by identity, so it cannot find a ``uuid.UUID`` or a tuple equal to the
one stored. This keeps the values in a Python list instead. It is a drop-in replacement:
``addItem(text, value)``, ``findData``, ``currentData`` and ``itemData`` (user role) work on the
Python values, as do the shorter ``add``, ``value``, ``index_of`` and ``set_value``. Any combo
that stores something other than ``str`` or ``int`` as item data should be a ``ValueCombo``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

USER_ROLE = Qt.ItemDataRole.UserRole


class ValueCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def add(self, label: str, value: Any) -> None:
        self.addItem(label, value)

    def add_many(self, items: list[tuple[str, Any]]) -> None:
        """``add`` each (label, value) of ``items``, the labels in one call to Qt (a register of
        290 municipalities took 290 calls)."""
        self._values.extend(value for _label, value in items)
        super().addItems([label for label, _value in items])

    def addItem(self, text: str, userData: Any = None) -> None:
        self._values.append(userData)
        super().addItem(text)

    def removeItem(self, index: int) -> None:
        if 0 <= index < len(self._values):
            del self._values[index]
            super().removeItem(index)

    def clear(self) -> None:
        self._values.clear()
        super().clear()

    def value(self) -> Any:
        return self.itemData(self.currentIndex())

    def index_of(self, value: Any) -> int:
        return next((i for i, v in enumerate(self._values) if v == value), -1)

    def set_value(self, value: Any) -> bool:
        index = self.index_of(value)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0

    # QComboBox's own names, on the Python values (other roles go to Qt as usual)
    def itemData(self, index: int, role: int = USER_ROLE) -> Any:
        if role != USER_ROLE:
            return super().itemData(index, role)
        return self._values[index] if 0 <= index < len(self._values) else None

    def currentData(self, role: int = USER_ROLE) -> Any:
        return self.itemData(self.currentIndex(), role)

    def findData(self, data: Any, role: int = USER_ROLE, *flags: Any) -> int:
        if role != USER_ROLE:
            return super().findData(data, role, *flags)
        return self.index_of(data)
