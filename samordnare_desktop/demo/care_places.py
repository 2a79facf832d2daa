"""Demo placement figures (issue #17): for every municipality of the fictitious programme, the
children placed per form in 2023, 2024 and 2025, own and bought places, the needs not met,
breakdowns and emergency placements. Plausible in shape (family homes the most common form, SiS
places always bought), invented in every number; a few figures and meetings are tagged with the
assignment's focus groups."""

from __future__ import annotations

import random

from samordnare_desktop.demo.programme import PROGRAMME_CODES
from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
from samordnare_desktop.domain.organisation import municipality_organisation_uuid
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitFilter

PERIODS = ("2023", "2024", "2025")
BIG = {"0180": 900, "1480": 700, "1280": 550, "0380": 260, "0580": 220, "1880": 200, "0880": 110}
# share of all placed children per form, and the share of those in own places
SHARES = {
    PlacementForm.EMERGENCY_HOME: (0.07, 0.6),
    PlacementForm.FAMILY_HOME: (0.58, 0.75),
    PlacementForm.HVB: (0.15, 0.2),
    PlacementForm.SUPPORTED_HOUSING: (0.09, 0.45),
    PlacementForm.SIS: (0.03, 0.0),
    PlacementForm.OTHER: (0.08, 0.5),
}


def _line(rng: random.Random, placed: int, own_share: float, far: float) -> LineInput:
    own = round(placed * min(1.0, max(0.0, own_share + rng.uniform(-0.1, 0.1))))
    waiting = max(0, round(placed * rng.uniform(0.0, 0.08)))
    mismatched = max(0, round(placed * rng.uniform(0.0, 0.06)))
    return LineInput(
        placed=placed,
        own=own,
        bought=placed - own,
        waiting=waiting,
        mismatched=mismatched,
        far_away=max(0, round(placed * rng.uniform(0, far))),
    )


def build_care_places(services: Services, rng: random.Random) -> str:
    care = services.care_places
    groups = {g.key: g.id for g in care.focus_groups() if g.key}
    added = 0
    for code in PROGRAMME_CODES:
        base = BIG.get(code, rng.randint(18, 140))
        organisation = municipality_organisation_uuid(code)
        for number, period in enumerate(PERIODS):
            total = max(6, round(base * (1 + 0.05 * number) * rng.uniform(0.9, 1.1)))
            if care.find(organisation, period) is not None:
                continue
            lines = {}
            for form, (share, own_share) in SHARES.items():
                placed = round(total * share * rng.uniform(0.7, 1.3))
                far = 0.35 if form is PlacementForm.SIS else 0.12
                lines[form] = _line(rng, placed, own_share, far)
            family = lines[PlacementForm.FAMILY_HOME].placed or 0
            network = round(family * rng.uniform(0.15, 0.3))
            reinforced = round(family * rng.uniform(0.1, 0.25))
            lines[PlacementForm.NETWORK_HOME] = LineInput(placed=network)
            lines[PlacementForm.REINFORCED_FAMILY_HOME] = LineInput(placed=reinforced)
            tags = []
            if rng.random() < 0.2 and "unaccompanied" in groups:
                tags.append(groups["unaccompanied"])
            if rng.random() < 0.15 and "young_family_home" in groups:
                tags.append(groups["young_family_home"])
            care.save(
                ReportInput(
                    organisation_id=organisation,
                    period=period,
                    lines=lines,
                    breakdowns=round(total * rng.uniform(0.02, 0.06)),
                    emergency_placements=round(total * rng.uniform(0.06, 0.14)),
                    cost_ksek=round(total * rng.uniform(700, 1100)),
                    focus_group_ids=tuple(tags),
                )
            )
            added += 1
    tagged = 0
    visits = services.visits.list(VisitFilter())
    for visit in visits[::7]:
        key = ("left_organised_crime", "unaccompanied", "young_family_home")[tagged % 3]
        if key in groups and not care.visit_focus_groups(visit.id):
            care.tag_visit(visit.id, [groups[key]])
            tagged += 1
    return (
        f"care places: {added} sets of fictitious placement figures "
        f"({len(PROGRAMME_CODES)} municipalities x {len(PERIODS)} years), {tagged} meetings tagged"
    )
