"""The demo programme: realistic, deterministic and idempotent."""

from __future__ import annotations

from samordnare_desktop.services.demo import PROGRAMME_CODES, run_demo
from samordnare_desktop.services.registry import Services


def test_demo_puts_fifty_municipalities_in_the_programme_once(services: Services) -> None:
    assert len(set(PROGRAMME_CODES)) == 50
    run_demo(services)
    in_programme = {r.code for r in services.municipalities.list() if r.in_programme}
    assert in_programme == set(PROGRAMME_CODES)
    assert {"0586", "1265", "0880", "1082"} <= in_programme
    second = run_demo(services)
    assert second[0].startswith("programme: 0 municipalities added")
