"""Versions and history of an action plan: "save as new version" freezes the plan as it stands
(a snapshot in the plan's own JSON format, see ``action_plans.snapshot_json``), a saved version
comes back as a plan for its PDF, and the history lists every recorded change."""

from __future__ import annotations

import uuid
from dataclasses import replace

from sqlalchemy import func, select

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.action_plan import (
    PlanChange,
    PlanVersion,
)
from samordnare_desktop.domain.errors import NotFoundError
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.action_plans import (
    ActionPlanService,
    ActionRow,
    AreaRow,
    ChangeRow,
    PlanDetails,
    PlanSnapshot,
    VersionRow,
    from_fields,
    parse_snapshot,
    snapshot_json,
)


class PlanVersionService:
    def __init__(self, db: Database, plans: ActionPlanService) -> None:
        self.db = db
        self.plans = plans

    def save_version(self, plan_id: uuid.UUID, note: str = "") -> VersionRow:
        """ "Save as new version": freeze the plan as it stands now."""
        note = v.optional_text(note, "note")
        with self.db.write() as s:
            plan = self.plans.live_plan(s, plan_id)
            details = self.plans.details(s, plan)
            number = (
                s.scalar(select(func.max(PlanVersion.number)).where(PlanVersion.plan_id == plan_id))
                or 0
            ) + 1
            version = PlanVersion(
                plan_id=plan_id,
                number=number,
                status=plan.status,
                note=note,
                saved_by=self.plans.user()[:100],
                snapshot=snapshot_json(details),
            )
            s.add(version)
            self.plans.log_change(
                s,
                plan.id,
                "plan",
                plan.id,
                details.municipality_name,
                "revision",
                plan.revision,
                number,
            )
            plan.revision = number
            s.flush()
            return VersionRow(
                version.id, number, version.status, note, version.saved_by, version.created_at
            )

    def versions(self, plan_id: uuid.UUID) -> list[VersionRow]:
        with self.db.read() as s:
            rows = s.scalars(
                select(PlanVersion)
                .where(PlanVersion.plan_id == plan_id)
                .order_by(PlanVersion.number.desc())
            )
            return [
                VersionRow(r.id, r.number, r.status, r.note, r.saved_by, r.created_at) for r in rows
            ]

    def version_snapshot(self, version_id: uuid.UUID) -> PlanSnapshot:
        with self.db.read() as s:
            row = s.get(PlanVersion, version_id)
            if row is None:
                raise NotFoundError(translate("action_plans", "The version no longer exists."))
            return parse_snapshot(row.snapshot)

    def version_details(self, version_id: uuid.UUID) -> PlanDetails:
        """A saved version as a plan (for its PDF): the plan as it stood when saved."""
        with self.db.read() as s:
            row = s.get(PlanVersion, version_id)
            if row is None:
                raise NotFoundError(translate("action_plans", "The version no longer exists."))
            current = self.plans.details(s, self.plans.live_plan(s, row.plan_id))
            snap = parse_snapshot(row.snapshot)
            number = row.number
        areas = tuple(
            from_fields(
                AreaRow,
                area,
                version=0,
                plan_id=current.id,
                position=position,
                actions=tuple(
                    from_fields(ActionRow, a, version=0, area_id=area.id, position=n)
                    for n, a in enumerate(area.actions)
                ),
            )
            for position, area in enumerate(snap.areas)
        )
        return replace(
            current,
            status=snap.status,
            received_on=snap.received_on,
            owner=snap.owner,
            revision=number,
            areas=areas,
        )

    def history(self, plan_id: uuid.UUID) -> list[ChangeRow]:
        """Every recorded change of the plan, newest first."""
        with self.db.read() as s:
            rows = s.scalars(
                select(PlanChange)
                .where(PlanChange.plan_id == plan_id)
                .order_by(PlanChange.created_at.desc())
            )
            return [
                ChangeRow(
                    r.created_at,
                    r.changed_by,
                    r.subject,
                    r.subject_label,
                    r.field,
                    r.old_value,
                    r.new_value,
                )
                for r in rows
            ]
