"""Use cases of the Handlingsplaner tab: plans, their areas and actions, and the overview across
municipalities; the rows all of them hand out (including a saved version's snapshot and a
follow-up's details). Versions and history live in ``action_plan_versions``, the follow-up in
``action_plan_follow_up``; both build on the helpers here (``live_plan``, ``details``,
``log_change`` ...).

Every change writes its :class:`PlanChange` rows (who, when, field, old, new) in the same
transaction as the change itself, so the history can never disagree with the data.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import String, case, distinct, func, select, type_coerce
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import RawId, group_concat, unindexed
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    Assessment,
    FollowUp,
    PlanAction,
    PlanArea,
    PlanChange,
    PlanSnapshot,
    PlanStatus,
    SnapshotAction,
    SnapshotArea,
    is_overdue,
)
from samordnare_desktop.domain.action_plan import (
    status_counts as status_counts,  # re-exported: callers ask the service module
)
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.dates import parse_day_field
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.municipality import County, Municipality
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.action_plan_overview import ActionOverview, OverviewRow
from samordnare_desktop.services.users import UserService

T = TypeVar("T")

MAX_WHAT = 10_000
MAX_MEASURE = 10_000


def from_fields(cls: type[T], source: object, **given: object) -> T:
    """A ``cls`` dataclass from ``source``'s attributes of the same names, by keyword (``given``
    supplies or overrides some): rows are never built by position, so a new field is one line
    in the dataclass, not a change in every place that builds it."""
    names = [f.name for f in fields(cls) if f.name not in given]
    return cls(**{name: getattr(source, name) for name in names}, **given)


def _uuid(raw: str) -> uuid.UUID:
    """A UUID from an id read as 32 hex digits (``RawId``), made from its number: ``UUID(hex)``
    strips and checks the text first."""
    return uuid.UUID(int=int(raw, 16))


# --- input ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanInput:
    status: PlanStatus = PlanStatus.DRAFT
    received_on: date | None = None
    owner: str = ""


@dataclass(frozen=True)
class AreaInput:
    name: str
    situation: str = ""
    goal: str = ""


@dataclass(frozen=True)
class ActionInput:
    what: str
    owner: str = ""
    start_date: date | None = None
    due_date: date | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    measure: str = ""
    indicator: str = ""  # mätbart mål / indikator


def parse_day(text: str, field: str) -> date | None:
    """A date as the user types it (2026-03-04 or 20260304); empty is no date."""
    return parse_day_field(text, field)


def validate_plan(data: PlanInput) -> PlanInput:
    return replace(data, owner=v.optional_text(data.owner, "owner"))


def validate_area(data: AreaInput) -> AreaInput:
    return AreaInput(
        name=v.required_text(data.name, "name"),
        situation=v.optional_text(
            data.situation, "situation", max_length=v.MAX_LONG_TEXT, multiline=True
        ),
        goal=v.optional_text(data.goal, "goal", max_length=v.MAX_LONG_TEXT, multiline=True),
    )


def validate_action(data: ActionInput) -> ActionInput:
    what = v.clean_text(data.what, multiline=True)
    if not what:
        raise ValidationError("what", translate("validation", "This field must not be empty."))
    if data.start_date and data.due_date and data.due_date < data.start_date:
        raise ValidationError(
            "due_date", translate("action_plans", "The due date must not be before the start.")
        )
    return replace(
        data,
        what=v.optional_text(what, "what", max_length=MAX_WHAT, multiline=True),
        owner=v.optional_text(data.owner, "owner"),
        measure=v.optional_text(data.measure, "measure", max_length=MAX_MEASURE, multiline=True),
        indicator=v.optional_text(
            data.indicator, "indicator", max_length=MAX_MEASURE, multiline=True
        ),
    )


# --- output -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionRow:
    id: uuid.UUID
    version: int
    area_id: uuid.UUID
    position: int
    what: str
    owner: str
    start_date: date | None
    due_date: date | None
    status: ActionStatus
    measure: str
    indicator: str = ""

    def overdue(self, today: date) -> bool:
        return is_overdue(self.due_date, self.status, today)

    def as_input(self) -> ActionInput:
        return from_fields(ActionInput, self)


@dataclass(frozen=True)
class AreaRow:
    id: uuid.UUID
    version: int
    plan_id: uuid.UUID
    position: int
    name: str
    situation: str
    goal: str
    actions: tuple[ActionRow, ...]

    def as_input(self) -> AreaInput:
        return from_fields(AreaInput, self)


@dataclass(frozen=True)
class PlanDetails:
    id: uuid.UUID
    version: int
    municipality_id: uuid.UUID
    municipality_code: str
    municipality_name: str
    county_name: str
    status: PlanStatus
    received_on: date | None
    owner: str
    revision: int
    updated_at: datetime
    areas: tuple[AreaRow, ...]

    def actions(self) -> list[ActionRow]:
        return [a for area in self.areas for a in area.actions]

    def area(self, area_id: uuid.UUID) -> AreaRow | None:
        return next((a for a in self.areas if a.id == area_id), None)

    def action(self, action_id: uuid.UUID) -> ActionRow | None:
        return next((a for a in self.actions() if a.id == action_id), None)

    def as_input(self) -> PlanInput:
        return from_fields(PlanInput, self)


@dataclass(frozen=True)
class PlanSummary:
    """A programme municipality with its plan (if any), for the list beside the editor."""

    municipality_id: uuid.UUID
    code: str
    name: str
    county_name: str
    plan_id: uuid.UUID | None
    status: PlanStatus | None
    area_count: int
    action_count: int
    open_due_dates: tuple[str, ...]  # its open actions' due days, ISO text as read (any order)
    has_follow_up: bool

    def overdue_count(self, today: date) -> int:
        """Its open actions due before ``today``. Counted once per day and kept beside the
        fields (the list asks per painted cell, its count line for every plan): ISO days
        compare as text, so the 20,000 days at 10x are neither parsed nor sorted."""
        day = today.isoformat()
        known = self.__dict__.get("_overdue")
        if known is None or known[0] != day:
            known = (day, sum(map(day.__gt__, self.open_due_dates)))
            self.__dict__["_overdue"] = known
        return known[1]


@dataclass(frozen=True)
class VersionRow:
    id: uuid.UUID
    number: int
    status: PlanStatus
    note: str
    saved_by: str
    saved_at: datetime


@dataclass(frozen=True)
class ChangeRow:
    at: datetime
    who: str
    subject: str  # plan, area, action, follow_up
    subject_label: str
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class FollowUpDetails:
    id: uuid.UUID
    version: int
    plan_id: uuid.UUID
    visit_id: uuid.UUID | None
    visit_day: date | None
    held_on: date | None
    summary: str
    baseline: PlanSnapshot
    baseline_version: int | None
    action_status: dict[uuid.UUID, ActionStatus | None]
    action_comment: dict[uuid.UUID, str]
    area_assessment: dict[uuid.UUID, Assessment | None]
    area_note: dict[uuid.UUID, str]
    recorded_by: str = ""  # who started the follow-up (the named user, #20)


# --- snapshots --------------------------------------------------------------------------------
def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def snapshot_json(plan: PlanDetails) -> str:
    data = {
        "status": plan.status.value,
        "received_on": _iso(plan.received_on),
        "owner": plan.owner,
        "areas": [
            {
                "id": str(area.id),
                "name": area.name,
                "situation": area.situation,
                "goal": area.goal,
                "actions": [
                    {
                        "id": str(a.id),
                        "what": a.what,
                        "owner": a.owner,
                        "start_date": _iso(a.start_date),
                        "due_date": _iso(a.due_date),
                        "status": a.status.value,
                        "measure": a.measure,
                        "indicator": a.indicator,
                    }
                    for a in area.actions
                ],
            }
            for area in plan.areas
        ],
    }
    return json.dumps(data, ensure_ascii=False)


def parse_snapshot(text: str) -> PlanSnapshot:
    data = json.loads(text)
    return PlanSnapshot(
        status=PlanStatus(data["status"]),
        received_on=_day(data.get("received_on")),
        owner=data.get("owner", ""),
        areas=tuple(
            SnapshotArea(
                id=uuid.UUID(area["id"]),
                name=area["name"],
                situation=area.get("situation", ""),
                goal=area.get("goal", ""),
                actions=tuple(
                    SnapshotAction(
                        id=uuid.UUID(a["id"]),
                        what=a["what"],
                        owner=a.get("owner", ""),
                        start_date=_day(a.get("start_date")),
                        due_date=_day(a.get("due_date")),
                        status=ActionStatus(a["status"]),
                        measure=a.get("measure", ""),
                        indicator=a.get("indicator", ""),
                    )
                    for a in area.get("actions", [])
                ),
            )
            for area in data.get("areas", [])
        ),
    )


def log_text(value: object) -> str:
    """A field value as the history stores it (enums by value, dates ISO)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, ActionStatus | PlanStatus | Assessment):
        return value.value
    return str(value)


class PlanTreeEditing:
    """A plan's development areas and their actions: add, change, delete, restore and move them; every
    change is logged in the plan's history."""

    db: Database
    user: Callable[[], str]

    def add_area(
        self, plan_id: uuid.UUID, data: AreaInput, *, position: int | None = None
    ) -> AreaRow:
        """Add an area at ``position`` (default: last)."""
        data = validate_area(data)
        with self.db.write() as s:
            plan = self.live_plan(s, plan_id)
            areas = self.areas_of(s, plan.id)
            area = PlanArea(plan_id=plan.id, **data.__dict__)
            s.add(area)
            s.flush()
            _insert_at(areas, area, position)
            self.log_change(s, plan.id, "area", area.id, area.name, "created", "", area.name)
            s.flush()
            area_id = area.id
        return self._area_row(area_id)

    def _area_row(self, area_id: uuid.UUID) -> AreaRow:
        with self.db.read() as s:
            area = self.area_of(s, area_id)
            found = self.details(s, self.live_plan(s, area.plan_id)).area(area_id)
            assert found is not None
            return found

    def update_area(
        self, area_id: uuid.UUID, data: AreaInput, *, expected_version: int | None
    ) -> AreaRow:
        data = validate_area(data)
        with self.db.write() as s:
            area = self.area_of(s, area_id)
            ensure_version(area.version, expected_version)
            self.live_plan(s, area.plan_id)
            label = area.name
            if self._assign(s, area, data, area.plan_id, "area", label):
                s.flush()
        return self._area_row(area_id)

    def delete_area(self, area_id: uuid.UUID) -> None:
        """Soft delete with its actions (undo with :meth:`restore_area`)."""
        with self.db.write() as s:
            area = self.area_of(s, area_id)
            area.deleted_at = utcnow()
            self.log_change(s, area.plan_id, "area", area.id, area.name, "deleted", area.name, "")

    def restore_area(self, area_id: uuid.UUID) -> None:
        with self.db.write() as s:
            area = self.area_of(s, area_id, deleted=True)
            area.deleted_at = None
            self.log_change(s, area.plan_id, "area", area.id, area.name, "restored", "", area.name)

    def move_area(self, area_id: uuid.UUID, delta: int) -> bool:
        """Move an area up (-1) or down (+1); ``False`` if it is already at that end."""
        with self.db.write() as s:
            area = self.area_of(s, area_id)
            areas = self.areas_of(s, area.plan_id)
            moved = _move(areas, area, delta)
            if moved is not None:
                self.log_change(s, area.plan_id, "area", area.id, area.name, "position", *moved)
            return moved is not None

    def add_action(
        self, area_id: uuid.UUID, data: ActionInput, *, position: int | None = None
    ) -> ActionRow:
        data = validate_action(data)
        with self.db.write() as s:
            area = self.area_of(s, area_id)
            actions = self.actions_of(s, area.id)
            action = PlanAction(area_id=area.id, **data.__dict__)
            s.add(action)
            s.flush()
            _insert_at(actions, action, position)
            self.log_change(
                s, area.plan_id, "action", action.id, action.what, "created", "", action.what
            )
            s.flush()
            action_id = action.id
        return self.action(action_id)

    def action(self, action_id: uuid.UUID) -> ActionRow:
        with self.db.read() as s:
            a = self.action_of(s, action_id)
            return from_fields(ActionRow, a)

    def update_action(
        self, action_id: uuid.UUID, data: ActionInput, *, expected_version: int | None
    ) -> ActionRow:
        data = validate_action(data)
        with self.db.write() as s:
            action = self.action_of(s, action_id)
            ensure_version(action.version, expected_version)
            area = self.area_of(s, action.area_id)
            if self._assign(s, action, data, area.plan_id, "action", action.what):
                s.flush()
        return self.action(action_id)

    def delete_action(self, action_id: uuid.UUID) -> None:
        with self.db.write() as s:
            action = self.action_of(s, action_id)
            area = self.area_of(s, action.area_id, deleted=True)
            action.deleted_at = utcnow()
            self.log_change(
                s, area.plan_id, "action", action.id, action.what, "deleted", action.what, ""
            )

    def restore_action(self, action_id: uuid.UUID) -> None:
        with self.db.write() as s:
            action = self.action_of(s, action_id, deleted=True)
            area = self.area_of(s, action.area_id, deleted=True)
            action.deleted_at = None
            self.log_change(
                s, area.plan_id, "action", action.id, action.what, "restored", "", action.what
            )

    def move_action(self, action_id: uuid.UUID, delta: int) -> bool:
        with self.db.write() as s:
            action = self.action_of(s, action_id)
            area = self.area_of(s, action.area_id)
            moved = _move(self.actions_of(s, area.id), action, delta)
            if moved is not None:
                self.log_change(
                    s, area.plan_id, "action", action.id, action.what, "position", *moved
                )
            return moved is not None


class ActionPlanService(PlanTreeEditing):
    def __init__(self, db: Database, user: Callable[[], str] | None = None) -> None:
        self.db = db
        # who the history names: the registry passes its one provider (``services.users``)
        self.user = user if user is not None else UserService(db).current_name
        self._overview = ActionOverview(db)  # every action, kept and spliced after a change

    # --- helpers ------------------------------------------------------------------------------
    def log_change(
        self,
        s: Session,
        plan_id: uuid.UUID,
        subject: str,
        subject_id: uuid.UUID,
        label: str,
        field: str,
        old: object,
        new: object,
    ) -> None:
        s.add(
            PlanChange(
                plan_id=plan_id,
                subject=subject,
                subject_id=subject_id,
                subject_label=label[:200],
                field=field,
                old_value=log_text(old),
                new_value=log_text(new),
                changed_by=self.user()[:100],
            )
        )

    def _assign(
        self,
        s: Session,
        row: object,
        data: object,
        plan_id: uuid.UUID,
        subject: str,
        label: str,
    ) -> bool:
        changed = False
        for key, value in data.__dict__.items():
            old = getattr(row, key)
            if old != value:
                self.log_change(s, plan_id, subject, row.id, label, key, old, value)
                setattr(row, key, value)
                changed = True
        return changed

    def live_plan(self, s: Session, plan_id: uuid.UUID) -> ActionPlan:
        plan = s.get(ActionPlan, plan_id)
        if plan is None or plan.is_deleted:
            raise NotFoundError(translate("action_plans", "The action plan no longer exists."))
        return plan

    def area_of(self, s: Session, area_id: uuid.UUID, *, deleted: bool = False) -> PlanArea:
        area = s.get(PlanArea, area_id)
        if area is None or (area.is_deleted and not deleted):
            raise NotFoundError(translate("action_plans", "The development area no longer exists."))
        return area

    def action_of(self, s: Session, action_id: uuid.UUID, *, deleted: bool = False) -> PlanAction:
        action = s.get(PlanAction, action_id)
        if action is None or (action.is_deleted and not deleted):
            raise NotFoundError(translate("action_plans", "The action no longer exists."))
        return action

    def areas_of(self, s: Session, plan_id: uuid.UUID) -> list[PlanArea]:
        return list(
            s.scalars(
                select(PlanArea)
                .where(PlanArea.plan_id == plan_id, PlanArea.deleted_at.is_(None))
                .order_by(PlanArea.position, PlanArea.created_at)
            )
        )

    def actions_of(self, s: Session, area_id: uuid.UUID) -> list[PlanAction]:
        return list(
            s.scalars(
                select(PlanAction)
                .where(PlanAction.area_id == area_id, PlanAction.deleted_at.is_(None))
                .order_by(PlanAction.position, PlanAction.created_at)
            )
        )

    def details(self, s: Session, plan: ActionPlan) -> PlanDetails:
        m = s.get(Municipality, plan.municipality_id)
        county = s.get(County, m.county_id)
        found = self.areas_of(s, plan.id)
        # every area's actions in one query (by ix_plan_action_area_id), not one query an area
        actions: dict[uuid.UUID, list[ActionRow]] = {area.id: [] for area in found}
        if found:
            for action in s.scalars(
                select(PlanAction)
                .where(PlanAction.area_id.in_(list(actions)), PlanAction.deleted_at.is_(None))
                .order_by(PlanAction.position, PlanAction.created_at)
            ):
                actions[action.area_id].append(from_fields(ActionRow, action))
        areas = tuple(from_fields(AreaRow, area, actions=tuple(actions[area.id])) for area in found)
        return from_fields(
            PlanDetails,
            plan,
            municipality_id=m.id,
            municipality_code=m.code,
            municipality_name=m.name,
            county_name=county.name,
            areas=areas,
        )

    # --- plans --------------------------------------------------------------------------------
    def get(self, plan_id: uuid.UUID) -> PlanDetails:
        with self.db.read() as s:
            return self.details(s, self.live_plan(s, plan_id))

    def plan_for(self, municipality_id: uuid.UUID) -> PlanDetails | None:
        with self.db.read() as s:
            plan = s.scalars(
                select(ActionPlan).where(
                    ActionPlan.municipality_id == municipality_id,
                    ActionPlan.deleted_at.is_(None),
                )
            ).first()
            return self.details(s, plan) if plan else None

    def plan_for_code(self, code: str) -> PlanDetails:
        """The plan of the municipality with ``code`` (CLI); clear error if there is none."""
        with self.db.read() as s:
            m = s.scalars(select(Municipality).where(Municipality.code == code.strip())).first()
        if m is None:
            raise NotFoundError(
                translate("municipalities", "No municipality has the code {code}.").format(
                    code=code
                )
            )
        plan = self.plan_for(m.id)
        if plan is None:
            raise NotFoundError(
                translate("action_plans", "{name} ({code}) has no action plan.").format(
                    name=m.name, code=m.code
                )
            )
        return plan

    def summaries(self) -> list[PlanSummary]:
        """Programme municipalities and any municipality with a plan, by name."""
        with self.db.read() as s:
            # columns, not mapped objects (the list's first read runs at every first view)
            # ids as 32 hex digits, matched as text, a UUID made from its number once a row is
            # kept (the ORM's UUID type made one from the text for each id of each query)
            plans = {
                municipality_id: (plan_id, status)
                for municipality_id, plan_id, status in s.execute(
                    select(
                        type_coerce(ActionPlan.municipality_id, RawId),
                        type_coerce(ActionPlan.id, RawId),
                        ActionPlan.status,
                    ).where(ActionPlan.deleted_at.is_(None))
                )
            }
            # counted in SQL, one row a plan (each of 20,000 actions made two UUIDs and an
            # enum in Python before): its areas, its actions, its open actions' due days. Every
            # column is in ix_plan_area_plan_counts and ix_plan_action_area_counts (migration
            # 0029), so no row is read: an action is counted by its area_id (never null once
            # joined), not its id, which is not in the index
            closed = [status for status in ActionStatus if status.is_closed]
            open_due = case((PlanAction.status.not_in(closed), PlanAction.due_date), else_=None)
            counts: dict[str, tuple[int, int, tuple[str, ...]]] = {}
            rows = s.execute(
                select(
                    type_coerce(PlanArea.plan_id, RawId),
                    func.count(distinct(PlanArea.id)),
                    func.count(PlanAction.area_id),
                    type_coerce(group_concat(open_due), String),
                )
                .outerjoin(
                    PlanAction,
                    (PlanAction.area_id == PlanArea.id) & PlanAction.deleted_at.is_(None),
                )
                # not through ix_plan_area_deleted_at (nearly every area is live): without
                # statistics the planner took it, then sorted for the grouping
                .where(unindexed(PlanArea.deleted_at).is_(None))
                .group_by(PlanArea.plan_id)
            )
            for plan_id, area_count, action_count, dues in rows:
                counts[plan_id] = (
                    area_count,
                    action_count,
                    tuple(dues.split(",")) if dues else (),  # counted by PlanSummary
                )
            followed = set(
                s.scalars(
                    select(type_coerce(FollowUp.plan_id, RawId)).where(
                        FollowUp.deleted_at.is_(None)
                    )
                )
            )
            result = []
            query = (
                select(
                    type_coerce(Municipality.id, RawId),
                    Municipality.code,
                    Municipality.name,
                    Municipality.in_programme,
                    County.name,
                )
                .join(County, Municipality.county_id == County.id)
                .order_by(Municipality.name)
            )
            for raw_id, code, name, in_programme, county_name in s.execute(query):
                raw_plan, status = plans.get(raw_id, (None, None))
                if not in_programme and raw_plan is None:
                    continue
                areas, actions, dues = counts.get(raw_plan, (0, 0, ())) if raw_plan else (0, 0, ())
                result.append(
                    PlanSummary(
                        _uuid(raw_id),
                        code,
                        name,
                        county_name,
                        _uuid(raw_plan) if raw_plan is not None else None,
                        status,
                        areas,
                        actions,
                        dues,
                        raw_plan is not None and raw_plan in followed,
                    )
                )
            return result

    def create_plan(self, municipality_id: uuid.UUID, data: PlanInput | None = None) -> PlanDetails:
        data = validate_plan(data or PlanInput())
        with self.db.write() as s:
            plan_id = self._create_plan(s, municipality_id, data)
            return self.details(s, self.live_plan(s, plan_id))

    def _create_plan(self, s: Session, municipality_id: uuid.UUID, data: PlanInput) -> uuid.UUID:
        m = s.get(Municipality, municipality_id)
        if m is None:
            raise NotFoundError(translate("municipalities", "The municipality no longer exists."))
        existing = s.scalars(
            select(ActionPlan.id).where(
                ActionPlan.municipality_id == municipality_id,
                ActionPlan.deleted_at.is_(None),
            )
        ).first()
        if existing is not None:
            raise ValidationError(
                "municipality",
                translate("action_plans", "{name} already has an action plan.").format(name=m.name),
            )
        plan = ActionPlan(municipality_id=municipality_id, **data.__dict__)
        s.add(plan)
        s.flush()
        self.log_change(s, plan.id, "plan", plan.id, m.name, "created", "", m.name)
        return plan.id

    def create_plan_with(
        self,
        municipality_id: uuid.UUID,
        data: PlanInput,
        areas: Sequence[tuple[AreaInput, Sequence[ActionInput]]],
    ) -> PlanDetails:
        """A whole plan in one transaction (demo, imports): checked first, then all or nothing."""
        checked = [
            (validate_area(area), [validate_action(a) for a in actions]) for area, actions in areas
        ]
        with self.db.write() as s:
            plan_id = self._create_plan(s, municipality_id, validate_plan(data))
            for position, (area_data, actions) in enumerate(checked):
                area = PlanArea(plan_id=plan_id, position=position, **area_data.__dict__)
                s.add(area)
                s.flush()
                self.log_change(s, plan_id, "area", area.id, area.name, "created", "", area.name)
                for number, action_data in enumerate(actions):
                    action = PlanAction(area_id=area.id, position=number, **action_data.__dict__)
                    s.add(action)
                    s.flush()
                    self.log_change(
                        s, plan_id, "action", action.id, action.what, "created", "", action.what
                    )
            return self.details(s, self.live_plan(s, plan_id))

    def set_statuses(self, statuses: Mapping[uuid.UUID, ActionStatus]) -> None:
        """Set the status of several actions in one transaction (each change logged)."""
        with self.db.write() as s:
            for action_id, status in statuses.items():
                action = self.action_of(s, action_id)
                if action.status is not status:
                    area = self.area_of(s, action.area_id)
                    self.log_change(
                        s,
                        area.plan_id,
                        "action",
                        action.id,
                        action.what,
                        "status",
                        action.status,
                        status,
                    )
                    action.status = status

    def update_plan(
        self, plan_id: uuid.UUID, data: PlanInput, *, expected_version: int | None
    ) -> PlanDetails:
        data = validate_plan(data)
        with self.db.write() as s:
            plan = self.live_plan(s, plan_id)
            ensure_version(plan.version, expected_version)
            m = s.get(Municipality, plan.municipality_id)
            if self._assign(s, plan, data, plan.id, "plan", m.name):
                s.flush()
            return self.details(s, plan)

    def delete_plan(self, plan_id: uuid.UUID) -> None:
        with self.db.write() as s:
            plan = self.live_plan(s, plan_id)
            plan.deleted_at = utcnow()
            self.log_change(s, plan.id, "plan", plan.id, "", "deleted", "", "")

    def restore_plan(self, plan_id: uuid.UUID) -> None:
        with self.db.write() as s:
            plan = s.get(ActionPlan, plan_id)
            if plan is None:
                raise NotFoundError(translate("action_plans", "The action plan no longer exists."))
            if plan.deleted_at is None:
                return
            other = s.scalars(
                select(ActionPlan.id).where(
                    ActionPlan.municipality_id == plan.municipality_id,
                    ActionPlan.deleted_at.is_(None),
                )
            ).first()
            if other is not None:
                raise ValidationError(
                    "plan",
                    translate(
                        "action_plans",
                        "The municipality has a new action plan; the deleted one cannot be "
                        "brought back beside it.",
                    ),
                )
            plan.deleted_at = None
            self.log_change(s, plan.id, "plan", plan.id, "", "restored", "", "")

    # --- areas --------------------------------------------------------------------------------

    # --- actions ------------------------------------------------------------------------------

    # --- versions and history -----------------------------------------------------------------
    def overview(self) -> list[OverviewRow]:
        """Every action of every plan, by municipality, area and position (ActionOverview)."""
        return self._overview.rows()


def _insert_at(rows: list, row: object, position: int | None) -> None:
    """Put ``row`` at ``position`` (default: last) among ``rows`` and renumber them 0..n-1."""
    at = len(rows) if position is None else max(0, min(position, len(rows)))
    rows.insert(at, row)
    for number, r in enumerate(rows):
        if r.position != number:
            r.position = number


def _move(rows: list, row: object, delta: int) -> tuple[int, int] | None:
    """Move ``row`` by ``delta`` within ``rows`` (renumbering 0..n-1); (old, new) or None."""
    index = rows.index(row)
    target = index + delta
    if target < 0 or target >= len(rows):
        return None
    rows.insert(target, rows.pop(index))
    for number, r in enumerate(rows):
        if r.position != number:
            r.position = number
    return index + 1, target + 1
