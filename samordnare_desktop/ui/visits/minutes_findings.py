"""The findings under one agenda item on the minutes page: the list, a line and Enter to write
one down under the item, and findings of the meeting under no item put here (or taken away);
each move is a step on the shared undo stack."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.minutes import MinutesItemRow
from samordnare_desktop.ui.context import FINDING, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.undo import push_undoable

ID_ROLE = Qt.ItemDataRole.UserRole


class MinutesFindings(QWidget):
    def __init__(
        self, ctx: UiContext, changed: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.minutes
        self.changed = changed  # the page reloads (keeping typed minutes)
        self.item: MinutesItemRow | None = None
        self.list = QListWidget()
        self.list.setObjectName("minutes_findings")
        self.list.setAccessibleName(self.tr("Findings under this item"))
        self.list.setMaximumHeight(110)
        self.quick = QLineEdit()
        self.quick.setObjectName("minutes_quick_finding")
        self.quick.setAccessibleName(self.tr("New finding under this item"))
        self.quick.setPlaceholderText(self.tr("Write a finding and press Enter…"))
        self.others = QComboBox()
        self.others.setObjectName("minutes_other_findings")
        self.others.setAccessibleName(self.tr("Findings of the meeting under no item"))
        self.take_button = QPushButton(self.tr("Put under this item"))
        self.take_button.setObjectName("minutes_take_finding")
        self.release_button = QPushButton(self.tr("Remove from item"))
        self.release_button.setObjectName("minutes_release_finding")
        self.tools = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.tools.addWidget(self.take_button)
        self.tools.addWidget(self.release_button)
        self.tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.quick)
        layout.addWidget(self.others)
        layout.addLayout(self.tools)
        self.quick.returnPressed.connect(self.add)
        self.take_button.clicked.connect(lambda: self.take())
        self.release_button.clicked.connect(lambda: self.release())
        self.list.itemSelectionChanged.connect(self._update_buttons)

    def set_narrow(self, narrow: bool) -> None:
        """On a narrow page the two buttons go under each other (their texts whole)."""
        self.tools.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

    def show_item(self, item: MinutesItemRow | None) -> None:
        self.item = item
        self.list.clear()
        self.others.clear()
        if item is not None:
            for finding in item.findings:
                kind = f"[{finding.kind_label}] " if finding.kind_label else ""
                entry = QListWidgetItem(kind + finding.text.replace("\n", " "))
                entry.setData(ID_ROLE, finding.id)
                self.list.addItem(entry)
            general = guarded(self, lambda: self.service.general_findings(item.visit_id)) or []
            for finding in general:
                text = finding.text.replace("\n", " ")
                self.others.addItem(text if len(text) <= 80 else text[:79] + "…", finding.id)
        self._update_buttons()

    def add(self) -> bool:
        text = self.quick.text()
        if self.item is None or not text.strip():
            return False
        item_id = self.item.agenda_item_id
        row = guarded(self, lambda: self.service.add_finding(item_id, text))
        if row is None:
            return False
        self.quick.clear()
        self._done(row.id)
        return True

    def take(self) -> bool:
        finding_id = self.others.currentData()
        if self.item is None or finding_id is None:
            return False
        return self._link(finding_id, self.item.agenda_item_id, None)

    def release(self) -> bool:
        chosen = self.list.currentItem()
        if self.item is None or chosen is None:
            return False
        return self._link(chosen.data(ID_ROLE), None, self.item.agenda_item_id)

    def _link(self, finding_id, to: uuid.UUID | None, back: uuid.UUID | None) -> bool:
        return push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Move finding"),
            lambda: self.service.link_finding(finding_id, to),
            lambda: self.service.link_finding(finding_id, back),
            lambda: self._done(finding_id),
        )

    def _done(self, finding_id: uuid.UUID) -> None:
        self.changed()
        self.ctx.bus.notify(Change.of(FINDING, ids=[finding_id], source=self.parent()))

    def _update_buttons(self) -> None:
        chosen = self.item is not None
        self.quick.setEnabled(chosen)
        self.others.setEnabled(chosen and self.others.count() > 0)
        self.take_button.setEnabled(chosen and self.others.count() > 0)
        self.release_button.setEnabled(chosen and self.list.currentItem() is not None)
