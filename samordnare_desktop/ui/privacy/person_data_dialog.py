"""A person's data (GDPR): find everything stored about someone, export it, or erase it for good.

Opened from Arkiv ("Exportera personuppgifter…", "Radera person helt…") and from the contact
list's context menu (prefilled with that contact). Erasing asks first, cannot be undone, and
also rewrites every backup; the undo history is cleared because it may point at erased rows.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
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
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search

if TYPE_CHECKING:
    from samordnare_desktop.services.privacy import EraseResult, PersonReport
    from samordnare_desktop.ui.operations import Operation


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
        self.written: list[Path] = []  # the files of the last export
        self.errors = FieldErrors()
        form, intro = self._build_search(email, name)
        buttons = self._build_buttons()
        self._build_layout(buttons, form, intro)
        self._update_buttons()
        if name or email:
            self.search()

    def _build_search(self, email, name):
        intro = QLabel(
            self.tr(
                "Find everything stored about one person, to give them a copy (access request) "
                "or to erase them from the database and every backup. Untick records that "
                "concern someone else with the same name."
            )
        )
        intro.setWordWrap(True)
        self.people_search = QLineEdit()
        self.people_search.setObjectName("people_search")
        self.people_search.setAccessibleName(self.tr("Search for a person"))
        self.people_search.setPlaceholderText(
            self.tr("Find someone among every participant of the programme…")
        )
        self.people_search.setClearButtonEnabled(True)
        fit_search(self.people_search)
        self.people = QListWidget()
        self.people.setObjectName("people")
        self.people.setMaximumHeight(120)
        self.people.hide()
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
        return form, intro

    def _build_buttons(self):
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
        self.people_search.textChanged.connect(self.search_people)
        self.people.itemActivated.connect(self._pick_person)
        self.people.itemClicked.connect(self._pick_person)
        return buttons

    def _build_layout(self, buttons, form, intro):
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.people_search)
        layout.addWidget(self.people)
        layout.addLayout(form)
        layout.addWidget(self.search_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def _update_buttons(self) -> None:
        found = bool(self.report and self.report.found)
        self.export_button.setEnabled(found)
        self.erase_button.setEnabled(found)

    def search_people(self, text: str) -> None:
        """As you type: people of the whole programme (name, organisation, e-mail, title)."""
        self.people.clear()
        hits = guarded(self, lambda: self.service.search_people(text)) if text.strip() else []
        for hit in hits or []:
            detail = ", ".join(p for p in (hit.organisation, hit.municipality, hit.email) if p)
            item = QListWidgetItem(f"{hit.name} – {detail}" if detail else hit.name)
            item.setData(Qt.ItemDataRole.UserRole, (hit.name, hit.email))
            self.people.addItem(item)
        self.people.setVisible(bool(hits))

    def _pick_person(self, item: QListWidgetItem) -> None:
        name, email = item.data(Qt.ItemDataRole.UserRole)
        self.name.setText(name)
        self.email.setText(email)
        self.search()

    def search(self) -> bool:
        """Find the person's records off the GUI thread; the list fills when they are found."""
        self.errors.clear()
        self.results.clear()
        self.report = None
        self.summary.clear()
        self._update_buttons()
        from samordnare_desktop.services.privacy import validate_query

        name, email = self.name.text(), self.email.text()
        try:
            validate_query(name, email)
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return False
        from samordnare_desktop.ui.operations import run_in_background

        self.search_button.setEnabled(False)
        self._searching = run_in_background(
            self,
            lambda _progress: self.service.find_person(name, email),
            self._show_report,
            title=self.tr("Searching every table for the person…"),
            on_failed=self._search_failed,
        )
        return True

    def _search_failed(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        show_error(self, exc)

    def _show_report(self, report: PersonReport) -> None:
        self.search_button.setEnabled(True)
        self.report = report
        self.results.clear()
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

    def export(self) -> Operation | None:
        """Write the access copy (JSON, text, PDF) off the GUI thread; None if not started."""
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
        from samordnare_desktop.ui.operations import run_in_background

        def done(written: list[Path]) -> None:
            self.written = written
            messages.inform(
                self,
                self.tr("Personal data exported"),
                self.tr(
                    "Written:\n{files}\n\nThe files contain personal data: hand them over "
                    "securely and delete your copy afterwards."
                ).format(files="\n".join(str(p) for p in written)),
            )

        return run_in_background(
            self,
            lambda _progress: self.service.export_person(
                path, query.name, query.email, only=chosen
            ),
            done,
            title=self.tr("Writing the personal data…"),
        )

    def erase(self) -> Operation | None:
        """Erase off the GUI thread (it rewrites every backup); None if not started."""
        if not (self.report and self.report.found) or self._nothing_chosen():
            return None
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
            return None

        from samordnare_desktop.services.privacy import erase_summary
        from samordnare_desktop.ui.operations import run_in_background

        def done(result: EraseResult) -> None:
            self.ctx.undo_stack.clear()  # undo entries may refer to rows that no longer exist
            self.ctx.bus.changed.emit("*")
            summary = erase_summary(result)
            self.ctx.show_status(summary)
            messages.inform(self, self.tr("Person erased"), summary)
            self.search()

        return run_in_background(
            self,
            lambda _progress: self.service.erase_person(query.name, query.email, only=chosen),
            done,
            title=self.tr("Erasing the person from the database and every backup…"),
        )


def open_person_data(parent: QWidget, ctx: UiContext, name: str = "", email: str = "") -> None:
    PersonDataDialog(parent, ctx, name, email).exec()


def popup_menu(menu: QMenu, where: QPoint) -> None:
    """Show a context menu (tests replace this function: ``QMenu.exec`` blocks)."""
    menu.exec(where)
