"""What the action plan still lacks, shown beside the plan as it is edited (never blocks saving),
and the plan's and follow-up's PDFs in the print preview window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from samordnare_desktop.i18n import translate
from samordnare_desktop.services.action_plans import PlanDetails
from samordnare_desktop.services.plan_completeness import Gap, gaps, summary
from samordnare_desktop.ui import theme


class CompletenessPanel(QWidget):
    """A line ("3 things missing") and the list; clicking an entry asks to show that item."""

    item_requested = Signal(object)  # the area's or action's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_completeness")
        self.heading = QLabel()
        self.heading.setObjectName("completeness_summary")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("completeness_list")
        self.list.setAccessibleName(self.tr("Checklist"))
        self.list.setMaximumHeight(110)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.gaps: list[Gap] = []

    def show_plan(self, plan: PlanDetails | None) -> None:
        self.gaps = gaps(plan) if plan is not None else []
        self.heading.setText(summary(self.gaps) if plan is not None else "")
        theme.set_style(
            self.heading, lambda: f"color: {theme.hex_colour('warning')};" if self.gaps else ""
        )
        self.list.clear()
        for gap in self.gaps:
            item = QListWidgetItem(gap.message)
            item.setData(Qt.ItemDataRole.UserRole, gap.action_id or gap.area_id)
            self.list.addItem(item)
        self.list.setVisible(bool(self.gaps))

    def _activated(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target is not None:
            self.item_requested.emit(target)


def preview(parent: QWidget, build: Callable[[], bytes], title: str, file_name: str) -> None:
    """Build the PDF off the GUI thread (a progress dialog after a moment), then open it in the
    print preview window (errors shown, not raised)."""
    from samordnare_desktop.ui.operations import run_in_background
    from samordnare_desktop.ui.print_preview import show_preview

    def done(pdf: bytes) -> None:
        parent.last_preview = show_preview(parent.window(), pdf, title, file_name)

    run_in_background(
        parent,
        lambda _progress: build(),
        done,
        title=translate("completeness", "Creating {document}…").format(document=title),
    )
