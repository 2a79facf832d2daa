"""The follow-up of an action plan at the follow-up visit: it starts from the agreed version
(or the newest, or the plan as it stands), records each action's status found (which becomes the
action's status in the plan) with a comment, each area's assessment with a note, and a summary.
Every change is logged in the plan's history in the same transaction."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    Assessment,
    FollowUp,
    FollowUpAction,
    FollowUpArea,
    PlanStatus,
    PlanVersion,
)
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, StaleEditError, ValidationError
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.action_plans import (
    ActionPlanService,
    FollowUpDetails,
    PlanDetails,
    log_text,
    parse_snapshot,
    snapshot_json,
)


class FollowUpService:
    def __init__(self, db: Database, plans: ActionPlanService) -> None:
        self.db = db
        self.plans = plans

    def _baseline(self, s: Session, plan: ActionPlan) -> tuple[str, int | None]:
        """The agreed version (the newest one saved as agreed), else the newest, else now."""
        versions = list(
            s.scalars(
                select(PlanVersion)
                .where(PlanVersion.plan_id == plan.id)
                .order_by(PlanVersion.number.desc())
            )
        )
        agreed = [r for r in versions if r.status is PlanStatus.AGREED]
        chosen = agreed[0] if agreed else (versions[0] if versions else None)
        if chosen is not None:
            return chosen.snapshot, chosen.number
        return snapshot_json(self.plans.details(s, plan)), None

    def start_follow_up(
        self, plan_id: uuid.UUID, visit_id: uuid.UUID | None = None, held_on: date | None = None
    ) -> FollowUpDetails:
        """Begin the follow-up: freeze the agreed plan and take each action's status as now."""
        with self.db.write() as s:
            plan = self.plans.live_plan(s, plan_id)
            existing = s.scalars(
                select(FollowUp.id).where(
                    FollowUp.plan_id == plan_id, FollowUp.deleted_at.is_(None)
                )
            ).first()
            if existing is not None:
                raise ValidationError(
                    "follow_up",
                    translate("action_plans", "This plan already has a follow-up."),
                )
            if visit_id is not None:
                visit = s.get(Visit, visit_id)
                if visit is None or visit.is_deleted:
                    raise NotFoundError(translate("visits", "The visit no longer exists."))
                held_on = held_on or visit.day
            baseline, number = self._baseline(s, plan)
            follow_up = FollowUp(
                plan_id=plan_id,
                visit_id=visit_id,
                held_on=held_on,
                baseline=baseline,
                baseline_version=number,
                recorded_by=self.plans.user()[:100],
            )
            s.add(follow_up)
            s.flush()
            for area in self.plans.areas_of(s, plan_id):
                s.add(FollowUpArea(follow_up_id=follow_up.id, area_id=area.id))
                for action in self.plans.actions_of(s, area.id):
                    s.add(
                        FollowUpAction(
                            follow_up_id=follow_up.id, action_id=action.id, status=action.status
                        )
                    )
            m = s.get(Municipality, plan.municipality_id)
            self.plans.log_change(
                s, plan.id, "follow_up", follow_up.id, m.name, "created", "", log_text(held_on)
            )
            if plan.status is not PlanStatus.FOLLOWED_UP:
                self.plans.log_change(
                    s,
                    plan.id,
                    "plan",
                    plan.id,
                    m.name,
                    "status",
                    plan.status,
                    PlanStatus.FOLLOWED_UP,
                )
                plan.status = PlanStatus.FOLLOWED_UP
            follow_up_id = follow_up.id
        found = self.follow_up(plan_id)
        assert found is not None and found.id == follow_up_id
        return found

    def follow_up(self, plan_id: uuid.UUID) -> FollowUpDetails | None:
        with self.db.read() as s:
            f = s.scalars(
                select(FollowUp).where(FollowUp.plan_id == plan_id, FollowUp.deleted_at.is_(None))
            ).first()
            if f is None:
                return None
            actions = list(
                s.scalars(select(FollowUpAction).where(FollowUpAction.follow_up_id == f.id))
            )
            areas = list(s.scalars(select(FollowUpArea).where(FollowUpArea.follow_up_id == f.id)))
            visit = s.get(Visit, f.visit_id) if f.visit_id else None
            return FollowUpDetails(
                f.id,
                f.version,
                f.plan_id,
                f.visit_id,
                visit.day if visit else None,
                f.held_on,
                f.summary,
                parse_snapshot(f.baseline),
                f.baseline_version,
                {a.action_id: a.status for a in actions},
                {a.action_id: a.comment for a in actions},
                {a.area_id: a.assessment for a in areas},
                {a.area_id: a.note for a in areas},
                f.recorded_by,
            )

    def follow_up_for_code(self, code: str) -> tuple[PlanDetails, FollowUpDetails]:
        plan = self.plans.plan_for_code(code)
        found = self.follow_up(plan.id)
        if found is None:
            raise NotFoundError(
                translate(
                    "action_plans", "The action plan of {name} has not been followed up."
                ).format(name=plan.municipality_name)
            )
        return plan, found

    def _follow_up_row(self, s: Session, follow_up_id: uuid.UUID) -> FollowUp:
        f = s.get(FollowUp, follow_up_id)
        if f is None or f.is_deleted:
            raise NotFoundError(translate("action_plans", "The follow-up no longer exists."))
        return f

    def record_action(
        self,
        follow_up_id: uuid.UUID,
        action_id: uuid.UUID,
        status: ActionStatus | None,
        comment: str,
        *,
        typed_over: tuple[ActionStatus | None, str] | None = None,
    ) -> None:
        """The action's status at the follow-up and the coordinator's comment.

        The status found is also set on the action in the plan (both logged). ``typed_over``:
        the status and comment the edit was made on; when the stored ones differ (changed
        elsewhere meanwhile) the edit is refused as a stale edit."""
        self.record_follow_up(
            follow_up_id,
            actions={action_id: (status, comment)},
            typed_over={action_id: typed_over} if typed_over is not None else None,
        )

    def record_area(
        self,
        follow_up_id: uuid.UUID,
        area_id: uuid.UUID,
        assessment: Assessment | None,
        note: str,
        *,
        typed_over: tuple[Assessment | None, str] | None = None,
    ) -> None:
        """The assessment of a development area at the follow-up, with a note (``typed_over``:
        as :meth:`record_action`)."""
        self.record_follow_up(
            follow_up_id,
            areas={area_id: (assessment, note)},
            typed_over={area_id: typed_over} if typed_over is not None else None,
        )

    def record_summary(
        self, follow_up_id: uuid.UUID, summary: str, *, typed_over: str | None = None
    ) -> None:
        """The follow-up's summary (``typed_over``: the summary the edit was made on; when the
        stored one differs, changed elsewhere meanwhile, the edit is refused as stale)."""
        self.record_follow_up(follow_up_id, summary=summary, summary_typed_over=typed_over)

    def record_follow_up(
        self,
        follow_up_id: uuid.UUID,
        *,
        actions: Mapping[uuid.UUID, tuple[ActionStatus | None, str]] | None = None,
        areas: Mapping[uuid.UUID, tuple[Assessment | None, str]] | None = None,
        summary: str | None = None,
        typed_over: Mapping[uuid.UUID, tuple[object, str]] | None = None,
        summary_typed_over: str | None = None,
    ) -> None:
        """Record any part of a follow-up in one transaction (all of it, or nothing).
        ``typed_over``: per action or area, the two values the edit was made on; stored values
        that differ (changed elsewhere meanwhile) refuse the whole record as a stale edit."""
        typed_over = typed_over or {}
        actions = {
            key: (
                status,
                v.optional_text(text, "comment", max_length=v.MAX_LONG_TEXT, multiline=True),
            )
            for key, (status, text) in (actions or {}).items()
        }
        areas = {
            key: (value, v.optional_text(text, "note", max_length=v.MAX_LONG_TEXT, multiline=True))
            for key, (value, text) in (areas or {}).items()
        }
        if summary is not None:
            summary = v.optional_text(
                summary, "summary", max_length=v.MAX_LONG_TEXT, multiline=True
            )
        with self.db.write() as s:
            f = self._follow_up_row(s, follow_up_id)
            for action_id, (status, comment) in actions.items():
                self._record_action(s, f, action_id, status, comment, typed_over.get(action_id))
            for area_id, (assessment, note) in areas.items():
                self._record_area(s, f, area_id, assessment, note, typed_over.get(area_id))
            if summary_typed_over is not None:
                _check_typed_over((None, f.summary), (None, summary_typed_over))
            if summary is not None and f.summary != summary:
                self.plans.log_change(
                    s, f.plan_id, "follow_up", f.id, "", "summary", f.summary, summary
                )
                f.summary = summary

    def _record_action(
        self,
        s: Session,
        f: FollowUp,
        action_id: uuid.UUID,
        status: ActionStatus | None,
        comment: str,
        typed_over: tuple[object, str] | None = None,
    ) -> None:
        action = self.plans.action_of(s, action_id, deleted=True)
        row = s.scalars(
            select(FollowUpAction).where(
                FollowUpAction.follow_up_id == f.id, FollowUpAction.action_id == action_id
            )
        ).first()
        _check_typed_over((row.status, row.comment) if row else (None, ""), typed_over)
        if row is None:
            row = FollowUpAction(follow_up_id=f.id, action_id=action_id, status=None)
            s.add(row)
            s.flush()
        label = action.what
        for key, value in (("status", status), ("comment", comment)):
            old = getattr(row, key)
            if old != value:
                self.plans.log_change(
                    s, f.plan_id, "follow_up", action.id, label, f"follow_up_{key}", old, value
                )
                setattr(row, key, value)
        if status is not None and not action.is_deleted and action.status is not status:
            # what the follow-up found is the action's status in the plan from now on
            self.plans.log_change(
                s, f.plan_id, "action", action.id, label, "status", action.status, status
            )
            action.status = status

    def _record_area(
        self,
        s: Session,
        f: FollowUp,
        area_id: uuid.UUID,
        assessment: Assessment | None,
        note: str,
        typed_over: tuple[object, str] | None = None,
    ) -> None:
        area = self.plans.area_of(s, area_id, deleted=True)
        row = s.scalars(
            select(FollowUpArea).where(
                FollowUpArea.follow_up_id == f.id, FollowUpArea.area_id == area_id
            )
        ).first()
        _check_typed_over((row.assessment, row.note) if row else (None, ""), typed_over)
        if row is None:
            row = FollowUpArea(follow_up_id=f.id, area_id=area_id)
            s.add(row)
            s.flush()
        for key, value in (("assessment", assessment), ("note", note)):
            old = getattr(row, key)
            if old != value:
                self.plans.log_change(
                    s, f.plan_id, "follow_up", area.id, area.name, key, old, value
                )
                setattr(row, key, value)

    def delete_follow_up(self, follow_up_id: uuid.UUID) -> None:
        with self.db.write() as s:
            f = self._follow_up_row(s, follow_up_id)
            f.deleted_at = utcnow()
            self.plans.log_change(s, f.plan_id, "follow_up", f.id, "", "deleted", "", "")

    def restore_follow_up(self, follow_up_id: uuid.UUID) -> None:
        with self.db.write() as s:
            f = s.get(FollowUp, follow_up_id)
            if f is None:
                raise NotFoundError(translate("action_plans", "The follow-up no longer exists."))
            f.deleted_at = None
            self.plans.log_change(s, f.plan_id, "follow_up", f.id, "", "restored", "", "")


def _check_typed_over(stored: tuple[object, str], typed_over: tuple[object, str] | None) -> None:
    """Optimistic locking by value (an action's or area's follow-up row has no version the
    form holds): refuse an edit made on values that changed elsewhere meanwhile."""
    if typed_over is not None and tuple(stored) != tuple(typed_over):
        raise StaleEditError(
            translate(
                "database",
                "Someone else changed this since you opened it. Your edit was not saved; "
                "reload to see the current version.",
            )
        )
