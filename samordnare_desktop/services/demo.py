"""``python main.py demo``: a realistic, fictitious programme to try the app on.

Each area adds one step (``build(services, rng) -> str`` summary) to :data:`STEPS`. Steps are
idempotent: running the demo twice adds nothing the second time. Fixed seed, so every run
makes the same programme.
"""

from __future__ import annotations

import importlib
import random

from samordnare_desktop.services.registry import Services

# The municipalities the fictitious programme works with: mixed sizes and counties, the four
# seed municipalities of the real programme among them.
PROGRAMME_CODES = (
    "0586",
    "1265",
    "0880",
    "1082",  # Mjölby, Sjöbo, Kalmar, Karlshamn
    "0180",
    "1480",
    "1280",
    "0380",
    "2584",
    "2480",
    "2580",
    "0980",
    "0581",
    "0580",
    "0680",
    "0780",
    "1081",
    "1283",
    "1290",
    "1286",
    "1380",
    "1383",
    "1490",
    "1488",
    "1496",
    "1780",
    "1784",
    "1880",
    "1883",
    "1980",
    "2080",
    "2062",
    "2180",
    "2184",
    "2281",
    "2284",
    "2380",
    "2482",
    "2581",
    "0114",
    "0126",
    "0136",
    "0188",
    "0305",
    "0484",
    "0483",
    "0604",
    "0765",
    "0883",
    "2313",
)

# (module, function) run in this order; later areas append theirs.
STEPS: list[str] = [
    "samordnare_desktop.services.demo:build_programme",
    "samordnare_desktop.services.visits_demo:build_visits",
    "samordnare_desktop.services.agendas_demo:build_agendas",
    "samordnare_desktop.services.participants_demo:build_participants",
    "samordnare_desktop.services.action_plans_demo:build_action_plans",
    "samordnare_desktop.services.insights_demo:build_time_studies",
    "samordnare_desktop.services.organisations_demo:build_organisations",
]


def build_programme(services: Services, rng: random.Random) -> str:
    """Put the 50 demo municipalities in the programme."""
    added = 0
    for row in services.municipalities.list():
        if row.code in PROGRAMME_CODES and not row.in_programme:
            details = services.municipalities.details(row.id)
            services.municipalities.update(
                row.id, expected_version=details.version, in_programme=True, notes=details.notes
            )
            added += 1
    return f"programme: {added} municipalities added ({len(PROGRAMME_CODES)} in all)"


def run_demo(services: Services, seed: int = 2026) -> list[str]:
    """Run every step in order; returns one summary line per step."""
    summaries = []
    for step in STEPS:
        module_name, function_name = step.split(":")
        function = getattr(importlib.import_module(module_name), function_name)
        summaries.append(function(services, random.Random(f"{seed}:{step}")))
    return summaries
