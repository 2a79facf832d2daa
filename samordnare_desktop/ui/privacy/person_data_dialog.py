"""A person's data (GDPR): find everything stored about someone, export it, or erase it for good.

Opened from Arkiv ("Exportera personuppgifter…", "Radera person helt…") and from the contact
list's context menu (prefilled with that contact). Erasing asks first, cannot be undone, and
also rewrites every backup; the undo history is cleared because it may point at erased rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from samordnare_desktop.services.privacy import PersonReport


def choose_export_path(parent: QWidget | None, suggestion: str) -> Path | None:
    """Ask where to write the export (tests replace this function)."""
    from samordnare_desktop.ui import files

    return files.ask_save_path(
        parent,
        QApplication.translate("PersonDataDialog", "Export personal data"),
        suggestion,
        QApplication.translate("PersonDataDialog", "JSON and text (*.json)"),
    )


class PersonDataDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx: UiContext, name: str = "", email: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_data_dialog")
        self.setWindowTitle(self.tr("Personal data"))
        self.ctx = ctx
        self.service = ctx.services.privacy
        self.report: PersonReport | None = None
        self.errors = FieldErrors()
        intro = QLabel(
            self.tr(
                "Find everything stored about one person, to give them a copy (access request) "
                "or to erase them from the database and every backup. Untick records that "
                "concern someone else with the same name."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setObjectName("name")
        self.email = QLineEdit(email)
        self.email.setObjectName("email")
        self.errors.add_row(form, self.tr("Name"), self.name, "name")
        self.errors.add_row(form, self.tr("E-mail"), self.email, "email")
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("search")
        self.search_button.setDefault(True)
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.results.setAccessibleName(self.tr("Records found"))
        self.summary = plain_label()
        self.summary.setObjectName("summary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("export")
        self.erase_button = buttons.addButton(
            self.tr("Erase completely…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("erase")
        buttons.rejected.connect(self.reject)
        self.search_button.clicked.connect(self.search)
        self.name.returnPressed.connect(self.search)
        self.email.returnPressed.connect(self.search)
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.erase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(620, 460)
        self._update_buttons()
        if name or email:
            self.search()

    def _update_buttons(self) -> None:
        found = bool(self.report and self.report.found)
        self.export_button.setEnabled(found)
        self.erase_button.setEnabled(found)

    def search(self) -> bool:
        self.errors.clear()
        self.results.clear()
        self.report = None
        try:
            self.report = self.service.find_person(self.name.text(), self.email.text())
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
        except Exception as exc:
            show_error(self, exc)
        if self.report is not None:
            for record in self.report.records:
                text = f"{record.label} – {record.where}" if record.where else record.label
                if record.deleted:
                    text += " " + self.tr("(deleted, purged at close)")
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.results.addItem(item)
            self.summary.setText(
                self.tr("{count} records found.").format(count=len(self.report.records))
                if self.report.found
                else self.tr("Nothing is stored about this person.")
            )
        else:
            self.summary.clear()
        self._update_buttons()
        return self.report is not None

    def chosen_ids(self) -> list[str]:
        """The ids of the ticked records (untick someone else who has the same name)."""
        return [
            self.results.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.results.count())
            if self.results.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _nothing_chosen(self) -> bool:
        if self.chosen_ids():
            return False
        messages.inform(
            self, self.tr("Personal data"), self.tr("Tick the records that concern this person.")
        )
        return True

    def export(self) -> list[Path] | None:
        if not (self.report and self.report.found) or self._nothing_chosen():
            return None
        stem = "personuppgifter-" + "-".join(
            (self.report.query.name or self.report.query.email).split()
        )
        path = choose_export_path(self, f"{stem}.json")
        if path is None:
            return None
        query = self.report.query
        chosen = self.chosen_ids()
        written = guarded(
            self,
            lambda: self.service.export_person(path, query.name, query.email, only=chosen),
        )
        if written:
            messages.inform(
                self,
                self.tr("Personal data exported"),
                self.tr(
                    "Written:\n{files}\n\nThe files contain personal data: hand them over "
                    "securely and delete your copy afterwards."
                ).format(files="\n".join(str(p) for p in written)),
            )
        return written

    def erase(self) -> bool:
        if not (self.report and self.report.found) or self._nothing_chosen():
            return False
        query = self.report.query
        chosen = self.chosen_ids()
        if not messages.confirm(
            self,
            self.tr("Erase person completely"),
            self.tr(
                "Erase {person} completely? {count} records are deleted or anonymised in the "
                "database and in every backup. This cannot be undone."
            ).format(person=query.describe(), count=len(chosen)),
        ):
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = guarded(
                self, lambda: self.service.erase_person(query.name, query.email, only=chosen)
            )
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            return False
        self.ctx.undo_stack.clear()  # undo entries may refer to rows that no longer exist
        self.ctx.bus.changed.emit("*")
        from samordnare_desktop.commands.privacy import erase_summary

        summary = erase_summary(result)
        self.ctx.show_status(summary)
        messages.inform(self, self.tr("Person erased"), summary)
        self.search()
        return True


def open_person_data(parent: QWidget, ctx: UiContext, name: str = "", email: str = "") -> None:
    PersonDataDialog(parent, ctx, name, email).exec()


def add_file_menu_actions(window: QWidget, menu: QMenu, ctx: UiContext) -> None:
    """The Arkiv menu entries (one line in main_window)."""
    export = QAction(QApplication.translate("PersonDataDialog", "Export personal data…"), window)
    export.setObjectName("action_export_person")
    export.triggered.connect(lambda: open_person_data(window, ctx))
    erase = QAction(QApplication.translate("PersonDataDialog", "Erase person completely…"), window)
    erase.setObjectName("action_erase_person")
    erase.triggered.connect(lambda: open_person_data(window, ctx))
    menu.addSeparator()
    menu.addAction(export)
    menu.addAction(erase)


def popup_menu(menu: QMenu, where: QPoint) -> None:
    """Show a context menu (tests replace this function: ``QMenu.exec`` blocks)."""
    menu.exec(where)


def add_contact_context_menu(view: QTableView, selected, ctx: UiContext) -> None:
    """Right-click on a contact: its personal data (``selected()`` returns the ContactRow)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos) -> None:
        contact = selected()
        if contact is None:
            return
        menu = QMenu(view)
        for text in (
            QApplication.translate("PersonDataDialog", "Export personal data…"),
            QApplication.translate("PersonDataDialog", "Erase person completely…"),
        ):
            action = menu.addAction(text)
            action.triggered.connect(
                lambda _c=False: open_person_data(view.window(), ctx, contact.name, contact.email)
            )
        popup_menu(menu, view.viewport().mapToGlobal(pos))

    view.customContextMenuRequested.connect(show)
