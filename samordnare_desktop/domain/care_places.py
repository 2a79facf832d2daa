"""Care places for placed children (samhällsplacerade barn): counts per municipality (or region,
SiS home) and period, by placement form, and the focus groups (target groups) that meetings and
figures can be tagged with.

**Counts only.** Nothing here identifies a child: a report holds numbers per form and period,
no names, no free text. Documents that leave the app print 1-4 as "<5"
(:func:`small_count`), as official Swedish statistics do.

A period is a year ("2025") or a date ("2025-06-30", a count on that day); stored as that text,
so sorting the text sorts the periods.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin, enum_column
from samordnare_desktop.domain.dates import parse_date
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.i18n import translate

MAX_COUNT = 1_000_000
PERIOD_LENGTH = len("2025-06-30")  # the longest period typed in a form: a day
# what the form's field takes while typing: a day with spaces pasted around it, or its compact
# and short forms, read as every date field reads them (" 2027-05-12" was cut to " 2027-05-1")
PERIOD_TYPING_LENGTH = 20
MAX_COST_KSEK = 100_000_000  # 100 billion kronor in thousands: anything above is a typo


class PlacementForm(enum.StrEnum):
    """Placement forms; NETWORK_HOME and REINFORCED_FAMILY_HOME are kinds of FAMILY_HOME (their
    counts are part of the family-home count, "varav")."""

    EMERGENCY_HOME = "emergency_home"  # jourhem
    FAMILY_HOME = "family_home"  # familjehem
    NETWORK_HOME = "network_home"  # släktinghem / nätverkshem
    REINFORCED_FAMILY_HOME = "reinforced_family_home"  # förstärkt familjehem
    HVB = "hvb"  # hem för vård eller boende
    SUPPORTED_HOUSING = "supported_housing"  # stödboende
    SIS = "sis"  # SiS särskilt ungdomshem
    OTHER = "other"

    def label(self) -> str:
        return {
            PlacementForm.EMERGENCY_HOME: translate("PlacementForm", "Emergency home"),
            PlacementForm.FAMILY_HOME: translate("PlacementForm", "Family home"),
            PlacementForm.NETWORK_HOME: translate(
                "PlacementForm", "of which kinship or network home"
            ),
            PlacementForm.REINFORCED_FAMILY_HOME: translate(
                "PlacementForm", "of which reinforced family home"
            ),
            PlacementForm.HVB: translate("PlacementForm", "HVB (home for care or living)"),
            PlacementForm.SUPPORTED_HOUSING: translate("PlacementForm", "Supported housing"),
            PlacementForm.SIS: translate("PlacementForm", "SiS special youth home"),
            PlacementForm.OTHER: translate("PlacementForm", "Other"),
        }[self]

    def short_label(self) -> str:
        """For chart axes and narrow columns."""
        return {
            PlacementForm.EMERGENCY_HOME: translate("PlacementForm", "Emergency"),
            PlacementForm.FAMILY_HOME: translate("PlacementForm", "Family h."),
            PlacementForm.NETWORK_HOME: translate("PlacementForm", "Network"),
            PlacementForm.REINFORCED_FAMILY_HOME: translate("PlacementForm", "Reinforced"),
            PlacementForm.HVB: "HVB",
            PlacementForm.SUPPORTED_HOUSING: translate("PlacementForm", "Supported"),
            PlacementForm.SIS: "SiS",
            PlacementForm.OTHER: translate("PlacementForm", "Other"),
        }[self]

    @property
    def parent(self) -> PlacementForm | None:
        if self in (PlacementForm.NETWORK_HOME, PlacementForm.REINFORCED_FAMILY_HOME):
            return PlacementForm.FAMILY_HOME
        return None


# The forms whose counts add up to all placed children (the kinds of family home do not).
MAIN_FORMS = tuple(f for f in PlacementForm if f.parent is None)


class Measure(enum.StrEnum):
    """What is counted per form."""

    PLACED = "placed"  # children and young people placed in this form
    OWN = "own"  # of them in places of the municipality's own (egen regi)
    BOUGHT = "bought"  # of them in bought places (köpt)
    WAITING = "waiting"  # need not met: waiting for a place in this form
    MISMATCHED = "mismatched"  # need not met: needs this form, placed in another
    FAR_AWAY = "far_away"  # need not met: placed far from home

    def label(self) -> str:
        return {
            Measure.PLACED: translate("Measure", "Placed"),
            Measure.OWN: translate("Measure", "Own places"),
            Measure.BOUGHT: translate("Measure", "Bought places"),
            Measure.WAITING: translate("Measure", "Waiting"),
            Measure.MISMATCHED: translate("Measure", "Form does not match need"),
            Measure.FAR_AWAY: translate("Measure", "Far from home"),
        }[self]

    @property
    def is_need(self) -> bool:
        return self in (Measure.WAITING, Measure.MISMATCHED, Measure.FAR_AWAY)


NEED_MEASURES = tuple(m for m in Measure if m.is_need)


class Total(enum.StrEnum):
    """Counts for the whole report, not per form."""

    BREAKDOWNS = "breakdowns"  # sammanbrott
    EMERGENCY_PLACEMENTS = "emergency_placements"  # akuta placeringar
    COST_KSEK = "cost_ksek"  # kostnad, tusen kronor (optional)

    def label(self) -> str:
        return {
            Total.BREAKDOWNS: translate("Total", "Breakdowns"),
            Total.EMERGENCY_PLACEMENTS: translate("Total", "Emergency placements"),
            Total.COST_KSEK: translate("Total", "Cost (thousand SEK)"),
        }[self]


class FocusGroupKey(enum.StrEnum):
    """The three focus groups named in the assignment; user-defined groups have no key."""

    LEFT_CRIME = "left_organised_crime"
    UNACCOMPANIED = "unaccompanied"
    YOUNG_FAMILY_HOME = "young_family_home"

    def label(self) -> str:
        return {
            FocusGroupKey.LEFT_CRIME: translate(
                "FocusGroupKey", "Young people who have left organised crime"
            ),
            FocusGroupKey.UNACCOMPANIED: translate("FocusGroupKey", "Unaccompanied children"),
            FocusGroupKey.YOUNG_FAMILY_HOME: translate(
                "FocusGroupKey", "Younger children placed in family homes"
            ),
        }[self]


# --- tables -------------------------------------------------------------------------------------


class CareReport(SoftDeleteMixin, Entity):
    """One organisation's counts for one period (a year or a date)."""

    __tablename__ = "care_report"
    __table_args__ = (
        UniqueConstraint("organisation_id", "period", name="uq_care_report_organisation_id"),
        Index("ix_care_report_period", "period"),
    )

    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE")
    )
    period: Mapped[str] = mapped_column(String(10))
    breakdowns: Mapped[int | None] = mapped_column(default=None)
    emergency_placements: Mapped[int | None] = mapped_column(default=None)
    cost_ksek: Mapped[int | None] = mapped_column(default=None)


class CareLine(Entity):
    """A report's counts for one placement form; ``None`` is "not given" (0 is a count)."""

    __tablename__ = "care_line"
    __table_args__ = (UniqueConstraint("report_id", "form", name="uq_care_line_report_id"),)

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_report.id", ondelete="CASCADE"))
    form: Mapped[PlacementForm] = mapped_column(enum_column(PlacementForm))
    placed: Mapped[int | None] = mapped_column(default=None)
    own: Mapped[int | None] = mapped_column(default=None)
    bought: Mapped[int | None] = mapped_column(default=None)
    waiting: Mapped[int | None] = mapped_column(default=None)
    mismatched: Mapped[int | None] = mapped_column(default=None)
    far_away: Mapped[int | None] = mapped_column(default=None)


class FocusGroup(SoftDeleteMixin, Entity):
    """A target group to pull things together by: one of the three named ones or the user's."""

    __tablename__ = "focus_group"

    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(40), default="")


class VisitFocusGroup(Entity):
    """A meeting tagged with a focus group."""

    __tablename__ = "visit_focus_group"
    __table_args__ = (
        UniqueConstraint("visit_id", "focus_group_id", name="uq_visit_focus_group_visit_id"),
    )

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    focus_group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE"), index=True
    )


class CareReportFocusGroup(Entity):
    """Placement figures tagged with a focus group."""

    __tablename__ = "care_report_focus_group"
    __table_args__ = (
        UniqueConstraint(
            "report_id", "focus_group_id", name="uq_care_report_focus_group_report_id"
        ),
    )

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("care_report.id", ondelete="CASCADE"))
    focus_group_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("focus_group.id", ondelete="CASCADE"), index=True
    )


# --- plain values and validation -----------------------------------------------------------------


@dataclass(frozen=True)
class LineInput:
    """One form's counts; ``None`` for "not given"."""

    placed: int | None = None
    own: int | None = None
    bought: int | None = None
    waiting: int | None = None
    mismatched: int | None = None
    far_away: int | None = None

    def get(self, measure: Measure) -> int | None:
        return getattr(self, measure.value)

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


@dataclass(frozen=True)
class ReportInput:
    """What the form and the import hand to the service (the field list of a report)."""

    organisation_id: uuid.UUID
    period: str
    lines: dict[PlacementForm, LineInput] = field(default_factory=dict)
    breakdowns: int | None = None
    emergency_placements: int | None = None
    cost_ksek: int | None = None
    focus_group_ids: tuple[uuid.UUID, ...] = ()

    def line(self, form: PlacementForm) -> LineInput:
        return self.lines.get(form) or LineInput()

    def total(self, measure: Measure = Measure.PLACED) -> int | None:
        """The sum over the main forms of what is given; ``None`` when nothing is."""
        values = [self.line(f).get(measure) for f in MAIN_FORMS]
        given = [v for v in values if v is not None]
        return sum(given) if given else None


_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_period(value: object, field_name: str = "period") -> str:
    """ "2025" or "2025-06-30" from a year, a date or such a text; ValidationError otherwise."""
    if isinstance(value, datetime):  # an Excel date cell: the day, never "T00:00:00"
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value if value is not None else "").strip()
    found = _YEAR.match(text)
    if found and 2000 <= int(text) <= 2100:
        return text
    found = _DAY.match(text[:10]) if len(text) == 19 else None  # "2025-06-30 00:00:00"
    try:
        # a day as every date field reads it: 2025-06-30, 20250630, 2025-6-30, spaces around
        day = parse_date(found.group(0) if found else text)
    except ValueError:
        day = None
    if day is not None and 2000 <= day.year <= 2100:
        return day.isoformat()
    raise ValidationError(
        field_name,
        translate(
            "care_places", "“{value}” is not a period: give a year (2025) or a date (2025-06-30)."
        ).format(value=text[:40]),
    )


def period_label(period: str) -> str:
    return period


def count_value(
    value: object, field_name: str, label: str, *, limit: int = MAX_COUNT
) -> int | None:
    """A count from a cell or a field: blank is ``None``; text, fractions and negatives refused."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise _not_count(field_name, label, value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise _not_count(field_name, label, value)
        number = int(value)
    else:
        text = re.sub(r"[\s\u00a0\u202f]", "", str(value))
        if text in ("", "-", "–", ".."):  # SCB writes ".." for "no figure"
            return None
        if not re.fullmatch(r"[+-]?\d+", text):
            raise _not_count(field_name, label, value)
        digits = text.lstrip("+-").lstrip("0")
        if len(digits) > len(str(limit)):  # int() refuses past 4,300 digits: never read those
            raise ValidationError(
                field_name,
                translate("care_places", "{label}: {value} is more than {limit}.").format(
                    label=label, value=f"{text[:12]}…", limit=limit
                ),
            )
        number = int(text)
    if number < 0:
        raise ValidationError(
            field_name,
            translate("care_places", "{label}: {value} is negative; a count is 0 or more.").format(
                label=label, value=number
            ),
        )
    if number > limit:
        raise ValidationError(
            field_name,
            translate("care_places", "{label}: {value} is more than {limit}.").format(
                label=label, value=number, limit=limit
            ),
        )
    return number


def _not_count(field_name: str, label: str, value: object) -> ValidationError:
    shown = str(value)
    if len(shown) > 40:
        shown = shown[:39] + "\u2026"
    return ValidationError(
        field_name,
        translate("care_places", "{label}: “{value}” is not a whole number.").format(
            label=label, value=shown
        ),
    )


def line_field(form: PlacementForm, measure: Measure) -> str:
    return f"{form.value}.{measure.value}"


def check_report(data: ReportInput) -> list[ValidationError]:
    """Every problem with a report's counts (none means it may be saved): negative or too large
    counts, own + bought not equal to placed where all three are given, the kinds of family home
    more than the family homes."""
    problems: list[ValidationError] = []
    for form, line in data.lines.items():
        for measure in Measure:
            value = line.get(measure)
            if value is None:
                continue
            label = f"{form.label()}, {measure.label().lower()}"
            try:
                count_value(value, line_field(form, measure), label)
            except ValidationError as exc:
                problems.append(exc)
        if None not in (line.placed, line.own, line.bought) and (
            line.own + line.bought != line.placed
        ):
            problems.append(
                ValidationError(
                    line_field(form, Measure.OWN),
                    translate(
                        "care_places",
                        "{form}: own ({own}) + bought ({bought}) is {sum}, not all placed "
                        "({placed}).",
                    ).format(
                        form=form.label(),
                        own=line.own,
                        bought=line.bought,
                        sum=line.own + line.bought,
                        placed=line.placed,
                    ),
                )
            )
        for measure in (Measure.OWN, Measure.BOUGHT):
            part = line.get(measure)
            if part is not None and line.placed is not None and part > line.placed:
                problems.append(
                    ValidationError(
                        line_field(form, measure),
                        translate(
                            "care_places",
                            "{form}: {measure} ({part}) is more than placed ({placed}).",
                        ).format(
                            form=form.label(),
                            measure=measure.label().lower(),
                            part=part,
                            placed=line.placed,
                        ),
                    )
                )
    family = data.line(PlacementForm.FAMILY_HOME).placed
    kinds = [
        data.line(f).placed
        for f in (PlacementForm.NETWORK_HOME, PlacementForm.REINFORCED_FAMILY_HOME)
        if data.line(f).placed is not None
    ]
    if family is not None and kinds and sum(kinds) > family:
        problems.append(
            ValidationError(
                line_field(PlacementForm.NETWORK_HOME, Measure.PLACED),
                translate(
                    "care_places",
                    "Kinship/network homes and reinforced family homes ({kinds}) are more than "
                    "the family homes ({family}) they are part of.",
                ).format(kinds=sum(kinds), family=family),
            )
        )
    for total in Total:
        value = getattr(data, total.value)
        if value is None:
            continue
        try:
            count_value(
                value,
                total.value,
                total.label(),
                limit=MAX_COST_KSEK if total is Total.COST_KSEK else MAX_COUNT,
            )
        except ValidationError as exc:
            problems.append(exc)
    return problems


def validate_report(data: ReportInput) -> ReportInput:
    """Normalise (period) and check; raises the first ``ValidationError``."""
    period = parse_period(data.period)
    problems = check_report(data)
    if problems:
        raise problems[0]
    lines = {PlacementForm(f): line for f, line in data.lines.items() if not line.is_empty}
    return ReportInput(
        organisation_id=data.organisation_id,
        period=period,
        lines=lines,
        breakdowns=data.breakdowns,
        emergency_placements=data.emergency_placements,
        cost_ksek=data.cost_ksek,
        focus_group_ids=tuple(dict.fromkeys(data.focus_group_ids)),
    )


# --- small numbers in documents ---------------------------------------------------------------

SMALL = "<5"


def small_count(value: int | float | None) -> str | int | float:
    """What a document that leaves the app prints for a count: 1-4 as "<5" (official Swedish
    statistics' rule, so no child can be singled out), blank for "not given", else the number."""
    if value is None:
        return ""
    if 0 < value < 5:
        return SMALL
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def small_text(value: int | float | None) -> str:
    shown = small_count(value)
    if isinstance(shown, float):
        return f"{shown:.1f}".replace(".", ",")
    return str(shown)


# --- secondary suppression -------------------------------------------------------------------

HIDDEN = ".."  # hidden so that no "<5" can be worked out: what it stands for, :func:`marks_note`
# how an audit marks a hidden cell that may be any count (a ".." printed for a sum of 1-4)
ANY = "?"


K = TypeVar("K")


def protect(
    values: Mapping[K, int | None],
    groups: Iterable[tuple[K, Sequence[K]]],
    varav: Iterable[tuple[K, Sequence[K]]] = (),
    seeded: Iterable[K] = (),
    *,
    sums: bool = False,
) -> dict[K, str]:
    """The cells a document must not print, with what it prints instead: 1-4 as "<5" (primary)
    and, so that no "<5" can be worked out from what is printed, more cells as ".."
    (secondary suppression; what the marks mean for a reader: :data:`MARKS_NOTE`).

    ``groups`` are additive (a total and the parts it is the sum of; one whose parts, not given
    counted as 0, do not add up is skipped); ``varav`` are "of which" groups (a parent and kinds
    of it that together are at most the parent, such as family homes and, of them, kinship and
    reinforced ones). First, in every group where exactly one cell is hidden, the smallest
    other part (or the total) is hidden too; then every hidden cell must have a *witness*
    (:mod:`samordnare_desktop.domain.disclosure`): another filling of the hidden cells that fits
    every printed figure, sum and bound and gives it another value. While one has none, one more
    cell beside it is hidden. Cells not given (``None``) are printed blank and never hidden.

    ``seeded``: cells hidden from the start whatever their value (a programme sum to which a
    count hidden in another document contributes: printed, it would give that count away).
    ``sums``: a document of sums, whose ".." may stand for 1-4 (a seeded sum): the audit reads
    every ".." as 1 or more and wants a witness of 5 or more for a hidden 1-4."""
    from samordnare_desktop.domain.disclosure import ANY, DOTS, Audit

    hidden: dict[K, str] = {k: SMALL for k, v in values.items() if v is not None and 0 < v < 5}
    loose: set[K] = set()  # seeded cells of 1-4: printed ".." though not 5 and more
    for key in seeded:
        value = values.get(key)
        if value is not None and value > 0:
            if hidden.get(key) == SMALL:  # "<5" would tell a reader its rows' hidden counts
                loose.add(key)
            hidden[key] = HIDDEN
    additive, kinds = readable_groups(values, groups, varav)
    every = additive + kinds
    dots = ANY if sums or loose else DOTS
    changed = True
    while changed:
        changed = False
        for total, parts in every:
            if sum(1 for k in (total, *parts) if k in hidden) == 1 and _hide_beside(
                values, hidden, total, parts
            ):
                changed = True
        if changed:
            continue
        marks = {k: (SMALL if m == SMALL else dots) for k, m in hidden.items()}
        audit = Audit(values, marks, additive, kinds)
        away = audit.given_away()
        for key in away:
            for total, parts in every:
                if key in (total, *parts) and _hide_beside(values, hidden, total, parts):
                    changed = True
                    break
            if changed:
                break
        if changed or not away or dots != ANY:
            continue
        # nothing left to hide beside it (every cell of its sums hidden or 0): in a table of
        # sums a "<5" beside it is printed ".." instead (which there may stand for 1-4)
        for key in away:
            small = [
                p
                for t, ps in every
                if key in (t, *ps)
                for p in (t, *ps)
                if p != key and hidden.get(p) == SMALL
            ] + ([key] if hidden.get(key) == SMALL else [])
            if small:
                hidden[small[0]] = HIDDEN
                changed = True
                break
    return hidden


def marks_note() -> str:
    """What "<5" and ".." mean, the one text every explanation uses: the notes of the quarterly
    report (PDF and Word), the final report and the briefing, the Vårdplatser tab's tooltip
    and export message; the handbook and the README quote it (a test holds them to it).
    (An exported row's ".." is 5 or more: 1-4 are "<5" and 0 is never hidden; a sum is ".."
    also when it is 1-4 and "<5" would give its rows away: :func:`protect`, ``sums``.)"""
    return translate(
        "care_places",
        "Counts only: no child is identified. As in official statistics, 1–4 is printed as <5. "
        ".. hides a figure from which a <5 could be worked out with the figures beside it: in "
        "a table of counts it stands for 5 or more; a sum (of several municipalities or "
        "forms) printed .. may be any number from 1, also 1–4. 0 is never hidden.",
    )


def readable_groups(
    values: Mapping[K, int | None],
    groups: Iterable[tuple[K, Sequence[K]]],
    varav: Iterable[tuple[K, Sequence[K]]] = (),
) -> tuple[list[tuple[K, tuple[K, ...]]], list[tuple[K, tuple[K, ...]]]]:
    """The sums and "of which" groups a reader of ``values`` can use: an additive group whose
    cells are all printed and whose parts (not given as 0) add up to its total; an "of which"
    group whose kinds are at most the parent."""
    additive = [
        (total, tuple(parts))
        for total, parts in groups
        if total in values
        and all(p in values for p in parts)  # a group with a cell not printed gives nothing away
        and values.get(total) is not None
        and sum(values.get(p) or 0 for p in parts) == values.get(total)
    ]
    kinds = [  # an "of which" group the figures break (kinds more than the parent) is skipped
        (parent, tuple(p for p in parts if p in values))
        for parent, parts in varav
        if values.get(parent) is not None
        and sum(values.get(p) or 0 for p in parts) <= values[parent]
    ]
    return additive, kinds


def _hide_beside(
    values: Mapping[K, int | None], hidden: dict[K, str], total: K, parts: Sequence[K]
) -> bool:
    """Hide the smallest part of the group not hidden yet (else its total); False if none is
    left to hide."""
    candidates = sorted(
        (v, i, p)
        for i, p in enumerate(parts)
        if p not in hidden and (v := values.get(p)) is not None and v > 0
    )
    if candidates:
        hidden[candidates[0][2]] = HIDDEN
        return True
    if total not in hidden and values.get(total) is not None:
        hidden[total] = HIDDEN
        return True
    return False


_INF = float("inf")


def recoverable(
    values: Mapping[K, int | None],
    hidden: Mapping[K, str],
    groups: Sequence[tuple[K, Sequence[K]]],
    varav: Sequence[tuple[K, Sequence[K]]] = (),
    *,
    eliminate: bool = True,
) -> list[K]:
    """The hidden cells a reader can still work out from what is printed: the sums of
    ``groups`` (total = parts, not given as 0), the bounds of ``varav`` (parent >= its kinds),
    "<5" being 1-4, ".." being 0 or 5 and more (a weaker reader than the one the
    secondary suppression is proved against, :mod:`samordnare_desktop.domain.disclosure`; an
    :data:`ANY` mark any count). Two readings: bounds narrowed sum by sum
    until one value is left, and sums combined (linear elimination) until a cell stands alone."""
    lo: dict[K, float] = {}
    hi: dict[K, float] = {}
    for key, mark in hidden.items():
        lo[key], hi[key] = (1, 4) if mark == SMALL else (0, _INF)

    def bounds(key: K) -> tuple[float, float]:
        if key in hidden:
            return lo[key], hi[key]
        value = values.get(key) or 0
        return value, value

    def narrow(key: K, low: float, high: float) -> bool:
        if key not in hidden:
            return False
        new_lo, new_hi = max(lo[key], low), min(hi[key], high)
        if hidden[key] == HIDDEN:  # never 1-4: those are printed "<5"
            if 1 <= new_lo <= 4:
                new_lo = 5
            if 1 <= new_hi <= 4:
                new_hi = 0
        if (new_lo, new_hi) == (lo[key], hi[key]):
            return False
        lo[key], hi[key] = new_lo, new_hi
        return True

    # a work list: a sum or bound is read again only when one of its cells narrowed
    every = [(False, t, tuple(ps)) for t, ps in groups] + [(True, t, tuple(ks)) for t, ks in varav]
    touching: dict[K, list[int]] = defaultdict(list)
    for index, (_kind, total, parts) in enumerate(every):
        if total in hidden or any(p in hidden for p in parts):
            for key in (total, *parts):
                if key in hidden:
                    touching[key].append(index)
    queue = deque(sorted({i for indices in touching.values() for i in indices}))
    queued = set(queue)
    budget = 50 * max(len(queue), 1)  # each reading only narrows; as the rounds' cap was

    def again(key: K) -> None:
        for index in touching.get(key, ()):
            if index not in queued:
                queued.add(index)
                queue.append(index)

    while queue and budget > 0:
        budget -= 1
        index = queue.popleft()
        queued.discard(index)
        is_varav, total, parts = every[index]
        low = sum(bounds(p)[0] for p in parts)
        high = sum(bounds(p)[1] for p in parts)
        if is_varav:
            if narrow(total, low, _INF):
                again(total)
            f_hi = bounds(total)[1]
            for kind in parts:
                if narrow(kind, 0, f_hi - (low - bounds(kind)[0])):
                    again(kind)
            continue
        if narrow(total, low, high):
            again(total)
        t_lo, t_hi = bounds(total)
        for part in parts:
            p_lo, p_hi = bounds(part)
            if narrow(part, t_lo - (high - p_hi), t_hi - (low - p_lo)):
                again(part)
    found = [k for k in hidden if lo[k] == hi[k]]
    if not eliminate:  # the bounds alone (one sum: elimination finds only a lone unknown)
        return found
    return found + [k for k in _determined(values, hidden, groups) if k not in found]


def _determined(
    values: Mapping[K, int | None],
    hidden: Mapping[K, str],
    groups: Sequence[tuple[K, Sequence[K]]],
) -> list[K]:
    """The hidden cells the sums determine by elimination (Gauss-Jordan over the fractions)."""
    from fractions import Fraction

    unknowns = [k for k in hidden if any(k == t or k in ps for t, ps in groups)]
    column = {k: i for i, k in enumerate(unknowns)}
    rows: list[list[Fraction]] = []
    for total, parts in groups:
        row = [Fraction(0)] * len(unknowns)
        for key, sign in ((total, 1), *((p, -1) for p in parts)):
            if key in column:
                row[column[key]] += sign
        if any(row):
            rows.append(row)
    pivots: list[int] = []
    rank = 0
    for col in range(len(unknowns)):
        pivot = next((r for r in range(rank, len(rows)) if rows[r][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        lead = rows[rank][col]
        rows[rank] = [x / lead for x in rows[rank]]
        for r in range(len(rows)):
            if r != rank and rows[r][col] != 0:
                factor = rows[r][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[rank], strict=True)]
        pivots.append(col)
        rank += 1
    return [unknowns[col] for r, col in enumerate(pivots) if sum(1 for x in rows[r] if x != 0) == 1]


def report_groups(
    lines: Callable[[PlacementForm, Measure], object],
    totals: Callable[[Measure], object],
) -> list[tuple[object, list[object]]]:
    """The additive groups of one report's (or a sum of reports') counts, as keys given by
    ``lines(form, measure)`` and ``totals(measure)``: own + bought = placed per form and in
    total, and every measure's main forms adding up to its total."""
    groups: list[tuple[object, list[object]]] = []
    for form in PlacementForm:
        groups.append(
            (lines(form, Measure.PLACED), [lines(form, Measure.OWN), lines(form, Measure.BOUGHT)])
        )
    for measure in Measure:
        groups.append((totals(measure), [lines(f, measure) for f in MAIN_FORMS]))
    groups.append((totals(Measure.PLACED), [totals(Measure.OWN), totals(Measure.BOUGHT)]))
    return groups


def report_varav(lines: Callable[[PlacementForm, Measure], object]) -> list[tuple[object, list]]:
    """The "of which" groups of a report: per measure, the family homes and, of them, the
    kinship/network and the reinforced ones (together at most the family homes)."""
    kinds = [f for f in PlacementForm if f.parent is PlacementForm.FAMILY_HOME]
    return [(lines(PlacementForm.FAMILY_HOME, m), [lines(f, m) for f in kinds]) for m in Measure]
