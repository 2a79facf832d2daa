"""The demo programme: realistic, deterministic and idempotent."""

from __future__ import annotations

from samordnare_desktop.demo.programme import PROGRAMME_CODES
from samordnare_desktop.demo.steps import run_demo
from samordnare_desktop.domain.assignment import AssignmentData
from samordnare_desktop.services.registry import Services


def test_demo_puts_fifty_municipalities_in_the_programme_once(services: Services) -> None:
    assert len(set(PROGRAMME_CODES)) == 50
    run_demo(services)
    in_programme = {r.code for r in services.municipalities.list() if r.in_programme}
    assert in_programme == set(PROGRAMME_CODES)
    assert {"0586", "1265", "0880", "1082"} <= in_programme
    second = run_demo(services)
    assert second[0].startswith("programme: 0 municipalities added")
    # the team (#20): four named users, once
    assert second[-1] == "team: 0 users added"
    assert [(u.name, u.role.value) for u in services.users.users()] == [
        ("Catrine Kaunitz", "secretary"),
        ("Eric Hetting", "communicator"),
        ("Eva Lindqvist", "coordinator"),
        ("Petra Rinman", "subject_expert"),
    ]


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
        "assignment",
        "minutes",
        "team",
    ]
    assert all("." not in name and ":" not in name for name in names)


def test_demo_sets_the_assignment_and_overview_has_something_due(services: Services) -> None:
    """The demo's assignment and visits give Översikt a real clock on the demo's own day."""
    from datetime import date

    from samordnare_desktop.demo.visits import REFERENCE_DAY
    from samordnare_desktop.services.due import DueKind, start_summary

    run_demo(services)
    assignment = services.assignment.get()
    assert assignment is not None and assignment.ministry == "Socialdepartementet"
    assert assignment.reference.startswith("S2024/")
    assert assignment.start == date(2024, 12, 8) and assignment.report_every_months == 3
    due = services.due.due(REFERENCE_DAY)
    kinds = {item.kind for item in due.items}
    assert {DueKind.REPORT, DueKind.FINAL_REPORT, DueKind.ACTION} <= kinds, kinds
    report = next(i for i in due.items if i.kind is DueKind.REPORT)
    assert report.day == date(2026, 12, 8) and report.what == "Kvartalsrapport 8 av 10"
    assert "Kvartalsrapport 8 av 10 om 13 dagar" in start_summary(due)
    edited = services.assignment.save(
        AssignmentData(**{**assignment.__dict__, "coordinator": "Min egen"})
    )
    assert "assignment: already set" in run_demo(services)
    assert services.assignment.get() == edited
