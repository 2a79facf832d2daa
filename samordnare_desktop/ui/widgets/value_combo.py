"""A combo box that hands back the Python value of each item (UUIDs, enums) unchanged.

``QComboBox.itemData`` converts values through QVariant: a ``StrEnum`` comes back as ``str``
and ``findData`` cannot find a ``uuid.UUID``. This keeps the values in a Python list instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


class ValueCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def add(self, label: str, value: Any) -> None:
        self._values.append(value)
        self.addItem(label)

    def clear(self) -> None:
        self._values.clear()
        super().clear()

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def index_of(self, value: Any) -> int:
        return next((i for i, v in enumerate(self._values) if v == value), -1)

    def set_value(self, value: Any) -> bool:
        index = self.index_of(value)
        if index >= 0:
            self.setCurrentIndex(index)
        return index >= 0
