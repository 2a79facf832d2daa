"""People at a visit without a record each: headcounts ("6 unga deltog") per category, and the
journalists registered for the press meeting (name, outlet; counted apart from participants).

Every change is saved at once and is one step on the undo stack (the app's, when given): Ctrl+Z
in the dialog undoes its own last change, Ctrl+Z in the window after it closed does too."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.participant import OwnCategory, ParticipantCategory
from samordnare_desktop.services.headcounts import MAX_COUNT, HeadcountInput, JournalistInput
from samordnare_desktop.ui.errors import attempt, guarded, show_error
from samordnare_desktop.ui.undo import ServiceCommand, keep_refused, push_done
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.number_input import NumberInput
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


class AudienceDialog(QDialog):
    """Edit a visit's headcounts and journalists; every change is saved at once."""

    def __init__(
        self,
        services,
        visit_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        undo_stack: QUndoStack | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audience_dialog")
        self.setWindowTitle(self.tr("Headcounts and journalists"))
        self.service = services.headcounts
        self.visit_id = visit_id
        self.changed = False
        if undo_stack is None:
            undo_stack = QUndoStack(self)
            keep_refused(undo_stack)
        self.undo_stack = undo_stack
        self.on_change = on_change
        self._commands: list[ServiceCommand] = []  # this dialog's steps, for its own Ctrl+Z
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo),
                           (QKeySequence.StandardKey.Redo, self.redo)):  # fmt: skip
            QShortcut(keys, self, slot)

        box = self._build_headcounts()
        jbox = self._build_journalists()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(jbox)
        layout.addWidget(buttons)
        self.resize(520, 640)
        self.reload()

    def _build_headcounts(self):
        # --- headcounts -------------------------------------------------------------------
        self.counts = QListWidget()
        self.counts.setObjectName("headcounts")
        # a fixed category, a category of the user's own named before, or a new name typed in
        self.category = ValueCombo()
        self.category.setObjectName("headcount_category")
        self.category.setEditable(True)
        self.category.setInsertPolicy(ValueCombo.InsertPolicy.NoInsert)
        self.category.lineEdit().setPlaceholderText(self.tr("A category, or type your own"))
        self.category.setToolTip(
            self.tr("Choose a category or type a name of your own, e.g. “Foster parents”.")
        )
        self._fill_categories()
        self.category.set_value(ParticipantCategory.CHILD)
        # kept as typed: 0 or 200000 is refused beside the field, never made another number
        self.count = NumberInput("headcount_count", 1, MAX_COUNT, field="count")
        self.count_errors = FieldErrors()
        form = QFormLayout()
        self.count_errors.add_row(form, self.tr("Category"), self.category, "label")
        self.count_errors.add_row(form, self.tr("Number"), self.count, "count")
        add_count = QPushButton(self.tr("Add number"))
        add_count.setObjectName("add_headcount")
        remove_count = QPushButton(self.tr("Remove"))
        remove_count.setObjectName("remove_headcount")
        add_count.clicked.connect(self.add_headcount)
        remove_count.clicked.connect(self.remove_headcount)
        box = QGroupBox(self.tr("Counted, not named"))
        column = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "For people present without a record each, e.g. “6 young people took part”. "
                "They count as present in lists, sign-in totals and reports."
            )
        )
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addWidget(self.counts)
        column.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(remove_count)
        row.addWidget(add_count)
        column.addLayout(row)
        return box

    def _build_journalists(self):
        # --- journalists ------------------------------------------------------------------
        self.journalists = QListWidget()
        self.journalists.setObjectName("journalists")
        self.name = QLineEdit()
        self.name.setObjectName("journalist_name")
        self.outlet = QLineEdit()
        self.outlet.setObjectName("journalist_outlet")
        self.outlet.setPlaceholderText(self.tr("Newspaper, radio, TV…"))
        self.journalist_errors = FieldErrors()
        jform = QFormLayout()
        self.journalist_errors.add_row(jform, self.tr("Name"), self.name, "name")
        self.journalist_errors.add_row(jform, self.tr("Outlet"), self.outlet, "outlet")
        add_journalist = QPushButton(self.tr("Add journalist"))
        add_journalist.setObjectName("add_journalist")
        remove_journalist = QPushButton(self.tr("Remove"))
        remove_journalist.setObjectName("remove_journalist")
        add_journalist.clicked.connect(self.add_journalist)
        remove_journalist.clicked.connect(self.remove_journalist)
        jbox = QGroupBox(self.tr("Journalists registered for the press meeting"))
        jcolumn = QVBoxLayout(jbox)
        jcolumn.addWidget(self.journalists)
        jcolumn.addLayout(jform)
        jrow = QHBoxLayout()
        jrow.addStretch(1)
        jrow.addWidget(remove_journalist)
        jrow.addWidget(add_journalist)
        jcolumn.addLayout(jrow)
        return jbox

    def _fill_categories(self) -> None:
        self.category.clear()
        for category in ParticipantCategory:
            self.category.add(category.label(), category)
        for name in guarded(self, self.service.own_categories) or []:
            self.category.add(name, OwnCategory(name))

    def chosen(self) -> ParticipantCategory | OwnCategory | None:
        """The category in the box: a listed one (by its text, any case), else the typed name
        as a category of the user's own; None when empty."""
        text = " ".join(self.category.currentText().split())
        if not text:
            return None
        index = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.category.itemData(index) if index >= 0 else OwnCategory(text)

    def reload(self) -> None:
        self.counts.clear()
        for row in guarded(self, lambda: self.service.headcounts(self.visit_id)) or []:
            kind = (
                self.tr("own category")
                if isinstance(row.counted_as, OwnCategory)
                else row.category.label()
            )
            item = QListWidgetItem(f"{row.count} {row.group} ({kind})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.counts.addItem(item)
        self.journalists.clear()
        for row in guarded(self, lambda: self.service.journalists(self.visit_id)) or []:
            text = f"{row.name}, {row.outlet}" if row.outlet else row.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.journalists.addItem(item)

    def add_headcount(self) -> bool:
        self.count_errors.clear()
        category = self.chosen()
        if category is None:
            self.count_errors.show_message("label", self.tr("Choose a category or type one."))
            return False

        def add() -> None:  # the typed number; its range is validate_headcount's to judge
            if isinstance(category, OwnCategory):
                data = HeadcountInput.own(category.name, self.count.number())
            else:
                data = HeadcountInput(category, self.count.number())
            added.append(self.service.add_headcount(self.visit_id, data))

        added = []
        if not attempt(self, self.count_errors, add):
            return False
        row = added[0]
        self._push_done(
            self.tr("Add {count} {group}").format(count=row.count, group=row.group),
            lambda: self.service.restore_headcount(row.id),
            lambda: self.service.remove_headcount(row.id),
        )
        if isinstance(category, OwnCategory) and self.category.index_of(category) < 0:
            self._fill_categories()  # offered again from now on
            self.category.set_value(category)
        return True

    def remove_headcount(self) -> None:
        item = self.counts.currentItem()
        if item is not None:
            headcount_id = item.data(Qt.ItemDataRole.UserRole)
            self._push(
                self.tr("Remove {headcount}").format(headcount=item.text()),
                lambda: self.service.remove_headcount(headcount_id),
                lambda: self.service.restore_headcount(headcount_id),
            )

    def add_journalist(self) -> bool:
        data = JournalistInput(self.name.text(), self.outlet.text())
        added = []
        if not attempt(
            self,
            self.journalist_errors,
            lambda: added.append(self.service.add_journalist(self.visit_id, data)),
        ):
            return False
        row = added[0]
        self.name.clear()
        self.outlet.clear()
        self._push_done(
            self.tr("Add journalist {name}").format(name=row.name),
            lambda: self.service.restore_journalist(row.id),
            lambda: self.service.remove_journalist(row.id),
        )
        return True

    def remove_journalist(self) -> None:
        item = self.journalists.currentItem()
        if item is not None:
            journalist_id = item.data(Qt.ItemDataRole.UserRole)
            self._push(
                self.tr("Remove journalist {name}").format(name=item.text()),
                lambda: self.service.remove_journalist(journalist_id),
                lambda: self.service.restore_journalist(journalist_id),
            )

    # --- undo -------------------------------------------------------------------------------
    def _after(self) -> None:
        """After a change, its undo or its redo (the dialog may be closed by then)."""
        self.changed = True
        with contextlib.suppress(RuntimeError):
            self.reload()
        if self.on_change is not None:
            self.on_change()

    def _push_done(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        """Record a change already made (the first redo only refreshes)."""
        command = ServiceCommand(text, do, undo, self._after, lambda exc: show_error(self, exc))
        self._commands.append(command)
        self.undo_stack.push(command)

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        """Make a change now and record it (a refusal is shown and not recorded)."""
        command = ServiceCommand(text, do, undo, self._after, lambda exc: show_error(self, exc))
        try:
            push_done(self.undo_stack, command)
        except Exception as exc:
            show_error(self, exc)
            return
        self._commands.append(command)

    def _ours(self, index: int) -> bool:
        command = self.undo_stack.command(index)
        return command is not None and any(command is c for c in self._commands)

    def undo(self) -> None:
        """Ctrl+Z here: undo this dialog's last change (not an older edit elsewhere)."""
        if self.undo_stack.canUndo() and self._ours(self.undo_stack.index() - 1):
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo() and self._ours(self.undo_stack.index()):
            self.undo_stack.redo()
