"""Care places (issue #17): cases an adversarial tester found, kept as tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from samordnare_desktop.domain.care_places import Measure, count_value
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


def _two_municipalities(services):
    """Mjölby and Linköping in the programme; Mjölby's bought emergency places (2) and SiS
    placements (2) are hidden in the export, Linköping's are shown."""
    from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid as org
    from tests.factories import make_visit, municipality_id

    for code in ("0586", "0580"):
        services.municipalities.update(
            municipality_id(services, code), expected_version=None, in_programme=True, notes=""
        )
    make_visit(services)
    services.care_places.save(
        ReportInput(
            org("0586"),
            "2025",
            {
                PlacementForm.EMERGENCY_HOME: LineInput(placed=12, own=10, bought=2),
                PlacementForm.SIS: LineInput(placed=2),
                PlacementForm.HVB: LineInput(placed=20, waiting=3, mismatched=6, far_away=0),
            },
            breakdowns=3,
        )
    )
    services.care_places.save(
        ReportInput(
            org("0580"),
            "2025",
            {
                PlacementForm.EMERGENCY_HOME: LineInput(placed=20, own=15, bought=5),
                PlacementForm.SIS: LineInput(placed=8),
            },
            breakdowns=9,
        )
    )


def _recovered(sums: dict[str, int], rows: list[dict[str, str]]) -> dict[str, int]:
    """What a reader of the export and of a document printing programme sums works out: per
    column with a printed sum and exactly one hidden row, the sum less the rows shown."""
    found = {}
    for column, total in sums.items():
        shown = [r[column] for r in rows]
        hidden = [s for s in shown if s in ("<5", "..")]
        if len(hidden) == 1:
            found[column] = total - sum(int(s) for s in shown if s not in ("<5", "..", ""))
    return found


def test_the_quarterly_report_and_the_export_together_give_no_small_number_away(
    services, tmp_path: Path
):
    """The export prints each municipality (Mjölby's 2 bought emergency places as <5); the
    quarterly report printed the programme's sums (7 bought): 7 - Linköping's 5 = 2."""
    import csv
    from datetime import date

    import pypdf

    _two_municipalities(services)
    services.care_places.export(tmp_path / "p.csv")
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    mjolby = next(r for r in rows if r["Kommunkod"] == "0586")
    assert mjolby["Jourhem: köpta platser"] == "<5" and mjolby["SiS särskilt ungdomshem"] == "<5"
    out = tmp_path / "r.pdf"
    services.reports.write_pdf(date(2026, 1, 1), date(2026, 3, 31), out)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    section = text[text.rfind("Vårdplatser för samhällsplacerade barn") :]
    lines = [line.strip() for line in section.splitlines()]

    def row_of(label: str) -> list[str]:
        at = max(i for i, line in enumerate(lines) if line == label)
        return lines[at + 1 : at + 7]

    jour, sis = row_of("Jourhem"), row_of("SiS särskilt ungdomshem")
    printed = {"Jourhem": jour[0], "Jourhem: egen regi": jour[1], "Jourhem: köpta platser": jour[2]}
    printed["SiS särskilt ungdomshem"] = sis[0]
    sums = {k: int(v.replace(" ", "")) for k, v in printed.items() if v.replace(" ", "").isdigit()}
    assert _recovered(sums, rows) == {}, (printed, section[:600])
    # breakdowns: 3 (<5) + 9 = 12 printed would give Mjölby's 3 away
    assert "Sammanbrott: 12" not in " ".join(lines)


def test_the_briefing_median_and_needs_give_no_small_number_away(services):
    """The briefing printed the median of two municipalities (their mean: (2 + 8) / 2 = 5, so
    Mjölby's SiS count is 2 * 5 - 8) and the sum of HVB's needs whose parts the export prints
    (9 - 6 = 3 waiting, shown there as <5)."""
    from samordnare_desktop.domain.care_places import PlacementForm

    _two_municipalities(services)
    visit_id = services.briefing.visit_for_municipality("0586")
    care = services.briefing.document(visit_id).care
    lines = {line.form: line for line in care.lines}
    sis = lines[PlacementForm.SIS.label()]
    assert sis.cells[0] == "<5" and sis.median == ".."
    hvb = lines[PlacementForm.HVB.label()]
    assert hvb.cells[3] == ".."  # needs not met: 3 + 6 + 0, with the 3 hidden in the export
    family = lines[PlacementForm.FAMILY_HOME.label()]
    assert family.median == "–"


def test_hidden_counts_whose_sum_pins_them_withhold_the_programme_sum(services):
    """The demo's case: four municipalities' bought family-home places, each 4 ("<5" in the
    export), the fifth's shown: the programme sum less the fifth is 16, so every one is 4.
    Two "<5" adding up to 5 give none away: that sum is printed."""
    from datetime import date

    from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid as org
    from tests.factories import municipality_id

    family, hvb = PlacementForm.FAMILY_HOME, PlacementForm.HVB
    codes = ("0586", "0580", "0581", "0582", "0583")
    for i, code in enumerate(codes):
        services.municipalities.update(
            municipality_id(services, code), expected_version=None, in_programme=True, notes=""
        )
        bought = 4 if i < 4 else 9
        lines = {family: LineInput(placed=20 + i, own=20 + i - bought, bought=bought)}
        if i < 2:
            lines[hvb] = LineInput(placed=10, own=10 - (2 + i), bought=2 + i)  # 2 and 3: "<5"
        services.care_places.save(ReportInput(org(code), "2025", lines))
    withheld = services.care_places.summary_at(date(2026, 3, 31)).withheld["2025"]
    assert (family, Measure.BOUGHT) in withheld
    assert (hvb, Measure.BOUGHT) not in withheld  # 2 + 3 = 5: 1 + 4, 2 + 3, 3 + 2 or 4 + 1


def test_a_programme_sum_of_four_hidden_ones_is_not_printed_as_under_five(services, tmp_path):
    """Leak 2: four municipalities with one SiS placement each ("<5" in the export); the report
    printed the programme's SiS sum as "<5": four counts of at least 1 adding up to at most 4,
    each is 1. Now "..". Two HVB counts of 1 and 2 (sum "<5") pin nothing: "<5" stays."""
    from datetime import date

    import pypdf

    from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
    from samordnare_desktop.domain.organisation import municipality_organisation_uuid as org
    from tests.factories import municipality_id

    codes = ("0586", "0580", "0581", "0582", "0583")
    for i, code in enumerate(codes):
        services.municipalities.update(
            municipality_id(services, code), expected_version=None, in_programme=True, notes=""
        )
        lines = {PlacementForm.FAMILY_HOME: LineInput(placed=20 + i)}
        if i < 4:
            lines[PlacementForm.SIS] = LineInput(placed=1)
        if i < 2:
            lines[PlacementForm.HVB] = LineInput(placed=1 + i)
        services.care_places.save(ReportInput(org(code), "2025", lines))
    withheld = services.care_places.summary_at(date(2026, 3, 31)).withheld["2025"]
    assert (PlacementForm.SIS, Measure.PLACED) in withheld
    assert (PlacementForm.HVB, Measure.PLACED) not in withheld
    out = tmp_path / "r.pdf"
    services.reports.write_pdf(date(2026, 1, 1), date(2026, 3, 31), out)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    lines = [line.strip() for line in text[text.rfind("Vårdplatser för samhäll") :].splitlines()]

    def first_cell(label: str) -> str:
        return lines[max(i for i, line in enumerate(lines) if line == label) + 1]

    assert first_cell("SiS särskilt ungdomshem") == ".."
    assert first_cell("boende)") == "<5"  # HVB's label wraps
