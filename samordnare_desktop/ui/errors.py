"""How the UI reports failures: known errors as their message, anything else as an unexpected error."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.ui import messages

if TYPE_CHECKING:
    from samordnare_desktop.ui.widgets.form import FieldErrors

T = TypeVar("T")
log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
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
