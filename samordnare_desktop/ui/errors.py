"""How the UI reports failures: known errors as their message, anything else as an unexpected error."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samordnare_desktop.domain.errors import CorruptDatabaseError, UserError, ValidationError
from samordnare_desktop.ui import messages

if TYPE_CHECKING:
    from samordnare_desktop.ui.widgets.form import FieldErrors

T = TypeVar("T")
log = logging.getLogger(__name__)


# a dynamic property of the window a damaged database was reported in (see _say_damage)
DAMAGE_SAID = "samordnareDamageSaid"
_damage_box_open = False  # a damage message is on screen (one without a window to mark)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, CorruptDatabaseError):
        _say_damage(parent, exc)
        return
    if isinstance(exc, UserError):
        messages.warn(
            parent, QCoreApplication.translate("errors", "Could not complete"), exc.message
        )
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    messages.fail(
        parent,
        QCoreApplication.translate("errors", "Unexpected error"),
        QCoreApplication.translate(
            "errors",
            "Something unexpected went wrong and the action was not completed. Your saved data "
            "is intact. Details were written to the log file.",
        ),
    )


def _say_damage(parent: QWidget | None, exc: CorruptDatabaseError) -> None:
    """A damaged database, said once per window: each tab's first read (and the start's deferred
    work) meets the same damage, and the user was told two or three times at start. A window is
    over one database file for its whole life, and the damage is mended only by a restore at
    the next start (a new window), so a later, new damage is said again there. The window is
    marked before the box shows, so a report that arrives while it is open (a worker's read, a
    timer in the box's own event loop) is not said a second time either."""
    window = parent
    while window is not None and window.parentWidget() is not None:
        window = window.parentWidget()  # a tab's or a dialog's window (the main window)
    global _damage_box_open
    if _damage_box_open or (window is not None and window.property(DAMAGE_SAID)):
        log.info("damaged database already reported: %s", type(exc).__name__)
        return
    if window is not None:
        window.setProperty(DAMAGE_SAID, True)
    _damage_box_open = True
    try:
        messages.warn(
            parent, QCoreApplication.translate("errors", "Could not complete"), exc.message
        )
    finally:
        _damage_box_open = False


def guarded(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run ``action``; on failure show the error and return ``None`` (never a traceback)."""
    try:
        return action()
    except Exception as exc:
        show_error(parent, exc)
        return None


def attempt(parent: QWidget | None, errors: FieldErrors, action: Callable[[], object]) -> bool:
    """Run ``action`` (usually a save); ``True`` when it succeeded.

    A ``ValidationError`` appears beside its field in ``errors`` (in a dialog when the form has
    no such field); any other failure is shown by :func:`show_error`.
    """
    try:
        action()
    except ValidationError as exc:
        if not errors.show(exc):
            show_error(parent, exc)
        return False
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True
