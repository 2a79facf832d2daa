"""Use cases of the Deltagare tab: who takes part in a visit, the municipality's directory of
people, duplicate detection, attendance on the day and copying the first visit's list.

The UI and the CLI get frozen rows back. Persons are stored once in one directory across
organisations: an e-mail address (case-insensitive) or a name + unit within the same
organisation (normalised) identifies them, so a region's BUP chief is one person at every
meeting. A person belongs to an organisation (a municipality's, a region's, an agency's ...);
each participation remembers the organisation they came from, so moving keeps the history.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import TypeVar

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, aliased

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.organisation import Organisation
from samordnare_desktop.domain.participant import (
    PARTIES,
    OwnCategory,
    Participant,
    ParticipantCategory,
    Person,
    category_order,
    young_person_label,
)
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.visits import live_visit

# --- inputs and rows ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonInput:
    """Who someone is (stored once in the municipality's directory)."""

    name: str
    category: ParticipantCategory = ParticipantCategory.OTHER
    title: str = ""
    organisation: str = ""
    party: str = ""
    office: str = ""
    email: str = ""
    phone: str = ""
    # Where the person works; None: the meeting's municipality (for a new person), unchanged (on
    # an edit), or the organisation ``organisation`` names when it is a registered one.
    organisation_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ParticipationInput:
    """How someone takes part in one visit."""

    invited: bool = True
    confirmed: bool = False
    attended: bool = False
    notes: str = ""
    consent_note: str = ""
    name_on_lists: bool = False
    walk_in: bool = False


T = TypeVar("T")


def _by_keyword(cls: type[T], source: object, **given: object) -> T:
    """A ``cls`` dataclass from ``source``'s attributes of the same names (``given`` overrides)."""
    names = [f.name for f in fields(cls) if f.name not in given]
    return cls(**{name: getattr(source, name) for name in names}, **given)


class _Named:
    """What a person row and a participant row say alike about the person they name."""

    category: ParticipantCategory
    name: str
    party: str

    @property
    def is_child(self) -> bool:
        return self.category.is_child

    @property
    def anonymous(self) -> bool:
        return self.is_child and not self.name

    @property
    def party_label(self) -> str:
        return f"({self.party})" if self.party else ""


@dataclass(frozen=True)
class PersonRow(_Named):
    id: uuid.UUID
    version: int
    municipality_id: uuid.UUID
    category: ParticipantCategory
    name: str
    title: str
    organisation: str
    party: str
    office: str
    email: str
    phone: str
    alias_number: int | None
    organisation_id: uuid.UUID | None = None
    organisation_name: str = ""  # empty for a municipality's people (their unit says enough)

    @property
    def affiliation(self) -> str:
        """ "Region Skåne, BUP": the organisation and the unit, whichever are known."""
        return ", ".join(dict.fromkeys(p for p in (self.organisation_name, self.organisation) if p))

    @property
    def display_name(self) -> str:
        """Name as the coordinator sees it on screen: "Elsa (Ungdom 2)" or "Ungdom 2"."""
        if self.is_child:
            alias = young_person_label(self.alias_number)
            return f"{self.name} ({alias})" if self.name else alias
        return self.name

    def as_input(self) -> PersonInput:
        return _by_keyword(PersonInput, self)

    def describe(self) -> str:
        """ "Anna Berg, Socialförvaltningen" for prompts and suggestion lists."""
        parts = [self.display_name]
        if self.party:
            parts[0] += f" {self.party_label}"
        if self.affiliation:
            parts.append(self.affiliation)
        return ", ".join(parts)


@dataclass(frozen=True)
class ParticipantRow(_Named):
    """One line of a visit's participant list: the person (their directory row, ``person``) and
    how they take part in this visit. The person's fields read through (``row.name`` is
    ``row.person.name``): they are listed once, in :class:`PersonRow`."""

    id: uuid.UUID
    version: int
    visit_id: uuid.UUID
    person: PersonRow
    invited: bool
    confirmed: bool
    attended: bool
    walk_in: bool
    notes: str
    consent_note: str
    name_on_lists: bool
    # The organisation the person came from to this meeting; its name is empty when it is the
    # meeting's own municipality (the list does not repeat "Mjölby" on every line).
    organisation_id: uuid.UUID | None = None
    organisation_name: str = ""

    def __getattr__(self, name: str) -> object:
        # only called for names the participation itself lacks: the person's fields
        if name in _PERSON_FIELDS:
            return getattr(self.person, name)
        raise AttributeError(f"'ParticipantRow' object has no attribute {name!r}")

    @property
    def person_id(self) -> uuid.UUID:
        return self.person.id

    @property
    def person_version(self) -> int:
        return self.person.version

    @property
    def affiliation(self) -> str:
        """ "Region Skåne, BUP", or the unit alone for the municipality's own people."""
        return ", ".join(dict.fromkeys(p for p in (self.organisation_name, self.organisation) if p))

    @property
    def travels_with_coordinator(self) -> bool:
        return self.category.travels_with_coordinator

    @property
    def display_name(self) -> str:
        """Name on screen: "Elsa (Ungdom 2)", "Ungdom 2" or the adult's name."""
        return self.person.display_name

    @property
    def print_name(self) -> str:
        """Name on printed lists: children only by first name when allowed, else "Ungdom 2"."""
        if self.is_child:
            if self.name and self.name_on_lists:
                return self.name
            return young_person_label(self.alias_number)
        return self.name

    @property
    def role(self) -> str:
        """Title, office and party in one cell: "Kommunalråd (S)"."""
        parts = [p for p in (self.title, self.office) if p]
        text = ", ".join(dict.fromkeys(parts))
        if self.party:
            text = f"{text} {self.party_label}".strip()
        return text

    def as_person_input(self) -> PersonInput:
        return self.person.as_input()

    def as_participation_input(self) -> ParticipationInput:
        return _by_keyword(ParticipationInput, self)


_PERSON_FIELDS = frozenset(f.name for f in fields(PersonRow))


@dataclass(frozen=True)
class NewParticipant:
    """One entry for :meth:`ParticipantService.add_many` (import, demo): a person (new or found
    in the directory) or an existing ``person_id``, and the participation."""

    person: PersonInput | None
    participation: ParticipationInput = ParticipationInput()
    person_id: uuid.UUID | None = None


@dataclass(frozen=True)
class BulkAddResult:
    added: tuple[uuid.UUID, ...]  # new participations, in entry order (undo removes them)
    new_people: int  # persons created in the directory
    reused_people: int  # entries matched to someone already in the directory
    already_listed: int  # entries whose person was already on the visit's list (skipped)


@dataclass(frozen=True)
class CategoryCount:
    category: ParticipantCategory | OwnCategory  # a headcount's own category too
    total: int
    attended: int


@dataclass(frozen=True)
class AttendanceSummary:
    """``total``/``attended``: the hosts' and the organisations' people; those travelling with
    the coordinator are counted apart (``travelling``/``travelling_attended``)."""

    total: int
    attended: int
    by_category: tuple[CategoryCount, ...]
    travelling: int = 0
    travelling_attended: int = 0


class DuplicatePersonError(ValidationError):
    """The person typed in already exists in the directory; ``matches`` are the candidates."""

    def __init__(self, matches: list[PersonRow], message: str | None = None) -> None:
        first = matches[0]
        super().__init__(
            "name",
            message
            or translate(
                "participants", "{person} already exists – use the existing person?"
            ).format(person=first.describe()),
        )
        self.matches = matches


class HiddenPersonError(DuplicatePersonError):
    """The person typed in was removed from the directory earlier; ``matches`` are the hidden
    entries (the UI offers to bring the first one back instead of storing the person twice)."""

    def __init__(self, matches: list[PersonRow]) -> None:
        super().__init__(
            matches,
            translate("participants", "{person} was in the directory before – restore?").format(
                person=matches[0].describe()
            ),
        )


# --- validation ---------------------------------------------------------------------------------

_PARTY_ALIASES = {"MILJÖPARTIET": "MP", "SOCIALDEMOKRATERNA": "S", "MODERATERNA": "M"}


def normalise_party(value: str) -> str:
    text = v.clean_text(value).strip("()[] ").upper()
    return _PARTY_ALIASES.get(text, text)


def validate_person(data: PersonInput) -> PersonInput:
    """Normalise and check a person; children get no contact details and a first name at most."""
    category = data.category
    if category.is_child:
        name = v.optional_text(data.name, "name", max_length=60)
        if " " in name:
            raise ValidationError(
                "name",
                translate(
                    "participants",
                    "Children and young people are recorded with a first name only, or "
                    "anonymously (leave the name empty).",
                ),
            )
        for field, value in (("email", data.email), ("phone", data.phone)):
            if v.clean_text(value):
                raise ValidationError(
                    field,
                    translate(
                        "participants",
                        "No contact details are stored for children and young people.",
                    ),
                )
        return PersonInput(
            name=name,
            category=category,
            title="",
            organisation=v.optional_text(data.organisation, "organisation"),
            organisation_id=data.organisation_id,
        )
    party = ""
    if category is ParticipantCategory.POLITICIAN:
        party = normalise_party(data.party)
        if len(party) > 12:
            raise ValidationError(
                "party",
                translate("participants", "Give the party as its letters, e.g. S, M or C."),
            )
    return PersonInput(
        name=v.required_text(data.name, "name"),
        category=category,
        title=v.optional_text(data.title, "title"),
        organisation=v.optional_text(data.organisation, "organisation"),
        party=party,
        office=v.optional_text(data.office, "office"),
        email=v.optional_email(data.email, "email"),
        phone=v.optional_phone(data.phone, "phone"),
        organisation_id=data.organisation_id,
    )


def validate_participation(data: ParticipationInput, *, is_child: bool) -> ParticipationInput:
    return replace(
        data,
        notes=v.optional_text(data.notes, "notes", max_length=v.MAX_LONG_TEXT, multiline=True),
        consent_note=v.optional_text(
            data.consent_note, "consent_note", max_length=v.MAX_LONG_TEXT, multiline=True
        ),
        name_on_lists=data.name_on_lists if is_child else True,
    )


_PUNCT = re.compile(r"[^\w\s]")


def email_key(email: str) -> str:
    return email.strip().casefold()


def name_org_key(name: str, organisation: str) -> str:
    """Normalised "name|organisation" ("Anna  Berg", "socialförvaltningen." match)."""
    if not name.strip():
        return ""
    return f"{v.match_key(_PUNCT.sub(' ', name))}|{v.match_key(_PUNCT.sub(' ', organisation))}"


def parse_walk_in(text: str) -> PersonInput:
    """ "Namn, Organisation" (organisation optional) typed in the walk-in line."""
    cleaned = v.clean_text(text)
    name, _, organisation = cleaned.partition(",")
    if not name.strip():
        raise ValidationError(
            "walk_in",
            translate("participants", "Type the name, then a comma and the organisation."),
        )
    return PersonInput(name=name.strip(), organisation=organisation.strip())


# --- rows -----------------------------------------------------------------------------------------


def _columns(row: type, sources: dict[str, object], prefix: str = "") -> tuple:
    """The SELECT for ``row``: each of its fields as a labelled column (``sources`` maps a field
    to a column of another name or table), so ``row(**result._mapping)`` fills it by keyword and
    the order of the columns never matters (``prefix``: labels of a row nested in another)."""
    return tuple(
        sources.get(f.name, getattr(Person, f.name, None)).label(prefix + f.name)
        for f in fields(row)
        if f.name not in sources or sources[f.name] is not None
    )


def _person_organisation_name(organisation) -> object:
    # a municipality's people show their unit alone ("Socialförvaltningen"), others their
    # organisation too ("Region Skåne, BUP")
    return func.coalesce(
        case((organisation.municipality_id.is_(None), organisation.name), else_=""), ""
    )


_PERSON_COLUMNS = _columns(
    PersonRow, {"organisation_name": _person_organisation_name(Organisation)}
)
# the person's own organisation beside the one they came from to the meeting
_PersonOrganisation = aliased(Organisation)
_PARTICIPANT_PREFIX = "person_"
# A participant row: its person as a PersonRow (Person's fields, labelled "person_..."), the
# participation's fields from Participant.
_PARTICIPANT_COLUMNS = _columns(
    PersonRow,
    {"organisation_name": _person_organisation_name(_PersonOrganisation)},
    _PARTICIPANT_PREFIX,
) + _columns(
    ParticipantRow,
    {
        "id": Participant.id,
        "version": Participant.version,
        "visit_id": Participant.visit_id,
        "person": None,  # the nested PersonRow above
        **{f.name: getattr(Participant, f.name) for f in fields(ParticipationInput)},
        # the organisation the person came from to this meeting
        "organisation_id": Participant.organisation_id,
        "organisation_name": func.coalesce(Organisation.name, ""),
    },
)


def _participant_row(found) -> ParticipantRow:
    """A :class:`ParticipantRow` from a row of ``_PARTICIPANT_COLUMNS``, by keyword."""
    values = found._mapping
    person = PersonRow(**{f.name: values[_PARTICIPANT_PREFIX + f.name] for f in fields(PersonRow)})
    return ParticipantRow(
        person=person,
        **{f.name: values[f.name] for f in fields(ParticipantRow) if f.name != "person"},
    )


def _people(statement):
    """A select of persons with their current organisation's name."""
    return statement.outerjoin(Organisation, Person.organisation_id == Organisation.id)


def _participants(statement):
    """A select of participants with the organisation each came from."""
    return (
        statement.join(Person, Participant.person_id == Person.id)
        .outerjoin(Organisation, Participant.organisation_id == Organisation.id)
        .outerjoin(_PersonOrganisation, Person.organisation_id == _PersonOrganisation.id)
    )


def _scope(column, value):
    return column.is_(None) if value is None else column == value


def _category_order(category: ParticipantCategory) -> int:
    return list(ParticipantCategory).index(category)


class PersonDirectory:
    """The directory of people behind the participant lists: look people up, count their visits, find
    matches for a typed name, move someone to another organisation, see their history, remove and
    bring back."""

    db: Database

    def person(self, person_id: uuid.UUID) -> PersonRow:
        with self.db.read() as s:
            found = s.execute(
                _people(select(*_PERSON_COLUMNS)).where(
                    Person.id == person_id, Person.deleted_at.is_(None)
                )
            ).first()
        if found is None:
            raise NotFoundError(translate("participants", "The person no longer exists."))
        return PersonRow(**found._mapping)

    def directory(
        self, municipality_id: uuid.UUID, query: str = "", *, limit: int | None = 200
    ) -> list[PersonRow]:
        """People whose name, organisation or e-mail matches: with a municipality, its people
        and everyone of an organisation that is not a municipality (regions, agencies, SiS ...:
        the same people meet the coordinator everywhere); without one, the whole directory."""
        statement = _people(select(*_PERSON_COLUMNS)).where(Person.deleted_at.is_(None))
        if municipality_id is not None:
            statement = statement.where(
                (Person.municipality_id == municipality_id) | Person.municipality_id.is_(None)
            )
        key = v.match_key(query)
        if key and municipality_id is None:  # narrow in SQL first (ASCII case folding only)
            like = f"%{key}%"
            statement = statement.where(
                func.lower(Person.name).like(like)
                | func.lower(Person.organisation).like(like)
                | func.lower(Person.email).like(like)
                | func.lower(Person.title).like(like)
                | func.lower(Organisation.name).like(like)
                | (Person.name != func.lower(Person.name))  # non-ASCII capitals: check below
            )
        with self.db.read() as s:
            rows = [PersonRow(**r._mapping) for r in s.execute(statement)]
        if key:
            rows = [
                r
                for r in rows
                if key in v.match_key(f"{r.display_name} {r.affiliation} {r.email} {r.title}")
            ]
        rows.sort(key=lambda r: (r.name.casefold(), r.organisation.casefold(), r.alias_number or 0))
        return rows[:limit] if limit else rows

    def visit_counts(self, municipality_id: uuid.UUID) -> dict[uuid.UUID, int]:
        """How many visits each person in the directory is (still) listed on."""
        with self.db.read() as s:
            rows = s.execute(
                select(Participant.person_id, func.count())
                .join(Person, Participant.person_id == Person.id)
                .join(Visit, Participant.visit_id == Visit.id)
                .where(
                    Person.municipality_id == municipality_id,
                    Participant.deleted_at.is_(None),
                    Visit.deleted_at.is_(None),
                )
                .group_by(Participant.person_id)
            ).all()
        return {person_id: count for person_id, count in rows}

    def find_matches(
        self,
        municipality_id: uuid.UUID,
        data: PersonInput,
        *,
        exclude_person_id: uuid.UUID | None = None,
    ) -> list[PersonRow]:
        """People already in the directory who are probably the same as ``data``: the same
        e-mail anywhere, or the same name and unit in the same organisation (``data``'s, else the
        municipality's)."""
        with self.db.read() as s:
            return self._matches(s, municipality_id, data, exclude_person_id)

    def _matches(
        self,
        s: Session,
        municipality_id: uuid.UUID,
        data: PersonInput,
        exclude_person_id: uuid.UUID | None,
        *,
        hidden: bool = False,
    ) -> list[PersonRow]:
        """Live people matching ``data`` by e-mail or name + organisation; with ``hidden``,
        people removed from the directory (soft-deleted) instead, the most recently removed
        first."""
        conditions = []
        data = _resolved(s, data)
        e_key = email_key(data.email)
        n_key = name_org_key(data.name, data.organisation)
        org_id = data.organisation_id or _home_organisation(s, data, municipality_id)
        if e_key:
            conditions.append(Person.email_key == e_key)
        if n_key:
            conditions.append(
                (Person.name_org_key == n_key) & _scope(Person.organisation_id, org_id)
            )
        if not conditions:
            return []
        statement = _people(select(*_PERSON_COLUMNS)).where(
            Person.deleted_at.is_not(None) if hidden else Person.deleted_at.is_(None),
            or_(*conditions),
        )
        if hidden:
            statement = statement.order_by(Person.deleted_at.desc())
        if exclude_person_id is not None:
            statement = statement.where(Person.id != exclude_person_id)
        return [PersonRow(**r._mapping) for r in s.execute(statement)]

    @staticmethod
    def _move(s: Session, person: Person, organisation_id: uuid.UUID) -> None:
        org = s.get(Organisation, organisation_id)
        if org is None or org.is_deleted:
            raise NotFoundError(translate("organisations", "The organisation no longer exists."))
        person.organisation_id = org.id
        person.municipality_id = org.municipality_id

    def move_person(
        self, person_id: uuid.UUID, organisation_id: uuid.UUID, *, expected_version: int | None
    ) -> PersonRow:
        """The person now works at ``organisation_id``; the meetings they attended keep the
        organisation they came from (their history is not rewritten)."""
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is None or person.is_deleted:
                raise NotFoundError(translate("participants", "The person no longer exists."))
            ensure_version(person.version, expected_version)
            self._move(s, person, organisation_id)
            self._set_keys(person)
        return self.person(person_id)

    def history(self, person_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        """The meetings a person is on, oldest first, with the organisation they came from:
        ``(visit_id, organisation name)``."""
        with self.db.read() as s:
            rows = s.execute(
                select(Participant.visit_id, func.coalesce(Organisation.name, ""))
                .join(Visit, Participant.visit_id == Visit.id)
                .outerjoin(Organisation, Participant.organisation_id == Organisation.id)
                .where(
                    Participant.person_id == person_id,
                    Participant.deleted_at.is_(None),
                    Visit.deleted_at.is_(None),
                )
                .order_by(Visit.day)
            ).all()
        return [(visit_id, name) for visit_id, name in rows]

    def delete_person(self, person_id: uuid.UUID) -> None:
        """Remove someone from the directory (soft delete; their participations are hidden too)."""
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is None or person.is_deleted:
                raise NotFoundError(translate("participants", "The person no longer exists."))
            person.deleted_at = utcnow()

    def delete_people(self, person_ids: list[uuid.UUID]) -> None:
        """Remove several people from the directory at once (all or nothing)."""
        with self.db.write() as s:
            now = utcnow()
            for person_id in person_ids:
                person = s.get(Person, person_id)
                if person is None or person.is_deleted:
                    raise NotFoundError(translate("participants", "The person no longer exists."))
                person.deleted_at = now

    def restore_people(self, person_ids: list[uuid.UUID]) -> None:
        with self.db.write() as s:
            for person_id in person_ids:
                person = s.get(Person, person_id)
                if person is not None:
                    person.deleted_at = None

    def restore_person(self, person_id: uuid.UUID) -> None:
        with self.db.write() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFoundError(translate("participants", "The person no longer exists."))
            person.deleted_at = None


class FirstVisitList:
    """A follow-up visit's list starts from the first visit's: find that visit, copy who is not on the
    list yet."""

    db: Database

    def first_visit_id(self, visit_id: uuid.UUID) -> uuid.UUID | None:
        """The first visit a follow-up builds on: its link, else the municipality's first visit."""
        with self.db.read() as s:
            visit = self._visit(s, visit_id)
            if visit.first_visit_id is not None:
                linked = s.get(Visit, visit.first_visit_id)
                if linked is not None and not linked.is_deleted:
                    return linked.id
            if visit.municipality_id is None:  # a meeting of organisations: no municipality's
                return None
            first = s.scalars(
                select(Visit)
                .where(
                    Visit.municipality_id == visit.municipality_id,
                    Visit.kind == VisitKind.FIRST,
                    Visit.status != VisitStatus.CANCELLED,
                    Visit.deleted_at.is_(None),
                    Visit.id != visit.id,
                )
                .order_by(Visit.day)
            ).first()
            return first.id if first is not None else None

    def copy_from_first_visit(self, visit_id: uuid.UUID) -> list[uuid.UUID]:
        """Invite everyone from the first visit's list who is not on this list yet.

        Returns the new participations' ids (undo removes them). Attendance and notes are not
        copied; a child's consent note and print choice are.
        """
        source_id = self.first_visit_id(visit_id)
        if source_id is None:
            raise NotFoundError(
                translate("participants", "The municipality has no first visit to copy from.")
                if self._municipality_of(visit_id) is not None
                else translate(
                    "participants",
                    "This meeting has no municipality, so no first visit to copy from.",
                )
            )
        added: list[uuid.UUID] = []
        with self.db.write() as s:
            self._visit(s, visit_id)
            present = set(
                s.scalars(
                    select(Participant.person_id).where(
                        Participant.visit_id == visit_id, Participant.deleted_at.is_(None)
                    )
                )
            )
            source = s.scalars(
                select(Participant)
                .join(Person, Participant.person_id == Person.id)
                .where(
                    Participant.visit_id == source_id,
                    Participant.deleted_at.is_(None),
                    Person.deleted_at.is_(None),
                )
            ).all()
            earlier = {
                p.person_id: p
                for p in s.scalars(
                    select(Participant).where(
                        Participant.visit_id == visit_id, Participant.deleted_at.is_not(None)
                    )
                )
            }
            for original in source:
                if original.person_id in present:
                    continue
                participant = earlier.get(original.person_id)
                if participant is None:
                    participant = Participant(visit_id=visit_id, person_id=original.person_id)
                    s.add(participant)
                participant.deleted_at = None
                participant.invited = True
                participant.confirmed = False
                participant.attended = False
                participant.walk_in = False
                participant.consent_note = original.consent_note
                participant.name_on_lists = original.name_on_lists
                s.flush()
                added.append(participant.id)
        return added


class ParticipantService(FirstVisitList, PersonDirectory):
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading --------------------------------------------------------------------------------
    def list_for_visit(self, visit_id: uuid.UUID) -> list[ParticipantRow]:
        """The visit's participants (not removed), by category and name."""
        with self.db.read() as s:
            own = _own_organisation(s, visit_id)
            rows = s.execute(
                _participants(select(*_PARTICIPANT_COLUMNS))
                .where(Participant.visit_id == visit_id, Participant.deleted_at.is_(None))
                .where(Person.deleted_at.is_(None))
            ).all()
        result = [_unrepeated(_participant_row(r), own) for r in rows]
        result.sort(
            key=lambda r: (_category_order(r.category), r.name.casefold(), r.alias_number or 0)
        )
        return result

    def get(self, participant_id: uuid.UUID) -> ParticipantRow:
        with self.db.read() as s:
            found = s.execute(
                _participants(select(*_PARTICIPANT_COLUMNS))
                .where(Participant.id == participant_id, Participant.deleted_at.is_(None))
                .where(Person.deleted_at.is_(None))
            ).first()
            if found is None:
                raise NotFoundError(translate("participants", "The participant no longer exists."))
            row = _participant_row(found)
            return _unrepeated(row, _own_organisation(s, row.visit_id))

    def counts_by_category(self, visit_id: uuid.UUID) -> AttendanceSummary:
        """How many are on the list and how many attended, in all and per category."""
        with self.db.read() as s:
            rows = s.execute(
                select(Person.category, Participant.attended, func.count())
                .join(Person, Participant.person_id == Person.id)
                .where(Participant.visit_id == visit_id, Participant.deleted_at.is_(None))
                .where(Person.deleted_at.is_(None))
                .group_by(Person.category, Participant.attended)
            ).all()
        from samordnare_desktop.services.headcounts import HeadcountService

        counted = [(c, True, n) for _, c, n in HeadcountService(self.db).counts([visit_id])]
        return summarise([*rows, *counted])

    def people_of_organisation(self, organisation_id: uuid.UUID) -> list[PersonRow]:
        """The live people who work at ``organisation_id`` now, by name."""
        statement = _people(select(*_PERSON_COLUMNS)).where(
            Person.deleted_at.is_(None), Person.organisation_id == organisation_id
        )
        with self.db.read() as s:
            rows = [PersonRow(**r._mapping) for r in s.execute(statement)]
        rows.sort(key=lambda r: (r.name.casefold(), r.organisation.casefold(), r.alias_number or 0))
        return rows

    # --- writing --------------------------------------------------------------------------------
    _visit = staticmethod(live_visit)

    def _participant(self, s: Session, participant_id: uuid.UUID) -> Participant:
        participant = s.get(Participant, participant_id)
        if participant is None or participant.is_deleted:
            raise NotFoundError(translate("participants", "The participant no longer exists."))
        return participant

    def _next_alias(self, s: Session, municipality_id: uuid.UUID | None) -> int:
        highest = s.scalar(
            select(func.max(Person.alias_number)).where(
                _scope(Person.municipality_id, municipality_id)
            )
        )
        return (highest or 0) + 1

    def _new_person(
        self, s: Session, municipality_id: uuid.UUID | None, data: PersonInput
    ) -> Person:
        """A new person: of ``data.organisation_id``, else of the organisation the unit text
        names ("Region Skåne"), else of the meeting's municipality."""
        values = dict(_resolved(s, data).__dict__)
        org_id = values.pop("organisation_id")
        if org_id is None:
            org_id = _home_organisation(s, data, municipality_id)
        org = s.get(Organisation, org_id) if org_id is not None else None
        own_team = data.category is ParticipantCategory.OWN_TEAM
        person = Person(
            municipality_id=(
                org.municipality_id if org is not None else None if own_team else municipality_id
            ),
            organisation_id=org_id,
            **values,
        )
        self._set_keys(person)
        if data.category.is_child:
            person.alias_number = self._next_alias(s, person.municipality_id)
        s.add(person)
        s.flush()
        return person

    @staticmethod
    def _set_keys(person: Person) -> None:
        person.email_key = email_key(person.email)
        person.name_org_key = (
            "" if person.category.is_child else name_org_key(person.name, person.organisation)
        )

    def _link(
        self, s: Session, visit_id: uuid.UUID, person: Person, data: ParticipationInput
    ) -> Participant:
        existing = s.scalars(
            select(Participant).where(
                Participant.visit_id == visit_id, Participant.person_id == person.id
            )
        ).first()
        if existing is not None and not existing.is_deleted:
            raise ValidationError(
                "name",
                translate("participants", "{person} is already on this visit's list.").format(
                    person=_describe(person)
                ),
            )
        if existing is not None:  # removed earlier: bring the same row back
            existing.deleted_at = None
            participant = existing
        else:
            participant = Participant(
                visit_id=visit_id, person_id=person.id, organisation_id=person.organisation_id
            )
            s.add(participant)
        for key, value in data.__dict__.items():
            setattr(participant, key, value)
        s.flush()
        return participant

    def add(
        self,
        visit_id: uuid.UUID,
        person: PersonInput | None,
        participation: ParticipationInput | None = None,
        *,
        person_id: uuid.UUID | None = None,
        new_despite_hidden: bool = False,
        restore_person: bool = False,
    ) -> ParticipantRow:
        """Put someone on the visit's list: an existing person (``person_id``) or a new one.

        A new person who matches someone in the directory raises :class:`DuplicatePersonError`
        (the UI asks "use the existing person?" and calls again with ``person_id``); one who
        matches only someone removed from the directory raises :class:`HiddenPersonError` (the
        UI calls again with that ``person_id`` and ``restore_person``, which brings the person
        back in the same transaction, or with ``new_despite_hidden``).
        """
        participation = participation or ParticipationInput()
        with self.db.write() as s:
            visit = self._visit(s, visit_id)
            if person_id is not None:
                found = s.get(Person, person_id)
                if found is not None and found.is_deleted and restore_person:
                    found.deleted_at = None
                if found is None or found.is_deleted:
                    raise NotFoundError(translate("participants", "The person no longer exists."))
            else:
                if person is None:
                    raise ValueError("add() needs a person or a person_id")
                person = validate_person(person)
                matches = self._matches(s, visit.municipality_id, person, None)
                if matches:
                    raise DuplicatePersonError(matches)
                if not new_despite_hidden:
                    hidden = self._matches(s, visit.municipality_id, person, None, hidden=True)
                    if hidden:
                        raise HiddenPersonError(hidden)
                found = self._new_person(s, visit.municipality_id, person)
            participation = validate_participation(participation, is_child=found.category.is_child)
            participant_id = self._link(s, visit_id, found, participation).id
        return self.get(participant_id)

    def add_many(self, visit_id: uuid.UUID, entries: list[NewParticipant]) -> BulkAddResult:
        """Add many participants in one transaction (all or nothing).

        A person who matches someone in the directory (or an earlier entry) is reused, never
        stored twice; someone already on the list is skipped. A ``ValidationError`` names the
        entry: its message starts with "Row N:".
        """
        added: list[uuid.UUID] = []
        new_people = reused = listed = 0
        with self.db.write() as s:
            visit = self._visit(s, visit_id)
            municipality_id = visit.municipality_id
            on_list = {
                p.person_id: p
                for p in s.scalars(select(Participant).where(Participant.visit_id == visit_id))
            }
            by_email: dict[str, Person] = {}
            by_name: dict[str, Person] = {}
            for number, entry in enumerate(entries, start=1):
                try:
                    if entry.person_id is not None:
                        person = s.get(Person, entry.person_id)
                        if person is None or person.is_deleted:
                            raise NotFoundError(
                                translate("participants", "The person no longer exists.")
                            )
                        reused += 1
                    else:
                        if entry.person is None:
                            raise ValueError("an entry needs a person or a person_id")
                        data = validate_person(entry.person)
                        e_key = email_key(data.email)
                        n_key = (
                            ""
                            if data.category.is_child
                            else name_org_key(data.name, data.organisation)
                        )
                        person = by_email.get(e_key) if e_key else None
                        person = person or (by_name.get(n_key) if n_key else None)
                        if person is None:
                            matches = self._matches(s, municipality_id, data, None)
                            if matches:
                                person = s.get(Person, matches[0].id)
                        if person is not None:
                            reused += 1
                        else:
                            person = self._new_person(s, municipality_id, data)
                            new_people += 1
                        if e_key:
                            by_email[e_key] = person
                        if n_key:
                            by_name[n_key] = person
                    participation = validate_participation(
                        entry.participation, is_child=person.category.is_child
                    )
                except ValidationError as exc:
                    raise ValidationError(
                        exc.field,
                        translate("participants", "Row {number}: {message}").format(
                            number=number, message=exc.message
                        ),
                    ) from exc
                existing = on_list.get(person.id)
                if existing is not None and not existing.is_deleted:
                    listed += 1
                    continue
                if existing is None:
                    existing = Participant(
                        visit_id=visit_id,
                        person_id=person.id,
                        organisation_id=person.organisation_id,
                    )
                    s.add(existing)
                    on_list[person.id] = existing
                existing.deleted_at = None
                for key, value in participation.__dict__.items():
                    setattr(existing, key, value)
                s.flush()
                added.append(existing.id)
        return BulkAddResult(tuple(added), new_people, reused, listed)

    def set_attended_many(self, attended: dict[uuid.UUID, bool]) -> None:
        """Tick or untick several participants at once (one transaction)."""
        with self.db.write() as s:
            for participant_id, value in attended.items():
                participant = self._participant(s, participant_id)
                if participant.attended != value:
                    participant.attended = value

    def add_walk_in(self, visit_id: uuid.UUID, text: str) -> ParticipantRow:
        """ "Namn, Organisation" typed on the day: added (or found) and marked attended at once."""
        data = parse_walk_in(text)
        walk_in = ParticipationInput(invited=False, attended=True, walk_in=True)
        with self.db.read() as s:
            municipality_id = self._visit(s, visit_id).municipality_id
        matches = self.find_matches(municipality_id, validate_person(data))
        if matches:  # someone already in the directory: never stored twice
            ids = {m.id for m in matches}
            on_list = [r for r in self.list_for_visit(visit_id) if r.person_id in ids]
            if on_list:
                return self.set_attended(on_list[0].id, True)
            return self.add(visit_id, None, walk_in, person_id=matches[0].id)
        with self.db.read() as s:
            hidden = self._matches(s, municipality_id, validate_person(data), None, hidden=True)
            data = _with_default_category(s, data)
        if hidden:  # removed from the directory earlier: bring the same person back
            self.restore_person(hidden[0].id)
            return self.add(visit_id, None, walk_in, person_id=hidden[0].id)
        return self.add(visit_id, data, walk_in)

    def update(
        self,
        participant_id: uuid.UUID,
        person: PersonInput,
        participation: ParticipationInput,
        *,
        expected_version: int | None,
        expected_person_version: int | None = None,
    ) -> ParticipantRow:
        """Save changes to the person (directory entry) and to this participation."""
        person = validate_person(person)
        with self.db.write() as s:
            participant = self._participant(s, participant_id)
            ensure_version(participant.version, expected_version)
            found = s.get(Person, participant.person_id)
            assert found is not None
            ensure_version(found.version, expected_person_version)
            if person.organisation_id is None:  # the form did not say: stays where they are
                person = replace(person, organisation_id=found.organisation_id)
            elif person.organisation_id != found.organisation_id:
                self._move(s, found, person.organisation_id)
                if participant.organisation_id != person.organisation_id and not (
                    s.get(Visit, participant.visit_id).day < utcnow().date()
                ):  # a meeting still ahead: they come from where they work now
                    participant.organisation_id = person.organisation_id
            clashes = self._matches(s, found.municipality_id, person, found.id)
            if clashes:
                raise ValidationError(
                    "email"
                    if email_key(person.email) in {email_key(c.email) for c in clashes}
                    else "name",
                    translate(
                        "participants", "{person} is already in the directory as another person."
                    ).format(person=clashes[0].describe()),
                )
            for key, value in person.__dict__.items():
                if getattr(found, key) != value:
                    setattr(found, key, value)
            self._set_keys(found)
            if person.category.is_child and found.alias_number is None:
                found.alias_number = self._next_alias(s, found.municipality_id)
            participation = validate_participation(participation, is_child=person.category.is_child)
            for key, value in participation.__dict__.items():
                if getattr(participant, key) != value:
                    setattr(participant, key, value)
        return self.get(participant_id)

    def set_attended(self, participant_id: uuid.UUID, attended: bool) -> ParticipantRow:
        with self.db.write() as s:
            participant = self._participant(s, participant_id)
            if participant.attended != attended:
                participant.attended = attended
        return self.get(participant_id)

    def remove(self, participant_id: uuid.UUID) -> None:
        """Take someone off the visit's list (soft delete; undo with :meth:`restore`)."""
        with self.db.write() as s:
            self._participant(s, participant_id).deleted_at = utcnow()

    def restore(self, participant_id: uuid.UUID) -> None:
        with self.db.write() as s:
            participant = s.get(Participant, participant_id)
            if participant is None:
                raise NotFoundError(translate("participants", "The participant no longer exists."))
            participant.deleted_at = None

    def remove_many(self, participant_ids: list[uuid.UUID]) -> None:
        with self.db.write() as s:
            now = utcnow()
            for participant_id in participant_ids:
                participant = s.get(Participant, participant_id)
                if participant is not None and not participant.is_deleted:
                    participant.deleted_at = now

    def restore_many(self, participant_ids: list[uuid.UUID]) -> None:
        with self.db.write() as s:
            for participant_id in participant_ids:
                participant = s.get(Participant, participant_id)
                if participant is not None:
                    participant.deleted_at = None

    def _municipality_of(self, visit_id: uuid.UUID) -> uuid.UUID | None:
        with self.db.read() as s:
            return self._visit(s, visit_id).municipality_id


def _describe(person: Person) -> str:
    row = PersonRow(
        **{
            f.name: getattr(person, f.name)
            for f in fields(PersonRow)
            if f.name != "organisation_name"
        }
    )
    return row.describe()


def _with_default_category(s: Session, data: PersonInput) -> PersonInput:
    """A walk-in (no category typed) from a region, agency, association or the ministry gets
    that organisation's category (:func:`organisations.default_category`), not "Övriga"."""
    from samordnare_desktop.services.organisations import default_category

    resolved = _resolved(s, data)
    org = s.get(Organisation, resolved.organisation_id) if resolved.organisation_id else None
    category = default_category(org.kind) if org is not None else None
    return replace(data, category=category) if category is not None else data


def _home_organisation(
    s: Session, data: PersonInput, municipality_id: uuid.UUID | None
) -> uuid.UUID | None:
    """Where a new person without a registered organisation belongs: the meeting's
    municipality, except the coordinator's own team, who belong to no municipality."""
    if data.category is ParticipantCategory.OWN_TEAM:
        return None
    return _organisation_of_municipality(s, municipality_id)


def _organisation_of_municipality(
    s: Session, municipality_id: uuid.UUID | None
) -> uuid.UUID | None:
    if municipality_id is None:
        return None
    return s.scalar(select(Organisation.id).where(Organisation.municipality_id == municipality_id))


def _own_organisation(s: Session, visit_id: uuid.UUID) -> uuid.UUID | None:
    visit = s.get(Visit, visit_id)
    return _organisation_of_municipality(s, visit.municipality_id if visit else None)


def _unrepeated(row: ParticipantRow, own: uuid.UUID | None) -> ParticipantRow:
    """The municipality's own people at its visit show their unit only."""
    if own is not None and row.organisation_id == own:
        return replace(row, organisation_name="")
    return row


def _resolved(s: Session, data: PersonInput) -> PersonInput:
    """``data`` with the organisation its unit text names, when it names a registered one:
    "Region Skåne" -> Region Skåne; "Region Skåne, BUP" -> Region Skåne, unit "BUP"."""
    if data.organisation_id is not None or not data.organisation:
        return data
    from samordnare_desktop.services.organisations import resolve_names

    def named(text: str):
        found = resolve_names(s, text)
        if len(found) > 1:  # an agency and an "other" of one name: never guessed between
            raise ValidationError(
                "organisation",
                translate(
                    "participants",
                    "Several organisations are called {name} ({kinds}); choose the "
                    "organisation in the person's form.",
                ).format(name=found[0].name, kinds=", ".join(r.kind_label for r in found)),
            )
        return found[0] if found else None

    one = named(data.organisation)
    if one is not None:
        return replace(data, organisation_id=one.id, organisation="")
    head, _, unit = data.organisation.partition(",")
    if unit.strip():
        one = named(head)
        if one is not None:
            return replace(data, organisation_id=one.id, organisation=unit.strip())
    return data


def summarise(counts) -> AttendanceSummary:
    """Build the summary from (category, attended, count) triples (also used on loaded rows)."""
    total: Counter[ParticipantCategory | OwnCategory] = Counter()
    present: Counter[ParticipantCategory | OwnCategory] = Counter()
    for category, attended, count in counts:
        total[category] += count
        if attended:
            present[category] += count
    # the fixed categories in their order, then the user's own (headcounts) by name
    by_category = tuple(
        CategoryCount(c, total[c], present[c])
        for c in sorted(total, key=category_order)
        if total[c]
    )
    apart = [c for c in ParticipantCategory if c.travels_with_coordinator]
    return AttendanceSummary(
        sum(n for c, n in total.items() if c not in apart),
        sum(n for c, n in present.items() if c not in apart),
        by_category,
        sum(total[c] for c in apart),
        sum(present[c] for c in apart),
    )


__all__ = [
    "PARTIES",
    "AttendanceSummary",
    "BulkAddResult",
    "CategoryCount",
    "DuplicatePersonError",
    "HiddenPersonError",
    "NewParticipant",
    "ParticipantRow",
    "ParticipantService",
    "ParticipationInput",
    "PersonInput",
    "PersonRow",
    "summarise",
]
