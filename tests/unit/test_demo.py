"""The demo programme: realistic, deterministic and idempotent."""

from __future__ import annotations

from samordnare_desktop.demo.programme import PROGRAMME_CODES
from samordnare_desktop.demo.steps import run_demo
from samordnare_desktop.services.registry import Services


def test_demo_puts_fifty_municipalities_in_the_programme_once(services: Services) -> None:
    assert len(set(PROGRAMME_CODES)) == 50
    run_demo(services)
    in_programme = {r.code for r in services.municipalities.list() if r.in_programme}
    assert in_programme == set(PROGRAMME_CODES)
    assert {"0586", "1265", "0880", "1082"} <= in_programme
    second = run_demo(services)
    assert second[0].startswith("programme: 0 municipalities added")


def test_each_step_is_seeded_by_its_stable_name() -> None:
    """A step's random numbers depend on its name, never on the module it lives in."""
    from samordnare_desktop.demo.steps import STEPS

    names = [step.name for step in STEPS]
    assert names == [
        "programme",
        "visits",
        "agendas",
        "participants",
        "action_plans",
        "time_studies",
        "organisations",
        "care_places",
        "findings",
        "minutes",
    ]
    assert all("." not in name and ":" not in name for name in names)
