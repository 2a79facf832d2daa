"""The user's own themes (Iakttagelser → Themes…): rename one, or delete it after a confirmation
that says how many findings carry it (they lose the tag). Both go on the shared undo stack: Ctrl+Z
gives the old name back, or the theme and its tags. The visit questions are the programme's and
are edited with the visits, not here."""

from __future__ import annotations

import contextlib
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.finding import ThemeSource
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import FINDING, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.labels import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ThemesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themes_dialog")
        self.setWindowTitle(self.tr("Themes"))
        self.ctx = ctx
        self.service = ctx.services.findings
        self.list = QListWidget()
        self.list.setObjectName("theme_list")
        self.list.setAccessibleName(self.tr("Your own themes"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setObjectName("rename_theme")
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("delete_theme")
        note = plain_label(
            self.tr(
                "Your own themes, beside the programme's visit questions. A deleted theme is "
                "taken off the findings that carry it; Ctrl+Z brings it back."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(460, 420)
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename_selected())
        self.refresh()

    def refresh(self, select: uuid.UUID | None = None) -> None:
        chosen = select or self.selected()
        options = guarded(self, self.service.themes) or []
        self.list.clear()
        for option in options:
            if option.key.source is not ThemeSource.USER:
                continue
            item = QListWidgetItem(option.label)
            item.setData(ID_ROLE, option.key.id)
            self.list.addItem(item)
            if option.key.id == chosen:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def selected(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def select(self, name: str) -> bool:
        found = self.list.findItems(name, Qt.MatchFlag.MatchExactly)
        if found:
            self.list.setCurrentItem(found[0])
        return bool(found)

    def rename_selected(self, name: str | None = None) -> bool:
        theme_id = self.selected()
        item = self.list.currentItem()
        if theme_id is None or item is None:
            return False
        old = item.text()
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename theme"), self.tr("Theme"), QLineEdit.EchoMode.Normal, old
            )
            if not ok or name.strip() == old:
                return False
        new = name
        return push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Rename theme"),
            lambda: self.service.rename_theme(theme_id, new),
            lambda: self.service.rename_theme(theme_id, old),
            lambda: self._changed(theme_id),
        )

    def delete_selected(self) -> bool:
        theme_id = self.selected()
        item = self.list.currentItem()
        if theme_id is None or item is None:
            return False
        used = guarded(self, lambda: self.service.theme_use(theme_id))
        if used is None:
            return False
        text = self.tr("Delete the theme “{name}”?").format(name=item.text())
        if used:
            text += " " + self.tr("Findings that carry it: {count} (they lose the tag).").format(
                count=used
            )
        text += " " + self.tr("You can undo this with Ctrl+Z.")
        if not messages.confirm(self, self.tr("Delete theme"), text):
            return False
        tagged: list[uuid.UUID] = []

        def do() -> None:
            tagged[:] = self.service.delete_theme(theme_id)

        return push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Delete theme"),
            do,
            lambda: self.service.restore_theme(theme_id, tuple(tagged)),
            lambda: self._changed(theme_id),
        )

    def _changed(self, theme_id: uuid.UUID) -> None:
        self.ctx.bus.notify(Change.of(FINDING))
        with contextlib.suppress(RuntimeError):  # an undo after the dialog was closed
            self.refresh(theme_id)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
