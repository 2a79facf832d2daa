"""The "Deltagare" page beside the visit form in the Besök tab: who is on the list, who came,
and a button to open the visit in the Deltagare tab for editing and attendance."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.participants import summarise
from samordnare_desktop.ui.context import PARTICIPANT, PERSON, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.participants.table_model import (
    ATTENDED,
    CATEGORY,
    NAME,
    ORGANISATION,
    ParticipantFilterProxy,
    ParticipantTableModel,
)
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.table import configure_table


class VisitParticipantsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visit_participants")
        self.ctx = ctx
        self.visit_id: uuid.UUID | None = None
        self.summary = plain_label()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = ParticipantTableModel(self)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("participant_table")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.proxy)
        configure_table(self.table)
        self.table.sortByColumn(CATEGORY, Qt.SortOrder.AscendingOrder)
        shown = {NAME, ORGANISATION, CATEGORY, ATTENDED}
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column not in shown)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # names and categories as wide as they are; the organisations (many at a dialogue
        # meeting, some with long names) get the rest
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        for column in (NAME, CATEGORY, ATTENDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = QPushButton(self.tr("Open in the Participants tab"))
        self.open_button.setObjectName("open_participants")
        self.open_button.setToolTip(
            self.tr("Add people, copy the first visit's list and tick attendance there.")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_in_tab)
        self.table.doubleClicked.connect(lambda _i: self.open_in_tab())
        ctx.bus.subscribe(self, self._on_change, (PARTICIPANT, PERSON))
        self.set_visit(None)

    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        self.visit_id = visit_id
        rows = []
        if visit_id is not None:
            rows = guarded(self, lambda: self.ctx.services.participants.list_for_visit(visit_id))
            rows = rows or []
        self.model.set_rows(rows)
        self.open_button.setEnabled(visit_id is not None)
        if visit_id is None:
            self.summary.setText(self.tr("Save the visit first, then add its participants."))
        elif not rows:
            self.summary.setText(self.tr("No participants yet."))
        else:
            # headcounts (people counted, not named) count as present in their category
            counted = self.ctx.services.headcounts.counts([visit_id])
            summary = summarise(
                [
                    *((r.category, r.attended, 1) for r in rows),
                    *((c, True, n) for _, c, n in counted),
                ]
            )
            # those travelling with the coordinator are counted apart, but on the list too
            on_list = (
                self.tr("{total} on the list + {travelling} with the coordinator").format(
                    total=summary.total, travelling=summary.travelling
                )
                if summary.travelling
                else self.tr("{total} on the list").format(total=summary.total)
            )
            parts = [
                on_list,
                self.tr("{attended} attended").format(attended=summary.attended),
            ]
            parts += [
                f"{c.category.short_label()} {c.attended}/{c.total}" for c in summary.by_category
            ]
            self.summary.setText(" · ".join(parts))

    def _on_change(self, change: Change) -> None:
        if change.whole or self.visit_id in change.ids:
            self.set_visit(self.visit_id)

    def open_in_tab(self) -> None:
        from samordnare_desktop.ui.participants.tab import open_visit_participants

        if self.visit_id is not None:
            open_visit_participants(self, self.visit_id)
