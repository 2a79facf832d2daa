"""Arkiv → Exportera utbytesfil… / Importera utbytesfil…: changes carried without a network.

The file holds this laptop's changes sealed with a passphrase (asked twice on export, once on
import); importing merges them by the same rules as a sync, conflicts included. Both run off the
GUI thread with a progress dialog and end with a one-line summary.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import EVERYTHING, Change, UiContext
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from samordnare_desktop.services.sync import SyncResult
    from samordnare_desktop.ui.sync.controller import SyncController

SUFFIX = ".samordnare-utbyte"
MIN_PASSPHRASE = 8


def _filters() -> str:
    return translate("ExchangeFile", "Exchange files (*{suffix})").format(suffix=SUFFIX)


def choose_export_path(parent: QWidget | None, ctx: UiContext) -> Path | None:
    """Where to write the exchange file (tests replace this function)."""
    from samordnare_desktop.ui import files

    return files.ask_save_path(
        parent,
        translate("ExchangeFile", "Export exchange file"),
        translate("ExchangeFile", "changes") + SUFFIX,
        _filters(),
        settings=ctx.settings,
        folder_key="exchange/folder",
    )


def choose_import_path(parent: QWidget | None, ctx: UiContext) -> Path | None:
    """The exchange file to read (tests replace this function)."""
    from samordnare_desktop.ui import files

    return files.ask_open_path(
        parent,
        translate("ExchangeFile", "Import exchange file"),
        _filters(),
        settings=ctx.settings,
        folder_key="exchange/folder",
    )


class PassphraseDialog(QDialog):
    """The exchange file's passphrase: twice when sealing (a typo would lock the file for
    good), once when opening."""

    def __init__(self, parent: QWidget | None, *, twice: bool) -> None:
        super().__init__(parent)
        self.setObjectName("exchange_passphrase_dialog")
        self.twice = twice
        self.setWindowTitle(
            self.tr("Seal the exchange file") if twice else self.tr("Open the exchange file")
        )
        intro = plain_label(
            self.tr(
                "Choose a passphrase for the file and tell it to the person who imports it by "
                "another way than the file itself (at least {n} characters)."
            ).format(n=MIN_PASSPHRASE)
            if twice
            else self.tr("Enter the passphrase the file was sealed with.")
        )
        intro.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_row(form, self.tr("Passphrase"), self.passphrase, "passphrase")
        self.again = QLineEdit()
        self.again.setObjectName("passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if twice:
            self.errors.add_row(form, self.tr("Passphrase again"), self.again, "again")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.passphrase.setFocus()

    def value(self) -> str:
        return self.passphrase.text()

    def try_accept(self) -> bool:
        self.errors.clear()
        text = self.passphrase.text()
        if self.twice and len(text) < MIN_PASSPHRASE:
            problem = ValidationError(
                "passphrase",
                self.tr("At least {n} characters.").format(n=MIN_PASSPHRASE),
            )
        elif not text:
            problem = ValidationError("passphrase", self.tr("Enter the passphrase."))
        elif self.twice and self.again.text() != text:
            problem = ValidationError("again", self.tr("The two passphrases differ."))
        else:
            self.accept()
            return True
        self.errors.show(problem)
        self.adjustSize()
        return False


def ask_passphrase(parent: QWidget | None, *, twice: bool) -> str | None:
    """The passphrase, or ``None`` when the user cancels (tests replace this function)."""
    dialog = PassphraseDialog(parent, twice=twice)
    try:
        return dialog.value() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def export_exchange(window: QMainWindow, ctx: UiContext) -> object | None:
    """Arkiv → Exportera utbytesfil…: path, passphrase twice, then the file in the background."""
    from samordnare_desktop.ui.operations import run_in_background

    path = choose_export_path(window, ctx)
    if path is None:
        return None
    passphrase = ask_passphrase(window, twice=True)
    if passphrase is None:
        return None
    sync = ctx.services.sync

    def done(rows: int) -> None:
        messages.inform(
            window,
            translate("ExchangeFile", "Exchange file written"),
            translate("ExchangeFile", "%n change(s) written to {path}.", None, rows).format(
                path=str(path)
            ),
        )

    return run_in_background(
        window,
        lambda _progress: sync.export_exchange(path, passphrase),
        done,
        title=translate("ExchangeFile", "Writing the exchange file…"),
    )


def import_exchange(
    window: QMainWindow, ctx: UiContext, controller: SyncController | None = None
) -> object | None:
    """Arkiv → Importera utbytesfil…: file, passphrase once, the merge in the background."""
    from samordnare_desktop.ui.operations import run_in_background

    path = choose_import_path(window, ctx)
    if path is None:
        return None
    passphrase = ask_passphrase(window, twice=False)
    if passphrase is None:
        return None
    sync = ctx.services.sync

    def done(result: SyncResult) -> None:
        if result.pulled:
            ctx.bus.notify(Change.of(EVERYTHING))
        pulled, conflicts = result.pulled, result.conflicts
        text = translate("ExchangeFile", "%n change(s) imported.", None, pulled)
        if conflicts:
            text += " " + translate(
                "ExchangeFile", "%n conflict(s): choose which version applies.", None, conflicts
            )
        title = translate("ExchangeFile", "Exchange file imported")
        if result.refused:  # records not taken are said, never dropped without a word
            from samordnare_desktop.services.sync.by_file import refusal_text

            messages.warn(window, title, text + "\n\n" + refusal_text(result.refused))
        else:
            messages.inform(window, title, text)
        if controller is not None:
            controller.refresh()
            if result.conflicts:
                controller.show_conflicts()

    return run_in_background(
        window,
        lambda _progress: sync.import_exchange(path, passphrase),
        done,
        title=translate("ExchangeFile", "Importing the exchange file…"),
    )
