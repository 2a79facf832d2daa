"""The demo's steps in order, each a stable name and a function ``build(services, rng) -> str``
(a one-line summary). Steps are idempotent: running the demo twice adds nothing the second time.
Each step's random numbers are seeded by the demo's seed and the step's name (not its module), so
moving a module keeps the demo the same. A step's module is imported when the step runs.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from samordnare_desktop.services.registry import Services

Build = Callable[[Services, random.Random], str]


@dataclass(frozen=True)
class DemoStep:
    name: str
    build: Build


def _programme(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.programme import build_programme

    return build_programme(services, rng)


def _visits(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.visits import build_visits

    return build_visits(services, rng)


def _agendas(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.agendas import build_agendas

    return build_agendas(services, rng)


def _participants(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.participants import build_participants

    return build_participants(services, rng)


def _action_plans(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.action_plans import build_action_plans

    return build_action_plans(services, rng)


def _time_studies(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.time_studies import build_time_studies

    return build_time_studies(services, rng)


def _organisations(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.organisations import build_organisations

    return build_organisations(services, rng)


def _care_places(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.care_places import build_care_places

    return build_care_places(services, rng)


def _findings(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.findings import build_findings

    return build_findings(services, rng)


def _assignment(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.assignment import build_assignment

    return build_assignment(services, rng)


def _minutes(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.minutes import build_minutes

    return build_minutes(services, rng)


def _team(services: Services, rng: random.Random) -> str:
    from samordnare_desktop.demo.team import build_team

    return build_team(services, rng)


# Run in this order; a later area appends its step.
STEPS: list[DemoStep] = [
    DemoStep("programme", _programme),
    DemoStep("visits", _visits),
    DemoStep("agendas", _agendas),
    DemoStep("participants", _participants),
    DemoStep("action_plans", _action_plans),
    DemoStep("time_studies", _time_studies),
    DemoStep("organisations", _organisations),
    DemoStep("care_places", _care_places),
    DemoStep("findings", _findings),
    DemoStep("assignment", _assignment),
    DemoStep("minutes", _minutes),
    DemoStep("team", _team),
]


def run_demo(services: Services, seed: int = 2026) -> list[str]:
    """Run every step in order; returns one summary line per step."""
    return [step.build(services, random.Random(f"{seed}:{step.name}")) for step in STEPS]
