"""Manage the template agendas: see their length, rename and delete them (Ctrl+Z restores)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.agendas import AgendaService, TemplateRow
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.labels import plain_label


class AgendaTemplatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_templates_dialog")
        self.setWindowTitle(self.tr("Agenda templates"))
        self.ctx = ctx
        self.service: AgendaService = ctx.services.agendas
        self.list = QListWidget()
        self.list.setObjectName("template_list")
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview = plain_label()
        self.preview.setObjectName("template_preview")
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setObjectName("rename_template")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_template")
        hint = QLabel(
            self.tr(
                "To change a template's items: apply it to a visit, edit the agenda and save it "
                "as a template under the same name."
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.resize(640, 380)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.refresh()

    def refresh(self, select: object = None) -> None:
        self.list.clear()
        for template in guarded(self, self.service.templates) or []:
            item = QListWidgetItem(template.name)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
            if template.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _refresh_if_alive(self) -> None:
        """Undo may run after the dialog closed and its widgets were deleted."""
        with contextlib.suppress(RuntimeError):
            self.refresh()

    def current(self) -> TemplateRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_current(self) -> None:
        template = self.current()
        self.rename_button.setEnabled(template is not None)
        self.delete_button.setEnabled(template is not None)
        if template is None:
            self.preview.setText(self.tr("There are no templates."))
            return
        hours, minutes = divmod(template.total_minutes, 60)
        count = template.item_count  # a plain name: lupdate skips a %n count written otherwise
        lines = [
            self.tr("{name}: {items}, {hours} h {minutes} min").format(
                name=template.name,
                items=translate("AgendaTemplatesDialog", "%n item(s)", None, count),
                hours=hours,
                minutes=minutes,
            ),
            "",
        ]
        cursor = 0
        for entry in guarded(self, lambda: self.service.template_items(template.id)) or []:
            lines.append(f"+{cursor // 60}.{cursor % 60:02d}  {entry.title}")
            cursor += entry.duration_minutes
        self.preview.setText("\n".join(lines))

    def rename(self) -> None:
        template = self.current()
        if template is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename template"), self.tr("New name:"), text=template.name
        )
        if not ok:
            return
        if guarded(self, lambda: self.service.rename_template(template.id, name) or True):
            self.refresh(template.id)

    def delete(self) -> None:
        template = self.current()
        if template is None or not messages.confirm(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template {name}? You can undo this with Ctrl+Z.").format(
                name=template.name
            ),
        ):
            return
        deleted = push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Delete template {name}").format(name=template.name),
            lambda: self.service.delete_template(template.id),
            lambda: self.service.restore_template(template.id),
            self._refresh_if_alive,
        )
        self.refresh()
        if deleted:  # a refused delete no longer reports "Template deleted"
            self.ctx.show_status(self.tr("Template deleted. Ctrl+Z undoes."))
