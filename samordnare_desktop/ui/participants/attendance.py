"""The Deltagare tab's attendance mode: tick arrivals with the keyboard alone (type to find,
Up/Down to move, Space ticks), a click on the "Attended" column, and walk-ins added on the day."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.validation import MAX_SHORT_TEXT
from samordnare_desktop.services.participants import ParticipantRow
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.participants.table_model import ATTENDED, EMAIL, INVITED, PHONE
from samordnare_desktop.ui.undo import push_undoable
from samordnare_desktop.ui.widgets.form import limit_typing
from samordnare_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from samordnare_desktop.ui.participants.tab import ParticipantsTab


class Attendance(QObject):
    """Attendance mode and ticking for one :class:`ParticipantsTab`; it builds the walk-in row
    (``walk_in_box``) and filters the keys of the tab's search field and table."""

    def __init__(self, tab: ParticipantsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service
        self._double_click = False
        # A tick came after the last typing in the search field: its Ctrl+Z is the tick's
        # (see _undo_key)
        self._ticked_since_typing = False
        self.walk_in = QLineEdit()
        self.walk_in.setObjectName("walk_in")
        self.walk_in.setPlaceholderText(
            self.tr("Walk-in: “Name, Organisation” and Enter – added and marked attended")
        )
        self.walk_in_error = plain_label()
        self.walk_in_error.setObjectName("walk_in_error")
        theme.style_label(self.walk_in_error, "error")
        # "Name, Organisation": each at most the short-text limit, and the comma between
        limit_typing(self.walk_in, 2 * MAX_SHORT_TEXT + 2, self.walk_in_error)
        self.walk_in_box = QWidget()
        walk_in_layout = QHBoxLayout(self.walk_in_box)
        walk_in_layout.setContentsMargins(0, 0, 0, 0)
        walk_in_layout.addWidget(self.walk_in, 2)
        walk_in_layout.addWidget(self.walk_in_error, 1)
        self.walk_in_box.setVisible(False)
        self.walk_in.returnPressed.connect(self.add_walk_in)
        self.walk_in.textEdited.connect(lambda _t: self.walk_in_error.clear())

    def watch(self) -> None:
        """Filter the keys of the tab's search field and table (once both exist)."""
        tab = self.tab
        tab.table.doubleClicked.connect(self._on_double_clicked)
        tab.table.clicked.connect(self._on_clicked)
        tab.search.installEventFilter(self)
        tab.search.textEdited.connect(self._on_search_typed)
        tab.table.installEventFilter(self)
        tab.table.viewport().installEventFilter(self)

    @property
    def visit_id(self) -> uuid.UUID | None:
        return self.tab.visit_id

    def set_attendance_mode(self, on: bool) -> None:
        if self.tab.attendance_button.isChecked() != on:
            self.tab.attendance_button.setChecked(on)  # re-enters through toggled
            return
        self.walk_in_box.setVisible(on)
        for column in (EMAIL, PHONE, INVITED):
            self.tab.table.setColumnHidden(column, on)
        self.update_search_placeholder()
        if on:
            self.tab.focus_search()
            if self.tab.proxy.rowCount() and self.tab.current_participant() is None:
                self.tab.table.selectRow(0)
            self.ctx.show_status(
                self.tr("Attendance mode: type a name, Up/Down to move, Space ticks arrival.")
            )

    def update_search_placeholder(self) -> None:
        self.tab.search.setPlaceholderText(
            self.tr("Find a name – Up/Down to move, Space ticks arrival")
            if self.tab.attendance_button.isChecked()
            else self.tr("Search name, role, organisation or e-mail…")
        )

    def toggle_attendance(self, participant: ParticipantRow | None = None) -> None:
        """Tick (or untick) ``participant`` or the selected rows: one step on the undo stack.

        Several rows selected: all are ticked unless all already are (then all are unticked).
        """
        rows = [participant] if participant is not None else self.tab.selected_participants()
        if not rows:
            return
        value = not all(r.attended for r in rows)
        self.set_attendance(rows, value)

    def set_attendance(self, rows: list[ParticipantRow], value: bool) -> None:
        before = {r.id: r.attended for r in rows}
        after = dict.fromkeys(before, value)
        ids = list(before)
        if len(rows) == 1:
            text = (
                self.tr("Mark {name} as attended")
                if value
                else self.tr("Unmark {name} as attended")
            ).format(name=rows[0].display_name)
        else:
            text = (
                self.tr("Mark {count} as attended")
                if value
                else self.tr("Unmark {count} as attended")
            ).format(count=len(rows))
        if not push_undoable(
            self.tab,
            self.ctx.undo_stack,
            text,
            lambda: self.service.set_attended_many(after),
            lambda: self.service.set_attended_many(before),
            lambda: self._refresh_attendance(ids),
        ):
            return
        self._ticked_since_typing = True
        if len(rows) == 1:
            self.tab.select_participant(rows[0].id)
            message = (
                self.tr("{name} marked as attended. Ctrl+Z undoes.")
                if value
                else self.tr("{name} no longer marked as attended.")
            ).format(name=rows[0].display_name)
        else:
            message = (
                self.tr("{count} marked as attended. Ctrl+Z undoes.")
                if value
                else self.tr("{count} no longer marked as attended.")
            ).format(count=len(rows))
        self.ctx.show_status(message)

    def _refresh_attendance(self, ids: list[uuid.UUID]) -> None:
        """After a tick (or its undo): refresh just those rows, the counts and other views."""
        if len(ids) == 1 and self.tab.model.row_of_id(ids[0]) >= 0:
            try:
                updated = self.service.get(ids[0])
            except UserError:
                self.tab.reload()
            else:
                self.tab.model.replace_row(self.tab.model.row_of_id(ids[0]), updated)
        else:
            self.tab.reload()
        self.tab.update_summary()
        self.tab.notify_change()

    def _move(self, step: int) -> None:
        count = self.tab.proxy.rowCount()
        if not count:
            return
        rows = self.tab.table.selectionModel().selectedRows()
        current = rows[0].row() if rows else -1
        target = max(0, min(count - 1, current + step))
        self.tab.table.selectRow(target)
        self.tab.table.scrollTo(self.tab.proxy.index(target, 0))

    def _on_search_typed(self, _text: str) -> None:
        self._ticked_since_typing = False

    def _undo_key(self, event: QKeyEvent) -> bool:
        """Ctrl+Z (Ctrl+Shift+Z, Ctrl+Y) in the search field after a tick: undo (redo) on the
        shared stack, and ``True``.

        The search field keeps the focus while ticking, so its own text undo took Ctrl+Z: it
        put back the previous search and never reached the ticks the status bar says Ctrl+Z
        undoes. After a tick the field's text history is not what Ctrl+Z means (the tick is
        the last thing done); typing in the field again makes Ctrl+Z undo the typing, as in
        any field, until the next tick."""
        if not self._ticked_since_typing:
            return False
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        mods, key = event.modifiers() & (ctrl | shift), event.key()
        if (
            event.matches(QKeySequence.StandardKey.Redo)
            or (mods == ctrl | shift and key == Qt.Key.Key_Z)
            or (mods == ctrl and key == Qt.Key.Key_Y)
        ):
            self.ctx.undo_stack.redo()
            return True
        if event.matches(QKeySequence.StandardKey.Undo) or (mods == ctrl and key == Qt.Key.Key_Z):
            self.ctx.undo_stack.undo()
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.tab.search:
                if self._undo_key(event):
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    self._move(1 if key == Qt.Key.Key_Down else -1)
                    return True
                if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    self._move(10 if key == Qt.Key.Key_PageDown else -10)
                    return True
                if (
                    key == Qt.Key.Key_Space
                    and self.tab.attendance_button.isChecked()
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                ):
                    self.toggle_attendance()
                    self.tab.search.selectAll()  # the next letters start a new search
                    return True
                if (
                    key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and not self.tab.attendance_button.isChecked()
                ):
                    if self.tab.current_participant() is not None:
                        self.tab.table.setFocus()
                    return True
            elif watched is self.tab.table and key == Qt.Key.Key_Space:
                self.toggle_attendance()
                return True
        elif watched is self.tab.table.viewport():
            # Qt delivers a double-click as press, release, press, double-click, release: the
            # second release would tick again. Remember the double-click so that click is ignored.
            if event.type() == QEvent.Type.MouseButtonPress:
                self._double_click = False
            elif event.type() == QEvent.Type.MouseButtonDblClick:
                self._double_click = True
        return super().eventFilter(watched, event)

    def _on_clicked(self, index) -> None:
        if self._double_click:  # the second click of a double-click: the first one ticked
            self._double_click = False
            return
        selecting = QApplication.keyboardModifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
        if index.column() == ATTENDED and not selecting:  # Ctrl/Shift+click only selects
            self.toggle_attendance(self.tab.proxy.row(index.row()))

    def _on_double_clicked(self, index) -> None:
        if index.column() != ATTENDED:
            self.tab.edit_participant()

    def add_walk_in(self) -> None:
        visit_id = self.visit_id
        text = self.walk_in.text()
        if visit_id is None or not text.strip():
            return
        try:
            row = self.service.add_walk_in(visit_id, text)
        except UserError as exc:
            self.walk_in_error.setText(exc.message)
            return
        except Exception as exc:
            show_error(self.tab, exc)
            return
        self.walk_in.clear()
        self.walk_in_error.clear()
        self.tab.reload()
        self.tab.select_participant(row.id)
        self.ctx.show_status(
            self.tr("Walk-in added and marked attended: {name}").format(name=row.display_name)
        )
        self.tab.notify_change()
