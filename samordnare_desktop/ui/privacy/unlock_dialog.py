"""Unlock an encrypted database at start: passphrase, or the recovery key instead.

A wrong secret is reported beside the field and the dialog stays open; nothing on disk changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.widgets.form import FieldErrors


class UnlockDialog(QDialog):
    def __init__(self, parent: QWidget | None, db_path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Unlock the database"))
        self.db_path = Path(db_path)
        self.key: bytes | None = None
        self.errors = FieldErrors()
        intro = QLabel(
            self.tr("The database is encrypted. Enter your passphrase to open it.\n{path}").format(
                path=str(self.db_path)
            )
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = self._form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Passphrase"), self.passphrase, "passphrase")
        self.use_recovery = QCheckBox(self.tr("Use recovery key"))
        self.use_recovery.setObjectName("use_recovery")
        form.addRow("", self.use_recovery)
        self.recovery = QLineEdit()
        self.recovery.setObjectName("recovery_key")
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.errors.add_row(form, self.tr("Recovery key"), self.recovery, "recovery_key")
        self.use_recovery.toggled.connect(self._on_mode)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.open_button.setText(self.tr("Open"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._on_mode(False)

    def _on_mode(self, recovery: bool) -> None:
        self.errors.clear()
        form = self._form
        form.setRowVisible(self.passphrase.parentWidget(), not recovery)
        form.setRowVisible(self.recovery.parentWidget(), recovery)
        (self.recovery if recovery else self.passphrase).setFocus()

    def try_unlock(self) -> bool:
        from samordnare_desktop.services import database_files as keys

        field = "recovery_key" if self.use_recovery.isChecked() else "passphrase"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if field == "recovery_key":
                self.key = keys.unlock_with_recovery_key(self.db_path, self.recovery.text())
            else:
                self.key = keys.unlock_with_passphrase(self.db_path, self.passphrase.text())
        except keys.WrongSecretError as exc:
            QApplication.restoreOverrideCursor()
            self.errors.show(ValidationError(field, exc.message))
            self.adjustSize()  # room for the message under the field
            (self.recovery if field == "recovery_key" else self.passphrase).selectAll()
            return False
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QApplication.restoreOverrideCursor()
        self.passphrase.clear()
        self.recovery.clear()
        self.accept()
        return True


def unlock(parent: QWidget | None, db_path: Path) -> bytes | None:
    """Ask until the database unlocks; ``None`` when the user cancels."""
    dialog = UnlockDialog(parent, db_path)
    return dialog.key if dialog.exec() else None
