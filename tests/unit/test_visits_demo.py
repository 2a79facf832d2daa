"""The visits demo step: plausible dates and statuses, Mjölby's first visit, idempotent."""

from __future__ import annotations

import random
from datetime import date

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import is_free_day
from samordnare_desktop.services.demo import PROGRAMME_CODES, build_programme
from samordnare_desktop.services.visits import VisitFilter
from samordnare_desktop.services.visits_demo import REFERENCE_DAY, build_visits


def test_demo_visits(services) -> None:
    build_programme(services, random.Random(1))
    build_visits(services, random.Random(2))
    rows = services.visits.list(VisitFilter())
    firsts = [r for r in rows if r.kind is VisitKind.FIRST]
    assert sorted(r.municipality_code for r in firsts) == sorted(PROGRAMME_CODES)
    assert any(r.kind is VisitKind.FOLLOW_UP for r in rows)
    assert all(date(2025, 1, 1) <= r.day <= date(2026, 12, 31) for r in rows)
    assert not any(is_free_day(r.day) for r in rows)
    assert len({r.day for r in rows}) == len(rows)  # never two visits on one day
    for r in rows:
        if r.day < REFERENCE_DAY:
            assert r.status is VisitStatus.HELD
        else:
            assert r.status in (VisitStatus.PLANNED, VisitStatus.CONFIRMED)
    assert any(r.has_press_meeting for r in rows)
    mjolby = services.visits.find_one("0586", date(2026, 3, 4))
    assert mjolby.kind is VisitKind.FIRST and mjolby.venue_name
    assert services.visits.warnings(rows) == {}
    follow_ups = [r for r in rows if r.kind is VisitKind.FOLLOW_UP]
    assert all(r.first_visit_id is not None for r in follow_ups)
    build_visits(services, random.Random(2))
    assert len(services.visits.list(VisitFilter())) == len(rows)
