"""The agenda page of a visit: the items in order (agenda_table), the form beside them
(agenda_item_form), templates (agenda_templates), print and PDF (agenda_output).

The editor decides what the form shows and when typed edits are saved or asked about. Reorder
with drag and drop or Alt+Up / Alt+Down; times of the later items follow. Every change to the
agenda is one step on the shared undo stack (the whole agenda is snapshotted around it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.errors import NotFoundError, ValidationError
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.agendas import (
    DEFAULT_DURATION,
    DEFAULT_START,
    AgendaItemInput,
    AgendaItemRow,
    from_minutes,
    to_minutes,
)
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import AGENDA, VISIT, Change, UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.visits.agenda_changes import AgendaChanges
from samordnare_desktop.ui.visits.agenda_item_form import FIELD_ALIASES, AgendaItemForm
from samordnare_desktop.ui.visits.agenda_table import AgendaTableView
from samordnare_desktop.ui.visits.agenda_table_model import AgendaTableModel
from samordnare_desktop.ui.visits.agenda_templates import hours


class AgendaEditor(QWidget):
    NAME = "agenda_editor"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = AgendaChanges(self)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.agendas
        self.visit_id: uuid.UUID | None = None
        self.visit = None
        self.editing: AgendaItemRow | None = None  # None: the form describes a new item
        self._baseline: AgendaItemInput | None = None  # the form as loaded: unsaved edits differ
        self._programmatic = False  # selection changed by code, not by the user

        self._build_heading()
        output, tools = self.changes.build_toolbar()
        self._build_body(output, tools)
        self._wire(ctx)
        self.set_visit(None)

    def _build_heading(self):
        self.heading = QLabel()
        self.heading.setObjectName("agenda_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("agenda_summary")
        self.summary.setWordWrap(True)

    def _build_body(self, output, tools):
        self.model = AgendaTableModel(self)
        self.table = AgendaTableView(self.model)
        self.form = AgendaItemForm()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("agenda_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([420, 320])
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

    def _wire(self, ctx):
        # --- wiring ---------------------------------------------------------------------------
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._on_current())
        self.table.move_by.connect(self.changes.move_by)
        self.model.move_requested.connect(self.changes.move_row)
        self.form.edited.connect(self._update_form_state)
        self.form.save_requested.connect(self.save_item)
        self.form.save_button.clicked.connect(lambda _checked=False: self.save_item())
        self.form.revert_button.clicked.connect(lambda _checked=False: self.revert())
        save = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_item)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Insert, as in the action plan: Ctrl+N is the Besök tab's "new visit" in this window,
        # and a key bound twice does nothing at all
        new = QShortcut(QKeySequence(Qt.Key.Key_Insert), self, activated=self.new_item)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete = QShortcut(
            QKeySequence.StandardKey.Delete, self.table, activated=self.changes.delete_item
        )
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        # this visit's changes only (a save elsewhere, an undo): not every change of any visit
        ctx.bus.subscribe(self, self._on_change, (VISIT, AGENDA))
        self.drafts = DraftKeeper(  # typed text survives a crash (see ui.drafts)
            self,
            ctx.services.db.path,
            "agenda-item",
            fields=self.form.text_fields(),
        )

    # --- public API ---------------------------------------------------------------------------
    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        if visit_id is not None and visit_id == self.visit_id:
            self.refresh()  # the same visit again (e.g. after it was saved): keep the form
            return
        # the Besök tab asked before switching (Cancel stays there); called otherwise, the
        # visit changes anyway and a cancelled or refused save keeps nothing
        self.resolve_unsaved()
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
                else:  # the typed text stays; its save is checked against what it was typed over
                    self.editing = _typed_over(self.editing, self.model.row_at(row))
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

    def resolve_unsaved(self) -> bool:
        """Before the form shows something else: Save / Don't save / Cancel for its edits, as
        everywhere in the app. ``False``: stay, the typed text kept (cancelled, or the save was
        refused and its error is shown)."""
        if not self.is_dirty():
            return True
        title = self.form.title_edit.text().strip() or self.tr("(untitled)")
        answer = messages.ask_save(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to the item {title}?").format(title=title),
        )
        if answer == "save":
            return self.save_item()
        if answer == "discard":
            self._baseline = self.form_input()
            return True
        return False

    def about_to_close(self) -> bool:
        """The window is closing: as :meth:`resolve_unsaved`; ``False`` keeps it open."""
        return self.resolve_unsaved()

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
        if self.resolve_unsaved():
            self.select_item(target)

    def _show_item(self, row: AgendaItemRow | None) -> None:
        self.editing = row
        data = row.as_input() if row else AgendaItemInput(title="")
        self.form.load(data, data.start_time or self._next_start(), new=row is None)
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
        self.form.form_state.setText("\n".join(lines))

    def _next_start(self) -> time:
        rows = self.model.rows()
        if rows:
            return from_minutes(rows[-1].end_minutes)
        if self.visit is not None and self.visit.start_time:
            return self.visit.start_time
        return DEFAULT_START

    def form_input(self) -> AgendaItemInput:
        """What the form holds, to compare with what it was loaded with (never raises)."""
        return self.form.value(strict=False)

    def new_item(self, focus: bool = True, ask: bool = True) -> None:
        if ask and not self.resolve_unsaved():
            return
        self._programmatic = True
        try:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        finally:
            self._programmatic = False
        self.form.duration.setValue(
            DEFAULT_DURATION
        )  # before the form is filled and its draft offered
        self._show_item(None)
        if focus:
            self.form.title_edit.setFocus()

    def revert(self) -> None:
        self._show_item(self.editing)

    def save_item(self) -> bool:
        if self.visit_id is None:
            return False
        visit_id = self.visit_id
        try:
            data = self.form.value()
        except ValidationError as exc:  # a time that is not one: said beside the field
            self.form.errors.show(exc)
            return False
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
            item_id = self.changes.change(text, operation, select=None)
        except ValidationError as exc:
            shown = ValidationError(FIELD_ALIASES.get(exc.field, exc.field), exc.message)
            if not self.form.errors.show(shown):
                show_error(self, exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.form.errors.clear()
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

    def _selected(self) -> AgendaItemRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())

    # --- state --------------------------------------------------------------------------------
    def _update_summary(self, rows: list[AgendaItemRow]) -> None:
        if not rows:
            self.summary.setText(
                self.tr("The agenda is empty. Add items or start from a template.")
            )
            return
        # the latest end, not the last row's; in minutes, so an end at midnight reads 24.00
        first = min(to_minutes(r.start_time) for r in rows)
        last = max(r.end_minutes for r in rows)
        total = last - first
        count = len(rows)  # a plain name: lupdate skips a %n count written as an expression
        text = self.tr("{items}, {start}–{end} ({length}).").format(
            items=translate("AgendaEditor", "%n item(s)", None, count),
            start=fmt.clock_minutes(first),
            end=fmt.clock_minutes(last),
            length=hours(total),
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
        self.template_actions.save_template_button.setEnabled(count > 0)
        self.form.revert_button.setEnabled(self.editing is not None)
        self.output.set_enabled(self.visit_id is not None)

    def _on_change(self, change: Change) -> None:
        if self.visit_id is not None and (change.whole or self.visit_id in change.ids):
            self.refresh()

    # --- moved to agenda_changes.py ----------------------------------------
    def change(
        self, text: str, operation: Callable[[], object], select: uuid.UUID | None
    ) -> object:
        return self.changes.change(text, operation, select)

    def delete_item(self) -> None:
        self.changes.delete_item()

    def move_by(self, step: int) -> None:
        self.changes.move_by(step)

    def move_row(self, source: int, target: int) -> None:
        self.changes.move_row(source, target)


def _typed_over(typed: AgendaItemRow | None, fresh: AgendaItemRow) -> AgendaItemRow:
    """The row unsaved edits are saved against after a reload: the fresh one, unless the item
    changed elsewhere (another window, a sync's pull) under the typed text; then with the
    version the text was typed over, so the save is refused as a stale edit (the text kept),
    never written over the other change unseen."""
    if typed is not None and typed.id == fresh.id and typed.as_input() != fresh.as_input():
        return replace(fresh, version=typed.version)
    return fresh
