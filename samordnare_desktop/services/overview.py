"""The programme at a glance (Översikt tab): a handful of aggregate queries, plain data out.

Every number carries the rows behind it (municipalities or visits), so the UI can click through.
Visits count once they took place: not cancelled and on or before today.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    TextualSelect,
    bindparam,
    column,
    select,
    text,
    type_coerce,
)
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import RawId, first_per_group
from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.stamps import table_stamps
from samordnare_desktop.domain.action_plan import (
    ActionPlan,
    ActionStatus,
    FollowUp,
    PlanAction,
    PlanArea,
)
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.search import dialect_name
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus

UPCOMING_DAYS = 30
MONTHS_BACK = 11
MONTHS_AHEAD = 3
TOP_AREAS = 8


@dataclass(frozen=True)
class MunicipalityRef:
    """A municipality behind a number, with what is shown beside it (e.g. the visit's date)."""

    id: uuid.UUID
    code: str
    name: str
    day: date | None = None
    visit_id: uuid.UUID | None = None


@dataclass(frozen=True)
class UpcomingVisit:
    id: uuid.UUID
    municipality_id: uuid.UUID
    municipality_code: str
    municipality_name: str
    day: date
    kind: VisitKind
    status: VisitStatus


@dataclass(frozen=True)
class MonthCount:
    month: date  # first day of the month
    count: int
    # the month's visits, read when asked for (the list behind its column: some 200 a month at
    # ten times the programme, thousands over the chart's fifteen months, listed only on a click)
    read_visits: Callable[[], tuple[UpcomingVisit, ...]] = field(
        default=lambda: (), compare=False, repr=False
    )

    @property
    def visits(self) -> tuple[UpcomingVisit, ...]:
        return self.read_visits()


@dataclass(frozen=True)
class OverdueAction:
    plan_id: uuid.UUID
    municipality_id: uuid.UUID
    municipality_code: str
    municipality_name: str
    area_name: str
    what: str
    due_date: date
    status: ActionStatus


@dataclass(frozen=True)
class AreaCount:
    """A development area (names compared loosely) and the municipalities that chose it."""

    name: str
    municipalities: tuple[MunicipalityRef, ...]

    @property
    def count(self) -> int:
        return len(self.municipalities)


@dataclass(frozen=True)
class Overview:
    today: date
    programme: tuple[MunicipalityRef, ...]
    first_visit: tuple[MunicipalityRef, ...]  # programme municipalities whose first visit was held
    follow_up: tuple[MunicipalityRef, ...]
    time_study: tuple[MunicipalityRef, ...]  # programme municipalities with a time study
    upcoming: tuple[UpcomingVisit, ...]
    per_month: tuple[MonthCount, ...]
    plan_received: tuple[MunicipalityRef, ...]  # programme municipalities that sent their plan
    plan_followed_up: tuple[MunicipalityRef, ...]
    overdue_count: int  # open actions past their due date, in every plan
    areas: tuple[AreaCount, ...]  # the most common development areas, most common first
    # the overdue actions themselves, read when asked for (thousands at ten times the
    # programme, listed only when their figure is clicked)
    read_overdue: Callable[[], tuple[OverdueAction, ...]] = field(
        default=lambda: (), compare=False, repr=False
    )

    @property
    def overdue(self) -> tuple[OverdueAction, ...]:
        return self.read_overdue()

    @property
    def without_first_visit(self) -> tuple[MunicipalityRef, ...]:
        done = {r.id for r in self.first_visit}
        return tuple(r for r in self.programme if r.id not in done)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# what the visit and plan rows behind the figures are read from: any edit bumps ``updated_at``
_STAMPED = (Visit, ActionPlan, PlanArea, PlanAction, FollowUp)


def _typed(sql: str, *columns: tuple[str, Any], **binds: Any) -> TextualSelect:
    """``sql`` as a statement with typed binds and result columns. The figures' statements as
    SQL text, as db/stamps.py's: built as ORM selects they cost ~6 ms to compile on each new
    engine, their compiled cache empty (Översikt's first read); the same SQL, so the same
    indexes."""
    return (
        text(sql)
        .bindparams(*(bindparam(name, type_=kind) for name, kind in binds.items()))
        .columns(*(column(name, kind) for name, kind in columns))
    )


_LIVE_VISIT = f"v.deleted_at IS NULL AND v.status != '{VisitStatus.CANCELLED.value}'"
_ID = Visit.__table__.c.id.type  # the ids' type (uuid on either backend)
# the chart's months as visits per day, of a known municipality as the rows listed are
_PER_DAY = _typed(
    "SELECT v.day, count(*) AS n FROM visit v JOIN municipality m ON v.municipality_id = m.id"
    f" WHERE {_LIVE_VISIT} AND v.day >= :start AND v.day < :end GROUP BY v.day",
    ("day", Date),
    ("n", Integer),
    start=Date,
    end=Date,
)
_VISIT_ROWS = _typed(
    "SELECT v.id, v.municipality_id, v.day, v.kind, v.status, v.start_time FROM visit v"
    f" WHERE {_LIVE_VISIT} AND v.municipality_id IS NOT NULL"
    " AND v.day >= :start AND v.day < :end",
    ("id", _ID),
    ("municipality_id", RawId),
    ("day", Date),
    ("kind", Visit.__table__.c.kind.type),
    ("status", Visit.__table__.c.status.type),
    ("start_time", Visit.__table__.c.start_time.type),
    start=Date,
    end=Date,
)
_PLANS = _typed(
    "SELECT p.id, p.municipality_id, p.received_on FROM action_plan p WHERE p.deleted_at IS NULL",
    ("id", _ID),
    ("municipality_id", _ID),
    ("received_on", Date),
)
_FOLLOWED = _typed(
    "SELECT f.plan_id, min(f.held_on) AS held_on FROM plan_follow_up f"
    " WHERE f.deleted_at IS NULL GROUP BY f.plan_id",
    ("plan_id", _ID),
    ("held_on", Date),
)
_AREAS = _typed(
    "SELECT r.name, p.municipality_id FROM plan_area r JOIN action_plan p ON r.plan_id = p.id"
    " WHERE r.deleted_at IS NULL AND p.deleted_at IS NULL",
    ("name", String),
    ("municipality_id", RawId),
)
# the open actions of live plans past their due date, of a known municipality (the count of
# ``_overdue_query``'s rows)
_OVERDUE_COUNT = _typed(
    "SELECT count(*) AS n FROM plan_action a JOIN plan_area r ON a.area_id = r.id"
    " JOIN action_plan p ON r.plan_id = p.id JOIN municipality m ON p.municipality_id = m.id"
    " WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL AND p.deleted_at IS NULL"
    " AND a.due_date < :today"
    f" AND a.status NOT IN ('{ActionStatus.DONE.value}', '{ActionStatus.DROPPED.value}')",
    ("n", Integer),
    today=Date,
)
_MUNICIPALITIES = _typed(
    "SELECT m.id, m.code, m.name, m.in_programme FROM municipality m ORDER BY m.name",
    ("id", _ID),
    ("code", String),
    ("name", String),
    ("in_programme", Boolean),
)
_STUDIED = _typed(
    "SELECT t.municipality_id FROM time_study t WHERE t.deleted_at IS NULL"
    " GROUP BY t.municipality_id",
    ("municipality_id", _ID),
)


@dataclass(frozen=True)
class _Rows:
    """The visit and plan rows the figures are made of, by municipality id: the same whatever
    the programme is (ticking a municipality in or out recomposes them without reading them)."""

    held: list
    per_day: list  # (day, how many visits) over the chart's months, counted in SQL
    coming: list  # the visits from today to the upcoming horizon (a few hundred at most)
    plans: list
    followed: dict
    areas: list
    overdue: int  # how many; the rows themselves are read when listed


class OverviewService:
    def __init__(self, db: Database) -> None:
        self.db = db
        # the rows from visits and plans, kept while none of their tables changed; the figures
        # composed of them, kept while the municipalities did not change either (a time study
        # saved recomputes only which municipalities have one)
        self._rows: tuple[tuple, _Rows] | None = None
        self._kept: tuple[tuple, Overview] | None = None
        self._named_kept: tuple[_Rows, tuple, tuple] | None = None

    def snapshot(self, today: date | None = None) -> Overview:
        today = today or date.today()
        with self.db.read() as s:
            stamps = table_stamps(s, (*_STAMPED, Municipality))
            rows_stamp = (today, *stamps[:-1])
            stamp = (rows_stamp, stamps[-1])
            studied = set(s.scalars(_STUDIED))
            kept = self._kept
            if kept is None or kept[0] != stamp:
                rows = self._rows
                if rows is None or rows[0] != rows_stamp:
                    rows = self._rows = (rows_stamp, self._read(s, today))
                kept = self._kept = (stamp, self._figures(s, today, rows[1]))
        overview = kept[1]
        return replace(overview, time_study=tuple(r for r in overview.programme if r.id in studied))

    def _read(self, s: Session, today: date) -> _Rows:
        """The visit and plan rows of the figures (municipalities by id: see :class:`_Rows`)."""
        first_month = _add_months(today.replace(day=1), -MONTHS_BACK)
        end_month = _add_months(today.replace(day=1), MONTHS_AHEAD + 1)
        live = (Visit.deleted_at.is_(None), Visit.status != VisitStatus.CANCELLED)
        held = s.execute(
            first_per_group(
                dialect_name(s),
                (Visit.municipality_id, Visit.kind),
                Visit.day,
                (Visit.id,),
                *live,
                Visit.day <= today,
                Visit.kind.in_((VisitKind.FIRST, VisitKind.FOLLOW_UP)),
            )
        ).all()
        # the chart's months as visits per day, counted in SQL (some 3,000 visits at ten times
        # the programme, each made into Python objects only to be counted), of a known
        # municipality as the rows listed are
        per_day = s.execute(_PER_DAY, {"start": first_month, "end": end_month}).all()
        coming = _visit_rows(s, today, today + timedelta(days=UPCOMING_DAYS + 1))
        plans = s.execute(_PLANS).all()
        followed = dict(s.execute(_FOLLOWED).all())
        from samordnare_desktop.domain.validation import match_key

        known: dict[str, uuid.UUID] = {}  # a few hundred municipalities behind the rows
        keys: dict[str, str] = {}  # thousands of areas, a few dozen names (7 at 10x)
        # (name, municipality, the name's match key): keyed once per read of the rows, not on
        # every refresh (ticking a municipality in or out recomposes the figures only)
        areas = [
            (
                name,
                known.get(m) or known.setdefault(m, uuid.UUID(m)),
                keys.get(name) or keys.setdefault(name, match_key(name)),
            )
            for name, m in s.execute(_AREAS)
        ]
        overdue = s.scalar(_OVERDUE_COUNT, {"today": today})
        return _Rows(held, per_day, coming, plans, followed, areas, overdue)

    def _named(
        self, rows: _Rows, everyone: dict[uuid.UUID, tuple[str, str]]
    ) -> list[UpcomingVisit]:
        """The visits coming (today to the horizon) with their municipalities' codes and names,
        kept while neither the rows nor the names change (the same rows: the table is not set
        again)."""
        names = tuple(everyone.items())
        kept = self._named_kept
        if kept is not None and kept[0] is rows and kept[1] == names:
            return kept[2]
        visits = _named_visits(rows.coming, everyone)
        self._named_kept = (rows, names, visits)
        return visits

    def _month_reader(
        self, month: date, everyone: dict[uuid.UUID, tuple[str, str]]
    ) -> Callable[[], tuple[UpcomingVisit, ...]]:
        """Reads the visits of ``month`` once, when first asked for (the list behind a column)."""
        read: list[tuple[UpcomingVisit, ...]] = []

        def visits() -> tuple[UpcomingVisit, ...]:
            if not read:
                with self.db.read() as s:
                    rows = _visit_rows(s, month, _add_months(month, 1))
                read.append(tuple(_named_visits(rows, everyone)))
            return read[0]

        return visits

    def _overdue_reader(
        self, today: date, everyone: dict[uuid.UUID, tuple[str, str]]
    ) -> Callable[[], tuple[OverdueAction, ...]]:
        """Reads the overdue actions once, when first asked for (the list behind the figure)."""
        read: list[tuple[OverdueAction, ...]] = []

        def overdue() -> tuple[OverdueAction, ...]:
            if not read:
                known: dict[str, uuid.UUID] = {}

                def uid(text: str) -> uuid.UUID:  # a few hundred plans behind thousands
                    found = known.get(text)
                    if found is None:
                        found = known[text] = uuid.UUID(text)
                    return found

                with self.db.read() as s:
                    rows = s.execute(_overdue_query(today)).all()
                found = []
                for plan, municipality, *rest in rows:
                    m_id = uid(municipality)
                    if m_id in everyone:
                        found.append(OverdueAction(uid(plan), m_id, *everyone[m_id], *rest))
                found.sort(key=lambda a: (a.due_date, a.municipality_name))
                read.append(tuple(found))
            return read[0]

        return overdue

    def _figures(self, s: Session, today: date, rows: _Rows) -> Overview:
        """Everything but the time studies (left empty), of ``rows`` and the municipalities."""
        first_month = _add_months(today.replace(day=1), -MONTHS_BACK)
        end_month = _add_months(today.replace(day=1), MONTHS_AHEAD + 1)
        everyone: dict[uuid.UUID, tuple[str, str]] = {}
        programme: dict[uuid.UUID, MunicipalityRef] = {}
        for m_id, code, name, in_programme in s.execute(_MUNICIPALITIES):
            everyone[m_id] = (code, name)
            if in_programme:
                programme[m_id] = MunicipalityRef(m_id, code, name)
        visits = self._named(rows, everyone)
        received, plan_followed = [], []
        for plan_id, municipality_id, received_on in rows.plans:
            ref = programme.get(municipality_id)
            if ref is None:
                continue
            if received_on is not None:
                received.append(MunicipalityRef(ref.id, ref.code, ref.name, received_on))
            if plan_id in rows.followed:
                plan_followed.append(
                    MunicipalityRef(ref.id, ref.code, ref.name, rows.followed[plan_id])
                )
        areas = common_areas(
            [(name, m) for name, m, _key in rows.areas],
            programme,
            keys=[key for _name, _m, key in rows.areas],
        )
        by_kind: dict[VisitKind, list[MunicipalityRef]] = {
            VisitKind.FIRST: [],
            VisitKind.FOLLOW_UP: [],
        }
        for municipality_id, kind, day, visit_id in rows.held:
            ref = programme.get(municipality_id)
            if ref is not None:  # min(day) with the id of one of those rows (SQLite bare column)
                by_kind[kind].append(MunicipalityRef(ref.id, ref.code, ref.name, day, visit_id))
        in_month: dict[date, int] = {}
        for day, count in rows.per_day:  # one pass, not one per month
            month = day.replace(day=1)
            in_month[month] = in_month.get(month, 0) + count
        months = []
        month = first_month
        while month < end_month:
            months.append(
                MonthCount(month, in_month.get(month, 0), self._month_reader(month, everyone))
            )
            month = _add_months(month, 1)
        horizon = today + timedelta(days=UPCOMING_DAYS)
        return Overview(
            today=today,
            programme=tuple(programme.values()),
            first_visit=tuple(sorted(by_kind[VisitKind.FIRST], key=lambda r: r.day or today)),
            follow_up=tuple(sorted(by_kind[VisitKind.FOLLOW_UP], key=lambda r: r.day or today)),
            time_study=(),
            upcoming=tuple(v for v in visits if today <= v.day <= horizon),
            per_month=tuple(months),
            plan_received=tuple(sorted(received, key=lambda r: r.day or today)),
            plan_followed_up=tuple(sorted(plan_followed, key=lambda r: r.day or today)),
            overdue_count=rows.overdue,
            read_overdue=self._overdue_reader(today, everyone),
            areas=areas,
        )


def _visit_rows(s: Session, start: date, end: date) -> list[tuple]:
    """The visits held or coming from ``start`` to before ``end`` (not cancelled), their
    municipalities by id: ``(id, municipality id, day, kind, status, start time)``."""
    known: dict[str, uuid.UUID] = {}  # a few hundred municipalities behind the rows
    return [
        (visit_id, known.get(m) or known.setdefault(m, uuid.UUID(m)), *rest)
        for visit_id, m, *rest in s.execute(_VISIT_ROWS, {"start": start, "end": end})
    ]


def _named_visits(
    rows: list[tuple], everyone: dict[uuid.UUID, tuple[str, str]]
) -> list[UpcomingVisit]:
    """``rows`` (of :func:`_visit_rows`) of a known municipality, named, in date and time order
    (no time first, as SQL sorts), then by municipality name."""
    return [
        UpcomingVisit(visit_id, m_id, *everyone[m_id], day, kind, status)
        for visit_id, m_id, day, kind, status, _start in sorted(
            (r for r in rows if r[1] in everyone),
            key=lambda r: (r[2], r[5] is not None, r[5] or time.min, everyone[r[1]][1]),
        )
    ]


def _overdue_query(today: date):
    """The open actions of live plans past their due date (of a known municipality)."""
    return (
        select(
            type_coerce(ActionPlan.id, RawId).label("plan_key"),
            type_coerce(ActionPlan.municipality_id, RawId).label("municipality_key"),
            PlanArea.name,
            PlanAction.what,
            PlanAction.due_date,
            PlanAction.status,
        )
        .join(PlanArea, PlanAction.area_id == PlanArea.id)
        .join(ActionPlan, PlanArea.plan_id == ActionPlan.id)
        .join(Municipality, ActionPlan.municipality_id == Municipality.id)
        .where(
            PlanAction.deleted_at.is_(None),
            PlanArea.deleted_at.is_(None),
            ActionPlan.deleted_at.is_(None),
            PlanAction.due_date < today,
            PlanAction.status.not_in((ActionStatus.DONE, ActionStatus.DROPPED)),
        )
    )


def common_areas(
    rows: list[tuple[str, uuid.UUID]],
    programme: dict[uuid.UUID, MunicipalityRef],
    keys: list[str] | None = None,
) -> tuple[AreaCount, ...]:
    """Areas named alike (case, spacing) grouped; each municipality counted once per area.
    ``keys``: each row's ``match_key`` of its name, when the caller keeps them."""
    from samordnare_desktop.domain.validation import match_key

    names: dict[str, str] = {}
    members: dict[str, dict[uuid.UUID, MunicipalityRef]] = {}
    for number, (name, municipality_id) in enumerate(rows):
        ref = programme.get(municipality_id)
        if ref is None:
            continue
        key = keys[number] if keys is not None else match_key(name)
        if not key:
            continue
        names.setdefault(key, name)
        members.setdefault(key, {})[municipality_id] = ref
    ranked = sorted(members, key=lambda k: (-len(members[k]), names[k].casefold()))
    return tuple(
        AreaCount(names[k], tuple(sorted(members[k].values(), key=lambda r: r.name)))
        for k in ranked[:TOP_AREAS]
    )
