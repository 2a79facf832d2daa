"""Undoable changes (Ctrl+Z): each command calls services both ways and then refreshes views.

The first ``do`` runs *before* the command is pushed (so a refused change never enters the
stack); later redo/undo failures are reported through ``on_error`` instead of escaping into Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from samordnare_desktop.services.municipalities import MunicipalityService
from samordnare_desktop.ui.errors import show_error


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        after: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after = after
        self._on_error = on_error
        self._first = True

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except Exception as exc:
            self._on_error(exc)
        self._after()

    def redo(self) -> None:
        if self._first:  # already done by push_done()
            self._first = False
            self._after()
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


def push_done(stack: QUndoStack, command: ServiceCommand) -> None:
    """Do the change now (raising on refusal), then record it for undo."""
    command._do()
    stack.push(command)


def push_undoable(
    parent: QWidget | None,
    stack: QUndoStack,
    text: str,
    do: Callable[[], object],
    undo: Callable[[], object],
    after: Callable[[], None],
) -> bool:
    """Do a change now and record it for Ctrl+Z; ``True`` when it was done.

    A refusal now is shown (and nothing enters the stack); a failing undo or redo later is
    shown too (``show_error`` with ``parent``).
    """
    command = ServiceCommand(text, do, undo, after, lambda exc: show_error(parent, exc))
    try:
        push_done(stack, command)
    except Exception as exc:
        show_error(parent, exc)
        return False
    return True


def delete_contact_command(
    service: MunicipalityService,
    contact_id: uuid.UUID,
    text: str,
    after: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> ServiceCommand:
    return ServiceCommand(
        text,
        lambda: service.delete_contact(contact_id),
        lambda: service.restore_contact(contact_id),
        after,
        on_error,
    )
