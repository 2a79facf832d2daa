"""Visits to a municipality: the first visit, the follow-up, dialogue meetings; with an optional
press meeting (pressträff). Agendas, questions and participants hang off a visit."""

from __future__ import annotations

import enum
import uuid
from datetime import date, time

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin
from samordnare_desktop.domain.base import enum_column as enum_column  # re-exported
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.i18n import translate


class VisitKind(enum.StrEnum):
    FIRST = "first"
    FOLLOW_UP = "follow_up"
    DIALOGUE = "dialogue"
    OTHER = "other"

    def label(self) -> str:
        return {
            VisitKind.FIRST: translate("VisitKind", "First visit"),
            VisitKind.FOLLOW_UP: translate("VisitKind", "Follow-up visit"),
            VisitKind.DIALOGUE: translate("VisitKind", "Dialogue meeting"),
            VisitKind.OTHER: translate("VisitKind", "Other"),
        }[self]


class VisitStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"

    def label(self) -> str:
        return {
            VisitStatus.PLANNED: translate("VisitStatus", "Planned"),
            VisitStatus.CONFIRMED: translate("VisitStatus", "Confirmed"),
            VisitStatus.HELD: translate("VisitStatus", "Held"),
            VisitStatus.CANCELLED: translate("VisitStatus", "Cancelled"),
        }[self]


class Visit(SoftDeleteMixin, Entity):
    __tablename__ = "visit"

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    kind: Mapped[VisitKind] = mapped_column(enum_column(VisitKind))
    status: Mapped[VisitStatus] = mapped_column(
        enum_column(VisitStatus), default=VisitStatus.PLANNED
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time | None] = mapped_column(default=None)
    end_time: Mapped[time | None] = mapped_column(default=None)
    venue_name: Mapped[str] = mapped_column(String(200), default="")
    venue_address: Mapped[str] = mapped_column(String(300), default="")
    venue_room: Mapped[str] = mapped_column(String(200), default="")
    host_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), default=None, index=True
    )
    first_visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL"), default=None, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    has_press_meeting: Mapped[bool] = mapped_column(default=False)
    press_start: Mapped[time | None] = mapped_column(default=None)
    press_end: Mapped[time | None] = mapped_column(default=None)
    press_place: Mapped[str] = mapped_column(String(200), default="")
    press_contact_name: Mapped[str] = mapped_column(String(200), default="")
    press_contact_phone: Mapped[str] = mapped_column(String(50), default="")
    press_contact_email: Mapped[str] = mapped_column(String(200), default="")

    municipality: Mapped[Municipality] = relationship()
    first_visit: Mapped[Visit | None] = relationship(remote_side="Visit.id")
