"""Meetings: visits to a municipality (first, follow-up), dialogue meetings, visits to an SiS
home or a region, conferences, ministry meetings; with an optional press meeting (pressträff). Agendas, questions and participants hang off a visit."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin
from samordnare_desktop.domain.base import enum_column as enum_column  # re-exported
from samordnare_desktop.domain.kinds import VisitKind as VisitKind  # re-exported
from samordnare_desktop.domain.kinds import VisitStatus as VisitStatus  # re-exported
from samordnare_desktop.domain.municipality import Municipality


class Visit(SoftDeleteMixin, Entity):
    """A meeting: a municipal visit (``municipality_id`` set) or any other kind, tied to its
    organisations through ``visit_organisation`` (a municipal visit also to its municipality's)."""

    __tablename__ = "visit"
    # Översikt and Förfaller key their kept figures by the newest updated_at (db/stamps.py)
    __table_args__ = (Index("ix_visit_updated_at", "updated_at", "version"),)

    municipality_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("municipality.id"), index=True, default=None
    )
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

    municipality: Mapped[Municipality | None] = relationship()
    first_visit: Mapped[Visit | None] = relationship(remote_side="Visit.id")
