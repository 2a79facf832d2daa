"""Use cases of the organisation register: list and search organisations of every kind, add and
edit the ones the user enters (agencies, SiS homes, organisations, universities, unions, the
ministry), their contacts and their people.

Municipalities and regions come with the app (``reference.municipalities``): they can be
annotated but neither added nor deleted here.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.municipality import Contact, County, Municipality
from samordnare_desktop.domain.organisation import Organisation, OrganisationKind
from samordnare_desktop.domain.participant import Person
from samordnare_desktop.i18n import translate


@dataclass(frozen=True)
class OrganisationRow:
    id: uuid.UUID
    version: int
    kind: OrganisationKind
    name: str
    short_name: str
    org_number: str
    municipality_id: uuid.UUID | None
    municipality_code: str
    county_name: str
    parent_id: uuid.UUID | None
    parent_name: str
    region_tasks: bool
    notes: str
    deleted: bool = False

    @property
    def kind_label(self) -> str:
        if self.region_tasks:
            return translate("organisations", "Municipality with a region's tasks")
        return self.kind.label()

    @property
    def search_text(self) -> str:
        """What a keystroke in the list matches against (folded once, when the row is built)."""
        return v.match_key(
            " ".join(
                (
                    self.name,
                    self.short_name,
                    self.org_number,
                    self.municipality_code,
                    self.county_name,
                    self.parent_name,
                    self.kind_label,
                )
            )
        )


@dataclass(frozen=True)
class OrganisationInput:
    kind: OrganisationKind | None
    name: str
    short_name: str = ""
    org_number: str = ""
    parent_id: uuid.UUID | None = None
    notes: str = ""


_ORG_NUMBER = re.compile(r"^(\d{6})-?(\d{4})$")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def normalise_org_number(value: str) -> str:
    """ "202100-5489" from "2021005489" or "202100-5489"; empty stays empty."""
    text = v.clean_text(value).replace(" ", "")
    if not text:
        return ""
    match = _ORG_NUMBER.match(text)
    if match is None or not _luhn_ok(match.group(1) + match.group(2)):
        raise ValidationError(
            "org_number",
            translate(
                "organisations",
                "Not a valid organisation number (ten digits, NNNNNN-NNNN, with a correct "
                "check digit).",
            ),
        )
    return f"{match.group(1)}-{match.group(2)}"


def validate_organisation(data: OrganisationInput) -> OrganisationInput:
    """Normalise and check an organisation the user enters; raises ``ValidationError``."""
    if data.kind is None:
        raise ValidationError(
            "kind", translate("organisations", "Choose what kind of organisation it is.")
        )
    name = v.clean_text(data.name)
    if not name:
        raise ValidationError("name", translate("organisations", "An organisation needs a name."))
    return OrganisationInput(
        kind=OrganisationKind(data.kind),
        name=v.optional_text(name, "name"),
        short_name=v.optional_text(data.short_name, "short_name", max_length=50),
        org_number=normalise_org_number(data.org_number),
        parent_id=data.parent_id,
        notes=v.optional_text(data.notes, "notes", max_length=v.MAX_LONG_TEXT, multiline=True),
    )


_Parent = aliased(Organisation)


def _query():
    return (
        select(
            Organisation.id,
            Organisation.version,
            Organisation.kind,
            Organisation.name,
            Organisation.short_name,
            Organisation.org_number,
            Organisation.municipality_id,
            func.coalesce(Municipality.code, ""),
            func.coalesce(County.name, ""),
            Organisation.parent_id,
            func.coalesce(_Parent.name, ""),
            Organisation.region_tasks,
            Organisation.notes,
            Organisation.deleted_at.is_not(None),
        )
        .outerjoin(Municipality, Organisation.municipality_id == Municipality.id)
        .outerjoin(County, Organisation.county_id == County.id)
        .outerjoin(_Parent, Organisation.parent_id == _Parent.id)
    )


def live_organisation(s: Session, organisation_id: uuid.UUID) -> Organisation:
    org = s.get(Organisation, organisation_id)
    if org is None or org.is_deleted:
        raise NotFoundError(translate("organisations", "The organisation no longer exists."))
    return org


class OrganisationService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading --------------------------------------------------------------------------------
    def list(
        self, kind: OrganisationKind | None = None, *, include_deleted: bool = False
    ) -> list[OrganisationRow]:
        """Organisations by name; ``kind=REGION`` includes Gotland (a municipality with a
        region's tasks)."""
        query = _query()
        if not include_deleted:
            query = query.where(Organisation.deleted_at.is_(None))
        if kind is OrganisationKind.REGION:
            query = query.where(
                (Organisation.kind == OrganisationKind.REGION) | Organisation.region_tasks
            )
        elif kind is not None:
            query = query.where(Organisation.kind == kind)
        with self.db.read() as s:
            rows = [OrganisationRow(*r) for r in s.execute(query)]
        rows.sort(key=lambda r: (v.match_key(r.name), r.municipality_code))
        return rows

    def get(self, organisation_id: uuid.UUID) -> OrganisationRow:
        with self.db.read() as s:
            found = s.execute(_query().where(Organisation.id == organisation_id)).first()
        if found is None:
            raise NotFoundError(translate("organisations", "The organisation no longer exists."))
        return OrganisationRow(*found)

    def of_municipality(self, municipality_id: uuid.UUID) -> OrganisationRow:
        with self.db.read() as s:
            found = s.execute(
                _query().where(Organisation.municipality_id == municipality_id)
            ).first()
        if found is None:
            raise NotFoundError(translate("municipalities", "The municipality no longer exists."))
        return OrganisationRow(*found)

    def find_by_name(self, text: str) -> OrganisationRow | None:
        """The live organisation whose name or short name is ``text`` (case and spacing aside)."""
        with self.db.read() as s:
            return resolve_name(s, text)

    def people_counts(self) -> dict[uuid.UUID, int]:
        """How many live people each organisation has in the directory."""
        with self.db.read() as s:
            rows = s.execute(
                select(Person.organisation_id, func.count())
                .where(Person.deleted_at.is_(None), Person.organisation_id.is_not(None))
                .group_by(Person.organisation_id)
            ).all()
        return {org_id: count for org_id, count in rows}

    def contacts(self, organisation_id: uuid.UUID):
        from samordnare_desktop.services.contacts import contact_row

        with self.db.read() as s:
            found = s.scalars(
                select(Contact)
                .where(Contact.organisation_id == organisation_id, Contact.deleted_at.is_(None))
                .order_by(Contact.name)
            )
            return [contact_row(c) for c in found]

    # --- writing --------------------------------------------------------------------------------
    def _check(
        self, s: Session, data: OrganisationInput, organisation_id: uuid.UUID | None
    ) -> None:
        if data.kind.is_reference:
            raise ValidationError(
                "kind",
                translate(
                    "organisations",
                    "Municipalities and regions come with the app; choose another kind.",
                ),
            )
        if data.org_number:
            clash = s.scalars(
                select(Organisation).where(
                    Organisation.org_number == data.org_number,
                    Organisation.deleted_at.is_(None),
                    Organisation.id != (organisation_id or uuid.UUID(int=0)),
                )
            ).first()
            if clash is not None:
                raise ValidationError(
                    "org_number",
                    translate(
                        "organisations", "{name} already has the organisation number {number}."
                    ).format(name=clash.name, number=data.org_number),
                )
        if data.parent_id is not None:
            if data.parent_id == organisation_id:
                raise ValidationError(
                    "parent_id",
                    translate("organisations", "An organisation cannot belong to itself."),
                )
            live_organisation(s, data.parent_id)

    def create(self, data: OrganisationInput) -> OrganisationRow:
        data = validate_organisation(data)
        with self.db.write() as s:
            self._check(s, data, None)
            org = Organisation(**data.__dict__)
            s.add(org)
            s.flush()
            org_id = org.id
        return self.get(org_id)

    def update(
        self, organisation_id: uuid.UUID, data: OrganisationInput, *, expected_version: int | None
    ) -> OrganisationRow:
        """Edit an organisation; a municipality's or region's organisation keeps its name and
        kind (they come with the app) and takes notes, short name and number only."""
        with self.db.write() as s:
            org = live_organisation(s, organisation_id)
            ensure_version(org.version, expected_version)
            if org.kind.is_reference:
                data = OrganisationInput(
                    kind=OrganisationKind.OTHER,
                    name=org.name,
                    short_name=data.short_name,
                    org_number=data.org_number,
                    notes=data.notes,
                )
                data = validate_organisation(data)
                self._check(s, data, organisation_id)
                changes = {
                    "short_name": data.short_name,
                    "org_number": data.org_number,
                    "notes": data.notes,
                }
            else:
                data = validate_organisation(data)
                self._check(s, data, organisation_id)
                changes = dict(data.__dict__)
            for key, value in changes.items():
                if getattr(org, key) != value:
                    setattr(org, key, value)
            s.flush()
        return self.get(organisation_id)

    def delete(self, organisation_id: uuid.UUID) -> None:
        """Soft delete (undo with :meth:`restore`); its people and contacts stay, meetings keep
        their tie to it."""
        with self.db.write() as s:
            org = live_organisation(s, organisation_id)
            if org.kind.is_reference:
                raise ValidationError(
                    "kind",
                    translate("organisations", "Municipalities and regions cannot be deleted."),
                )
            org.deleted_at = utcnow()

    def restore(self, organisation_id: uuid.UUID) -> None:
        with self.db.write() as s:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise NotFoundError(
                    translate("organisations", "The organisation no longer exists.")
                )
            org.deleted_at = None

    def add_contact(self, organisation_id: uuid.UUID, data):
        from samordnare_desktop.services.contacts import contact_row, validate_contact

        data = validate_contact(data)
        with self.db.write() as s:
            org = live_organisation(s, organisation_id)
            contact = Contact(
                organisation_id=org.id, municipality_id=org.municipality_id, **data.__dict__
            )
            s.add(contact)
            s.flush()
            return contact_row(contact)


def resolve_name(s: Session, text: str) -> OrganisationRow | None:
    """The live organisation named ``text`` (name or short name, case and spacing aside)."""
    key = v.match_key(v.clean_text(text))
    if not key:
        return None
    rows = s.execute(
        _query().where(
            Organisation.deleted_at.is_(None),
            (func.lower(Organisation.name) == key) | (func.lower(Organisation.short_name) == key),
        )
    ).all()
    if not rows:  # lower() folds ASCII only: compare the few candidates in Python
        candidates = s.execute(
            _query().where(
                Organisation.deleted_at.is_(None),
                func.length(Organisation.name) == len(key),
            )
        ).all()
        rows = [r for r in candidates if v.match_key(r[3]) == key]
    return OrganisationRow(*rows[0]) if rows else None


def organisation_for_municipality(
    s: Session, municipality_id: uuid.UUID | None
) -> uuid.UUID | None:
    if municipality_id is None:
        return None
    return s.scalar(select(Organisation.id).where(Organisation.municipality_id == municipality_id))


__all__ = [
    "OrganisationInput",
    "OrganisationRow",
    "OrganisationService",
    "normalise_org_number",
    "organisation_for_municipality",
    "resolve_name",
    "validate_organisation",
]
