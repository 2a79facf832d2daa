"""A municipality's plan för handling after the first visit: development areas with actions,
its saved versions, the history of every change, and the follow-up at the follow-up visit."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin, enum_column
from samordnare_desktop.i18n import translate


class PlanStatus(enum.StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    FOLLOWED_UP = "followed_up"

    def label(self) -> str:
        return {
            PlanStatus.DRAFT: translate("PlanStatus", "Draft"),
            PlanStatus.AGREED: translate("PlanStatus", "Agreed"),
            PlanStatus.FOLLOWED_UP: translate("PlanStatus", "Followed up"),
        }[self]


class ActionStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    ONGOING = "ongoing"
    DONE = "done"
    POSTPONED = "postponed"
    DROPPED = "dropped"

    def label(self) -> str:
        return {
            ActionStatus.NOT_STARTED: translate("ActionStatus", "Not started"),
            ActionStatus.ONGOING: translate("ActionStatus", "Ongoing"),
            ActionStatus.DONE: translate("ActionStatus", "Done"),
            ActionStatus.POSTPONED: translate("ActionStatus", "Postponed"),
            ActionStatus.DROPPED: translate("ActionStatus", "Dropped"),
        }[self]

    @property
    def is_closed(self) -> bool:
        """Done or dropped: such an action can no longer be late."""
        return self in (ActionStatus.DONE, ActionStatus.DROPPED)


class Assessment(enum.StrEnum):
    CLEARLY_IMPROVED = "clearly_improved"
    SOMEWHAT_IMPROVED = "somewhat_improved"
    UNCHANGED = "unchanged"
    WORSE = "worse"

    def label(self) -> str:
        return {
            Assessment.CLEARLY_IMPROVED: translate("Assessment", "Clearly improved"),
            Assessment.SOMEWHAT_IMPROVED: translate("Assessment", "Somewhat improved"),
            Assessment.UNCHANGED: translate("Assessment", "Unchanged"),
            Assessment.WORSE: translate("Assessment", "Worse"),
        }[self]


def is_overdue(due: date | None, status: ActionStatus, today: date) -> bool:
    """Late: the due date has passed and the action is neither done nor dropped."""
    return due is not None and due < today and not status.is_closed


def suggested_areas() -> list[str]:
    """Development areas municipalities often choose (the names are free text)."""
    return [
        translate(
            "ActionPlan",
            "The child's perspective and the influence of children and guardians",
        ),
        translate("ActionPlan", "Introduction of new social workers"),
        translate("ActionPlan", "Competence and staff stability"),
        translate("ActionPlan", "Cooperation with health care and school"),
        translate("ActionPlan", "Documentation and administration (more time for the children)"),
        translate("ActionPlan", "Placements in foster homes and residential care (HVB)"),
    ]


class ActionPlan(SoftDeleteMixin, Entity):
    """One plan per municipality; ``revision`` counts the versions saved with "save as new"."""

    __tablename__ = "action_plan"

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus), default=PlanStatus.DRAFT)
    received_on: Mapped[date | None] = mapped_column(default=None)
    owner: Mapped[str] = mapped_column(String(200), default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)  # latest saved version


class PlanArea(SoftDeleteMixin, Entity):
    """An utvecklingsområde: the current situation and the goal."""

    __tablename__ = "plan_area"
    __table_args__ = (
        # Översikt and Förfaller key their kept figures by the newest updated_at (db/stamps.py)
        Index("ix_plan_area_updated_at", "updated_at", "version"),
        # the plan list counts each plan's live areas from the index alone (migration 0029)
        Index("ix_plan_area_plan_counts", "plan_id", "deleted_at", "id"),
    )

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    situation: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")


class PlanAction(SoftDeleteMixin, Entity):
    """An åtgärd: what, who, when, its status and how progress is measured."""

    __tablename__ = "plan_action"
    __table_args__ = (
        # Översikt and Förfaller key their kept figures by the newest updated_at (db/stamps.py)
        Index("ix_plan_action_updated_at", "updated_at", "version"),
        # the plan list counts each area's live actions and open due days from the index alone
        # (migration 0029)
        Index("ix_plan_action_area_counts", "area_id", "deleted_at", "status", "due_date"),
    )

    area_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_area.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(default=None)
    due_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus), default=ActionStatus.NOT_STARTED
    )
    measure: Mapped[str] = mapped_column(Text, default="")
    # Mätbart mål / indikator: the figure that shows the action worked (completeness check).
    indicator: Mapped[str] = mapped_column(Text, default="")


class PlanVersion(Entity):
    """A saved version of the plan (as agreed, as revised): the whole plan as JSON."""

    __tablename__ = "plan_version"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[PlanStatus] = mapped_column(enum_column(PlanStatus))
    note: Mapped[str] = mapped_column(String(200), default="")
    saved_by: Mapped[str] = mapped_column(String(100), default="")
    snapshot: Mapped[str] = mapped_column(Text)


class PlanChange(Entity):
    """One changed field of a plan, area, action or follow-up: who, when (created_at), old, new."""

    __tablename__ = "plan_change"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(20))  # plan, area, action, follow_up
    subject_id: Mapped[uuid.UUID]
    subject_label: Mapped[str] = mapped_column(String(200), default="")
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[str] = mapped_column(String(100), default="")


class FollowUp(SoftDeleteMixin, Entity):
    """The follow-up of a plan at the follow-up visit, with the plan as agreed (``baseline``)."""

    __tablename__ = "plan_follow_up"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL"), default=None
    )
    held_on: Mapped[date | None] = mapped_column(default=None)
    baseline: Mapped[str] = mapped_column(Text)  # JSON snapshot of the agreed plan
    baseline_version: Mapped[int | None] = mapped_column(Integer, default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    # who recorded the follow-up (the named user working then, #20); empty in older databases
    recorded_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class FollowUpAction(Entity):
    __tablename__ = "plan_follow_up_action"

    follow_up_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_follow_up.id", ondelete="CASCADE"), index=True
    )
    action_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[ActionStatus | None] = mapped_column(enum_column(ActionStatus), default=None)
    comment: Mapped[str] = mapped_column(Text, default="")


class FollowUpArea(Entity):
    __tablename__ = "plan_follow_up_area"

    follow_up_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_follow_up.id", ondelete="CASCADE"), index=True
    )
    area_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_area.id", ondelete="CASCADE"), index=True
    )
    assessment: Mapped[Assessment | None] = mapped_column(enum_column(Assessment), default=None)
    note: Mapped[str] = mapped_column(Text, default="")


# --- a plan frozen as plain data (a saved version, a follow-up's baseline; PDFs read it) ------
@dataclass(frozen=True)
class SnapshotAction:
    id: uuid.UUID
    what: str
    owner: str
    start_date: date | None
    due_date: date | None
    status: ActionStatus
    measure: str
    indicator: str = ""


@dataclass(frozen=True)
class SnapshotArea:
    id: uuid.UUID
    name: str
    situation: str
    goal: str
    actions: tuple[SnapshotAction, ...]


@dataclass(frozen=True)
class PlanSnapshot:
    """The plan frozen as JSON (a saved version, or the follow-up's baseline)."""

    status: PlanStatus
    received_on: date | None
    owner: str
    areas: tuple[SnapshotArea, ...]

    def action(self, action_id: uuid.UUID) -> SnapshotAction | None:
        return next((a for area in self.areas for a in area.actions if a.id == action_id), None)


def status_counts(statuses: Iterable[ActionStatus | None]) -> dict[ActionStatus, int]:
    counts = dict.fromkeys(ActionStatus, 0)
    for status in statuses:
        if status is not None:
            counts[status] += 1
    return counts
