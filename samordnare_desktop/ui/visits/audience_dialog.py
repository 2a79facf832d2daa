"""People at a visit without a record each: headcounts ("6 unga deltog") per category, and the
journalists registered for the press meeting (name, outlet; counted apart from participants)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.services.headcounts import HeadcountInput, JournalistInput
from samordnare_desktop.ui.errors import attempt, guarded
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


class AudienceDialog(QDialog):
    """Edit a visit's headcounts and journalists; every change is saved at once."""

    def __init__(self, services, visit_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audience_dialog")
        self.setWindowTitle(self.tr("Headcounts and journalists"))
        self.service = services.headcounts
        self.visit_id = visit_id
        self.changed = False

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
        self.category = ValueCombo()
        self.category.setObjectName("headcount_category")
        for category in ParticipantCategory:
            self.category.add(category.label(), category)
        self.category.set_value(ParticipantCategory.CHILD)
        self.count = QSpinBox()
        self.count.setObjectName("headcount_count")
        self.count.setRange(1, 100_000)
        self.label = QLineEdit()
        self.label.setObjectName("headcount_label")
        self.label.setPlaceholderText(self.tr("Own name for the group (optional)"))
        self.count_errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category)
        self.count_errors.add_row(form, self.tr("Number"), self.count, "count")
        self.count_errors.add_row(form, self.tr("Group"), self.label, "label")
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

    def reload(self) -> None:
        self.counts.clear()
        for row in guarded(self, lambda: self.service.headcounts(self.visit_id)) or []:
            item = QListWidgetItem(f"{row.count} {row.group} ({row.category.label()})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.counts.addItem(item)
        self.journalists.clear()
        for row in guarded(self, lambda: self.service.journalists(self.visit_id)) or []:
            text = f"{row.name}, {row.outlet}" if row.outlet else row.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.journalists.addItem(item)

    def add_headcount(self) -> bool:
        data = HeadcountInput(self.category.value(), self.count.value(), self.label.text())
        if not attempt(
            self, self.count_errors, lambda: self.service.add_headcount(self.visit_id, data)
        ):
            return False
        self.label.clear()
        self.changed = True
        self.reload()
        return True

    def remove_headcount(self) -> None:
        item = self.counts.currentItem()
        if item is not None:
            guarded(
                self, lambda: self.service.remove_headcount(item.data(Qt.ItemDataRole.UserRole))
            )
            self.changed = True
            self.reload()

    def add_journalist(self) -> bool:
        data = JournalistInput(self.name.text(), self.outlet.text())
        if not attempt(
            self, self.journalist_errors, lambda: self.service.add_journalist(self.visit_id, data)
        ):
            return False
        self.name.clear()
        self.outlet.clear()
        self.changed = True
        self.reload()
        return True

    def remove_journalist(self) -> None:
        item = self.journalists.currentItem()
        if item is not None:
            journalist_id = item.data(Qt.ItemDataRole.UserRole)
            guarded(self, lambda: self.service.remove_journalist(journalist_id))
            self.changed = True
            self.reload()
