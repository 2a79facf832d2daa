"""Care places (issue #17): cases an adversarial tester found, kept as tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from samordnare_desktop.domain.care_places import count_value
from samordnare_desktop.domain.errors import ValidationError


def test_a_count_of_thousands_of_digits_is_refused_not_a_crash(services, tmp_path: Path):
    """A 1 MB (or 5,000-digit) count cell: int() refuses past 4,300 digits with a ValueError
    the import did not expect ("Ett oväntat fel inträffade"); now a message on the row."""
    path = tmp_path / "p.csv"
    path.write_text("Kommunkod;Jourhem\n0586;" + "1" * 5000 + "\n0580;3\n", encoding="utf-8")
    plan = services.care_places.preview_import(path, period="2025")
    problems = {r.line: r.detail for r in plan.errors}
    assert set(problems) == {2}
    assert "mer än 1000000" in problems[2] and "1" * 100 not in problems[2]
    with pytest.raises(ValidationError):
        count_value("9" * 10_000, "x", "Jourhem")
    assert count_value("000000000000000000007", "x", "Jourhem") == 7


def test_erasing_a_child_takes_her_name_out_of_a_focus_group_too(services, tmp_path: Path):
    """A focus group named before the child took part ("Zlatans syskon") is masked in exports
    while she is known; `erase person` left the name there, and with the child gone the masker
    no longer knew it: every export then printed it. The access copy did not list it either."""
    from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid
    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.services.participants import PersonInput
    from tests.factories import make_visit

    visit = make_visit(services)
    group = services.care_places.add_focus_group("Zlatans syskon")
    services.participants.add(visit.id, PersonInput("Zlatan", category=ParticipantCategory.CHILD))
    services.care_places.save(
        ReportInput(
            municipality_organisation_uuid("0586"),
            "2025",
            {PlacementForm.HVB: LineInput(placed=7, own=3, bought=4)},
            focus_group_ids=(group.id,),
        )
    )
    found = services.privacy.find_person("Zlatan")
    assert any("Zlatans syskon" in str(r.fields) for r in found.records)
    services.privacy.erase_person("Zlatan", include_backups=False)
    _headers, rows = services.care_places.table()
    assert "Zlatan" not in rows[0][-1]
    assert not any("Zlatan" in g.name for g in services.care_places.focus_groups())
