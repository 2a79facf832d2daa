"""Översikt's figures read with SQL text (services/overview.py) equal the same figures worked
out straight from every row in Python, on seeded programmes with soft-deleted actions, areas,
plans, visits and studies, cancelled visits, closed and undated actions and a municipality
outside the programme (the seed of tests/unit/test_due_straight.py)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from samordnare_desktop.domain.action_plan import ActionPlan, ActionStatus, PlanAction, PlanArea
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.time_study import TimeStudy
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.services.overview import (
    MONTHS_AHEAD,
    MONTHS_BACK,
    UPCOMING_DAYS,
    MunicipalityRef,
    common_areas,
)
from samordnare_desktop.services.registry import Services
from tests.unit.test_due_straight import TODAY, _seed

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _month(day: date) -> date:
    return day.replace(day=1)


@pytest.mark.parametrize("seed", [2, 5, 7])
def test_the_figures_equal_a_straight_reading_of_every_row(services: Services, seed: int) -> None:
    _seed(services, random.Random(seed))
    with services.db.read() as s:
        towns = {m.id: m for m in s.scalars(select(Municipality))}
        plans = {p.id: p for p in s.scalars(select(ActionPlan))}
        areas = {a.id: a for a in s.scalars(select(PlanArea))}
        actions = list(s.scalars(select(PlanAction)))
        visits = [
            v
            for v in s.scalars(select(Visit))
            if v.deleted_at is None and v.status is not VisitStatus.CANCELLED
        ]
        studied = {t.municipality_id for t in s.scalars(select(TimeStudy)) if not t.deleted_at}
    programme = {m_id for m_id, m in towns.items() if m.in_programme}
    live_plans = [p for p in plans.values() if p.deleted_at is None]

    o = services.overview.snapshot(TODAY)

    assert {r.id for r in o.programme} == programme
    assert {(r.id, r.code, r.name) for r in o.programme} == {
        (m.id, m.code, m.name) for m in towns.values() if m.in_programme
    }
    for kind, shown in ((VisitKind.FIRST, o.first_visit), (VisitKind.FOLLOW_UP, o.follow_up)):
        held: dict = {}
        for v in visits:
            if v.kind is kind and v.day <= TODAY and v.municipality_id in programme:
                held[v.municipality_id] = min(held.get(v.municipality_id, v.day), v.day)
        assert {(r.id, r.day) for r in shown} == set(held.items())
        assert shown or kind is VisitKind.FOLLOW_UP
        by_id = {v.id: v for v in visits}
        for r in shown:  # the visit named is one of that first day's
            assert by_id[r.visit_id].day == r.day and by_id[r.visit_id].municipality_id == r.id
    assert {r.id for r in o.time_study} == programme & studied
    horizon = TODAY + timedelta(days=UPCOMING_DAYS)
    assert sorted(v.id for v in o.upcoming) == sorted(
        v.id for v in visits if v.municipality_id in towns and TODAY <= v.day <= horizon
    )
    assert o.upcoming and [v.day for v in o.upcoming] == sorted(v.day for v in o.upcoming)
    assert all(v.municipality_name == towns[v.municipality_id].name for v in o.upcoming)
    months = Counter(_month(v.day) for v in visits if v.municipality_id in towns)
    assert len(o.per_month) == MONTHS_BACK + 1 + MONTHS_AHEAD
    assert sum(m.count for m in o.per_month) > 0
    assert [(m.month, m.count) for m in o.per_month] == [
        (m.month, months.get(m.month, 0)) for m in o.per_month
    ]
    assert {(r.id, r.day) for r in o.plan_received} == {
        (p.municipality_id, p.received_on)
        for p in live_plans
        if p.municipality_id in programme and p.received_on is not None
    }
    overdue = [
        a
        for a in actions
        if a.deleted_at is None
        and areas[a.area_id].deleted_at is None
        and plans[areas[a.area_id].plan_id].deleted_at is None
        and a.due_date is not None
        and a.due_date < TODAY
        and a.status not in (ActionStatus.DONE, ActionStatus.DROPPED)
    ]
    assert o.overdue_count == len(overdue) > 0
    assert len(o.overdue) == len(overdue)
    refs = {m_id: MunicipalityRef(m_id, towns[m_id].code, towns[m_id].name) for m_id in programme}
    named = [
        (area.name, plans[area.plan_id].municipality_id)
        for area in areas.values()
        if area.deleted_at is None and plans[area.plan_id].deleted_at is None
    ]
    assert o.areas == common_areas(named, refs)
    assert o.areas  # the seed's plans have areas
