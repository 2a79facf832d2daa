"""Organisations the coordinator works with: the 290 municipalities, the 21 regions, state
agencies (SiS, IVO, Socialstyrelsen ...), SiS youth homes, interest and industry organisations,
universities, trade unions, the ministry.

A municipality's organisation and a region's are reference data with deterministic UUIDs (from
the SCB codes), so every laptop gives "Region Skåne" the same key. Contacts and people belong to
an organisation; a meeting (:class:`~samordnare_desktop.domain.visit.Visit`) is tied to none, one
or many organisations through :class:`VisitOrganisation`.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from samordnare_desktop.domain.base import Entity, SoftDeleteMixin
from samordnare_desktop.domain.kinds import OrganisationKind as OrganisationKind  # re-exported
from samordnare_desktop.domain.municipality import _REFERENCE_NAMESPACE
from samordnare_desktop.domain.visit import enum_column


def municipality_organisation_uuid(code: str) -> uuid.UUID:
    return uuid.uuid5(_REFERENCE_NAMESPACE, f"organisation:municipality:{code}")


def region_organisation_uuid(county_code: str) -> uuid.UUID:
    return uuid.uuid5(_REFERENCE_NAMESPACE, f"organisation:region:{county_code}")


class Organisation(SoftDeleteMixin, Entity):
    """One organisation: its kind, name, optional organisation number, and for a municipality or
    region the reference row it stands for. An SiS youth home has SiS as its ``parent``."""

    __tablename__ = "organisation"
    __table_args__ = (
        UniqueConstraint("municipality_id", name="uq_organisation_municipality_id"),
        Index("ix_organisation_kind_name", "kind", "name"),
    )

    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind))
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(50), default="")
    # Organisationsnummer (NNNNNN-NNNN); empty when unknown. Unique among live organisations.
    org_number: Mapped[str] = mapped_column(String(20), default="", index=True)
    municipality_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("municipality.id"), default=None
    )
    county_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("county.id"), default=None, index=True
    )
    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), default=None, index=True
    )
    # Gotland: a municipality that carries a region's tasks (listed among the regions too).
    region_tasks: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class VisitOrganisation(Entity):
    """A meeting's tie to one organisation (a municipal visit is tied to its municipality's)."""

    __tablename__ = "visit_organisation"
    __table_args__ = (
        UniqueConstraint("visit_id", "organisation_id", name="uq_visit_organisation_visit_id"),
    )

    visit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"))
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
