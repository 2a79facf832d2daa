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
    # Facts imported from SCB's and SKR's published files (none shipped): folkmängd and its year,
    # SKR's kommungrupp ("B4") with the group's name as the file gives it.
    population: Mapped[int | None] = mapped_column(default=None)
    population_year: Mapped[int | None] = mapped_column(default=None)
    municipality_group: Mapped[str] = mapped_column(String(10), default="")
    municipality_group_name: Mapped[str] = mapped_column(String(100), default="")

    county: Mapped[County] = relationship(back_populates="municipalities")
    contacts: Mapped[list[Contact]] = relationship(back_populates="municipality")


class Contact(SoftDeleteMixin, Entity):
    """A contact person of an organisation (name, title, unit/förvaltning, phone, e-mail).

    ``organisation_id`` is where the contact belongs; ``municipality_id`` repeats the
    municipality of a municipality's organisation (None for any other organisation), so the
    Kommuner tab reads its contacts as before.
    """

    __tablename__ = "contact"

    municipality_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True, default=None
    )
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True, default=None
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")

    municipality: Mapped[Municipality | None] = relationship(back_populates="contacts")
