"""A visit's agenda (ordered items with times) and the template agendas it can start from.

Times are stored per item (start + duration); the service keeps them consistent when an item is
moved or resized. Templates store durations only: applying one lays them out from the visit start.
"""

from __future__ import annotations

import uuid
from datetime import time

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin, enum_column
from samordnare_desktop.domain.kinds import AgendaItemKind as AgendaItemKind  # re-exported
from samordnare_desktop.domain.visit import VisitKind


class AgendaItem(SoftDeleteMixin, Entity):
    __tablename__ = "agenda_item"

    visit_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("visit.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    start_time: Mapped[time]
    duration_minutes: Mapped[int] = mapped_column(default=30)
    title: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    presenter_name: Mapped[str] = mapped_column(String(200), default="")
    presenter_title: Mapped[str] = mapped_column(String(200), default="")
    presenter_organisation: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[AgendaItemKind] = mapped_column(
        enum_column(AgendaItemKind), default=AgendaItemKind.SESSION
    )


class AgendaTemplate(SoftDeleteMixin, Entity):
    """A named agenda to start from ("Första besök", "Uppföljningsbesök")."""

    __tablename__ = "agenda_template"

    name: Mapped[str] = mapped_column(String(200))
    visit_kind: Mapped[VisitKind | None] = mapped_column(enum_column(VisitKind), default=None)


class AgendaTemplateItem(Entity):
    __tablename__ = "agenda_template_item"

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("agenda_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    duration_minutes: Mapped[int] = mapped_column(default=30)
    title: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    presenter_name: Mapped[str] = mapped_column(String(200), default="")
    presenter_title: Mapped[str] = mapped_column(String(200), default="")
    presenter_organisation: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[AgendaItemKind] = mapped_column(
        enum_column(AgendaItemKind), default=AgendaItemKind.SESSION
    )
