"""Small numbers cannot be worked out from what a document prints (issue #17, röjandeskydd).

The tester plays the reader: from the printed cells of each exported row (CSV) it builds the
sums a reader knows (own + bought = placed per form, the main forms adding up to all placed) and
the "of which" bounds (kinship/network and reinforced family homes together at most the family
homes), reads "<5" as 1-4, ".." as 0 or 5 and more and blank as 0, and searches every whole-number
filling of the hidden cells that fits. A hidden cell with only one possible value is given away.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from pathlib import Path

import pytest

from samordnare_desktop.domain.care_places import (
    MAIN_FORMS,
    LineInput,
    Measure,
    PlacementForm,
    ReportInput,
    protect,
    report_groups,
    report_varav,
)
from samordnare_desktop.domain.organisation import municipality_organisation_uuid

MJOLBY = municipality_organisation_uuid("0586")
KINDS = (PlacementForm.NETWORK_HOME, PlacementForm.REINFORCED_FAMILY_HOME)


def given_away(
    cells: dict[object, str],
    sums: Sequence[tuple[object, Sequence[object]]],
    of_which: Sequence[tuple[object, Sequence[object]]],
    ceiling: int | None = None,
) -> list[object]:
    """The hidden cells ("<5", "..") that have one possible value (the reader's search); a
    hidden count is at most ``ceiling`` (default: the largest printed)."""
    hidden = [k for k, text in cells.items() if text in ("<5", "..")]
    if ceiling is None:
        ceiling = max([10, *(int(t) for t in cells.values() if t.isdigit())])

    def domain(key: object) -> list[int]:
        if cells[key] == "<5":
            return [1, 2, 3, 4]
        return [0, *range(5, ceiling + 1)]

    sums = [(t, list(ps)) for t, ps in sums if t in cells and all(p in cells for p in ps)]
    of_which = [(t, [p for p in ps if p in cells]) for t, ps in of_which if t in cells]

    def fits(value: dict[object, int]) -> bool | None:
        """False if a sum or bound is broken; None while something is unknown; True if all fit."""
        complete = True
        for total, parts in sums:
            if any(k not in value for k in (total, *parts)):
                complete = False
                if total in value:  # the parts known, and the least and most the others can be
                    least = sum(value[p] if p in value else domain(p)[0] for p in parts)
                    most = sum(value[p] if p in value else domain(p)[-1] for p in parts)
                    if not least <= value[total] <= most:
                        return False
                continue
            if value[total] != sum(value[p] for p in parts):
                return False
        for parent, kinds in of_which:
            known = [value[k] for k in kinds if k in value]
            if parent in value and sum(known) > value[parent]:
                return False
            if len(known) < len(kinds) or parent not in value:
                complete = False
        return True if complete else None

    def derive(value: dict[object, int], allowed) -> dict[object, int] | None:
        """Fill in every cell that a sum with one unknown gives (the reader's subtraction)."""
        value = dict(value)
        progress = True
        while progress:
            progress = False
            for total, parts in sums:
                unknown = [k for k in (total, *parts) if k not in value]
                if len(unknown) != 1:
                    continue
                (key,) = unknown
                rest = sum(value[p] for p in parts if p in value)
                got = rest if key == total else value[total] - rest
                if got not in allowed(key):
                    return None
                value[key] = got
                progress = True
        return value

    def solve(value: dict[object, int], order: list[object], allowed) -> dict | None:
        """One filling of every hidden cell that fits, or None (depth first)."""
        value = derive(value, allowed)
        if value is None or fits(value) is False:
            return None
        free = [k for k in order if k not in value]
        if not free:
            return value if fits(value) else None
        pick = free[0] if order[0] in free else min(free, key=lambda k: len(allowed(k)))
        for choice in allowed(pick):
            found = solve({**value, pick: choice}, order, allowed)
            if found is not None:
                return found
        return None

    fixed = {k: (int(t) if t.isdigit() else 0) for k, t in cells.items() if k not in hidden}
    first = solve(fixed, hidden, lambda k: domain(k))
    assert first is not None, "the printed row has no filling at all: the reader's sums are off"
    away = []
    for key in hidden:  # another filling with another value here? Otherwise it is given away.

        def allowed(k, key=key):
            return [x for x in domain(k) if k != key or x != first[key]]

        if solve(fixed, [key, *(k for k in hidden if k != key)], allowed) is None:
            away.append(key)
    return away


def _csv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    header, *rows = list(
        csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    return header, rows


def _reader_sums(header: list[str]):
    """What a reader of the CSV knows about its columns, by their names."""

    def name(form: PlacementForm, measure: Measure) -> str:
        label = form.label()
        return {
            Measure.PLACED: label,
            Measure.OWN: f"{label}: egen regi",
            Measure.BOUGHT: f"{label}: köpta platser",
            Measure.WAITING: f"{label}: väntar",
            Measure.MISMATCHED: f"{label}: form matchar inte behovet",
            Measure.FAR_AWAY: f"{label}: långt från hemmet",
        }[measure]

    assert all(name(f, m) in header for f in PlacementForm for m in Measure)
    sums = [
        (name(f, Measure.PLACED), [name(f, Measure.OWN), name(f, Measure.BOUGHT)])
        for f in PlacementForm
    ]
    sums.append(("Alla placerade", [name(f, Measure.PLACED) for f in MAIN_FORMS]))
    of_which = [(name(PlacementForm.FAMILY_HOME, m), [name(k, m) for k in KINDS]) for m in Measure]
    return sums, of_which


def _export_and_attack(services, tmp_path: Path, reports: list[ReportInput]) -> dict[str, list]:
    for data in reports:
        services.care_places.save(data)
    out = tmp_path / "placeringar.csv"
    services.care_places.export(out)
    header, rows = _csv_rows(out)
    sums, of_which = _reader_sums(header)
    found = {}
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        keep = {k: v for k, v in cells.items() if k not in header[:3] and k != header[-1]}
        known = [  # own + bought = placed where all three are given; blank forms add 0
            (t, ps) for t, ps in sums if t == "Alla placerade" or all(keep[k] for k in (t, *ps))
        ]
        away = given_away(keep, known, of_which)
        if away:
            found[row[2]] = away
    return found


def test_the_reader_finds_what_one_sum_at_a_time_gave_away():
    """The tester's reader is not blind: hiding only the "<5" is seen through, as is a ".." that
    a bound pins, and a kinship-home count pinned by the family homes."""
    cells = {"placed": "6", "own": "<5", "bought": "5"}
    assert given_away(cells, [("placed", ["own", "bought"])], []) == ["own"]
    cells = {"placed": "6", "own": "<5", "bought": ".."}  # ".." is 0 or 5+: so 5, and own 1
    assert given_away(cells, [("placed", ["own", "bought"])], []) == ["own", "bought"]
    cells = {"family": "6", "network": "<5", "reinforced": "5"}  # network <= 1
    assert given_away(cells, [], [("family", ["network", "reinforced"])]) == ["network"]


@pytest.mark.parametrize(
    "lines",
    [
        {  # the ".." beside a "<5" must leave more than one filling: 6 = 1 + 5 would not
            PlacementForm.HVB: LineInput(placed=6, own=1, bought=5),
            PlacementForm.EMERGENCY_HOME: LineInput(placed=9, own=9, bought=0),
        },
        {  # of which: family homes 6, kinship 1, reinforced 5
            PlacementForm.FAMILY_HOME: LineInput(placed=6, own=6, bought=0),
            PlacementForm.NETWORK_HOME: LineInput(placed=1, own=1, bought=0),
            PlacementForm.REINFORCED_FAMILY_HOME: LineInput(placed=5, own=5, bought=0),
            PlacementForm.HVB: LineInput(placed=12),
        },
        {  # a need "of which": waiting for a family home 7, of them kinship 2, reinforced 5
            PlacementForm.FAMILY_HOME: LineInput(placed=20, waiting=7),
            PlacementForm.NETWORK_HOME: LineInput(placed=8, waiting=2),
            PlacementForm.REINFORCED_FAMILY_HOME: LineInput(placed=6, waiting=5),
        },
        {  # two forms' "<5" in one sum and own + bought in each
            PlacementForm.HVB: LineInput(placed=23, own=3, bought=20),
            PlacementForm.SIS: LineInput(placed=2, own=0, bought=2),
            PlacementForm.FAMILY_HOME: LineInput(placed=30, own=30, bought=0),
            PlacementForm.EMERGENCY_HOME: LineInput(placed=9),
        },
    ],
)
def test_no_hidden_count_of_an_exported_row_can_be_worked_out(services, tmp_path, lines):
    assert _export_and_attack(services, tmp_path, [ReportInput(MJOLBY, "2025", lines)]) == {}


def _random_report(rng: random.Random, period: str) -> ReportInput:
    lines = {}
    for form in (
        PlacementForm.EMERGENCY_HOME,
        PlacementForm.FAMILY_HOME,
        PlacementForm.HVB,
        PlacementForm.SUPPORTED_HOUSING,
        PlacementForm.SIS,
        PlacementForm.OTHER,
    ):
        if rng.random() < 0.25:
            continue
        placed = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 9, 12, 18])
        own = rng.randint(0, placed)
        lines[form] = LineInput(
            placed=placed, own=own, bought=placed - own, waiting=rng.choice([None, 0, 1, 3, 6])
        )
    family = lines.get(PlacementForm.FAMILY_HOME)
    if family is not None:  # the kinds within the family homes, own and bought places too
        own_left, bought_left = family.own, family.bought
        for kind in KINDS:
            own, bought = rng.randint(0, own_left), rng.randint(0, bought_left)
            own_left, bought_left = own_left - own, bought_left - bought
            lines[kind] = LineInput(placed=own + bought, own=own, bought=bought)
    return ReportInput(MJOLBY, period, lines)


def test_no_hidden_count_can_be_worked_out_in_many_made_up_reports(services, tmp_path):
    """25 reports of small, made-up counts (seeded): the reader gives none away."""
    rng = random.Random(17)
    reports = [_random_report(rng, str(2000 + i)) for i in range(25)]
    assert _export_and_attack(services, tmp_path, reports) == {}


def test_the_quarterly_reports_cells_keep_the_of_which_groups():
    """The report's section protects with the same rule: every sum and "of which" group safe."""
    rng = random.Random(4)
    for _ in range(20):
        data = _random_report(rng, "2025")
        values = {(f, m): data.line(f).get(m) for f in PlacementForm for m in Measure}
        for m in Measure:
            values[("total", m)] = data.total(m)
        sums = report_groups(lambda f, m: (f, m), lambda m: ("total", m))
        of_which = report_varav(lambda f, m: (f, m))
        hidden = protect(values, sums, of_which)
        cells = {k: hidden.get(k) or ("" if v is None else str(v)) for k, v in values.items()}
        additive = [
            (t, ps)
            for t, ps in sums
            if values[t] is not None and sum(values[p] or 0 for p in ps) == values[t]
        ]
        assert given_away(cells, additive, of_which) == []


def test_a_chart_of_hidden_counts_has_whole_number_ticks(services, tmp_path):
    """Every bar hidden ("<5", ".."): the quarterly report's chart axis counts 0-5, not 0 0 0."""
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
                PlacementForm.FAMILY_HOME: LineInput(placed=6, own=6, bought=0),
                PlacementForm.NETWORK_HOME: LineInput(placed=1, own=1, bought=0),
                PlacementForm.HVB: LineInput(placed=6, own=1, bought=5, waiting=3),
            },
        )
    )
    out = services.reports.write_pdf(date(2026, 1, 1), date(2026, 3, 31), tmp_path / "r.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    chart = text[text.rindex("Vårdplatser för samhällsplacerade barn") :].split("Placeringsform")[0]
    lines = chart.splitlines()
    ticks = lines[lines.index("Jourhem") + 1 : lines.index("Placerade barn")]
    assert ticks == ["0", "1", "2", "3", "4", "5"]


def test_programme_sums_read_with_the_rows_sums_give_no_count_away(services, tmp_path):
    """Leak 1: each programme sum was checked on its own column only. Two municipalities' HVB:
    10 = 4 + 6 and 8 = 3 + 5 (own "<5", bought ".." in the export); the report's sums own 7 and
    bought 11 each leave several fillings, but together with the rows (a + x = 10, b + y = 8) only
    4, 6, 3, 5 fits (a = 3 would make y = 4, which would print "<5"). The reader searches every
    whole-number filling of the export's rows and the printed programme sums together."""
    from datetime import date

    from tests.factories import municipality_id

    hvb = PlacementForm.HVB
    reports = {"0586": (10, 4, 6), "0580": (8, 3, 5)}
    for code, (placed, own, bought) in reports.items():
        services.municipalities.update(
            municipality_id(services, code), expected_version=None, in_programme=True, notes=""
        )
        org = municipality_organisation_uuid(code)
        lines = {hvb: LineInput(placed=placed, own=own, bought=bought)}
        services.care_places.save(ReportInput(org, "2025", lines))
    out = tmp_path / "placeringar.csv"
    services.care_places.export(out)
    header, rows = _csv_rows(out)
    withheld = services.care_places.summary_at(date(2026, 3, 31)).withheld["2025"]
    label = hvb.label()
    columns = {
        label: (hvb, Measure.PLACED),
        f"{label}: egen regi": (hvb, Measure.OWN),
        f"{label}: köpta platser": (hvb, Measure.BOUGHT),
    }
    cells: dict[object, str] = {}
    sums: list[tuple[object, list[object]]] = []
    for i, row in enumerate(rows):
        printed = dict(zip(header, row, strict=True))
        for name in columns:
            cells[(i, name)] = printed[name]
        sums.append(((i, label), [(i, f"{label}: egen regi"), (i, f"{label}: köpta platser")]))
    for name, key in columns.items():
        total = sum(r[("placed", "own", "bought").index(key[1].value)] for r in reports.values())
        if key in withheld:
            continue  # printed "..": the reader learns nothing from it
        cells[("sum", name)] = "<5" if 0 < total < 5 else str(total)
        sums.append((("sum", name), [(i, name) for i in range(len(rows))]))
    assert given_away(cells, sums, []) == [], (cells, sorted(map(str, withheld)))
