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
