"""The "Handlingsplan" page beside a visit in the Besök tab: the municipality's plan at a glance,
a link to it, and at a follow-up visit the follow-up started from that visit."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.action_plans import FollowUpDetails, PlanDetails
from samordnare_desktop.services.visits import VisitRow
from samordnare_desktop.ui.context import ACTION_PLAN, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.widgets.labels import plain_label


class ActionPlanVisitPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_plan_page")
        self.ctx = ctx
        self.service = ctx.services.action_plans
        self.follow_ups = ctx.services.follow_ups
        self.visit: VisitRow | None = None
        self.plan: PlanDetails | None = None
        self.follow: FollowUpDetails | None = None

        self.heading = plain_label()
        self.heading.setObjectName("plan_page_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = plain_label()
        self.summary.setObjectName("plan_page_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the action plan"))
        self.open_button.setObjectName("open_action_plan")
        self.follow_button = QPushButton(self.tr("Start the follow-up at this visit"))
        self.follow_button.setObjectName("start_follow_up_here")
        self.follow_button.setToolTip(
            self.tr(
                "Keeps the plan as agreed for comparison; the follow-up is linked to this visit."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.follow_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.open_button.clicked.connect(self.open_plan)
        self.follow_button.clicked.connect(self.start_follow_up)
        ctx.bus.subscribe(self, self._on_change, (ACTION_PLAN,))
        self.set_visit(None)

    def _on_change(self, change: Change) -> None:
        """A change of this municipality's plan, or of every plan (no ids)."""
        visit = self.visit
        if visit is not None and (
            change.whole
            or visit.municipality_id in change.ids
            or (self.plan is not None and self.plan.id in change.ids)
        ):
            self.set_visit(visit.id)

    def set_visit(self, visit_id: uuid.UUID | None) -> None:
        self.visit = (
            guarded(self, lambda: self.ctx.services.visits.get(visit_id)) if visit_id else None
        )
        visit = self.visit
        self.plan = (
            guarded(self, lambda: self.service.plan_for(visit.municipality_id)) if visit else None
        )
        self.follow = self.follow_ups.follow_up(self.plan.id) if self.plan else None
        self._show()

    def _show(self) -> None:
        visit, plan, follow = self.visit, self.plan, self.follow
        is_follow_up_visit = visit is not None and visit.kind is VisitKind.FOLLOW_UP
        self.open_button.setVisible(visit is not None)
        self.follow_button.setVisible(is_follow_up_visit and plan is not None and follow is None)
        if visit is None:
            self.heading.setText(self.tr("Action plan"))
            self.summary.setText(self.tr("Choose a visit."))
            return
        self.heading.setText(
            self.tr("Action plan of {municipality}").format(municipality=visit.municipality_name)
        )
        if plan is None:
            self.summary.setText(
                self.tr(
                    "The municipality has no action plan yet; it is drawn up after the first visit."
                )
            )
            self.open_button.setText(self.tr("Go to Handlingsplaner to create it"))
            return
        self.open_button.setText(self.tr("Open the action plan"))
        today = date.today()
        lines = [
            self.tr("Status: {status}").format(status=plan.status.label()),
            self.tr("Development areas: {areas} · actions: {actions} · overdue: {late}").format(
                areas=len(plan.areas),
                actions=len(plan.actions()),
                late=sum(1 for a in plan.actions() if a.overdue(today)),
            ),
        ]
        if follow is not None:
            if follow.visit_id == visit.id:
                lines.append(self.tr("The follow-up of the plan is linked to this visit."))
            else:
                day = follow.held_on or follow.visit_day
                lines.append(
                    self.tr("Followed up {day}.").format(day=day.isoformat() if day else "–")
                )
        elif is_follow_up_visit:
            lines.append(self.tr("The plan has not been followed up yet."))
        self.summary.setText("\n".join(lines))

    def _plans_tab(self) -> QWidget | None:
        if not self.ctx.open_tab("action_plans"):
            return None
        finder = getattr(self.window(), "tab", None)
        return finder("action_plans") if finder else None

    def open_plan(self, follow_up: bool = False) -> bool:
        visit = self.visit
        if visit is None:
            return False
        tab = self._plans_tab()
        if tab is None:
            return False
        if self.plan is not None:
            if not tab.select_plan(self.plan.id):
                return False
            if follow_up or (self.follow is not None and visit.kind is VisitKind.FOLLOW_UP):
                tab.pages.setCurrentIndex(1)
            return True
        tab.set_mode(0)
        tab.search.clear()
        return tab.select_municipality(visit.municipality_id)

    def start_follow_up(self) -> None:
        visit, plan = self.visit, self.plan
        if visit is None or plan is None:
            return
        started = guarded(self, lambda: self.follow_ups.start_follow_up(plan.id, visit.id))
        if started is None:
            return
        self.ctx.show_status(self.tr("Follow-up started."))
        self.ctx.bus.notify(
            Change.of(ACTION_PLAN, ids={plan.id, visit.municipality_id}, source=self)
        )
        self.set_visit(visit.id)
        self.open_plan(follow_up=True)
