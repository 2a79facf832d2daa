"""Read a municipality's time-study spreadsheet: preview first, refuse anything doubtful.

Two layouts are understood (CSV or XLSX, headers in the first row, Swedish or English):

- wide: one row per respondent, a column per category (role and days columns beside);
- long: one row per respondent and category (respondent, role, days, category, minutes).

Nothing is guessed silently: an unknown column, role, category or a non-numeric value refuses
the whole file with the row and column named. ``preview`` writes nothing; ``StudyInput`` with
the previewed respondents is then saved through ``TimeStudyService.create``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.time_study import CategoryRow, RespondentInput, RespondentRole
from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.tabular import cell_text, header_key, map_headers, read_table

MAX_ROWS = 50_000

RESPONDENT_HEADERS = {"respondent", "respondentnr", "nr", "id", "person", "svarande", "namn"}
ROLE_HEADERS = {"roll", "role", "befattning", "yrkesroll", "funktion"}
DAYS_HEADERS = {"dagar", "antal dagar", "days", "mätdagar", "dagar mätta", "days measured"}
CATEGORY_HEADERS = {"kategori", "category", "aktivitet", "tidskategori"}
MINUTES_HEADERS = {"minuter", "minutes", "tid (min)", "min", "tid"}
TOTAL_HEADERS = {"summa", "totalt", "total", "sum"}
HEADER_ALIASES = {
    "respondent": RESPONDENT_HEADERS,
    "role": ROLE_HEADERS,
    "days": DAYS_HEADERS,
    "category": CATEGORY_HEADERS,
    "minutes": MINUTES_HEADERS,
}

ROLE_WORDS: tuple[tuple[RespondentRole, tuple[str, ...]], ...] = (
    (RespondentRole.MANAGER, ("enhetschef", "chef", "manager", "unit manager", "arbetsledare")),
    (
        RespondentRole.INVESTIGATOR,
        (
            "utredande socialsekreterare",
            "utredande",
            "utredare",
            "investigator",
            "investigating social worker",
        ),
    ),
    (
        RespondentRole.SOCIAL_WORKER,
        (
            "övrig socialsekreterare",
            "annan socialsekreterare",
            "socialsekreterare",
            "other social worker",
            "social worker",
            "behandlare",
            "familjebehandlare",
        ),
    ),
)


@dataclass(frozen=True)
class ImportPreview:
    layout: str  # "wide" or "long"
    respondents: tuple[RespondentInput, ...]
    categories: tuple[CategoryRow, ...]
    rows_read: int
    ignored_columns: tuple[str, ...]

    def total(self, category_id: uuid.UUID) -> int:
        return sum(r.minutes.get(category_id, 0) for r in self.respondents)

    def count(self, role: RespondentRole) -> int:
        return sum(1 for r in self.respondents if r.role is role)


def _refuse(text: str, **values: object) -> UserError:
    """``text`` comes translated, placeholders still open: ``_refuse(translate(ctx, "{n}"), n=1)``.

    A value quoted from the file is cut to a readable length (a cell may hold 100,000 characters).
    """
    return UserError(text.format(**{k: _quoted(v) for k, v in values.items()}))


def _quoted(value: object, limit: int = 60) -> object:
    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "\u2026"
    return value


def _key(text: object) -> str:
    return match_key(str(text or "")).strip(" :.")


# --- reading the file -----------------------------------------------------------------------------
SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")


def read_rows(path: Path) -> tuple[list[list[str]], list[int]]:
    """The header row and the data rows of a CSV or XLSX file as text, with each data row's line
    number in the file (reading, encodings and separators: ``services.tabular``)."""

    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise _refuse(
            translate(
                "time_study_import", "Only CSV and XLSX files can be imported (not {suffix})."
            ),
            suffix=path.suffix or "?",
        )
    table = read_table(path)
    if len(table.rows) > MAX_ROWS:
        raise _refuse(
            translate("time_study_import", "The file has more than {n} rows."), n=MAX_ROWS
        )
    rows = [list(table.headers)] + [[cell_text(c) for c in row] for row in table.rows]
    return rows, list(table.line_numbers)


# --- interpreting it -------------------------------------------------------------------------------
def _role(value: str, row: int) -> RespondentRole:
    key = _key(value)
    for role in RespondentRole:
        if key in (role.value, _key(role.label())):
            return role
    for role, words in ROLE_WORDS:
        if key in words:
            return role
    for role, words in ROLE_WORDS:  # "Utredande socialsekreterare barn" and the like
        if any(key.startswith(word) for word in words):
            return role
    raise _refuse(
        translate(
            "time_study_import",
            "Row {row}: unknown role “{value}” (expected investigating social worker, other "
            "social worker or unit manager).",
        ),
        row=row,
        value=value,
    )


def _number(value: str, row: int, column: str, *, whole: bool) -> float:
    text = re.sub(r"[\s\u00a0]", "", str(value)).replace(",", ".")
    if text == "":
        return 0
    try:
        number = float(text)
    except ValueError:
        raise _refuse(
            translate(
                "time_study_import", "Row {row}, column “{column}”: “{value}” is not a number."
            ),
            row=row,
            column=column,
            value=value,
        ) from None
    if number < 0 or (whole and not number.is_integer()):
        raise _refuse(
            translate(
                "time_study_import",
                "Row {row}, column “{column}”: {value} must be a whole number, 0 or more.",
            ),
            row=row,
            column=column,
            value=value,
        )
    return number


def _category_lookup(categories: Sequence[CategoryRow]) -> dict[str, CategoryRow]:
    lookup = {}
    for c in categories:
        lookup[_key(c.name)] = c
        if c.key:
            lookup[_key(c.key)] = c
        short = _key(c.name.split("(")[0])  # "Indirekt tid" for "Indirekt tid (dokumentation, …)"
        lookup.setdefault(short, c)
    return lookup


def preview(path: Path, categories: Sequence[CategoryRow]) -> ImportPreview:
    """Read and check ``path``; raises ``UserError`` naming the first problem. Writes nothing."""
    rows, numbers = read_rows(path)
    if len(rows) < 2:
        raise _refuse(translate("time_study_import", "The file has no rows below its header row."))
    return interpret(rows, categories, numbers)


def interpret(
    rows: list[list[str]], categories: Sequence[CategoryRow], numbers: list[int] | None = None
) -> ImportPreview:
    """``rows[0]`` is the header; ``numbers[i]`` the file's line number of ``rows[i + 1]``."""
    numbers = numbers or list(range(2, len(rows) + 1))
    header_texts = [str(h).strip() for h in rows[0]]
    headers = [_key(h) for h in header_texts]
    columns = map_headers(header_texts, HEADER_ALIASES)
    if "role" not in columns:
        raise _refuse(translate("time_study_import", "The file has no role column (“Roll”)."))
    if "category" in columns:
        return _long(rows, numbers, headers, header_texts, categories, columns)
    return _wide(rows, numbers, headers, header_texts, categories, columns)


def _wide(rows, numbers, headers, header_texts, categories, columns) -> ImportPreview:
    lookup = _category_lookup(categories)
    totals = {header_key(name) for name in TOTAL_HEADERS}
    role_col = columns["role"]
    respondent_col = columns.get("respondent")
    days_col = columns.get("days")
    if days_col is None:
        raise _refuse(
            translate(
                "time_study_import", "The file has no column with the days measured (“Dagar”)."
            )
        )
    category_cols: dict[int, CategoryRow] = {}
    ignored = []
    unknown = []
    for index, header in enumerate(headers):
        if index in (role_col, respondent_col, days_col) or not header:
            continue
        if header_key(header_texts[index]) in totals:
            ignored.append(header_texts[index])
            continue
        category = lookup.get(header)
        if category is None:
            unknown.append(header_texts[index])
        elif category in category_cols.values():
            raise _refuse(
                translate("time_study_import", "Two columns are the category “{name}”."),
                name=category.name,
            )
        else:
            category_cols[index] = category
    if unknown:
        raise _refuse(
            translate(
                "time_study_import",
                "Unknown columns: {columns}. Name them like the categories (e.g. “{example}”) or "
                "add the category first.",
            ),
            columns=", ".join(f"“{u}”" for u in unknown),
            example=categories[0].name if categories else "",
        )
    if not category_cols:
        raise _refuse(translate("time_study_import", "The file has no category columns."))
    respondents = []
    for count, (number, row) in enumerate(zip(numbers, rows[1:], strict=True), start=1):
        cells = list(row) + [""] * (len(headers) - len(row))
        role = _role(cells[role_col], number)
        days = _number(cells[days_col], number, header_texts[days_col], whole=False)
        minutes = {}
        for index, category in category_cols.items():
            value = int(_number(cells[index], number, header_texts[index], whole=True))
            if value:
                minutes[category.id] = value
        label = str(cells[respondent_col]).strip() if respondent_col is not None else ""
        respondents.append(RespondentInput(role, days, minutes, label or str(count)))
    return ImportPreview(
        "wide", tuple(respondents), tuple(categories), len(rows) - 1, tuple(ignored)
    )


def _long(rows, numbers, headers, header_texts, categories, columns) -> ImportPreview:
    lookup = _category_lookup(categories)
    role_col = columns["role"]
    respondent_col = columns.get("respondent")
    days_col = columns.get("days")
    category_col = columns["category"]
    minutes_col = columns.get("minutes")
    if respondent_col is None:
        raise _refuse(
            translate(
                "time_study_import", "With one row per category the file needs a respondent column."
            )
        )
    if minutes_col is None:
        raise _refuse(translate("time_study_import", "The file has no minutes column (“Minuter”)."))
    if days_col is None:
        raise _refuse(
            translate(
                "time_study_import", "The file has no column with the days measured (“Dagar”)."
            )
        )
    people: dict[str, dict] = {}
    for number, row in zip(numbers, rows[1:], strict=True):
        cells = list(row) + [""] * (len(headers) - len(row))
        who = str(cells[respondent_col]).strip()
        if not who:
            raise _refuse(
                translate("time_study_import", "Row {row}: the respondent is missing."), row=number
            )
        role = _role(cells[role_col], number)
        days = _number(cells[days_col], number, header_texts[days_col], whole=False)
        name = str(cells[category_col]).strip()
        category = lookup.get(_key(name))
        if category is None:
            raise _refuse(
                translate("time_study_import", "Row {row}: unknown category “{name}”."),
                row=number,
                name=name,
            )
        value = int(_number(cells[minutes_col], number, header_texts[minutes_col], whole=True))
        person = people.setdefault(who, {"role": role, "days": days, "minutes": {}})
        if person["role"] is not role or person["days"] != days:
            raise _refuse(
                translate(
                    "time_study_import",
                    "Row {row}: respondent “{who}” has another role or number of days than on an "
                    "earlier row.",
                ),
                row=number,
                who=who,
            )
        if category.id in person["minutes"]:
            raise _refuse(
                translate(
                    "time_study_import",
                    "Row {row}: respondent “{who}” has the category “{name}” twice.",
                ),
                row=number,
                who=who,
                name=category.name,
            )
        person["minutes"][category.id] = value
    respondents = tuple(
        RespondentInput(p["role"], p["days"], {k: v for k, v in p["minutes"].items() if v}, who)
        for who, p in people.items()
    )
    return ImportPreview("long", respondents, tuple(categories), len(rows) - 1, ())
