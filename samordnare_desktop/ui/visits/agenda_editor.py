"""The agenda page of a visit: the items in order, a form beside them, templates, print and PDF.

Reorder with drag and drop or Alt+Up / Alt+Down; times of the later items follow. Every change
to the agenda is one step on the shared undo stack (the whole agenda is snapshotted around it).
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.domain.errors import NotFoundError, ValidationError
from samordnare_desktop.i18n import language, translate
from samordnare_desktop.pdf import formatting as fmt
from samordnare_desktop.services.agendas import (
    DEFAULT_DURATION,
    DEFAULT_START,
    AgendaItemInput,
    AgendaItemRow,
    from_minutes,
    span_of,
    to_minutes,
)
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.undo import ServiceCommand
from samordnare_desktop.ui.visits.agenda_table_model import AgendaTableModel
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.value_combo import ValueCombo

if TYPE_CHECKING:  # the PDF modules load on first print
    from samordnare_desktop.pdf.agenda import AgendaPdfOptions

SETTINGS_PREFIX = "agendas/pdf_"
# Fields shown under another field's widget (the time row holds start and duration).
FIELD_ALIASES = {"duration_minutes": "start_time"}


def _hours(minutes: int) -> str:
    """ "6 h 30 min" """
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


class AgendaTableView(QTableView):
    """The agenda table: Alt+Up / Alt+Down move the current item."""

    move_by = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_by.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class AgendaEditor(QWidget):
    NAME = "agenda_editor"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.agendas
        self.visit_id: uuid.UUID | None = None
        self.visit = None
        self.editing: AgendaItemRow | None = None  # None: the form describes a new item
        self._baseline: AgendaItemInput | None = None  # the form as loaded: unsaved edits differ
        self._programmatic = False  # selection changed by code, not by the user

        self.heading = QLabel()
        self.heading.setObjectName("agenda_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("agenda_summary")
        self.summary.setWordWrap(True)

        # --- toolbar --------------------------------------------------------------------------
        def button(
            text: str, name: str, slot: Callable[[], None], tip: str = "", tool: bool = False
        ) -> QAbstractButton:
            b = QToolButton() if tool else QPushButton()  # tool buttons: as wide as their text
            b.setText(text)
            b.setObjectName(name)
            if tip:
                b.setToolTip(tip)
            b.clicked.connect(lambda _checked=False: slot())
            return b

        self.new_button = button(
            self.tr("New item"), "new_item", self.new_item, self.tr("Insert"), tool=True
        )
        self.delete_button = button(
            self.tr("Delete"), "delete_item", self.delete_item, self.tr("Delete"), tool=True
        )
        self.up_button = button(
            self.tr("Up"), "move_up", lambda: self.move_by(-1), self.tr("Move up (Alt+Up)"), True
        )
        self.down_button = button(
            self.tr("Down"),
            "move_down",
            lambda: self.move_by(1),
            self.tr("Move down (Alt+Down)"),
            True,
        )
        for arrow_button, arrow in (
            (self.up_button, Qt.ArrowType.UpArrow),
            (self.down_button, Qt.ArrowType.DownArrow),
        ):
            arrow_button.setArrowType(arrow)
            arrow_button.setAccessibleName(arrow_button.text())
        self.template_button = button(
            self.tr("From template…"), "from_template", self.apply_template, tool=True
        )
        self.save_template_button = button(
            self.tr("Save as template…"), "save_template", self.save_as_template, tool=True
        )
        self.templates_button = button(
            self.tr("Templates…"), "manage_templates", self.templates, tool=True
        )
        tools = QHBoxLayout()
        for b in (
            self.new_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            tools.addWidget(b)
        tools.addStretch(1)
        for b in (self.template_button, self.save_template_button, self.templates_button):
            tools.addWidget(b)

        # --- table ----------------------------------------------------------------------------
        self.model = AgendaTableModel(self)
        self.table = AgendaTableView()
        self.table.setObjectName("agenda_table")
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 170)

        # --- item form ------------------------------------------------------------------------
        self.errors = FieldErrors()
        form = QFormLayout()
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH.mm" if language() == "sv" else "HH:mm")
        self.duration = QSpinBox()
        self.duration.setRange(1, 12 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.end_label = QLabel()
        self.end_label.setObjectName("end_label")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.start)
        when_row.addWidget(self.duration)
        when_row.addWidget(self.end_label, 1)
        self.title_edit = QLineEdit()
        self.kind = ValueCombo()  # keeps the enum: Qt hands a StrEnum back as plain str
        for kind in AgendaItemKind:
            self.kind.addItem(kind.label(), kind)
        self.presenter_name = QLineEdit()
        self.presenter_name.setPlaceholderText(self.tr("Name"))
        self.presenter_title = QLineEdit()
        self.presenter_title.setPlaceholderText(self.tr("Title (optional)"))
        self.presenter_organisation = QLineEdit()
        self.presenter_organisation.setPlaceholderText(self.tr("Organisation (optional)"))
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What happens, who takes part…"))
        self.description.setTabChangesFocus(True)
        for widget, name in (
            (self.start, "start_time"),
            (self.duration, "duration_minutes"),
            (self.title_edit, "title"),
            (self.kind, "kind"),
            (self.presenter_name, "presenter_name"),
            (self.presenter_title, "presenter_title"),
            (self.presenter_organisation, "presenter_organisation"),
            (self.description, "description"),
        ):
            widget.setObjectName(name)
        for widget, label in (  # rows whose label belongs to a holder or is empty
            (self.start, self.tr("Start time")),
            (self.duration, self.tr("Duration in minutes")),
            (self.presenter_title, self.tr("Presenter's title")),
            (self.presenter_organisation, self.tr("Presenter's organisation")),
        ):
            widget.setAccessibleName(label)
        self.errors.add_row(form, self.tr("Time"), when, "start_time")
        self.errors.add_row(form, self.tr("Title"), self.title_edit, "title")
        self.errors.add_row(form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Presenter"), self.presenter_name, "presenter_name")
        self.errors.add_row(form, "", self.presenter_title, "presenter_title")
        self.errors.add_row(form, "", self.presenter_organisation, "presenter_organisation")
        self.errors.add_row(form, self.tr("Description"), self.description, "description")
        self.save_button = button(self.tr("Save item"), "save_item", self.save_item, "Ctrl+S")
        self.save_button.setDefault(True)
        self.revert_button = button(self.tr("Revert"), "revert_item", self.revert)
        self.form_state = QLabel()
        self.form_state.setObjectName("form_state")
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.form_state, 1)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addWidget(self.save_button)
        self.form_box = QGroupBox(self.tr("Item"))
        form_layout = QVBoxLayout(self.form_box)
        form_layout.addLayout(form)
        form_layout.addLayout(form_buttons)

        # --- print / PDF ----------------------------------------------------------------------
        self.preview_button = button(self.tr("Print preview"), "print_preview", self.preview)
        self.print_button = button(self.tr("Print…"), "print", self.print_agenda)
        self.export_button = button(self.tr("Export PDF…"), "export_pdf", self.export_pdf)
        self.open_button = button(self.tr("Open PDF"), "open_pdf", self.open_pdf)
        output = QHBoxLayout()
        output.addStretch(1)
        for b in (self.preview_button, self.print_button, self.export_button, self.open_button):
            output.addWidget(b)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("agenda_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.form_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 320])
        self.description.setMinimumHeight(self.fontMetrics().height() * 3)
        self.placeholder = QLabel(self.tr("Choose a visit to see its agenda."))
        self.placeholder.setObjectName("agenda_placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.heading)
        body.addLayout(tools)
        body.addWidget(self.splitter, 1)
        body.addWidget(self.summary)
        body.addLayout(output)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)

        # --- wiring ---------------------------------------------------------------------------
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        self.table.move_by.connect(self.move_by)
        self.model.move_requested.connect(self.move_row)
        self.start.timeChanged.connect(lambda *_: self._update_end())
        self.duration.valueChanged.connect(lambda *_: self._update_end())
        for signal in (
            self.start.timeChanged,
            self.duration.valueChanged,
            self.title_edit.textChanged,
            self.kind.currentIndexChanged,
            self.presenter_name.textChanged,
            self.presenter_title.textChanged,
            self.presenter_organisation.textChanged,
            self.description.textChanged,
        ):
            signal.connect(lambda *_: self._update_form_state())
        for edit in (self.title_edit, self.presenter_name, self.presenter_title):
            edit.returnPressed.connect(self.save_item)
        self.presenter_organisation.returnPressed.connect(self.save_item)
        save = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_item)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Insert, as in the action plan: Ctrl+N is the Besök tab's "new visit" in this window,
        # and a key bound twice does nothing at all
        new = QShortcut(QKeySequence(Qt.Key.Key_Insert), self, activated=self.new_item)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_item)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        ctx.bus.changed.connect(self._on_bus_changed)
        self.drafts = DraftKeeper(  # typed text survives a crash (see ui.drafts)
            self,
            ctx.services.db.path,
            "agenda-item",
            fields=[
                self.title_edit,
                self.presenter_name,
                self.presenter_title,
                self.presenter_organisation,
                self.description,
            ],
        )
        self.set_visit(None)

    # --- public API ---------------------------------------------------------------------------
    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        if visit_id is not None and visit_id == self.visit_id:
            self.refresh()  # the same visit again (e.g. after it was saved): keep the form
            return
        self._resolve_unsaved()  # the visit changes anyway; a refused save keeps nothing
        self.visit_id = visit_id
        self.editing = None
        self._baseline = None
        self.refresh()
        self.new_item(focus=False, ask=False)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Reload the agenda; keeps (or moves to ``select``) the selected item."""
        if select is None and self.editing is not None:
            select = self.editing.id
        self.visit = None
        rows: list[AgendaItemRow] = []
        if self.visit_id is not None:
            try:
                self.visit = self.ctx.services.visits.get(self.visit_id)
            except NotFoundError:  # deleted meanwhile: show the placeholder, no message
                self.visit = None
            except Exception as exc:
                show_error(self, exc)
            if self.visit is not None:
                rows = guarded(self, lambda: self.service.items_of(self.visit_id)) or []
        has_visit = self.visit is not None
        self.placeholder.setVisible(not has_visit)
        self.body.setVisible(has_visit)
        self.model.set_rows(rows)
        if has_visit:
            visit = self.visit
            hours = fmt.time_range(visit.start_time, visit.end_time)
            self.heading.setText(
                " · ".join(
                    p
                    for p in (
                        visit.municipality_name,
                        visit.display_title,
                        fmt.long_date(visit.day),
                        hours,
                    )
                    if p
                )
            )
        self._update_summary(rows)
        if select is not None and self.select_item(select, show=not self.is_dirty()):
            return
        if self.editing is not None:  # the edited item is gone (undo, other window)
            self.new_item(focus=False, ask=False)
        self._update_buttons()

    def select_item(self, item_id: uuid.UUID, *, show: bool = True) -> bool:
        """Select the item; ``show`` loads it into the form (not when keeping unsaved edits)."""
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == item_id:
                index = self.model.index(row, 0)
                self._programmatic = True
                try:
                    self.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                finally:
                    self._programmatic = False
                self.table.scrollTo(index)
                if show:
                    self._show_item(self.model.row_at(row))
                else:
                    self.editing = self.model.row_at(row)
                    self._update_buttons()
                return True
        return False

    def is_dirty(self) -> bool:
        """The form holds edits that are not saved."""
        return (
            self.visit_id is not None
            and self._baseline is not None
            and self.form_input() != self._baseline
        )

    def _resolve_unsaved(self) -> bool:
        """Before the form shows something else: offer to save its edits. ``False``: stay (the
        save was refused and its error is shown)."""
        if not self.is_dirty():
            return True
        title = self.title_edit.text().strip() or self.tr("(untitled)")
        if messages.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to the item {title}?").format(title=title),
            destructive=False,
        ):
            return self.save_item()
        self._baseline = self.form_input()  # discarded
        return True

    def rows(self) -> list[AgendaItemRow]:
        return self.model.rows()

    # --- form ---------------------------------------------------------------------------------
    def _on_current(self) -> None:
        if self._programmatic:
            return
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            row = self.model.row_at(index.row())
            if self.editing is None or self.editing.id != row.id or self.editing != row:
                if self.is_dirty():  # after the view finished handling the click
                    QTimer.singleShot(0, self, lambda: self._switch_from_unsaved(row.id))
                    return
                self._show_item(row)
        self._update_buttons()

    def _switch_from_unsaved(self, target: uuid.UUID) -> None:
        """The user chose another item while the form has edits: save them (asked) or stay."""
        editing = self.editing
        self._programmatic = True
        try:  # back to the edited item while asking
            if editing is not None:
                self.select_item(editing.id, show=False)
            else:
                self.table.selectionModel().clear()
        finally:
            self._programmatic = False
        if self._resolve_unsaved():
            self.select_item(target)

    def _show_item(self, row: AgendaItemRow | None) -> None:
        self.errors.clear()
        self.editing = row
        data = row.as_input() if row else AgendaItemInput(title="")
        start = data.start_time or self._next_start()
        self.start.setTime(QTime(start.hour, start.minute))
        self.duration.setValue(data.duration_minutes)
        self.title_edit.setText(data.title)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.presenter_name.setText(data.presenter_name)
        self.presenter_title.setText(data.presenter_title)
        self.presenter_organisation.setText(data.presenter_organisation)
        self.description.setPlainText(data.description)
        self.form_box.setTitle(self.tr("Edit item") if row else self.tr("New item"))
        self.save_button.setText(self.tr("Save item") if row else self.tr("Add item"))
        self._update_end()
        self._baseline = self.form_input()
        # the previous item was saved or discarded (its draft goes); offer this one's draft
        self.drafts.clear()
        self.drafts.set_record(row.id if row else f"new-{self.visit_id}")
        if self.visit_id is not None:
            self.drafts.offer(self)
        self._update_form_state()
        self._update_buttons()

    def _update_form_state(self) -> None:
        lines = self.editing.flag_messages() if self.editing else []
        if self.is_dirty():
            lines.append(self.tr("Unsaved changes"))
        self.form_state.setText("\n".join(lines))

    def _next_start(self) -> time:
        rows = self.model.rows()
        if rows:
            return from_minutes(rows[-1].end_minutes)
        if self.visit is not None and self.visit.start_time:
            return self.visit.start_time
        return DEFAULT_START

    def _update_end(self) -> None:
        start = self.start.time()
        minutes = start.hour() * 60 + start.minute() + self.duration.value()
        if minutes > 24 * 60:
            self.end_label.setText(self.tr("ends after midnight"))
            return
        end = from_minutes(min(minutes, 24 * 60 - 1))
        self.end_label.setText(self.tr("until {time}").format(time=fmt.clock(end)))

    def form_input(self) -> AgendaItemInput:
        start = self.start.time()
        return AgendaItemInput(
            title=self.title_edit.text(),
            duration_minutes=self.duration.value(),
            start_time=time(start.hour(), start.minute()),
            kind=self.kind.currentData(),
            description=self.description.toPlainText(),
            presenter_name=self.presenter_name.text(),
            presenter_title=self.presenter_title.text(),
            presenter_organisation=self.presenter_organisation.text(),
        )

    def new_item(self, focus: bool = True, ask: bool = True) -> None:
        if ask and not self._resolve_unsaved():
            return
        self._programmatic = True
        try:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        finally:
            self._programmatic = False
        self.duration.setValue(DEFAULT_DURATION)  # before the form is filled and its draft offered
        self._show_item(None)
        if focus:
            self.title_edit.setFocus()

    def revert(self) -> None:
        self._show_item(self.editing)

    def save_item(self) -> bool:
        if self.visit_id is None:
            return False
        visit_id = self.visit_id
        data = self.form_input()
        editing = self.editing
        if editing is None:
            text = self.tr("Add agenda item {title}").format(title=data.title.strip())

            def operation() -> uuid.UUID:
                return self.service.add_item(visit_id, data).id

        else:
            if data == editing.as_input():
                return True
            text = self.tr("Edit agenda item {title}").format(title=data.title.strip())

            def operation() -> uuid.UUID:
                return self.service.update_item(
                    editing.id, data, expected_version=editing.version
                ).id

        try:
            item_id = self._change(text, operation, select=None)
        except ValidationError as exc:
            shown = ValidationError(FIELD_ALIASES.get(exc.field, exc.field), exc.message)
            if not self.errors.show(shown):
                show_error(self, exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.errors.clear()
        self.editing = None
        self._baseline = None  # saved: the refresh loads the item as stored
        if editing is None:  # added: a fresh form for the next item, never the one just added
            self.refresh(select=None)
            self.new_item(ask=False)
        else:
            self.refresh(select=item_id)
        self.ctx.show_status(self.tr("Item added.") if editing is None else self.tr("Item saved."))
        return True

    # --- changes (each one undo step) ---------------------------------------------------------
    def _change(
        self, text: str, operation: Callable[[], object], select: uuid.UUID | None
    ) -> object:
        """Run ``operation`` (raises on refusal: nothing recorded), then push an undo step that
        restores the agenda as it was before / after."""
        visit_id = self.visit_id
        assert visit_id is not None
        before = self.service.state(visit_id)
        result = operation()
        after = self.service.state(visit_id)

        bus = self.ctx.bus

        def done() -> None:
            with contextlib.suppress(RuntimeError):  # undo after this page was deleted
                if self.visit_id == visit_id:
                    self.refresh()
            bus.changed.emit("agendas")

        command = ServiceCommand(
            text,
            lambda: self.service.restore_state(after),
            lambda: self.service.restore_state(before),
            done,
            lambda exc: show_error(self, exc),
        )
        self.ctx.undo_stack.push(command)  # first redo only refreshes (the change is done)
        if select is not None:
            self.select_item(select)
        return result

    def _selected(self) -> AgendaItemRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    def delete_item(self) -> None:
        row = self._selected()
        if row is None:
            return
        if (self.editing is None or self.editing.id != row.id) and not self._resolve_unsaved():
            return
        if not messages.confirm(
            self,
            self.tr("Delete agenda item"),
            self.tr("Delete {title} from the agenda? You can undo this with Ctrl+Z.").format(
                title=row.title
            ),
        ):
            return
        self.editing = None
        if guarded(
            self,
            lambda: self._change(
                self.tr("Delete agenda item {title}").format(title=row.title),
                lambda: self.service.delete_item(row.id) or True,
                None,
            ),
        ):
            self.new_item(focus=False, ask=False)
            self.table.setFocus()
            self.ctx.show_status(self.tr("Item deleted. Ctrl+Z undoes."))

    def move_by(self, step: int) -> None:
        row = self._selected()
        if row is None:
            return
        self.move_row(row.position, row.position + step)

    def move_row(self, source: int, target: int) -> None:
        rows = self.model.rows()
        if not 0 <= source < len(rows) or not 0 <= target < len(rows) or source == target:
            return
        row = rows[source]
        if not self._resolve_unsaved():
            return
        self.editing = None
        guarded(
            self,
            lambda: self._change(
                self.tr("Move agenda item {title}").format(title=row.title),
                lambda: self.service.move(row.id, target),
                row.id,
            ),
        )
        self.select_item(row.id)
        self.table.setFocus()

    # --- templates ----------------------------------------------------------------------------
    def apply_template(self) -> None:
        if self.visit_id is None or not self._resolve_unsaved():
            return
        templates = guarded(self, self.service.templates) or []
        if not templates:
            messages.inform(self, self.tr("From template"), self.tr("There are no templates."))
            return
        names = [t.name for t in templates]
        preferred = next(
            (n for n, t in enumerate(templates) if self.visit and t.visit_kind == self.visit.kind),
            0,
        )
        name, ok = QInputDialog.getItem(
            self,
            self.tr("From template"),
            self.tr("Template for the agenda:"),
            names,
            preferred,
            False,
        )
        if not ok or name not in names:
            return
        template = templates[names.index(name)]
        if self.model.rowCount() and not messages.confirm(
            self,
            self.tr("Replace agenda"),
            self.tr(
                "Replace the {count} items of this agenda with the template {name}? "
                "You can undo this with Ctrl+Z."
            ).format(count=self.model.rowCount(), name=template.name),
        ):
            return
        visit_id = self.visit_id
        available = guarded(self, lambda: self.service.visit_minutes(visit_id))
        fit = (
            available is not None
            and template.total_minutes > available
            and messages.confirm(
                self,
                self.tr("Fit to the visit"),
                self.tr(
                    "The template takes {template} but the visit lasts {visit}. Shorten the "
                    "sessions so the agenda ends on time? (No: use the template's times.)"
                ).format(template=_hours(template.total_minutes), visit=_hours(available)),
                destructive=False,
            )
        )
        self.editing = None
        if guarded(
            self,
            lambda: self._change(
                self.tr("Agenda from template {name}").format(name=template.name),
                lambda: self.service.apply_template(
                    visit_id, template.id, replace_existing=True, fit=fit
                ),
                None,
            ),
        ):
            self.new_item(focus=False, ask=False)
            self.ctx.show_status(self.tr("Agenda filled from {name}.").format(name=template.name))

    def save_as_template(self) -> None:
        if self.visit_id is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Name of the new template:")
        )
        if not ok:
            return
        existing = guarded(self, lambda: self.service.template_named(name))
        replace = False
        if existing is not None:
            if not messages.confirm(
                self,
                self.tr("Replace template"),
                self.tr(
                    "A template named {name} exists. Replace its items with this agenda?"
                ).format(name=existing.name),
            ):
                return
            replace = True
        saved = guarded(
            self,
            lambda: self.service.save_as_template(self.visit_id, name, replace_existing=replace),
        )
        if saved is not None:
            self.ctx.show_status(
                self.tr("Template {name} saved ({count} items).").format(
                    name=saved.name, count=saved.item_count
                )
            )

    def templates(self) -> None:
        from samordnare_desktop.ui.visits.agenda_templates_dialog import AgendaTemplatesDialog

        AgendaTemplatesDialog(self, self.ctx).exec()

    # --- PDF, print ---------------------------------------------------------------------------
    def pdf_options(self) -> AgendaPdfOptions:
        from samordnare_desktop.pdf.agenda import AgendaPdfOptions

        def flag(key: str, default: bool) -> bool:
            value = self.ctx.settings.value(SETTINGS_PREFIX + key, default)
            return value in (True, "true", "1", 1)

        return AgendaPdfOptions(
            descriptions=flag("descriptions", True),
            presenter_details=flag("presenter_details", False),
            compact=flag("compact", False),
        )

    def set_pdf_options(self, options: AgendaPdfOptions) -> None:
        for key in ("descriptions", "presenter_details", "compact"):
            self.ctx.settings.setValue(SETTINGS_PREFIX + key, getattr(options, key))

    def pdf_bytes(self, options: AgendaPdfOptions | None = None) -> bytes:
        from samordnare_desktop.pdf.agenda import render_agenda

        assert self.visit_id is not None
        document = self.service.document(self.visit_id, printed_on=date.today())
        return render_agenda(document, options or self.pdf_options())

    def pdf_file_name(self) -> str:
        visit = self.visit
        if visit is None:
            return "agenda.pdf"
        return f"agenda-{visit.municipality_code}-{visit.day.isoformat()}.pdf"

    def _document_title(self) -> str:
        return self.tr("Agenda {name}").format(name=self.pdf_file_name().removesuffix(".pdf"))

    def preview(self) -> None:
        from samordnare_desktop.ui.pdf_output import preview_pdf

        if self.visit_id is not None:
            guarded(self, lambda: preview_pdf(self, self.pdf_bytes(), self._document_title()))

    def print_agenda(self) -> None:
        from samordnare_desktop.ui.pdf_output import print_pdf

        if self.visit_id is None:
            return
        if guarded(self, lambda: print_pdf(self, self.pdf_bytes(), self._document_title())):
            self.ctx.show_status(self.tr("Agenda sent to the printer."))

    def export_pdf(self) -> None:
        from samordnare_desktop.files import atomic_write_bytes
        from samordnare_desktop.ui.visits.agenda_pdf_dialog import AgendaPdfDialog

        if self.visit_id is None:
            return
        dialog = AgendaPdfDialog(self, self.pdf_options())
        if not dialog.exec():
            return
        options = dialog.options()
        self.set_pdf_options(options)
        folder = str(self.ctx.settings.value("agendas/export_dir", "") or "")
        default = f"{folder}/{self.pdf_file_name()}" if folder else self.pdf_file_name()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export agenda"), default, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from pathlib import Path

        target = Path(path)
        if guarded(self, lambda: atomic_write_bytes(target, self.pdf_bytes(options)) or True):
            self.ctx.settings.setValue("agendas/export_dir", str(target.parent))
            self.ctx.show_status(self.tr("Agenda saved: {path}").format(path=str(target)))

    def open_pdf(self) -> None:
        from samordnare_desktop.ui.pdf_output import open_pdf

        if self.visit_id is None:
            return
        path = guarded(self, lambda: open_pdf(self.pdf_bytes(), self.pdf_file_name()))
        if path is not None:
            self.ctx.show_status(self.tr("Opened {path}").format(path=str(path)))

    # --- state --------------------------------------------------------------------------------
    def _update_summary(self, rows: list[AgendaItemRow]) -> None:
        if not rows:
            self.summary.setText(
                self.tr("The agenda is empty. Add items or start from a template.")
            )
            return
        first, last = span_of(rows)  # the latest end, not the last row's
        total = to_minutes(last) - to_minutes(first)
        text = self.tr("{items}, {start}–{end} ({length}).").format(
            items=translate("AgendaEditor", "%n item(s)", None, len(rows)),
            start=fmt.clock(first),
            end=fmt.clock(last),
            length=_hours(total),
        )
        flagged = sum(1 for r in rows if r.flags)
        if flagged:
            text += " " + self.tr(
                "Flagged: {count} (overlap, gap or outside the visit's hours; see the tinted rows)."
            ).format(count=flagged)
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        selected = self._selected()
        count = self.model.rowCount()
        self.delete_button.setEnabled(selected is not None)
        self.up_button.setEnabled(selected is not None and selected.position > 0)
        self.down_button.setEnabled(selected is not None and selected.position < count - 1)
        self.save_template_button.setEnabled(count > 0)
        self.revert_button.setEnabled(self.editing is not None)
        for b in (self.preview_button, self.print_button, self.export_button, self.open_button):
            b.setEnabled(self.visit_id is not None)

    def _on_bus_changed(self, area: str) -> None:
        if area in ("visits", "*") and self.visit_id is not None:
            self.refresh()
