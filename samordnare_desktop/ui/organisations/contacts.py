"""The Organisationer tab's contact persons: the table beside the details, add, edit and delete
(one undo step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from samordnare_desktop.ui import messages
from samordnare_desktop.ui.municipalities.contact_dialog import ContactDialog
from samordnare_desktop.ui.municipalities.contact_table_model import ContactTableModel
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.table import configure_table, fit_columns

if TYPE_CHECKING:
    from samordnare_desktop.ui.organisations.tab import OrganisationsTab


class OrganisationContacts(QObject):
    """Part of :class:`OrganisationsTab` (its ``contacts_part``)."""

    def __init__(self, tab: OrganisationsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def build(self):
        self.tab.contact_model = ContactTableModel(self.tab)
        self.tab.contacts = QTableView()
        self.tab.contacts.setObjectName("contact_table")
        self.tab.contacts.setModel(self.tab.contact_model)
        configure_table(self.tab.contacts)
        self.tab.contacts.setAccessibleName(self.tr("Contact persons"))
        fit_columns(self.tab.contacts, list(range(self.tab.contact_model.columnCount() - 1)))
        self.tab.add_contact_button = QPushButton(self.tr("Add contact…"))
        self.tab.add_contact_button.setObjectName("add_contact")
        self.tab.edit_contact_button = QPushButton(self.tr("Edit…"))
        self.tab.edit_contact_button.setObjectName("edit_contact")
        self.tab.edit_contact_button.setAccessibleName(self.tr("Edit contact"))
        self.tab.delete_contact_button = QPushButton(self.tr("Delete contact"))
        self.tab.delete_contact_button.setObjectName("delete_contact")
        contacts_box = QGroupBox(self.tr("Contact persons"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.tab.contacts)
        contact_row = QHBoxLayout()
        contact_row.addStretch(1)
        contact_row.addWidget(self.tab.delete_contact_button)
        contact_row.addWidget(self.tab.edit_contact_button)
        contact_row.addWidget(self.tab.add_contact_button)
        contacts_layout.addLayout(contact_row)
        return contacts_box

    def add_contact(self) -> None:
        current = self.tab.current
        if current is None:
            return
        dialog = ContactDialog(
            self.tab,
            lambda data: self.tab.service.add_contact(current.id, data),
            drafts=self.tab.service.db.path,
            draft_id=current.id,
        )
        if dialog.exec():
            self.reload()
            self.tab.ctx.bus.changed.emit("municipalities")

    def selected_contact(self):
        rows = self.tab.contacts.selectionModel().selectedRows()
        return self.tab.contact_model.row_at(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        chosen = self.selected_contact() is not None
        self.tab.edit_contact_button.setEnabled(chosen)
        self.tab.delete_contact_button.setEnabled(chosen)

    def reload(self) -> None:
        current = self.tab.current
        self.tab.contact_model.set_rows(self.tab.service.contacts(current.id) if current else [])
        self.update_buttons()

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return

        def save(data):
            return self.tab.service.update_contact(
                contact.id, data, expected_version=contact.version
            )

        if ContactDialog(self.tab, save, contact, drafts=self.tab.service.db.path).exec():
            self.reload()
            self.tab.ctx.bus.changed.emit("municipalities")

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if not messages.confirm(
            self.tab,
            self.tr("Delete contact"),
            self.tr("Delete the contact {name}? You can undo this with Ctrl+Z.").format(
                name=contact.name
            ),
        ):
            return

        def after() -> None:
            self.reload()
            self.tab.ctx.bus.changed.emit("municipalities")

        if push_undoable(
            self.tab,
            self.tab.ctx.undo_stack,
            self.tr("Delete contact {name}").format(name=contact.name),
            lambda: self.tab.service.delete_contact(contact.id),
            lambda: self.tab.service.restore_contact(contact.id),
            after,
        ):
            self.tab.ctx.show_status(self.tr("Contact deleted. Ctrl+Z undoes."))
