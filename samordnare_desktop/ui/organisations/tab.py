"""The Organisationer tab: every organisation the coordinator works with (the 290 municipalities
and 21 regions that come with the app, and the agencies, SiS homes, organisations, universities,
unions and ministry the user adds), with search, a kind filter, and per organisation its details,
contact persons (added, edited, deleted with Ctrl+Z to undo), its people and its meetings."""

from __future__ import annotations

import contextlib
import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import NotFoundError
from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.services.field_labels import organisation_labels
from samordnare_desktop.services.organisations import OrganisationInput, OrganisationRow
from samordnare_desktop.services.visits import VisitFilter
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.organisations.contacts import OrganisationContacts
from samordnare_desktop.ui.organisations.table_model import (
    PEOPLE_COLUMN,
    OrganisationFilterProxy,
    OrganisationTableModel,
    row_of,
)
from samordnare_desktop.ui.organisations.unsaved import OrganisationUnsaved
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowTableModel
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.table import configure_table
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


class OrganisationsTab(QWidget):
    NAME = "organisations"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contacts_part = OrganisationContacts(self)
        self.unsaved = OrganisationUnsaved(self)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.organisations
        self.current: OrganisationRow | None = None
        self._baseline: tuple = ()

        kind, left = self._build_list_side()
        details_box = self._build_details(kind)
        contacts_box = self.contacts_part.build()
        self._build_people()
        meetings_box = self._build_meetings()
        self._build_layout(contacts_box, details_box, left, meetings_box)
        self._wire(ctx)
        self.refresh()
        self._show(None)

    def _build_list_side(self):
        # --- list side ------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search organisations"))
        self.search.setPlaceholderText(self.tr("Search organisation, number or county…"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
        self.kind_filter = ValueCombo()
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.add(self.tr("All kinds"), None)
        for kind in OrganisationKind:
            self.kind_filter.add(kind.label(), kind)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.model = OrganisationTableModel(self)
        self.proxy = OrganisationFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("organisation_table")
        self.table.setAccessibleName(self.tr("Organisations"))
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        # The People count is right-aligned in a column just wide enough for it and always in
        # view: the other three share the rest. (As the stretched last section it ran past the
        # view's edge in a narrow window, and its count with it.)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(PEOPLE_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PEOPLE_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(
            PEOPLE_COLUMN,
            max(
                header.sectionSizeHint(PEOPLE_COLUMN),
                self.table.fontMetrics().horizontalAdvance("100 000") + 16,
            ),
        )
        self.new_button = QPushButton(self.tr("New organisation"))
        self.new_button.setObjectName("new_organisation")
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.kind_filter, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.new_button)
        left_layout.addLayout(bottom)
        return kind, left

    def _build_details(self, kind):
        # --- details side ---------------------------------------------------------------------
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = ValueCombo()
        self.kind.setObjectName("kind")
        self.kind.add(self.tr("Choose a kind…"), None)
        for kind in OrganisationKind:
            if not kind.is_reference:
                self.kind.add(kind.label(), kind)
        self.short_name = QLineEdit()
        self.short_name.setObjectName("short_name")
        self.short_name.setPlaceholderText(self.tr("e.g. SiS, IVO, SKR"))
        self.org_number = QLineEdit()
        self.org_number.setObjectName("org_number")
        self.org_number.setPlaceholderText("NNNNNN-NNNN")
        self.parent_org = ValueCombo()
        self.parent_org.setObjectName("parent_id")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Notes about the organisation…"))
        self.notes.setTabChangesFocus(True)  # Tab moves on; a tab character is never wanted
        self.kind_label = QLabel()
        form = QFormLayout()
        labels = organisation_labels()  # services.field_labels
        self.errors.add_row(form, labels["name"], self.name, "name")
        self.errors.add_row(form, labels["kind"], self.kind, "kind")
        form.addRow("", self.kind_label)
        for widget, field in (
            (self.short_name, "short_name"),
            (self.org_number, "org_number"),
            (self.parent_org, "parent_id"),
            (self.notes, "notes"),
        ):
            self.errors.add_row(form, labels[field], widget, field)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        details_box = QGroupBox(self.tr("Organisation"))
        details_layout = QVBoxLayout(details_box)
        details_layout.addLayout(form)
        details_layout.addLayout(buttons)
        return details_box

    def _build_people(self):
        self.people_model: RowTableModel = RowTableModel(
            [
                Column(lambda: self.tr("Name"), lambda r: r.display_name),
                Column(lambda: self.tr("Title"), lambda r: r.title),
                Column(lambda: self.tr("Unit"), lambda r: r.organisation),
                Column(lambda: self.tr("E-mail"), lambda r: r.email),
            ],
            self,
        )
        self.people = QTableView()
        self.people.setObjectName("people_table")
        self.people.setAccessibleName(self.tr("People of the organisation"))
        self.people.setModel(self.people_model)
        configure_table(self.people)
        self.people_box = QGroupBox(self.tr("People"))
        QVBoxLayout(self.people_box).addWidget(self.people)

    def _build_meetings(self):
        self.meetings = QListWidget()
        self.meetings.setObjectName("meetings")
        meetings_box = QGroupBox(self.tr("Meetings"))
        QVBoxLayout(meetings_box).addWidget(self.meetings)
        return meetings_box

    def _build_layout(self, contacts_box, details_box, left, meetings_box):
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(details_box, 3)
        right_layout.addWidget(contacts_box, 2)
        right_layout.addWidget(self.people_box, 2)
        right_layout.addWidget(meetings_box, 2)

        splitter = QSplitter()
        splitter.setObjectName("organisations_splitter")  # its sizes remembered (ui.view_state)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _wire(self, ctx):
        self.search.textChanged.connect(self._on_filter_changed)
        self.kind_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self.new_button.clicked.connect(self.new_organisation)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.add_contact_button.clicked.connect(self.contacts_part.add_contact)
        self.edit_contact_button.clicked.connect(self.contacts_part.edit_contact)
        self.delete_contact_button.clicked.connect(self.contacts_part.delete_contact)
        self.contacts.doubleClicked.connect(lambda _index: self.contacts_part.edit_contact())
        self.contacts.selectionModel().selectionChanged.connect(
            lambda *_: self.contacts_part.update_buttons()
        )
        delete = QShortcut(
            QKeySequence.StandardKey.Delete,
            self.contacts,
            activated=self.contacts_part.delete_contact,
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        ctx.bus.changed.connect(self._on_bus_changed)

    # --- public API ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        selected = self.current.id if self.current else None
        # a damaged file's read said (ui.errors) and the list left empty, never a traceback
        rows = guarded(self, self.service.list) or []
        self.model.set_data(rows, guarded(self, self.service.people_counts) or {})
        self.parent_org.blockSignals(True)
        self.parent_org.clear()
        self.parent_org.add(self.tr("None"), None)
        for row in rows:
            if row.kind in (OrganisationKind.AGENCY, OrganisationKind.MINISTRY):
                self.parent_org.add(row.name, row.id)
        self.parent_org.blockSignals(False)
        self._update_count()
        if selected is not None:
            self.select_organisation(selected)

    def select_organisation(self, organisation_id: uuid.UUID) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == organisation_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return True
        return False

    def is_dirty(self) -> bool:
        """The form holds edits that are not saved."""
        return self._form_values() != self._baseline

    def about_to_close(self) -> bool:
        """The window is closing: Save / Don't save / Cancel for edits; ``False`` keeps it open."""
        if not self.is_dirty():
            return True
        self.ctx.open_tab(self.NAME)
        return self.unsaved.resolve()

    def mark_clean(self) -> None:
        self._baseline = self._form_values()

    def _form_values(self) -> tuple:
        return (
            self.name.text(),
            self.kind.value(),
            self.short_name.text(),
            self.org_number.text(),
            self.parent_org.value(),
            self.notes.toPlainText(),
        )

    def new_organisation(self) -> None:
        if self.is_dirty() and not self.unsaved.resolve():
            return
        self.table.clearSelection()
        self._show(None)
        self.name.setFocus()

    def save(self) -> bool:
        data = OrganisationInput(
            kind=(
                self.current.kind
                if self.current is not None and self.current.kind.is_reference
                else self.kind.value()
            ),
            name=self.name.text(),
            short_name=self.short_name.text(),
            org_number=self.org_number.text(),
            parent_id=self.parent_org.value(),
            notes=self.notes.toPlainText(),
        )
        current = self.current

        def run() -> OrganisationRow:
            if current is None:
                return self.service.create(data)
            return self.service.update(current.id, data, expected_version=current.version)

        from samordnare_desktop.ui.errors import attempt

        saved: list[OrganisationRow] = []
        if attempt(self, self.errors, lambda: saved.append(run())):
            self.current = saved[0]
            self.mark_clean()
            self.refresh()
            self.select_organisation(saved[0].id)
            self.ctx.bus.changed.emit("organisations")
            self.ctx.show_status(self.tr("Organisation saved."))
            return True
        return False

    def delete(self) -> None:
        current = self.current
        if current is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete organisation"),
            self.tr("Delete {name}? Its people and meetings stay. Ctrl+Z undoes.").format(
                name=current.name
            ),
        ):
            return

        def after() -> None:
            self.refresh()
            if self.current is not None and self.current.id == current.id:
                self._show(None)
            self.ctx.bus.changed.emit("organisations")

        self.current = None
        if not push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Delete organisation {name}").format(name=current.name),
            lambda: self.service.delete(current.id),
            lambda: self.service.restore(current.id),
            after,
        ):
            self.current = current
            return
        self._show(None)
        self.ctx.show_status(self.tr("Organisation deleted. Ctrl+Z undoes."))

    # --- internals ----------------------------------------------------------------------------
    def _on_filter_changed(self) -> None:
        self.proxy.set_filters(search=self.search.text(), kind=self.kind_filter.value())
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("Showing {shown} of {total} organisations").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def _on_selected(self) -> None:
        if self.unsaved.reselecting:
            return
        rows = self.table.selectionModel().selectedRows()
        row = row_of(rows[0]) if rows else None
        target = row.id if row is not None else None
        if target != (self.current.id if self.current else None) and self.is_dirty():
            self.unsaved.reselect(self.current)  # stay on the edited one while asking
            QTimer.singleShot(0, self, lambda: self.unsaved.switch_to(target))
            return
        self._show(row)

    def _show(self, row: OrganisationRow | None) -> None:
        self.current = row
        self.errors.clear()
        reference = row is not None and row.kind.is_reference
        self.name.setText(row.name if row else "")
        self.name.setReadOnly(reference)
        self.kind.setVisible(not reference)
        self.kind.set_value(row.kind if row and not reference else None)
        self.kind_label.setText(
            self.tr("{kind}: comes with the app").format(kind=row.kind_label) if reference else ""
        )
        self.kind_label.setVisible(reference)
        self.short_name.setText(row.short_name if row else "")
        self.org_number.setText(row.org_number if row else "")
        self.parent_org.set_value(row.parent_id if row else None)
        self.notes.setPlainText(row.notes if row else "")
        self.mark_clean()
        self.delete_button.setEnabled(row is not None and not reference)
        self.add_contact_button.setEnabled(row is not None)
        self.contacts_part.reload()
        people = self.ctx.services.participants.people_of_organisation(row.id) if row else []
        self.people_model.set_rows(people)
        self.people_box.setTitle(
            self.tr("People ({count})").format(count=len(people)) if row else self.tr("People")
        )
        self.meetings.clear()
        if row is not None:
            for visit in self.ctx.services.visits.list(VisitFilter(organisation_id=row.id)):
                self.meetings.addItem(
                    f"{visit.day.isoformat()}  {visit.display_title}"
                    + (f" – {visit.place_label}" if visit.place_label else "")
                )

    def _on_bus_changed(self, area: str) -> None:
        if area == "*":  # a sync's pull, an import, an erasure: the register may have changed
            _read_again(self)
        if area == "municipalities":  # contacts (also this tab's own edits): not the form
            self.contacts_part.reload()
        if area in ("visits", "participants"):
            if self.current is not None and not self.is_dirty():  # typed edits are kept
                self._show(self.current)
            self.model.set_people(self.service.people_counts())

    # --- moved to contacts.py ----------------------------------------
    def add_contact(self) -> None:
        self.contacts_part.add_contact()

    def edit_contact(self) -> None:
        self.contacts_part.edit_contact()

    def delete_contact(self) -> None:
        self.contacts_part.delete_contact()


def _read_again(tab: OrganisationsTab) -> None:
    """The list and the organisation shown read again. Typed edits leave both as they are:
    the save is checked against the version they were typed over, so an organisation changed
    meanwhile is refused as a stale edit, the text kept, never written over unseen."""
    if tab.is_dirty():
        return
    current = tab.current
    tab.refresh()
    if current is not None and tab.current is not None and tab.current.id == current.id:
        with contextlib.suppress(NotFoundError):  # gone meanwhile: the list says so
            tab._show(tab.service.get(current.id))
