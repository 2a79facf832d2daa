"""The time-study categories are data: add, rename, hide (a hidden category keeps its minutes and
comes back with undo). Shares always use every category's minutes, hidden ones included."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.services.time_study import CategoryRow
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.form import FieldErrors

ID_ROLE = Qt.ItemDataRole.UserRole


class TimeCategoriesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("time_categories_dialog")
        self.setWindowTitle(self.tr("Time-study categories"))
        self.ctx = ctx
        self.service = ctx.services.time_studies
        self.errors = FieldErrors()
        self.categories: list[CategoryRow] = []
        self.list = QListWidget()
        self.list.setObjectName("categories")
        self.list.setAccessibleName(self.tr("Time categories"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("Name of a new category, or the new name"))
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Name"), self.name, "name")
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("add")
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setObjectName("rename")
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("hide")
        row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.hide_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(520, 460)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.hide_button.clicked.connect(self.hide_selected)
        self.list.currentItemChanged.connect(self._on_current)
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        self.categories = self.service.categories()
        self.list.clear()
        for c in self.categories:
            item = QListWidgetItem(c.name)
            item.setData(ID_ROLE, str(c.id))
            self.list.addItem(item)
            if c.id == select:
                self.list.setCurrentItem(item)
        self._on_current()

    def selected(self) -> CategoryRow | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next((c for c in self.categories if str(c.id) == item.data(ID_ROLE)), None)

    def _on_current(self, *_args: object) -> None:
        has = self.selected() is not None
        self.rename_button.setEnabled(has)
        self.hide_button.setEnabled(has)

    def _run(self, action) -> object | None:
        try:
            result = action()
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return None
        except Exception as exc:
            show_error(self, exc)
            return None
        self.errors.clear()
        self.ctx.bus.changed.emit("time_studies")
        return result

    def add(self) -> None:
        added = self._run(lambda: self.service.add_category(self.name.text()))
        if added is not None:
            self.name.clear()
            self.refresh(added.id)

    def rename(self) -> None:
        category = self.selected()
        if category is None:
            return
        renamed = self._run(
            lambda: self.service.rename_category(
                category.id, self.name.text(), expected_version=category.version
            )
        )
        if renamed is not None:
            self.name.clear()
            self.refresh(renamed.id)

    def hide_selected(self) -> None:
        category = self.selected()
        if category is None:
            return
        if not messages.confirm(
            self,
            self.tr("Hide category"),
            self.tr(
                "Hide the category {name}? Its minutes stay stored and still count in the "
                "shares. You can undo this with Ctrl+Z."
            ).format(name=category.name),
        ):
            return

        def after() -> None:
            self.refresh()
            self.ctx.bus.changed.emit("time_studies")

        push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Hide category {name}").format(name=category.name),
            lambda: self.service.delete_category(category.id),
            lambda: self.service.restore_category(category.id),
            after,
        )
