"""What falls due read with SQL text (services/due.py: the actions due and overdue, the plans
not received, the time studies missing) equals the same list worked out straight from every
row in Python, on a seeded programme with soft-deleted actions, areas, plans, visits and
studies, closed actions, actions without a date and municipalities outside the programme."""

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
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.due import DUE_DAYS, DueKind
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.time_study import StudyInput
from tests.factories import make_visit

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server

TODAY = date(2025, 4, 20)
WEEKS = 8  # no assignment: plans expected eight weeks after the first visit
CODES = ("0586", "0580", "0581", "0582", "0583", "0584", "0561", "0560")


def _seed(services: Services, rng: random.Random) -> None:
    ids = {}
    for number, code in enumerate(CODES):
        m = services.municipalities.by_code(code)
        if number != len(CODES) - 1:  # the last stays outside the programme
            services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")
        ids[code] = m.id
    for code in CODES:
        for _ in range(rng.randint(0, 3)):
            visit = make_visit(
                services,
                code=code,
                kind=rng.choice((VisitKind.FIRST, VisitKind.FIRST, VisitKind.FOLLOW_UP)),
                day=TODAY + timedelta(days=rng.randint(-120, 45)),
                status=rng.choice(list(VisitStatus)),
            )
            if rng.random() < 0.15:
                services.visits.delete(visit.id)
        if rng.random() < 0.4:
            study = services.time_studies.create(
                StudyInput(ids[code], "Mätning", date(2025, 1, 1), date(2025, 1, 14))
            )
            if rng.random() < 0.3:
                services.time_studies.delete(study.id)
        if rng.random() < 0.2:
            continue  # no plan
        received = TODAY - timedelta(days=rng.randint(1, 60)) if rng.random() < 0.3 else None
        plan = services.action_plans.create_plan(ids[code], PlanInput(received_on=received))
        for _ in range(rng.randint(1, 3)):
            area = services.action_plans.add_area(plan.id, AreaInput(f"Område {rng.random()}"))
            for _ in range(rng.randint(2, 8)):
                due = TODAY + timedelta(days=rng.randint(-90, 60)) if rng.random() < 0.9 else None
                action = services.action_plans.add_action(
                    area.id,
                    ActionInput(
                        rng.choice(("Mentor", "Två  ord", " Tre\tord\n här ", "Utbildning")),
                        due_date=due,
                        status=rng.choice(list(ActionStatus)),
                    ),
                )
                if rng.random() < 0.1:
                    services.action_plans.delete_action(action.id)
            if rng.random() < 0.15:
                services.action_plans.delete_area(area.id)
        if rng.random() < 0.1:
            services.action_plans.delete_plan(plan.id)


def _straight(services: Services) -> Counter:
    """The list's rows other than the reports, worked out in Python from every row."""
    since, last = TODAY - timedelta(days=DUE_DAYS), TODAY + timedelta(days=DUE_DAYS)
    with services.db.read() as s:
        towns = {m.id: m for m in s.scalars(select(Municipality))}
        plans = {p.id: p for p in s.scalars(select(ActionPlan))}
        areas = {a.id: a for a in s.scalars(select(PlanArea))}
        actions = list(s.scalars(select(PlanAction)))
        visits = list(s.scalars(select(Visit)))
        studies = list(s.scalars(select(TimeStudy)))
        rows: Counter = Counter()
        late = []
        for a in actions:
            area = areas[a.area_id]
            plan = plans[area.plan_id]
            if a.deleted_at or area.deleted_at or plan.deleted_at or a.due_date is None:
                continue
            if a.status in (ActionStatus.DONE, ActionStatus.DROPPED) or a.due_date > last:
                continue
            if a.due_date < since:
                late.append(a.due_date)
                continue
            town = towns[plan.municipality_id]
            what = "Åtgärd: " + " ".join(a.what.split())
            rows[(DueKind.ACTION, a.due_date, what, town.id, town.code, town.name, plan.id)] += 1
        if late:
            rows[(DueKind.LATE_ACTIONS, min(late), len(late))] += 1
        live_first = [
            v
            for v in visits
            if v.deleted_at is None
            and v.status is not VisitStatus.CANCELLED
            and v.kind is VisitKind.FIRST
        ]
        studied = {t.municipality_id for t in studies if t.deleted_at is None}
        for town in towns.values():
            if not town.in_programme:
                continue
            held = [v.day for v in live_first if v.municipality_id == town.id and v.day <= TODAY]
            live = [p for p in plans.values() if p.municipality_id == town.id and not p.deleted_at]
            if not held or any(p.received_on is not None for p in live):
                continue
            day = min(held) + timedelta(weeks=WEEKS)
            if day <= last:
                plan_id = live[0].id if live else None
                rows[(DueKind.PLAN, day, town.id, town.code, town.name, plan_id)] += 1
        for v in live_first:
            town = towns[v.municipality_id]
            before = any(e.municipality_id == town.id and e.day < TODAY for e in live_first)
            if TODAY <= v.day <= last and town.id not in studied and not before:
                rows[(DueKind.TIME_STUDY, v.day, town.id, town.code, town.name, v.id)] += 1
    return rows


def _read(services: Services) -> Counter:
    rows: Counter = Counter()
    for i in services.due.due(TODAY).items:
        names = (i.municipality_id, i.municipality_code, i.municipality_name)
        if i.kind is DueKind.ACTION:
            rows[(i.kind, i.day, i.what, *names, i.plan_id)] += 1
        elif i.kind is DueKind.LATE_ACTIONS:
            rows[(i.kind, i.day, i.count)] += 1
        elif i.kind is DueKind.PLAN:
            rows[(i.kind, i.day, *names, i.plan_id)] += 1
        elif i.kind is DueKind.TIME_STUDY:
            rows[(i.kind, i.day, *names, i.visit_id)] += 1
    return rows


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_due_equals_a_straight_reading_of_every_row(services: Services, seed: int) -> None:
    _seed(services, random.Random(seed))
    expected = _straight(services)
    assert sum(expected.values()) > 5  # the seed makes a list worth comparing
    assert {key[0] for key in expected} >= {DueKind.ACTION, DueKind.LATE_ACTIONS}
    assert _read(services) == expected
    items = services.due.due(TODAY).items
    assert [i.day for i in items] == sorted(i.day for i in items)
