"""The kinds and states of meetings, agenda items and organisations as plain enums (no
SQLAlchemy): the command line's parser lists them in its help, and the read-only agenda export
reads them, without importing the mapped models, which re-export them (``domain.visit``,
``domain.agenda``, ``domain.organisation``)."""

from __future__ import annotations

import enum

from samordnare_desktop.i18n import Labels, translate


class VisitKind(enum.StrEnum):
    FIRST = "first"
    FOLLOW_UP = "follow_up"
    DIALOGUE = "dialogue"
    ORGANISATION_VISIT = "organisation_visit"
    CONFERENCE = "conference"
    MINISTRY = "ministry"
    OTHER = "other"

    def label(self) -> str:
        return _KIND_LABELS()[self]

    @property
    def needs_municipality(self) -> bool:
        """The programme's own visits (first, follow-up) are always to one municipality."""
        return self in (VisitKind.FIRST, VisitKind.FOLLOW_UP)


class VisitStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"

    def label(self) -> str:
        return _STATUS_LABELS()[self]


_KIND_LABELS = Labels(
    lambda: {
        VisitKind.FIRST: translate("VisitKind", "First visit"),
        VisitKind.FOLLOW_UP: translate("VisitKind", "Follow-up visit"),
        VisitKind.DIALOGUE: translate("VisitKind", "Dialogue meeting"),
        VisitKind.ORGANISATION_VISIT: translate(
            "VisitKind", "Visit to an SiS home, region or agency"
        ),
        VisitKind.CONFERENCE: translate("VisitKind", "Conference or seminar"),
        VisitKind.MINISTRY: translate("VisitKind", "Meeting at the ministry"),
        VisitKind.OTHER: translate("VisitKind", "Other"),
    }
)
_STATUS_LABELS = Labels(
    lambda: {
        VisitStatus.PLANNED: translate("VisitStatus", "Planned"),
        VisitStatus.CONFIRMED: translate("VisitStatus", "Confirmed"),
        VisitStatus.HELD: translate("VisitStatus", "Held"),
        VisitStatus.CANCELLED: translate("VisitStatus", "Cancelled"),
    }
)


class OrganisationKind(enum.StrEnum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    AGENCY = "agency"
    SIS_HOME = "sis_home"
    INTEREST = "interest"
    RESEARCH = "research"
    UNION = "union"
    MINISTRY = "ministry"
    OTHER = "other"

    def label(self) -> str:
        return {
            OrganisationKind.MUNICIPALITY: translate("OrganisationKind", "Municipality"),
            OrganisationKind.REGION: translate("OrganisationKind", "Region"),
            OrganisationKind.AGENCY: translate("OrganisationKind", "State agency"),
            OrganisationKind.SIS_HOME: translate("OrganisationKind", "SiS youth home"),
            OrganisationKind.INTEREST: translate(
                "OrganisationKind", "Interest or industry organisation"
            ),
            OrganisationKind.RESEARCH: translate("OrganisationKind", "University or research"),
            OrganisationKind.UNION: translate("OrganisationKind", "Trade union"),
            OrganisationKind.MINISTRY: translate(
                "OrganisationKind", "Government Offices / ministry"
            ),
            OrganisationKind.OTHER: translate("OrganisationKind", "Other"),
        }[self]

    @property
    def is_reference(self) -> bool:
        """Municipalities and regions come with the app (not added or deleted by the user)."""
        return self in (OrganisationKind.MUNICIPALITY, OrganisationKind.REGION)


class AgendaItemKind(enum.StrEnum):
    SESSION = "session"
    BREAK = "break"
    LUNCH = "lunch"
    PRESS = "press"
    TRAVEL = "travel"

    def label(self) -> str:
        return {
            AgendaItemKind.SESSION: translate("AgendaItemKind", "Session"),
            AgendaItemKind.BREAK: translate("AgendaItemKind", "Break"),
            AgendaItemKind.LUNCH: translate("AgendaItemKind", "Lunch"),
            AgendaItemKind.PRESS: translate("AgendaItemKind", "Press meeting"),
            AgendaItemKind.TRAVEL: translate("AgendaItemKind", "Travel"),
        }[self]
