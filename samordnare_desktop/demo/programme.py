"""Demo step: the 50 municipalities of the fictitious programme (every later step works with
them)."""

from __future__ import annotations

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
