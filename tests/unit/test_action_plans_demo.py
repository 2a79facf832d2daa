"""The action plans demo step: plans where the first visit is held, follow-ups where the
follow-up visit is held, some actions overdue; idempotent."""

from __future__ import annotations

import random
from datetime import date

from samordnare_desktop.demo.action_plans import build_action_plans
from samordnare_desktop.demo.programme import build_programme
from samordnare_desktop.demo.visits import build_visits
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.registry import Services


def test_demo_plans_follow_the_visits(services: Services) -> None:
    build_programme(services, random.Random(1))
    build_visits(services, random.Random(2))
    summary = build_action_plans(services, random.Random(3))
    svc = services.action_plans
    visits = services.visits.list()
    held_first = {
        v.municipality_id
        for v in visits
        if v.kind is VisitKind.FIRST and v.status is VisitStatus.HELD
    }
    with_plan = {s.municipality_id for s in svc.summaries() if s.plan_id}
    assert with_plan == held_first and with_plan
    plans = [svc.plan_for(m) for m in with_plan]
    assert all(3 <= len(p.areas) <= 5 for p in plans)
    assert all(2 <= len(a.actions) <= 5 for p in plans for a in p.areas)
    assert any(a.overdue(date.today()) for p in plans for a in p.actions())
    held_follow = [
        v for v in visits if v.kind is VisitKind.FOLLOW_UP and v.status is VisitStatus.HELD
    ]
    for visit in held_follow:
        plan = svc.plan_for(visit.municipality_id)
        follow = services.follow_ups.follow_up(plan.id)
        assert follow is not None and follow.visit_id == visit.id and follow.summary
    assert f"{len(held_follow)} follow-ups added" in summary
    again = build_action_plans(services, random.Random(3))
    assert again == "action plans: 0 plans added, 0 follow-ups added"
