"""A visit's participants in and out of files: import from CSV/XLSX, export to CSV/XLSX, and the
participant list and sign-in sheet PDFs.

Import is two steps. :meth:`ParticipantDocumentService.preview` reads the file and says, per row,
whether it would be *added* (a new person), *updated* (matched someone in the municipality's
directory by e-mail, or by name + organisation) or *skipped* and why, without writing anything.
:meth:`~ParticipantDocumentService.apply` computes the same plan again inside ONE write
transaction and carries it out, so a file that cannot be read, or an error half-way, changes
nothing.
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, UserError, ValidationError
from samordnare_desktop.domain.organisation import Organisation
from samordnare_desktop.domain.participant import Participant, ParticipantCategory, Person
from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.i18n import translate
from samordnare_desktop.services import tabular
from samordnare_desktop.services.participants import (
    ParticipantRow,
    ParticipantService,
    PersonInput,
    email_key,
    name_org_key,
    validate_person,
)
from samordnare_desktop.services.visits import live_visit

if TYPE_CHECKING:  # the PDF module (and ReportLab) is imported when a PDF is made
    from samordnare_desktop.pdf.participants import ListOptions, ParticipantEntry, VisitHeading

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


_FIELD_LABELS = {
    "name": lambda: translate("participant_import", "name"),
    "category": lambda: translate("participant_import", "category"),
    "title": lambda: translate("participant_import", "title"),
    "organisation": lambda: translate("participant_import", "organisation"),
    "party": lambda: translate("participant_import", "party"),
    "office": lambda: translate("participant_import", "office"),
    "email": lambda: translate("participant_import", "e-mail"),
    "phone": lambda: translate("participant_import", "phone"),
}


@dataclass
class _Directory:
    """The municipality's people and the visit's list, indexed for matching (one query each)."""

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
        # the municipality's people and those of organisations that are not a municipality
        # (regions, agencies ...: the same people come to many meetings)
        scope = Person.municipality_id.is_(None)
        if visit.municipality_id is not None:
            scope = scope | (Person.municipality_id == visit.municipality_id)
        rows = s.scalars(select(Person).where(scope, Person.deleted_at.is_(None)))
        for person in rows:
            if person.email_key:
                found.by_email.setdefault(person.email_key, person)
            if person.name_org_key:
                found.by_name_org.setdefault(
                    _org_key(person.organisation_id, person.name_org_key), person
                )
            if person.category.is_child and person.alias_number is not None:
                found.by_alias.setdefault(person.alias_number, person)
            people[person.id] = person
        hidden = s.scalars(
            select(Person)
            .where(scope, Person.deleted_at.is_not(None))
            .order_by(Person.deleted_at.desc())
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


def _org_key(organisation_id: uuid.UUID | None, key: str) -> str:
    """Name + unit within one organisation (the same name elsewhere is someone else)."""
    return f"{organisation_id}|{key}"


class _Organisations:
    """The registered organisations by folded name and short name, to read an organisation
    column: "Region Skåne" or "Region Skåne, BUP" names one; anything else is a unit of the
    meeting's own municipality, as before."""

    def __init__(self, s: Session, visit: Visit) -> None:
        self.by_key: dict[str, tuple[uuid.UUID, str]] = {}
        for org_id, name, short in s.execute(
            select(Organisation.id, Organisation.name, Organisation.short_name).where(
                Organisation.deleted_at.is_(None)
            )
        ):
            for text in (name, short):
                if text:
                    self.by_key.setdefault(match_key(text), (org_id, name))
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
        found = self.by_key.get(match_key(data.organisation))
        if found is not None:
            return replace(data, organisation_id=found[0], organisation="")
        head, _, unit = data.organisation.partition(",")
        found = self.by_key.get(match_key(head)) if unit.strip() else None
        if found is not None:
            return replace(data, organisation_id=found[0], organisation=unit.strip())
        return data

    def organisation_of(self, data: PersonInput) -> uuid.UUID | None:
        return data.organisation_id or self.own

    def shown(self, data: PersonInput) -> str:
        """ "Region Skåne, BUP" for a row of the preview."""
        name = self.names.get(data.organisation_id) if data.organisation_id else ""
        return ", ".join(p for p in (name, data.organisation) if p)


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


def _text(row: list[tabular.Cell], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return tabular.cell_text(row[index]) if index is not None else ""


def _plan(s: Session, visit: Visit, table: tabular.Table, file_name: str) -> ImportPlan:
    columns = tabular.map_headers(table.headers, IMPORT_ALIASES)
    if "name" not in columns and not ("first_name" in columns or "last_name" in columns):
        tabular.map_headers(table.headers, IMPORT_ALIASES, required=["name"], labels=field_labels())
    directory = _Directory.load(s, visit)
    organisations = _Organisations(s, visit)
    seen_email: dict[str, int] = {}
    seen_name: dict[str, int] = {}
    seen_person: dict[uuid.UUID, int] = {}
    seen_child: dict[tuple, int] = {}
    rows: list[ImportRow] = []
    for line, cells in zip(table.line_numbers, table.rows, strict=True):
        name = _text(cells, columns, "name")
        if not name:
            name = " ".join(
                p
                for p in (_text(cells, columns, "first_name"), _text(cells, columns, "last_name"))
                if p
            )
        raw_category = _text(cells, columns, "category")
        category = category_from_text(raw_category)
        notes: list[str] = []
        data = PersonInput(
            name=name,
            category=category or ParticipantCategory.OTHER,
            title=_text(cells, columns, "title"),
            organisation=_text(cells, columns, "organisation"),
            party=_text(cells, columns, "party"),
            office=_text(cells, columns, "office"),
            email=_text(cells, columns, "email"),
            phone=_text(cells, columns, "phone"),
        )
        if category is None:
            default = (
                ParticipantCategory.POLITICIAN
                if data.party.strip() or data.office.strip()
                else ParticipantCategory.OTHER
            )
            data = replace(data, category=default)
            if raw_category:
                notes.append(
                    translate(
                        "participant_import", "unknown category “{value}”, set to {category}"
                    ).format(value=raw_category[:60], category=default.label())
                )

        def skip(
            reason: str,
            data: PersonInput = data,
            line: int = line,
            category: ParticipantCategory | None = category,
        ) -> ImportRow:
            return ImportRow(
                line,
                ImportAction.SKIP,
                data.name,
                organisations.shown(data),
                category,
                data.email,
                reason,
            )

        if not name.strip():
            rows.append(skip(translate("participant_import", "No name.")))
            continue
        alias = _alias_in(name) if data.category.is_child else None
        if alias is not None:  # "Ungdom 3" as printed: the anonymous young person number 3
            data = replace(data, name="")
        try:
            data = validate_person(data)
        except ValidationError as exc:
            label = _FIELD_LABELS[exc.field]() if exc.field in _FIELD_LABELS else exc.field
            rows.append(skip(f"{label[:1].upper()}{label[1:]}: {exc.message}"))
            continue
        data = organisations.resolve(data)
        e_key = email_key(data.email)
        n_key = "" if data.category.is_child else name_org_key(data.name, data.organisation)
        earlier = seen_email.get(e_key) if e_key else None
        if earlier is None and n_key:
            earlier = seen_name.get(n_key)
        if earlier is not None:
            rows.append(
                skip(
                    translate("participant_import", "The same person as row {line}.").format(
                        line=earlier
                    )
                )
            )
            continue
        if e_key:
            seen_email[e_key] = line
        if n_key:
            seen_name[n_key] = line

        by_email = directory.by_email.get(e_key) if e_key else None
        org_key = _org_key(organisations.organisation_of(data), n_key)
        by_name = directory.by_name_org.get(org_key) if n_key else None
        if data.category.is_child:
            c_key = _child_key(data.name, alias, data.category, data.organisation)
            if c_key in seen_child:
                rows.append(
                    skip(
                        translate("participant_import", "The same person as row {line}.").format(
                            line=seen_child[c_key]
                        )
                    )
                )
                continue
            seen_child[c_key] = line
            listed = directory.children_on_visit.get(c_key)
            if listed is not None:
                seen_person.setdefault(listed.id, line)
                rows.append(skip(translate("participant_import", "Already on the list.")))
                continue
            if alias is not None:  # the pseudonym names one person in the directory
                by_name = directory.by_alias.get(alias)
        if by_email is not None and by_name is not None and by_email is not by_name:
            rows.append(
                skip(
                    translate(
                        "participant_import",
                        "The e-mail belongs to one person in the directory and the name and "
                        "organisation to another; edit that person by hand.",
                    )
                )
            )
            continue
        match = by_email or by_name
        restore = False
        if match is None:  # someone removed from the directory earlier comes back, not twice
            by_email = directory.hidden_by_email.get(e_key) if e_key else None
            by_name = directory.hidden_by_name_org.get(org_key) if n_key else None
            match = by_email or by_name
            restore = match is not None
        if match is not None and match.id in seen_person:
            rows.append(
                skip(
                    translate("participant_import", "The same person as row {line}.").format(
                        line=seen_person[match.id]
                    )
                )
            )
            continue
        if match is not None:
            seen_person[match.id] = line
        if match is None:
            detail = translate("participant_import", "New person")
            rows.append(
                ImportRow(
                    line,
                    ImportAction.ADD,
                    data.name,
                    organisations.shown(data),
                    data.category,
                    data.email,
                    "; ".join([detail, *notes]) + ".",
                    data,
                    None,
                    (),
                    True,
                )
            )
            continue
        merged, changed = _merge(match, data, has_category=category is not None)
        if merged.category.is_child != match.category.is_child:
            rows.append(
                skip(
                    translate(
                        "participant_import",
                        "Matches {person}, whose category cannot change to or from child here.",
                    ).format(person=match.name or "–")
                )
            )
            continue
        link = directory.on_visit.get(match.id)
        joins = link is None or link.is_deleted
        if by_email is not None:
            how = translate("participant_import", "matched on e-mail")
        elif alias is not None:
            how = translate("participant_import", "matched on the pseudonym")
        else:
            how = translate("participant_import", "matched on name and organisation")
        if not changed and not joins and not restore:
            rows.append(
                skip(
                    translate("participant_import", "Already on the list ({how}).").format(how=how)
                )
            )
            continue
        parts = [how.capitalize()]
        if restore:
            parts.append(translate("participant_import", "restored to the directory"))
        if joins:
            parts.append(translate("participant_import", "added to the list"))
        if changed:
            parts.append(
                translate("participant_import", "changes {fields}").format(
                    fields=", ".join(_FIELD_LABELS[f]() for f in changed)
                )
            )
        rows.append(
            ImportRow(
                line,
                ImportAction.UPDATE,
                merged.name,
                merged.organisation,
                merged.category,
                merged.email,
                "; ".join(parts + notes) + ".",
                merged,
                match.id,
                changed,
                joins,
                restore,
            )
        )
    return ImportPlan(file_name, tuple(rows), tuple(columns))


def _outline(plan: ImportPlan) -> list[tuple]:
    return [(r.line, r.action, r.person_id, r.person, r.join_visit, r.restore) for r in plan.rows]


def _has_names(headers: Sequence[str]) -> bool:
    found = tabular.map_headers(headers, IMPORT_ALIASES)
    return any(f in found for f in ("name", "first_name", "last_name"))


def _read(path: Path, sheet: str | None) -> tuple[tabular.Table, str, str | None, list[str]]:
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


def _merge(person: Person, data: PersonInput, *, has_category: bool) -> tuple[PersonInput, tuple]:
    """The person with the file's non-empty values (an empty cell never blanks a known value)."""
    values = {}
    changed = []
    for name in ("name", "title", "organisation", "party", "office", "email", "phone"):
        new = getattr(data, name)
        old = getattr(person, name)
        if new and match_key(new) != match_key(old):  # not for a difference in case only
            values[name] = new
            changed.append(name)
        else:
            values[name] = old
    category = person.category
    if has_category and data.category is not person.category:
        category = data.category
        changed.append("category")
    return PersonInput(category=category, **values), tuple(changed)


def _own_organisation(s: Session, visit: Visit) -> uuid.UUID | None:
    if visit.municipality_id is None:
        return None
    return s.scalar(
        select(Organisation.id).where(Organisation.municipality_id == visit.municipality_id)
    )


def _next_alias(s: Session, municipality_id: uuid.UUID | None) -> int:
    column = Person.municipality_id
    highest = s.scalar(
        select(func.max(Person.alias_number)).where(
            column.is_(None) if municipality_id is None else column == municipality_id
        )
    )
    return (highest or 0) + 1


# --- export -----------------------------------------------------------------------------------------


def export_headers() -> list[str]:
    return [
        translate("participant_import", "Name"),
        translate("participant_import", "Title"),
        translate("participant_import", "Organisation"),
        translate("participant_import", "Category"),
        translate("participant_import", "E-mail"),
        translate("participant_import", "Phone"),
        translate("participant_import", "Party"),
        translate("participant_import", "Office"),
        translate("participant_import", "Invited"),
        translate("participant_import", "Confirmed"),
        translate("participant_import", "Present"),
        translate("participant_import", "Notes"),
    ]


def export_rows(participants: Iterable[ParticipantRow]) -> list[list[tabular.Cell]]:
    def yes_no(value: bool) -> str:
        return (
            translate("participant_import", "Yes")
            if value
            else translate("participant_import", "No")
        )

    return [
        [
            p.print_name,
            p.title,
            p.affiliation,
            p.category.label(),
            p.email,
            p.phone,
            p.party,
            p.office,
            yes_no(p.invited),
            yes_no(p.confirmed),
            yes_no(p.attended),
            p.notes,
        ]
        for p in participants
    ]


# --- the service --------------------------------------------------------------------------------------


class ParticipantDocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.participants = ParticipantService(db)

    _visit = staticmethod(live_visit)

    # --- import -----------------------------------------------------------------------------
    def preview(self, visit_id: uuid.UUID, path: Path, *, sheet: str | None = None) -> ImportPlan:
        """What importing ``path`` would do, row by row; writes nothing."""
        table, label, read, sheets = _read(Path(path), sheet)
        with self.db.read() as s:
            plan = _plan(s, self._visit(s, visit_id), table, label)
        return replace(plan, sheet=read, sheets=tuple(sheets))

    def apply(
        self,
        visit_id: uuid.UUID,
        path: Path,
        *,
        sheet: str | None = None,
        expected: ImportPlan | None = None,
    ) -> ImportPlan:
        """Import ``path`` into the visit in one transaction; returns what was done.

        With ``expected`` (the preview the user accepted), a plan that came out differently
        (the file or the directory changed meanwhile) is refused and nothing is written.
        """
        table, label, read, sheets = _read(Path(path), sheet)
        with self.db.write() as s:
            visit = self._visit(s, visit_id)
            plan = _plan(s, visit, table, label)
            if expected is not None and _outline(plan) != _outline(expected):
                raise UserError(
                    translate(
                        "participant_import",
                        "The file or the participant list changed after the preview. Nothing "
                        "was imported; import again to see a new preview.",
                    )
                )
            receipt = self._carry_out(s, visit, plan)
        return replace(plan, receipt=receipt, sheet=read, sheets=tuple(sheets))

    def undo_import(self, receipt: ImportReceipt) -> None:
        """Take an import back: its new participations and people hidden, changed details restored
        (a detail edited again since the import is left as it is now). A person the import created
        who has since been put on another visit's list stays in the directory."""
        self._swing(receipt, back=True)

    def redo_import(self, receipt: ImportReceipt) -> None:
        self._swing(receipt, back=False)

    def _swing(self, receipt: ImportReceipt, *, back: bool) -> None:
        with self.db.write() as s:
            now = utcnow()
            for row_id in receipt.links:
                link = s.get(Participant, row_id)
                if link is not None:
                    link.deleted_at = now if back else None
            s.flush()
            kept = (
                set(
                    s.scalars(
                        select(Participant.person_id)
                        .join(Visit, Participant.visit_id == Visit.id)
                        .where(
                            Participant.person_id.in_(receipt.people),
                            Participant.deleted_at.is_(None),
                            Visit.deleted_at.is_(None),
                        )
                    )
                )
                if back and receipt.people
                else set()
            )  # people the import created who are on another visit's list by now stay
            for person_id in receipt.people:
                person = s.get(Person, person_id)
                if person is not None and person_id not in kept:
                    person.deleted_at = now if back else None
            for person_id in receipt.restored_people:  # removed before the import: again
                person = s.get(Person, person_id)
                if person is not None:
                    person.deleted_at = now if back else None
            for person_id, fields in receipt.changes:
                person = s.get(Person, person_id)
                if person is None:
                    continue
                for name, old, new in fields:
                    current, wanted = (new, old) if back else (old, new)
                    if getattr(person, name) == current:
                        setattr(person, name, wanted)
                ParticipantService._set_keys(person)

    def _carry_out(self, s: Session, visit: Visit, plan: ImportPlan) -> ImportReceipt:
        alias: int | None = None
        restored: list[uuid.UUID] = []
        brought_back: list[uuid.UUID] = []
        changes: list[tuple[uuid.UUID, tuple[tuple[str, object, object], ...]]] = []
        links = {
            p.person_id: p
            for p in s.scalars(select(Participant).where(Participant.visit_id == visit.id))
        }
        new_people: list[Person] = []
        new_links: list[Participant] = []
        for row in plan.rows:
            if row.action is ImportAction.SKIP or row.person is None:
                continue
            data = row.person
            if row.action is ImportAction.ADD:
                values = dict(data.__dict__)
                org_id = values.pop("organisation_id") or _own_organisation(s, visit)
                org = s.get(Organisation, org_id) if org_id is not None else None
                person = Person(
                    municipality_id=org.municipality_id if org else visit.municipality_id,
                    organisation_id=org_id,
                    **values,
                )
                person.id = uuid.uuid4()
                if data.category.is_child:
                    alias = alias or _next_alias(s, person.municipality_id)
                    person.alias_number = alias
                    alias += 1
                new_people.append(person)
            else:
                person = s.get(Person, row.person_id)
                if person is None:
                    raise NotFoundError(translate("participants", "The person no longer exists."))
                if row.restore:
                    person.deleted_at = None
                    brought_back.append(person.id)
                fields = tuple(
                    (name, getattr(person, name), getattr(data, name))
                    for name in row.changed_fields
                )
                for name, _old, new in fields:
                    setattr(person, name, new)
                if fields:
                    changes.append((person.id, fields))
            ParticipantService._set_keys(person)
            if row.join_visit:
                existing = links.get(person.id)
                if existing is not None:
                    existing.deleted_at = None
                    restored.append(existing.id)
                else:
                    new_links.append(
                        Participant(
                            visit_id=visit.id,
                            person_id=person.id,
                            organisation_id=person.organisation_id,
                            name_on_lists=not data.category.is_child,
                        )
                    )
        s.add_all(new_people)
        s.flush()  # the people first: participants refer to them (no ORM relationship orders it)
        s.add_all(new_links)
        s.flush()
        return ImportReceipt(
            visit.id,
            tuple(p.id for p in new_people),
            tuple(restored) + tuple(p.id for p in new_links),
            tuple(changes),
            tuple(brought_back),
        )

    # --- export -----------------------------------------------------------------------------
    def export_table(self, visit_id: uuid.UUID, path: Path) -> int:
        """Write the visit's participants to ``path`` (.csv or .xlsx); returns the row count."""
        path = Path(path)
        rows = export_rows(self.participants.list_for_visit(visit_id))
        suffix = path.suffix.lower()
        if suffix == ".csv":
            tabular.write_csv(path, export_headers(), rows)
        elif suffix in (".xlsx", ".xlsm"):
            title = translate("participant_import", "Participants")
            tabular.write_xlsx(path, [tabular.Sheet(title, export_headers(), rows)])
        else:
            raise UserError(
                translate("participant_import", "Choose a file name ending in .csv or .xlsx.")
            )
        return len(rows)

    # --- PDF ---------------------------------------------------------------------------------
    def heading(self, visit_id: uuid.UUID) -> VisitHeading:
        from samordnare_desktop.pdf.participants import VisitHeading
        from samordnare_desktop.services.visits import VisitService

        visit = VisitService(self.db).get(visit_id)
        venue = ", ".join(p for p in (visit.venue_name, visit.venue_room, visit.venue_address) if p)
        return VisitHeading(
            municipality=visit.place_label,
            title=visit.display_title,
            day=visit.day,
            start_time=visit.start_time,
            end_time=visit.end_time,
            venue=venue,
        )

    def entries(self, visit_id: uuid.UUID) -> list[ParticipantEntry]:
        from samordnare_desktop.pdf.participants import ParticipantEntry

        order = list(ParticipantCategory)
        return [
            ParticipantEntry(
                name=p.print_name,
                title=p.role,
                organisation=p.affiliation,
                category=p.category.label(),
                category_order=order.index(p.category),
                email=p.email,
                phone=p.phone,
                attended=p.attended,
                notes=p.notes,
                travelling=p.travels_with_coordinator,
            )
            for p in self.participants.list_for_visit(visit_id)
        ]

    def participant_list_pdf(
        self, visit_id: uuid.UUID, options: ListOptions | None = None
    ) -> bytes:
        from samordnare_desktop.pdf.participants import participant_list_pdf

        return participant_list_pdf(self.heading(visit_id), self.entries(visit_id), options)

    def signin_sheet_pdf(
        self, visit_id: uuid.UUID, *, blank_rows: int = 10, printed_on: date | None = None
    ) -> bytes:
        from samordnare_desktop.pdf.participants import signin_sheet_pdf

        if not 0 <= blank_rows <= 500:
            raise ValidationError(
                "blank_rows",
                translate("participant_import", "Blank rows: give a number from 0 to 500."),
            )
        return signin_sheet_pdf(
            self.heading(visit_id),
            self.entries(visit_id),
            blank_rows=blank_rows,
            printed_on=printed_on,
        )


def write_pdf(path: Path, data: bytes) -> None:
    from samordnare_desktop.files import atomic_write_bytes

    atomic_write_bytes(Path(path), data)


__all__: Sequence[str] = (
    "IMPORT_ALIASES",
    "ImportAction",
    "ImportPlan",
    "ImportReceipt",
    "ImportRow",
    "ParticipantDocumentService",
    "category_from_text",
)
