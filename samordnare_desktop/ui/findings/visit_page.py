"""The "Iakttagelser" page beside the visit form (issue #18): on the day, a line and Enter
writes a finding down (made at the visit, concerning its municipality; tagged later with a
double-click); when preparing the visit, the good examples from other municipalities on its
questions and focus groups are listed below, one click away."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.finding import MAX_FINDING_TEXT
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.findings import FindingRow, GoodExample
from samordnare_desktop.ui import messages, theme
from samordnare_desktop.ui.context import CARE_PLACES, EVERYTHING, FINDING, VISIT, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.findings.finding_dialog import FindingDialog
from samordnare_desktop.ui.findings.table_model import (
    DAY,
    FOCUS_GROUPS,
    KIND,
    MEETING,
    ORGANISATIONS,
    TEXT,
    THEMES,
    FindingTableModel,
)
from samordnare_desktop.ui.table_model import ROW_ROLE, RowFilterProxy
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.form import limit_typing
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table


def _table(name: str, accessible: str, model: FindingTableModel, shown: set[int]) -> QTableView:
    proxy = RowFilterProxy(model)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(proxy)
    configure_table(table)
    for column in range(model.columnCount()):
        table.setColumnHidden(column, column not in shown)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.setColumnWidth(KIND, 130)
    table.setColumnWidth(THEMES, 170)
    table.setColumnWidth(ORGANISATIONS, 110)
    table.setColumnWidth(FOCUS_GROUPS, 140)
    return table


class VisitFindingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_findings")
        self.ctx = ctx
        self.service = ctx.services.findings
        self.visit_id: uuid.UUID | None = None

        self.quick = QLineEdit()
        self.quick.setObjectName("quick_finding")
        self.quick.setAccessibleName(self.tr("New finding"))
        self.quick.setPlaceholderText(
            self.tr("Write a finding and press Enter (tag it later with a double-click)…")
        )
        self.quick_error = plain_label()
        self.quick_error.setObjectName("quick_finding_error")
        theme.style_label(self.quick_error, "error")
        self.quick_error.setVisible(False)
        limit_typing(self.quick, MAX_FINDING_TEXT, self.quick_error)
        self.model = FindingTableModel(self)
        self.table = _table(
            "visit_finding_table",
            self.tr("Findings at this meeting"),
            self.model,
            {KIND, TEXT, THEMES, FOCUS_GROUPS},
        )
        self.table.sortByColumn(DAY, Qt.SortOrder.AscendingOrder)
        self.tag_button = QPushButton(self.tr("Tag…"))
        self.tag_button.setObjectName("tag_finding")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_visit_finding")
        self.summary = plain_label()
        self.summary.setObjectName("findings_summary")

        own = QGroupBox(self.tr("Findings at this meeting"))
        own_layout = QVBoxLayout(own)
        own_layout.addWidget(self.quick)
        own_layout.addWidget(self.quick_error)
        own_layout.addWidget(self.table, 1)
        own_buttons = QHBoxLayout()
        own_buttons.addWidget(self.summary, 1)
        own_buttons.addWidget(self.tag_button)
        own_buttons.addWidget(self.delete_button)
        own_layout.addLayout(own_buttons)
        good = self._build_examples()
        layout = QVBoxLayout(self)
        layout.addWidget(own, 3)
        layout.addWidget(good, 2)

        self.quick.returnPressed.connect(self.add_quick)
        self.table.doubleClicked.connect(lambda _i: self.tag_selected())
        self.tag_button.clicked.connect(lambda: self.tag_selected())
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.examples.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ctx.bus.subscribe(self, self._on_change, (FINDING, VISIT, CARE_PLACES, EVERYTHING))
        self.set_visit(None)

    def _build_examples(self) -> QGroupBox:
        """The good examples from other municipalities on the visit's themes, and the choice
        of those its briefing passes on."""
        self.examples_model = FindingTableModel(self)
        self.examples = _table(
            "good_example_table",
            self.tr("Good examples from other municipalities"),
            self.examples_model,
            {TEXT, THEMES, ORGANISATIONS, MEETING},
        )
        self.examples.sortByColumn(DAY, Qt.SortOrder.DescendingOrder)
        self.examples_note = plain_label()
        self.examples_note.setObjectName("good_examples_note")
        self.examples_note.setWordWrap(True)
        self.open_example = QPushButton(self.tr("Open…"))
        self.open_example.setObjectName("open_good_example")
        self.choose_examples = self._choose_button()
        good = QGroupBox(self.tr("Good examples from other municipalities"))
        good_layout = QVBoxLayout(good)
        good_layout.addWidget(self.examples_note)
        good_layout.addWidget(self.examples, 1)
        good_buttons = QHBoxLayout()
        good_buttons.addStretch(1)
        good_buttons.addWidget(self.choose_examples)
        good_buttons.addWidget(self.open_example)
        good_layout.addLayout(good_buttons)
        self.examples.doubleClicked.connect(lambda _i: self.open_selected_example())
        self.open_example.clicked.connect(lambda: self.open_selected_example())
        self.choose_examples.clicked.connect(lambda: self.choose_for_briefing())
        return good

    def _chosen_count(self, visit_id: uuid.UUID) -> int:
        return len(guarded(self, lambda: self.ctx.services.briefing.chosen_ids(visit_id)) or [])

    def _choose_button(self) -> QPushButton:
        button = QPushButton(self.tr("Choose for the briefing…"))
        button.setObjectName("choose_briefing_examples")
        button.setToolTip(
            self.tr("Which good examples the briefing before the visit (besöksunderlag) passes on")
        )
        return button

    # --- public API ---------------------------------------------------------------------------
    def is_dirty(self) -> bool:
        """A finding typed in the line and not yet added with Enter."""
        return self.visit_id is not None and bool(self.quick.text().strip())

    def resolve_unsaved(self) -> bool:
        """Before another visit is shown or the window closes: add the typed finding to this
        visit, drop it, or stay (``False``). It used to follow the person to the next visit
        (Enter filed it there) or vanish with the window, unasked."""
        if not self.is_dirty():
            return True
        answer = messages.ask_save(
            self,
            self.tr("Unsaved finding"),
            self.tr("Add the finding “{text}” to this visit?").format(
                text=_shortened(self.quick.text())
            ),
        )
        if answer == "save":
            return self.add_quick() is not None
        if answer == "discard":
            self.quick.clear()
            return True
        return False

    def about_to_close(self) -> bool:
        return self.resolve_unsaved()

    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        if visit_id != self.visit_id:
            self.resolve_unsaved()  # the Besök tab asked already; never filed under another visit
            self.quick.clear()
        self.visit_id = visit_id
        self.quick.setEnabled(visit_id is not None)
        rows: list[FindingRow] = []
        examples: list[GoodExample] = []
        if visit_id is not None:
            rows = guarded(self, lambda: self.service.for_visit(visit_id)) or []
            examples = guarded(self, lambda: self.service.good_examples_for(visit_id)) or []
        self.model.set_rows(rows)
        self.examples_model.set_rows([e.row for e in examples])
        if visit_id is None:
            self.summary.setText(self.tr("Save the visit first, then write down its findings."))
        else:
            untagged = sum(1 for r in rows if r.kind is None)
            self.summary.setText(
                self.tr("{n} findings, {untagged} not tagged yet").format(
                    n=len(rows), untagged=untagged
                )
            )
        if visit_id is None:
            self.examples_note.setText("")
        elif examples:
            chosen = self._chosen_count(visit_id)
            text = self.tr(
                "{n} good examples from elsewhere on this visit's questions and focus groups."
            ).format(n=len(examples))
            text += " " + (
                translate("VisitFindingsPage", "%n chosen for the briefing.", None, chosen)
                if chosen
                else self.tr("None chosen for the briefing: it takes the most relevant.")
            )
            self.examples_note.setText(text)
        else:
            self.examples_note.setText(
                self.tr(
                    "No good examples from other municipalities on this visit's questions or "
                    "focus groups yet."
                )
            )
        self._update_buttons()

    def add_quick(self) -> FindingRow | None:
        text = self.quick.text()
        if self.visit_id is None or not text.strip():
            return None
        visit_id = self.visit_id
        row = guarded(self, lambda: self.service.quick_add(visit_id, text))
        if row is None:
            return None
        self.quick.clear()
        self._changed(row.id)
        return row

    def selected(self) -> FindingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def tag_selected(self) -> FindingDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = FindingDialog(self.ctx, row, self)
        dialog.finished.connect(lambda _r: dialog.saved and self._changed(dialog.saved.id))
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        if not messages.confirm(
            self,
            self.tr("Delete finding"),
            self.tr("Delete the finding “{text}”? You can undo this with Ctrl+Z.").format(
                text=row.text if len(row.text) <= 80 else row.text[:79] + "…"
            ),
        ):
            return False
        return push_undoable(
            self,
            self.ctx.undo_stack,
            self.tr("Delete finding"),
            lambda: self.service.delete(row.id),
            lambda: self.service.restore(row.id),
            lambda: self._changed(row.id),
        )

    def open_selected_example(self) -> FindingDialog | None:
        rows = self.examples.selectionModel().selectedRows()
        if not rows:
            return None
        dialog = FindingDialog(self.ctx, rows[0].data(ROW_ROLE), self)
        dialog.finished.connect(lambda _r: dialog.saved and self._changed(dialog.saved.id))
        dialog.open()
        return dialog

    def choose_for_briefing(self):
        """The dialog that ticks the good examples for the visit's briefing."""
        from samordnare_desktop.ui.findings.briefing_examples import BriefingExamplesDialog

        if self.visit_id is None:
            return None
        dialog = BriefingExamplesDialog(self.ctx, self.visit_id, self)
        dialog.finished.connect(lambda _r: dialog.saved and self.set_visit(self.visit_id))
        dialog.open()
        return dialog

    # --- internals ----------------------------------------------------------------------------
    def _changed(self, finding_id: uuid.UUID) -> None:
        self.set_visit(self.visit_id)
        self.ctx.bus.notify(Change.of(FINDING, ids=[finding_id], source=self))

    def _on_change(self, _change: Change) -> None:
        self.set_visit(self.visit_id)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.tag_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.open_example.setEnabled(bool(self.examples.selectionModel().selectedRows()))
        self.choose_examples.setEnabled(self.visit_id is not None)


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"
