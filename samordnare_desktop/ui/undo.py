"""Undoable changes (Ctrl+Z): each command calls services both ways and then refreshes views.

The first ``do`` runs *before* the command is pushed (so a refused change never enters the
stack); later redo/undo failures are reported through ``on_error`` instead of escaping into Qt,
and (on a stack watched by :func:`keep_refused`) the refused step stays where it was, so Ctrl+Z
can be tried again once the user has cleared the conflict it named.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from samordnare_desktop.ui.errors import show_error

if TYPE_CHECKING:  # the main window imports this module: the service only with its tab
    from samordnare_desktop.services.municipalities import MunicipalityService


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
        self.refused = False  # the last undo/redo was refused: the stack steps back over it
        self._skip = False  # that step back: nothing to do

    def _run(self, action: Callable[[], object]) -> None:
        if self._skip:
            self._skip = False
            return
        try:
            action()
        except Exception as exc:
            self.refused = True
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


def keep_refused(stack: QUndoStack) -> None:
    """A refused undo (or redo) stays on ``stack``: the undo index is put back, without running
    the command again, so the same Ctrl+Z can be retried after the conflict is resolved."""
    last = {"index": stack.index()}

    def changed(index: int) -> None:
        before, last["index"] = last["index"], index
        if abs(index - before) != 1:
            return
        undone = index < before
        try:
            command = stack.command(index if undone else index - 1)
        except RuntimeError:  # the window (and its stack) is being closed
            return
        if isinstance(command, ServiceCommand) and command.refused:
            command.refused = False
            command._skip = True
            QTimer.singleShot(0, stack.redo if undone else stack.undo)

    stack.indexChanged.connect(changed)


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
