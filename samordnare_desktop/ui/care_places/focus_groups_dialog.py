"""Focus groups: the three of the assignment and the user's own; per group, the meetings tagged
with it (tick a meeting to tag it) and the placement figures that concern it, so everything
about one target group is in one place."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.care_places import CarePlaceService, FocusGroupRow
from samordnare_desktop.services.visits import VisitFilter, VisitService
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import attempt, guarded
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.sizing import fit_search


class FocusGroupsDialog(QDialog):
    def __init__(
        self, service: CarePlaceService, visits: VisitService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("focus_groups_dialog")
        self.setWindowTitle(self.tr("Focus groups"))
        self.service = service
        self.visit_service = visits
        self.changed = False
        left = self._build_groups()
        splitter = self._build_meetings(left)
        self._build_layout(splitter)
        self._visits = self.visit_service.list(VisitFilter())
        self.groups.currentRowChanged.connect(lambda _r: self._show_group())
        self.meetings.itemChanged.connect(self._on_tick)
        self.search.textChanged.connect(self._filter_meetings)
        self.add_button.clicked.connect(lambda: self.add_group())
        self.delete_button.clicked.connect(self.delete_group)
        self._load_groups()
        self.resize(1040, 600)

    def _build_groups(self):
        self.groups = QListWidget()
        self.groups.setObjectName("focus_group_list")
        self.groups.setAccessibleName(self.tr("Focus groups"))
        self.name = QLineEdit()
        self.name.setObjectName("focus_group_name")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("What the children have in common"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("add_focus_group")
        self.add_button.setEnabled(False)
        self.name.textChanged.connect(self._on_name)
        self.name.returnPressed.connect(lambda: self.add_group())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_focus_group")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.groups, 1)
        left_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        new_form = QFormLayout()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.add_button)
        holder = QWidget()
        holder.setLayout(row)
        self.errors = FieldErrors()
        self.name_error = self.errors.add_row(new_form, self.tr("New focus group"), holder, "name")
        self.name.setAccessibleName(self.tr("New focus group"))
        left_layout.addLayout(new_form)
        return left

    def _on_name(self, text: str) -> None:
        self.add_button.setEnabled(bool(text.strip()))
        self.errors.clear_field("name")

    def _build_meetings(self, left):
        self.search = QLineEdit()
        self.search.setObjectName("meeting_search")
        self.search.setPlaceholderText(self.tr("Search meetings…"))
        self.search.setClearButtonEnabled(True)
        fit_search(self.search)
        self.meetings = QListWidget()
        self.meetings.setObjectName("tagged_meetings")
        self.meetings.setAccessibleName(self.tr("Meetings"))
        meetings_box = QGroupBox(self.tr("Meetings (tick to tag)"))
        meetings_layout = QVBoxLayout(meetings_box)
        meetings_layout.addWidget(self.search)
        meetings_layout.addWidget(self.meetings)
        self.figures = QListWidget()
        self.figures.setObjectName("tagged_figures")
        figures_box = QGroupBox(self.tr("Placement figures about the group"))
        QVBoxLayout(figures_box).addWidget(self.figures)
        self.findings = QListWidget()
        self.findings.setObjectName("tagged_findings")
        self.findings.setAccessibleName(self.tr("Findings about the group"))
        findings_box = QGroupBox(self.tr("Findings about the group"))
        QVBoxLayout(findings_box).addWidget(self.findings)
        self.summary = plain_label()
        self.summary.setObjectName("focus_summary")
        self.summary.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(meetings_box, 3)
        right_layout.addWidget(findings_box, 2)
        right_layout.addWidget(figures_box, 2)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 580])
        return splitter

    def _build_layout(self, splitter):
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def current_group(self) -> FocusGroupRow | None:
        item = self.groups.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select_group(self, group_id: uuid.UUID) -> None:
        for index in range(self.groups.count()):
            if self.groups.item(index).data(Qt.ItemDataRole.UserRole).id == group_id:
                self.groups.setCurrentRow(index)
                return

    def add_group(self, name: str | None = None) -> None:
        """Add a focus group named ``name`` (default: what the name field holds); a refusal
        (taken, or naming a child) appears under the field, which keeps the text."""
        if name is not None:
            self.name.setText(name)
        name = self.name.text()
        if not name.strip():
            return
        added: list[FocusGroupRow] = []
        if not attempt(self, self.errors, lambda: added.append(self.service.add_focus_group(name))):
            return
        group = added[0]
        self.name.clear()
        self.changed = True
        self._load_groups()
        self.select_group(group.id)

    def delete_group(self) -> None:
        group = self.current_group()
        if group is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete focus group"),
            self.tr("Delete the focus group {name}? Meetings and figures stay.").format(
                name=group.label
            ),
        ):
            return
        if guarded(self, lambda: self.service.delete_focus_group(group.id) or True) is None:
            return
        self.changed = True
        self._load_groups()

    # --- internals ----------------------------------------------------------------------------
    def _load_groups(self) -> None:
        chosen = self.current_group()
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in self.service.focus_groups():
            text = self._group_text(group)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, group)
            self.groups.addItem(item)
        self.groups.blockSignals(False)
        if chosen is not None:
            self.select_group(chosen.id)
        if self.groups.currentRow() < 0 and self.groups.count():
            self.groups.setCurrentRow(0)
        self._show_group()

    def _show_group(self) -> None:
        group = self.current_group()
        self.delete_button.setEnabled(group is not None and not group.key)
        self.meetings.blockSignals(True)
        self.meetings.clear()
        self.figures.clear()
        self.findings.clear()
        if group is None:
            self.meetings.blockSignals(False)
            self.summary.setText("")
            return
        items = self.service.focus_group_items(group.id)
        tagged = {v.id for v in items.visits}
        for visit in sorted(self._visits, key=lambda v: v.id not in tagged):
            text = f"{visit.day.isoformat()}  {visit.display_title}" + (
                f" – {visit.place_label}" if visit.place_label else ""
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, visit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if visit.id in tagged else Qt.CheckState.Unchecked
            )
            self.meetings.addItem(item)
        self.meetings.blockSignals(False)
        self._filter_meetings()
        for report in items.reports:
            total = report.total()
            self.figures.addItem(
                self.tr("{name}, {period}: {placed} placed").format(
                    name=report.organisation_name,
                    period=report.period,
                    placed="–" if total is None else total,
                )
            )
        for finding in items.findings:
            self.findings.addItem(
                f"{finding.day}  {finding.kind_label + ': ' if finding.kind_label else ''}"
                f"{finding.excerpt}"
            )
        self.summary.setText(
            self.tr(
                "{name}: {visits} meetings, {findings} findings and {reports} sets of figures."
            ).format(
                name=group.label,
                visits=len(items.visits),
                findings=len(items.findings),
                reports=len(items.reports),
            )
        )

    def _group_text(self, group: FocusGroupRow) -> str:
        return self.tr("{name} ({visits} meetings, {findings} findings, {reports} figures)").format(
            name=group.label, visits=group.visits, findings=group.findings, reports=group.reports
        )

    def _filter_meetings(self) -> None:
        needle = self.search.text().casefold().strip()
        for index in range(self.meetings.count()):
            item = self.meetings.item(index)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _on_tick(self, item: QListWidgetItem) -> None:
        group = self.current_group()
        if group is None:
            return
        visit_id = item.data(Qt.ItemDataRole.UserRole)
        tagged = item.checkState() == Qt.CheckState.Checked
        if guarded(self, lambda: self.service.set_visit_tag(visit_id, group.id, tagged) or True):
            self.changed = True
            index = self.groups.currentRow()
            fresh = {g.id: g for g in self.service.focus_groups()}.get(group.id)
            if fresh is not None:
                current = self.groups.item(index)
                current.setData(Qt.ItemDataRole.UserRole, fresh)
                current.setText(self._group_text(fresh))
