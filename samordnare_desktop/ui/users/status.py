"""Who is working, in the status bar: the current user's name; a click switches ("Vem arbetar?").

At start (once the window shows, so a database with one user or none costs the first paint
nothing) the user last chosen on this computer is taken again (the settings keep the recent
choices' ids, so several databases each find their own); with several active users and none
remembered, "Vem arbetar?" is asked (only when a person watches the window). ``--user NAME``
on the command line wins over the remembered choice.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QToolButton, QWidget

from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.qt_names import set_enum
from samordnare_desktop.ui.widgets.labels import plain_label

RECENT_KEY = "users/recent"
# Qt.ItemDataRole.UserRole + 1, without making Qt before the first paint (ui.qt_names)
ID_ROLE = 0x0100 + 1
_KEEP = 20  # recent choices kept (one per database is enough; a few databases fit)


def remembered(settings: QSettings) -> list[uuid.UUID]:
    """The users chosen on this computer, the latest first."""
    found: list[uuid.UUID] = []
    for part in str(settings.value(RECENT_KEY, "") or "").split(","):
        try:
            found.append(uuid.UUID(part.strip()))
        except ValueError:
            continue
    return found


def remember(settings: QSettings, user_id: uuid.UUID) -> None:
    ids = [user_id, *(i for i in remembered(settings) if i != user_id)][:_KEEP]
    settings.setValue(RECENT_KEY, ",".join(str(i) for i in ids))


class WhoIsWorkingDialog(QDialog):
    """ "Vem arbetar?": the active users to pick from (double-click or OK)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        # its widgets' classes are made when it is first asked, not with the status bar that
        # imports this module before the window's first paint
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QListWidget,
            QListWidgetItem,
            QPushButton,
            QVBoxLayout,
        )

        super().__init__(parent)
        self.setObjectName("who_is_working")
        self.setWindowTitle(self.tr("Who is working?"))
        self.ctx = ctx
        note = plain_label(
            self.tr(
                "Choose who you are. The action plans' history, saved versions and follow-ups "
                "record your name. This computer remembers the choice."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("user_choice")
        self.list.setAccessibleName(self.tr("Users"))
        current = guarded(self, ctx.services.users.current)
        for row in guarded(self, lambda: ctx.services.users.users(include_inactive=False)) or []:
            item = QListWidgetItem(f"{row.name} – {row.role.label().lower()}")
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
            if current is not None and row.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.manage = QPushButton(self.tr("&Manage users…"))
        self.manage.setObjectName("manage_users")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.manage, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 320)

    def chosen(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def select_name(self, name: str) -> bool:
        for number in range(self.list.count()):
            if self.list.item(number).text().split(" – ")[0] == name:
                self.list.setCurrentRow(number)
                return True
        return False


class UserStatus(QToolButton):
    """The status bar's "Användare: Petra Rinman"; a click asks who is working."""

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("user_status")
        self.setAutoRaise(True)
        set_enum(self, "toolButtonStyle", "ToolButtonTextOnly")
        self.ctx = ctx
        self.window_ = window
        self.ask_at_start = False  # set by the real start (a person watches the window)
        self.clicked.connect(lambda: self.switch())
        self.setVisible(False)  # filled in once the window shows (resume)

    @property
    def users(self):
        return self.ctx.services.users

    def resume(self) -> None:
        """After the window shows: the remembered choice, else ask (several active users)."""
        from samordnare_desktop.services.users import requested_user

        if requested_user() is None:
            for user_id in remembered(self.ctx.settings):
                row = guarded(self.window_, lambda i=user_id: self._try(i))
                if row is not None:
                    break
        self.refresh()
        if (
            self.ask_at_start
            and requested_user() is None
            and self.users.current() is None
            and self.users.count_active() > 1
        ):
            self.switch()

    def _try(self, user_id: uuid.UUID):
        from samordnare_desktop.domain.errors import UserError

        try:
            return self.users.choose(user_id)
        except UserError:  # another database's user, or one deactivated since
            return None

    def refresh(self) -> None:
        from samordnare_desktop.services.users import os_user

        current = guarded(self.window_, self.users.current)
        if current is not None:
            self.setText(self.tr("User: {name}").format(name=current.name))
            self.setToolTip(
                self.tr("{name} ({role}) is working. Click to switch user.").format(
                    name=current.name, role=current.role.label().lower()
                )
            )
        else:
            self.setText(self.tr("User: {name} (login)").format(name=os_user()))
            self.setToolTip(
                self.tr(
                    "No named user is chosen: the history records the computer's login. "
                    "Click to choose or add one."
                )
            )
        self.setAccessibleName(self.text())
        self.setVisible(True)

    def switch(self) -> QDialog:
        """ "Vem arbetar?" (with no active users: Arkiv → Användare… to add one)."""
        if not self.users.count_active():
            return self.manage()
        from PySide6.QtCore import Qt  # not before the first paint (ui.qt_names)

        dialog = WhoIsWorkingDialog(self.ctx, self.window_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.choose(dialog.chosen()))
        dialog.manage.clicked.connect(lambda: (dialog.reject(), self.manage()))
        dialog.open()
        return dialog

    def choose(self, user_id: uuid.UUID | None) -> bool:
        if user_id is None:
            return False
        row = guarded(self.window_, lambda: self.users.choose(user_id))
        if row is None:
            return False
        remember(self.ctx.settings, row.id)
        self.refresh()
        self.ctx.show_status(self.tr("{name} is working now.").format(name=row.name))
        return True

    def manage(self) -> QDialog:
        from samordnare_desktop.ui.users.dialog import open_users

        return open_users(self.window_, self.ctx, self.refresh)
