"""The "Minnesanteckningar" page beside the visit form (issue #18 part 3): during or after the
meeting its agenda becomes the minutes. On the left the agenda's items (✓: something written);
on the right the chosen item's notes, decisions, follow-up actions (what, who, by when) and the
findings made under it (a line and Enter writes one; findings of the meeting under no item can
be put here).

An item's minutes are saved as a whole (Ctrl+S or Save): one step on the shared undo stack.
Typed notes, decisions and actions survive a crash (ui.drafts); choosing another item or meeting with
unsaved edits asks first. Alt+Page Down / Alt+Page Up go to the next / previous item.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop import formatting as fmt
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.minutes import MAX_DECISIONS, MAX_NOTES, MinutesInput
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.minutes import MinutesItemRow
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import AGENDA, EVERYTHING, FINDING, VISIT, Change, UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.visits.minutes_actions import MinutesActionsTable
from samordnare_desktop.ui.visits.minutes_findings import MinutesFindings
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole
NARROW_CHARS = 90  # below this width (in average characters) the page stacks


def _text_edit(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every form
    return edit


class MinutesPage(QWidget):
    NAME = "visit_minutes"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.ctx = ctx
        self.service = ctx.services.minutes
        self.visit_id: uuid.UUID | None = None
        self.rows: list[MinutesItemRow] = []
        self.editing: MinutesItemRow | None = None
        self._baseline: MinutesInput | None = None
        self._programmatic = False
        self._build()
        self._wire()
        self.set_visit(None)

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = plain_label()
        self.heading.setObjectName("minutes_heading")
        self.heading.setWordWrap(True)  # a long place and title wraps, never cut
        self.items = QListWidget()
        self.items.setObjectName("minutes_items")
        self.items.setAccessibleName(self.tr("Agenda items"))
        self.items.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.item_title = plain_label()
        self.item_title.setObjectName("minutes_item_title")
        self.item_title.setWordWrap(True)
        font = self.item_title.font()
        font.setBold(True)
        self.item_title.setFont(font)
        self.notes = _text_edit("minutes_notes")
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.decisions = _text_edit("minutes_decisions")
        self.decisions.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.decisions.setMaximumHeight(110)
        self.actions = MinutesActionsTable()
        self.findings = MinutesFindings(self.ctx, self.refresh, self)
        self.form_state = plain_label()
        self.form_state.setObjectName("minutes_form_state")
        self.form_state.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("minutes_save")
        self.save_button.setToolTip(self.tr("Save the item's minutes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("minutes_revert")
        # a short text beside the pane's heading (issue 14: "…ta och skriv ut m" at 150 %);
        # the whole of it in the tooltip and for screen readers
        self.preview_button = QPushButton(self.tr("Print…"))
        self.preview_button.setObjectName("minutes_preview")
        self.preview_button.setToolTip(self.tr("Preview and print minutes…"))
        self.preview_button.setAccessibleName(self.tr("Preview and print minutes…"))
        self.form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(self.form, self.tr("&Notes"), self.notes, "notes", max_length=MAX_NOTES)
        self.errors.add_row(
            self.form, self.tr("&Decisions"), self.decisions, "decisions", max_length=MAX_DECISIONS
        )
        self.form.addRow(self.tr("Actions"), self.actions)
        self.form.addRow(self.tr("Findings"), self.findings)
        self._narrow: bool | None = None
        _lay_out(self)
        arrange(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        arrange(self)

    def _wire(self) -> None:
        self.items.currentRowChanged.connect(self._on_current)
        for edit in (self.notes, self.decisions):
            edit.textChanged.connect(self._update_state)
        self.actions.edited.connect(self._update_state)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(lambda: self.revert())
        self.preview_button.clicked.connect(lambda: self.preview())
        for keys, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence("Alt+PgDown"), lambda: self.step(1)),
            (QKeySequence("Alt+PgUp"), lambda: self.step(-1)),
        ):
            shortcut = QShortcut(keys, self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ctx.bus.subscribe(self, self._on_change, (VISIT, AGENDA, FINDING, EVERYTHING))
        self.drafts = DraftKeeper(
            self, self.ctx.services.db.path, "minutes", fields=[self.notes, self.decisions]
        )
        self.drafts.add_field(
            "minutes_actions", self.actions.as_text, self._restore_actions, self.actions.edited
        )

    # --- public API ---------------------------------------------------------------------------
    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        if visit_id is not None and visit_id == self.visit_id:
            self.refresh()
            return
        self.resolve_unsaved()
        self.findings.quick.clear()  # a typed finding is never filed under another visit
        self.visit_id = visit_id
        self.editing = None
        self._baseline = None
        self.refresh()

    def refresh(self) -> None:
        """Reload the agenda and its minutes; keeps the chosen item (and unsaved edits)."""
        keep = self.editing.agenda_item_id if self.editing else None
        self.rows = []
        visit = None
        if self.visit_id is not None:
            visit = guarded(self, lambda: self.ctx.services.visits.get(self.visit_id))
            if visit is not None:
                self.rows = guarded(self, lambda: self.service.items(self.visit_id)) or []
        if visit is None:
            self.placeholder.setText(self.tr("Choose a saved visit to write its minutes."))
        elif not self.rows:
            self.placeholder.setText(
                self.tr(
                    "The visit has no agenda yet: the minutes follow its items. "
                    "Add them on the Agenda page."
                )
            )
        self.placeholder.setVisible(not self.rows)
        self.body.setVisible(bool(self.rows))
        self.preview_button.setEnabled(visit is not None)
        self.heading.setText(
            " · ".join(
                p
                for p in (
                    visit.place_label if visit else "",
                    visit.display_title if visit else "",
                    fmt.long_date(visit.day) if visit else "",
                )
                if p
            )
        )
        self._fill_items()
        target = next((i for i, r in enumerate(self.rows) if r.agenda_item_id == keep), 0)
        if not self.rows:
            self._show(None)
        elif self._minutes_dirty() and keep not in {r.agenda_item_id for r in self.rows}:
            # the item typed under was deleted meanwhile: the text stays on screen, tied to that
            # item (saving says it no longer exists), never to another item's minutes
            self._select_row(-1)
        elif self._minutes_dirty():
            self._select_row(target)  # keep what is typed; the list follows
            self.editing = _typed_over(self.editing, self.rows[target])
            self.findings.show_item(self.editing)
        else:
            self._select_row(target)
            self._show(self.rows[target])

    def is_dirty(self) -> bool:
        """Typed minutes not saved, or a finding typed in the line under the item and not yet
        added with Enter (it would otherwise follow the person to another item or visit)."""
        return self.editing is not None and (
            (self._baseline is not None and self.form_input() != self._baseline)
            or bool(self.findings.quick.text().strip())
        )

    def _minutes_dirty(self) -> bool:
        return (
            self.editing is not None
            and self._baseline is not None
            and self.form_input() != self._baseline
        )

    def resolve_unsaved(self) -> bool:
        """Before the page shows something else (another item or visit, or the window closes):
        Save / Don't save / Cancel, as everywhere in the app. ``False``: stay, the text kept
        (Cancel or Escape, or a refused save). Was Yes/No, and Escape answered No: the minutes
        typed were thrown away."""
        if not self.is_dirty():
            return True
        finding = self.findings.quick.text().strip()
        if finding and not self._minutes_dirty():
            # only the half-typed finding line is unsaved: ask about the finding, by its text
            question = self.tr("Add the finding '{finding}' to {item}?").format(
                finding=finding, item=self._item_name()
            )
        else:
            question = self.tr("Save the minutes of {item}?").format(item=self._item_name())
        answer = messages.ask_save(self, self.tr("Unsaved changes"), question)
        if answer == "save":
            if self._minutes_dirty() and not self.save():
                return False
            return not self.findings.quick.text().strip() or self.findings.add()
        if answer == "discard":
            self._baseline = self.form_input()
            self.findings.quick.clear()
            self.drafts.clear()
            return True
        return False

    def about_to_close(self) -> bool:
        return self.resolve_unsaved()

    def form_input(self) -> MinutesInput:
        return MinutesInput(
            self.notes.toPlainText(), self.decisions.toPlainText(), self.actions.values()
        )

    def select_item(self, agenda_item_id: uuid.UUID) -> bool:
        for index, row in enumerate(self.rows):
            if row.agenda_item_id == agenda_item_id:
                self.items.setCurrentRow(index)
                return True
        return False

    def step(self, by: int) -> None:
        row = self.items.currentRow() + by
        if 0 <= row < self.items.count():
            self.items.setCurrentRow(row)

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        editing = self.editing
        if editing is None:
            return False
        self.actions.commit_edit()
        data = self.form_input()
        if data == self._baseline:
            return True
        before = editing.as_input()
        item_id = editing.agenda_item_id
        first = [True]

        def do() -> None:
            version = editing.version if first[0] else None
            first[0] = False
            self.service.save_item(item_id, data, expected_version=version)

        self.errors.clear()
        self.actions.clear_error()
        try:
            from samordnare_desktop.domain.minutes import validate_minutes

            validate_minutes(data)  # refusals beside their field, before the undo stack
        except ValidationError as exc:
            self._show_refusal(exc)
            return False
        done = push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Minutes of {item}").format(item=self._item_name()),
            do,
            lambda: self.service.save_item(item_id, before),
            lambda: self._saved(item_id),
        )
        if done:
            self.ctx.show_status(self.tr("Minutes saved."))
        return done

    def _saved(self, item_id: uuid.UUID) -> None:
        self.drafts.clear()
        self._baseline = None
        self.editing = None
        self.refresh()
        self.select_item(item_id)

    def _show_refusal(self, exc: ValidationError) -> None:
        if exc.field.startswith("actions"):
            self.actions.show_error(exc.field, exc.message)
        elif not self.errors.show(exc):
            show_error(self, exc)

    def revert(self) -> None:
        self.drafts.clear()
        self._show(self.editing)

    # --- internals ----------------------------------------------------------------------------
    def _item_name(self) -> str:
        if self.editing is None:
            return ""
        return f"{fmt.clock(self.editing.start_time)} {self.editing.title}".strip()

    def _fill_items(self) -> None:
        self._programmatic = True
        try:
            self.items.clear()
            for row in self.rows:
                mark = "✓ " if row.has_minutes else "    "
                entry = QListWidgetItem(f"{mark}{fmt.clock(row.start_time)}  {row.title}")
                entry.setData(ID_ROLE, row.agenda_item_id)
                self.items.addItem(entry)
        finally:
            self._programmatic = False

    def _select_row(self, index: int) -> None:
        self._programmatic = True
        try:
            self.items.setCurrentRow(index)
        finally:
            self._programmatic = False

    def _on_current(self, index: int) -> None:
        if self._programmatic or not 0 <= index < len(self.rows):
            return
        target = self.rows[index]
        if self.editing is not None and target.agenda_item_id == self.editing.agenda_item_id:
            return
        if self.is_dirty():
            back = next(
                (
                    i
                    for i, r in enumerate(self.rows)
                    if r.agenda_item_id == self.editing.agenda_item_id
                ),
                -1,  # the edited item was deleted meanwhile
            )
            self._select_row(back)  # stay on the edited item while asking (after the click)
            QTimer.singleShot(0, self, lambda: self._switch_to(target.agenda_item_id))
            return
        self._show(target)

    def _switch_to(self, agenda_item_id: uuid.UUID) -> None:
        if self.resolve_unsaved():
            for index, row in enumerate(self.rows):
                if row.agenda_item_id == agenda_item_id:
                    self._select_row(index)
                    self._show(row)

    def _show(self, row: MinutesItemRow | None) -> None:
        self.editing = row
        data = row.as_input() if row else MinutesInput()
        for edit in (self.notes, self.decisions):
            edit.blockSignals(True)
        self.notes.setPlainText(data.notes)
        self.decisions.setPlainText(data.decisions)
        for edit in (self.notes, self.decisions):
            edit.blockSignals(False)
        self.actions.load(data.actions)
        self.errors.clear()
        self._baseline = self.form_input()
        title = ""
        if row is not None:
            hours = fmt.time_range(row.start_time, row.end_time)
            untitled = self.tr("(untitled)")
            title = f"{hours}  {row.title or untitled}"
        self.item_title.setText(title)
        self.findings.show_item(self.editing)
        self.drafts.set_record(row.agenda_item_id if row else "none")
        if row is not None:
            self.drafts.offer(self)
        self._update_state()

    def _restore_actions(self, text: str) -> None:
        self.actions.load_text(text)
        self._update_state()

    def _update_state(self) -> None:
        self.form_state.setText(self.tr("Unsaved changes") if self._minutes_dirty() else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self._minutes_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def _on_change(self, change: Change) -> None:
        if change.source is self:
            return
        if self.visit_id is not None:
            self.refresh()

    def preview(self) -> None:
        """The minutes as PDF in the print preview (built off the GUI thread)."""
        if self.visit_id is not None and self.resolve_unsaved():
            preview_minutes(self, self.visit_id)


def preview_minutes(page: MinutesPage, visit_id: uuid.UUID) -> None:
    from samordnare_desktop.ui.operations import run_in_background
    from samordnare_desktop.ui.print_preview import show_preview

    visit = guarded(page, lambda: page.ctx.services.visits.get(visit_id))
    if visit is None:
        return
    name = f"minnesanteckningar-{visit.municipality_code}-{visit.day.isoformat()}.pdf"
    title = translate("MinutesPage", "Minutes")
    documents = page.ctx.services.visit_documents
    page.last_window = None

    def done(pdf: bytes) -> None:
        page.last_window = show_preview(page.window(), pdf, title, name)

    run_in_background(
        page.window(),
        lambda _progress: documents.minutes_pdf(visit_id),
        done,
        title=translate("MinutesPage", "Creating the minutes…"),
    )


def _lay_out(page: MinutesPage) -> None:
    """The page's widgets in place: the item's fields scroll; Save and Revert stay below
    them, always in view (issue 14: at 150 % on a small laptop they sat below the window)."""
    form = page.form
    page.editor = QWidget()
    editor = QVBoxLayout(page.editor)
    editor.setContentsMargins(0, 0, 0, 0)
    editor.addWidget(page.item_title)
    editor.addLayout(form, 1)
    scroll = QScrollArea()
    scroll.setObjectName("minutes_editor_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no extra Tab stop
    scroll.setMinimumHeight(page.fontMetrics().lineSpacing() * 5)
    scroll.setWidget(page.editor)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("minutes_splitter")
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(page.items)
    splitter.addWidget(scroll)
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 3)
    splitter.setSizes([220, 640])
    buttons = QHBoxLayout()
    buttons.setContentsMargins(0, 0, 0, 0)
    buttons.addWidget(page.form_state, 1)
    buttons.addWidget(page.revert_button)
    buttons.addWidget(page.save_button)
    page.body = QWidget()
    body = QVBoxLayout(page.body)
    body.setContentsMargins(0, 0, 0, 0)
    body.addWidget(splitter, 1)
    body.addLayout(buttons)
    page.placeholder = plain_label()
    page.placeholder.setObjectName("minutes_placeholder")
    page.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page.placeholder.setWordWrap(True)
    top = QHBoxLayout()
    top.addWidget(page.heading, 1)
    top.addWidget(page.preview_button, 0, Qt.AlignmentFlag.AlignTop)
    layout = QVBoxLayout(page)
    layout.addLayout(top)
    layout.addWidget(page.placeholder)
    layout.addWidget(page.body, 1)
    page.splitter = splitter


def arrange(page: MinutesPage) -> None:
    """A narrow page (a small laptop at 125-200 %): the items above the editor, the labels
    above their fields, the findings' buttons under each other."""
    narrow = page.width() < page.fontMetrics().averageCharWidth() * NARROW_CHARS
    if narrow == page._narrow:
        return
    page._narrow = narrow
    page.splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
    page.splitter.setSizes([120, 400] if narrow else [220, 640])
    page.form.setRowWrapPolicy(
        QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.DontWrapRows
    )
    page.findings.set_narrow(narrow)


def _typed_over(typed: MinutesItemRow | None, fresh: MinutesItemRow) -> MinutesItemRow:
    """The row unsaved minutes are saved against after a reload: the fresh one, unless its
    minutes changed elsewhere (a sync's pull, another window) under the typed text; then
    with the version the text was typed over, so the save is refused as a stale edit (the
    text kept), never written over the other minutes unseen."""
    if (
        typed is not None
        and typed.agenda_item_id == fresh.agenda_item_id
        and typed.as_input() != fresh.as_input()
    ):
        return replace(fresh, version=typed.version)
    return fresh
