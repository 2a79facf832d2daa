"""Imports every mapped class so ``Base.metadata`` is complete (Alembic and tests use this)."""

from sqlalchemy import Table

from samordnare_desktop.domain.action_plan import ActionPlan  # noqa: F401
from samordnare_desktop.domain.agenda import AgendaItem, AgendaTemplate, AgendaTemplateItem  # noqa: F401
from samordnare_desktop.domain.assignment import Assignment  # noqa: F401
from samordnare_desktop.domain.base import Base
from samordnare_desktop.domain.briefing import VisitBriefingExample  # noqa: F401
from samordnare_desktop.domain.care_places import (  # noqa: F401
    CareLine,
    CareReport,
    CareReportFocusGroup,
    FocusGroup,
    VisitFocusGroup,
)
from samordnare_desktop.domain.finding import (  # noqa: F401
    Finding,
    FindingFocusGroup,
    FindingOrganisation,
    FindingQuestion,
    FindingTheme,
    Theme,
)
from samordnare_desktop.domain.minutes import MinutesAction, MinutesItem  # noqa: F401
from samordnare_desktop.domain.municipality import Contact, County, Municipality
from samordnare_desktop.domain.organisation import (  # noqa: F401
    Organisation,
    OrganisationKind,
    VisitOrganisation,
)
from samordnare_desktop.domain.participant import Participant, ParticipantCategory, Person
from samordnare_desktop.domain.sync import SYNC_TABLES
from samordnare_desktop.domain.time_study import TimeCategory, TimeStudy  # noqa: F401
from samordnare_desktop.domain.user import User  # noqa: F401
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.domain.visit_questions import Question, VisitQuestion  # noqa: F401

__all__ = [
    "Base",
    "Contact",
    "County",
    "Municipality",
    "Participant",
    "ParticipantCategory",
    "Person",
    "Visit",
    "VisitKind",
    "VisitStatus",
]


def synced_tables() -> list[Table]:
    """Every data table (an ``Entity``: UUID id, version, timestamps), parents before children.

    Here, beside every mapped class: a process maps an area's classes only when its service is
    first imported, and sync must never see (and cache) only the areas used so far.
    """
    return [
        t
        for t in Base.metadata.sorted_tables
        if t.name not in SYNC_TABLES and {"id", "version", "updated_at"} <= set(t.c.keys())
    ]
