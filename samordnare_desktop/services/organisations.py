"""Use cases of the organisation register: list and search organisations of every kind, add and
edit the ones the user enters (agencies, SiS homes, organisations, universities, unions, the
ministry), their contacts and their people.

Municipalities and regions come with the app (``reference.municipalities``): they can be
annotated but neither added nor deleted here.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session, aliased

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.municipality import Contact, County, Municipality
from samordnare_desktop.domain.organisation import Organisation, OrganisationKind
from samordnare_desktop.domain.participant import ParticipantCategory, Person
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.municipalities import (
    MunicipalityService,
    organisation_for_municipality,
)


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


# Between the digits of an organisation number a user may type spaces and hyphens or dashes.
_ORG_NUMBER_SEPARATORS = frozenset(" -\u2010\u2011\u2012\u2013\u2014\u2212")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def org_number_digits(value: str) -> str:
    """The digits of an organisation number as ASCII ("２０２１００－５４８９", "202100 5489" and
    "202100-5489" are one number); "" when anything but digits and separators is in it."""
    text = unicodedata.normalize("NFKC", value or "")
    digits = []
    for char in text:
        if char.isdecimal():
            digits.append(str(unicodedata.decimal(char)))
        elif char not in _ORG_NUMBER_SEPARATORS and not char.isspace():
            return ""
    return "".join(digits)


def normalise_org_number(value: str) -> str:
    """ "202100-5489" from "2021005489", "202100-5489" or full-width digits; empty stays empty."""
    if not v.clean_text(value):
        return ""
    digits = org_number_digits(value)
    if len(digits) != 10 or not _luhn_ok(digits):
        raise ValidationError(
            "org_number",
            translate(
                "organisations",
                "Not a valid organisation number (ten digits, NNNNNN-NNNN, with a correct "
                "check digit).",
            ),
        )
    return f"{digits[:6]}-{digits[6:]}"


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


def _query(db: Database | None = None):
    """The columns of :class:`OrganisationRow`; with ``db``, an empty text for the notes where
    the team server withholds them from this login (the reading role)."""
    notes = Organisation.notes
    if db is not None and not db.may_read("organisation", "notes"):
        notes = literal("").label("notes")
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
            notes,
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
        query = _query(self.db)
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
            found = s.execute(_query(self.db).where(Organisation.id == organisation_id)).first()
        if found is None:
            raise NotFoundError(translate("organisations", "The organisation no longer exists."))
        return OrganisationRow(*found)

    def of_municipality(self, municipality_id: uuid.UUID) -> OrganisationRow:
        with self.db.read() as s:
            found = s.execute(
                _query(self.db).where(Organisation.municipality_id == municipality_id)
            ).first()
        if found is None:
            raise NotFoundError(translate("municipalities", "The municipality no longer exists."))
        return OrganisationRow(*found)

    def find_by_name(self, text: str, *, include_deleted: bool = False) -> OrganisationRow | None:
        """The live organisation whose name or short name is ``text`` (case and spacing aside);
        ``include_deleted``: else a deleted one of that name."""
        with self.db.read() as s:
            return resolve_name(s, text, include_deleted=include_deleted)

    def find_all_by_name(
        self, text: str, *, include_deleted: bool = False
    ) -> list[OrganisationRow]:
        """Every organisation ``text`` names (two kinds may share a name: an agency and "other")."""
        with self.db.read() as s:
            return resolve_names(s, text, include_deleted=include_deleted)

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
        self,
        s: Session,
        data: OrganisationInput,
        organisation_id: uuid.UUID | None,
        *,
        reference: bool = False,
    ) -> None:
        """Refuse what the register must not hold: a second live organisation with the same
        number (whatever digits or separators it was typed with), a second one of the same kind
        and name under the same parent, a parent loop, an SiS youth home not under SiS.
        ``reference``: a municipality's or region's own row (only its number is checked)."""
        if not reference and data.kind.is_reference:
            raise ValidationError(
                "kind",
                translate(
                    "organisations",
                    "Municipalities and regions come with the app; choose another kind.",
                ),
            )
        self._check_number(s, data.org_number, organisation_id)
        if reference:
            return
        self._check_name(s, data.kind, data.name, data.parent_id, organisation_id)
        self._check_parent(s, data.kind, data.parent_id, organisation_id)
        self._check_one_sis(s, data, organisation_id)

    @staticmethod
    def _check_number(
        s: Session, number: str, organisation_id: uuid.UUID | None, *, restoring: bool = False
    ) -> None:
        digits = org_number_digits(number)
        if not digits:
            return
        # Compared by digits in Python: a number saved before they were normalised (full-width
        # digits) is still the same number. A few hundred rows at most have one.
        others = s.execute(
            select(Organisation.name, Organisation.org_number).where(
                Organisation.org_number != "",
                Organisation.deleted_at.is_(None),
                Organisation.id != (organisation_id or uuid.UUID(int=0)),
            )
        ).all()
        for name, other in others:
            if org_number_digits(other) == digits:
                shown = f"{digits[:6]}-{digits[6:]}" if len(digits) == 10 else number
                message = (
                    translate(
                        "organisations",
                        "{name} has the organisation number {number} now; change one of the "
                        "numbers before restoring this organisation.",
                    )
                    if restoring
                    else translate(
                        "organisations", "{name} already has the organisation number {number}."
                    )
                )
                raise ValidationError("org_number", message.format(name=name, number=shown))

    @staticmethod
    def _check_name(
        s: Session,
        kind: OrganisationKind,
        name: str,
        parent_id: uuid.UUID | None,
        organisation_id: uuid.UUID | None,
        *,
        restoring: bool = False,
    ) -> None:
        key = v.match_key(name)
        same_parent = (
            Organisation.parent_id.is_(None)
            if parent_id is None
            else Organisation.parent_id == parent_id
        )
        others = s.scalars(
            select(Organisation.name).where(
                Organisation.kind == kind,
                same_parent,
                Organisation.deleted_at.is_(None),
                Organisation.id != (organisation_id or uuid.UUID(int=0)),
            )
        ).all()
        clash = next((other for other in others if v.match_key(other) == key), None)
        if clash is None:
            return
        message = (
            translate(
                "organisations",
                "There is already an organisation of the kind “{kind}” called {name}; rename "
                "one of them before restoring this one.",
            )
            if restoring
            else translate(
                "organisations",
                "There is already an organisation of the kind “{kind}” called {name}.",
            )
        )
        # the label as it is written: "SiS särskilda ungdomshem", not "sis ..."
        raise ValidationError("name", message.format(kind=kind.label(), name=clash))

    @staticmethod
    def _check_one_sis(
        s: Session, data: OrganisationInput | Organisation, organisation_id: uuid.UUID | None
    ) -> None:
        """One SiS: a second agency named or short-named like it would let youth homes move under
        an organisation that is not SiS."""
        if not is_sis(Organisation(kind=data.kind, name=data.name, short_name=data.short_name)):
            return
        others = s.scalars(
            select(Organisation).where(
                Organisation.kind == OrganisationKind.AGENCY,
                Organisation.deleted_at.is_(None),
                Organisation.id != (organisation_id or uuid.UUID(int=0)),
            )
        ).all()
        clash = next((o for o in others if is_sis(o)), None)
        if clash is not None:
            raise ValidationError(
                "short_name",
                translate(
                    "organisations",
                    "{name} is SiS (Statens institutionsstyrelse) already; another organisation "
                    "cannot have its name or the short name SiS.",
                ).format(name=clash.name),
            )

    @staticmethod
    def _check_still_sis(s: Session, org: Organisation, data: OrganisationInput) -> None:
        """SiS with youth homes under it stays SiS (kind and name), or the homes would be left
        under something else."""
        if not is_sis(org):
            return
        after = Organisation(kind=data.kind, name=data.name, short_name=data.short_name)
        if is_sis(after):
            return
        homes = s.scalars(  # deleted homes too: undoing their delete brings them back under it
            select(Organisation.name).where(
                Organisation.parent_id == org.id,
                Organisation.kind == OrganisationKind.SIS_HOME,
            )
        ).all()
        if homes:
            raise ValidationError(
                "kind",
                translate(
                    "organisations",
                    "SiS youth homes belong to SiS ({count}): it stays a state agency named "
                    "Statens institutionsstyrelse or short-named SiS.",
                ).format(count=len(homes)),
            )

    @staticmethod
    def _check_parent(
        s: Session,
        kind: OrganisationKind,
        parent_id: uuid.UUID | None,
        organisation_id: uuid.UUID | None,
    ) -> None:
        if parent_id is None:
            if kind is OrganisationKind.SIS_HOME:
                raise ValidationError(
                    "parent_id",
                    translate(
                        "organisations",
                        "An SiS youth home belongs to SiS: choose Statens institutionsstyrelse "
                        "under Belongs to (add it as a state agency first if it is missing).",
                    ),
                )
            return
        if parent_id == organisation_id:
            raise ValidationError(
                "parent_id",
                translate("organisations", "An organisation cannot belong to itself."),
            )
        parent = live_organisation(s, parent_id)
        if kind is OrganisationKind.SIS_HOME and not is_sis(parent):
            raise ValidationError(
                "parent_id",
                translate(
                    "organisations",
                    "An SiS youth home belongs to SiS (Statens institutionsstyrelse), not to "
                    "{parent}.",
                ).format(parent=parent.name),
            )
        if organisation_id is None:
            return  # a new organisation has no parts yet: no loop possible
        seen: set[uuid.UUID] = set()
        step: uuid.UUID | None = parent_id
        while step is not None and step not in seen:
            if step == organisation_id:
                raise ValidationError(
                    "parent_id",
                    translate(
                        "organisations",
                        "{parent} already belongs to this organisation (directly or further "
                        "up); an organisation cannot belong to one of its own parts.",
                    ).format(parent=parent.name),
                )
            seen.add(step)
            step = s.scalar(select(Organisation.parent_id).where(Organisation.id == step))

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
                self._check(s, data, organisation_id, reference=True)
                changes = {
                    "short_name": data.short_name,
                    "org_number": data.org_number,
                    "notes": data.notes,
                }
            else:
                data = validate_organisation(data)
                self._check(s, data, organisation_id)
                self._check_still_sis(s, org, data)
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
            parts = _live_parts(s, org.id)
            if parts:
                raise ValidationError(
                    "parent_id",
                    translate(
                        "organisations",
                        "Organisations under {name}: {names}. Move or delete them first.",
                    ).format(
                        names=", ".join(parts[:3]) + (" …" if len(parts) > 3 else ""), name=org.name
                    ),
                )
            org.deleted_at = utcnow()

    def restore(self, organisation_id: uuid.UUID) -> None:
        """Undo a delete, unless another live organisation took its number or its name (kind and
        parent alike) meanwhile: then a clear message and nothing changes."""
        with self.db.write() as s:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise NotFoundError(
                    translate("organisations", "The organisation no longer exists.")
                )
            if org.deleted_at is None:
                return
            self._check_number(s, org.org_number, org.id, restoring=True)
            self._check_name(s, org.kind, org.name, org.parent_id, org.id, restoring=True)
            if org.parent_id is not None:  # the parent it belonged to must still be there
                parent = s.get(Organisation, org.parent_id)
                if parent is None or parent.is_deleted:
                    raise ValidationError(
                        "parent_id",
                        translate(
                            "organisations",
                            "{name} belonged to {parent}, which is deleted; restore {parent} "
                            "first.",
                        ).format(name=org.name, parent=parent.name if parent else "–"),
                    )
            self._check_parent(s, org.kind, org.parent_id, org.id)
            self._check_one_sis(s, org, org.id)
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

    # A contact is the same row whoever it belongs to: edit, delete (undo: restore) as in Kommuner.
    def update_contact(self, contact_id: uuid.UUID, data, *, expected_version: int | None):
        return MunicipalityService(self.db).update_contact(
            contact_id, data, expected_version=expected_version
        )

    def delete_contact(self, contact_id: uuid.UUID) -> None:
        MunicipalityService(self.db).delete_contact(contact_id)

    def restore_contact(self, contact_id: uuid.UUID) -> None:
        MunicipalityService(self.db).restore_contact(contact_id)


def _live_parts(s: Session, organisation_id: uuid.UUID) -> list[str]:
    """The names of the live organisations directly under ``organisation_id``."""
    return list(
        s.scalars(
            select(Organisation.name)
            .where(Organisation.parent_id == organisation_id, Organisation.deleted_at.is_(None))
            .order_by(Organisation.name)
        )
    )


# The category of someone from an organisation of this kind, when nothing else says (a walk-in,
# an imported row without a category column): a region's people are health care (BUP), an
# agency's or an SiS home's another authority, associations, researchers and unions an
# organisation, the ministry's the coordinator's own team (the secretary, experts, the
# director-general travel with the coordinator). A municipality's and "other": as before.
_KIND_CATEGORY = {
    OrganisationKind.REGION: ParticipantCategory.HEALTH_CARE,
    OrganisationKind.AGENCY: ParticipantCategory.AUTHORITY,
    OrganisationKind.SIS_HOME: ParticipantCategory.AUTHORITY,
    OrganisationKind.INTEREST: ParticipantCategory.ORGANISATION,
    OrganisationKind.RESEARCH: ParticipantCategory.ORGANISATION,
    OrganisationKind.UNION: ParticipantCategory.ORGANISATION,
    OrganisationKind.MINISTRY: ParticipantCategory.OWN_TEAM,
}


def default_category(kind: OrganisationKind | None) -> ParticipantCategory | None:
    """The category for someone of an organisation of ``kind`` (None: no rule, keep the
    default)."""
    return _KIND_CATEGORY.get(kind) if kind is not None else None


def is_sis(org: Organisation | OrganisationRow) -> bool:
    """Statens institutionsstyrelse, the agency SiS youth homes belong to (by its name or its
    short name "SiS", as the user entered it)."""
    return org.kind is OrganisationKind.AGENCY and (
        v.match_key(org.short_name) == "sis"
        or v.match_key(org.name) == "statens institutionsstyrelse"
    )


# Names the regions go by besides their registered one (folded): Gotland is a municipality with
# a region's tasks and calls itself "Region Gotland"; Västra Götalandsregionen is often written
# as the others are.
_REGION_ALIASES = {
    "region västra götaland": "västra götalandsregionen",
    "vgr": "västra götalandsregionen",
}


def alias_keys(name: str, region_tasks: bool) -> tuple[str, ...]:
    """Other folded names an organisation is known by: "region gotland" for Gotland."""
    key = v.match_key(name)
    found = [alias for alias, target in _REGION_ALIASES.items() if target == key]
    if region_tasks:
        found.append(v.match_key(f"Region {name}"))
    return tuple(found)


def _alias_target(s: Session, key: str, scope) -> list:
    """Rows of the organisation a regional alias names ("region gotland")."""
    if key in _REGION_ALIASES:
        wanted = _REGION_ALIASES[key]
        candidates = s.execute(_query().where(scope, Organisation.kind == OrganisationKind.REGION))
        return [r for r in candidates if v.match_key(r[3]) == wanted]
    if key.startswith("region "):
        candidates = s.execute(_query().where(scope, Organisation.region_tasks.is_(True)))
        return [r for r in candidates if v.match_key(f"Region {r[3]}") == key]
    return []


def resolve_name(s: Session, text: str, *, include_deleted: bool = False) -> OrganisationRow | None:
    """The live organisation named ``text`` (name or short name, case and spacing aside); with
    ``include_deleted``, a deleted one when no live one has the name (meetings keep their tie to
    a deleted organisation, so a filter may still name it). Of several, the first: callers that
    must not guess use :func:`resolve_names`."""
    found = resolve_names(s, text, include_deleted=include_deleted)
    return found[0] if found else None


def resolve_names(s: Session, text: str, *, include_deleted: bool = False) -> list[OrganisationRow]:
    """Every live organisation named ``text`` (name, short name or a region's other name, case
    and spacing aside); with ``include_deleted``, the deleted ones when no live one has it."""
    key = v.match_key(v.clean_text(text))
    if not key:
        return []
    live = Organisation.deleted_at.is_(None)
    scopes = (live, Organisation.deleted_at.is_not(None)) if include_deleted else (live,)
    for scope in scopes:
        rows = s.execute(
            _query().where(
                scope,
                (func.lower(Organisation.name) == key)
                | (func.lower(Organisation.short_name) == key),
            )
        ).all()
        if not rows:  # lower() folds ASCII only: compare the few candidates in Python
            candidates = s.execute(
                _query().where(scope, func.length(Organisation.name) == len(key))
            ).all()
            rows = [r for r in candidates if v.match_key(r[3]) == key]
        if not rows:
            rows = _alias_target(s, key, scope)
        if rows:
            return [OrganisationRow(*r) for r in rows]
    return []


__all__ = [
    "OrganisationInput",
    "OrganisationRow",
    "OrganisationService",
    "alias_keys",
    "default_category",
    "is_sis",
    "normalise_org_number",
    "org_number_digits",
    "organisation_for_municipality",
    "resolve_name",
    "resolve_names",
    "validate_organisation",
]
