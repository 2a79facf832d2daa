"""Municipality facts imported from files laid out as SCB and SKR publish them (the numbers here
are made up: the app ships none), previewed first, and the programme's spread beside the
country's."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.services.municipality_facts import FactAction, MunicipalityFactsService
from samordnare_desktop.services.registry import Services


def _facts(services: Services) -> MunicipalityFactsService:
    return MunicipalityFactsService(services.db)


def _scb_csv(path: Path) -> Path:
    """Statistikdatabasen's CSV: a title line, then "region";"Folkmängd 2024" in cp1252."""
    text = (
        '"Folkmängd efter region och år"\n'
        "\n"
        '"region";"Folkmängd 2024"\n'
        '"00 Riket";"10 500 000"\n'
        '"0586 Mjölby";"27 000"\n'
        '"1265 Sjöbo";"19 500"\n'
        '"0180 Stockholm";"990 000"\n'
        '"9999 Ingenstans";"5"\n'
        '"0586 Mjölby";"27 001"\n'
    )
    path.write_bytes(text.encode("cp1252"))
    return path


def _skr_xlsx(path: Path) -> Path:
    """SKR's XLSX: a title row above the header; codes as numbers, the group with its name."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Kommungruppsindelning 2023"])
    sheet.append([])
    sheet.append(["Kommunkod", "Kommun", "Kommungrupp 2023"])
    sheet.append([586, "Mjölby", "B5. Lågpendlingskommun nära större stad"])
    sheet.append([1265, "Sjöbo", "B4. Pendlingskommun nära större stad"])
    sheet.append([180, "Stockholm", "A1. Storstäder"])
    sheet.append([2584, "Kiruna", "okänd"])
    book.save(path)
    return path


def test_population_from_scb_csv_previewed_then_applied(services: Services, tmp_path) -> None:
    facts = _facts(services)
    path = _scb_csv(tmp_path / "BE0101.csv")
    plan = facts.preview(path)
    assert plan.year == 2024 and plan.kind == "population"
    actions = [(r.code, r.action) for r in plan.rows]
    assert actions == [
        ("", FactAction.SKIP),  # Riket
        ("0586", FactAction.UPDATE),
        ("1265", FactAction.UPDATE),
        ("0180", FactAction.UPDATE),
        ("9999", FactAction.SKIP),
        ("0586", FactAction.SKIP),  # the same municipality twice
    ]
    mjolby = services.municipalities.by_code("0586")
    assert services.municipalities.details(mjolby.id)  # preview wrote nothing
    facts.apply(path)
    again = facts.preview(path)
    assert again.count(FactAction.UPDATE) == 0 and again.count(FactAction.UNCHANGED) == 3


def test_groups_from_skr_xlsx_and_the_spread(services: Services, tmp_path) -> None:
    facts = _facts(services)
    facts.apply(_scb_csv(tmp_path / "scb.csv"))
    plan = facts.preview(_skr_xlsx(tmp_path / "skr.xlsx"))
    assert [(r.code, r.group, r.action) for r in plan.rows] == [
        ("0586", "B5", FactAction.UPDATE),
        ("1265", "B4", FactAction.UPDATE),
        ("0180", "A1", FactAction.UPDATE),
        ("2584", "", FactAction.SKIP),
    ]
    assert plan.rows[0].group_name == "Lågpendlingskommun nära större stad"
    facts.apply(tmp_path / "skr.xlsx")
    for code in ("0586", "1265"):
        row = services.municipalities.by_code(code)
        details = services.municipalities.details(row.id)
        services.municipalities.update(
            row.id, expected_version=details.version, in_programme=True, notes=""
        )
    spread = facts.spread()
    assert (spread.programme_total, spread.country_total) == (2, 290)
    by_group = {line.label: (line.programme, line.country) for line in spread.by_group}
    assert by_group["B4 Pendlingskommun nära större stad"] == (1, 1)
    assert by_group["A1 Storstäder"] == (0, 1)
    assert sum(c for _p, c in by_group.values()) == 290
    by_county = {line.label: (line.programme, line.country) for line in spread.by_county}
    assert by_county["Skåne län"][0] == 1 and by_county["Skåne län"][1] == 33
    sizes = [(line.programme, line.country) for line in spread.by_size]
    assert sum(c for _p, c in sizes) == 290 and sum(p for p, _c in sizes) == 2
    assert spread.has_population and spread.has_groups


def test_a_file_without_the_columns_is_refused(services: Services, tmp_path) -> None:
    path = tmp_path / "fel.csv"
    path.write_text("Namn;E-post\nAnna;a@b.se\n", encoding="utf-8")
    with pytest.raises(UserError) as caught:
        _facts(services).preview(path)
    assert "Kommunkod" in caught.value.message


def test_bad_population_cells_are_row_level_skips_and_the_rest_imports(
    services: Services, tmp_path
) -> None:
    """Found by an adversarial tester: "①" and "²³" passed str.isdigit and crashed int(); a
    population past 64 bits crashed the save (OverflowError) and nothing was imported."""
    path = tmp_path / "scb.csv"
    path.write_text(
        "Kommunkod;Folkmängd 2024\n"
        "0586;①\n"
        "1265;²³\n"
        "0180;99999999999999999999999999\n"
        "2584;" + "9" * 5000 + "\n"
        "0114;-5\n"
        "1280;３５０ ０００\n"
        "0136;12 500\n",
        encoding="utf-8",
    )
    facts = _facts(services)
    plan = facts.preview(path)
    rows = {r.code: r for r in plan.rows}
    assert [rows[c].action for c in ("0586", "1265", "0180", "2584", "0114")] == [
        FactAction.SKIP
    ] * 5
    assert "inte ett tal" in rows["0586"].detail or "not a number" in rows["0586"].detail
    assert "①" in rows["0586"].detail and "²³" in rows["1265"].detail
    assert "Sverige" in rows["0180"].detail or "Sweden" in rows["0180"].detail
    assert len(rows["2584"].detail) < 200
    assert rows["1280"].action is FactAction.UPDATE and rows["1280"].population == 350_000
    assert rows["0136"].action is FactAction.UPDATE and rows["0136"].population == 12_500
    # Nothing is saved before the user confirms the preview; then exactly what was shown.
    assert services.municipalities.by_code("0136").population is None
    path.write_text("Kommunkod;Folkmängd 2024\n0136;1\n", encoding="utf-8")
    facts.apply_plan(plan)
    assert services.municipalities.by_code("0136").population == 12_500
    assert services.municipalities.by_code("1280").population == 350_000
    assert services.municipalities.by_code("0180").population is None


def test_huge_numbers_in_an_xlsx_and_a_year_out_of_range(services: Services, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Kommunkod", "Folkmängd"])
    sheet.append([586, 10**20])
    sheet.append([1265, 1e300])
    sheet.append([180, 27000.5])
    sheet.append([114, 47000])
    path = tmp_path / "scb.xlsx"
    book.save(path)
    facts = _facts(services)
    plan = facts.apply(path, year=2024)
    assert [(r.code, r.action) for r in plan.rows] == [
        ("0586", FactAction.SKIP),
        ("1265", FactAction.SKIP),
        ("0180", FactAction.SKIP),
        ("0114", FactAction.UPDATE),
    ]
    assert services.municipalities.by_code("0114").population == 47000
    with pytest.raises(UserError):
        facts.preview(path, year=10**30)
