"""The agenda's changes, each one undo step restoring the agenda as it was: delete an item, move it
(buttons, Alt+Up/Down, drag), and the step every other change goes through."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QToolButton,
)

from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import AGENDA, Change
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.undo import ServiceCommand
from samordnare_desktop.ui.visits.agenda_output import AgendaOutput
from samordnare_desktop.ui.visits.agenda_templates import AgendaTemplates

if TYPE_CHECKING:
    from samordnare_desktop.ui.visits.agenda_editor import AgendaEditor


class AgendaChanges(QObject):
    """Part of :class:`AgendaEditor` (its ``changes``)."""

    def __init__(self, editor: AgendaEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def change(
        self, text: str, operation: Callable[[], object], select: uuid.UUID | None
    ) -> object:
        """Run ``operation`` (raises on refusal: nothing recorded), then push an undo step that
        restores the agenda as it was before / after."""
        visit_id = self.editor.visit_id
        assert visit_id is not None
        before = self.editor.service.state(visit_id)
        result = operation()
        after = self.editor.service.state(visit_id)

        bus = self.editor.ctx.bus

        def done() -> None:
            with contextlib.suppress(RuntimeError):  # undo after this page was deleted
                if self.editor.visit_id == visit_id:
                    self.editor.refresh()
            bus.notify(Change.of(AGENDA, ids={visit_id}, source=self.editor))

        command = ServiceCommand(
            text,
            lambda: self.editor.service.restore_state(after),
            lambda: self.editor.service.restore_state(before),
            done,
            lambda exc: show_error(self.editor, exc),
        )
        self.editor.ctx.undo_stack.push(command)  # first redo only refreshes (the change is done)
        if select is not None:
            self.editor.select_item(select)
        return result

    def delete_item(self) -> None:
        row = self.editor._selected()
        if row is None:
            return
        if (
            self.editor.editing is None or self.editor.editing.id != row.id
        ) and not self.editor.resolve_unsaved():
            return
        if not messages.confirm(
            self.editor,
            self.tr("Delete agenda item"),
            self.tr("Delete {title} from the agenda? You can undo this with Ctrl+Z.").format(
                title=row.title
            ),
        ):
            return
        self.editor.editing = None
        if guarded(
            self.editor,
            lambda: self.change(
                self.tr("Delete agenda item {title}").format(title=row.title),
                lambda: self.editor.service.delete_item(row.id) or True,
                None,
            ),
        ):
            self.editor.new_item(focus=False, ask=False)
            self.editor.table.setFocus()
            self.editor.ctx.show_status(self.tr("Item deleted. Ctrl+Z undoes."))

    def move_by(self, step: int) -> None:
        row = self.editor._selected()
        if row is None:
            return
        self.move_row(row.position, row.position + step)

    def move_row(self, source: int, target: int) -> None:
        rows = self.editor.model.rows()
        if not 0 <= source < len(rows) or not 0 <= target < len(rows) or source == target:
            return
        row = rows[source]
        if not self.editor.resolve_unsaved():
            return
        self.editor.editing = None
        guarded(
            self.editor,
            lambda: self.change(
                self.tr("Move agenda item {title}").format(title=row.title),
                lambda: self.editor.service.move(row.id, target),
                row.id,
            ),
        )
        self.editor.select_item(row.id)
        self.editor.table.setFocus()

    @staticmethod
    def _tool(text: str, name: str, slot: Callable[[], None], tip: str) -> QToolButton:
        button = QToolButton()  # as wide as its text
        button.setText(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def build_toolbar(self):
        # --- toolbar --------------------------------------------------------------------------
        self.editor.new_button = self._tool(
            self.tr("New item"), "new_item", self.editor.new_item, self.tr("Insert")
        )
        self.editor.delete_button = self._tool(
            self.tr("Delete"), "delete_item", self.delete_item, self.tr("Delete")
        )
        self.editor.up_button = self._tool(
            self.tr("Up"), "move_up", lambda: self.move_by(-1), self.tr("Move up (Alt+Up)")
        )
        self.editor.down_button = self._tool(
            self.tr("Down"),
            "move_down",
            lambda: self.move_by(1),
            self.tr("Move down (Alt+Down)"),
        )
        for arrow_button, arrow in (
            (self.editor.up_button, Qt.ArrowType.UpArrow),
            (self.editor.down_button, Qt.ArrowType.DownArrow),
        ):
            arrow_button.setArrowType(arrow)
            arrow_button.setAccessibleName(arrow_button.text())
        self.editor.template_actions = AgendaTemplates(self.editor)
        self.editor.output = AgendaOutput(self.editor)
        tools = QHBoxLayout()
        for b in (
            self.editor.new_button,
            self.editor.delete_button,
            self.editor.up_button,
            self.editor.down_button,
        ):
            tools.addWidget(b)
        tools.addStretch(1)
        for b in self.editor.template_actions.buttons:
            tools.addWidget(b)
        output = QHBoxLayout()
        output.addStretch(1)
        for b in self.editor.output.buttons:
            output.addWidget(b)
        return output, tools
