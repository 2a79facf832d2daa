"""The edit panes of the Handlingsplaner tab: a development area, an action, and their
follow-up; plus :class:`TreeEditor`, the tree with its edit pane that never drops typed text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.action_plan import ActionStatus, Assessment, suggested_areas
from samordnare_desktop.services.action_plans import (
    ActionInput,
    ActionRow,
    AreaInput,
    AreaRow,
    FollowUpDetails,
)
from samordnare_desktop.services.field_labels import (
    action_labels,
    area_labels,
    follow_up_labels,
)
from samordnare_desktop.ui.action_plans.tree_model import PlanTreeModel
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import attempt
from samordnare_desktop.ui.widgets.date_input import DateInput
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.sizing import fit_known_texts
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


def _text_edit(name: str, height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height // 2)
    edit.setMaximumHeight(height * 3)
    return edit


class _Form(QWidget):
    """A pane that says when the user changed something (``edited``)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above fields
        self._loading = False

    def _watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            if isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(self._changed)
            elif isinstance(widget, QLineEdit):
                widget.textEdited.connect(self._changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
                if widget.isEditable():
                    widget.editTextChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.edited.emit()

    def first_field(self) -> QWidget:
        """Where the keyboard lands when the form opens (each form names its own)."""
        raise NotImplementedError

    def draft_fields(self) -> list[QWidget]:
        """The named fields kept as a crash draft (``ui.drafts``): the typed text."""
        return []


class AreaForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QComboBox()
        self.name.setObjectName("area_name")
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.addItems(suggested_areas())
        self.name.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.name.setMinimumContentsLength(16)
        self.name.setToolTip(self.tr("Choose a suggestion or type your own name."))
        self.situation = _text_edit("area_situation")
        self.situation.setPlaceholderText(self.tr("The situation today, in a few sentences…"))
        self.goal = _text_edit("area_goal")
        self.goal.setPlaceholderText(self.tr("What the municipality wants to achieve…"))
        labels = area_labels()  # services.field_labels
        for widget, field in (
            (self.name, "name"),
            (self.situation, "situation"),
            (self.goal, "goal"),
        ):
            self.errors.add_row(self.form, labels[field], widget, field)
        self._watch(self.name, self.situation, self.goal)

    def load(self, area: AreaRow) -> None:
        self._loading = True
        self.errors.clear()
        self.name.setEditText(area.name)
        self.situation.setPlainText(area.situation)
        self.goal.setPlainText(area.goal)
        self._loading = False

    def value(self) -> AreaInput:
        return AreaInput(
            self.name.currentText(), self.situation.toPlainText(), self.goal.toPlainText()
        )

    def first_field(self) -> QWidget:
        return self.name

    def draft_fields(self) -> list[QWidget]:
        return [self.name, self.situation, self.goal]


def _status_combo(name: str) -> ValueCombo:
    combo = ValueCombo()  # keeps the enum: Qt hands a StrEnum back as plain str
    combo.setObjectName(name)
    for status in ActionStatus:
        combo.addItem(status.label(), status)
    return combo


class ActionForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = _text_edit("action_what", 60)
        self.what.setPlaceholderText(self.tr("What will be done…"))
        self.owner = QLineEdit()
        self.owner.setObjectName("action_owner")
        self.owner.setPlaceholderText(self.tr("Person or role, e.g. enhetschef"))
        self.start = DateInput("action_start", optional=True, field="start_date")
        self.due = DateInput("action_due", optional=True, field="due_date")
        self.status = _status_combo("action_status")
        self.measure = _text_edit("action_measure", 60)
        self.measure.setPlaceholderText(self.tr("How progress is measured…"))
        self.indicator = QLineEdit()
        self.indicator.setObjectName("action_indicator")
        self.indicator.setPlaceholderText(self.tr("e.g. at least 20 SIP meetings a year"))
        labels = action_labels()  # services.field_labels
        for widget, field in (
            (self.what, "what"),
            (self.owner, "owner"),
            (self.start, "start_date"),
            (self.due, "due_date"),
            (self.status, "status"),
            (self.measure, "measure"),
        ):
            self.errors.add_row(self.form, labels[field], widget, field)
        self.errors.add_row(self.form, labels["indicator"], self.indicator, "indicator")
        self._watch(
            self.what, self.owner, self.start, self.due, self.status, self.measure, self.indicator
        )

    def load(self, action: ActionRow) -> None:
        self._loading = True
        self.errors.clear()
        self.what.setPlainText(action.what)
        self.owner.setText(action.owner)
        self.start.setText(action.start_date.isoformat() if action.start_date else "")
        self.due.setText(action.due_date.isoformat() if action.due_date else "")
        self.status.setCurrentIndex(self.status.findData(action.status))
        self.measure.setPlainText(action.measure)
        self.indicator.setText(action.indicator)
        self._loading = False

    def value(self) -> ActionInput:
        return ActionInput(
            what=self.what.toPlainText(),
            owner=self.owner.text(),
            start_date=self.start.day(),
            due_date=self.due.day(),
            status=self.status.currentData(),
            measure=self.measure.toPlainText(),
            indicator=self.indicator.text(),
        )

    def first_field(self) -> QWidget:
        return self.what

    def draft_fields(self) -> list[QWidget]:
        return [self.what, self.owner, self.measure, self.indicator]


class FollowAreaForm(_Form):
    """The assessment of a development area at the follow-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("follow_area_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # escaped with _html
        self.form.addRow(self.heading)
        self.assessment = ValueCombo()
        self.assessment.setObjectName("follow_assessment")
        self.assessment.addItem(self.tr("Not assessed"), None)
        for value in Assessment:
            self.assessment.addItem(value.label(), value)
        self.note = _text_edit("follow_area_note")
        labels = follow_up_labels()  # services.field_labels
        self.errors.add_row(self.form, labels["assessment"], self.assessment, "assessment")
        self.errors.add_row(self.form, labels["note"], self.note, "note")
        self._watch(self.assessment, self.note)

    def load(self, area: AreaRow, follow: FollowUpDetails, *, removed: bool = False) -> None:
        self._loading = True
        self.errors.clear()
        goal = next((a.goal for a in follow.baseline.areas if a.id == area.id), area.goal)
        heading = f"<b>{_html(area.name)}</b><br/>" + self.tr("Goal: {goal}").format(
            goal=_html(goal)
        )
        if removed:
            heading += "<br/><i>" + _html(_removed_text()) + "</i>"
        self.heading.setText(heading)
        for widget in (self.assessment, self.note):
            widget.setEnabled(not removed)
        self.assessment.setCurrentIndex(
            max(0, self.assessment.findData(follow.area_assessment.get(area.id)))
        )
        self.note.setPlainText(follow.area_note.get(area.id, ""))
        self._loading = False

    def first_field(self) -> QWidget:
        return self.assessment

    def draft_fields(self) -> list[QWidget]:
        return [self.note]


class FollowActionForm(_Form):
    """An action's status at the follow-up, beside the plan as agreed, and a comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("follow_action_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.heading)
        self.status = _status_combo("follow_status")
        self.comment = _text_edit("follow_comment")
        self.errors.add_row(self.form, self.tr("Status now"), self.status, "status")
        self.errors.add_row(self.form, self.tr("Comment"), self.comment, "comment")
        self._watch(self.status, self.comment)

    def load(self, action: ActionRow, follow: FollowUpDetails, *, removed: bool = False) -> None:
        self._loading = True
        self.errors.clear()
        then = follow.baseline.action(action.id)
        plan_text = (
            self.tr("In the plan: {status}, due {due}").format(
                status=then.status.label(),
                due=then.due_date.isoformat() if then.due_date else "–",
            )
            if then
            else self.tr("Added after the plan was agreed.")
        )
        if removed:
            plan_text += "\n" + _removed_text()
        for widget in (self.status, self.comment):
            widget.setEnabled(not removed)
        self.heading.setText(f"<b>{_html(action.what[:500])}</b><br/>{_html(plan_text)}")
        now = follow.action_status.get(action.id) or action.status
        self.status.setCurrentIndex(self.status.findData(now))
        self.comment.setPlainText(follow.action_comment.get(action.id, ""))
        self._loading = False

    def first_field(self) -> QWidget:
        return self.status

    def draft_fields(self) -> list[QWidget]:
        return [self.comment]


def _removed_text() -> str:
    return QCoreApplication.translate(
        "FollowActionForm",
        "Removed from the plan after the agreed version: shown for the record, not followed up.",
    )


def _html(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br/>")


class TreeEditor(QWidget):
    """A tree of areas and actions beside the pane that edits the current one.

    Choosing another row saves a changed pane first; if that is refused the error stays
    beside its field, the typed text stays, and the selection goes back. With ``db_path`` the
    typed text of each pane is also kept as a crash draft (``<draft_kind>-area-<id>``,
    ``<draft_kind>-action-<id>``), offered back when the same row is shown again.
    """

    def __init__(
        self,
        model: PlanTreeModel,
        area_form: _Form,
        action_form: _Form,
        save: Callable[[AreaRow | ActionRow, _Form], None],
        load: Callable[[AreaRow | ActionRow, _Form], None],
        name: str,
        parent: QWidget | None = None,
        *,
        db_path: Path | None = None,
        draft_kind: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.area_form = area_form
        self.action_form = action_form
        self._save = save
        self._load = load
        self.dirty = False
        self._reverting = False
        self.current_item: AreaRow | ActionRow | None = None
        self.drafts: dict[int, DraftKeeper] = {}  # id(form) -> its keeper
        if db_path is not None:
            for form, kind in ((area_form, "area"), (action_form, "action")):
                self.drafts[id(form)] = DraftKeeper(
                    form, db_path, f"{draft_kind or name}-{kind}", fields=form.draft_fields()
                )

        self._build_tree(model, name)
        pane = self._build_pane(action_form, area_form, name)
        self._build_splitter(pane)
        self._wire(action_form, area_form, form, pane, save)

    def _build_tree(self, model, name):
        self.tree = QTreeView()
        self.tree.setObjectName(f"{name}_tree")
        self.tree.setAccessibleName(self.tr("Development areas and actions"))
        self.tree.setModel(model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 140)
        fit_known_texts(self.tree, 2, model.third_column_texts())
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 170)

    def _build_pane(self, action_form, area_form, name):
        self.placeholder = QLabel(self.tr("Choose a development area or an action in the tree."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(area_form)
        self.stack.addWidget(action_form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName(f"{name}_save")
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.save_button.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName(f"{name}_form_status")
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        pane_layout.addLayout(buttons)
        return pane

    def _build_splitter(self, pane):
        self.tree_box = QWidget()
        self.tree_layout = QVBoxLayout(self.tree_box)
        self.tree_layout.setContentsMargins(0, 0, 0, 0)
        self.tree_layout.addWidget(self.tree, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree_box)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _wire(self, action_form, area_form, form, pane, save):
        for form in (area_form, action_form):
            form.edited.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._after_reset)
        for key in ("F2", "Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.tree, activated=self.edit_current)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        save = QShortcut(QKeySequence.StandardKey.Save, pane, activated=self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tree.doubleClicked.connect(lambda _index: self.edit_current())

    # --- state --------------------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.dirty = True
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Unsaved changes"))

    def _mark_clean(self, text: str = "") -> None:
        self.dirty = False
        self.save_button.setEnabled(False)
        self.status.setText(text)

    def current_form(self) -> _Form | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, _Form) else None

    def save(self) -> bool:
        """Save the pane if changed; ``False`` (error shown, text kept) if refused."""
        item, form = self.current_item, self.current_form()
        if not self.dirty or item is None or form is None:
            return True
        if not attempt(self, form.errors, lambda: self._save(item, form)):
            return False
        form.errors.clear()
        keeper = self.drafts.get(id(form))
        if keeper is not None:
            keeper.mark_saved()
        self._mark_clean(self.tr("Saved"))
        return True

    def draft_keeper(self) -> DraftKeeper | None:
        """The crash-draft keeper of the pane shown, if drafts are kept."""
        form = self.current_form()
        return self.drafts.get(id(form)) if form is not None else None

    def discard_draft(self) -> None:
        """The shown row's typed text is dropped on purpose (the row goes): so is its draft."""
        keeper = self.draft_keeper()
        if keeper is not None:
            keeper.clear()

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._reverting:
            return
        if self.dirty and not self.save():
            previous_id = self.current_item.id if self.current_item else None
            self._reverting = True

            def back() -> None:
                self.tree.setCurrentIndex(self.model.find(previous_id))
                self._reverting = False

            QTimer.singleShot(0, back)
            return
        self.show_item(self.model.item(current))

    def show_item(self, item: AreaRow | ActionRow | None) -> None:
        self.current_item = item
        if item is None:
            self.stack.setCurrentWidget(self.placeholder)
        else:
            form = self.area_form if isinstance(item, AreaRow) else self.action_form
            self._load(item, form)
            self.stack.setCurrentWidget(form)
            keeper = self.drafts.get(id(form))
            if keeper is not None:
                keeper.clear()  # loading is not typing: no draft of the previous row from it
                keeper.set_record(item.id)
                self._mark_clean()
                if keeper.offer(self):
                    self._on_edited()
                return
        self._mark_clean()

    def _after_reset(self) -> None:
        span = self.model.follow_up is None  # plan rows: the area name spans the whole row
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), span)
        self.tree.expandAll()

    def select(self, item_id: object) -> bool:
        index = self.model.find(item_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def edit_current(self) -> None:
        form = self.current_form()
        if form is not None:
            field = form.first_field()
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()
            elif isinstance(field, QComboBox) and field.isEditable():
                field.lineEdit().selectAll()

    def reload_current(self) -> None:
        """After the data changed underneath: show the current row again (keeping typed text)."""
        item = self.model.item(self.tree.currentIndex())
        if item is None:
            self.show_item(None)
        elif not self.dirty or self.current_item is None or item.id != self.current_item.id:
            self.show_item(item)
        else:  # the pane keeps what is typed, its save checked against what it was typed over
            self.current_item = _typed_over(self.current_item, item)


def _typed_over(typed: AreaRow | ActionRow, fresh: AreaRow | ActionRow) -> AreaRow | ActionRow:
    """The row unsaved text is saved against after a reload: the fresh one (its newer version
    number after this window's own edits elsewhere in the plan), unless the row's fields
    changed elsewhere (a sync's pull, another window) under the typed text; then with the
    version the text was typed over, so the save is refused as a stale edit (the text kept),
    never written over the other change unseen."""
    if type(typed) is type(fresh) and typed.as_input() != fresh.as_input():
        return replace(fresh, version=typed.version)
    return fresh


def widget_shortcut(key: QKeySequence | str, widget: QWidget, slot: Callable[[], None]) -> None:
    """A key that works while ``widget`` has the focus (the tree's Insert, Delete, Alt+Up ...)."""
    shortcut = QShortcut(QKeySequence(key), widget, activated=slot)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
