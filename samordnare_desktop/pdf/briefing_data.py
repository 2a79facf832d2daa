"""What the briefing before a visit (*besöksunderlag*) prints, as plain data (standard library
only): the service fills it, :mod:`samordnare_desktop.pdf.briefing` lays it out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class BriefingContact:
    name: str
    title: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    role: str = ""  # "Värd" for the visit's host


@dataclass(frozen=True)
class BriefingVisitLine:
    """One of the municipality's meetings (the programme's course so far)."""

    day: date
    kind: str
    status: str
    title: str = ""
    is_this: bool = False  # the visit the briefing is for


@dataclass(frozen=True)
class BriefingAction:
    area: str
    what: str
    owner: str
    due: date | None
    status: str


@dataclass(frozen=True)
class BriefingPlan:
    status: str
    received_on: date | None
    areas: int
    actions: int
    done: int
    overdue: tuple[BriefingAction, ...] = ()


@dataclass(frozen=True)
class BriefingStudyLine:
    category: str
    shares: tuple[float | None, ...]  # one per study shown (0..1)
    median: float | None  # the programme median of first measurements


@dataclass(frozen=True)
class BriefingTimeStudy:
    studies: tuple[tuple[str, str], ...]  # the columns: ("Mätning 1", "2026-01-12–2026-01-23")
    lines: tuple[BriefingStudyLine, ...]
    respondents: int = 0
    minutes_per_day: float = 0.0


@dataclass(frozen=True)
class BriefingCareLine:
    form: str
    cells: tuple[str, ...]  # placed, own, bought, needs not met: already protected ("<5", "..")
    median: str  # the programme median of placed


@dataclass(frozen=True)
class BriefingCare:
    period: str
    lines: tuple[BriefingCareLine, ...]
    municipalities: int  # programme municipalities with figures for the period


@dataclass(frozen=True)
class BriefingFinding:
    day: date
    kind: str
    level: str
    text: str  # children's names already replaced by their pseudonyms
    themes: str = ""
    where: str = ""  # the meeting ("Mjölby, 2026-03-12") or the organisations concerned


@dataclass(frozen=True)
class BriefingDocument:
    municipality: str
    municipality_code: str
    county: str
    visit_title: str
    visit_kind: str
    day: date
    start_time: time | None
    end_time: time | None
    venue: str
    facts: tuple[tuple[str, str], ...]  # (label, value): population, group, in programme
    stage: str
    visits: tuple[BriefingVisitLine, ...]
    questions: tuple[tuple[int, str], ...]
    contacts: tuple[BriefingContact, ...]
    plan: BriefingPlan | None
    time_study: BriefingTimeStudy | None
    care: BriefingCare | None
    findings: tuple[BriefingFinding, ...]
    findings_more: int  # earlier findings left out (the newest are printed)
    examples: tuple[BriefingFinding, ...]
    examples_rule: str  # how the good examples were chosen
    printed_on: date
