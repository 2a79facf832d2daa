"""What falls due (issue #18 part 5, the assignment's clock): the next report to the minister,
the final report, action plans not received some weeks after a first visit, actions in the plans
due or overdue, and time studies missing before an upcoming first visit. Plain data, sorted by
date; each row names what to open (a municipality, a visit, a plan).

The reports come from the assignment (``services.assignment``); without one, the list holds only
what the programme's own rows say (plans expected :data:`DEFAULT_PLAN_DUE_WEEKS` weeks after a
first visit).
"""

from __future__ import annotations

import enum
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta

from sqlalchemy import (
    Boolean,
    Date,
    Integer,
    String,
    Text,
    bindparam,
    column,
    select,
    text,
    type_coerce,
)

from samordnare_desktop.db.dialects import RawId
from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.stamps import table_stamps
from samordnare_desktop.domain.action_plan import ActionPlan, ActionStatus, PlanAction, PlanArea
from samordnare_desktop.domain.assignment import (
    DEFAULT_PLAN_DUE_WEEKS,
    Assignment,
    AssignmentData,
    report_dates,
)
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.time_study import TimeStudy
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.i18n import language, translate
from samordnare_desktop.services.assignment import AssignmentService

DUE_DAYS = 30  # how far ahead Översikt looks (the reports are always listed)
START_DAYS = 14  # what the message at start-up sums up


class DueKind(enum.StrEnum):
    REPORT = "report"
    FINAL_REPORT = "final_report"
    PLAN = "plan"  # an action plan not received in time after a first visit
    ACTION = "action"  # an action in a plan due or overdue
    LATE_ACTIONS = "late_actions"  # the actions overdue for longer than the window, as one row
    TIME_STUDY = "time_study"  # no time study before an upcoming first visit

    def label(self) -> str:
        return {
            DueKind.REPORT: translate("DueKind", "Report"),
            DueKind.FINAL_REPORT: translate("DueKind", "Final report"),
            DueKind.PLAN: translate("DueKind", "Action plan"),
            DueKind.ACTION: translate("DueKind", "Action"),
            DueKind.LATE_ACTIONS: translate("DueKind", "Actions"),
            DueKind.TIME_STUDY: translate("DueKind", "Time study"),
        }[self]


_ORDER = {kind: i for i, kind in enumerate(DueKind)}


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    day: date
    what: str  # one line, in the user's language
    municipality_id: uuid.UUID | None = None
    municipality_code: str = ""
    municipality_name: str = ""
    plan_id: uuid.UUID | None = None
    visit_id: uuid.UUID | None = None
    count: int = 1  # LATE_ACTIONS: how many (``day`` is the oldest one's due date)

    def days_left(self, today: date) -> int:
        return (self.day - today).days

    def when(self, today: date) -> str:
        """ "today", "in 5 days" or "3 days overdue"."""
        days = self.days_left(today)
        if days == 0:
            return translate("due", "today")
        if days > 0:
            return translate("due", "in %n day(s)", None, days)
        late = -days
        return translate("due", "%n day(s) overdue", None, late)


_ITEM_FIELDS = tuple(f.name for f in fields(DueItem))
_new = object.__new__


def _item(values: tuple) -> DueItem:
    """A DueItem of its field values in field order, without the frozen dataclass's
    ``__init__`` (one ``object.__setattr__`` per field): the same item at less than half the
    cost, which the list pays for each of some 2,600 actions at ten times the programme."""
    item = _new(DueItem)
    item.__dict__.update(zip(_ITEM_FIELDS, values, strict=True))
    return item


@dataclass(frozen=True)
class DueList:
    today: date
    items: tuple[DueItem, ...]
    assignment: AssignmentData | None

    def within(self, days: int) -> tuple[DueItem, ...]:
        """What falls due by ``days`` from today (overdue included)."""
        last = self.today + timedelta(days=days)
        return tuple(item for item in self.items if item.day <= last)


MAX_WINDOW_DAYS = 36_600  # a hundred years: further than any date the app keeps


def report_items(assignment: AssignmentData, today: date) -> list[DueItem]:
    """The next report to the minister and the final report (when still ahead)."""
    items = []
    dates = report_dates(assignment)
    upcoming = [d for d in dates if d >= today]
    if upcoming:
        number, total = dates.index(upcoming[0]) + 1, len(dates)
        if assignment.report_every_months == 3:
            what = translate("due", "Quarterly report {number} of {total}")
        else:
            what = translate("due", "Report {number} of {total} to the ministry")
        items.append(DueItem(DueKind.REPORT, upcoming[0], what.format(number=number, total=total)))
    if assignment.final_report_date >= today:
        items.append(
            DueItem(
                DueKind.FINAL_REPORT,
                assignment.final_report_date,
                translate("due", "Final report of the assignment"),
            )
        )
    return items


# what the list is read from: any edit bumps a row's ``updated_at`` (a soft delete too)
_STAMPED = (Assignment, Municipality, Visit, ActionPlan, PlanArea, PlanAction, TimeStudy)


def _stamp(s, tables: tuple = _STAMPED) -> tuple:
    return table_stamps(s, tables)


_PLAN_TABLES = (ActionPlan, PlanArea, PlanAction)


# the open actions of live plans (the action, its area and its plan not deleted), as SQL text
# with typed columns: built as ORM selects, the two statements cost ~3 ms to compile on each new
# engine (Översikt's first read) and their rows went through the ORM's loading; the municipality
# of each row is named from the names read beside them (``_actions_key``), not joined per row
_OPEN_ACTIONS = (
    " FROM plan_action a"
    " JOIN plan_area r ON a.area_id = r.id"
    " JOIN action_plan p ON r.plan_id = p.id"
    " WHERE a.deleted_at IS NULL AND r.deleted_at IS NULL AND p.deleted_at IS NULL"
    f" AND a.status NOT IN ('{ActionStatus.DONE.value}', '{ActionStatus.DROPPED.value}')"
)
_ACTION_ROWS = (
    text(
        "SELECT p.id AS plan_key, p.municipality_id AS municipality_key, a.what, a.due_date"
        + _OPEN_ACTIONS
        + " AND a.due_date >= :since AND a.due_date <= :last"
    )
    .bindparams(bindparam("since", type_=Date), bindparam("last", type_=Date))
    .columns(
        column("plan_key", RawId),
        column("municipality_key", RawId),
        column("what", Text),
        column("due_date", Date),
    )
)
_LATE_ACTIONS = (
    text(
        "SELECT count(*) AS n, min(a.due_date) AS oldest"
        + _OPEN_ACTIONS
        + " AND a.due_date < :since"
    )
    .bindparams(bindparam("since", type_=Date))
    .columns(column("n", Integer), column("oldest", Date))
)


_LIVE_FIRST_VISIT = (
    f"deleted_at IS NULL AND {{v}}.status != '{VisitStatus.CANCELLED.value}'"
    f" AND {{v}}.kind = '{VisitKind.FIRST.value}'"
)
# the programme's municipalities whose first visit was held (the first such day) and that sent
# no plan, with their plan if any (as SQL text: see _OPEN_ACTIONS)
_PLANS_DUE = (
    text(
        "SELECT m.id AS m_id, m.code, m.name, f.day,"
        " (SELECT p.id FROM action_plan p"
        " WHERE p.municipality_id = f.m_id AND p.deleted_at IS NULL LIMIT 1) AS plan_id"
        " FROM municipality m JOIN ("
        " SELECT v.municipality_id AS m_id, min(v.day) AS day FROM visit v"
        " WHERE v." + _LIVE_FIRST_VISIT.format(v="v") + " AND v.day <= :today"
        " GROUP BY v.municipality_id) f ON f.m_id = m.id"
        " WHERE m.in_programme = :yes AND NOT EXISTS (SELECT 1 FROM action_plan p"
        " WHERE p.municipality_id = f.m_id AND p.deleted_at IS NULL"
        " AND p.received_on IS NOT NULL)"
    )
    .bindparams(bindparam("today", type_=Date), bindparam("yes", True, type_=Boolean))
    .columns(
        column("m_id", Municipality.__table__.c.id.type),
        column("code", String),
        column("name", String),
        column("day", Date),
        column("plan_id", ActionPlan.__table__.c.id.type),
    )
)
# first visits from today to ``last`` of municipalities with no time study and no first visit
# held before (as SQL text: see _OPEN_ACTIONS)
_STUDIES_DUE = (
    text(
        "SELECT v.id AS visit_id, v.day, m.id AS m_id, m.code, m.name"
        " FROM visit v JOIN municipality m ON v.municipality_id = m.id"
        " WHERE v." + _LIVE_FIRST_VISIT.format(v="v") + " AND v.day >= :today AND v.day <= :last"
        " AND NOT EXISTS (SELECT 1 FROM time_study t"
        " WHERE t.municipality_id = v.municipality_id AND t.deleted_at IS NULL)"
        " AND NOT EXISTS (SELECT 1 FROM visit e WHERE e.municipality_id = m.id"
        " AND e." + _LIVE_FIRST_VISIT.format(v="e") + " AND e.day < :today)"
    )
    .bindparams(bindparam("today", type_=Date), bindparam("last", type_=Date))
    .columns(
        column("visit_id", Visit.__table__.c.id.type),
        column("day", Date),
        column("m_id", Municipality.__table__.c.id.type),
        column("code", String),
        column("name", String),
    )
)


def _actions_key(s, stamps: tuple) -> tuple:
    """What the action rows are made of: the plans' tables (their part of ``stamps``, read
    with the list's) and the municipalities' names (not whether they are in the programme:
    ticking one in or out leaves thousands of rows as they were)."""
    return (
        tuple(stamps[_STAMPED.index(table)] for table in _PLAN_TABLES),
        tuple(
            s.execute(
                select(type_coerce(Municipality.id, RawId), Municipality.code, Municipality.name)
            ).all()
        ),
    )


@dataclass(frozen=True)
class DueAhead:
    """What falls due as :meth:`DueService.ahead` found it: ``kept`` or to ``make()``."""

    kept: DueList | None
    make: Callable[[], DueList]


class DueService:
    def __init__(self, db: Database, assignment: AssignmentService | None = None) -> None:
        self.db = db
        self.assignment = assignment or AssignmentService(db)
        # the last list, kept while none of its tables changed (Översikt refreshes on every
        # change notice, and the band at start asks again right after it)
        self._kept: tuple[tuple, DueList] | None = None
        # the action rows, kept while the plans and the names did not change
        self._actions_kept: tuple[tuple, list[DueItem]] | None = None
        self._computing = threading.Lock()

    def due(self, today: date | None = None, *, days: int = DUE_DAYS) -> DueList:
        """Everything due by ``days`` from ``today`` (overdue included) and the next report and
        the final report however far ahead, sorted by date. Actions overdue by more than
        ``days`` are one row (their number; Översikt lists them under overdue actions)."""
        return self._due(*self._key(today, days))

    def ahead(self, today: date | None = None, *, days: int = DUE_DAYS) -> DueAhead:
        """The list :meth:`due` gives, as ``kept`` when none of its tables changed since it was
        made (the start's due band made it: one statement, the tables' stamps), else ``None``
        with ``make()`` to make it later (the stamps read here keep it: read again, a change
        made meanwhile makes it once more). Översikt shows a kept list with its first
        figures and makes one after their paint."""
        today, days, key = self._key(today, days)
        kept = self._kept
        if kept is not None and kept[0] == key:
            found = kept[1]
            return DueAhead(found, lambda: found)
        return DueAhead(None, lambda: self._due(today, days, key))

    def _due(self, today: date, days: int, key: tuple) -> DueList:
        # one list computed at a time: the band at start and Översikt's first read ask from two
        # workers at once (~40 ms each at ten times the programme); the later waits for the
        # earlier's list instead of making the same one beside it
        with self._computing:
            if self._kept is not None and self._kept[0] == key:
                return self._kept[1]
            found = self._compute(today, days, key[-1])
            self._kept = (key, found)
        return found

    def _key(self, today: date | None, days: int) -> tuple[date, int, tuple]:
        today = today or date.today()
        # a window past every date is everything (``--days 100000000`` overflowed the calendar)
        days = max(0, min(days, MAX_WINDOW_DAYS, (date.max - today).days, (today - date.min).days))
        with self.db.read() as s:
            stamps = _stamp(s)
        return today, days, (today, days, language(), stamps)

    def _compute(self, today: date, days: int, stamps: tuple) -> DueList:
        last = today + timedelta(days=days)
        assignment = self.assignment.get()
        items = report_items(assignment, today) if assignment else []
        weeks = assignment.plan_due_weeks if assignment else DEFAULT_PLAN_DUE_WEEKS
        with self.db.read() as s:
            items += self._plans(s, today, last, weeks)
            since = today - timedelta(days=days)
            names = _actions_key(s, stamps)
            key = (since, last, days, language(), names)
            kept = self._actions_kept
            if kept is None or kept[0] != key:
                named = {m_id: (code, name) for m_id, code, name in names[1]}
                kept = self._actions_kept = (key, self._actions(s, since, last, days, named))
            items += kept[1]
            items += self._time_studies(s, today, last)
        items.sort(key=lambda i: (i.day, _ORDER[i.kind], i.municipality_name, i.what))
        return DueList(today, tuple(items), assignment)

    def _plans(self, s, today: date, last: date, weeks: int) -> list[DueItem]:
        rows = s.execute(_PLANS_DUE, {"today": today}).all()
        items = []
        for m_id, code, name, visited, plan_id in rows:
            day = visited + timedelta(weeks=weeks)
            if day > last:
                continue
            what = translate(
                "due", "Action plan not received (first visit {day}, expected within {weeks})"
            ).format(day=visited.isoformat(), weeks=weeks_text(weeks))
            items.append(DueItem(DueKind.PLAN, day, what, m_id, code, name, plan_id=plan_id))
        return items

    def _actions(
        self, s, since: date, last: date, days: int, names: dict[str, tuple[str, str]]
    ) -> list[DueItem]:
        """The open actions due from ``since`` to ``last``, one row each; those overdue since
        before ``since`` counted in one row (thousands at ten times the programme). ``names``:
        each municipality's code and name by its id as text."""
        rows = s.execute(_ACTION_ROWS, {"since": since, "last": last}).all()
        known: dict[str, uuid.UUID] = {}

        def uid(hex_id: str) -> uuid.UUID:  # a few hundred plans behind thousands of rows
            found = known.get(hex_id)
            if found is None:
                found = known[hex_id] = uuid.UUID(hex_id)
            return found

        template = translate("due", "Action: {what}")
        action = DueKind.ACTION
        items = [
            _item(
                (
                    action,
                    due,
                    template.format(what=" ".join(what.split())),
                    uid(m_id),
                    *names[m_id],
                    uid(plan_id),
                    None,
                    1,
                )
            )
            for plan_id, m_id, what, due in rows
            if m_id in names  # of a known municipality, as the rows joined to it were
        ]
        count, oldest = s.execute(_LATE_ACTIONS, {"since": since}).one()
        if count:
            what = translate(
                "due", "%n action(s) overdue by more than {days} days", None, count
            ).format(days=days)
            items.append(DueItem(DueKind.LATE_ACTIONS, oldest, what, count=count))
        return items

    def _time_studies(self, s, today: date, last: date) -> list[DueItem]:
        rows = s.execute(_STUDIES_DUE, {"today": today, "last": last}).all()
        what = translate("due", "Time study missing before the first visit")
        return [
            DueItem(DueKind.TIME_STUDY, day, what, m_id, code, name, visit_id=visit_id)
            for visit_id, day, m_id, code, name in rows
        ]


def weeks_text(weeks: int) -> str:
    return translate("due", "%n week(s)", None, weeks)


def start_summary(due: DueList, days: int = START_DAYS) -> str:
    """One line for the start of the app: what falls due in ``days`` (empty: nothing)."""
    soon = due.within(days)
    if not soon:
        return ""
    parts = []
    for item in soon:
        if item.kind in (DueKind.REPORT, DueKind.FINAL_REPORT):
            parts.append(f"{item.what} {item.when(due.today)}")
    plans = sum(1 for i in soon if i.kind is DueKind.PLAN)
    if plans:
        parts.append(translate("due", "%n action plan(s) not received", None, plans))
    actions = sum(1 for i in soon if i.kind is DueKind.ACTION)
    if actions:
        parts.append(translate("due", "%n action(s) due or overdue", None, actions))
    studies = sum(1 for i in soon if i.kind is DueKind.TIME_STUDY)
    if studies:
        parts.append(
            translate("due", "%n time study(ies) missing before a first visit", None, studies)
        )
    if not parts:  # only actions overdue for long: Översikt shows them, no news at start
        return ""
    return translate("due", "Due within %n day(s): {items}.", None, days).format(
        items="; ".join(parts)
    )
