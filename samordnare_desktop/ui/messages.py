"""Every modal message box goes through these functions, so tests can answer them.

Call them as ``messages.confirm(...)`` (module attribute), never ``from ... import confirm``:
tests replace the attribute with ``monkeypatch``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = True) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(
        QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_save(parent: QWidget | None, title: str, text: str) -> str:
    """Save / Don't save / Cancel for unsaved changes: ``"save"``, ``"discard"`` or ``"cancel"``."""
    from samordnare_desktop.i18n import translate

    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    box.button(buttons.Save).setText(translate("messages", "Save"))
    box.button(buttons.Discard).setText(translate("messages", "Don't save"))
    box.button(buttons.Cancel).setText(translate("messages", "Cancel"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return "save"
    return "discard" if answer == buttons.Discard else "cancel"
