"""Demo step: the coordinator's team as named users (#20): the coordinator, an investigating
secretary who comes on the visits, a subject expert and a communications officer who handles
the press. Idempotent: a name already there (any case) is kept as it is. No one is chosen: the
window asks who is working (several users), the history before this step names the login."""

from __future__ import annotations

import random

from samordnare_desktop.domain.user import UserRole
from samordnare_desktop.services.registry import Services

DEMO_TEAM = (
    ("Eva Lindqvist", UserRole.COORDINATOR),
    ("Catrine Kaunitz", UserRole.SECRETARY),
    ("Petra Rinman", UserRole.SUBJECT_EXPERT),
    ("Eric Hetting", UserRole.COMMUNICATOR),
)


def build_team(services: Services, rng: random.Random) -> str:
    added = 0
    for name, role in DEMO_TEAM:
        if services.users.find(name) is None:
            services.users.add(name, role)
            added += 1
    return f"team: {added} users added"
