"""The "Plan" page of the Handlingsplaner tab: the plan's header (status, received, owner),
its versions and PDF, and the tree of development areas and actions with the pane that
edits the chosen row.

Keys in the tree: Insert adds an action (Shift+Insert a development area), Delete deletes
(confirm, Ctrl+Z undoes), Alt+Up/Alt+Down reorder, F2/Enter edit the row in the pane beside it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.action_plan import PlanStatus
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.services.action_plans import (
    ActionRow,
    AreaRow,
    PlanDetails,
    PlanInput,
    validate_action,
    validate_area,
    validate_plan,
)
from samordnare_desktop.services.field_labels import plan_labels
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.action_plans.forms import (
    ActionForm,
    AreaForm,
    TreeEditor,
    widget_shortcut,
)
from samordnare_desktop.ui.action_plans.plan_items import PlanItemChanges
from samordnare_desktop.ui.action_plans.plan_output import PlanOutput
from samordnare_desktop.ui.action_plans.tree_model import PlanTreeModel
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.undo import ServiceCommand, push_done
from samordnare_desktop.ui.widgets.date_input import DateInput
from samordnare_desktop.ui.widgets.form import FieldErrors

if TYPE_CHECKING:
    from samordnare_desktop.ui.action_plans.host import PlanHost


class PlanPage(QWidget):
    def __init__(self, tab: PlanHost) -> None:
        super().__init__()
        self.output = PlanOutput(self)
        self.items = PlanItemChanges(self)
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service
        self.plan_versions = tab.ctx.services.plan_versions
        # the plan (id, version) the typed header fields were typed over: they outlive the
        # page's own reloads (a tree edit, undo) and their save is checked against it
        self._header_base: tuple[uuid.UUID, int] | None = None
        self._build_no_plan()
        header = self._build_header()
        versions = self.output.build()
        self._build_tree()
        self.plan_box = QWidget()
        plan_layout = QVBoxLayout(self.plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addLayout(header)
        plan_layout.addLayout(versions)
        plan_layout.addWidget(self.completeness)
        plan_layout.addWidget(self.editor, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no_plan)
        layout.addWidget(self.plan_box, 1)
        layout.addStretch(0)  # takes the room while there is no plan, none once there is
        self._connect()

    def _build_no_plan(self) -> None:
        self.no_plan = QWidget()
        no_plan_layout = QHBoxLayout(self.no_plan)
        self.no_plan_label = QLabel(
            self.tr(
                "The municipality has no action plan yet. It is drawn up by the municipality "
                "after the first visit; create it here when you receive it."
            )
        )
        self.no_plan_label.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create action plan"))
        self.create_button.setObjectName("create_plan")
        no_plan_layout.addWidget(self.no_plan_label, 1)
        no_plan_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTop)

    def _build_header(self) -> QHBoxLayout:
        self.header_errors = FieldErrors()
        self.plan_status = QComboBox()
        self.plan_status.setObjectName("plan_status")
        for status in PlanStatus:
            self.plan_status.addItem(status.label(), status)
        # the app's date input: a bad date is refused beside the field, the text kept
        self.received = DateInput("plan_received", optional=True, field="received_on")
        self.plan_owner = QLineEdit()
        self.plan_owner.setObjectName("plan_owner")
        self.plan_owner.setPlaceholderText(self.tr("Name and role in the municipality"))
        self.save_header_button = QPushButton(self.tr("Save"))
        self.save_header_button.setObjectName("save_plan")
        self.save_header_button.setEnabled(False)
        header = QHBoxLayout()
        labels = plan_labels()  # services.field_labels
        for widget, field, stretch in (
            (self.plan_status, "status", 0),
            (self.received, "received_on", 0),
            (self.plan_owner, "owner", 1),
        ):
            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            self.header_errors.add_row(form, labels[field], widget, field)
            header.addLayout(form, stretch)
        header.addWidget(self.save_header_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_tree(self) -> None:
        """The tree of areas and actions, the pane beside it, and the buttons under it."""
        self.tree_model = PlanTreeModel(lambda: self.tab.today(), self)
        self.area_form = AreaForm()
        self.action_form = ActionForm()
        self.editor = TreeEditor(
            self.tree_model,
            self.area_form,
            self.action_form,
            self._save_item,
            self._load_item,
            "plan",
            db_path=self.ctx.services.db.path,
            draft_kind="action-plan",
        )
        self.tree = self.editor.tree
        self.add_area_button = QPushButton(self.tr("New area"))
        self.add_area_button.setObjectName("add_area")
        self.add_area_button.setToolTip(self.tr("Add a development area (Shift+Insert)"))
        self.add_action_button = QPushButton(self.tr("New action"))
        self.add_action_button.setObjectName("add_action")
        self.add_action_button.setToolTip(self.tr("Add an action to the chosen area (Insert)"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_item")
        self.delete_button.setToolTip(self.tr("Delete the chosen row (Delete; Ctrl+Z undoes)"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("move_up")
        self.up_button.setToolTip("Alt+Up")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("move_down")
        self.down_button.setToolTip("Alt+Down")
        tree_buttons = QHBoxLayout()
        for button in (
            self.add_area_button,
            self.add_action_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        self.editor.tree_layout.addLayout(tree_buttons)

    def _connect(self) -> None:
        self.create_button.clicked.connect(self.create_plan)
        self.plan_status.currentIndexChanged.connect(self._header_edited)
        self.received.textEdited.connect(self._header_edited)
        self.plan_owner.textEdited.connect(self._header_edited)
        self.save_header_button.clicked.connect(self.save_header)
        for edit in (self.received, self.plan_owner):
            edit.returnPressed.connect(self.save_header)
        self.save_version_button.clicked.connect(self.output.save_version)
        self.export_button.clicked.connect(self.output.export_plan)
        self.preview_button.clicked.connect(self.output.preview_plan)
        self.completeness.item_requested.connect(self.editor.select)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.add_area_button.clicked.connect(self.items.add_area)
        self.add_action_button.clicked.connect(self.items.add_action)
        self.delete_button.clicked.connect(self.items.delete_item)
        self.up_button.clicked.connect(lambda: self.items.move_item(-1))
        self.down_button.clicked.connect(lambda: self.items.move_item(1))
        widget_shortcut(QKeySequence(Qt.Key.Key_Insert), self.tree, self.items.add_action)
        widget_shortcut(QKeySequence("Shift+Insert"), self.tree, self.items.add_area)
        widget_shortcut(QKeySequence(Qt.Key.Key_Delete), self.tree, self.items.delete_item)
        widget_shortcut(QKeySequence("Alt+Up"), self.tree, lambda: self.items.move_item(-1))
        widget_shortcut(QKeySequence("Alt+Down"), self.tree, lambda: self.items.move_item(1))
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    def load(self, keep_selection: bool = False) -> None:
        """Show the tab's plan: header, counts and tree; keep the chosen row (after an edit,
        undo or redo) or choose the first (another municipality)."""
        item = self.editor.current_item
        current = item.id if keep_selection and item is not None else None
        if not keep_selection:
            self.editor.show_item(None)
        self.show_plan()
        if not self.tree_model.set_plan(self.tab.plan):  # a reset expands all (TreeEditor)
            self.tree.expandAll()
        if keep_selection:
            if current is not None and not self.editor.select(current):
                self.editor.show_item(self.tree_model.item(self.tree.currentIndex()))
            self.editor.reload_current()
        elif self.tree_model.rowCount():
            self.tree.setCurrentIndex(self.tree_model.index(0, 0))

    def show_plan(self) -> None:
        plan = self.tab.plan
        self.no_plan.setVisible(plan is None)
        self.plan_box.setVisible(plan is not None)
        if plan is None:
            return
        if not self._typing_header(plan):
            for widget in (self.plan_status, self.received, self.plan_owner):
                widget.blockSignals(True)
            self.plan_status.setCurrentIndex(self.plan_status.findData(plan.status))
            self.received.set_day(plan.received_on)
            self.plan_owner.setText(plan.owner)
            for widget in (self.plan_status, self.received, self.plan_owner):
                widget.blockSignals(False)
            self.header_errors.clear()
            self.save_header_button.setEnabled(False)
        late = sum(1 for a in plan.actions() if a.overdue(self.tab.today()))
        text = self.tr("Development areas: {areas} · actions: {actions}").format(
            areas=len(plan.areas), actions=len(plan.actions())
        )
        if late:
            text += " · " + self.tr("overdue: {late}").format(late=late)
        text += " · " + (
            self.tr("version {number}").format(number=plan.revision)
            if plan.revision
            else self.tr("no saved version")
        )
        self.version_label.setText(text)
        self.completeness.show_plan(plan)
        self._update_buttons()

    def create_plan(self) -> None:
        summary = self.tab.summary
        if summary is None:
            return
        plan = guarded(self, lambda: self.service.create_plan(summary.municipality_id))
        if plan is None:
            return
        self.tab.plan = plan
        self.tab.refresh_list_row()
        self.tab.show_municipality(self.tab.summary)
        self.ctx.show_status(self.tr("Action plan created."))
        self.ctx.bus.changed.emit("action_plans")
        self.plan_owner.setFocus()

    def _header_edited(self, *_args: object) -> None:
        plan = self.tab.plan
        if plan is not None and not self._typing_header(plan):
            self._header_base = (plan.id, plan.version)
        self.save_header_button.setEnabled(True)

    def _typing_header(self, plan: PlanDetails) -> bool:
        """Unsaved text in the header fields of this plan (kept when the page reloads)."""
        base = self._header_base
        return self.save_header_button.isEnabled() and base is not None and base[0] == plan.id

    def save_header(self) -> bool:
        plan = self.tab.plan
        if plan is None:
            return True
        try:
            data = validate_plan(
                PlanInput(
                    self.plan_status.currentData(),
                    self.received.day(),
                    self.plan_owner.text(),
                )
            )
            before = plan.as_input()
            if data != before:  # an edit is one step on the undo stack (Ctrl+Z)
                typed_over = self._header_base[1] if self._typing_header(plan) else plan.version
                update = self._first_checked(self.service.update_plan, typed_over)
                push_done(
                    self.ctx.undo_stack,
                    self.items.command(
                        self.tr("Edit the plan of {name}").format(name=plan.municipality_name),
                        lambda: update(plan.id, data),
                        lambda: self.service.update_plan(plan.id, before, expected_version=None),
                    ),
                )
        except ValidationError as exc:
            if not self.header_errors.show(exc):
                show_error(self, exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.header_errors.clear()
        self.save_header_button.setEnabled(False)
        self.show_plan()  # the stored values, as stored (a typed date in its one form)
        self.ctx.show_status(self.tr("Plan saved."))
        return True

    def delete_plan(self) -> None:
        """Delete the whole plan after saying what goes with it; Ctrl+Z brings it back."""
        plan = self.tab.plan
        if plan is None:
            return
        question = self.tr(
            "Delete the action plan of {name} with its {areas} development areas and "
            "{actions} actions? Its history, versions and follow-up go with it. "
            "You can undo this with Ctrl+Z."
        ).format(name=plan.municipality_name, areas=len(plan.areas), actions=len(plan.actions()))
        if not messages.confirm(self, self.tr("Delete plan"), question):
            return
        self.editor.dirty = False  # the plan goes; nothing typed in it to save
        self.editor.discard_draft()
        follow = self.tab.built_follow_page()  # not built: nothing typed there, no draft kept
        if follow is not None:
            follow.follow_editor.dirty = False
            follow.follow_editor.discard_draft()
            follow.summary_drafts.clear()
        self.save_header_button.setEnabled(False)
        municipality_id = plan.municipality_id

        def after() -> None:
            self.tab.refresh_list_row()
            if self.tab.summary is not None and self.tab.summary.municipality_id == municipality_id:
                self.tab.show_municipality(self.tab.summary)
            self.ctx.bus.changed.emit("action_plans")

        command = ServiceCommand(
            self.tr("Delete the plan of {name}").format(name=plan.municipality_name),
            lambda: self.service.delete_plan(plan.id),
            lambda: self.service.restore_plan(plan.id),
            after,
            lambda exc: show_error(self, exc),
        )
        try:
            push_done(self.ctx.undo_stack, command)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.show_status(self.tr("Plan deleted. Ctrl+Z undoes."))

    def _ask_version_note(self, plan: PlanDetails) -> str | None:
        """The note of a new version (tests replace this)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Save as new version"),
            self.tr("Note for the version (e.g. as agreed, as revised):"),
            text=plan.status.label(),
        )
        return text if ok else None

    def _load_item(self, item: AreaRow | ActionRow, form: object) -> None:
        form.load(item)

    def _save_item(self, item: AreaRow | ActionRow, form: object) -> None:
        """Save the pane as one undoable step (refusals raise, so the pane keeps the text)."""
        if isinstance(item, AreaRow):
            data, before, name = validate_area(form.value()), item.as_input(), item.name
            update = self.service.update_area
        else:
            data, before = validate_action(form.value()), item.as_input()
            name = item.what.split("\n", 1)[0][:80]
            update = self.service.update_action
        if data == before:
            return
        first = self._first_checked(update, item.version)
        push_done(
            self.ctx.undo_stack,
            self.items.command(
                self.tr("Edit {name}").format(name=name),
                lambda: first(item.id, data),
                lambda: update(item.id, before, expected_version=None),
            ),
        )

    @staticmethod
    def _first_checked(update: Callable[..., object], version: int) -> Callable[..., object]:
        """``update`` that checks ``version`` the first time (someone else may have saved in
        between) and not on redo, which puts back exactly what this edit saved."""
        versions = [version]

        def call(row_id: uuid.UUID, data: object) -> object:
            return update(row_id, data, expected_version=versions.pop() if versions else None)

        return call

    def _update_buttons(self) -> None:
        has_plan = self.tab.plan is not None
        item = self.tree_model.item(self.tree.currentIndex())
        self.add_area_button.setEnabled(has_plan)
        self.add_action_button.setEnabled(has_plan and item is not None)
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(item is not None)

    # --- the output row: plan_output.py ----------------------------------------------------------
    def save_version(self) -> None:
        self.output.save_version()

    def export_plan(self) -> None:
        self.output.export_plan()

    def preview_plan(self) -> None:
        self.output.preview_plan()
