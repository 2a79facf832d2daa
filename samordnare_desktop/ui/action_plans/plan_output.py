"""The plan page's row under the header: its version (save as a new version), the plan as a PDF
file or in the print preview (with the checklist page if ticked), and deleting the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.files import safe_file_name

if TYPE_CHECKING:
    from samordnare_desktop.ui.action_plans.plan_page import PlanPage


class PlanOutput(QObject):
    """Part of :class:`PlanPage` (its ``output``)."""

    def __init__(self, page: PlanPage) -> None:
        super().__init__(page)
        self.page = page

    def build(self) -> QHBoxLayout:
        self.page.version_label = QLabel()
        self.page.version_label.setObjectName("version_label")
        self.page.save_version_button = QPushButton(self.tr("Save as new version…"))
        self.page.save_version_button.setObjectName("save_version")
        self.page.save_version_button.setToolTip(
            self.tr("Keep the plan as it stands now (e.g. as agreed) in the version history.")
        )
        self.page.export_button = QPushButton(self.tr("Export PDF…"))
        self.page.export_button.setObjectName("export_plan")
        self.page.delete_plan_button = QPushButton(self.tr("Delete plan…"))
        self.page.delete_plan_button.setObjectName("delete_plan")
        self.page.delete_plan_button.setToolTip(
            self.tr("Delete the whole action plan (asks first; Ctrl+Z undoes)")
        )
        from PySide6.QtWidgets import QCheckBox

        from samordnare_desktop.ui.action_plans.completeness import CompletenessPanel

        self.page.preview_button = QPushButton(self.tr("Print preview…"))
        self.page.preview_button.setObjectName("preview_plan")
        self.page.checklist_box = QCheckBox(self.tr("With checklist page"))
        self.page.checklist_box.setObjectName("plan_checklist")
        self.page.checklist_box.setToolTip(
            self.tr("Add a last page listing what the plan lacks (owners, due dates, measures)")
        )
        self.page.completeness = CompletenessPanel()
        versions = QHBoxLayout()
        versions.addWidget(self.page.version_label, 1)
        versions.addWidget(self.page.save_version_button)
        versions.addWidget(self.page.checklist_box)
        versions.addWidget(self.page.preview_button)
        versions.addWidget(self.page.export_button)
        versions.addWidget(self.page.delete_plan_button)
        return versions

    def save_version(self) -> None:
        plan = self.page.tab.plan
        if plan is None or not self.page.tab.save_pending():
            return
        note = self.page._ask_version_note(plan)
        if note is None:
            return
        row = guarded(self.page, lambda: self.page.plan_versions.save_version(plan.id, note))
        if row is not None:
            self.page.tab.reload_plan()
            self.page.ctx.show_status(
                self.tr("Saved as version {number}.").format(number=row.number)
            )

    def export_plan(self) -> None:
        plan = self.page.tab.plan
        if plan is None or not self.page.tab.save_pending():
            return
        plan = self.page.service.get(plan.id)

        def build() -> bytes:
            from samordnare_desktop.services.plan_completeness import plan_pdf

            return plan_pdf(
                plan, today=self.page.tab.today(), checklist=self.page.checklist_box.isChecked()
            )

        name = self.tr("Action plan {municipality}").format(municipality=plan.municipality_name)
        self.page.tab.write_pdf(safe_file_name(name) + ".pdf", build)

    def preview_plan(self) -> None:
        """The plan (with its checklist page if ticked) in the print preview window."""
        from samordnare_desktop.services.plan_completeness import plan_pdf
        from samordnare_desktop.ui.action_plans.completeness import preview

        plan = self.page.tab.plan
        if plan is None or not self.page.tab.save_pending():
            return
        plan = self.page.service.get(plan.id)
        checklist = self.page.checklist_box.isChecked()
        preview(
            self.page,
            lambda: plan_pdf(plan, today=self.page.tab.today(), checklist=checklist),
            self.tr("Action plan – {municipality}").format(municipality=plan.municipality_name),
            f"handlingsplan-{plan.municipality_code}.pdf",
        )
