"""Use cases of the care-places area (issue #17): enter and import counts of placed children per
municipality (region, SiS home) and period, compare one municipality with the programme (median
and distribution), places against needs per form, the Översikt tile, exports with small numbers
hidden, and focus groups (target groups) on meetings and figures.

Counts only: no child is identified anywhere here. The import reads what municipalities and
Socialstyrelsen tabulate (one row per municipality, a column per form), through the same reader
as the participant import (encodings, separators, XLSX) and a preview; a row with a problem is
named with every problem it has, and nothing is saved while any row has one.
"""

from __future__ import annotations

import contextlib
import enum
import re
import statistics
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from sqlalchemy import String, and_, bindparam, case, delete, func, insert, select, type_coerce
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.care_places import (
    MAIN_FORMS,
    NEED_MEASURES,
    SMALL,
    CareLine,
    CareReport,
    CareReportFocusGroup,
    FocusGroup,
    FocusGroupKey,
    LineInput,
    Measure,
    PlacementForm,
    ReportInput,
    Total,
    VisitFocusGroup,
    check_report,
    count_value,
    parse_period,
    protect,
    readable_groups,
    recoverable,
    report_groups,
    report_varav,
    small_count,
    validate_report,
)
from samordnare_desktop.domain.errors import (
    NotFoundError,
    UserError,
    ValidationError,
    ensure_version,
)
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.organisation import Organisation, OrganisationKind
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.i18n import translate
from samordnare_desktop.services import tabular

_MEASURE_COLUMNS = (
    CareLine.placed,
    CareLine.own,
    CareLine.bought,
    CareLine.waiting,
    CareLine.mismatched,
    CareLine.far_away,
)  # in the order of Measure
REPORTING_KINDS = (
    OrganisationKind.MUNICIPALITY,
    OrganisationKind.REGION,
    OrganisationKind.SIS_HOME,
)


# --- rows ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CareReportRow:
    id: uuid.UUID
    version: int
    organisation_id: uuid.UUID
    organisation_name: str
    organisation_kind: OrganisationKind
    municipality_code: str
    in_programme: bool
    period: str
    lines: dict[PlacementForm, LineInput]
    breakdowns: int | None
    emergency_placements: int | None
    cost_ksek: int | None
    focus_group_ids: tuple[uuid.UUID, ...] = ()
    focus_group_names: tuple[str, ...] = ()

    def line(self, form: PlacementForm) -> LineInput:
        return self.lines.get(form) or LineInput()

    def value(self, form: PlacementForm, measure: Measure) -> int | None:
        return self.line(form).get(measure)

    def total(self, measure: Measure = Measure.PLACED) -> int | None:
        return self.to_input().total(measure)

    def needs(self) -> int | None:
        given = [self.to_input().total(m) for m in NEED_MEASURES]
        given = [g for g in given if g is not None]
        return sum(given) if given else None

    def to_input(self) -> ReportInput:
        return ReportInput(
            organisation_id=self.organisation_id,
            period=self.period,
            lines=dict(self.lines),
            breakdowns=self.breakdowns,
            emergency_placements=self.emergency_placements,
            cost_ksek=self.cost_ksek,
            focus_group_ids=self.focus_group_ids,
        )


class FiguresExist(ValidationError):
    """New figures for an organisation and period that already has figures (nothing saved);
    ``existing`` is what is saved, so the form can open it."""

    def __init__(self, existing: CareReportRow) -> None:
        super().__init__(
            "period",
            translate(
                "care_places",
                "{name} already has figures for {period}; nothing was saved. Open them to "
                "change them.",
            ).format(name=existing.organisation_name, period=existing.period),
        )
        self.existing = existing


class ChooseSheet(UserError):
    """Which sheet? The sheet read (``read``) has no figures and the workbook has others
    (``sheets``), or, with ``with_figures``, several sheets have figures and none was named."""

    def __init__(self, read: str, sheets: list[str], with_figures: list[str] | None = None) -> None:
        if with_figures:
            text = translate(
                "care_places",
                "Several sheets of the workbook have figures: {sheets}. Choose the one to import.",
            ).format(sheets=", ".join(f"“{n}”" for n in with_figures))
        else:
            text = translate(
                "care_places",
                "The sheet “{read}” has no column with the municipality beside columns per "
                "placement form. The workbook's sheets: {sheets}. Choose the one with the figures.",
            ).format(read=read, sheets=", ".join(f"“{n}”" for n in sheets))
        super().__init__(text)
        self.read = read
        self.sheets = sheets
        self.with_figures = with_figures or []


@dataclass(frozen=True)
class CareListRow:
    """One line of the list: totals over the main forms (``None`` where nothing was given)."""

    id: uuid.UUID
    organisation_id: uuid.UUID
    organisation_name: str
    municipality_code: str
    period: str
    placed: int | None
    bought: int | None
    needs: int | None
    breakdowns: int | None
    focus_group_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class FocusGroupRow:
    id: uuid.UUID
    version: int
    name: str
    key: str
    visits: int = 0
    reports: int = 0
    findings: int = 0

    @property
    def label(self) -> str:
        if self.key:
            try:
                return FocusGroupKey(self.key).label()
            except ValueError:
                pass
        return self.name


@dataclass(frozen=True)
class TaggedVisit:
    id: uuid.UUID
    day: str
    kind_label: str
    title: str
    place: str


@dataclass(frozen=True)
class FocusGroupItems:
    group: FocusGroupRow
    visits: tuple[TaggedVisit, ...]
    reports: tuple[CareReportRow, ...]
    findings: tuple[TaggedFinding, ...] = ()


@dataclass(frozen=True)
class TaggedFinding:
    """A finding about the group: its day, kind and the start of its text, children's names
    replaced by their pseudonyms (``services.findings.child_masker``)."""

    id: uuid.UUID
    day: str
    kind_label: str
    excerpt: str


@dataclass(frozen=True)
class Distribution:
    """One form and measure across the programme's municipalities for a period."""

    form: PlacementForm
    measure: Measure
    value: int | None  # the chosen municipality's
    values: tuple[int, ...]  # every programme municipality's that gave one, sorted
    median: float | None
    q1: float | None
    q3: float | None

    @property
    def count(self) -> int:
        return len(self.values)


@dataclass(frozen=True)
class ProgrammeSpread:
    """The programme's counts for one period: per (form, measure) the sorted values, median,
    first and third quartile."""

    period: str
    reporting: int
    values: dict[
        tuple[PlacementForm, Measure],
        tuple[tuple[int, ...], float | None, float | None, float | None],
    ]


@dataclass(frozen=True)
class Comparison:
    organisation_id: uuid.UUID
    organisation_name: str
    period: str
    rows: tuple[Distribution, ...]
    municipalities: int  # programme municipalities with a report for the period

    def of(self, form: PlacementForm, measure: Measure) -> Distribution:
        return next(d for d in self.rows if d.form is form and d.measure is measure)


@dataclass(frozen=True)
class FormBalance:
    """Places in use against needs not met, for one form, summed over the programme."""

    form: PlacementForm
    placed: int
    own: int
    bought: int
    waiting: int
    mismatched: int
    far_away: int
    reporting: int
    given: frozenset[Measure] = frozenset()  # measures at least one report gave

    @property
    def needs(self) -> int:
        return self.waiting + self.mismatched + self.far_away

    def shown(self, measure: Measure) -> int | None:
        """The sum, or ``None`` when no report gave the measure (printed "–", not 0)."""
        if measure not in self.given:
            return None
        return getattr(self, measure.value)

    @property
    def shown_needs(self) -> int | None:
        if not any(m in self.given for m in NEED_MEASURES):
            return None
        return self.needs


@dataclass(frozen=True)
class CareSummary:
    """The Översikt tile and the report section: one period across the programme."""

    period: str
    reporting: int
    programme: int
    placed: int
    own: int
    bought: int
    needs: int
    waiting: int
    breakdowns: int
    emergency_placements: int
    balance: tuple[FormBalance, ...]
    periods: tuple[str, ...]
    trend: tuple[tuple[str, int, int], ...]  # (period, placed, needs) per year/date
    # per period, the sums a document must not print as they are (see :func:`withheld_sums`)
    withheld: Mapping[str, frozenset] = field(default_factory=dict)


# --- import rows ---------------------------------------------------------------------------------


class ImportAction(enum.StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"
    ERROR = "error"

    def label(self) -> str:
        return {
            ImportAction.NEW: translate("care_places", "New"),
            ImportAction.UPDATE: translate("care_places", "Replace"),
            ImportAction.UNCHANGED: translate("care_places", "Unchanged"),
            ImportAction.SKIP: translate("care_places", "Skip"),
            ImportAction.ERROR: translate("care_places", "Error"),
        }[self]


@dataclass(frozen=True)
class CareImportRow:
    line: int
    action: ImportAction
    code: str
    name: str
    period: str
    data: ReportInput | None
    problems: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()  # "HVB: 7 → 10", per field that the import changes

    @property
    def detail(self) -> str:
        return " ".join(self.problems) if self.problems else "; ".join(self.changes)


@dataclass(frozen=True)
class CareImportPlan:
    file_name: str
    period: str
    rows: tuple[CareImportRow, ...]
    columns: tuple[str, ...]  # what was recognised, labelled
    ignored: tuple[str, ...]  # headers not understood

    def count(self, action: ImportAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def errors(self) -> tuple[CareImportRow, ...]:
        return tuple(r for r in self.rows if r.action is ImportAction.ERROR)

    def refusal(self) -> str:
        """The message when rows have errors: every row with its problems (up to 30)."""
        errors = self.errors
        lines = [
            translate(
                "care_places",
                "Nothing was imported: {n} rows have errors. Correct them in the file.",
            ).format(n=len(errors))
        ]
        for row in errors[:30]:
            lines.append(
                translate("care_places", "Row {line}: {problems}").format(
                    line=row.line, problems=row.detail
                )
            )
        if len(errors) > 30:
            lines.append(
                translate("care_places", "… and {n} more rows.").format(n=len(errors) - 30)
            )
        return "\n".join(lines)


# --- header aliases (compared by tabular.header_key: no case, spaces, punctuation, diacritics) --

FORM_ALIASES: dict[PlacementForm, tuple[str, ...]] = {
    PlacementForm.EMERGENCY_HOME: ("jourhem", "jourfamiljehem", "emergencyhome", "emergencyhomes"),
    PlacementForm.FAMILY_HOME: ("familjehem", "familyhome", "familyhomes", "fosterhome"),
    PlacementForm.NETWORK_HOME: (
        "slaktinghem",
        "natverkshem",
        "slaktingochnatverkshem",
        "slaktinghemnatverkshem",
        "slaktingnatverkshem",
        "networkhome",
        "kinshiphome",
        "kinshipornetworkhome",
    ),
    PlacementForm.REINFORCED_FAMILY_HOME: (
        "forstarktfamiljehem",
        "forstarkta",
        "konsulentstottfamiljehem",
        "reinforcedfamilyhome",
    ),
    PlacementForm.HVB: ("hvb", "hemforvardellerboende", "hvbhem"),
    PlacementForm.SUPPORTED_HOUSING: ("stodboende", "supportedhousing"),
    PlacementForm.SIS: (
        "sis",
        "sissarskiltungdomshem",
        "sarskiltungdomshem",
        "sarskildaungdomshem",
        "sisungdomshem",
        "sisyouthhome",
    ),
    PlacementForm.OTHER: ("ovrigt", "ovriga", "annat", "annanform", "ovrigplacering", "other"),
}
MEASURE_ALIASES: dict[Measure, tuple[str, ...]] = {
    Measure.PLACED: ("", "placerade", "antal", "antalplacerade", "placed", "alla", "totalt"),
    Measure.OWN: ("egenregi", "egen", "egna", "egnaplatser", "own", "ownplaces", "kommunal"),
    Measure.BOUGHT: (
        "kopt",
        "kopta",
        "koptaplatser",
        "koptplats",
        "extern",
        "externa",
        "bought",
        "purchased",
        "privat",
    ),
    Measure.WAITING: ("vantar", "vantande", "ko", "iko", "waiting", "vantarpaplats"),
    Measure.MISMATCHED: (
        "ejmatchad",
        "ejmatchat",
        "felform",
        "felplaceringsform",
        "annanform",
        "annanformanbehovet",
        "mismatched",
        "ejmatchatbehov",
    ),
    Measure.FAR_AWAY: (
        "langtbort",
        "langtfranhemmet",
        "langtfranhemorten",
        "utanforlanet",
        "farfromhome",
        "faraway",
    ),
}
TOTAL_ALIASES: dict[Total, tuple[str, ...]] = {
    Total.BREAKDOWNS: ("sammanbrott", "antalsammanbrott", "breakdowns", "oplaneradeavbrott"),
    Total.EMERGENCY_PLACEMENTS: (
        "akutaplaceringar",
        "akutplaceringar",
        "akuta",
        "akutplacerade",
        "emergencyplacements",
    ),
    Total.COST_KSEK: (
        "kostnad",
        "kostnadtkr",
        "kostnadtusenkr",
        "kostnadtusenkronor",
        "kostnadertkr",
        "kostnader",
        "costksek",
        "cost",
    ),
}
ALL_PLACED_ALIASES = (
    "totalt",
    "summa",
    "samtliga",
    "allaplacerade",
    "totaltplacerade",
    "summaplacerade",
    "total",
    "antalplaceradetotalt",
    "placeradetotalt",
)
CODE_ALIASES = {"kommunkod", "kod", "knkod", "code", "kommunnummer", "kommunnr", "lankommunkod"}
NAME_ALIASES = {"kommun", "kommunnamn", "municipality", "namn", "name", "region", "organisation"}
PERIOD_ALIASES = {"period", "ar", "year", "datum", "date", "matdatum", "tidpunkt"}
_NOISE_PREFIXES = ("antalplaceradei", "antalbarnii", "antalbarni", "placeradei", "antali", "varav")
_JOINERS = ("pa", "i", "till", "for", "")
_SUMMARY_ROWS = {"riket", "totalt", "summa", "samtliga", "allakommuner", "total", "sverige"}
_CODE_IN_TEXT = re.compile(r"^\s*(\d{4})\b")


def _strip_noise(key: str) -> str:
    for prefix in _NOISE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            return key[len(prefix) :]
    return key


_FORM_KEYS = sorted(
    ((alias, form) for form, aliases in FORM_ALIASES.items() for alias in aliases),
    key=lambda pair: -len(pair[0]),
)
_MEASURE_KEYS = {alias: m for m, aliases in MEASURE_ALIASES.items() for alias in aliases}


def _form_of(key: str) -> PlacementForm | None:
    for alias, form in _FORM_KEYS:
        if key == alias:
            return form
    return None


def header_meaning(header: str) -> tuple[PlacementForm, Measure] | Total | str | None:
    """What a column holds: ``(form, measure)``, a :class:`Total`, "all" (all placed), "code",
    "name", "period", or ``None`` when not understood."""
    key = tabular.header_key(header)
    if not key:
        return None
    own = _own_headers().get(key)  # the app's own export, read back as it was written
    if own is not None:
        return own
    if key in CODE_ALIASES:
        return "code"
    if key in NAME_ALIASES:
        return "name"
    if key in PERIOD_ALIASES:
        return "period"
    if key in ALL_PLACED_ALIASES:
        return "all"
    for total, aliases in TOTAL_ALIASES.items():
        if key in aliases:
            return total
    key = _strip_noise(key)
    # "Jourhem", "Jourhem egen regi", "HVB köpt", "Familjehem, varav släktinghem"
    for alias, form in _FORM_KEYS:
        if key.startswith(alias):
            rest = key[len(alias) :]
            if rest in _MEASURE_KEYS:
                return form, _MEASURE_KEYS[rest]
            inner = _strip_noise(rest)
            nested = _form_of(inner)
            if nested is not None and nested.parent is form:
                return nested, Measure.PLACED
    # "Köpta HVB", "Väntar på jourhem"
    for alias, measure in sorted(_MEASURE_KEYS.items(), key=lambda pair: -len(pair[0])):
        if alias and key.startswith(alias):
            rest = key[len(alias) :]
            for joiner in _JOINERS:
                if rest.startswith(joiner):
                    form = _form_of(rest[len(joiner) :])
                    if form is not None:
                        return form, measure
    return None


def _own_headers() -> dict[str, tuple[PlacementForm, Measure] | Total | str]:
    """The export's headers (in the language they are written in) to their meaning."""
    meanings: list[tuple[PlacementForm, Measure] | Total | str] = [
        "code",
        "period",
        "all",
        *[(f, m) for f in PlacementForm for m in Measure],
        *Total,
    ]
    out = {tabular.header_key(column_label(m)): m for m in meanings}
    out[tabular.header_key(translate("care_places", "Municipality, region or SiS home"))] = "name"
    return out


def column_label(meaning: tuple[PlacementForm, Measure] | Total | str) -> str:
    if isinstance(meaning, tuple):
        form, measure = meaning
        if measure is Measure.PLACED:
            return form.label()
        return f"{form.label()}: {measure.label().lower()}"
    if isinstance(meaning, Total):
        return meaning.label()
    return {
        "code": translate("care_places", "Municipality code"),
        "name": translate("care_places", "Name"),
        "period": translate("care_places", "Period"),
        "all": translate("care_places", "All placed"),
    }[meaning]


def _is_header(headers: list[str]) -> bool:
    meanings = [header_meaning(h) for h in headers]
    has_place = any(m in ("code", "name") for m in meanings)
    has_count = any(isinstance(m, (tuple, Total)) or m == "all" for m in meanings)
    return has_place and has_count


def _code_of(value: object) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)) and float(value).is_integer() and 0 < value < 10_000:
        return f"{int(value):04d}"
    text = tabular.cell_text(value)
    if text.isdigit() and 1 <= len(text) <= 4:
        return text.zfill(4)
    found = _CODE_IN_TEXT.match(text)
    return found.group(1) if found else ""


# --- the service ---------------------------------------------------------------------------------


class CareImportReading:
    """A placements file read into a plan: each row matched to a municipality, region or SiS
    home, checked, and compared with what is saved (nothing is written here)."""

    db: Database

    def _plan(
        self, s: Session, table: tabular.Table, file_name: str, period: str | None
    ) -> CareImportPlan:
        meanings = [header_meaning(h) for h in table.headers]
        if not _is_header(table.headers):
            raise UserError(
                translate(
                    "care_places",
                    "The file has no column with the municipality (Kommunkod or Kommun) beside "
                    "columns per placement form (Jourhem, Familjehem, HVB, Stödboende, SiS …).",
                )
            )
        default_period = parse_period(period, "period") if period else ""
        col = {m: i for i, m in reversed(list(enumerate(meanings))) if type(m) is str}
        if not default_period and "period" not in col:
            raise UserError(
                translate(
                    "care_places",
                    "Which period are the figures for? The file has no period column: choose "
                    "the year (2025) or a date.",
                )
            )
        counts: dict[int, tuple[PlacementForm, Measure] | Total] = {}
        seen_meaning: dict[object, int] = {}
        ignored = []
        for index, (header, meaning) in enumerate(zip(table.headers, meanings, strict=True)):
            if meaning is None:
                if str(header).strip():
                    ignored.append(str(header).strip())
                continue
            if type(meaning) is str:
                continue
            if meaning in seen_meaning:
                raise UserError(
                    translate(
                        "care_places", "Two columns mean the same: “{first}” and “{second}”."
                    ).format(first=table.headers[seen_meaning[meaning]], second=header)
                )
            seen_meaning[meaning] = index
            counts[index] = meaning
        all_col = next((i for i, m in enumerate(meanings) if m == "all"), None)
        organisations = self._lookup(s)
        file_periods = {default_period} if default_period else set()
        if "period" in col:
            for cells in table.rows:
                with contextlib.suppress(ValidationError):  # named on its row below
                    file_periods.add(parse_period(cells[col["period"]]))
        existing = {
            (r.organisation_id, r.period): r
            for p in sorted(file_periods)
            for r in self._rows(s, period=p)
        }
        rows: list[CareImportRow] = []
        seen: dict[tuple[uuid.UUID, str], int] = {}
        main_columns = {
            m[0] for m in counts.values() if isinstance(m, tuple) and m[1] is Measure.PLACED
        }
        overflow = set(table.overflow)
        for line, cells in zip(table.line_numbers, table.rows, strict=True):
            problems: list[str] = []
            if line in overflow:
                problems.append(
                    translate(
                        "care_places",
                        "The row has more cells than the header has columns (a separator too "
                        "many?); which count belongs where cannot be told.",
                    )
                )
            code = _code_of(cells[col["code"]]) if "code" in col else ""
            raw_name = tabular.cell_text(cells[col["name"]]) if "name" in col else ""
            if not code and "name" in col:
                code = _code_of(raw_name) if _CODE_IN_TEXT.match(raw_name) else ""
            raw_code = tabular.cell_text(cells[col["code"]]) if "code" in col else ""
            if v.match_key(raw_name or raw_code).replace(" ", "") in _SUMMARY_ROWS:
                rows.append(
                    CareImportRow(
                        line,
                        ImportAction.SKIP,
                        "",
                        raw_name or raw_code,
                        "",
                        None,
                        (translate("care_places", "A summary row, not a municipality."),),
                    )
                )
                continue
            target = None
            if raw_code and not code:
                problems.append(
                    translate("care_places", "“{code}” is not a Swedish municipality code.").format(
                        code=raw_code[:40]
                    )
                )
            elif code:
                target = organisations.by_code.get(code)
                if target is None:
                    problems.append(
                        translate(
                            "care_places", "“{code}” is not a Swedish municipality code."
                        ).format(code=(raw_code or raw_name)[:40])
                    )
                elif raw_code and raw_name and not _CODE_IN_TEXT.match(raw_name):
                    named = organisations.name(raw_name)
                    if named is not None and named[0] != target[0]:
                        problems.append(
                            translate(
                                "care_places",
                                "The code {code} is {municipality}, but the row says “{name}”.",
                            ).format(code=code, municipality=target[1], name=raw_name[:40])
                        )
            elif raw_name:
                target = organisations.name(raw_name)
                if target is None:
                    problems.append(
                        translate(
                            "care_places", "“{name}” is no municipality, region or SiS home."
                        ).format(name=raw_name[:40])
                    )
            else:
                problems.append(translate("care_places", "The municipality is missing."))
            row_period = default_period
            if "period" in col and tabular.cell_text(cells[col["period"]]):
                try:
                    row_period = parse_period(cells[col["period"]])
                except ValidationError as exc:
                    problems.append(exc.message)
            elif not row_period:
                problems.append(translate("care_places", "The period is missing."))
            lines: dict[PlacementForm, dict[str, int | None]] = defaultdict(dict)
            totals: dict[Total, int | None] = {}
            kept: set[tuple[PlacementForm, Measure] | Total] = set()
            for index, meaning in counts.items():
                label = table.headers[index]
                if isinstance(cells[index], _Formula):
                    problems.append(
                        translate(
                            "care_places",
                            "{label}: a formula without a value (“{formula}”): open the file in "
                            "Excel, save it and import it again.",
                        ).format(label=f"“{label}”", formula=str(cells[index])[:40])
                    )
                    continue
                if tabular.cell_text(cells[index]).strip() in _HIDDEN_MARKS:
                    kept.add(meaning)  # "<5"/".." as the export writes them: keep what is saved
                    continue
                try:
                    value = count_value(
                        cells[index],
                        str(index),
                        f"“{label}”",
                        limit=100_000_000 if meaning is Total.COST_KSEK else 1_000_000,
                    )
                except ValidationError as exc:
                    problems.append(exc.message)
                    continue
                if isinstance(meaning, Total):
                    totals[meaning] = value
                else:
                    lines[meaning[0]][meaning[1].value] = value
            data = ReportInput(
                organisation_id=target[0] if target else uuid.UUID(int=0),
                period=row_period,
                lines={f: LineInput(**vals) for f, vals in lines.items()},
                breakdowns=totals.get(Total.BREAKDOWNS),
                emergency_placements=totals.get(Total.EMERGENCY_PLACEMENTS),
                cost_ksek=totals.get(Total.COST_KSEK),
            )
            problems.extend(p.message for p in check_report(data))
            if all_col is not None and not problems:
                try:
                    stated = (
                        None
                        if tabular.cell_text(cells[all_col]).strip() in _HIDDEN_MARKS
                        else count_value(cells[all_col], "all", f"“{table.headers[all_col]}”")
                    )
                except ValidationError as exc:
                    problems.append(exc.message)
                    stated = None
                summed = data.total()
                complete = all(
                    data.line(f).placed is not None for f in MAIN_FORMS if f in main_columns
                )
                if (
                    stated is not None
                    and summed is not None
                    and ((complete and summed != stated) or summed > stated)
                ):
                    problems.append(
                        translate(
                            "care_places",
                            "The forms add up to {sum}, but “{column}” says {stated}.",
                        ).format(sum=summed, column=table.headers[all_col], stated=stated)
                    )
            if target and row_period:
                key = (target[0], row_period)
                if key in seen:
                    problems.append(
                        translate(
                            "care_places", "The same municipality and period as row {line}."
                        ).format(line=seen[key])
                    )
                else:
                    seen[key] = line
            name = target[1] if target else raw_name
            if problems:
                rows.append(
                    CareImportRow(
                        line, ImportAction.ERROR, code, name, row_period, None, tuple(problems)
                    )
                )
                continue
            before = existing.get((data.organisation_id, row_period))
            changes: tuple[str, ...] = ()
            if kept:
                changes = (
                    translate(
                        "care_places",
                        "{n} cells hidden as <5 or .. (as the export writes them): the saved "
                        "value is kept.",
                    ).format(n=len(kept)),
                )
            if before is None:
                action = ImportAction.NEW
            else:
                # columns the file does not have keep their saved values (a partial file
                # updates what it has, it does not wipe the rest); so do "<5" cells
                data = _merged(before.to_input(), data, set(counts.values()) - kept)
                merged_problems = tuple(p.message for p in check_report(data))
                if merged_problems:
                    rows.append(
                        CareImportRow(
                            line, ImportAction.ERROR, code, name, row_period, None, merged_problems
                        )
                    )
                    continue
                changed = _changes(before.to_input(), data)
                action = ImportAction.UPDATE if changed else ImportAction.UNCHANGED
                changes = changed + changes
            rows.append(
                CareImportRow(
                    line,
                    action,
                    target[2] if target else code,
                    name,
                    row_period,
                    data,
                    changes=changes,
                )
            )
        columns = tuple(column_label(m) for m in meanings if m is not None)
        return CareImportPlan(file_name, default_period, tuple(rows), columns, tuple(ignored))

    def _lookup(self, s: Session) -> _Lookup:
        by_code: dict[str, tuple[uuid.UUID, str, str]] = {}
        by_name: dict[str, tuple[uuid.UUID, str, str]] = {}
        for org_id, name, short, _kind, code in s.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.short_name,
                Organisation.kind,
                Municipality.code,
            )
            .outerjoin(Municipality, Organisation.municipality_id == Municipality.id)
            .where(Organisation.deleted_at.is_(None), Organisation.kind.in_(REPORTING_KINDS))
        ):
            entry = (org_id, name, code or "")
            if code:
                by_code[code] = entry
                for written in (name, f"{name} kommun", f"{name}s kommun"):
                    by_name.setdefault(v.match_key(written), entry)
                for written in (f"{name} stad", f"{name}s stad"):  # "Malmö stad", "Göteborgs stad"
                    by_name.setdefault(v.match_key(written), entry)
            else:
                by_name.setdefault(v.match_key(name), entry)
                if short:
                    by_name.setdefault(v.match_key(short), entry)
        # "Mjolby", "Upplands-Väsby": without diacritics and hyphens, where that is unambiguous
        # (Habo and Håbo are two municipalities: neither is found as "habo")
        loose: dict[str, tuple[uuid.UUID, str, str] | None] = {}
        for key, entry in by_name.items():
            folded = _loose_key(key)
            if folded in loose and loose[folded] is not None and loose[folded][0] != entry[0]:
                loose[folded] = None
            else:
                loose.setdefault(folded, entry)
        return _Lookup(by_code, by_name, {k: e for k, e in loose.items() if e is not None})


class CareImportExport(CareImportReading):
    """Placement figures in and out as files: the export (counts 1-4 shown as <5) and the import, read
    into a preview with per-row refusals, then applied as confirmed."""

    db: Database

    # files -------------------------------------------------------------------------------------
    def table(
        self, *, period: str | None = None, municipality_code: str | None = None
    ) -> tuple[list[str], list[list[tabular.Cell]]]:
        """Headers and rows of the export: one row per report, a column per form and measure,
        1-4 as "<5" (small numbers are never shown in a file that leaves the app)."""
        rows = self.reports(
            period=parse_period(period) if period else None, municipality_code=municipality_code
        )
        with self.db.read() as s:
            from samordnare_desktop.services.findings import child_masker  # when exporting only

            mask = child_masker(s)  # a focus group's own name may name a child, as a finding may
        rows = [
            replace(r, focus_group_names=tuple(mask(n) for n in r.focus_group_names)) for r in rows
        ]
        return export_headers(), [export_row(r) for r in rows]

    def export(
        self, path: Path, *, period: str | None = None, municipality_code: str | None = None
    ) -> int:
        """Write the figures to ``path`` (.xlsx or .csv, atomically); returns the rows written."""
        path = Path(path)
        headers, rows = self.table(period=period, municipality_code=municipality_code)
        if path.suffix.lower() == ".csv":
            tabular.write_csv(path, headers, rows)
        elif path.suffix.lower() == ".xlsx":
            tabular.write_xlsx(
                path, [tabular.Sheet(translate("care_places", "Care places"), headers, rows)]
            )
        else:
            raise UserError(
                translate("care_places", "Export to .xlsx or .csv (not {suffix}).").format(
                    suffix=path.suffix or "?"
                )
            )
        return len(rows)

    def preview_import(
        self, path: Path, *, period: str | None = None, sheet: str | None = None
    ) -> CareImportPlan:
        """What importing ``path`` would do, row by row, with every problem; writes nothing.
        Raises :class:`ChooseSheet` when the (first) sheet has no figures and the workbook has
        other sheets."""
        table = _read(Path(path), sheet)
        with self.db.read() as s:
            return self._plan(s, table, Path(path).name, period)

    def apply_import(
        self, path: Path, *, period: str | None = None, sheet: str | None = None
    ) -> CareImportPlan:
        """Import ``path`` in one transaction; refuses (saving nothing) when any row has an error.
        Raises :class:`ChooseSheet` as :meth:`preview_import` does."""
        return self.apply_table(_read(Path(path), sheet), Path(path).name, period)

    def apply_table(
        self, table: tabular.Table, file_name: str, period: str | None = None
    ) -> CareImportPlan:
        with self.db.write() as s:
            plan = self._plan(s, table, file_name, period)
            if plan.errors:
                raise UserError(plan.refusal())
            self._bulk_store(s, _wanted(plan))
        return plan

    def apply_plan(self, plan: CareImportPlan) -> CareImportPlan:
        """Save what a preview showed (the rows marked new or replace), in one transaction;
        refuses, saving nothing, when any row has an error."""
        if plan.errors:
            raise UserError(plan.refusal())
        with self.db.write() as s:
            self._bulk_store(s, _wanted(plan))
        return plan

    def _bulk_store(self, s: Session, datas: list[ReportInput]) -> None:
        """Create or replace many reports at once (an import): a few statements, not one unit
        of work per row, so 290 rows save in well under a second. ``datas`` are validated and
        their organisations were looked up among the live reporting ones."""
        if not datas:
            return
        now = utcnow()
        table = CareReport.__table__
        existing = {}
        periods = sorted({d.period for d in datas})
        for rid, org, period, version in s.execute(
            select(
                CareReport.id, CareReport.organisation_id, CareReport.period, CareReport.version
            ).where(CareReport.period.in_(periods))
        ):
            existing[(org, period)] = (rid, version)
        fresh, changed, lines = [], [], []
        for data in datas:
            found = existing.get((data.organisation_id, data.period))
            totals = dict(
                breakdowns=data.breakdowns,
                emergency_placements=data.emergency_placements,
                cost_ksek=data.cost_ksek,
            )
            if found is None:
                report_id = uuid.uuid4()
                fresh.append(
                    dict(id=report_id, organisation_id=data.organisation_id, period=data.period,
                         deleted_at=None, created_at=now, updated_at=now, version=1, **totals)
                )  # fmt: skip
            else:
                report_id, version = found
                changed.append(
                    {"b_id": report_id, "b_version": version + 1, "b_now": now}
                    | {f"b_{k}": v for k, v in totals.items()}
                )
            for form, line in data.lines.items():
                if not line.is_empty:
                    lines.append(
                        dict(id=uuid.uuid4(), report_id=report_id, form=form, created_at=now,
                             updated_at=now, version=1, **{m.value: line.get(m) for m in Measure})
                    )  # fmt: skip
        ids = [c["b_id"] for c in changed]
        for start in range(0, len(ids), 500):
            s.execute(delete(CareLine).where(CareLine.report_id.in_(ids[start : start + 500])))
        if changed:
            s.execute(
                table.update()
                .where(table.c.id == bindparam("b_id"))
                .values(
                    breakdowns=bindparam("b_breakdowns"),
                    emergency_placements=bindparam("b_emergency_placements"),
                    cost_ksek=bindparam("b_cost_ksek"),
                    deleted_at=None,
                    updated_at=bindparam("b_now"),
                    version=bindparam("b_version"),
                ),
                changed,
            )
        if fresh:
            s.execute(insert(CareReport), fresh)
        for start in range(0, len(lines), 5_000):
            s.execute(insert(CareLine), lines[start : start + 5_000])


class FocusGroups:
    """Focus groups (target groups: the three of the assignment and any the user adds) that meetings
    and placement figures are tagged with, and everything tagged with one."""

    db: Database

    # focus groups ------------------------------------------------------------------------------
    def focus_groups(self) -> list[FocusGroupRow]:
        """The focus groups with how many meetings, figures and findings each has (the dialog's
        list; :meth:`focus_group_choices` is the names alone)."""
        from samordnare_desktop.domain.finding import Finding, FindingFocusGroup  # see items

        with self.db.read() as s:
            visits = dict(
                s.execute(
                    select(VisitFocusGroup.focus_group_id, func.count())
                    .join(Visit, Visit.id == VisitFocusGroup.visit_id)
                    .where(Visit.deleted_at.is_(None))
                    .group_by(VisitFocusGroup.focus_group_id)
                ).all()
            )
            reports = dict(
                s.execute(
                    select(CareReportFocusGroup.focus_group_id, func.count())
                    .join(CareReport, CareReport.id == CareReportFocusGroup.report_id)
                    .where(CareReport.deleted_at.is_(None))
                    .group_by(CareReportFocusGroup.focus_group_id)
                ).all()
            )
            findings = dict(
                s.execute(
                    select(FindingFocusGroup.focus_group_id, func.count())
                    .join(Finding, Finding.id == FindingFocusGroup.finding_id)
                    .where(Finding.deleted_at.is_(None))
                    .group_by(FindingFocusGroup.focus_group_id)
                ).all()
            )
            groups = s.scalars(select(FocusGroup).where(FocusGroup.deleted_at.is_(None))).all()
            rows = [
                FocusGroupRow(
                    g.id,
                    g.version,
                    g.name,
                    g.key,
                    visits.get(g.id, 0),
                    reports.get(g.id, 0),
                    findings.get(g.id, 0),
                )
                for g in groups
            ]
        return sorted(rows, key=lambda r: (not r.key, v.match_key(r.label)))

    def focus_group_choices(self) -> list[FocusGroupRow]:
        """The focus groups to tick (the assignment's three first), without their counts."""
        with self.db.read() as s:
            groups = s.scalars(select(FocusGroup).where(FocusGroup.deleted_at.is_(None))).all()
            rows = [FocusGroupRow(g.id, g.version, g.name, g.key) for g in groups]
        return sorted(rows, key=lambda r: (not r.key, v.match_key(r.label)))

    def add_focus_group(self, name: str) -> FocusGroupRow:
        text = v.required_text(name, "name", max_length=100)
        with self.db.write() as s:
            taken = {
                v.match_key(FocusGroupRow(g.id, 1, g.name, g.key).label)
                for g in s.scalars(select(FocusGroup).where(FocusGroup.deleted_at.is_(None)))
            }
            if v.match_key(text) in taken:
                raise ValidationError(
                    "name",
                    translate("care_places", "There is already a focus group “{name}”.").format(
                        name=text
                    ),
                )
            from samordnare_desktop.services.findings import child_masker

            if child_masker(s)(text) != text:  # the names the exports would mask
                raise ValidationError(
                    "name",
                    translate(
                        "care_places",
                        "“{name}” contains the name of a child or young person from a meeting. "
                        "A focus group says what the children have in common, never who they "
                        "are: choose another name.",
                    ).format(name=text),
                )
            group = FocusGroup(id=uuid.uuid4(), name=text, key="")
            s.add(group)
            s.flush()
            return FocusGroupRow(group.id, group.version, group.name, "")

    def delete_focus_group(self, group_id: uuid.UUID) -> None:
        with self.db.write() as s:
            group = s.get(FocusGroup, group_id)
            if group is None or group.deleted_at is not None:
                raise NotFoundError(translate("care_places", "The focus group no longer exists."))
            if group.key:
                raise UserError(
                    translate(
                        "care_places", "The focus groups of the assignment cannot be deleted."
                    )
                )
            group.deleted_at = utcnow()

    def visit_focus_groups(self, visit_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
        with self.db.read() as s:
            return tuple(
                s.scalars(
                    select(VisitFocusGroup.focus_group_id).where(
                        VisitFocusGroup.visit_id == visit_id
                    )
                )
            )

    def tag_visit(self, visit_id: uuid.UUID, group_ids: Iterable[uuid.UUID]) -> None:
        """A meeting's focus groups become exactly ``group_ids``."""
        with self.db.write() as s:
            visit = s.get(Visit, visit_id)
            if visit is None or visit.deleted_at is not None:
                raise NotFoundError(translate("care_places", "The meeting no longer exists."))
            s.execute(delete(VisitFocusGroup).where(VisitFocusGroup.visit_id == visit_id))
            for group_id in dict.fromkeys(group_ids):
                s.add(VisitFocusGroup(visit_id=visit_id, focus_group_id=group_id))

    def set_visit_tag(self, visit_id: uuid.UUID, group_id: uuid.UUID, tagged: bool) -> None:
        """Tag or untag one meeting with one focus group."""
        groups = set(self.visit_focus_groups(visit_id))
        if tagged:
            groups.add(group_id)
        else:
            groups.discard(group_id)
        self.tag_visit(visit_id, sorted(groups))

    def focus_group_items(self, group_id: uuid.UUID) -> FocusGroupItems:
        """Everything tagged with one focus group: meetings, findings and placement figures."""
        # here, not at the top: the findings' models and masking are for these few uses, and
        # importing them made the first Vårdplatser and Översikt views slower (#17)
        from samordnare_desktop.domain.finding import Finding, FindingFocusGroup
        from samordnare_desktop.services.findings import child_masker

        group = next((g for g in self.focus_groups() if g.id == group_id), None)
        if group is None:
            raise NotFoundError(translate("care_places", "The focus group no longer exists."))
        with self.db.read() as s:
            visits = s.execute(
                select(Visit.id, Visit.day, Visit.kind, Visit.title, Municipality.name)
                .join(VisitFocusGroup, VisitFocusGroup.visit_id == Visit.id)
                .outerjoin(Municipality, Visit.municipality_id == Municipality.id)
                .where(VisitFocusGroup.focus_group_id == group_id, Visit.deleted_at.is_(None))
                .order_by(Visit.day.desc())
            ).all()
            reports = self._rows(s, focus_group_id=group_id)
            found = s.execute(
                select(Finding.id, Finding.created_at, Finding.kind, Finding.text)
                .join(FindingFocusGroup, FindingFocusGroup.finding_id == Finding.id)
                .where(FindingFocusGroup.focus_group_id == group_id, Finding.deleted_at.is_(None))
                .order_by(Finding.created_at.desc())
            ).all()
            mask = child_masker(s) if found else (lambda text: text)
        return FocusGroupItems(
            group,
            tuple(
                TaggedVisit(vid, day.isoformat(), kind.label(), title or "", place or "")
                for vid, day, kind, title, place in visits
            ),
            tuple(reports),
            tuple(
                TaggedFinding(
                    fid,
                    created.date().isoformat(),
                    kind.label() if kind else "",
                    tabular.excerpt(mask(text or ""), words=14, chars=120),
                )
                for fid, created, kind, text in found
            ),
        )


class CareComparisons:
    """Placement figures beside the programme's: the spread across programme municipalities, one
    organisation's figures compared with it, places against needs per form, and the summaries the
    overview and the quarterly report show."""

    db: Database

    # comparing ---------------------------------------------------------------------------------
    def _programme_reports(self, s: Session, period: str) -> tuple[int, int, int]:
        """How many programme municipalities reported for ``period``, their breakdowns and
        emergency placements."""
        count, breakdowns, emergency = s.execute(
            select(
                func.count(),
                func.sum(CareReport.breakdowns),
                func.sum(CareReport.emergency_placements),
            )
            .join(Organisation, CareReport.organisation_id == Organisation.id)
            .join(Municipality, Organisation.municipality_id == Municipality.id)
            .where(
                CareReport.period == period,
                CareReport.deleted_at.is_(None),
                Municipality.in_programme.is_(True),
            )
        ).one()
        return count or 0, breakdowns or 0, emergency or 0

    def programme_spread(self, period: str) -> ProgrammeSpread:
        """Every programme municipality's counts for ``period`` per form and measure, with the
        median and quartiles: what each municipality is compared with (a screen keeps it while it
        shows the period, so choosing another municipality reads only that one's figures)."""
        period = parse_period(period)
        with self.db.read() as s:
            lines = s.execute(
                select(type_coerce(CareLine.form, String), *_MEASURE_COLUMNS)
                .join(CareReport, CareReport.id == CareLine.report_id)
                .join(Organisation, CareReport.organisation_id == Organisation.id)
                .join(Municipality, Organisation.municipality_id == Municipality.id)
                .where(
                    CareReport.period == period,
                    CareReport.deleted_at.is_(None),
                    Municipality.in_programme.is_(True),
                )
            ).all()
            reporting, _b, _e = self._programme_reports(s, period)
        forms = {f.value: f for f in PlacementForm}
        values: dict[tuple[PlacementForm, Measure], list[int]] = defaultdict(list)
        for form_text, *counts in lines:
            form = forms[form_text]
            for measure, value in zip(Measure, counts, strict=True):
                if value is not None:
                    values[(form, measure)].append(value)
        spread = {}
        for key, found in values.items():
            found.sort()
            spread[key] = (tuple(found), *_quartiles(found))
        return ProgrammeSpread(period, reporting, spread)

    def comparison(
        self, organisation_id: uuid.UUID, period: str, spread: ProgrammeSpread | None = None
    ) -> Comparison:
        """One organisation's figures beside the programme's municipalities: per form and
        measure the median, quartiles and every value (for the distribution chart). ``spread``
        from :meth:`programme_spread` for the same period saves reading the programme again."""
        period = parse_period(period)
        if spread is None or spread.period != period:
            spread = self.programme_spread(period)
        with self.db.read() as s:
            organisation = s.get(Organisation, organisation_id)
            if organisation is None:
                raise NotFoundError(translate("care_places", "The organisation no longer exists."))
            name = organisation.name
            found = self._rows(s, period=period, organisation_id=organisation_id)
        own = found[0] if found else None
        empty: tuple = ((), None, None, None)
        out = [
            Distribution(
                form,
                measure,
                own.value(form, measure) if own else None,
                *spread.values.get((form, measure), empty),
            )
            for form in PlacementForm
            for measure in Measure
        ]
        return Comparison(organisation_id, name, period, tuple(out), spread.reporting)

    def balance(self, period: str) -> tuple[FormBalance, ...]:
        """Places in use against needs not met, per form, over the programme's municipalities."""
        period = parse_period(period)
        with self.db.read() as s:
            return self._balance_of(s, period)

    def _balance_of(self, s: Session, period: str) -> tuple[FormBalance, ...]:
        rows = s.execute(
            select(
                CareLine.form,
                func.count(),
                *[func.sum(c) for c in _MEASURE_COLUMNS],
                *[func.count(c) for c in _MEASURE_COLUMNS],
            )
            .join(CareReport, CareReport.id == CareLine.report_id)
            .join(Organisation, CareReport.organisation_id == Organisation.id)
            .join(Municipality, Organisation.municipality_id == Municipality.id)
            .where(
                CareReport.period == period,
                CareReport.deleted_at.is_(None),
                Municipality.in_programme.is_(True),
            )
            .group_by(CareLine.form)
        ).all()
        found = {row[0]: row for row in rows}
        measures = len(_MEASURE_COLUMNS)
        out = []
        for form in PlacementForm:
            row = found.get(form)
            if row is None:
                out.append(FormBalance(form, 0, 0, 0, 0, 0, 0, 0))
                continue
            sums = [v or 0 for v in row[2 : 2 + measures]]
            given = frozenset(m for m, n in zip(Measure, row[2 + measures :], strict=True) if n)
            out.append(FormBalance(form, *sums, row[1], given))
        return tuple(out)

    def withheld(self, period: str) -> frozenset:
        """The programme sums for ``period`` any count the export hides contributes to
        (:func:`withheld_sums` with ``every``): a median of them is not printed (of two counts,
        the median is their mean)."""
        with self.db.read() as s:
            rows = self._rows(s, period=parse_period(period), programme_only=True)
            return withheld_sums(rows, every=True)

    def summary(
        self, period: str | None = None, *, trend: bool = True, protect: bool = False
    ) -> CareSummary | None:
        """The programme's figures for ``period`` (default: the newest); ``None`` without any.
        ``trend=False`` leaves out the sums per period (a read of every period's lines), which
        the Översikt tile does not show. ``protect``: with the sums a document that leaves the
        app must withhold (every period shown), for the report."""
        with self.db.read() as s:
            periods = sorted(
                s.scalars(
                    select(CareReport.period).where(CareReport.deleted_at.is_(None)).distinct()
                ).all(),
                reverse=True,
            )
            if not periods:
                return None
            period = parse_period(period) if period else periods[0]
            programme = s.scalar(
                select(func.count()).select_from(Municipality).where(Municipality.in_programme)
            )
            reporting, breakdowns, emergency = self._programme_reports(s, period)
            balance = self._balance_of(s, period)
            trend_rows = (
                []
                if not trend
                else s.execute(
                    select(
                        CareReport.period,
                        func.sum(CareLine.placed),
                        *[func.sum(getattr(CareLine, m.value)) for m in NEED_MEASURES],
                    )
                    .join(CareReport, CareReport.id == CareLine.report_id)
                    .join(Organisation, CareReport.organisation_id == Organisation.id)
                    .join(Municipality, Organisation.municipality_id == Municipality.id)
                    .where(
                        CareReport.deleted_at.is_(None),
                        Municipality.in_programme.is_(True),
                        CareLine.form.in_(MAIN_FORMS),
                    )
                    .group_by(CareReport.period)
                ).all()
            )
            shown = {period} | ({p for p, *_ in trend_rows} if trend else set())
            withheld = (
                {
                    p: withheld_sums(
                        self._rows(s, period=p, programme_only=True),
                        printed=None if p == period else _TREND_SUMS,
                    )
                    for p in shown
                }
                if protect
                else {}
            )
        main = [b for b in balance if b.form in MAIN_FORMS]
        return CareSummary(
            period=period,
            reporting=reporting,
            programme=programme or 0,
            placed=sum(b.placed for b in main),
            own=sum(b.own for b in main),
            bought=sum(b.bought for b in main),
            needs=sum(b.needs for b in main),
            waiting=sum(b.waiting for b in main),
            breakdowns=breakdowns,
            emergency_placements=emergency,
            balance=balance,
            periods=tuple(periods),
            trend=tuple(
                (p, placed or 0, sum(n or 0 for n in needs))
                for p, placed, *needs in sorted(trend_rows)
            ),
            withheld=withheld,
        )

    def summary_at(self, end: date) -> CareSummary | None:
        """The summary of the newest period that had begun by ``end`` (a year counts from its
        first day): what the quarterly report for a quarter ending ``end`` shows."""
        begun = [p for p in self.periods() if _period_start(p) <= end]
        return self.summary(begun[0], protect=True) if begun else None


class CarePlaceService(CareComparisons, FocusGroups, CareImportExport):
    def __init__(self, db: Database) -> None:
        self.db = db

    # reading -----------------------------------------------------------------------------------
    def periods(self) -> list[str]:
        """Every period with figures, newest first."""
        with self.db.read() as s:
            found = s.scalars(
                select(CareReport.period).where(CareReport.deleted_at.is_(None)).distinct()
            ).all()
        return sorted(found, reverse=True)

    def reports(
        self,
        *,
        period: str | None = None,
        municipality_code: str | None = None,
        organisation_id: uuid.UUID | None = None,
        focus_group_id: uuid.UUID | None = None,
    ) -> list[CareReportRow]:
        """Reports, by organisation name and period (newest first)."""
        with self.db.read() as s:
            return self._rows(
                s,
                period=period,
                municipality_code=municipality_code,
                organisation_id=organisation_id,
                focus_group_id=focus_group_id,
            )

    def list_rows(
        self, *, period: str | None = None, focus_group_id: uuid.UUID | None = None
    ) -> list[CareListRow]:
        """The list of the tab: totals summed by SQLite (2,900 reports list in milliseconds), in
        the same statement as the reports (one read: the tab's first view pays for each)."""
        main = CareLine.form.in_(MAIN_FORMS)
        no_need = and_(
            CareLine.waiting.is_(None), CareLine.mismatched.is_(None), CareLine.far_away.is_(None)
        )
        need = func.coalesce(CareLine.waiting, 0) + func.coalesce(CareLine.mismatched, 0)
        need = need + func.coalesce(CareLine.far_away, 0)
        sums = (
            select(
                CareLine.report_id.label("report_id"),
                func.sum(case((main, CareLine.placed))).label("placed"),
                func.sum(case((main, CareLine.bought))).label("bought"),
                func.sum(case((and_(main, ~no_need), need))).label("needs"),
            )
            .join(CareReport, CareReport.id == CareLine.report_id)
            .where(CareReport.deleted_at.is_(None), main)
            .group_by(CareLine.report_id)
        )
        tags = (
            select(CareReportFocusGroup.report_id, FocusGroup.name, FocusGroup.key)
            .join(FocusGroup, FocusGroup.id == CareReportFocusGroup.focus_group_id)
            .join(CareReport, CareReport.id == CareReportFocusGroup.report_id)
            .where(FocusGroup.deleted_at.is_(None), CareReport.deleted_at.is_(None))
        )
        if period is not None:
            sums = sums.where(CareReport.period == period)
            tags = tags.where(CareReport.period == period)
        totals = sums.subquery()
        heads = (
            select(
                CareReport.id,
                CareReport.organisation_id,
                Organisation.name,
                Municipality.code,
                CareReport.period,
                totals.c.placed,
                totals.c.bought,
                totals.c.needs,
                CareReport.breakdowns,
            )
            .join(Organisation, CareReport.organisation_id == Organisation.id)
            .outerjoin(Municipality, Organisation.municipality_id == Municipality.id)
            .outerjoin(totals, totals.c.report_id == CareReport.id)
            .where(CareReport.deleted_at.is_(None))
        )
        if period is not None:
            heads = heads.where(CareReport.period == period)
        if focus_group_id is not None:
            tagged = select(CareReportFocusGroup.report_id).where(
                CareReportFocusGroup.focus_group_id == focus_group_id
            )
            heads = heads.where(CareReport.id.in_(tagged))
        with self.db.read() as s:
            found = s.execute(heads).all()
            names: dict[uuid.UUID, list[str]] = defaultdict(list)
            for report_id, name, key in s.execute(tags):
                names[report_id].append(FocusGroupRow(report_id, 1, name, key).label)
        return [
            CareListRow(
                report_id,
                org_id,
                name,
                code or "",
                report_period,
                placed,
                bought,
                needs,
                breakdowns,
                tuple(names.get(report_id, ())),
            )
            for report_id, org_id, name, code, report_period, placed, bought, needs, breakdowns in (
                found
            )
        ]

    def get(self, report_id: uuid.UUID) -> CareReportRow:
        with self.db.read() as s:
            rows = self._rows(s, report_id=report_id)
        if not rows:
            raise NotFoundError(translate("care_places", "These figures no longer exist."))
        return rows[0]

    def find(self, organisation_id: uuid.UUID, period: str) -> CareReportRow | None:
        period = parse_period(period)
        with self.db.read() as s:
            rows = self._rows(s, organisation_id=organisation_id, period=period)
        return rows[0] if rows else None

    def latest(self, organisation_id: uuid.UUID, before: str | None = None) -> CareReportRow | None:
        """What new figures of an organisation start from: its newest figures from before the
        period ``before`` (a year starts on 1 January), else its newest of all; ``None`` when it
        has none."""
        with self.db.read() as s:
            rows = self._rows(s, organisation_id=organisation_id)  # newest first
        if before is not None:
            start = _period_start(parse_period(before))
            earlier = [r for r in rows if _period_start(r.period) < start]
            rows = earlier or rows
        return rows[0] if rows else None

    def reporting_organisations(self) -> list[tuple[uuid.UUID, str, OrganisationKind, str]]:
        """Who can report: (id, name, kind, municipality code), municipalities of the programme
        first, then the other municipalities, regions and SiS homes."""
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Organisation.id,
                    Organisation.name,
                    Organisation.kind,
                    Municipality.code,
                    Municipality.in_programme,
                )
                .outerjoin(Municipality, Organisation.municipality_id == Municipality.id)
                .where(Organisation.deleted_at.is_(None), Organisation.kind.in_(REPORTING_KINDS))
            ).all()
        kind_order = {k: i for i, k in enumerate(REPORTING_KINDS)}
        rows = sorted(rows, key=lambda r: (not bool(r[4]), kind_order[r[2]], v.match_key(r[1])))
        return [(r[0], r[1], r[2], r[3] or "") for r in rows]

    def _rows(
        self,
        s: Session,
        *,
        period: str | None = None,
        municipality_code: str | None = None,
        organisation_id: uuid.UUID | None = None,
        report_id: uuid.UUID | None = None,
        focus_group_id: uuid.UUID | None = None,
        programme_only: bool = False,
    ) -> list[CareReportRow]:
        query = (
            select(
                CareReport.id,
                CareReport.version,
                CareReport.organisation_id,
                Organisation.name,
                Organisation.kind,
                Municipality.code,
                Municipality.in_programme,
                CareReport.period,
                CareReport.breakdowns,
                CareReport.emergency_placements,
                CareReport.cost_ksek,
            )
            .join(Organisation, CareReport.organisation_id == Organisation.id)
            .outerjoin(Municipality, Organisation.municipality_id == Municipality.id)
            .where(CareReport.deleted_at.is_(None))
        )
        if period is not None:
            query = query.where(CareReport.period == period)
        if municipality_code is not None:
            query = query.where(Municipality.code == municipality_code)
        if organisation_id is not None:
            query = query.where(CareReport.organisation_id == organisation_id)
        if report_id is not None:
            query = query.where(CareReport.id == report_id)
        if programme_only:
            query = query.where(Municipality.in_programme.is_(True))
        if focus_group_id is not None:
            query = query.where(
                CareReport.id.in_(
                    select(CareReportFocusGroup.report_id).where(
                        CareReportFocusGroup.focus_group_id == focus_group_id
                    )
                )
            )
        heads = s.execute(query).all()
        if not heads:
            return []
        ids = [h[0] for h in heads]
        lines: dict[uuid.UUID, dict[PlacementForm, LineInput]] = defaultdict(dict)
        tags: dict[uuid.UUID, list[tuple[uuid.UUID, str, str]]] = defaultdict(list)
        line_query = select(
            CareLine.report_id,
            CareLine.form,
            CareLine.placed,
            CareLine.own,
            CareLine.bought,
            CareLine.waiting,
            CareLine.mismatched,
            CareLine.far_away,
        )
        tag_query = select(
            CareReportFocusGroup.report_id, FocusGroup.id, FocusGroup.name, FocusGroup.key
        ).join(FocusGroup, FocusGroup.id == CareReportFocusGroup.focus_group_id)
        tag_query = tag_query.where(FocusGroup.deleted_at.is_(None))
        if len(ids) <= 500:
            line_query = line_query.where(CareLine.report_id.in_(ids))
            tag_query = tag_query.where(CareReportFocusGroup.report_id.in_(ids))
        else:  # a whole period or everything: read the lot (cheaper than a huge IN list)
            wanted = set(ids)
            line_query = line_query.join(CareReport, CareReport.id == CareLine.report_id).where(
                CareReport.deleted_at.is_(None)
            )
            if period is not None:
                line_query = line_query.where(CareReport.period == period)
        wanted = set(ids)
        for report, form, *counts in s.execute(line_query):
            if report in wanted:
                lines[report][form] = LineInput(*counts)
        for report, group_id, name, key in s.execute(tag_query):
            if report in wanted:
                tags[report].append((group_id, name, FocusGroupRow(group_id, 1, name, key).label))
        rows = [
            CareReportRow(
                id=h[0],
                version=h[1],
                organisation_id=h[2],
                organisation_name=h[3],
                organisation_kind=h[4],
                municipality_code=h[5] or "",
                in_programme=bool(h[6]),
                period=h[7],
                lines=lines.get(h[0], {}),
                breakdowns=h[8],
                emergency_placements=h[9],
                cost_ksek=h[10],
                focus_group_ids=tuple(t[0] for t in tags.get(h[0], ())),
                focus_group_names=tuple(t[2] for t in tags.get(h[0], ())),
            )
            for h in heads
        ]
        rows.sort(key=lambda r: (v.match_key(r.organisation_name), _newest_first(r.period)))
        return rows

    # writing -----------------------------------------------------------------------------------
    def save(
        self, data: ReportInput, *, expected_version: int | None = None, new: bool = False
    ) -> CareReportRow:
        """Create or replace one organisation's figures for one period. ``new`` (the form's
        "New figures"): refuse with :class:`FiguresExist` when live figures for the same
        organisation and period are saved already, instead of silently replacing them."""
        data = validate_report(data)
        if new:
            existing = self.find(data.organisation_id, data.period)
            if existing is not None:
                raise FiguresExist(existing)
        with self.db.write() as s:
            report_id = self._store(s, data, expected_version=expected_version, tags=True)
        return self.get(report_id)

    def delete(self, report_id: uuid.UUID) -> None:
        with self.db.write() as s:
            report = s.get(CareReport, report_id)
            if report is None or report.deleted_at is not None:
                raise NotFoundError(translate("care_places", "These figures no longer exist."))
            report.deleted_at = utcnow()

    def restore(self, report_id: uuid.UUID) -> None:
        """Undo of a delete (unless figures for the same period were entered since)."""
        with self.db.write() as s:
            report = s.get(CareReport, report_id)
            if report is None:
                raise NotFoundError(translate("care_places", "These figures no longer exist."))
            report.deleted_at = None

    def _store(
        self,
        s: Session,
        data: ReportInput,
        *,
        expected_version: int | None = None,
        tags: bool = False,
    ) -> uuid.UUID:
        organisation = s.get(Organisation, data.organisation_id)
        if (
            organisation is None
            or organisation.deleted_at is not None
            or organisation.kind not in REPORTING_KINDS
        ):
            raise ValidationError(
                "organisation_id",
                translate(
                    "care_places",
                    "Figures belong to a municipality, a region or an SiS home; choose one.",
                ),
            )
        report = s.scalar(
            select(CareReport).where(
                CareReport.organisation_id == data.organisation_id,
                CareReport.period == data.period,
            )
        )
        if report is None:
            report = CareReport(
                id=uuid.uuid4(), organisation_id=data.organisation_id, period=data.period
            )
            s.add(report)
            s.flush()  # the lines refer to it (no ORM relationship orders the inserts)
            existing: dict[PlacementForm, CareLine] = {}
        else:
            if report.deleted_at is None:
                ensure_version(report.version, expected_version)
            report.deleted_at = None
            report.updated_at = utcnow()
            existing = {
                line.form: line
                for line in s.scalars(select(CareLine).where(CareLine.report_id == report.id))
            }
        report.breakdowns = data.breakdowns
        report.emergency_placements = data.emergency_placements
        report.cost_ksek = data.cost_ksek
        for form in PlacementForm:
            values = data.lines.get(form)
            line = existing.get(form)
            if values is None or values.is_empty:
                if line is not None:
                    s.delete(line)
                continue
            if line is None:
                line = CareLine(report_id=report.id, form=form)
                s.add(line)
            for measure in Measure:
                setattr(line, measure.value, values.get(measure))
        if tags:
            s.execute(
                delete(CareReportFocusGroup).where(CareReportFocusGroup.report_id == report.id)
            )
            for group_id in data.focus_group_ids:
                s.add(CareReportFocusGroup(report_id=report.id, focus_group_id=group_id))
        return report.id


class _Formula(str):
    """A cell holding a formula whose value was never calculated and saved (openpyxl and
    LibreOffice-less tools write such files): read as empty, which would be "not given"."""


def _read(path: Path, sheet: str | None) -> tabular.Table:
    """The table to import: the named sheet, or the first when no other sheet has figures;
    :class:`ChooseSheet` when the first has none and there are others, or when, none named,
    several sheets have figures (reading the first would silently skip the others)."""
    table = tabular.read_table(path, sheet=sheet, is_header=_is_header)
    _mark_formulas(path, sheet, table)
    sheets = tabular.sheet_names(path)
    if len(sheets) < 2:
        return table
    if not _is_header(table.headers):
        raise ChooseSheet(sheet or sheets[0], sheets)
    if sheet is None:
        with_figures = tabular.sheets_with_header(path, _is_header)
        if len(with_figures) > 1:
            raise ChooseSheet(sheets[0], sheets, with_figures)
    return table


def _mark_formulas(path: Path, sheet: str | None, table: tabular.Table) -> None:
    """Put the formula text (as :class:`_Formula`) in the cells of ``table`` that hold a formula
    without a saved value, so the row is refused instead of reading the cell as blank."""
    if path.suffix.lower() not in (".xlsx", ".xlsm") or not table.rows:
        return
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=False)
        try:
            ws = book[sheet] if sheet else book.worksheets[0]
            formulas = {
                (number, column): value
                for number, values in enumerate(ws.iter_rows(values_only=True), start=1)
                for column, value in enumerate(values)
                if isinstance(value, str) and value.startswith("=")
            }
        finally:
            book.close()
    except Exception:  # read once already; a second look that fails changes nothing
        return
    if not formulas:
        return
    for number, cells in zip(table.line_numbers, table.rows, strict=True):
        for column in range(len(cells)):
            formula = formulas.get((number, column))
            if formula is not None and (cells[column] is None or cells[column] == ""):
                cells[column] = _Formula(formula)


_HIDDEN_MARKS = ("<5", "..")  # what the export prints for a hidden count


@dataclass(frozen=True)
class _Lookup:
    by_code: dict[str, tuple[uuid.UUID, str, str]] = field(default_factory=dict)
    by_name: dict[str, tuple[uuid.UUID, str, str]] = field(default_factory=dict)
    by_loose_name: dict[str, tuple[uuid.UUID, str, str]] = field(default_factory=dict)

    def name(self, written: str) -> tuple[uuid.UUID, str, str] | None:
        key = v.match_key(written)
        return self.by_name.get(key) or self.by_loose_name.get(_loose_key(key))


def _loose_key(key: str) -> str:
    """A name key without diacritics, hyphens or spaces ("upplands-väsby" -> "upplandsvasby")."""
    folded = unicodedata.normalize("NFKD", key)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\s\-–]", "", folded)


def _period_start(period: str) -> date:
    if len(period) == 4:
        return date(int(period), 1, 1)
    return date.fromisoformat(period)


def _wanted(plan: CareImportPlan) -> list[ReportInput]:
    return [
        validate_report(r.data)
        for r in plan.rows
        if r.data is not None and r.action in (ImportAction.NEW, ImportAction.UPDATE)
    ]


def _newest_first(period: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in period.split("-"))


def _merged(
    saved: ReportInput, read: ReportInput, columns: set[tuple[PlacementForm, Measure] | Total]
) -> ReportInput:
    """``read`` (a file's row) over ``saved``: a cell whose column the file lacks keeps its
    saved value. A form whose placed count the file changes but whose own/bought it lacks keeps
    those only while they still add up to the new count."""
    lines: dict[PlacementForm, LineInput] = {}
    for form in PlacementForm:
        values = {}
        for measure in Measure:
            source = read if (form, measure) in columns else saved
            values[measure.value] = source.line(form).get(measure)
        placed, own, bought = values["placed"], values["own"], values["bought"]
        if (
            (form, Measure.PLACED) in columns
            and None not in (placed, own, bought)
            and own + bought != placed
        ):
            for measure in (Measure.OWN, Measure.BOUGHT):
                if (form, measure) not in columns:
                    values[measure.value] = None
        line = LineInput(**values)
        if not line.is_empty:
            lines[form] = line

    def total(t: Total) -> int | None:
        return getattr(read if t in columns else saved, t.value)

    return ReportInput(
        organisation_id=read.organisation_id,
        period=read.period,
        lines=lines,
        breakdowns=total(Total.BREAKDOWNS),
        emergency_placements=total(Total.EMERGENCY_PLACEMENTS),
        cost_ksek=total(Total.COST_KSEK),
        focus_group_ids=saved.focus_group_ids,
    )


def _changes(a: ReportInput, b: ReportInput) -> tuple[str, ...]:
    """What saving ``b`` over ``a`` changes, per field: "HVB: 7 → 10" ("–" for not given)."""

    def shown(value: int | None) -> str:
        return "–" if value is None else str(value)

    out = []
    for form in PlacementForm:
        for measure in Measure:
            old, new = a.line(form).get(measure), b.line(form).get(measure)
            if old != new:
                out.append(f"{column_label((form, measure))}: {shown(old)} → {shown(new)}")
    for t in Total:
        old, new = getattr(a, t.value), getattr(b, t.value)
        if old != new:
            out.append(f"{t.label()}: {shown(old)} → {shown(new)}")
    return tuple(out)


def _quartiles(values: Sequence[int]) -> tuple[float | None, float | None, float | None]:
    if not values:
        return None, None, None
    if len(values) == 1:
        return float(values[0]), float(values[0]), float(values[0])
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return float(median), float(q1), float(q3)


# --- export columns --------------------------------------------------------------------------------


def export_headers() -> list[str]:
    headers = [
        translate("care_places", "Municipality code"),
        translate("care_places", "Municipality, region or SiS home"),
        translate("care_places", "Period"),
        translate("care_places", "All placed"),
    ]
    for form in PlacementForm:
        for measure in Measure:
            headers.append(column_label((form, measure)))
    headers.extend(t.label() for t in Total)
    headers.append(translate("care_places", "Focus groups"))
    return headers


_CELL_KEYS = tuple((f, m) for f in PlacementForm for m in Measure)
_ATTRIBUTES = tuple((m, m.value) for m in Measure)  # enum member lookups, once
_TOTAL_PLACED = ("total", Measure.PLACED)


def _row_values(row: CareReportRow) -> dict[object, int | None]:
    """Every count of an exported row keyed ``(form, measure)``, and its printed total (the
    report reads 290 rows x 10 periods through this: plain attribute reads, no enum lookups)."""
    values: dict[object, int | None] = dict.fromkeys(_CELL_KEYS)
    placed = None
    for form, line in row.lines.items():
        for measure, name in _ATTRIBUTES:
            values[(form, measure)] = getattr(line, name)
        if form.parent is None and line.placed is not None:
            placed = (placed or 0) + line.placed
    values[_TOTAL_PLACED] = placed  # the only total the file prints
    return values


_ROW_GROUPS = report_groups(lambda f, m: (f, m), lambda m: ("total", m))
_ROW_VARAV = report_varav(lambda f, m: (f, m))


def protected_cells(row: CareReportRow) -> dict[object, str]:
    """The report's counts a file must not print (1-4 and what would give them away by
    subtraction), keyed ``(form, measure)`` and ``("total", measure)``; see :func:`protect`."""
    return protect(_row_values(row), _ROW_GROUPS, _ROW_VARAV)


# what the report prints for a period other than the section's: its trend's sums
_TREND_SUMS = (("total", Measure.PLACED), ("total", "needs"))


def _column_cells(key: object) -> list[object]:
    """The cells of one exported row that a programme sum ``key`` adds up."""
    if isinstance(key, tuple) and key[0] == "total":
        if key[1] is Measure.PLACED:
            return [key]
        measures = NEED_MEASURES if key[1] == "needs" else (key[1],)
        return [(f, m) for f in MAIN_FORMS for m in measures]
    if isinstance(key, tuple) and key[0] == "needs":
        return [(key[1], m) for m in NEED_MEASURES]
    return [key]


def _combined_withheld(
    rows: Sequence[CareReportRow],
    protected: Sequence[dict[object, str]],
    withheld: set,
    printed: Iterable[object] | None = None,
) -> set:
    """Leak 1: the programme sums read together with every exported row's own sums (own +
    bought = placed, the forms adding up to all placed, the "of which" bounds), not column by
    column. Bounds are narrowed over every equation until nothing narrows; while a hidden count
    (or a "<5" sum) collapses to one value, one more sum it is part of is withheld."""
    values: dict[object, int | None] = {}
    marks: dict[object, str] = {}
    groups: list[tuple[object, tuple]] = []
    varav: list[tuple[object, tuple]] = []
    sums: dict[object, int] = defaultdict(int)
    keyed: list[object] = [(f, m) for f in PlacementForm for m in Measure]  # as the report
    keyed += [("total", m) for m in (Measure.PLACED, Measure.OWN, Measure.BOUGHT, Measure.WAITING)]
    keyed += [("needs", f) for f in PlacementForm] + [("total", "needs")]
    if printed is not None:  # another period's: only the sums printed for it
        keyed = [k for k in keyed if k in set(printed)]
    columns = {key: _column_cells(key) for key in keyed}
    hidden_rows = []
    for i, (row, hidden) in enumerate(zip(rows, protected, strict=True)):
        row_values = _row_values(row)
        for key, cells in columns.items():
            sums[key] += sum(row_values.get(c) or 0 for c in cells)
        if not hidden:
            continue
        hidden_rows.append(i)
        for key, value in row_values.items():
            values[(i, key)] = value
        for key, mark in hidden.items():
            marks[(i, key)] = mark
        additive, kinds = readable_groups(row_values, _ROW_GROUPS, _ROW_VARAV)
        groups += [((i, t), tuple((i, p) for p in ps)) for t, ps in additive]
        varav += [((i, t), tuple((i, p) for p in ps)) for t, ps in kinds]
    if not hidden_rows:
        return set()
    column_groups: dict[object, tuple[object, tuple]] = {}
    for key, cells in columns.items():
        parts = tuple((i, c) for i in hidden_rows for c in cells if values.get((i, c)))
        if key in withheld or not any(p in marks for p in parts):
            continue
        values[("sum", key)] = sum(values[p] or 0 for p in parts)  # the sum less other rows
        if 0 < sums[key] < 5:  # printed "<5": every other row is 0 there
            marks[("sum", key)] = SMALL
        column_groups[key] = (("sum", key), parts)
    added: set = set()
    alone: set | None = None  # what the rows give on their own: not the sums' doing
    while column_groups:
        found = recoverable(
            values, marks, [*groups, *column_groups.values()], varav, eliminate=False
        )
        if found and alone is None:
            alone = set(recoverable(values, marks, groups, varav, eliminate=False))
        found = [k for k in found if k not in (alone or ())]
        if not found:
            break
        cell = found[0]
        key = next(
            (k for k, (t, ps) in column_groups.items() if cell == t or cell in ps),
            next(iter(column_groups)),
        )
        del column_groups[key]
        added.add(key)
    return added


def withheld_sums(
    rows: Sequence[CareReportRow], *, every: bool = False, printed: Iterable[object] | None = None
) -> frozenset:
    """The programme sums over ``rows`` (one period's programme municipalities, as the export
    prints them) that a document must not print as they are. Printed beside the exported rows,
    a sum less the rows shown is the sum of the rows' hidden counts: withheld when that gives
    one of them away (one hidden count; or four "<5" adding up to 16, all 4), read as
    :func:`recoverable` reads (the sum, "<5" being 1-4, ".." 0 or 5 and more). ``every``:
    each sum any hidden count contributes to (for a median: of two counts, their mean). Keys as
    the report's: ``(form, measure)``, ``("total", measure)``, ``("needs", form)``,
    ``("total", "needs")``, ``"breakdowns"``, ``"emergency_placements"``. ``printed``: the
    sums a document prints (default: all the report's section does), read together with the
    rows' own sums (:func:`_combined_withheld`)."""
    parts: dict[object, list[tuple[int, str | None]]] = defaultdict(list)
    protected = [protected_cells(row) for row in rows]
    for row, hidden in zip(rows, protected, strict=True):
        total = row.total()
        if total is not None:
            parts[("total", Measure.PLACED)].append((total, hidden.get(("total", Measure.PLACED))))
        for form, line in row.lines.items():
            for measure in Measure:
                value = line.get(measure)
                if value is None:
                    continue
                cell = (value, hidden.get((form, measure)))
                parts[(form, measure)].append(cell)
                if form in MAIN_FORMS and measure is not Measure.PLACED:  # no total printed
                    parts[("total", measure)].append(cell)
                if measure.is_need:
                    parts[("needs", form)].append(cell)
                    if form in MAIN_FORMS:
                        parts[("total", "needs")].append(cell)
        for t in (Total.BREAKDOWNS, Total.EMERGENCY_PLACEMENTS):
            value = getattr(row, t.value)
            if value is not None:
                parts[t.value].append((value, SMALL if 0 < value < 5 else None))
    keys = set()
    for key, cells in parts.items():
        marks = {i: mark for i, (_v, mark) in enumerate(cells) if mark}
        if not marks:
            continue
        total = sum(v for v, _m in cells)
        small = 0 < total < 5  # printed "<5": the reader knows the sum is 1-4, not which
        if every or (len(marks) == 1 and not small):
            keys.add(key)
            continue
        values: dict[object, int | None] = {i: v for i, (v, _m) in enumerate(cells)}
        values["sum"] = total
        if small:  # "<5" beside four "<5" rows: each is at least 1, so each is 1
            marks = {**marks, "sum": SMALL}
        # one sum: a lone hidden count is caught above, so the bounds are the whole reading
        if recoverable(values, marks, [("sum", list(range(len(cells))))], eliminate=False):
            keys.add(key)
    if not every:
        keys |= _combined_withheld(rows, protected, keys, printed)
    return frozenset(keys)


def export_row(row: CareReportRow) -> list[tabular.Cell]:
    hidden = protected_cells(row)

    def shown(key: object, value: int | None) -> tabular.Cell:
        return hidden.get(key) or small_count(value)

    cells: list[tabular.Cell] = [
        row.municipality_code,
        row.organisation_name,
        row.period,
        shown(("total", Measure.PLACED), row.total()),
    ]
    for form in PlacementForm:
        for measure in Measure:
            cells.append(shown((form, measure), row.value(form, measure)))
    cells.append(small_count(row.breakdowns))
    cells.append(small_count(row.emergency_placements))
    cells.append(row.cost_ksek if row.cost_ksek is not None else "")  # money, not a count
    cells.append(", ".join(row.focus_group_names))
    return cells


__all__ = [
    "CareImportPlan",
    "CareImportRow",
    "CarePlaceService",
    "CareReportRow",
    "CareSummary",
    "ChooseSheet",
    "Comparison",
    "Distribution",
    "FiguresExist",
    "FocusGroupItems",
    "FocusGroupRow",
    "FormBalance",
    "ImportAction",
    "export_headers",
    "export_row",
    "header_meaning",
]
