"""Right-click on a contact: its personal data (export, erase) in the person-data dialog.

The dialog's module is imported at the right-click, not with the Kommuner tab (its forms were
some 20 ms of the tab's first view)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QTableView

from samordnare_desktop.i18n import translate
from samordnare_desktop.ui.context import UiContext


def add_contact_context_menu(view: QTableView, selected, ctx: UiContext) -> None:
    """``selected()`` returns the ContactRow right-clicked (or None)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos) -> None:
        from samordnare_desktop.ui.privacy import person_data_dialog as dialog

        contact = selected()
        if contact is None:
            return
        menu = QMenu(view)
        for text in (
            translate("PersonDataDialog", "Export personal data…"),
            translate("PersonDataDialog", "Erase person completely…"),
        ):
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _c=False: dialog.open_person_data(
                    view.window(), ctx, contact.name, contact.email
                )
            )
        dialog.popup_menu(menu, view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show)
