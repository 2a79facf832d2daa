"""The conflicts a sync left, side by side: "Din version" | "Serverns version".

A field changed here and on the server since the last sync keeps the server's value and both
versions are kept (``sync_conflict``) until the user decides. The table lists what (the row as
the user names it), the field, both versions' first lines and who changed the server's; below
it the chosen conflict's two versions in full (plain text, wrapped, selectable). "Behåll min"
and "Behåll serverns" decide every selected conflict (Ctrl+A: all of them); the decision is a
new local change that the next sync sends, so nothing is rewritten behind anyone's back and
both versions stay in the history: "Visa avgjorda" lists the decided ones too (newest decision
first, each marked "Avgjord" and when), to read again; they cannot be decided twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.i18n import translate
from samordnare_desktop.ui.context import EVERYTHING, Change, UiContext
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.table_model import Column, RowTableModel
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table, fit_columns

if TYPE_CHECKING:
    from samordnare_desktop.services.sync import Conflict

PREVIEW_CHARS = 60
DECIDED_COLUMN = 5  # "Avgjord <när>": shown while "Visa avgjorda" is ticked


def preview(text: str) -> str:
    """The first line of ``text``, shortened for a table cell (the panes below show it all)."""
    lines = text.strip().splitlines()
    first = lines[0] if lines else ""
    if len(first) > PREVIEW_CHARS or len(lines) > 1:
        return first[:PREVIEW_CHARS].rstrip() + "…"
    return first


def shown(text: str) -> str:
    """An empty value as the user reads it, never as nothing at all."""
    return text if text.strip() else translate("ConflictDialog", "(empty)")


def what_and_field(conflict: Conflict) -> tuple[str, str]:
    """The label "Besök 0586 Mjölby, 2026-03-04: Plats" as ("Besök 0586 Mjölby, 2026-03-04",
    "Plats"): the row and the field in columns of their own."""
    what, colon, field = conflict.label.rpartition(": ")
    return (what, field) if colon else (conflict.label, conflict.field)


def from_file(conflict: Conflict) -> bool:
    """The other version came in an exchange file (another laptop's), not from the server."""
    return getattr(conflict, "origin", "server") == "file"


def other_title(conflicts: list[Conflict]) -> str:
    """What the other version is called: the server's, the file's, or (both kinds) either."""
    kinds = {from_file(c) for c in conflicts}
    if kinds == {True}:
        return translate("ConflictDialog", "File's version")
    if kinds == {True, False}:
        return translate("ConflictDialog", "Server's or file's version")
    return translate("ConflictDialog", "Server's version")


def changed_by(conflict: Conflict) -> str:
    """Who made the other version: "anna", or "anna (utbytesfil)" for a file's."""
    if from_file(conflict):
        return translate("ConflictDialog", "{who} (exchange file)").format(
            who=conflict.server_user or translate("ConflictDialog", "someone")
        )
    return conflict.server_user


def decision(conflict: Conflict) -> str:
    """ "Avgjord 2026-12-05 14:30" (the laptop's time) for a decided conflict; "" for an open."""
    moment = getattr(conflict, "resolved_at", None)
    if moment is None:
        return ""
    if moment.tzinfo is None:  # UTC, naive as the database keeps it
        moment = moment.replace(tzinfo=UTC)
    when = moment.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate("ConflictDialog", "Decided {when}").format(when=when)


def _columns(other: Callable[[], str]) -> list[Column[Conflict]]:
    return [
        Column(lambda: translate("ConflictDialog", "What"), lambda c: what_and_field(c)[0]),
        Column(lambda: translate("ConflictDialog", "Field"), lambda c: what_and_field(c)[1]),
        Column(
            lambda: translate("ConflictDialog", "Your version"), lambda c: preview(c.local_value)
        ),
        Column(other, lambda c: preview(c.server_value)),
        Column(lambda: translate("ConflictDialog", "Changed by"), changed_by),
        Column(lambda: translate("ConflictDialog", "Decided"), decision),
    ]


class ConflictDialog(QDialog):
    """Lists the unresolved conflicts (and, ticked, the decided ones); each decision goes
    through ``services.sync.resolve``."""

    resolved = Signal()

    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflicts_dialog")
        self.setWindowTitle(self.tr("Conflicts after the sync"))
        self.ctx = ctx
        self.intro = intro = plain_label()
        intro.setObjectName("conflicts_intro")
        intro.setWordWrap(True)
        self._build_table()
        splitter = self._build_panes()
        decide = self._build_decisions()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)
        layout.addLayout(decide)
        layout.addWidget(close)
        select_all = QShortcut(QKeySequence.StandardKey.SelectAll, self)
        select_all.activated.connect(self.table.selectAll)
        width = self.fontMetrics().averageCharWidth()
        self.resize(max(900, width * 120), max(560, self.fontMetrics().height() * 34))
        self.setTabOrder(self.table, self.local_text)
        self.setTabOrder(self.local_text, self.server_text)
        self.setTabOrder(self.server_text, self.keep_local)
        self.setTabOrder(self.keep_local, self.keep_server)
        self.setTabOrder(self.keep_server, self.show_decided)
        self.reload()

    # --- building -----------------------------------------------------------------------------
    def _build_table(self) -> None:
        """The conflicts, one a row, in the order the service gives them."""
        self.model: RowTableModel[Conflict] = RowTableModel(
            _columns(lambda: other_title(self.model.rows())), self
        )
        self.table = QTableView()
        self.table.setObjectName("conflicts_table")
        self.table.setModel(self.model)
        configure_table(self.table)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(False)  # in the order the service gives (by row, field)
        fit_columns(self.table, [0, 1, 2, 3], cap_chars=36)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.setAccessibleName(self.tr("Conflicts"))

    def _build_panes(self) -> QSplitter:
        """The table above the chosen conflict's two versions side by side."""
        self.local_box = QGroupBox(self.tr("Your version"))
        self.server_box = QGroupBox(self.tr("Server's version"))
        self.local_text = self._pane(self.local_box, "local_value")
        self.server_text = self._pane(self.server_box, "server_value")
        panes = QWidget()
        side_by_side = QHBoxLayout(panes)
        side_by_side.setContentsMargins(0, 0, 0, 0)
        side_by_side.addWidget(self.local_box)
        side_by_side.addWidget(self.server_box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(panes)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        return splitter

    def _build_decisions(self) -> QHBoxLayout:
        """How many are left, "Behåll min" and "Behåll serverns" (and the text when none are)."""
        self.empty = plain_label(self.tr("No conflicts left: everything is decided."))
        self.empty.setObjectName("conflicts_empty")
        self.empty.hide()
        self.keep_local = QPushButton(self.tr("Keep &mine"))
        self.keep_local.setObjectName("keep_local")
        self.keep_local.setToolTip(self.tr("Your version applies to the selected conflicts"))
        self.keep_local.clicked.connect(lambda: self.resolve_selected("local"))
        self.keep_server = QPushButton(self.tr("Keep the &server's"))
        self.keep_server.setObjectName("keep_server")
        self.keep_server.setToolTip(
            self.tr(
                "The other version (the server's or the file's) applies to the selected conflicts"
            )
        )
        self.keep_server.clicked.connect(lambda: self.resolve_selected("server"))
        for button in (self.keep_local, self.keep_server):
            button.setAutoDefault(False)  # Enter in the table never decides by accident
        self.count = plain_label()
        self.count.setObjectName("conflicts_count")
        self.show_decided = QCheckBox(self.tr("Show &decided"))
        self.show_decided.setObjectName("show_decided")
        self.show_decided.setToolTip(
            self.tr("Also list the conflicts already decided, with both versions")
        )
        self.show_decided.toggled.connect(lambda _on: self.reload())
        decide = QHBoxLayout()
        decide.addWidget(self.show_decided)
        decide.addWidget(self.count, 1)
        decide.addWidget(self.keep_local)
        decide.addWidget(self.keep_server)
        return decide

    def _pane(self, box: QGroupBox, name: str) -> QPlainTextEdit:
        text = QPlainTextEdit()  # plain text only: a value is never read as markup
        text.setObjectName(name)
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text.setTabChangesFocus(True)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        column = QVBoxLayout(box)
        column.addWidget(text)
        return text

    # --- contents -----------------------------------------------------------------------------
    def conflicts(self) -> list[Conflict]:
        return self.model.rows()

    def reload(self) -> None:
        """Read the unresolved conflicts again (then the decided ones, when "Visa avgjorda" is
        ticked); keep the selection on the rows still there."""
        chosen = {c.id for c in self.selected()}
        showing = self.show_decided.isChecked()
        try:
            open_rows = self.ctx.services.sync.conflicts()
            rows = open_rows + (self.ctx.services.sync.decided() if showing else [])
        except Exception as exc:
            show_error(self, exc)
            open_rows = rows = []
        self.model.set_rows(rows)
        self.table.setColumnHidden(DECIDED_COLUMN, not showing)
        selection = self.table.selectionModel()
        for number, conflict in enumerate(rows):
            if conflict.id in chosen:
                selection.select(
                    self.model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if rows and not self.selected():
            self.table.selectRow(0)
        self.table.setFocus()
        self.empty.setVisible(not open_rows)
        self.intro.setText(self._intro(open_rows))
        left = len(open_rows)
        self.count.setText(self.tr("%n conflict(s) to decide", "", left))
        self._on_selection()

    def _intro(self, rows: list[Conflict]) -> str:
        """Which side each version came from and which applies until the user decides: a
        sync keeps the server's, an imported exchange file left this computer's."""
        kinds = {from_file(c) for c in rows}
        if kinds == {True}:
            return self.tr(
                "These fields were changed both here and on the computer whose exchange file "
                "was imported. Your version applies until you choose. Your choice is saved as a "
                "new change and sent with the next sync; both versions stay in the history."
            )
        if kinds == {True, False}:
            return self.tr(
                "These fields were changed both here and elsewhere: on the team server, or on "
                "the computer whose exchange file was imported (see each conflict). Your "
                "choice is saved as a new change and sent with the next sync; both versions "
                "stay in the history."
            )
        return self.tr(
            "These fields were changed both here and on the team server since the last "
            "sync. The server's version applies until you choose. Your choice is saved as a "
            "new change and sent with the next sync; both versions stay in the history."
        )

    def selected(self) -> list[Conflict]:
        numbers = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(n) for n in numbers]

    def undecided(self) -> list[Conflict]:
        """The selected conflicts still open: a decided one is shown, never decided again."""
        return [c for c in self.selected() if getattr(c, "resolved_at", None) is None]

    def _on_selection(self, *_args: object) -> None:
        chosen = self.selected()
        self.keep_local.setEnabled(bool(self.undecided()))
        self.keep_server.setEnabled(bool(self.undecided()))
        kinds = {from_file(c) for c in chosen or self.conflicts()}
        if kinds == {True}:
            self.keep_server.setText(self.tr("Keep the &file's"))
        elif kinds == {True, False}:
            self.keep_server.setText(self.tr("Keep the &other version"))
        else:
            self.keep_server.setText(self.tr("Keep the &server's"))
        if len(chosen) == 1:
            conflict = chosen[0]
            self.local_text.setPlainText(shown(conflict.local_value))
            self.server_text.setPlainText(shown(conflict.server_value))
            # a group box's title never wraps: a long label (a meeting with a dozen
            # organisations) would widen the dialog past a 1366-pixel screen
            what = conflict.label if len(conflict.label) <= 70 else conflict.label[:69] + "…"
            self.local_box.setTitle(self.tr("Your version: {what}").format(what=what))
            self.local_box.setToolTip(conflict.label)
            who = conflict.server_user or self.tr("someone")
            if from_file(conflict):
                title = self.tr("File's version (from {who})").format(who=who)
            else:
                title = self.tr("Server's version (changed by {who})").format(who=who)
            self.server_box.setTitle(title)
        else:
            self.local_text.setPlainText("")
            self.server_text.setPlainText("")
            self.local_box.setTitle(self.tr("Your version"))
            self.server_box.setTitle(other_title(chosen or self.conflicts()))
            several = len(chosen)
            if several:
                self.local_text.setPlaceholderText(
                    self.tr("%n conflicts selected: the buttons decide them all.", "", several)
                )
            else:
                self.local_text.setPlaceholderText("")

    # --- decisions ----------------------------------------------------------------------------
    def resolve_selected(self, keep: str) -> int:
        """Decide every selected conflict for ``keep`` ("local" or "server"); how many."""
        return self.resolve([c.id for c in self.undecided()], keep)

    def resolve(self, ids: list[uuid.UUID], keep: str) -> int:
        done = 0
        try:
            for conflict_id in ids:
                self.ctx.services.sync.resolve(conflict_id, keep)  # type: ignore[arg-type]
                done += 1
        except Exception as exc:
            show_error(self, exc)
        if done:
            # the kept values are in the rows now: every open view reads them again
            self.ctx.bus.notify(Change.of(EVERYTHING, source=self))
            self.ctx.show_status(self.tr("%n conflict(s) decided.", "", done))
            self.resolved.emit()
        self.reload()
        return done
