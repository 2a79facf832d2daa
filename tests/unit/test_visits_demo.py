"""The visits demo step: plausible dates and statuses, Mjölby's first visit, idempotent."""

from __future__ import annotations

import random
from datetime import date, timedelta

from samordnare_desktop.demo.programme import PROGRAMME_CODES, build_programme
from samordnare_desktop.demo.visits import REFERENCE_DAY, build_visits
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.domain.visit_rules import is_free_day
from samordnare_desktop.services.visits import VisitFilter


def test_demo_visits(services) -> None:
    build_programme(services, random.Random(1))
    build_visits(services, random.Random(2))
    rows = services.visits.list(VisitFilter())
    firsts = [r for r in rows if r.kind is VisitKind.FIRST]
    assert sorted(r.municipality_code for r in firsts) == sorted(PROGRAMME_CODES)
    follow_ups = [r for r in rows if r.kind is VisitKind.FOLLOW_UP]
    assert sorted(r.municipality_code for r in follow_ups) == sorted(PROGRAMME_CODES)
    assert all(date(2025, 1, 1) <= r.day <= date(2027, 4, 30) for r in rows)
    # follow-ups not held yet: planned or confirmed, December to April, a handful within 30 days
    coming = [r for r in follow_ups if r.day >= REFERENCE_DAY]
    assert coming and all(date(2026, 12, 1) <= r.day <= date(2027, 4, 30) for r in coming)
    assert 3 <= sum(r.day <= REFERENCE_DAY + timedelta(days=30) for r in coming) <= 8
    assert all(r.day > date(2027, 1, 6) or r.day < date(2026, 12, 21) for r in coming)
    assert all(r.first_visit_id is not None for r in follow_ups)
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
    assert services.visits.warnings(rows, today=REFERENCE_DAY) == {}
    # contacts: socialchef (host), enhetschef, kommunikatör (press contact)
    for r in rows:
        contacts = {c.title: c for c in services.municipalities.details(r.municipality_id).contacts}
        assert set(contacts) == {"Socialchef", "Enhetschef barn och unga", "Kommunikatör"}
        assert r.host_contact_id == contacts["Socialchef"].id
        assert contacts["Kommunikatör"].email.endswith(".example.se")
        if r.has_press_meeting:
            assert r.press_contact_name == contacts["Kommunikatör"].name
            assert r.press_contact_phone == contacts["Kommunikatör"].phone
    contact_count = len(services.municipalities.details(mjolby.municipality_id).contacts)
    build_visits(services, random.Random(2))
    assert len(services.visits.list(VisitFilter())) == len(rows)
    assert len(services.municipalities.details(mjolby.municipality_id).contacts) == contact_count
