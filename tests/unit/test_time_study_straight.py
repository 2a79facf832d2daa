"""The programme's time study read with SQL text (services/time_study.py: its studies and their
sums per role and category) equals the same figures worked out straight from each study's own
summary (``summaries``, ``pooled``, ``median_shares``), on seeded programmes with several rounds
per municipality, a deleted study, a hidden category holding minutes and a municipality
outside the programme."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from samordnare_desktop.domain.time_study import RespondentRole
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.time_study import (
    RespondentInput,
    StudyInput,
    median_shares,
    pooled,
)

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server

CODES = ("0586", "0580", "0581", "0582", "0583", "0560")


def _seed(services: Services, rng: random.Random) -> None:
    ts = services.time_studies
    categories = [c.id for c in ts.categories()]
    for number, code in enumerate(CODES):
        m = services.municipalities.by_code(code)
        if number != len(CODES) - 1:  # the last stays outside the programme
            services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")
        start = date(2025, 1, 6)
        for _ in range(rng.randint(1, 3) if number else 3):  # the first: three rounds
            start += timedelta(days=rng.randint(30, 120))
            people = tuple(
                RespondentInput(
                    rng.choice(list(RespondentRole)),
                    float(rng.randint(1, 10)),
                    # minutes in the category hidden below too (they count in the totals)
                    {categories[0]: rng.randint(1, 50)}
                    | {c: rng.randint(0, 300) for c in rng.sample(categories, rng.randint(1, 6))},
                )
                for _ in range(rng.randint(0, 5))
            )
            study = ts.create(
                StudyInput(m.id, "Mätning", start, start + timedelta(days=13), people)
            )
            if rng.random() < 0.15:
                ts.delete(study.id)
    ts.delete_category(categories[0])  # hidden: its minutes still count in the totals


def _figures(summary) -> tuple:
    o = summary.overall
    return (
        o.respondents,
        o.days,
        o.total_minutes,
        tuple((c.category_id, c.minutes) for c in o.categories),
        {
            role: (f.respondents, f.days, f.total_minutes, tuple(c.minutes for c in f.categories))
            for role, f in summary.by_role.items()
        },
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_programme_comparison_equals_a_straight_reading(services: Services, seed: int):
    _seed(services, random.Random(seed))
    ts = services.time_studies
    categories = ts.categories()
    studies = ts.programme_studies()
    assert {s.ordinal for s in studies} >= {1, 2}  # the seed has second measurements
    rounds = {n: [s for s in studies if s.ordinal == n] for n in (1, 2)}

    comparison = ts.programme_comparison()

    assert [s.study.ordinal for s in comparison.studies] == [1, 2]
    for shown, n in zip(comparison.studies, (1, 2), strict=True):
        straight = pooled(ts.summaries(rounds[n], categories), categories)
        assert _figures(shown) == _figures(straight)
        assert shown.overall.total_minutes > sum(c.minutes for c in shown.overall.categories)
    expected = median_shares(ts.summaries(rounds[1], categories), categories)
    assert comparison.median.keys() == expected.keys()
    for key, share in expected.items():
        assert comparison.median[key] == pytest.approx(share)
    second = median_shares(ts.summaries(rounds[2], categories), categories)
    for key, share in ts.programme_medians(2).items():
        assert share == pytest.approx(second[key])
