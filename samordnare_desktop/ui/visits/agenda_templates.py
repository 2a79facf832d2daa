"""Agenda templates from the agenda page: fill the agenda from a template (fitted to the visit's
hours if asked), save the agenda as a template, and open the template manager. Each change to
the agenda is one undo step, made through the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QToolButton

from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import guarded

if TYPE_CHECKING:
    from samordnare_desktop.ui.visits.agenda_host import AgendaHost


def hours(minutes: int) -> str:
    """ "6 h 30 min" """
    whole, rest = divmod(minutes, 60)
    return f"{whole} h {rest} min" if rest else f"{whole} h"


class AgendaTemplates(QObject):
    def __init__(self, editor: AgendaHost) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ctx = editor.ctx
        self.service = editor.service
        self.template_button = self._button(
            self.tr("From template…"), "from_template", self.apply_template
        )
        self.save_template_button = self._button(
            self.tr("Save as template…"), "save_template", self.save_as_template
        )
        self.templates_button = self._button(
            self.tr("Templates…"), "manage_templates", self.templates
        )
        self.buttons = [self.template_button, self.save_template_button, self.templates_button]

    @staticmethod
    def _button(text: str, name: str, slot: object) -> QToolButton:
        button = QToolButton()  # as wide as its text
        button.setText(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def apply_template(self) -> None:
        editor = self.editor
        if editor.visit_id is None or not editor.resolve_unsaved():
            return
        templates = guarded(editor, self.service.templates) or []
        if not templates:
            messages.inform(editor, self.tr("From template"), self.tr("There are no templates."))
            return
        names = [t.name for t in templates]
        preferred = next(
            (
                n
                for n, t in enumerate(templates)
                if editor.visit and t.visit_kind == editor.visit.kind
            ),
            0,
        )
        name, ok = QInputDialog.getItem(
            editor,
            self.tr("From template"),
            self.tr("Template for the agenda:"),
            names,
            preferred,
            False,
        )
        if not ok or name not in names:
            return
        template = templates[names.index(name)]
        count = editor.model.rowCount()
        if count and not messages.confirm(
            editor,
            self.tr("Replace agenda"),
            self.tr(
                "Replace the {count} items of this agenda with the template {name}? "
                "You can undo this with Ctrl+Z."
            ).format(count=count, name=template.name),
        ):
            return
        visit_id = editor.visit_id
        available = guarded(editor, lambda: self.service.visit_minutes(visit_id))
        fit = (
            available is not None
            and template.total_minutes > available
            and messages.confirm(
                editor,
                self.tr("Fit to the visit"),
                self.tr(
                    "The template takes {template} but the visit lasts {visit}. Shorten the "
                    "sessions so the agenda ends on time? (No: use the template's times.)"
                ).format(template=hours(template.total_minutes), visit=hours(available)),
                destructive=False,
            )
        )
        editor.editing = None
        if guarded(
            editor,
            lambda: editor.change(
                self.tr("Agenda from template {name}").format(name=template.name),
                lambda: self.service.apply_template(
                    visit_id, template.id, replace_existing=True, fit=fit
                ),
                None,
            ),
        ):
            editor.new_item(focus=False, ask=False)
            self.ctx.show_status(self.tr("Agenda filled from {name}.").format(name=template.name))

    def save_as_template(self) -> None:
        editor = self.editor
        if editor.visit_id is None:
            return
        name, ok = QInputDialog.getText(
            editor, self.tr("Save as template"), self.tr("Name of the new template:")
        )
        if not ok:
            return
        existing = guarded(editor, lambda: self.service.template_named(name))
        replace = False
        if existing is not None:
            if not messages.confirm(
                editor,
                self.tr("Replace template"),
                self.tr(
                    "A template named {name} exists. Replace its items with this agenda?"
                ).format(name=existing.name),
            ):
                return
            replace = True
        saved = guarded(
            editor,
            lambda: self.service.save_as_template(editor.visit_id, name, replace_existing=replace),
        )
        if saved is not None:
            self.ctx.show_status(
                self.tr("Template {name} saved ({count} items).").format(
                    name=saved.name, count=saved.item_count
                )
            )

    def templates(self) -> None:
        from samordnare_desktop.ui.visits.agenda_templates_dialog import AgendaTemplatesDialog

        AgendaTemplatesDialog(self.editor, self.ctx).exec()
