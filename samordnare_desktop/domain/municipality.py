"""Counties, municipalities and their contact persons.

Counties and municipalities are reference data with deterministic UUIDs derived from their
official SCB codes, so every laptop gives "0586 Mjölby" the same key and data can be merged.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin

_REFERENCE_NAMESPACE = uuid.UUID("6f1d7a52-63a4-4c9b-9d57-1f0f6b3c2a10")


def county_uuid(code: str) -> uuid.UUID:
    return uuid.uuid5(_REFERENCE_NAMESPACE, f"county:{code}")


def municipality_uuid(code: str) -> uuid.UUID:
    return uuid.uuid5(_REFERENCE_NAMESPACE, f"municipality:{code}")


class County(Entity):
    """A län, e.g. 05 Östergötlands län."""

    __tablename__ = "county"

    code: Mapped[str] = mapped_column(String(2), unique=True)
    name: Mapped[str] = mapped_column(String(100))

    municipalities: Mapped[list[Municipality]] = relationship(back_populates="county")


class Municipality(Entity):
    """A kommun with its official 4-digit code, and the coordinator's own data about it."""

    __tablename__ = "municipality"

    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    county_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("county.id"), index=True)
    in_programme: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    county: Mapped[County] = relationship(back_populates="municipalities")
    contacts: Mapped[list[Contact]] = relationship(back_populates="municipality")


class Contact(SoftDeleteMixin, Entity):
    """A contact person in a municipality (name, title, organisation/förvaltning, phone, e-mail)."""

    __tablename__ = "contact"

    municipality_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    municipality: Mapped[Municipality] = relationship(back_populates="contacts")
