"""A municipality's directory of people: search it, put people on the visit, remove people.

Removing someone from the directory hides them everywhere (their participations too) and can
be undone with Ctrl+Z; it is how the coordinator stops keeping data about a person.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.participants import ParticipantService, PersonRow
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search
from samordnare_desktop.ui.widgets.table import configure_table


class PersonTableModel(RowTableModel[PersonRow]):
    def __init__(self, counts: dict[uuid.UUID, int], parent: object = None) -> None:
        self.counts = counts
        super().__init__(
            [
                Column(lambda: translate("PersonTableModel", "Name"), lambda r: r.display_name),
                Column(
                    lambda: translate("PersonTableModel", "Title / role"),
                    lambda r: ", ".join(dict.fromkeys(p for p in (r.office, r.title) if p)),
                ),
                Column(
                    lambda: translate("PersonTableModel", "Organisation"), lambda r: r.organisation
                ),
                Column(
                    lambda: translate("PersonTableModel", "Category"), lambda r: r.category.label()
                ),
                Column(lambda: translate("PersonTableModel", "E-mail"), lambda r: r.email),
                Column(
                    lambda: translate("PersonTableModel", "Visits"),
                    lambda r: self.counts.get(r.id, 0),
                    align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
            ],
            parent,
        )


class PersonFilterProxy(RowFilterProxy):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        def change() -> None:
            self._needle = match_key(text)

        self.change_filter(change)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._needle:
            return True
        row: PersonRow = self.sourceModel().index(source_row, 0, source_parent).data(ROW_ROLE)
        text = match_key(f"{row.display_name} {row.title} {row.organisation} {row.email}")
        return all(word in text for word in self._needle.split())


class PersonDirectoryDialog(QDialog):
    """``add_to_visit(person_ids)`` puts the chosen people on the current visit's list."""

    def __init__(
        self,
        parent: QWidget | None,
        service: ParticipantService,
        municipality_id: uuid.UUID | None,
        municipality_name: str,
        undo_stack,
        add_to_visit: Callable[[list[uuid.UUID]], object] | None,
        on_change: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("person_directory_dialog")
        self.setWindowTitle(
            self.tr("People in {municipality}").format(municipality=municipality_name)
        )
        self.service = service
        self.municipality_id = municipality_id
        self.undo_stack = undo_stack
        self._add_to_visit = add_to_visit
        self._on_change = on_change

        info = QLabel(
            self.tr(
                "Everyone the app keeps about this municipality. Removing a person hides them "
                "and their participation everywhere (Ctrl+Z undoes)."
            )
        )
        info.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setPlaceholderText(self.tr("Search name, organisation or e-mail…"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
        self.model = PersonTableModel({}, self)
        self.proxy = PersonFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("person_table")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((0, 180), (1, 170), (3, 170), (4, 200)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        self.count = plain_label()
        self.add_button = QPushButton(self.tr("Put on this visit's list"))
        self.add_button.setObjectName("add_to_visit")
        self.add_button.setVisible(add_to_visit is not None)
        self.remove_button = QPushButton(self.tr("Remove from directory…"))
        self.remove_button.setObjectName("remove_person")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(1000, 600)

        self.search.textChanged.connect(self._on_search)
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda _i: self.add_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.reload()

    def reload(self) -> None:
        people = guarded(self, lambda: self.service.directory(self.municipality_id, limit=None))
        counts = guarded(self, lambda: self.service.visit_counts(self.municipality_id))
        self.model.counts = counts or {}
        self.model.set_rows(people or [])
        self._update()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update()

    def _update(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total} people").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )
        selected = bool(self.selected())
        self.add_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def select_person(self, person_id: uuid.UUID) -> bool:
        """Choose the person in the table (clearing the search when it hides them)."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, 0)
                if index.data(ROW_ROLE).id == person_id:
                    self.table.selectRow(row)
                    self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                    self.table.setFocus()
                    return True
            if attempt == 0 and self.search.text():
                self.search.clear()
            else:
                break
        return False

    def selected(self) -> list[PersonRow]:
        return [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]

    def add_selected(self) -> None:
        people = self.selected()
        if not people or self._add_to_visit is None:
            return
        if guarded(self, lambda: self._add_to_visit([p.id for p in people])) is not None:
            self.reload()

    def remove_selected(self) -> None:
        people = self.selected()
        if not people:
            return
        names = ", ".join(p.display_name for p in people[:5]) + ("…" if len(people) > 5 else "")
        count = len(people)  # a plain name: lupdate skips a %n count written otherwise
        if not messages.confirm(
            self,
            self.tr("Remove from directory"),
            translate(
                "PersonDirectoryDialog",
                "Remove %n person(s) from the municipality's directory: {names}? They "
                "disappear from every visit's list too. You can undo this with Ctrl+Z.",
                None,
                count,
            ).format(names=names),
        ):
            return
        ids = [p.id for p in people]

        def after() -> None:
            self.reload()
            self._on_change()

        if not push_undoable(
            self,
            self.undo_stack,
            self.tr("Remove {names} from the directory").format(names=names),
            lambda: self.service.delete_people(ids),
            lambda: self.service.restore_people(ids),
            after,
        ):
            after()
