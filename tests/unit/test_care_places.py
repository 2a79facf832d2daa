"""Care places (issue #17): figures per municipality and period, validation, the import with
its per-row refusals (nothing saved), the comparison with the programme, small numbers as "<5"
in what leaves the app, focus groups, and the command line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from samordnare_desktop.domain.care_places import (
    LineInput,
    Measure,
    PlacementForm,
    ReportInput,
    parse_period,
    small_count,
)
from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.domain.organisation import municipality_organisation_uuid
from samordnare_desktop.services.care_places import ImportAction, header_meaning
from tests.factories import make_visit
from tests.helpers import cli

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server

MJOLBY = municipality_organisation_uuid("0586")
VASBY = municipality_organisation_uuid("0114")

HEADER = (
    "Kommunkod;Kommun;Jourhem;Familjehem;Varav släktinghem;HVB;HVB egen regi;HVB köpt;"
    "Stödboende;SiS;Väntar på HVB;Sammanbrott;Totalt\n"
)


def _hvb(placed=7, own=3, bought=4, **more) -> ReportInput:
    return ReportInput(
        MJOLBY,
        "2025",
        {PlacementForm.HVB: LineInput(placed=placed, own=own, bought=bought)},
        **more,
    )


def _write(tmp_path: Path, text: str, name: str = "placeringar.csv", encoding="cp1252") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def _count(services) -> int:
    return len(services.care_places.reports())


def test_figures_are_saved_and_replaced_per_period(services):
    care = services.care_places
    row = care.save(_hvb(breakdowns=2))
    assert row.value(PlacementForm.HVB, Measure.BOUGHT) == 4
    assert row.total() == 7 and row.breakdowns == 2
    again = care.save(_hvb(placed=9, own=4, bought=5), expected_version=row.version)
    assert again.id == row.id and again.value(PlacementForm.HVB, Measure.PLACED) == 9
    with pytest.raises(UserError):  # an edit made on the old version is refused
        care.save(_hvb(), expected_version=row.version)
    care.save(ReportInput(MJOLBY, "2025-06-30", {PlacementForm.SIS: LineInput(placed=1)}))
    assert care.periods() == ["2025-06-30", "2025"]
    care.delete(row.id)
    assert [r.period for r in care.reports()] == ["2025-06-30"]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (_hvb(own=5), "hvb.own", "inte alla placerade"),
        (_hvb(placed=-1, own=None, bought=None), "hvb.placed", "negativ"),
        (_hvb(own=None, bought=9), "hvb.bought", "fler än placerade"),
        (
            ReportInput(
                MJOLBY,
                "2025",
                {
                    PlacementForm.FAMILY_HOME: LineInput(placed=3),
                    PlacementForm.NETWORK_HOME: LineInput(placed=4),
                },
            ),
            "network_home.placed",
            "familjehem",
        ),
    ],
)
def test_bad_figures_are_refused_with_a_swedish_message(services, data, field, words):
    with pytest.raises(ValidationError) as caught:
        services.care_places.save(data)
    assert caught.value.field == field
    assert words in caught.value.message
    assert _count(services) == 0


def test_periods_are_a_year_or_a_date():
    assert parse_period("2025") == "2025"
    assert parse_period(2025.0) == "2025"
    assert parse_period("2025-06-30") == "2025-06-30"
    for bad in ("25", "2025-02-30", "förra året", ""):
        with pytest.raises(ValidationError, match="inte en period"):
            parse_period(bad)


def test_small_numbers_are_hidden():
    assert [small_count(n) for n in (None, 0, 1, 4, 5, 2.5, 12)] == ["", 0, "<5", "<5", 5, "<5", 12]


@pytest.mark.parametrize(
    ("header", "meaning"),
    [
        ("Jourhem", (PlacementForm.EMERGENCY_HOME, Measure.PLACED)),
        ("HVB egen regi", (PlacementForm.HVB, Measure.OWN)),
        ("Köpta platser HVB", (PlacementForm.HVB, Measure.BOUGHT)),
        ("Antal barn", None),
        ("Köpt HVB", (PlacementForm.HVB, Measure.BOUGHT)),
        ("Väntar på jourhem", (PlacementForm.EMERGENCY_HOME, Measure.WAITING)),
        ("Familjehem, varav släktinghem", (PlacementForm.NETWORK_HOME, Measure.PLACED)),
        ("Förstärkt familjehem", (PlacementForm.REINFORCED_FAMILY_HOME, Measure.PLACED)),
        ("SiS särskilt ungdomshem", (PlacementForm.SIS, Measure.PLACED)),
        ("Antal placerade i stödboende", (PlacementForm.SUPPORTED_HOUSING, Measure.PLACED)),
        ("Kommunkod", "code"),
        ("År", "period"),
        ("Totalt", "all"),
    ],
)
def test_headers_as_municipalities_and_socialstyrelsen_write_them(header, meaning):
    assert header_meaning(header) == meaning


def test_import_with_preview_saves_only_when_applied(services, tmp_path):
    path = _write(
        tmp_path,
        HEADER
        + "0586;Mjölby;2;10;3;5;2;3;1;0;1;2;18\n"
        + "114;Upplands Väsby;0;12;0;7;1;6;2;1;0;0;22\n"
        + "Riket;;99;99;9;99;;;;;;;\n",
    )
    plan = services.care_places.preview_import(path, period="2025")
    assert [r.action for r in plan.rows] == [
        ImportAction.NEW,
        ImportAction.NEW,
        ImportAction.SKIP,
    ]
    assert _count(services) == 0
    services.care_places.apply_import(path, period="2025")
    rows = {r.municipality_code: r for r in services.care_places.reports(period="2025")}
    assert rows["0586"].value(PlacementForm.NETWORK_HOME, Measure.PLACED) == 3
    assert rows["0586"].value(PlacementForm.HVB, Measure.WAITING) == 1
    assert rows["0114"].total() == 22 and rows["0586"].breakdowns == 2
    again = services.care_places.preview_import(path, period="2025")
    assert again.count(ImportAction.UNCHANGED) == 2


def test_bad_rows_are_each_named_and_nothing_is_saved(services, tmp_path):
    path = _write(
        tmp_path,
        HEADER
        + "0586;Mjölby;2;10;3;5;2;3;1;0;1;2;18\n"  # fine
        + "0114;Upplands Väsby;-1;12;0;7;1;6;2;1;0;0;\n"  # negative
        + "0115;Vallentuna;1;tolv;0;7;1;6;2;1;0;0;\n"  # text in a count column
        + "9999;Ingenstans;1;1;0;1;;;0;0;0;0;\n"  # no municipality
        + "0117;Österåker;1;1;0;7;1;1;0;0;0;0;\n"  # own + bought != all
        + "0120;Värmdö;1;1;0;1;;;0;0;0;0;9\n",  # forms do not add up to Totalt
    )
    plan = services.care_places.preview_import(path, period="2025")
    problems = {r.line: r.detail for r in plan.errors}
    assert set(problems) == {3, 4, 5, 6, 7}
    assert "negativ" in problems[3]
    assert "tolv" in problems[4] and "heltal" in problems[4]
    assert "9999" in problems[5] and "kommunkod" in problems[5]
    assert "egen regi (1) + köpt (1)" in problems[6].lower() or "(1) + köpta" in problems[6]
    assert "Totalt" in problems[7]
    with pytest.raises(UserError) as caught:
        services.care_places.apply_import(path, period="2025")
    assert "Rad 5" in caught.value.message and "Inget importerades" in caught.value.message
    assert _count(services) == 0


def test_import_reads_xlsx_and_a_period_column(services, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Placeringar 2025 (fiktiva)"])
    sheet.append(["Kommun", "År", "Jourhem", "HVB", "HVB köpt", "HVB egen regi"])
    sheet.append(["0586 Mjölby", 2024, 3, 8, 6, 2])
    sheet.append(["Mjölby", "2025-06-30", 1, 9, 9, 0])
    path = tmp_path / "placeringar.xlsx"
    book.save(path)
    services.care_places.apply_import(path)
    rows = services.care_places.reports(municipality_code="0586")
    assert {r.period: r.value(PlacementForm.HVB, Measure.BOUGHT) for r in rows} == {
        "2025-06-30": 9,
        "2024": 6,
    }


def test_comparison_and_balance_over_the_programme(services):
    care = services.care_places
    codes = ["0586", "0114", "0115", "0117"]
    for code in codes:
        m = services.municipalities.by_code(code)
        services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")
    for n, code in enumerate(codes, start=1):
        care.save(
            ReportInput(
                municipality_organisation_uuid(code),
                "2025",
                {PlacementForm.HVB: LineInput(placed=n * 4, own=n, bought=n * 3, waiting=n)},
            )
        )
    view = care.comparison(MJOLBY, "2025")
    hvb = view.of(PlacementForm.HVB, Measure.PLACED)
    assert hvb.value == 4 and hvb.values == (4, 8, 12, 16) and hvb.median == 10
    balance = {b.form: b for b in care.balance("2025")}
    assert balance[PlacementForm.HVB].placed == 40 and balance[PlacementForm.HVB].needs == 10
    summary = care.summary()
    assert summary.period == "2025" and summary.reporting == 4 and summary.placed == 40


def test_exports_print_small_numbers_as_less_than_five(services, tmp_path):
    services.care_places.save(_hvb(placed=7, own=3, bought=4))
    out = tmp_path / "placeringar.csv"
    services.care_places.export(out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    header, row = rows[0], rows[1]
    assert row[header.index("HVB (hem för vård eller boende): köpta platser")] == "<5"
    assert row[header.index("HVB (hem för vård eller boende)")] == "7"
    book = tmp_path / "placeringar.xlsx"
    services.care_places.export(book)
    values = [c.value for c in next(load_workbook(book).active.iter_rows(min_row=2))]
    assert "<5" in values and 3 not in values and 4 not in values and 7 in values


def test_focus_groups_pull_meetings_and_figures_together(services):
    care = services.care_places
    named = care.focus_groups()
    assert {g.label for g in named} >= {
        "Unga som lämnat organiserad brottslighet",
        "Ensamkommande barn",
        "Yngre familjehemsplacerade barn",
    }
    own = care.add_focus_group("Barn med funktionsnedsättning")
    with pytest.raises(ValidationError):
        care.add_focus_group("ensamkommande  barn")
    visit = make_visit(services)
    unaccompanied = next(g for g in named if g.key == "unaccompanied")
    care.tag_visit(visit.id, [unaccompanied.id, own.id])
    report = care.save(
        ReportInput(
            MJOLBY,
            "2025",
            {PlacementForm.HVB: LineInput(placed=6)},
            focus_group_ids=(unaccompanied.id,),
        )
    )
    from samordnare_desktop.domain.finding import FindingInput, FindingKind

    finding = services.findings.add(
        FindingInput(
            "Svårt att hitta jourhem för ensamkommande",
            kind=FindingKind.CHALLENGE,
            focus_group_ids=(unaccompanied.id,),
        )
    )
    items = care.focus_group_items(unaccompanied.id)
    assert [v.id for v in items.visits] == [visit.id]
    assert [r.id for r in items.reports] == [report.id]
    assert [f.id for f in items.findings] == [finding.id]
    assert items.findings[0].kind_label == "Utmaning"
    assert next(g for g in care.focus_groups() if g.id == unaccompanied.id).findings == 1
    assert report.focus_group_names == ("Ensamkommande barn",)
    with pytest.raises(UserError):
        care.delete_focus_group(unaccompanied.id)
    care.delete_focus_group(own.id)
    assert care.visit_focus_groups(visit.id)  # the tag row stays; the group is hidden
    assert own.id not in {g.id for g in care.focus_groups()}


def test_command_line_import_list_export(tmp_path):
    db = tmp_path / "cli.sqlite3"
    good = _write(tmp_path, HEADER + "0586;Mjölby;2;10;3;5;2;3;1;0;1;2;18\n")
    dry = cli(["--db", str(db), "import", "placements", str(good), "--period", "2025", "--dry-run"])
    assert dry.returncode == 0, dry.stderr
    assert "Inget sparades" in dry.stdout
    assert cli(["--db", str(db), "list", "placements"]).stdout == ""
    done = cli(["--db", str(db), "import", "placements", str(good), "--period", "2025"])
    assert done.returncode == 0, done.stderr
    listed = cli(["--db", str(db), "list", "placements", "--kommun", "0586", "--csv"])
    rows = list(csv.reader(listed.stdout.splitlines()))
    assert rows[1][:4] == ["0586", "Mjölby", "2025", "18"]
    assert "2" not in rows[1][4:] and "<5" in rows[1]
    short = cli(["--db", str(db), "list", "placements", "--kommun", "586", "--csv"])
    assert short.returncode == 0 and short.stdout == listed.stdout  # as the import reads 586
    bad = _write(tmp_path, HEADER + "9999;X;1;1;0;1;;;0;0;0;0;\n", name="bad.csv")
    refused = cli(["--db", str(db), "import", "placements", str(bad), "--period", "2025"])
    assert refused.returncode != 0 and "Rad 2" in refused.stderr
    out = tmp_path / "ut.xlsx"
    written = cli(["--db", str(db), "export", "placements", "--out", str(out)])
    assert written.returncode == 0, written.stderr
    assert out.exists()


def test_quarterly_report_and_programme_xlsx_carry_the_figures(services, tmp_path):
    from datetime import date

    from pypdf import PdfReader

    services.municipalities.update(
        services.municipalities.by_code("0586").id,
        expected_version=None,
        in_programme=True,
        notes="",
    )
    care = services.care_places
    care.save(_hvb(placed=7, own=3, bought=4))
    care.save(
        ReportInput(MJOLBY, "2026-06-30", {PlacementForm.SIS: LineInput(placed=12, bought=12)})
    )
    assert care.summary_at(date(2026, 3, 31)).period == "2025"  # June 2026 not yet begun
    assert care.summary_at(date(2026, 9, 30)).period == "2026-06-30"
    assert care.summary_at(date(2024, 12, 31)) is None
    out = services.reports.write_pdf(date(2026, 1, 1), date(2026, 3, 31), tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Vårdplatser för samhällsplacerade barn" in text
    section = text[text.rindex("Vårdplatser för samhällsplacerade barn") :]
    assert "<5" in section and "Uppgifter för 2025" in section
    book = load_workbook(services.export.write_xlsx(tmp_path / "p.xlsx"))
    sheet = book["Vårdplatser"]
    values = [c for row in sheet.iter_rows(min_row=2, values_only=True) for c in row]
    assert "<5" in values and 3 not in values and 4 not in values and 12 in values


def test_import_replaces_a_period_and_keeps_the_tags(services, tmp_path):
    care = services.care_places
    group = next(g for g in care.focus_groups() if g.key == "unaccompanied")
    before = care.save(
        ReportInput(
            MJOLBY,
            "2025",
            {PlacementForm.SIS: LineInput(placed=2), PlacementForm.HVB: LineInput(placed=9)},
            focus_group_ids=(group.id,),
        )
    )
    path = _write(tmp_path, "Kommunkod;HVB;HVB egen regi;HVB köpt\n0586;7;3;4\n")
    plan = care.preview_import(path, period="2025")
    assert [r.action for r in plan.rows] == [ImportAction.UPDATE]
    # F4: the file has only HVB columns; the preview names each change, SiS is not touched
    assert plan.rows[0].changes == (
        "HVB (hem för vård eller boende): 9 → 7",
        "HVB (hem för vård eller boende): egen regi: – → 3",
        "HVB (hem för vård eller boende): köpta platser: – → 4",
    )
    care.apply_plan(plan)
    after = care.get(before.id)
    assert after.version > before.version
    assert after.lines == {
        PlacementForm.HVB: LineInput(placed=7, own=3, bought=4),
        PlacementForm.SIS: LineInput(placed=2),  # a column the file lacks keeps its value
    }
    assert after.focus_group_ids == (group.id,)
    listed = care.list_rows(period="2025")
    assert [(r.placed, r.bought, r.needs) for r in listed] == [(9, 4, None)]
    again = care.preview_import(path, period="2025")
    assert [r.action for r in again.rows] == [ImportAction.UNCHANGED]


@pytest.mark.sqlite_only  # SQLite's query plan
def test_a_period_view_reads_through_indexes(services):
    """The views of one period find their rows through an index (the figures: bench/)."""
    from tests.unit.test_speed_guards import plans

    care = services.care_places
    for code in ("0586", "0114", "0115"):
        m = services.municipalities.by_code(code)
        services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")
        for period in ("2024", "2025"):
            care.save(
                ReportInput(
                    municipality_organisation_uuid(code),
                    period,
                    {PlacementForm.HVB: LineInput(placed=5, own=2, bought=3)},
                )
            )
    report = care.list_rows(period="2025")[0]
    for action in (
        lambda: care.list_rows(period="2025"),
        lambda: care.comparison(MJOLBY, "2025"),
        lambda: care.balance("2025"),
        lambda: care.get(report.id),
    ):
        for statement, lines in plans(services.db, action):
            for line in lines:
                words = line.split()
                assert not (words[:1] == ["SCAN"] and words[1] in ("care_line", "care_report")), (
                    f"{line} <- {statement[:200]}"
                )


def test_a_region_is_found_by_name_in_the_import(services, tmp_path):
    path = _write(
        tmp_path, "Kommun;HVB;SiS\nRegion Skåne;4;9\nMjölby kommun;3;0\n", encoding="utf-8"
    )
    plan = services.care_places.preview_import(path, period="2025-06-30")
    assert [(r.action, r.name) for r in plan.rows] == [
        (ImportAction.NEW, "Region Skåne"),
        (ImportAction.NEW, "Mjölby"),
    ]
    services.care_places.apply_plan(plan)
    rows = services.care_places.reports(period="2025-06-30")
    assert {r.organisation_name: r.value(PlacementForm.SIS, Measure.PLACED) for r in rows} == {
        "Region Skåne": 9,
        "Mjölby": 0,
    }


def _recoverable(header: list[str], row: list[str]) -> list[str]:
    """The "<5" cells of an exported row that subtraction gives away (the tester's oracle)."""
    cell = dict(zip(header, row, strict=True))
    found = []
    mains = [f.label() for f in PlacementForm if f.parent is None]
    for form in PlacementForm:
        name = form.label()
        trio = [cell[name], cell[f"{name}: egen regi"], cell[f"{name}: köpta platser"]]
        if trio.count("<5") == 1 and all(x.isdigit() for x in trio if x != "<5"):
            found.append(name)
    forms = [cell[f] for f in mains] + [cell["Alla placerade"]]
    if forms.count("<5") == 1 and all(x.isdigit() or x == "" for x in forms if x != "<5"):
        found.append("Alla placerade")
    return found


def test_a_small_number_cannot_be_worked_out_by_subtraction(services, tmp_path):
    """F1: own 3 + bought 20 = placed 23 would give the "<5" away; so would the forms adding up
    to all placed. The next smallest part is hidden as ".." too."""
    services.care_places.save(
        ReportInput(
            MJOLBY,
            "2025",
            {
                PlacementForm.HVB: LineInput(placed=23, own=3, bought=20),
                PlacementForm.SIS: LineInput(placed=2),
                PlacementForm.FAMILY_HOME: LineInput(placed=30, own=30, bought=0),
                PlacementForm.EMERGENCY_HOME: LineInput(placed=9),
            },
        )
    )
    out = tmp_path / "placeringar.csv"
    services.care_places.export(out)
    header, row = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert _recoverable(header, row) == []
    cell = dict(zip(header, row, strict=True))
    assert cell["HVB (hem för vård eller boende): egen regi"] == "<5"
    assert cell["HVB (hem för vård eller boende): köpta platser"] == ".."
    assert cell["SiS särskilt ungdomshem"] == "<5"
    assert cell["Jourhem"] == ".."  # the smallest other form, so all placed gives nothing away
    assert cell["Alla placerade"] == "64" and cell["Familjehem"] == "30"


def test_the_quarterly_report_gives_no_small_number_away(services, tmp_path):
    """F1: the report's sentence, table and chart hide the part that would give a "<5" away; the
    chart's axis has plain numbers and not-given counts are "–"."""
    from datetime import date

    from pypdf import PdfReader

    services.municipalities.update(
        services.municipalities.by_code("0586").id,
        expected_version=None,
        in_programme=True,
        notes="",
    )
    services.care_places.save(
        ReportInput(
            MJOLBY,
            "2025",
            {
                PlacementForm.HVB: LineInput(placed=23, own=3, bought=20, waiting=6),
                PlacementForm.SIS: LineInput(placed=2, bought=2),
                PlacementForm.FAMILY_HOME: LineInput(placed=30, own=30, bought=0),
                PlacementForm.EMERGENCY_HOME: LineInput(placed=9, own=9, bought=0),
            },
        )
    )
    out = services.reports.write_pdf(date(2026, 1, 1), date(2026, 3, 31), tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    section = text[text.rindex("Vårdplatser för samhällsplacerade barn") :]
    table = [x.strip() for x in section.split("Placeringsform")[-1].splitlines()]

    def row(label: str) -> list[str]:
        at = next(i for i, x in enumerate(table) if x.startswith(label))
        cells = [x for x in table[at + 1 :] if x in ("<5", "..", "–") or x.isdigit()]
        return cells[:6]

    assert row("HVB") == ["23", "<5", "..", "6", "–", "–"]
    assert row("SiS") == ["<5", "–", "<5", "–", "–", "–"]
    assert row("Jourhem") == ["..", "..", "0", "–", "–", "–"]
    chart = section.split("Placeringsform")[0].splitlines()
    # the sentence wraps where it wraps
    sentence_end = next(i for i, x in enumerate(chart) if x.endswith("akuta placeringar: 0."))
    bar_labels = chart[sentence_end + 1 : chart.index("Annan placeringsform")]
    assert "20" not in bar_labels and "9" not in bar_labels and "2" not in bar_labels
    assert {"<5", "..", "–", "23", "30", "6"} == set(bar_labels)
    ticks = chart[chart.index("Jourhem") + 1 : chart.index("Placerade barn")]
    assert ticks == ["0", "5", "10", "15", "20", "25", "30"]  # plain numbers, never "<5"
    assert "64 barn" in section


def test_a_focus_group_naming_a_child_is_masked_in_exports(services, tmp_path):
    """F2: a user's own focus group name leaves the app only with children's names masked, as
    findings are (CSV, XLSX, the programme workbook, `list placements`)."""
    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.services.participants import PersonInput

    visit = make_visit(services)
    # named before Elsa took part in a meeting: now such a name is refused (see below)
    group = services.care_places.add_focus_group("Elsas och Omars placering")
    child = services.participants.add(
        visit.id, PersonInput("Elsa", category=ParticipantCategory.CHILD)
    )
    alias = child.person.display_name.split("(")[-1].rstrip(")")
    services.care_places.save(
        ReportInput(
            MJOLBY,
            "2025",
            {PlacementForm.HVB: LineInput(placed=7, own=3, bought=4)},
            focus_group_ids=(group.id,),
        )
    )
    _headers, rows = services.care_places.table()
    assert rows[0][-1] == f"{alias}:s och Omars placering"
    for name in ("p.csv", "p.xlsx"):
        services.care_places.export(tmp_path / name)
    assert "Elsa" not in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    values = [c.value for row in load_workbook(tmp_path / "p.xlsx").active.iter_rows() for c in row]
    assert not any("Elsa" in str(v) for v in values)
    assert services.care_places.focus_groups()[-1].name == "Elsas och Omars placering"  # in-app


def test_an_excel_date_and_the_same_date_as_text_are_one_period(services, tmp_path):
    """F6a: a real Excel date and the text "2025-06-30" for one municipality are the same
    period: a per-row duplicate, never an IntegrityError; the period is ISO (no T00:00:00)."""
    import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kommunkod", "Kommun", "Jourhem", "Familjehem", "Datum"])
    sheet.append([586, "Mjölby", 3, 10, datetime.datetime(2025, 6, 30)])
    sheet.append([586, "Mjölby", 4, 12, "2025-06-30"])
    path = tmp_path / "dup.xlsx"
    book.save(path)
    plan = services.care_places.preview_import(path)
    assert [r.period for r in plan.rows] == ["2025-06-30", "2025-06-30"]
    assert plan.rows[1].action is ImportAction.ERROR
    assert "samma kommun och period som rad 2" in plan.rows[1].detail.lower()
    with pytest.raises(UserError):
        services.care_places.apply_plan(plan)
    assert services.care_places.reports() == []


def test_import_refuses_rows_that_cannot_be_read_and_finds_names_as_written(services, tmp_path):
    """F6b/c/f: a row with more cells than headers and a code that names another municipality are
    refused on their row; "Malmö stad", "Göteborgs stad", "Upplands-Väsby", "Mjolby" are found
    (Habo and Håbo stay apart)."""
    path = _write(
        tmp_path,
        "Kommunkod;Kommun;Jourhem;Familjehem\n"
        "0604;Aneby;3;10;7\n"
        "0580;Stockholm;3;10\n"
        ";Malmö stad;1;2\n"
        ";Göteborgs stad;1;2\n"
        ";Upplands-Väsby;1;2\n"
        ";Mjolby;1;2\n"
        ";Habo;1;2\n",
    )
    plan = services.care_places.preview_import(path, period="2025")
    rows = plan.rows
    assert rows[0].action is ImportAction.ERROR and "fler celler" in rows[0].detail
    assert rows[1].action is ImportAction.ERROR and "Stockholm" in rows[1].detail
    assert [(r.action, r.code) for r in rows[2:6]] == [
        (ImportAction.NEW, code) for code in ("1280", "1480", "0114", "0586")
    ]
    assert rows[6].code == "0643"  # Habo, written exactly


def test_the_apps_own_export_reimports_unchanged(services, tmp_path):
    """F6e: export then import the same file: every row "Oförändrad"; a "<5" or ".." cell keeps
    the saved value, with a warning, never an error."""
    services.care_places.save(
        ReportInput(
            MJOLBY,
            "2025",
            {
                PlacementForm.HVB: LineInput(placed=23, own=3, bought=20),
                PlacementForm.SIS: LineInput(placed=2),
                PlacementForm.FAMILY_HOME: LineInput(placed=30, own=30, bought=0),
            },
            breakdowns=1,
        )
    )
    services.care_places.save(ReportInput(VASBY, "2025", {PlacementForm.HVB: LineInput(placed=12)}))
    for name in ("rt.csv", "rt.xlsx"):
        out = tmp_path / name
        services.care_places.export(out)
        plan = services.care_places.preview_import(out)
        assert [r.action for r in plan.rows] == [ImportAction.UNCHANGED] * 2, plan.refusal()
        warned = next(r for r in plan.rows if r.code == "0586")
        assert "<5" in warned.detail and "behålls" in warned.detail


def test_every_export_header_is_read_back():
    """F6e: the export's own headers (HVB, Annan placeringsform, …) are all recognised."""
    from samordnare_desktop.services.care_places import export_headers

    unread = [h for h in export_headers() if header_meaning(h) is None]
    assert unread == ["Fokusgrupper"]


def test_a_formula_without_a_saved_value_is_refused_on_its_row(services, tmp_path):
    """F6d: a formula cell that was never calculated (openpyxl writes such files) is not read as
    "not given": its row is refused ("formel utan värde")."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Kommunkod", "Period", "Jourhem", "HVB"])
    sheet.append(["0586", "2025", 6, "=2+3"])
    sheet.append(["0114", "2025", 6, 7])
    path = tmp_path / "formel.xlsx"
    book.save(path)
    plan = services.care_places.preview_import(path)
    assert plan.rows[0].action is ImportAction.ERROR
    assert "formel utan värde" in plan.rows[0].detail and "=2+3" in plan.rows[0].detail
    assert plan.rows[1].action is ImportAction.NEW


def _two_sheets(tmp_path: Path, second_has_figures: bool) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Län"
    book.active.append(["Kommunkod", "Period", "Jourhem", "HVB"])
    book.active.append(["0586", "2025", 6, 9])
    other = book.create_sheet("Kommuner 2024")
    if second_has_figures:
        other.append(["Kommunkod", "Period", "Jourhem", "HVB"])
        other.append(["0586", "2024", 3, 11])
    else:
        other.append(["Källa: socialtjänsten"])
    path = tmp_path / "två.xlsx"
    book.save(path)
    return path


def test_command_line_import_names_the_sheet_of_a_workbook_with_several(tmp_path):
    """Several sheets with figures and no --sheet: refused, naming them and --sheet; an unknown
    --sheet names the workbook's sheets; --sheet NAME imports that one only."""
    db = tmp_path / "cli.sqlite3"
    path = _two_sheets(tmp_path, second_has_figures=True)
    asked = cli(["--db", str(db), "import", "placements", str(path)])
    assert asked.returncode != 0
    assert "Flera av arbetsbokens blad har siffror" in asked.stderr
    assert "Län”, “Kommuner 2024" in asked.stderr and "--sheet" in asked.stderr
    unknown = cli(["--db", str(db), "import", "placements", str(path), "--sheet", "Blad9"])
    assert unknown.returncode != 0
    assert "inget blad som heter ”Blad9”" in unknown.stderr
    assert "Län”, “Kommuner 2024" in unknown.stderr
    assert cli(["--db", str(db), "list", "placements"]).stdout == ""
    done = cli(["--db", str(db), "import", "placements", str(path), "--sheet", "Kommuner 2024"])
    assert done.returncode == 0, done.stderr
    listed = list(
        csv.reader(cli(["--db", str(db), "list", "placements", "--csv"]).stdout.splitlines())
    )
    assert [r[2] for r in listed[1:]] == ["2024"]


def test_a_workbook_whose_other_sheets_hold_no_figures_reads_the_first(services, tmp_path):
    path = _two_sheets(tmp_path, second_has_figures=False)
    services.care_places.apply_import(path)
    assert [
        (r.period, r.value(PlacementForm.HVB, Measure.PLACED))
        for r in services.care_places.reports()
    ] == [("2025", 9)]


@pytest.mark.parametrize("name", ["Elsas placering", "ELSA och syskonen", "Hos elsa"])
def test_a_focus_group_naming_a_child_is_refused(services, name):
    """A name the exports would mask (a child's name in any case, the genitive too) is refused
    on entry, nothing saved; a word that only contains the name is kept."""
    from samordnare_desktop.domain.participant import ParticipantCategory
    from samordnare_desktop.services.participants import PersonInput

    visit = make_visit(services)
    services.participants.add(visit.id, PersonInput("Elsa", category=ParticipantCategory.CHILD))
    before = len(services.care_places.focus_groups())
    with pytest.raises(ValidationError) as caught:
        services.care_places.add_focus_group(name)
    assert caught.value.field == "name" and "namnet på ett barn" in caught.value.message
    assert len(services.care_places.focus_groups()) == before
    kept = services.care_places.add_focus_group("Barn i Elsabergs skola")  # not a name: a word
    assert services.care_places.focus_groups()[-1].id == kept.id


def test_a_visit_saves_its_focus_groups_in_its_own_transaction(services):
    from samordnare_desktop.domain.errors import NotFoundError
    from samordnare_desktop.services.visits import VisitInput

    visit = make_visit(services)
    care = services.care_places
    kept, gone = care.add_focus_group("Syskon"), care.add_focus_group("Tillfällig")
    data = VisitInput(municipality_id=visit.municipality_id, kind=visit.kind, day=visit.day)
    row = services.visits.update(
        visit.id, data, expected_version=visit.version, focus_group_ids=(kept.id,)
    )
    assert care.visit_focus_groups(visit.id) == (kept.id,)
    care.delete_focus_group(gone.id)
    with pytest.raises(NotFoundError):  # refused whole: the title is not saved either
        services.visits.update(
            visit.id,
            VisitInput(**{**data.__dict__, "title": "Nytt"}),
            expected_version=row.version,
            focus_group_ids=(gone.id,),
        )
    assert care.visit_focus_groups(visit.id) == (kept.id,)
    assert services.visits.get(visit.id).title != "Nytt"
    services.visits.update(visit.id, data, expected_version=row.version)  # None keeps them
    assert care.visit_focus_groups(visit.id) == (kept.id,)
    made = services.visits.create(data, focus_group_ids=(kept.id,))
    assert care.visit_focus_groups(made.id) == (kept.id,)


def test_new_figures_start_from_the_latest_earlier_ones(services):
    care = services.care_places
    assert care.latest(MJOLBY) is None
    for period, placed in (("2023", 5), ("2024", 7), ("2025-06-30", 9)):
        care.save(ReportInput(MJOLBY, period, {PlacementForm.HVB: LineInput(placed=placed)}))
    assert care.latest(MJOLBY).period == "2025-06-30"  # no period typed yet: the newest
    assert care.latest(MJOLBY, "2025").period == "2024"  # a year starts on 1 January
    assert care.latest(MJOLBY, "2025-12-31").period == "2025-06-30"
    assert care.latest(MJOLBY, "2020").period == "2025-06-30"  # none earlier: the newest
    assert care.latest(VASBY) is None
