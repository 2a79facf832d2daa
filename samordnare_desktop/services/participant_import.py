"""The plan of a participant import: which columns of a municipality's file mean what, and per
row whether it adds a person, updates (and perhaps restores) one found in the municipality's
directory, or is skipped and why. Reading only: :mod:`participant_documents` carries a plan out.

Matching, in order: children (no e-mail, no surname) by first name or pseudonym, category and
organisation within the visit; everyone else by e-mail, then by name + organisation; a person
removed from the directory earlier is brought back rather than added twice. A row that names the
same person as an earlier row is skipped.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.domain.participant import Participant, ParticipantCategory, Person
from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.i18n import translate
from samordnare_desktop.services import tabular
from samordnare_desktop.services.field_labels import in_sentence, person_labels
from samordnare_desktop.services.participants import (
    PersonInput,
    email_key,
    name_org_key,
    validate_person,
)

if TYPE_CHECKING:  # the PDF module (and ReportLab) is imported when a PDF is made
    pass

# --- the columns a municipality's file may have ---------------------------------------------------

IMPORT_ALIASES: dict[str, set[str]] = {
    "name": {
        "Namn",
        "Name",
        "Fullständigt namn",
        "Full name",
        "Deltagare",
        "Participant",
        "Person",
        "Deltagarens namn",
        "För- och efternamn",
    },
    "first_name": {"Förnamn", "First name", "Given name", "Tilltalsnamn"},
    "last_name": {"Efternamn", "Last name", "Surname", "Family name"},
    "title": {
        "Titel",
        "Title",
        "Befattning",
        "Roll",
        "Role",
        "Yrkestitel",
        "Job title",
        "Position",
        "Tjänst",
        "Yrke",
    },
    "organisation": {
        "Organisation",
        "Organization",
        "Förvaltning",
        "Verksamhet",
        "Arbetsplats",
        "Myndighet",
        "Enhet",
        "Avdelning",
        "Department",
        "Employer",
        "Arbetsgivare",
        "Company",
        "Organisation/förvaltning",
    },
    "category": {
        "Kategori",
        "Category",
        "Grupp",
        "Group",
        "Typ",
        "Type",
        "Deltagarkategori",
        "Målgrupp",
    },
    "email": {
        "E-post",
        "Epost",
        "E-postadress",
        "Mejl",
        "Mail",
        "E-mail",
        "Email",
        "Email address",
        "E-mail address",
        "Mejladress",
        "Mailadress",
    },
    "phone": {
        "Telefon",
        "Tel",
        "Tfn",
        "Telefonnummer",
        "Mobil",
        "Mobilnummer",
        "Phone",
        "Phone number",
        "Mobile",
        "Telephone",
        "Mobiltelefon",
    },
    "party": {"Parti", "Party", "Partitillhörighet", "Political party"},
    "office": {
        "Uppdrag",
        "Office",
        "Politiskt uppdrag",
        "Ämbete",
        "Nämnd",
        "Förtroendeuppdrag",
    },
}

# Swedish and English words for each category (the current labels are added at run time).
_CATEGORY_WORDS: dict[ParticipantCategory, tuple[str, ...]] = {
    ParticipantCategory.POLITICIAN: (
        "politician",
        "politicians",
        "politiker",
        "förtroendevald",
        "förtroendevalda",
        "elected",
        "kommunalråd",
        "ledamot",
        "ordförande",
    ),
    ParticipantCategory.MANAGER: (
        "manager",
        "managers",
        "chef",
        "chefer",
        "ledning",
        "förvaltningschef",
        "socialchef",
        "enhetschef",
        "tjänsteperson",
        "tjänsteman",
        "official",
    ),
    ParticipantCategory.SOCIAL_STAFF: (
        "social worker / staff",
        "social worker",
        "staff",
        "personal",
        "socialtjänst",
        "socialsekreterare",
        "medarbetare",
        "handläggare",
        "socialtjänsten",
    ),
    ParticipantCategory.SCHOOL_HEALTH: (
        "school and student health",
        "school",
        "skola",
        "elevhälsa",
        "skola och elevhälsa",
        "förskola",
        "student health",
    ),
    ParticipantCategory.HEALTH_CARE: (
        "health care / bup / region",
        "health care",
        "healthcare",
        "hälso- och sjukvård",
        "sjukvård",
        "vård",
        "bup",
        "region",
        "primärvård",
    ),
    ParticipantCategory.AUTHORITY: (
        "other authority",
        "authority",
        "authorities",
        "myndighet",
        "annan myndighet",
        "polis",
        "police",
        "myndigheter",
    ),
    ParticipantCategory.ORGANISATION: (
        "organisation",
        "organization",
        "organisations",
        "förening",
        "föreningar",
        "civilsamhälle",
        "civil society",
        "ideell",
        "ngo",
    ),
    ParticipantCategory.CHILD: (
        "child / young person",
        "child",
        "children",
        "young person",
        "young people",
        "youth",
        "barn",
        "ungdom",
        "ungdomar",
        "unga",
        "barn och unga",
    ),
    ParticipantCategory.PARENT: (
        "parent / guardian",
        "parent",
        "parents",
        "guardian",
        "förälder",
        "föräldrar",
        "vårdnadshavare",
    ),
    ParticipantCategory.OWN_TEAM: (
        "coordinator's team",
        "own team",
        "team",
        "samordnare",
        "samordnarens team",
        "kansli",
        "eget team",
    ),
    ParticipantCategory.OTHER: ("other", "others", "övrig", "övriga", "annan", "annat"),
}


def field_labels() -> dict[str, str]:
    return {
        "name": translate("participant_import", "Name"),
        "first_name": translate("participant_import", "First name"),
        "last_name": translate("participant_import", "Last name"),
    }


def category_from_text(text: str) -> ParticipantCategory | None:
    """A category from its Swedish or English name (any case, spacing, diacritics), or ``None``."""
    key = tabular.header_key(text)
    if not key:
        return None
    for category in ParticipantCategory:
        names = (
            category.value,
            category.label(),
            category.short_label(),
            *_CATEGORY_WORDS[category],
        )
        if key in {tabular.header_key(n) for n in names}:
            return category
    return None


# --- the plan ---------------------------------------------------------------------------------------


class ImportAction(enum.StrEnum):
    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"

    def label(self) -> str:
        return {
            ImportAction.ADD: translate("participant_import", "Add"),
            ImportAction.UPDATE: translate("participant_import", "Update"),
            ImportAction.SKIP: translate("participant_import", "Skip"),
        }[self]


@dataclass(frozen=True)
class ImportRow:
    """What import does with one row of the file."""

    line: int  # row number in the file
    action: ImportAction
    name: str
    organisation: str
    category: ParticipantCategory | None
    email: str
    detail: str  # why skipped / what is updated, in the user's language
    person: PersonInput | None = None  # validated input (add / update)
    person_id: uuid.UUID | None = None  # the matched person (update)
    changed_fields: tuple[str, ...] = ()
    join_visit: bool = False  # the person is put on the visit's list
    restore: bool = False  # the person was removed from the directory earlier: brought back


@dataclass(frozen=True)
class ImportReceipt:
    """What one import wrote, so it can be undone and redone (Ctrl+Z)."""

    visit_id: uuid.UUID
    people: tuple[uuid.UUID, ...]  # persons created in the directory
    links: tuple[uuid.UUID, ...]  # participations created or brought back
    changes: tuple[
        tuple[uuid.UUID, tuple[tuple[str, object, object], ...]], ...
    ]  # (field, old, new)
    restored_people: tuple[uuid.UUID, ...] = ()  # persons brought back to the directory
    # participations of this meeting moved with their person: (participant, old org, new org)
    moved_links: tuple[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None], ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    file_name: str
    rows: tuple[ImportRow, ...]
    columns: tuple[str, ...] = ()  # fields recognised in the header
    receipt: ImportReceipt | None = None  # set by apply(): what undo takes back
    sheet: str | None = None  # the workbook sheet read (None for CSV)
    sheets: tuple[str, ...] = ()  # all sheets of the workbook (empty for CSV)

    def count(self, action: ImportAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def added(self) -> int:
        return self.count(ImportAction.ADD)

    @property
    def updated(self) -> int:
        return self.count(ImportAction.UPDATE)

    @property
    def skipped(self) -> int:
        return self.count(ImportAction.SKIP)

    def summary(self) -> str:
        return translate(
            "participant_import", "{added} to add, {updated} to update, {skipped} skipped"
        ).format(added=self.added, updated=self.updated, skipped=self.skipped)


def _field_label(field: str) -> str:
    """A person's field as a refusal or a change names it (services.field_labels)."""
    label = person_labels().get(field)
    return in_sentence(label) if label else field


@dataclass
class _Directory:
    """The directory and the visit's list, indexed for matching (one query each)."""

    by_email: dict[str, Person] = field(default_factory=dict)
    by_name_org: dict[str, Person] = field(default_factory=dict)
    on_visit: dict[uuid.UUID, Participant] = field(default_factory=dict)  # incl. removed ones
    by_alias: dict[int, Person] = field(default_factory=dict)  # children: "Ungdom N"
    hidden_by_email: dict[str, Person] = field(default_factory=dict)  # removed from the directory
    hidden_by_name_org: dict[str, Person] = field(default_factory=dict)
    children_on_visit: dict[tuple, Person] = field(default_factory=dict)  # _child_key -> person

    @classmethod
    def load(cls, s: Session, visit: Visit) -> _Directory:
        found = cls()
        people: dict[uuid.UUID, Person] = {}
        # The whole directory, as the form and the walk-in line match: the same e-mail anywhere,
        # or the same name and unit at the same organisation (a Ystad official at a Sjöbo visit
        # or at a dialogue meeting is the one person). Pseudonym numbers count per municipality.
        rows = s.scalars(select(Person).where(Person.deleted_at.is_(None)))
        for person in rows:
            if person.email_key:
                found.by_email.setdefault(person.email_key, person)
            if person.name_org_key:
                found.by_name_org.setdefault(
                    _org_key(person.organisation_id, person.name_org_key), person
                )
            if (
                person.category.is_child
                and person.alias_number is not None
                and person.municipality_id == visit.municipality_id
            ):
                found.by_alias.setdefault(person.alias_number, person)
            people[person.id] = person
        hidden = s.scalars(
            select(Person).where(Person.deleted_at.is_not(None)).order_by(Person.deleted_at.desc())
        )
        for person in hidden:  # the most recently removed first
            if person.email_key:
                found.hidden_by_email.setdefault(person.email_key, person)
            if person.name_org_key:
                found.hidden_by_name_org.setdefault(
                    _org_key(person.organisation_id, person.name_org_key), person
                )
        for participant in s.scalars(select(Participant).where(Participant.visit_id == visit.id)):
            current = found.on_visit.get(participant.person_id)
            if current is None or current.is_deleted:
                found.on_visit[participant.person_id] = participant
        for person_id, participant in found.on_visit.items():
            child = people.get(person_id)
            if participant.is_deleted or child is None or not child.category.is_child:
                continue
            keys = [_child_key("", child.alias_number, child.category, child.organisation)]
            if child.name:
                keys.append(_child_key(child.name, None, child.category, child.organisation))
            for key in keys:
                found.children_on_visit.setdefault(key, child)
        return found


_ALIAS = re.compile(r"(?:ungdom|young\s+person|barn|child)\s*(\d{1,6})", re.IGNORECASE)


def _alias_in(name: str) -> int | None:
    """The number in a child's pseudonym as printed ("Ungdom 3", "Young person 3"), else None."""
    found = _ALIAS.fullmatch(name.strip())
    return int(found.group(1)) if found else None


def _child_key(
    name: str, alias: int | None, category: ParticipantCategory, organisation: str
) -> tuple:
    """Children have no e-mail and no surname: within a visit they are told apart by first name
    (or pseudonym number), category and organisation."""
    who = f"#{alias}" if not name else match_key(name)
    return (who, category.value, match_key(organisation))


# The text fields of a person a file may fill, in the order of PersonInput.
_PERSON_TEXT = ("name", "title", "organisation", "party", "office", "email", "phone")


def _text(row: list[tabular.Cell], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return tabular.cell_text(row[index]) if index is not None else ""


def plan_import(s: Session, visit: Visit, table: tabular.Table, file_name: str) -> ImportPlan:
    columns = tabular.map_headers(table.headers, IMPORT_ALIASES)
    if "name" not in columns and not ("first_name" in columns or "last_name" in columns):
        tabular.map_headers(table.headers, IMPORT_ALIASES, required=["name"], labels=field_labels())
    planner = _Planner(_Directory.load(s, visit), _Organisations(s, visit))
    rows = [
        planner.row(_read_row(line, cells, columns))
        for line, cells in zip(table.line_numbers, table.rows, strict=True)
    ]
    return ImportPlan(file_name, tuple(rows), tuple(columns))


@dataclass(frozen=True)
class _FileRow:
    """One row of the file as read: the person (category defaulted), the category the file
    named (``None``: empty or not recognised) and notes for the user."""

    line: int
    data: PersonInput
    category: ParticipantCategory | None
    notes: tuple[str, ...]


def _read_row(line: int, cells: list[tabular.Cell], columns: dict[str, int]) -> _FileRow:
    name = _text(cells, columns, "name")
    if not name:
        first, last = _text(cells, columns, "first_name"), _text(cells, columns, "last_name")
        name = " ".join(p for p in (first, last) if p)
    raw_category = _text(cells, columns, "category")
    category = category_from_text(raw_category)
    values = {f: _text(cells, columns, f) for f in _PERSON_TEXT if f != "name"}
    data = PersonInput(name=name, category=category or ParticipantCategory.OTHER, **values)
    notes: list[str] = []
    if category is None:
        politics = data.party.strip() or data.office.strip()
        default = ParticipantCategory.POLITICIAN if politics else ParticipantCategory.OTHER
        data = replace(data, category=default)
        if raw_category:
            notes.append(
                translate(
                    "participant_import", "unknown category “{value}”, set to {category}"
                ).format(value=raw_category[:60], category=default.label())
            )
    return _FileRow(line, data, category, tuple(notes))


def _org_key(organisation_id: uuid.UUID | None, key: str) -> str:
    """Name + unit within one organisation (the same name elsewhere is someone else)."""
    return f"{organisation_id}|{key}"


class _Organisations:
    """The registered organisations by folded name and short name, to read an organisation
    column: "Region Skåne" or "Region Skåne, BUP" names one; anything else is a unit of the
    meeting's own municipality, as before."""

    def __init__(self, s: Session, visit: Visit) -> None:
        from samordnare_desktop.domain.organisation import Organisation
        from samordnare_desktop.services.organisations import alias_keys

        self.by_key: dict[str, tuple[uuid.UUID, str]] = {}
        self.kinds: dict[uuid.UUID, object] = {}
        self.ambiguous: dict[str, str] = {}  # folded name -> the name two organisations share
        aliases: dict[str, tuple[uuid.UUID, str]] = {}
        for org_id, name, short, region_tasks, kind in s.execute(
            select(
                Organisation.id,
                Organisation.name,
                Organisation.short_name,
                Organisation.region_tasks,
                Organisation.kind,
            ).where(Organisation.deleted_at.is_(None))
        ):
            self.kinds[org_id] = kind
            for text in (name, short):
                if text:
                    key = match_key(text)
                    earlier = self.by_key.setdefault(key, (org_id, name))
                    if earlier[0] != org_id:  # two kinds share the name: never guessed
                        self.ambiguous[key] = earlier[1]
            for key in alias_keys(name, bool(region_tasks)):  # "Region Gotland"
                aliases.setdefault(key, (org_id, name))
        for key, found in aliases.items():  # a registered name comes first
            self.by_key.setdefault(key, found)
        self.names = {org_id: name for org_id, name in self.by_key.values()}
        self.own = (
            s.scalar(
                select(Organisation.id).where(Organisation.municipality_id == visit.municipality_id)
            )
            if visit.municipality_id is not None
            else None
        )

    def resolve(self, data: PersonInput) -> PersonInput:
        if not data.organisation:
            return data
        head = data.organisation.partition(",")[0]
        for key in (match_key(data.organisation), match_key(head)):
            if key in self.ambiguous:
                raise _Skip(
                    translate(
                        "participant_import",
                        "Several organisations are called {name}; add the person by hand and "
                        "choose the organisation.",
                    ).format(name=self.ambiguous[key])
                )
        found = self.by_key.get(match_key(data.organisation))
        if found is not None:
            return replace(data, organisation_id=found[0], organisation="")
        head, _, unit = data.organisation.partition(",")
        found = self.by_key.get(match_key(head)) if unit.strip() else None
        if found is not None:
            return replace(data, organisation_id=found[0], organisation=unit.strip())
        return data

    def organisation_of(self, data: PersonInput) -> uuid.UUID | None:
        """The registered organisation, else the meeting's municipality's; the coordinator's
        own team belongs to no municipality."""
        if data.organisation_id is None and data.category is ParticipantCategory.OWN_TEAM:
            return None
        return data.organisation_id or self.own

    def category_for(self, read_category: object, data: PersonInput) -> PersonInput:
        """No category in the file (and no party or office): the organisation's kind decides
        (a region's people are health care ...), as for a walk-in."""
        from samordnare_desktop.services.organisations import default_category

        if read_category is not None or data.category is not ParticipantCategory.OTHER:
            return data
        category = default_category(self.kinds.get(data.organisation_id))
        return replace(data, category=category) if category is not None else data

    def shown(self, data: PersonInput) -> str:
        """ "Region Skåne, BUP" for a row of the preview."""
        name = self.names.get(data.organisation_id) if data.organisation_id else ""
        return ", ".join(p for p in (name, data.organisation) if p)


class _Skip(Exception):
    """The row is skipped, for this reason (in the user's language)."""


def _same_as(line: int) -> _Skip:
    return _Skip(
        translate("participant_import", "The same person as row {line}.").format(line=line)
    )


class _Planner:
    """Plans the rows in order, remembering whom the earlier rows named."""

    def __init__(self, directory: _Directory, organisations: _Organisations) -> None:
        self.directory = directory
        self.organisations = organisations
        self.seen_email: dict[str, int] = {}
        self.seen_name: dict[str, int] = {}
        self.seen_person: dict[uuid.UUID, int] = {}
        self.seen_child: dict[tuple, int] = {}

    def row(self, read: _FileRow) -> ImportRow:
        try:
            return self._plan(read)
        except _Skip as skip:
            data = read.data
            return ImportRow(
                read.line,
                ImportAction.SKIP,
                data.name,
                self.organisations.shown(data),
                read.category,
                data.email,
                str(skip),
            )

    def _plan(self, read: _FileRow) -> ImportRow:
        line, data = read.line, read.data
        if not data.name.strip():
            raise _Skip(translate("participant_import", "No name."))
        alias = _alias_in(data.name) if data.category.is_child else None
        if alias is not None:  # "Ungdom 3" as printed: the anonymous young person number 3
            data = replace(data, name="")
        try:
            data = validate_person(data)
        except ValidationError as exc:
            label = _field_label(exc.field)
            raise _Skip(f"{label[:1].upper()}{label[1:]}: {exc.message}") from None
        data = self.organisations.resolve(data)
        data = self.organisations.category_for(read.category, data)
        e_key = email_key(data.email)
        n_key = "" if data.category.is_child else name_org_key(data.name, data.organisation)
        org_key = _org_key(self.organisations.organisation_of(data), n_key)
        # Keyed on the organisation too: the same name at another organisation is someone else.
        self._first_in_file(line, e_key, org_key if n_key else "")
        by_email = self.directory.by_email.get(e_key) if e_key else None
        by_name = self.directory.by_name_org.get(org_key) if n_key else None
        if data.category.is_child:
            by_name = self._child(line, data, alias, by_name)
        if by_email is not None and by_name is not None and by_email is not by_name:
            raise _Skip(
                translate(
                    "participant_import",
                    "The e-mail belongs to one person in the directory and the name and "
                    "organisation to another; edit that person by hand.",
                )
            )
        match, restore = by_email or by_name, False
        if match is None:  # someone removed from the directory earlier comes back, not twice
            by_email = self.directory.hidden_by_email.get(e_key) if e_key else None
            by_name = self.directory.hidden_by_name_org.get(org_key) if n_key else None
            match = by_email or by_name
            restore = match is not None
        if match is None:
            detail = translate("participant_import", "New person")
            return ImportRow(
                line,
                ImportAction.ADD,
                data.name,
                self.organisations.shown(data),
                data.category,
                data.email,
                "; ".join([detail, *read.notes]) + ".",
                person=data,
                join_visit=True,
            )
        if match.id in self.seen_person:
            raise _same_as(self.seen_person[match.id])
        self.seen_person[match.id] = line
        if by_email is not None:
            how = translate("participant_import", "matched on e-mail")
        elif alias is not None:
            how = translate("participant_import", "matched on the pseudonym")
        else:
            how = translate("participant_import", "matched on name and organisation")
        return self._update(read, data, match, how, restore)

    def _first_in_file(self, line: int, e_key: str, n_key: str) -> None:
        """Skip a row naming the same person (e-mail, or name + organisation) as an earlier one."""
        earlier = self.seen_email.get(e_key) if e_key else None
        if earlier is None and n_key:
            earlier = self.seen_name.get(n_key)
        if earlier is not None:
            raise _same_as(earlier)
        if e_key:
            self.seen_email[e_key] = line
        if n_key:
            self.seen_name[n_key] = line

    def _child(
        self, line: int, data: PersonInput, alias: int | None, by_name: Person | None
    ) -> Person | None:
        """A child: skipped if an earlier row or the visit's list has them; else the person
        in the directory a pseudonym names (or ``by_name``)."""
        key = _child_key(data.name, alias, data.category, data.organisation)
        if key in self.seen_child:
            raise _same_as(self.seen_child[key])
        self.seen_child[key] = line
        listed = self.directory.children_on_visit.get(key)
        if listed is not None:
            self.seen_person.setdefault(listed.id, line)
            raise _Skip(translate("participant_import", "Already on the list."))
        if alias is not None:  # the pseudonym names one person in the directory
            return self.directory.by_alias.get(alias)
        return by_name

    def _update(
        self, read: _FileRow, data: PersonInput, match: Person, how: str, restore: bool
    ) -> ImportRow:
        merged, changed = _merge(
            match, data, has_category=read.category is not None, own=self.organisations.own
        )
        if merged.category.is_child != match.category.is_child:
            raise _Skip(
                translate(
                    "participant_import",
                    "Matches {person}, whose category cannot change to or from child here.",
                ).format(person=match.name or "–")
            )
        link = self.directory.on_visit.get(match.id)
        joins = link is None or link.is_deleted
        if not changed and not joins and not restore:
            raise _Skip(
                translate("participant_import", "Already on the list ({how}).").format(how=how)
            )
        parts = [how.capitalize()]
        if restore:
            parts.append(translate("participant_import", "restored to the directory"))
        if joins:
            parts.append(translate("participant_import", "added to the list"))
        if "organisation_id" in changed:
            parts.append(
                translate("participant_import", "moves from {old} to {new}").format(
                    old=self.organisations.names.get(match.organisation_id, "–")
                    if match.organisation_id
                    else "–",
                    new=self.organisations.shown(merged),
                )
            )
        fields = [f for f in changed if f != "organisation_id"]
        if fields:
            parts.append(
                translate("participant_import", "changes {fields}").format(
                    fields=", ".join(_field_label(f) for f in fields)
                )
            )
        return ImportRow(
            read.line,
            ImportAction.UPDATE,
            merged.name,
            self.organisations.shown(merged),
            merged.category,
            merged.email,
            "; ".join(parts + list(read.notes)) + ".",
            person=merged,
            person_id=match.id,
            changed_fields=changed,
            join_visit=joins,
            restore=restore,
        )


def outline(plan: ImportPlan) -> list[tuple]:
    return [(r.line, r.action, r.person_id, r.person, r.join_visit, r.restore) for r in plan.rows]


def _has_names(headers: Sequence[str]) -> bool:
    found = tabular.map_headers(headers, IMPORT_ALIASES)
    return any(f in found for f in ("name", "first_name", "last_name"))


def read_import_table(
    path: Path, sheet: str | None
) -> tuple[tabular.Table, str, str | None, list[str]]:
    """The table to import, how to name it, the sheet read and all sheets; in a workbook without
    ``sheet`` given, the first sheet with a name column (municipality files often open with an
    instructions sheet)."""
    names = tabular.sheet_names(path)
    if sheet is None:
        for name in names if len(names) > 1 else ():
            try:
                table = tabular.read_table(path, sheet=name)
            except UserError:
                continue  # an empty sheet
            if _has_names(table.headers):
                return table, f"{path.name} ({name})", name, names
    table = tabular.read_table(path, sheet=sheet)
    if sheet is None and names:
        sheet = names[0]
    label = f"{path.name} ({sheet})" if sheet and len(names) > 1 else path.name
    return table, label, sheet, names


def _merge(
    person: Person, data: PersonInput, *, has_category: bool, own: uuid.UUID | None = None
) -> tuple[PersonInput, tuple]:
    """The person with the file's non-empty values (an empty cell never blanks a known value).

    A row naming another registered organisation than the person's moves them there (their
    unit becomes the row's, empty or not: a unit of the old organisation means nothing at the
    new one); a bare unit ("Socialförvaltningen") is a unit of the meeting's municipality
    (``own``), so it is not written onto a person of another organisation."""
    values: dict[str, object] = {}
    changed = []
    moves = data.organisation_id is not None and data.organisation_id != person.organisation_id
    foreign = data.organisation_id is None and person.organisation_id != own
    for name in _PERSON_TEXT:
        new = getattr(data, name)
        old = getattr(person, name)
        if name == "organisation" and foreign:
            values[name] = old
        elif (new or (name == "organisation" and moves)) and match_key(new) != match_key(old):
            values[name] = new  # not for a difference in case only
            changed.append(name)
        else:
            values[name] = old
    values["organisation_id"] = person.organisation_id
    if moves:
        values["organisation_id"] = data.organisation_id
        changed.append("organisation_id")
    category = person.category
    if has_category and data.category is not person.category:
        category = data.category
        changed.append("category")
    return PersonInput(category=category, **values), tuple(changed)


def next_alias(s: Session, municipality_id: uuid.UUID | None) -> int:
    column = Person.municipality_id
    highest = s.scalar(
        select(func.max(Person.alias_number)).where(
            column.is_(None) if municipality_id is None else column == municipality_id
        )
    )
    return (highest or 0) + 1
