"""What the PDF builders are handed: plain document data, defined here so ``pdf/`` imports no
service (services import ``pdf/``, never the other way; a contract in pyproject.toml holds it).

Two kinds, both light to import (standard library only, no ReportLab):

- dataclasses a service fills for one document (:class:`AgendaDocument`, :class:`PersonDocument`);
- protocols naming what a builder reads of the rows a service already has (a plan, a follow-up,
  the report's data): the service's frozen dataclasses satisfy them without copying their fields.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from samordnare_desktop.domain.action_plan import (
        ActionStatus,
        Assessment,
        PlanSnapshot,
        PlanStatus,
    )
    from samordnare_desktop.domain.kinds import AgendaItemKind


# --- agenda -------------------------------------------------------------------------------------
class AgendaItem(Protocol):
    """One agenda item as the agenda PDF reads it (``services.agendas.AgendaItemRow``)."""

    @property
    def start_time(self) -> time: ...
    @property
    def title(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def kind(self) -> AgendaItemKind: ...
    @property
    def end_minutes(self) -> int: ...
    def presenter(self, *, details: bool = True) -> str: ...


@dataclass(frozen=True)
class PressBlock:
    start: time | None
    end: time | None
    place: str
    contact_name: str
    contact_phone: str
    contact_email: str


@dataclass(frozen=True)
class HostBlock:
    """The visit's host in the municipality (a contact person), as the agenda prints it."""

    name: str
    title: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class AgendaDocument:
    """Everything the agenda PDF prints, as plain data (no ORM, no Qt)."""

    municipality_name: str
    visit_title: str
    day: date
    start_time: time | None
    end_time: time | None
    venue_name: str
    venue_room: str
    venue_address: str
    items: tuple[AgendaItem, ...]
    press: PressBlock | None
    printed_on: date | None = None
    questions: tuple[tuple[int, str], ...] = ()  # the visit's questions: (number, text)
    host: HostBlock | None = None


# --- personal data (access request) -------------------------------------------------------------
@dataclass(frozen=True)
class PersonSection:
    """One record about the person: a heading and its non-empty fields as (label, shown text)."""

    heading: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class PersonDocument:
    person: str  # how the person was asked for ("Anna Berg, anna@example.se")
    generated_at: datetime
    sections: tuple[PersonSection, ...]
    information: tuple[tuple[str, str], ...] = ()  # (heading, text): GDPR article 15


# --- action plan and follow-up ------------------------------------------------------------------
class ActionView(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def what(self) -> str: ...
    @property
    def owner(self) -> str: ...
    @property
    def start_date(self) -> date | None: ...
    @property
    def due_date(self) -> date | None: ...
    @property
    def status(self) -> ActionStatus: ...
    @property
    def measure(self) -> str: ...
    @property
    def indicator(self) -> str: ...


class AreaView(Protocol):
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def name(self) -> str: ...
    @property
    def situation(self) -> str: ...
    @property
    def goal(self) -> str: ...
    @property
    def actions(self) -> Sequence[ActionView]: ...


class PlanDocument(Protocol):
    """An action plan as its PDF reads it (``services.action_plans.PlanDetails``)."""

    @property
    def municipality_code(self) -> str: ...
    @property
    def municipality_name(self) -> str: ...
    @property
    def county_name(self) -> str: ...
    @property
    def status(self) -> PlanStatus: ...
    @property
    def received_on(self) -> date | None: ...
    @property
    def owner(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def areas(self) -> Sequence[AreaView]: ...
    def actions(self) -> Sequence[ActionView]: ...
    def area(self, area_id: uuid.UUID) -> AreaView | None: ...


class FollowUpDocument(Protocol):
    """A follow-up as its PDF reads it (``services.action_plans.FollowUpDetails``)."""

    @property
    def visit_day(self) -> date | None: ...
    @property
    def held_on(self) -> date | None: ...
    @property
    def summary(self) -> str: ...
    @property
    def baseline(self) -> PlanSnapshot: ...
    @property
    def baseline_version(self) -> int | None: ...
    @property
    def action_status(self) -> Mapping[uuid.UUID, ActionStatus | None]: ...
    @property
    def action_comment(self) -> Mapping[uuid.UUID, str]: ...
    @property
    def area_assessment(self) -> Mapping[uuid.UUID, Assessment | None]: ...
    @property
    def area_note(self) -> Mapping[uuid.UUID, str]: ...


# --- the programme report -----------------------------------------------------------------------
class TimeStudyDocument(Protocol):
    """The report's time-study section (``services.reports.TimeStudySection``)."""

    @property
    def categories(self) -> Sequence[Any]: ...  # services.time_study.CategoryRow
    @property
    def studies(self) -> Sequence[Any]: ...  # services.time_study.StudySummary
    @property
    def pooled(self) -> Any: ...  # services.time_study.StudySummary
    @property
    def median(self) -> Mapping[uuid.UUID, float]: ...


class CareDocument(Protocol):
    """The report's care-places section (``services.care_places.CareSummary``)."""

    @property
    def period(self) -> str: ...
    @property
    def reporting(self) -> int: ...
    @property
    def programme(self) -> int: ...
    @property
    def placed(self) -> int: ...
    @property
    def own(self) -> int: ...
    @property
    def bought(self) -> int: ...
    @property
    def needs(self) -> int: ...
    @property
    def waiting(self) -> int: ...
    @property
    def breakdowns(self) -> int: ...
    @property
    def emergency_placements(self) -> int: ...
    @property
    def balance(self) -> Sequence[Any]: ...  # services.care_places.FormBalance
    @property
    def trend(self) -> Sequence[tuple[str, int, int]]: ...
    @property
    def withheld(self) -> Mapping[str, frozenset]: ...  # per period: sums not to print as they are


class ReportDocument(Protocol):
    """The programme report as its PDF reads it (``services.reports.ReportData``)."""

    @property
    def start(self) -> date: ...
    @property
    def end(self) -> date: ...
    @property
    def title(self) -> str: ...
    @property
    def period(self) -> str: ...
    @property
    def programme_size(self) -> int: ...
    @property
    def visits(self) -> Sequence[Any]: ...  # services.visits.VisitRow
    @property
    def visit_counts(self) -> Sequence[tuple[Any, int]]: ...
    @property
    def municipalities_visited(self) -> int: ...
    @property
    def time_study(self) -> TimeStudyDocument | None: ...
    @property
    def participants(self) -> Any: ...  # services.participants.AttendanceSummary
    @property
    def plans_received(self) -> Sequence[Any]: ...  # services.reports.PlanEvent
    @property
    def plans_followed_up(self) -> Sequence[Any]: ...
    @property
    def areas(self) -> Sequence[Any]: ...  # services.overview.AreaCount
    @property
    def overdue_at_end(self) -> int: ...
    @property
    def letterhead(self) -> Any: ...  # services.reports.Letterhead: sender, recipient, reference
    @property
    def text(self) -> str: ...
    @property
    def created(self) -> date: ...
    @property
    def care(self) -> CareDocument | None: ...
