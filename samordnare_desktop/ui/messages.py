"""Every modal message box goes through these functions, so tests can answer them.

Call them as ``messages.confirm(...)`` (module attribute), never ``from ... import confirm``:
tests replace the attribute with ``monkeypatch``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from samordnare_desktop.ui.qt_names import set_enum

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# QMessageBox (its class and enums) is imported with the first message, not with the window
# that imports this module before its first paint


def can_ask() -> bool:
    """False offscreen (screenshots, scripts, CI): no one can answer, so never wait on a dialog."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def _nobody_watching(title: str, text: str) -> bool:
    if can_ask():
        return False
    log.info("dialog not shown (no display): %s", title)
    return True


def confirm(parent: QWidget | None, title: str, text: str, *, destructive: bool = True) -> bool:
    if _nobody_watching(title, text):
        return False  # the safe answer: do nothing
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    set_enum(box, "textFormat", "PlainText")
    box.setDefaultButton(
        QMessageBox.StandardButton.No if destructive else QMessageBox.StandardButton.Yes
    )
    return box.exec() == QMessageBox.StandardButton.Yes


def _show(parent: QWidget | None, icon: str, title: str, text: str) -> None:
    """A message box with ``icon`` (the name of a ``QMessageBox.Icon``) and OK."""
    if not _nobody_watching(title, text):
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            getattr(QMessageBox.Icon, icon), title, text, QMessageBox.StandardButton.Ok, parent
        )
        set_enum(box, "textFormat", "PlainText")  # messages quote user text: never markup
        box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, "Warning", title, text)


def fail(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, "Critical", title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _show(parent, "Information", title, text)


def ask_save(parent: QWidget | None, title: str, text: str) -> str:
    """Save / Don't save / Cancel for unsaved changes: ``"save"``, ``"discard"`` or ``"cancel"``."""
    from samordnare_desktop.i18n import translate

    if _nobody_watching(title, text):
        return "cancel"  # the safe answer: do nothing, keep the text
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        buttons.Save | buttons.Discard | buttons.Cancel,
        parent,
    )
    set_enum(box, "textFormat", "PlainText")
    box.button(buttons.Save).setText(translate("messages", "Save"))
    box.button(buttons.Discard).setText(translate("messages", "Don't save"))
    box.button(buttons.Cancel).setText(translate("messages", "Cancel"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)
    answer = box.exec()
    if answer == buttons.Save:
        return "save"
    return "discard" if answer == buttons.Discard else "cancel"
