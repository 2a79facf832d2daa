"""Use cases of the Kommuner tab: list and filter municipalities, edit their details and contacts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, ensure_version
from samordnare_desktop.domain.municipality import Contact, County, Municipality
from samordnare_desktop.domain.organisation import Organisation
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.contacts import (
    ContactInput,
    ContactRow,
    contact_row,
    validate_contact,
)


@dataclass(frozen=True)
class CountyRow:
    code: str
    name: str


@dataclass(frozen=True)
class MunicipalityRow:
    id: uuid.UUID
    code: str
    name: str
    county_code: str
    county_name: str
    in_programme: bool
    # Facts imported from SCB and SKR (None/"" until imported: the app ships no numbers).
    population: int | None = None
    population_year: int | None = None
    municipality_group: str = ""
    municipality_group_name: str = ""


@dataclass(frozen=True)
class MunicipalityDetails:
    id: uuid.UUID
    version: int
    code: str
    name: str
    county_name: str
    in_programme: bool
    notes: str
    contacts: tuple[ContactRow, ...]


class MunicipalityService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def counties(self) -> list[CountyRow]:
        with self.db.read() as s:
            return [
                CountyRow(c.code, c.name) for c in s.scalars(select(County).order_by(County.code))
            ]

    def list(self) -> list[MunicipalityRow]:
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Municipality.id,
                    Municipality.code,
                    Municipality.name,
                    County.code,
                    County.name,
                    Municipality.in_programme,
                    Municipality.population,
                    Municipality.population_year,
                    Municipality.municipality_group,
                    Municipality.municipality_group_name,
                )
                .join(County)
                .order_by(Municipality.code)
            )
            return [MunicipalityRow(*row) for row in rows]

    def by_code(self, code: str) -> MunicipalityRow:
        for row in self.list():
            if row.code == code.strip():
                return row
        raise NotFoundError(
            translate("municipalities", "No municipality has the code {code}.").format(code=code)
        )

    def _get(self, s: Session, municipality_id: uuid.UUID) -> Municipality:
        m = s.get(Municipality, municipality_id, options=[joinedload(Municipality.county)])
        if m is None:
            raise NotFoundError(translate("municipalities", "The municipality no longer exists."))
        return m

    def details(self, municipality_id: uuid.UUID) -> MunicipalityDetails:
        with self.db.read() as s:
            m = self._get(s, municipality_id)
            contacts = s.scalars(
                select(Contact)
                .where(Contact.municipality_id == municipality_id, Contact.deleted_at.is_(None))
                .order_by(Contact.name)
            )
            return MunicipalityDetails(
                m.id,
                m.version,
                m.code,
                m.name,
                m.county.name,
                m.in_programme,
                m.notes,
                tuple(contact_row(c) for c in contacts),
            )

    def update(
        self,
        municipality_id: uuid.UUID,
        *,
        expected_version: int | None,
        in_programme: bool,
        notes: str,
    ) -> int:
        """Save programme membership and notes; returns the new version."""
        notes = v.optional_text(notes, "notes", max_length=v.MAX_LONG_TEXT, multiline=True)
        with self.db.write() as s:
            m = self._get(s, municipality_id)
            ensure_version(m.version, expected_version)
            if m.in_programme != in_programme or m.notes != notes:
                m.in_programme = in_programme
                m.notes = notes
                s.flush()
            return m.version

    def contact_choices(self, municipality_id: uuid.UUID) -> list[tuple[uuid.UUID, str, str]]:
        """The municipality's contacts as a chooser offers them (id, name, title), by name: three
        columns in one query, not the municipality and its whole contacts (:meth:`details`),
        for the visit form's host each time a visit is shown."""
        query = (
            select(Contact.id, Contact.name, Contact.title)
            .where(Contact.municipality_id == municipality_id, Contact.deleted_at.is_(None))
            .order_by(Contact.name)
        )
        with self.db.read() as s:
            return [(r[0], r[1], r[2]) for r in s.execute(query)]

    def add_contact(self, municipality_id: uuid.UUID, data: ContactInput) -> ContactRow:
        data = validate_contact(data)
        with self.db.write() as s:
            self._get(s, municipality_id)
            contact = Contact(
                municipality_id=municipality_id,
                organisation_id=organisation_for_municipality(s, municipality_id),
                **data.__dict__,
            )
            s.add(contact)
            s.flush()
            return contact_row(contact)

    def update_contact(
        self, contact_id: uuid.UUID, data: ContactInput, *, expected_version: int | None
    ) -> ContactRow:
        data = validate_contact(data)
        with self.db.write() as s:
            contact = s.get(Contact, contact_id)
            if contact is None or contact.is_deleted:
                raise NotFoundError(translate("municipalities", "The contact no longer exists."))
            ensure_version(contact.version, expected_version)
            for key, value in data.__dict__.items():
                setattr(contact, key, value)
            s.flush()
            return contact_row(contact)

    def delete_contact(self, contact_id: uuid.UUID) -> None:
        """Soft delete: hidden at once, restorable with :meth:`restore_contact` (undo)."""
        with self.db.write() as s:
            contact = s.get(Contact, contact_id)
            if contact is None or contact.is_deleted:
                raise NotFoundError(translate("municipalities", "The contact no longer exists."))
            contact.deleted_at = utcnow()

    def restore_contact(self, contact_id: uuid.UUID) -> None:
        with self.db.write() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(translate("municipalities", "The contact no longer exists."))
            contact.deleted_at = None


def organisation_for_municipality(
    s: Session, municipality_id: uuid.UUID | None
) -> uuid.UUID | None:
    """The organisation that stands for a municipality in the register (contacts belong to it)."""
    if municipality_id is None:
        return None
    return s.scalar(select(Organisation.id).where(Organisation.municipality_id == municipality_id))
