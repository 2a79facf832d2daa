"""Municipality facts for choosing the programme: population (folkmängd, from SCB) and SKR's
municipality group (kommungruppsindelning), imported from the files SCB and SKR publish, and
the programme's spread by group, county and size next to the whole country's.

The app ships no numbers: the user downloads the files and imports them here, with a preview of
what each row will do (as for participants; the same tabular reader: CSV in any encoding and
separator, or XLSX). The readers accept the published layouts loosely: title lines above the
header row are skipped; the municipality may be a code column ("0114", 114) or a "region"
column ("0114 Upplands Väsby", SCB's Statistikdatabasen); the population column may be called
"Folkmängd", "Befolkning", "Invånare" or be a year ("2024"); the group "B4",
"B4. Pendlingskommun nära större stad" or "Pendlingskommun nära större stad (B4)".
"""

from __future__ import annotations

import enum
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from sqlalchemy import select

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.municipality import County, Municipality
from samordnare_desktop.i18n import translate
from samordnare_desktop.services import tabular

# Population size bands of the spread (inhabitants, lower bound inclusive).
SIZE_BANDS = (0, 10_000, 25_000, 50_000, 100_000, 200_000)
# No municipality has more inhabitants than the country; anything above is a wrong column or a
# typo (and a number past SQLite's 64 bits would not even fit the column).
MAX_POPULATION = 11_000_000


class FactAction(enum.StrEnum):
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"

    def label(self) -> str:
        return {
            FactAction.UPDATE: translate("municipality_facts", "Update"),
            FactAction.UNCHANGED: translate("municipality_facts", "Unchanged"),
            FactAction.SKIP: translate("municipality_facts", "Skip"),
        }[self]


@dataclass(frozen=True)
class FactRow:
    line: int
    action: FactAction
    code: str
    name: str
    population: int | None
    group: str
    group_name: str
    detail: str


@dataclass(frozen=True)
class FactsPlan:
    file_name: str
    kind: str  # "population", "group" or "both": what the file holds
    year: int | None
    rows: tuple[FactRow, ...]
    years: tuple[int, ...] = ()  # the years the file has a population column for (SCB: several)

    def count(self, action: FactAction) -> int:
        return sum(1 for r in self.rows if r.action is action)


@dataclass(frozen=True)
class SpreadLine:
    label: str
    programme: int
    country: int


@dataclass(frozen=True)
class Spread:
    """How the programme's municipalities spread over groups, counties and sizes, beside the
    country's 290; ``unknown`` lines count municipalities without imported facts."""

    programme_total: int
    country_total: int
    by_group: tuple[SpreadLine, ...]
    by_county: tuple[SpreadLine, ...]
    by_size: tuple[SpreadLine, ...]
    has_population: bool
    has_groups: bool


_CODE_KEYS = {"kommunkod", "kod", "knkod", "code", "kommunnummer", "kommunnr", "lankommunkod"}
_REGION_KEYS = {"region", "kommun", "kommunnamn", "municipality"}
_POPULATION_PREFIXES = ("folkmangd", "befolkning", "invanare", "antalinvanare", "population")
_GROUP_PREFIXES = ("kommungrupp", "municipalitygroup", "skrkommungrupp", "grupp")
_GROUP_NAME_KEYS = {"kommungruppsnamn", "benamning", "gruppnamn", "kommungruppnamn"}
_YEAR = re.compile(r"(19|20)\d{2}")
_GROUP_CODE = re.compile(r"(?<![^\W_])([ABCabc])\s*([0-9])(?![^\W_])")
# SKR's kommungruppsindelning (2017-): nine groups, three in each main group.
SKR_GROUPS = ("A1", "A2", "A3", "B4", "B5", "B6", "C7", "C8", "C9")
_INTEGRAL = re.compile(r"(\d+)[.,]0+")  # "27512.0": an integral number written as a float
_CODE_IN_TEXT = re.compile(r"^\s*(\d{4})\b")


@dataclass(frozen=True)
class _Columns:
    code: int | None
    region: int | None
    population: int | None
    group: int | None
    group_name: int | None
    year: int | None
    years: tuple[tuple[int, int], ...] = ()  # (column, year) of every year-named population column


def _columns(headers: list[str], wanted_year: int | None = None) -> _Columns:
    """The columns; of several population columns (SCB's "2022;2023;2024"), the one of
    ``wanted_year``, else the latest year's."""
    code = region = population = group = group_name = year = None
    years: list[tuple[int, int]] = []
    for index, header in enumerate(headers):
        key = tabular.header_key(header)
        if not key:
            continue
        if key in _CODE_KEYS and code is None:
            code = index
        elif key in _GROUP_NAME_KEYS and group_name is None:
            group_name = index
        elif key.startswith(_GROUP_PREFIXES) and group is None:
            group = index
        elif key.startswith(_POPULATION_PREFIXES) or (_YEAR.fullmatch(key) is not None):
            found = _YEAR.search(header)
            if found:
                years.append((index, int(found.group(0))))
            if population is None:
                population = index
                year = int(found.group(0)) if found else None
        elif key in _REGION_KEYS and region is None:
            region = index
    if len(years) > 1 or (years and wanted_year is not None):
        chosen = [c for c in years if c[1] == wanted_year] if wanted_year is not None else []
        if chosen or wanted_year is None:
            population, year = chosen[0] if chosen else max(years, key=lambda c: c[1])
        elif len(years) > 1:
            raise UserError(
                translate(
                    "municipality_facts",
                    "The file has population columns for {years}, not for {year}.",
                ).format(years=", ".join(str(y) for _i, y in years), year=wanted_year)
            )
    return _Columns(code, region, population, group, group_name, year, tuple(years))


def _is_header(headers: list[str]) -> bool:
    """A header row names a municipality column and a fact column."""
    columns = _columns(headers)
    return (columns.code is not None or columns.region is not None) and (
        columns.population is not None or columns.group is not None
    )


def _code_of(value: object) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)) and float(value).is_integer() and 0 < value < 10_000:
        return f"{int(value):04d}"
    text = tabular.cell_text(value)
    # isdecimal, not isdigit: "①" and "²" are digits to isdigit but int() refuses them; decimal
    # digits of any script (full-width "０１１４") are turned into ASCII by int().
    if text.isdecimal() and 1 <= len(text) <= 4:
        return f"{int(text):04d}"
    found = _CODE_IN_TEXT.match(text)
    return f"{int(found.group(1)):04d}" if found else ""


def _shown(value: object) -> str:
    """A cell in a message, short even for a number of thousands of digits."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return f"{float(value):.3g}" if abs(value) < 10**300 else "10^300+"
    return tabular.excerpt(value, chars=20)


def _population_of(value: object) -> tuple[int | None, str]:
    """The population in a cell, or None and why not (a short reason for the preview)."""
    if isinstance(value, bool) or value is None:
        return None, translate("municipality_facts", "No population number.")
    not_a_number = translate("municipality_facts", "The population {value} is not a number.")
    too_large = translate(
        "municipality_facts", "The population {value} is more than Sweden's; check the column."
    )
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer() or value < 0:
            return None, not_a_number.format(value=_shown(value))
        if value > MAX_POPULATION:
            return None, too_large.format(value=_shown(value))
        value = int(value)
        if value == 0:
            return None, translate(
                "municipality_facts", "A population of 0 is not a municipality's."
            )
        return value, ""
    if isinstance(value, int):
        number = value
    else:
        text = re.sub(r"[\s\u00a0\u202f]", "", tabular.cell_text(value))
        if not text:
            return None, translate("municipality_facts", "No population number.")
        integral = _INTEGRAL.fullmatch(text)
        if integral and integral.group(1).isdecimal():  # "27512.0", as XLSX's 27512.0
            text = integral.group(1)
        # isdecimal, not isdigit: "①" or "²³" are digits to isdigit but int() refuses them.
        if not text.isdecimal():
            return None, not_a_number.format(value=_shown(value))
        if len(text) > len(str(MAX_POPULATION)):  # before int(): 5,000 digits raise there
            return None, too_large.format(value=_shown(text))
        number = int(text)
    if number < 0:
        return None, not_a_number.format(value=_shown(value))
    if number > MAX_POPULATION:
        return None, too_large.format(value=_shown(value))
    if number == 0:
        return None, translate("municipality_facts", "A population of 0 is not a municipality's.")
    return number, ""


def _group_of(value: object, name_cell: object) -> tuple[str, str]:
    """SKR's group in a cell ("B4", "b4", "C 9", "B4. Pendlingskommun ..."), or ``("", why)``
    for one SKR does not have (A7, D1), two groups in one cell, or a formula."""
    text = tabular.cell_text(value)
    if not text:
        return "", ""
    not_skr = translate(
        "municipality_facts",
        "{value} is not one of SKR's nine municipality groups (A1–A3, B4–B6, C7–C9).",
    ).format(value=tabular.excerpt(text, chars=40))
    if text.lstrip().startswith(("=", "@", "+", "-")):
        return "", not_skr
    found_all = list(_GROUP_CODE.finditer(text))
    if len(found_all) != 1:
        return "", not_skr
    found = found_all[0]
    code = f"{found.group(1).upper()}{found.group(2)}"
    if code not in SKR_GROUPS:
        return "", not_skr
    name = tabular.cell_text(name_cell) if name_cell is not None else ""
    if not name:
        name = (text[: found.start()] + text[found.end() :]).strip(" .:-–()\t")
    return code, name[:100]


def _skipped(
    line: int,
    code: str,
    name: str,
    population: int | None,
    group: str,
    group_name: str,
    detail: str,
) -> FactRow:
    return FactRow(line, FactAction.SKIP, code, name, population, group, group_name, detail)


class MunicipalityFactsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(
        self, path: Path, *, sheet: str | None = None, year: int | None = None
    ) -> FactsPlan:
        """What importing ``path`` would do, row by row; nothing is written."""
        with self.db.read() as s:
            return self._plan(s, Path(path), sheet, year)

    def apply(self, path: Path, *, sheet: str | None = None, year: int | None = None) -> FactsPlan:
        """Import ``path`` (read and planned again): every row marked "update" is saved."""
        return self.apply_plan(self.preview(path, sheet=sheet, year=year))

    def apply_plan(self, plan: FactsPlan) -> FactsPlan:
        """Save exactly the rows of a preview the user confirmed, in one transaction (the file
        is not read again: what was shown is what is saved)."""
        with self.db.write() as s:
            by_code = {m.code: m for m in s.scalars(select(Municipality))}
            for row in plan.rows:
                if row.action is not FactAction.UPDATE or row.code not in by_code:
                    continue
                m = by_code[row.code]
                if row.population is not None:
                    m.population = row.population
                    m.population_year = plan.year
                if row.group:
                    m.municipality_group = row.group
                    m.municipality_group_name = row.group_name
        return plan

    def _plan(self, s, path: Path, sheet: str | None, year: int | None) -> FactsPlan:
        table = tabular.read_table(path, sheet=sheet, is_header=_is_header)
        if not _is_header(table.headers):
            raise UserError(
                translate(
                    "municipality_facts",
                    "The file has no column with the municipality (Kommunkod, Kod or Region) "
                    "beside a column with the population (Folkmängd) or the municipality group "
                    "(Kommungrupp).",
                )
            )
        if year is not None and not 1900 <= year <= 2100:
            raise UserError(
                translate(
                    "municipality_facts", "The year {year} is not a year of the statistics."
                ).format(year=_shown(year))
            )
        columns, rows, lines = _columns(table.headers, year), table.rows, table.line_numbers
        # several year columns: the one chosen (or the latest); one column: the year given wins
        year = columns.year if len(columns.years) > 1 else (year or columns.year)
        known = {m.code: m for m in s.scalars(select(Municipality))}
        kind = (
            "both"
            if columns.population is not None and columns.group is not None
            else "population"
            if columns.population is not None
            else "group"
        )
        found: list[FactRow] = []
        seen: dict[str, int] = {}
        for line, cells in zip(lines, rows, strict=True):
            code = ""
            if columns.code is not None:
                code = _code_of(cells[columns.code])
            if not code and columns.region is not None:
                code = _code_of(cells[columns.region])
            population, population_problem = (
                _population_of(cells[columns.population])
                if columns.population is not None
                else (None, "")
            )
            group, group_name = group_problem = (
                _group_of(
                    cells[columns.group],
                    cells[columns.group_name] if columns.group_name is not None else None,
                )
                if columns.group is not None
                else ("", "")
            )
            if not group:
                group_name = ""
            municipality = known.get(code)
            name = municipality.name if municipality else ""

            skip = partial(_skipped, line, code, name, population, group, group_name)

            if municipality is None:
                raw = tabular.cell_text(
                    cells[columns.code if columns.code is not None else columns.region]
                )
                found.append(
                    skip(
                        translate(
                            "municipality_facts", "Not one of the 290 municipalities ({value})."
                        ).format(value=raw[:40] or "–")
                    )
                )
                continue
            if code in seen:
                found.append(
                    skip(
                        translate(
                            "municipality_facts", "The same municipality as row {line}."
                        ).format(line=seen[code])
                    )
                )
                continue
            seen[code] = line
            if columns.population is not None and population is None:
                found.append(skip(population_problem))
                continue
            if not group and group_problem[1]:  # a group cell SKR does not have: said, not dropped
                found.append(skip(group_problem[1]))
                continue
            if columns.group is not None and not group and columns.population is None:
                found.append(
                    skip(translate("municipality_facts", "No municipality group (A1–C9)."))
                )
                continue
            same = (
                population is None
                or (municipality.population == population and municipality.population_year == year)
            ) and (not group or (municipality.municipality_group == group))
            if same:
                found.append(
                    FactRow(
                        line, FactAction.UNCHANGED, code, name, population, group, group_name, ""
                    )
                )
                continue
            detail = []
            if population is not None:
                detail.append(
                    translate("municipality_facts", "population {old} → {new}").format(
                        old=municipality.population if municipality.population is not None else "–",
                        new=population,
                    )
                )
            if group:
                detail.append(
                    translate("municipality_facts", "group {old} → {new}").format(
                        old=municipality.municipality_group or "–", new=group
                    )
                )
            found.append(
                FactRow(
                    line,
                    FactAction.UPDATE,
                    code,
                    name,
                    population,
                    group,
                    group_name,
                    "; ".join(detail),
                )
            )
        return FactsPlan(
            path.name, kind, year, tuple(found), tuple(sorted({y for _i, y in columns.years}))
        )

    def spread(self) -> Spread:
        """The programme beside the country: by SKR group, by county, by size."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Municipality.in_programme,
                    Municipality.municipality_group,
                    Municipality.municipality_group_name,
                    County.name,
                    County.code,
                    Municipality.population,
                ).join(County, Municipality.county_id == County.id)
            ).all()
        unknown = translate("municipality_facts", "Not imported")
        groups: dict[str, str] = {}
        prog_group: Counter[str] = Counter()
        all_group: Counter[str] = Counter()
        prog_county: Counter[tuple[str, str]] = Counter()
        all_county: Counter[tuple[str, str]] = Counter()
        prog_size: Counter[int] = Counter()
        all_size: Counter[int] = Counter()
        for in_programme, group, group_name, county, county_code, population in rows:
            key = group or ""
            if group and group_name:
                groups.setdefault(group, group_name)
            band = (
                -1
                if population is None
                else max(i for i, low in enumerate(SIZE_BANDS) if population >= low)
            )
            all_group[key] += 1
            all_county[(county_code, county)] += 1
            all_size[band] += 1
            if in_programme:
                prog_group[key] += 1
                prog_county[(county_code, county)] += 1
                prog_size[band] += 1

        def group_label(code: str) -> str:
            if not code:
                return unknown
            return f"{code} {groups[code]}" if code in groups else code

        def size_label(band: int) -> str:
            if band < 0:
                return unknown
            low = SIZE_BANDS[band]
            if band + 1 < len(SIZE_BANDS):
                return translate("municipality_facts", "{low}–{high} inhabitants").format(
                    low=f"{low:,}".replace(",", " "),
                    high=f"{SIZE_BANDS[band + 1] - 1:,}".replace(",", " "),
                )
            return translate("municipality_facts", "{low} inhabitants or more").format(
                low=f"{low:,}".replace(",", " ")
            )

        return Spread(
            programme_total=sum(prog_county.values()),
            country_total=len(rows),
            by_group=tuple(
                SpreadLine(group_label(k), prog_group[k], all_group[k])
                for k in sorted(all_group, key=lambda k: (not k, k))
            ),
            by_county=tuple(
                SpreadLine(name, prog_county[(code, name)], n)
                for (code, name), n in sorted(all_county.items())
            ),
            by_size=tuple(
                SpreadLine(size_label(b), prog_size[b], all_size[b])
                for b in sorted(all_size, key=lambda b: (b < 0, b))
            ),
            has_population=any(r[5] is not None for r in rows),
            has_groups=any(r[1] for r in rows),
        )


__all__ = [
    "FactAction",
    "FactRow",
    "FactsPlan",
    "MunicipalityFactsService",
    "Spread",
    "SpreadLine",
]
