"""Demo time studies for the programme municipalities, shaped like the real national study.

Programme-wide the shares come out near the real figures: direct time with children and adults
13 % (investigating social workers with children only 2 %, about ten minutes a day), indirect
35 %, administration 11 %, travel 9 %, supervision 3 %, development 2 %, the rest meetings and
collaboration and other. About 25 respondents per municipality, 10 days each.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samordnare_desktop.domain.time_study import RespondentRole
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.time_study import RespondentInput, StudyInput
from samordnare_desktop.services.visits import VisitFilter

DAYS = 10
WORKDAY_MINUTES = 480

# Per role: percent of working time per seeded category key.
PROFILES: dict[RespondentRole, dict[str, float]] = {
    RespondentRole.INVESTIGATOR: {
        "direct_children": 2,
        "direct_adults": 8,
        "indirect": 40,
        "administration": 10,
        "travel": 10,
        "supervision": 3,
        "development": 1.5,
        "meetings": 19,
        "other": 6.5,
    },
    RespondentRole.SOCIAL_WORKER: {
        "direct_children": 14,
        "direct_adults": 8,
        "indirect": 28,
        "administration": 10,
        "travel": 10,
        "supervision": 3,
        "development": 2,
        "meetings": 19,
        "other": 6,
    },
    RespondentRole.MANAGER: {
        "direct_children": 0.5,
        "direct_adults": 2.5,
        "indirect": 25,
        "administration": 18,
        "travel": 2,
        "supervision": 3,
        "development": 5,
        "meetings": 35,
        "other": 9,
    },
}
ROLE_WEIGHTS = (
    (RespondentRole.INVESTIGATOR, 0.6),
    (RespondentRole.SOCIAL_WORKER, 0.3),
    (RespondentRole.MANAGER, 0.1),
)


def _respondents(
    rng: random.Random, category_ids: dict[str, object], shift: float = 0.0
) -> tuple[RespondentInput, ...]:
    """~25 respondents; ``shift`` moves that share of indirect time to direct time (a 2nd study)."""
    count = rng.randint(18, 33)
    out = []
    for number in range(1, count + 1):
        role = rng.choices([r for r, _ in ROLE_WEIGHTS], [w for _, w in ROLE_WEIGHTS])[0]
        profile = dict(PROFILES[role])
        if shift:
            moved = profile["indirect"] * shift
            profile["indirect"] -= moved
            profile["direct_children"] += moved * 0.6
            profile["direct_adults"] += moved * 0.4
        workday = WORKDAY_MINUTES * rng.uniform(0.92, 1.05)
        minutes = {}
        for key, percent in profile.items():
            value = round(DAYS * workday * percent / 100 * max(0.0, rng.gauss(1.0, 0.18)))
            if value and key in category_ids:
                minutes[category_ids[key]] = value
        out.append(RespondentInput(role, float(DAYS), minutes, f"R{number}"))
    return tuple(out)


def build_time_studies(services: Services, rng: random.Random) -> str:
    """A first measurement in every programme municipality (two weeks before its first visit),
    a second one before its follow-up visit where there is one. Skips municipalities that
    already have a time study."""
    from samordnare_desktop.demo.programme import PROGRAMME_CODES

    ts = services.time_studies
    category_ids = {c.key: c.id for c in ts.categories() if c.key}
    have = {r.municipality_id for r in ts.list()}
    added = respondents = 0
    pending: list[StudyInput] = []
    for number, code in enumerate(PROGRAMME_CODES):
        # draw every municipality's numbers even when skipping, so reruns stay identical
        first_set = _respondents(rng, category_ids)
        second_set = _respondents(rng, category_ids, shift=0.15)
        municipality = services.municipalities.by_code(code)
        if municipality.id in have:
            continue
        first_visit = services.visits.first_visit_of(municipality.id)
        visit_day = first_visit.day if first_visit else date(2026, 1, 26) + timedelta(weeks=number)
        start = visit_day - timedelta(days=21)
        pending.append(
            StudyInput(
                municipality.id,
                "Mätning 1 (före första besöket)",
                start,
                start + timedelta(days=13),
                first_set,
            )
        )
        added += 1
        respondents += len(first_set)
        # measured already: the two weeks before a follow-up that is not cancelled have passed
        follow_ups = [
            v
            for v in services.visits.list(
                VisitFilter(municipality_id=municipality.id, kinds=frozenset({VisitKind.FOLLOW_UP}))
            )
            if v.status is not VisitStatus.CANCELLED and v.day - timedelta(days=7) <= date.today()
        ]
        if follow_ups or (first_visit is None and number % 4 == 0):
            # the second measurement: the two weeks before the follow-up visit
            second = (
                follow_ups[0].day - timedelta(days=21)
                if follow_ups
                else start + timedelta(weeks=26)
            )
            pending.append(
                StudyInput(
                    municipality.id,
                    "Mätning 2 (före uppföljningen)",
                    second,
                    second + timedelta(days=13),
                    second_set,
                )
            )
            added += 1
            respondents += len(second_set)
    ts.create_many(pending)
    return f"time studies: {added} added ({respondents} respondents)"
