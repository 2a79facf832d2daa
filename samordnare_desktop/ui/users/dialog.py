"""Arkiv → Användare…: the team's named users in a sortable list; add one, change a name or
role, deactivate one who left (kept: the history names them) or activate again. Every change
goes on the shared undo stack (Ctrl+Z): an add is taken back, a rename gets the old name back,
a deactivation is undone."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.user import MAX_NAME, UserRole, user_name
from samordnare_desktop.services.users import UserRow
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import attempt, guarded
from samordnare_desktop.ui.table_model import Column, RowTableModel, swedish_sort_key
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table, fit_columns
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


def _state(row: UserRow) -> str:
    if row.active:
        return QCoreApplication.translate("UsersDialog", "Active")
    return QCoreApplication.translate("UsersDialog", "Deactivated")


COLUMNS: list[Column[UserRow]] = [
    Column(
        lambda: QCoreApplication.translate("UsersDialog", "Name"),
        lambda r: r.name,
        sort=lambda r: swedish_sort_key(r.name),
    ),
    Column(lambda: QCoreApplication.translate("UsersDialog", "Role"), lambda r: r.role.label()),
    Column(
        lambda: QCoreApplication.translate("UsersDialog", "Status"),
        _state,
        sort=lambda r: (not r.active, swedish_sort_key(r.name)),
    ),
]


class UserForm(QDialog):
    """Name and role of a new user, or of one being changed."""

    def __init__(self, title: str, row: UserRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_form")
        self.setWindowTitle(title)
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("user_name")
        self.name.setMaxLength(MAX_NAME)
        self.role = ValueCombo()
        self.role.setObjectName("user_role")
        for role in UserRole:
            self.role.add(role.label(), role)
        self.role.setCurrentIndex(self.role.findData(row.role if row else UserRole.COORDINATOR))
        self.errors = FieldErrors()
        form = QFormLayout()
        self.errors.add_row(form, self.tr("&Name"), self.name, "name")
        self.errors.add_row(form, self.tr("&Role"), self.role, "role")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def values(self) -> tuple[str, UserRole]:
        return self.name.text(), self.role.currentData()

    def accept(self) -> None:
        # the name is checked here as the service will (empty, too long): said beside the field
        if attempt(self, self.errors, lambda: user_name(self.name.text())):
            super().accept()


class UsersDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("users_dialog")
        self.setWindowTitle(self.tr("Users"))
        self.ctx = ctx
        self.service = ctx.services.users
        self.on_change = on_change or (lambda: None)
        note = plain_label(
            self.tr(
                "The team's people. Who is working is recorded in the action plans' history, "
                "saved versions and follow-ups. One who has left is deactivated, not removed: "
                "the history still names them. Ctrl+Z undoes a change."
            )
        )
        note.setWordWrap(True)
        self.model: RowTableModel[UserRow] = RowTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setObjectName("user_table")
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setModel(self.model)
        configure_table(self.table)
        fit_columns(self.table, [0, 1])
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("add_user")
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.setObjectName("edit_user")
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setObjectName("toggle_user")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(560, 420)
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.active_button.clicked.connect(lambda: self.toggle_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # --- the list -----------------------------------------------------------------------------
    def refresh(self, select: uuid.UUID | None = None) -> None:
        chosen = select or self.selected_id()
        rows = guarded(self, self.service.users) or []
        self.model.set_rows(rows)
        if chosen is not None:
            self.select_id(chosen)
        self._update_buttons()

    def names(self) -> list[str]:
        """The names as the list shows them, top to bottom (tests, screenshots)."""
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())]

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected()
        return row.id if row else None

    def select_id(self, user_id: uuid.UUID) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == user_id:
                self.table.selectRow(number)
                return True
        return False

    def select_name(self, name: str) -> bool:
        row = next((r for r in self.model.rows() if r.name == name), None)
        return row is not None and self.select_id(row.id)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(
            self.tr("&Activate") if row is not None and not row.active else self.tr("&Deactivate")
        )

    def _changed(self, select: uuid.UUID | None = None) -> None:
        self.on_change()  # the window's status bar: also after the dialog was closed
        with contextlib.suppress(RuntimeError):  # an undo after the dialog was closed
            self.refresh(select)

    # --- changes ------------------------------------------------------------------------------
    def add(self, name: str | None = None, role: UserRole | None = None) -> bool:
        """A new user (asked in a form unless ``name`` is given); Ctrl+Z takes it back."""
        if name is None:
            form = UserForm(self.tr("New user"), None, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return False
            name, role = form.values()
        added: list[uuid.UUID] = []

        def do() -> None:
            if added:
                self.service.restore(added[0])
            else:
                added.append(self.service.add(name, role or UserRole.COORDINATOR).id)

        return push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Add user"),
            do,
            lambda: self.service.delete(added[0]),
            lambda: self._changed(added[0] if added else None),
        )

    def edit_selected(self, name: str | None = None, role: UserRole | None = None) -> bool:
        """Change the selected user's name or role; Ctrl+Z gives the old ones back (what the
        history recorded before stays as it was)."""
        old = self.selected()
        if old is None:
            return False
        if name is None:
            form = UserForm(self.tr("Change user"), old, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return False
            name, role = form.values()
        role = role or old.role
        if name.strip() == old.name and role is old.role:
            return False
        new_name = name
        return push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Change user"),
            lambda: self.service.edit(old.id, new_name, role, old.version),
            lambda: self.service.edit(old.id, old.name, old.role),
            lambda: self._changed(old.id),
        )

    def toggle_selected(self) -> bool:
        """Deactivate the selected user (or activate one deactivated); Ctrl+Z undoes it."""
        row = self.selected()
        if row is None:
            return False
        active = not row.active
        done = push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Activate user") if active else self.tr("Deactivate user"),
            lambda: self.service.set_active(row.id, active),
            lambda: self.service.set_active(row.id, not active),
            lambda: self._changed(row.id),
        )
        note = getattr(self.service, "login_note", None)
        if done and note:  # what became of their login on the team server, in one line
            from samordnare_desktop.ui.messages import inform

            inform(self, self.tr("Login on the team server"), note)
        return done


def open_users(window: QWidget, ctx: UiContext, on_change: Callable[[], None]) -> UsersDialog:
    dialog = UsersDialog(ctx, window, on_change)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
