"""The focus groups a meeting concerns (issue #17), ticked on the visit's form and saved with
it: a tick is an unsaved change like any other field, Revert puts the saved ticks back."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samordnare_desktop.services.care_places import CarePlaceService


class VisitFocusGroups(QGroupBox):
    def __init__(self, service: CarePlaceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Focus groups the meeting concerns"))
        self.service = service
        self.list = QListWidget()
        self.list.setObjectName("visit_focus_groups")
        self.list.setAccessibleName(self.tr("Focus groups the meeting concerns"))
        self.list.setMaximumHeight(90)
        QVBoxLayout(self).addWidget(self.list)  # filled by load(): the form's new_visit() at once

    def load(self, visit_id: uuid.UUID | None) -> None:
        """The saved ticks of a visit (none for a new one)."""
        self.fill(self.service.visit_focus_groups(visit_id) if visit_id else ())

    def refresh(self, visit: object | None, edited: bool) -> None:
        """The focus groups changed elsewhere: the ticks made here if the form is ``edited``,
        else the visit's saved ones."""
        if edited:
            self.fill(self.checked_ids())
        else:
            self.load(getattr(visit, "id", None))

    def fill(self, ticked: Iterable[uuid.UUID]) -> None:
        """The focus groups as they are now, ``ticked`` ticked (without itemChanged)."""
        ticked = set(ticked)
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for group in self.service.focus_group_choices():
                item = QListWidgetItem(group.label)
                item.setData(Qt.ItemDataRole.UserRole, group.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if group.id in ticked else Qt.CheckState.Unchecked
                )
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)

    def checked_ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )
