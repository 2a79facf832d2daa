"""The plan page's changes to the tree of development areas and actions: add, delete and move, each
one undo step."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from samordnare_desktop.services.action_plans import (
    ActionInput,
    ActionRow,
    AreaInput,
    AreaRow,
)
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.undo import ServiceCommand, push_done

if TYPE_CHECKING:
    from samordnare_desktop.ui.action_plans.plan_page import PlanPage


class PlanItemChanges(QObject):
    """Part of :class:`PlanPage` (its ``items``)."""

    def __init__(self, page: PlanPage) -> None:
        super().__init__(page)
        self.page = page

    def current_area(self) -> AreaRow | None:
        item = self.page.editor.current_item
        if isinstance(item, ActionRow):
            return self.page.tab.plan.area(item.area_id) if self.page.tab.plan else None
        return item

    def command(
        self, text: str, do: Callable[[], object], undo: Callable[[], object]
    ) -> ServiceCommand:
        return ServiceCommand(
            text, do, undo, self.page.tab.reload_plan, lambda exc: show_error(self.page, exc)
        )

    def push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> bool:
        command = self.command(text, do, undo)
        try:
            push_done(self.page.ctx.undo_stack, command)
        except Exception as exc:
            show_error(self.page, exc)
            return False
        return True

    def add_area(self) -> None:
        plan = self.page.tab.plan
        if plan is None or not self.page.editor.save():
            return
        area = self.current_area()
        position = (plan.areas.index(area) + 1) if area in plan.areas else None
        made: dict[str, uuid.UUID] = {}

        def do() -> None:
            if "id" in made:
                self.page.service.restore_area(made["id"])
            else:
                name = self.tr("New development area")
                made["id"] = self.page.service.add_area(
                    plan.id, AreaInput(name), position=position
                ).id

        if self.push(
            self.tr("Add development area"), do, lambda: self.page.service.delete_area(made["id"])
        ):
            self.page.editor.select(made["id"])
            self.page.editor.edit_current()

    def add_action(self) -> None:
        plan = self.page.tab.plan
        if plan is None or not self.page.editor.save():
            return
        if not plan.areas:
            self.add_area()
            return
        area = self.current_area() or plan.areas[-1]
        item = self.page.editor.current_item
        position = area.actions.index(item) + 1 if isinstance(item, ActionRow) else None
        made: dict[str, uuid.UUID] = {}

        def do() -> None:
            if "id" in made:
                self.page.service.restore_action(made["id"])
            else:
                what = self.tr("New action")
                made["id"] = self.page.service.add_action(
                    area.id, ActionInput(what), position=position
                ).id

        if self.push(
            self.tr("Add action"), do, lambda: self.page.service.delete_action(made["id"])
        ):
            self.page.editor.select(made["id"])
            self.page.editor.edit_current()
            self.page.action_form.what.selectAll()

    def delete_item(self) -> None:
        item = self.page.editor.current_item
        if item is None:
            return
        if isinstance(item, AreaRow):
            name = item.name
            question = self.tr(
                "Delete the development area {name} with its {count} actions? "
                "You can undo this with Ctrl+Z."
            ).format(name=name, count=len(item.actions))
            do, undo = (
                lambda: self.page.service.delete_area(item.id),
                lambda: self.page.service.restore_area(item.id),
            )
        else:
            name = item.what.split("\n", 1)[0][:80]
            question = self.tr("Delete the action {name}? You can undo this with Ctrl+Z.").format(
                name=name
            )
            do, undo = (
                lambda: self.page.service.delete_action(item.id),
                lambda: self.page.service.restore_action(item.id),
            )
        if not messages.confirm(self.page, self.tr("Delete"), question):
            return
        self.page.editor.dirty = False  # the row goes; nothing of it to save
        self.page.editor.discard_draft()
        if self.push(self.tr("Delete {name}").format(name=name), do, undo):
            self.page.ctx.show_status(self.tr("Deleted. Ctrl+Z undoes."))

    def move_item(self, delta: int) -> None:
        item, plan = self.page.editor.current_item, self.page.tab.plan
        if item is None or plan is None or not self.page.editor.save():
            return
        if isinstance(item, AreaRow):
            rows = [a.id for a in plan.areas]
            move = self.page.service.move_area
        else:
            area = plan.area(item.area_id)
            rows = [a.id for a in area.actions] if area else []
            move = self.page.service.move_action
        if item.id not in rows:
            return
        target = rows.index(item.id) + delta
        if target < 0 or target >= len(rows):
            return
        text = self.tr("Move up") if delta < 0 else self.tr("Move down")
        self.push(text, lambda: move(item.id, delta), lambda: move(item.id, -delta))
        self.page.editor.select(item.id)
