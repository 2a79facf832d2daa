"""Handlingsplaner's overview of every action of every plan (issue #15): read once, kept while
its tables are unchanged, and after a change spliced plan by plan (only the plans whose marks
changed are read again)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, groupby
from operator import attrgetter

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import RawId
from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.plain_rows import Typed, compiled, plain_day, plain_id, plain_rows
from samordnare_desktop.db.stamps import table_stamps
from samordnare_desktop.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    PlanAction,
    PlanArea,
    is_overdue,
)
from samordnare_desktop.domain.municipality import Municipality


@dataclass(frozen=True)
class OverviewRow:
    """One action of any plan, for the overview across municipalities."""

    plan_id: uuid.UUID
    municipality_id: uuid.UUID
    municipality_code: str
    municipality_name: str
    area_id: uuid.UUID
    area_name: str
    action_id: uuid.UUID
    what: str
    owner: str
    due_date: date | None
    status: ActionStatus

    def overdue(self, today: date) -> bool:
        return is_overdue(self.due_date, self.status, today)


def overview_statement():
    """Every live action with its plan, municipality and area: the columns the overview shows
    (whole entities cost four objects per action; the tests read this query's plan)."""
    return (
        select(
            type_coerce(ActionPlan.id, RawId).label(
                "plan_id"
            ),  # ids as stored text (made UUIDs once each)
            type_coerce(Municipality.id, RawId).label("municipality_id"),
            Municipality.code,
            Municipality.name,
            type_coerce(PlanArea.id, RawId).label("area_id"),
            PlanArea.name,
            type_coerce(PlanAction.id, RawId).label("action_id"),
            PlanAction.what,
            PlanAction.owner,
            PlanAction.due_date,
            PlanAction.status,
        )
        .join(Municipality, ActionPlan.municipality_id == Municipality.id)
        .join(PlanArea, PlanArea.plan_id == ActionPlan.id)
        .join(PlanAction, PlanAction.area_id == PlanArea.id)
        .where(
            ActionPlan.deleted_at.is_(None),
            PlanArea.deleted_at.is_(None),
            PlanAction.deleted_at.is_(None),
        )
        .order_by(Municipality.name, PlanArea.position, PlanAction.position)
    )


def overview_marks_statement():
    """Each plan's marks for the overview (id as text first): its municipality's name and
    code, its own version and deletion, and count, sum of versions and newest ``updated_at`` of
    its areas and of its actions, deleted ones included (a saved change moves a version)."""
    areas = (
        select(
            PlanArea.plan_id.label("plan_id"),
            func.count().label("n"),
            func.sum(PlanArea.version).label("v"),
            func.max(PlanArea.updated_at).label("u"),
        )
        .group_by(PlanArea.plan_id)
        .subquery()
    )
    actions = (
        select(
            PlanArea.plan_id.label("plan_id"),
            func.count().label("n"),
            func.sum(PlanAction.version).label("v"),
            func.max(PlanAction.updated_at).label("u"),
        )
        .join(PlanArea, PlanAction.area_id == PlanArea.id)
        .group_by(PlanArea.plan_id)
        .subquery()
    )
    return (
        select(
            type_coerce(ActionPlan.id, RawId),
            Municipality.name,
            Municipality.code,
            ActionPlan.version,
            ActionPlan.deleted_at,
            areas.c.n,
            areas.c.v,
            areas.c.u,
            actions.c.n,
            actions.c.v,
            actions.c.u,
        )
        .join(Municipality, ActionPlan.municipality_id == Municipality.id)
        .outerjoin(areas, areas.c.plan_id == ActionPlan.id)
        .outerjoin(actions, actions.c.plan_id == ActionPlan.id)
    )


class ActionOverview:
    """The overview as ``ActionPlanService.overview`` gives it, kept between reads."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # the last read (stamps, rows, each plan's marks), kept while its four tables are
        # unchanged and spliced plan by plan after a change
        self._overview: _KeptOverview | None = None

    def rows(self) -> list[OverviewRow]:
        """Every action of every plan, by municipality, area and position.

        The same list (the same object) again while none of its tables changed (``db.stamps``:
        not the newest ``updated_at`` alone, which one row stamped ahead of the clock held
        still); a view shown again needs no reload. After a change, only the plans whose marks
        (:func:`overview_marks_statement`) differ are read again, their rows put in their
        places and every other row kept (the same objects): an edited action reads its plan,
        a municipality ticked into the programme nothing (at 10x a whole read is ~300 ms of
        CPU, the marks ~15 ms). A plan that takes a new place in the order (new, restored, its
        municipality renamed, its first action) is read with all the others.
        """
        with self.db.read() as s:
            stamp = table_stamps(s, (ActionPlan, PlanArea, PlanAction, Municipality))
            kept = self._overview
            if kept is not None and kept.stamp == stamp:
                return kept.rows
            marks = {row[0]: tuple(row[1:]) for row in s.execute(overview_marks_statement())}
            blocks = None if kept is None else self._spliced(s, kept, marks)
            if blocks is None:
                conn = s.connection()
                sql = _ALL_SQL.get(conn.dialect.name)
                if sql is None:
                    sql = _ALL_SQL[conn.dialect.name] = compiled(conn, overview_statement())
                rows = self._overview_rows(plain_rows(conn, sql))
                blocks = _plan_blocks(rows)
            elif blocks is kept.blocks:
                rows = kept.rows
            else:
                rows = list(chain.from_iterable(blocks.values()))
        self._overview = _KeptOverview(stamp, rows, marks, blocks)
        return rows

    def _spliced(
        self, s: Session, kept: _KeptOverview, marks: dict[str, tuple]
    ) -> dict[uuid.UUID, list[OverviewRow]] | None:
        """``kept``'s blocks with the plans whose marks changed read again (the same dict when
        none did), or None when a plan would take a new place in the order."""
        blocks = kept.blocks
        if blocks is None:
            return None
        before = kept.marks
        changed = {key for key in before.keys() | marks.keys() if before.get(key) != marks.get(key)}
        if not changed:
            return blocks
        for key in changed:
            was, now = before.get(key), marks.get(key)
            if was is None or now is None or was[:2] != now[:2]:  # a new place by name
                return None
        ids = [uuid.UUID(hex=key) for key in changed]
        statement = overview_statement().where(ActionPlan.id.in_(ids))
        fresh = _plan_blocks(self._overview_rows(s.execute(statement).all()))
        if fresh is None or any(plan_id not in blocks for plan_id in fresh):
            return None  # a plan that showed no row has rows now: its place is unknown
        return {
            plan_id: fresh.get(plan_id, []) if plan_id.hex in changed else block
            for plan_id, block in blocks.items()
        }

    @staticmethod
    def _overview_rows(rows: Sequence) -> list[OverviewRow]:
        """OverviewRows of rows as the driver gives them (or SQLAlchemy's, typed already):
        plan, municipality and area ids, days and statuses repeat, one object each."""
        ids = Typed(plain_id)
        days = Typed(plain_day)
        statuses = Typed(ActionStatus)
        return [
            OverviewRow(
                ids[p], ids[m], code, name, ids[a], area, plain_id(action), what, owner,
                days[due], statuses[status],
            )
            for p, m, code, name, a, area, action, what, owner, due, status in rows
        ]  # fmt: skip


# the overview's statement compiled per dialect (its text is the same every time)
_ALL_SQL: dict[str, str] = {}


@dataclass(frozen=True)
class _KeptOverview:
    """The overview as last read: its tables' stamps, its rows, each plan's marks (by id as
    text) and each plan's rows in order (None when two plans' rows mix: their municipalities
    share a name)."""

    stamp: tuple
    rows: list[OverviewRow]
    marks: dict[str, tuple]
    blocks: dict[uuid.UUID, list[OverviewRow]] | None


def _plan_blocks(rows: list[OverviewRow]) -> dict[uuid.UUID, list[OverviewRow]] | None:
    """``rows`` as each plan's rows in their order, or None when a plan's rows are not
    together."""
    blocks: dict[uuid.UUID, list[OverviewRow]] = {}
    for plan_id, block in groupby(rows, attrgetter("plan_id")):
        if plan_id in blocks:
            return None
        blocks[plan_id] = list(block)
    return blocks
