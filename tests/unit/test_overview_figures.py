"""Översikt's figures (issue #15 at ten times the programme) against a straightforward count of
the same rows: the visits per month counted in SQL, each month's visits read when its column is
clicked, and the visits of the next 30 days."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest

from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.overview import MONTHS_AHEAD, MONTHS_BACK, UPCOMING_DAYS
from tests.factories import make_visit

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 3, 15)
CODES = ("0586", "1265", "0880", "2584", "0180")


def _month(day: date) -> date:
    return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@pytest.fixture
def visits(services):
    """Some 80 visits from two years back to a year ahead, of five municipalities (one not in
    the programme), some cancelled, some deleted, some with a start time."""
    rng = random.Random(15)
    towns = [services.municipalities.by_code(code) for code in CODES]
    for town in towns[:4]:
        d = services.municipalities.details(town.id)
        services.municipalities.update(
            town.id, expected_version=d.version, in_programme=True, notes=""
        )
    made = []
    for _ in range(80):
        town = rng.choice(towns)
        day = TODAY + timedelta(days=rng.randint(-700, 300))
        status = rng.choice((VisitStatus.HELD, VisitStatus.PLANNED, VisitStatus.CANCELLED))
        start = rng.choice((None, time(9, 0), time(13, 30)))
        kind = rng.choice(tuple(VisitKind))
        made.append(
            make_visit(
                services,
                municipality_id=town.id,
                kind=kind,
                day=day,
                status=status,
                start_time=start,
            )
        )
    for visit in made[::9]:
        services.visits.delete(visit.id)
    return services


def _straight(services) -> list[tuple]:
    """Every live visit as (id, municipality code, name, day, start time): read one by one."""
    towns = {m.id: m for m in services.municipalities.list()}
    out = []
    for row in services.visits.list():
        if row.status is VisitStatus.CANCELLED:
            continue
        visit = services.visits.get(row.id)
        town = towns[visit.municipality_id]
        out.append((visit.id, town.code, town.name, visit.day, visit.start_time))
    return out


def test_visits_per_month_and_each_months_visits_are_a_straight_count(visits) -> None:
    o = visits.overview.snapshot(TODAY)
    every = _straight(visits)
    first = _add_months(_month(TODAY), -MONTHS_BACK)
    assert [m.month for m in o.per_month] == [
        _add_months(first, n) for n in range(MONTHS_BACK + MONTHS_AHEAD + 1)
    ]
    assert sum(m.count for m in o.per_month) > 10  # the data reaches into the chart
    for month in o.per_month:
        inside = [v for v in every if _month(v[3]) == month.month]
        assert month.count == len(inside), month.month
        # listed in date and time order (no time first), then by municipality name
        inside.sort(key=lambda v: (v[3], v[4] is not None, v[4] or time.min, v[2]))
        assert [(v.id, v.municipality_code, v.day) for v in month.visits] == [
            (v[0], v[1], v[3]) for v in inside
        ]


def test_the_next_30_days_are_a_straight_filter(visits) -> None:
    o = visits.overview.snapshot(TODAY)
    horizon = TODAY + timedelta(days=UPCOMING_DAYS)
    coming = sorted(
        (v for v in _straight(visits) if TODAY <= v[3] <= horizon),
        key=lambda v: (v[3], v[4] is not None, v[4] or time.min, v[2]),
    )
    assert coming  # the data has some
    assert [(v.id, v.municipality_name, v.day) for v in o.upcoming] == [
        (v[0], v[2], v[3]) for v in coming
    ]


def test_a_months_visits_are_read_once_and_follow_a_change(visits) -> None:
    overview = visits.overview
    o = overview.snapshot(TODAY)
    month = next(m for m in o.per_month if m.count)
    assert month.visits is month.visits  # read once, when first asked for
    gone = month.visits[0]
    visits.visits.delete(gone.id)
    again = overview.snapshot(TODAY)
    moved = next(m for m in again.per_month if m.month == month.month)
    assert moved.count == month.count - 1
    assert gone.id not in {v.id for v in moved.visits}
