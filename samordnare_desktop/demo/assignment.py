"""Demo step: the assignment's dates (issue #18 parts 5 and 8). A fictitious coordinator under
the Ministry of Health and Social Affairs, appointed 8 December 2024 (the first visits begin in
February 2025), reporting every quarter, the final report on 30 June 2027 after the follow-ups
that run until April 2027. On the demo's own day (2026-11-25, ``demo.visits.REFERENCE_DAY``) the
eighth quarterly report falls due in 13 days: Översikt and the band at start show it beside the
actions due."""

from __future__ import annotations

import random
from datetime import date

from samordnare_desktop.domain.assignment import AssignmentData
from samordnare_desktop.services.registry import Services

DEMO_ASSIGNMENT = AssignmentData(
    name="Nationell samordnare för den sociala barn- och ungdomsvården",
    coordinator="Eva Lindqvist (fiktiv)",
    ministry="Socialdepartementet",
    reference="S2024/02155",
    start=date(2024, 12, 8),
    report_every_months=3,
    final_report_date=date(2027, 6, 30),
    plan_due_weeks=8,
)


def build_assignment(services: Services, rng: random.Random) -> str:
    """Set the assignment, unless one is set already (the user's own is never replaced)."""
    if services.assignment.get() is not None:
        return "assignment: already set"
    services.assignment.save(DEMO_ASSIGNMENT)
    return "assignment: set (2024-12-08 – 2027-06-30, quarterly reports)"
