"""Personal data: what the app stores about a person, a copy for them, and erasing it for good.

Where personal data lives is declared once, in :data:`PERSON_SOURCES` (rows that *are* a person,
e.g. a municipality's contact), :data:`PERSON_REFERENCES` (fields on other rows that name a
person, e.g. a visit's press contact) and :data:`FREE_TEXT` (notes that may mention anyone).
Areas that add personal data add their entry here.

Three promises, each tested with canary names (``tests/unit/test_privacy_canary.py``):

- **Deleted is gone at close.** A delete hides the row at once (undo works during the session);
  when the database is closed (and again when it is next opened) every soft-deleted row has its
  personal fields blanked - only an empty tombstone (id, deletion time) remains - and, with
  ``secure_delete`` on and the WAL checkpointed (TRUNCATE), the old bytes are overwritten.
- **Erase means everywhere.** :meth:`PrivacyService.erase_person` deletes the person's rows,
  blanks fields naming them, replaces mentions in notes with "Deleted person", and applies the
  same to every backup (each rewritten through a temporary copy, the old file overwritten and
  deleted). A backup that cannot be cleaned (e.g. from an older schema) is deleted.
- **Backups keep history until rotated.** An ordinary delete is not applied to backups made
  before it: they are kept for restore, at most 14 days (``KEEP_BACKUPS``), then rotated away.
  Use "Erase person completely" when the data must go from the backups too.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
import uuid
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ARRAY,
    Integer,
    String,
    any_,
    bindparam,
    delete,
    false,
    func,
    literal,
    or_,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import RawId
from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.action_plan import (
    ActionPlan,
    FollowUp,
    FollowUpAction,
    FollowUpArea,
    PlanAction,
    PlanArea,
    PlanChange,
    PlanVersion,
)
from samordnare_desktop.domain.agenda import AgendaItem, AgendaTemplate, AgendaTemplateItem
from samordnare_desktop.domain.assignment import Assignment
from samordnare_desktop.domain.care_places import FocusGroup
from samordnare_desktop.domain.errors import CorruptDatabaseError, NotFoundError, ValidationError
from samordnare_desktop.domain.finding import Finding, Theme
from samordnare_desktop.domain.minutes import MinutesAction, MinutesItem
from samordnare_desktop.domain.municipality import Contact, Municipality
from samordnare_desktop.domain.organisation import Organisation, VisitOrganisation
from samordnare_desktop.domain.participant import (
    Participant,
    Person,
    VisitHeadcount,
    VisitJournalist,
)
from samordnare_desktop.domain.search import (
    FINDINGS_INDEX,
    MENTIONS_INDEX,
    NAME_PARTICLES,
    PEOPLE_INDEX,
    as_uuid,
    dialect_name,
    match_condition,
    optimize_index,
    surname_pieces,
    words_query,
)
from samordnare_desktop.domain.time_study import ReportText, TimeStudy, TimeStudyRespondent
from samordnare_desktop.domain.user import User
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.domain.visit_questions import Question
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.documents import PersonDocument, PersonSection
from samordnare_desktop.services.findings import child_masker

log = logging.getLogger(__name__)


def deleted_person_label() -> str:
    return translate("privacy", "Deleted person")


def _fold(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").casefold().split())


# --- where personal data lives --------------------------------------------------------------
@dataclass(frozen=True)
class PersonSource:
    """A table whose rows are people: matched on name/e-mail, exported whole, deleted on erase."""

    kind: str
    model: Any
    name_attr: str
    email_attr: str | None
    fields: tuple[str, ...]  # personal fields: exported, blanked when a soft-deleted row is purged
    describe: Callable[[Session, Any], str]  # where the row belongs, e.g. "Mjölby kommun"
    label: Callable[[], str]
    # Hard delete by default; a source that must keep a row (a participant list that has to keep
    # its count) anonymises instead: name -> "Deleted person", other fields blanked.
    anonymise_on_erase: bool = False
    hidden_fields: tuple[str, ...] = ()  # derived from personal data: blanked, not exported
    # Rows hanging off the person (e.g. their participations): (kind, model, foreign key,
    # personal fields, describe, label). Exported with the person; their fields blanked on erase.
    dependents: tuple[Dependent, ...] = ()


@dataclass(frozen=True)
class Dependent:
    kind: str
    model: Any
    foreign_key: str
    fields: tuple[str, ...]  # blanked on erase
    exported: tuple[str, ...]  # shown in the access-request copy
    describe: Callable[[Session, Any], str]
    label: Callable[[], str]


@dataclass(frozen=True)
class PersonReference:
    """Fields on another table that name a person (blanked on erase)."""

    kind: str
    model: Any
    name_attr: str
    email_attr: str | None
    fields: tuple[str, ...]
    describe: Callable[[Session, Any], str]
    label: Callable[[], str]


@dataclass(frozen=True)
class FreeText:
    """A notes field that may mention a person by name."""

    kind: str
    model: Any
    attr: str
    describe: Callable[[Session, Any], str]
    label: Callable[[], str]
    # Text as it leaves the app in an access copy (findings: children's names become their
    # pseudonyms, since a copy for one person must not name a child); None: as stored.
    shown: Callable[[Session], Callable[[str], str]] | None = None


def _municipality_of(s: Session, row: Any) -> str:
    m = s.get(Municipality, row.municipality_id) if row.municipality_id else None
    if m is None and getattr(row, "organisation_id", None):
        org = s.get(Organisation, row.organisation_id)
        return org.name if org else ""
    return f"{m.code} {m.name}" if m else ""


def _visit_label(s: Session, row: Any) -> str:
    where = _municipality_of(s, row)
    if not where:
        where = (
            ", ".join(
                s.scalars(
                    select(Organisation.name)
                    .join(VisitOrganisation, VisitOrganisation.organisation_id == Organisation.id)
                    .where(VisitOrganisation.visit_id == row.id)
                )
            )
            or row.kind.label()
        )
    return f"{where}, {row.day.isoformat()}"


def _organisation_self(_s: Session, row: Any) -> str:
    return row.name


def _municipality_self(_s: Session, row: Any) -> str:
    return f"{row.code} {row.name}"


def _by_visit(s: Session, row: Any) -> str:
    visit = s.get(Visit, row.visit_id)
    return _visit_label(s, visit) if visit else ""


def _by_plan(s: Session, row: Any) -> str:
    plan = s.get(ActionPlan, row.plan_id) if hasattr(row, "plan_id") else row
    return _municipality_of(s, plan) if plan else ""


def _by_area(s: Session, row: Any) -> str:
    area = s.get(PlanArea, row.area_id)
    return _by_plan(s, area) if area else ""


def _nowhere(_s: Session, _row: Any) -> str:
    return ""


def _by_agenda_item(s: Session, row: Any) -> str:
    """Where a row of the minutes belongs: "0586 Mjölby, 2026-03-04 – Välkommen"."""
    item = s.get(AgendaItem, row.agenda_item_id)
    if item is None:
        return ""
    where = _by_visit(s, item)
    return f"{where} – {item.title}" if item.title else where


def _finding_label(s: Session, row: Any) -> str:
    visit = s.get(Visit, row.visit_id) if row.visit_id else None
    return _visit_label(s, visit) if visit else ""


PERSON_SOURCES: list[PersonSource] = [
    PersonSource(
        "contact",
        Contact,
        "name",
        "email",
        ("name", "title", "organisation", "phone", "email"),
        _municipality_of,
        lambda: translate("privacy", "Contact person in a municipality"),
    ),
    PersonSource(
        "person",
        Person,
        "name",
        "email",
        ("name", "title", "organisation", "party", "office", "phone", "email"),
        _municipality_of,
        lambda: translate("privacy", "Person in a municipality's directory of participants"),
        # Participant lists keep the row as "Deleted person", so counts stay true.
        anonymise_on_erase=True,
        hidden_fields=("email_key", "name_org_key"),
        dependents=(
            Dependent(
                "participation",
                Participant,
                "person_id",
                ("notes", "consent_note"),
                ("invited", "confirmed", "attended", "walk_in", "notes", "consent_note"),
                _by_visit,
                lambda: translate("privacy", "Participation in a visit"),
            ),
        ),
    ),
    PersonSource(
        "journalist",
        VisitJournalist,
        "name",
        None,
        ("name", "outlet"),
        _by_visit,
        lambda: translate("privacy", "Journalist registered for a press meeting"),
    ),
]

PERSON_REFERENCES: list[PersonReference] = [
    PersonReference(
        "visit_press_contact",
        Visit,
        "press_contact_name",
        "press_contact_email",
        ("press_contact_name", "press_contact_phone", "press_contact_email"),
        _visit_label,
        lambda: translate("privacy", "Press contact of a visit"),
    ),
    PersonReference(
        "agenda_presenter",
        AgendaItem,
        "presenter_name",
        None,
        ("presenter_name", "presenter_title", "presenter_organisation"),
        _by_visit,
        lambda: translate("privacy", "Presenter on an agenda"),
    ),
    PersonReference(
        "agenda_template_presenter",
        AgendaTemplateItem,
        "presenter_name",
        None,
        ("presenter_name", "presenter_title", "presenter_organisation"),
        _nowhere,
        lambda: translate("privacy", "Presenter in an agenda template"),
    ),
    PersonReference(
        "action_plan_owner",
        ActionPlan,
        "owner",
        None,
        ("owner",),
        _municipality_of,
        lambda: translate("privacy", "Responsible for an action plan"),
    ),
    PersonReference(
        "minutes_action_owner",
        MinutesAction,
        "owner",
        None,
        ("owner",),
        _by_agenda_item,
        lambda: translate("privacy", "Responsible for an action in the minutes"),
    ),
    PersonReference(
        "plan_action_owner",
        PlanAction,
        "owner",
        None,
        ("owner",),
        _by_area,
        lambda: translate("privacy", "Responsible for an action"),
    ),
]

FREE_TEXT: list[FreeText] = [
    FreeText(
        "municipality_notes",
        Municipality,
        "notes",
        _municipality_self,
        lambda: translate("privacy", "Notes about a municipality"),
    ),
    FreeText(
        "organisation_notes",
        Organisation,
        "notes",
        _organisation_self,
        lambda: translate("privacy", "Notes about an organisation"),
    ),
    FreeText(
        "finding_text",
        Finding,
        "text",
        _finding_label,
        lambda: translate("privacy", "Finding"),
        shown=child_masker,
    ),
    FreeText("theme_name", Theme, "name", _nowhere, lambda: translate("privacy", "Theme")),
    # a focus group named before the child took part in a meeting ("Elsas syskon") names her
    FreeText(
        "focus_group_name",
        FocusGroup,
        "name",
        _nowhere,
        lambda: translate("privacy", "Focus group"),
    ),
    *(
        FreeText(f"{model.__tablename__}_{attr}", model, attr, _by_agenda_item, label)
        for model, attr, label in (
            (MinutesItem, "notes", lambda: translate("privacy", "Minutes of a meeting")),
            (MinutesItem, "decisions", lambda: translate("privacy", "Minutes of a meeting")),
            (MinutesAction, "text", lambda: translate("privacy", "Minutes of a meeting")),
            (MinutesAction, "owner", lambda: translate("privacy", "Minutes of a meeting")),
        )
    ),
    FreeText(
        "visit_notes", Visit, "notes", _visit_label, lambda: translate("privacy", "Visit notes")
    ),
    FreeText(
        "visit_title", Visit, "title", _visit_label, lambda: translate("privacy", "Visit title")
    ),
    *(
        FreeText(f"{model.__tablename__}_{attr}", model, attr, describe, label)
        for model, attr, describe, label in (
            (AgendaItem, "description", _by_visit, lambda: translate("privacy", "Agenda text")),
            (AgendaItem, "presenter_name", _by_visit, lambda: translate("privacy", "Agenda text")),
            (
                AgendaTemplateItem,
                "presenter_name",
                _nowhere,
                lambda: translate("privacy", "Agenda text"),
            ),
            (ActionPlan, "owner", _municipality_of, lambda: translate("privacy", "Action plan")),
            (PlanAction, "owner", _by_area, lambda: translate("privacy", "Action plan text")),
            (AgendaItem, "title", _by_visit, lambda: translate("privacy", "Agenda text")),
            (PlanArea, "situation", _by_plan, lambda: translate("privacy", "Action plan text")),
            (PlanArea, "goal", _by_plan, lambda: translate("privacy", "Action plan text")),
            (PlanAction, "what", _by_area, lambda: translate("privacy", "Action plan text")),
            (PlanAction, "measure", _by_area, lambda: translate("privacy", "Action plan text")),
            (PlanAction, "indicator", _by_area, lambda: translate("privacy", "Action plan text")),
            (VisitHeadcount, "label", _by_visit, lambda: translate("privacy", "Headcount group")),
            (PlanVersion, "snapshot", _by_plan, lambda: translate("privacy", "Saved plan version")),
            (PlanChange, "old_value", _by_plan, lambda: translate("privacy", "Plan history")),
            (PlanChange, "new_value", _by_plan, lambda: translate("privacy", "Plan history")),
            (FollowUp, "baseline", _by_plan, lambda: translate("privacy", "Follow-up")),
            (FollowUp, "summary", _by_plan, lambda: translate("privacy", "Follow-up")),
            (FollowUpAction, "comment", _nowhere, lambda: translate("privacy", "Follow-up")),
            (FollowUpArea, "note", _nowhere, lambda: translate("privacy", "Follow-up")),
            (TimeStudy, "notes", _municipality_of, lambda: translate("privacy", "Time study")),
            (TimeStudyRespondent, "label", _nowhere, lambda: translate("privacy", "Time study")),
            (ReportText, "text", _nowhere, lambda: translate("privacy", "Report text")),
            (Assignment, "name", _nowhere, lambda: translate("privacy", "Assignment")),
            (Assignment, "coordinator", _nowhere, lambda: translate("privacy", "Assignment")),
            (Assignment, "ministry", _nowhere, lambda: translate("privacy", "Assignment")),
            (ReportText, "sender", _nowhere, lambda: translate("privacy", "Report text")),
            (ReportText, "recipient", _nowhere, lambda: translate("privacy", "Report text")),
            (Question, "text", _nowhere, lambda: translate("privacy", "Question")),
            (Participant, "notes", _by_visit, lambda: translate("privacy", "Participant notes")),
            (
                Participant,
                "consent_note",
                _by_visit,
                lambda: translate("privacy", "Participant notes"),
            ),
            (Visit, "venue_name", _visit_label, lambda: translate("privacy", "Visit venue")),
            (Visit, "venue_address", _visit_label, lambda: translate("privacy", "Visit venue")),
            (Visit, "venue_room", _visit_label, lambda: translate("privacy", "Visit venue")),
            (Visit, "press_place", _visit_label, lambda: translate("privacy", "Visit venue")),
            (AgendaTemplate, "name", _nowhere, lambda: translate("privacy", "Agenda text")),
            (AgendaTemplateItem, "title", _nowhere, lambda: translate("privacy", "Agenda text")),
            (
                AgendaTemplateItem,
                "description",
                _nowhere,
                lambda: translate("privacy", "Agenda text"),
            ),
            (PlanArea, "name", _by_plan, lambda: translate("privacy", "Action plan text")),
            (PlanChange, "subject_label", _by_plan, lambda: translate("privacy", "Plan history")),
            (PlanChange, "changed_by", _by_plan, lambda: translate("privacy", "Plan history")),
            (PlanVersion, "note", _by_plan, lambda: translate("privacy", "Saved plan version")),
            (PlanVersion, "saved_by", _by_plan, lambda: translate("privacy", "Saved plan version")),
            (FollowUp, "recorded_by", _by_plan, lambda: translate("privacy", "Follow-up")),
            (User, "name", _nowhere, lambda: translate("privacy", "Team member")),
            (TimeStudy, "label", _municipality_of, lambda: translate("privacy", "Time study")),
        )
    ),
]

# Columns that hold no personal data: codes, names of places, values from fixed lists. With the
# lists above, every String/Text column of every table is declared exactly once
# (tests/unit/test_privacy_registry.py), so erase, export and purge never skip a column.
NOT_PERSONAL: dict[str, tuple[str, ...]] = {
    "county": ("code", "name"),
    "municipality": ("code", "name", "municipality_group", "municipality_group_name"),
    # organisations are legal entities (a region, an agency, an association), not people
    "organisation": ("kind", "name", "short_name", "org_number"),
    "time_category": ("key", "name"),
    # care places: counts per form and period, no child identified; a focus group's key is one
    # of the assignment's three (its name is free text: see FREE_TEXT)
    "care_report": ("period",),
    "care_line": ("form",),
    "focus_group": ("key",),
    "agenda_template": ("visit_kind",),
    "agenda_template_item": ("kind",),
    "agenda_item": ("kind",),
    "action_plan": ("status",),
    "person": ("category",),
    "plan_change": ("subject", "field"),
    "plan_version": ("status",),
    "app_user": ("role",),  # one of four roles of the team, no one named
    "plan_action": ("status",),
    "plan_follow_up_action": ("status",),
    "plan_follow_up_area": ("assessment",),
    "time_study_respondent": ("role",),
    "visit": ("kind", "status"),
    "report_text": ("reference",),
    "assignment": (
        "reference",
    ),  # the assignment's diarienummer, as the report's  # a diarienummer (S2026/01234): a file reference, no one
    "visit_headcount": ("category",),
    "finding": ("kind", "level"),  # how many of a category came: a count, no one named
    # sync's bookkeeping (services/sync): table and column names, ids, batch names
    "sync_outbox": ("table_name",),
    "sync_base": ("table_name",),
    "sync_state": ("device", "pending_id", "server_id"),
    "sync_identity": ("database_id",),
    "sync_conflict": ("table_name", "field", "origin"),  # origin: "server" or "file"
    "sync_row": ("table_name", "device"),
    "sync_receipt": ("batch_id", "device"),
    "sync_erasure": ("device", "keys", "rows", "chosen"),  # ids of rows: never the name
}

# Copies sync keeps (services/sync): a row as last synced, both values of a conflict, a batch
# waiting to be acknowledged, who changed a row on the server. A hard delete removes a row's
# copies (the sync triggers); erase_in_session scrubs the rest (services.sync.privacy.forget).
SYNC_COPIES: dict[str, tuple[str, ...]] = {
    "sync_base": ("data",),
    "sync_state": ("pending",),
    "sync_conflict": ("local_value", "server_value", "server_user"),
    "sync_row": ("user_name",),
    "sync_receipt": ("user_name", "result"),
}


def column_classes() -> dict[tuple[str, str], set[str]]:
    """Every declared (table, column) with what it is: person data, person reference, free
    text, not personal."""
    classes: dict[tuple[str, str], set[str]] = {}

    def add(model: Any, attr: str | None, what: str) -> None:
        if attr:
            classes.setdefault((model.__tablename__, attr), set()).add(what)

    for source in PERSON_SOURCES:
        for attr in (source.name_attr, source.email_attr, *source.fields, *source.hidden_fields):
            add(source.model, attr, "person data")
        for dep in source.dependents:
            for attr in dep.fields:
                add(dep.model, attr, "person data")
    for ref in PERSON_REFERENCES:
        for attr in (ref.name_attr, ref.email_attr, *ref.fields):
            add(ref.model, attr, "person reference")
    for text in FREE_TEXT:
        add(text.model, text.attr, "free text")
    for table, attrs in NOT_PERSONAL.items():
        for attr in attrs:
            classes.setdefault((table, attr), set()).add("not personal")
    for table, attrs in SYNC_COPIES.items():
        for attr in attrs:
            classes.setdefault((table, attr), set()).add("sync copy")
    return classes


# Soft-deleted rows of these tables have these fields blanked when the database closes.
PURGE_ON_CLOSE: list[tuple[Any, tuple[str, ...]]] = [
    (Contact, ("name", "title", "organisation", "phone", "email")),
    (Visit, ("title", "notes", "press_contact_name", "press_contact_phone", "press_contact_email")),
    (
        Person,
        (
            "name",
            "title",
            "organisation",
            "party",
            "office",
            "email",
            "phone",
            "email_key",
            "name_org_key",
        ),
    ),
    (Participant, ("notes", "consent_note")),
    (
        AgendaItem,
        ("title", "description", "presenter_name", "presenter_title", "presenter_organisation"),
    ),
    (ActionPlan, ("owner",)),
    (Organisation, ("notes",)),
    (PlanAction, ("owner", "what", "measure", "indicator")),
    (VisitJournalist, ("name", "outlet")),
    (VisitHeadcount, ("label",)),
    (PlanArea, ("situation", "goal")),
    (FollowUp, ("summary",)),
    (TimeStudy, ("notes",)),
    (Finding, ("text",)),
    (Theme, ("name",)),
]


# --- results --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonQuery:
    name: str = ""
    email: str = ""

    def describe(self) -> str:
        return " / ".join(part for part in (self.name, self.email) if part)


@dataclass(frozen=True)
class PersonRecord:
    kind: str
    label: str
    where: str
    id: str
    fields: dict[str, str]
    deleted: bool = False

    def heading(self, number: int) -> str:
        """The record's heading in the person's copy: "2. Kontakt – Ort (raderad, …)"."""
        text = f"{number}. {self.label}"
        if self.where:
            text += f" – {self.where}"
        if self.deleted:
            text += " " + translate("privacy", "(deleted, removed when the app closes)")
        return text


@dataclass(frozen=True)
class PersonReport:
    query: PersonQuery
    generated_at: datetime
    records: tuple[PersonRecord, ...]

    @property
    def found(self) -> bool:
        return bool(self.records)


@dataclass
class EraseResult:
    deleted_rows: int = 0
    anonymised_rows: int = 0
    blanked_references: int = 0
    redacted_notes: int = 0
    cleaned_backups: int = 0
    removed_drafts: int = 0
    removed_backups: list[str] = field(default_factory=list)
    disk_full: bool = False  # a backup could not be rewritten because the disk was full
    # the person's rows (table, id) found by name or e-mail: what sync tells the other laptops
    person_rows: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (
            self.deleted_rows + self.anonymised_rows + self.blanked_references + self.redacted_notes
        )


def query_keys(query: PersonQuery) -> str:
    """What a query matches on ("name", "email" or "name email"): sent with an erasure."""
    return " ".join(k for k, v in (("name", query.name), ("email", query.email)) if v)


def validate_query(name: str | None, email: str | None) -> PersonQuery:
    name = v.clean_text(name)
    email = v.clean_text(email)
    if not name and not email:
        raise ValidationError(
            "name", translate("privacy", "Give the person's name or e-mail address.")
        )
    if name and len(name) < 3:
        raise ValidationError(
            "name", translate("privacy", "Give at least 3 characters of the name.")
        )
    return PersonQuery(name, email)


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return str(value)


def _matches(query: PersonQuery, name: object, email: object) -> bool:
    if query.name and _fold(str(name or "")) == _fold(query.name):
        return True
    return bool(query.email and email and _fold(str(email)) == _fold(query.email))


# Swedish genitive: "Annas", "Anna Bergs", "Lars'", "SVT:s", "Anna's"; in capitals "ANNAS"
_GENITIVE = r"(?:[:'’]?[sS]|['’])?"
_PARTICLES = NAME_PARTICLES
_PHONE_SEP = r"[\s\-–./()]*"
# the same separators in the patterns made for each search (a person's every phone number, both
# ways written: some 50): the en dash as a branch of its own, since a class holding a character
# beyond Latin-1 costs re.compile a table of 65,536 entries, 0.7 ms a pattern, 30-40 ms of a
# search for someone not searched for before (the lookahead keeps re from folding it back in)
_PHONE_SEP_EACH = r"(?:[\s\-./()]|(?=–).)*"
# the word after a match, on the same line (after spaces, tabs or a non-breaking space)
_NEXT_WORD = re.compile(r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+(\w+)")
_PHONE_RUN = re.compile(r"\d(?:" + _PHONE_SEP + r"\d){5}")  # six digits, as a phone is written
_NOT_DIGITS = re.compile(r"\D")


def _nfc(text: str) -> str:
    """``text`` composed (NFC): a note pasted from a Mac may write "Ö" as "O" and a combining
    diaeresis, which no pattern of the (composed) name matches. A composed text is returned as
    it is (a quick check in C)."""
    return unicodedata.normalize("NFC", text)


class Mentions:
    """Where a person is mentioned in free text: the full name (any case) and each of its parts
    as a name (capitalised or in capitals), each also in the genitive; their e-mail addresses
    and phone numbers written inside a sentence (``070-123 45 67`` matches ``+46701234567``).
    Texts are compared composed (NFC), whichever form they are stored in."""

    def __init__(
        self,
        patterns: Iterable[re.Pattern[str]],
        parts: Iterable[re.Pattern[str]] = (),
        name_words: Iterable[str] = (),
        surnames: Iterable[re.Pattern[str]] = (),
    ) -> None:
        self.patterns = tuple(patterns)
        self._parts = frozenset(parts)
        self._surnames = frozenset(surnames)  # the parts that are the surname (or a piece of it)
        self._words = frozenset(w.casefold() for w in name_words)
        self._needles: tuple[str, ...] | None = None  # None: no quick test, every pattern
        # the patterns to try on a text by whether it has an "@" and a run of digits (an
        # address's patterns need the one, a phone number's the other): see :meth:`needing`
        self._tried: dict[tuple[bool, bool], tuple[re.Pattern[str], ...]] | None = None
        self._emails: tuple[str, ...] = ()
        self._digits: tuple[str, ...] = ()
        # what the patterns were made from (the mentions index is asked for these)
        self.name = ""
        self.addresses: tuple[str, ...] = ()
        self.numbers: tuple[str, ...] = ()  # each phone number's digits, every way written

    def with_needles(
        self, words: Iterable[str], emails: Iterable[str], digits: Iterable[str]
    ) -> Mentions:
        """A quick test before the patterns: a text can mention the person only if it holds
        one of the name's words or e-mail addresses (case folded), or a phone number's digits
        in a row once everything but digits is dropped. Most texts hold none of them, and
        this costs a few substring tests instead of every pattern (a Python call each)."""
        self._needles = tuple(dict.fromkeys(w.casefold() for w in words if w))
        self._emails = tuple(dict.fromkeys(e.casefold() for e in emails if e))
        self._digits = tuple(dict.fromkeys(d for d in digits if d))
        self._shortest = min(map(len, self._digits), default=0)
        return self

    def _may_mention(self, text: str) -> bool:
        if self._needles is None:
            return True
        folded = _nfc(text).casefold()
        if any(n in folded for n in self._needles):
            return True
        if self._emails and "@" in text and any(e in folded for e in self._emails):
            return True
        if self._digits and _PHONE_RUN.search(text):
            digits = _NOT_DIGITS.sub("", text)
            return len(digits) >= self._shortest and any(d in digits for d in self._digits)
        return False

    def candidates(self, texts: Sequence[str]) -> list[int]:
        """The positions of ``texts`` that may mention the person (all that :meth:`search`
        finds, and a few more), judged over every text at once: the name's words and the
        e-mail addresses looked for in the texts joined and case folded, a run of digits
        (a phone number) in the texts joined, each hit placed by its offset. A Python test per text
        cost most of a search at 180,000 texts; this costs a few C passes and a step per hit."""
        everything = list(range(len(texts)))
        if self._needles is None:
            return everything
        joined = "\x00".join(texts)
        if joined.count("\x00") != len(texts) - 1:  # a text holds the separator: test each
            return everything
        found: set[int] = set()
        words: list[str] = []
        for word in sorted({w for w in (*self._needles, *self._emails) if w}, key=len):
            if not any(shorter in word for shorter in words):  # "berg" finds "anna.berg@x.se"
                words.append(word)
        ends = _ends(joined)
        if words:
            composed = _nfc(joined)  # (the same string when composed already: no copy)
            folded = composed.casefold()
            # casefold never shortens a character, so the same length means the same offsets
            same = composed == joined and len(folded) == len(joined)
            folded_ends = ends if same else _ends(folded)
            for word in words:  # str.find, not a regular expression: a C scan per word
                _hits(lambda text, at, word=word: text.find(word, at), folded, folded_ends, found)
        if self._digits:  # the texts with a run of digits as a phone is written
            _hits(_search_at(_PHONE_RUN), joined, ends, found)
        return sorted(found)

    def _counts(self, pattern: re.Pattern[str], match: re.Match[str]) -> bool:
        """A part of the name followed by another capitalised name ("Karin Wallin" when looking
        for Karin Ek) is someone else's name, not a mention of this person.

        In capitals ("ÖSTERBERG RINGDE") the next word's capital says nothing: the surname (or a
        piece of it) and any part in the genitive ("ANNAS BIL") count; a given name does not
        ("KARIN WALLIN" reads as another's full name, as "Karin Wallin" does)."""
        if pattern not in self._parts:
            return True
        following = _NEXT_WORD.match(match.string, match.end())
        if following is None:
            return True
        word = following.group(1)
        if not word[:1].isupper() or word.casefold() in self._words:
            return True
        found = match.group(0)
        if found.isupper() and word.isupper():
            return pattern in self._surnames or bool(match.group("genitive"))
        return False

    def needing(self, at: Iterable[re.Pattern[str]], digits: Iterable[re.Pattern[str]]):
        """Tell :meth:`search` which patterns need an "@" or a run of digits in the text (an
        address's or a phone number's: dozens of them are not tried on a text without)."""
        at_ids, digit_ids = {id(p) for p in at}, {id(p) for p in digits}  # (a Pattern's hash
        # is computed anew each time)
        self._tried = {
            (has_at, has_digits): tuple(
                p
                for p in self.patterns
                if (has_at or id(p) not in at_ids) and (has_digits or id(p) not in digit_ids)
            )
            for has_at in (False, True)
            for has_digits in (False, True)
        }
        return self

    def search(self, text: str | None) -> bool:
        if not text or not self._may_mention(text):
            return False
        text = _nfc(text)
        patterns = self.patterns
        if self._tried is not None:
            patterns = self._tried["@" in text, _PHONE_RUN.search(text) is not None]
        return any(self._counts(p, m) for p in patterns for m in p.finditer(text))

    def finditer(self, text: str) -> list[re.Match[str]]:
        """The mentions in ``text`` composed (NFC: their offsets are in ``_nfc(text)``)."""
        text = _nfc(text)
        found = [m for p in self.patterns for m in p.finditer(text) if self._counts(p, m)]
        return sorted(found, key=lambda m: m.start())

    def sub(self, placeholder: str, text: str) -> str:
        """``text`` with every mention replaced; a text with a mention comes back composed
        (NFC, the form the app writes), one without as it was."""
        new = composed = _nfc(text)
        for pattern in self.patterns:  # the full name first, then its parts
            new = pattern.sub(
                lambda m, p=pattern: placeholder if self._counts(p, m) else m.group(0), new
            )
        return text if new == composed else new

    def __bool__(self) -> bool:
        return bool(self.patterns)


def _ends(joined: str) -> list[int]:
    """Where each text of ``joined`` (texts separated by NUL) ends, its separator included."""
    return list(accumulate(len(t) + 1 for t in joined.split("\x00")))


def _search_at(pattern: re.Pattern[str]) -> Callable[[str, int], int]:
    def find(text: str, at: int) -> int:
        match = pattern.search(text, at)
        return -1 if match is None else match.start()

    return find


def _hits(find: Callable[[str, int], int], joined: str, ends: list[int], found: set[int]) -> None:
    """Add to ``found`` the number of each text of ``joined`` in which ``find`` (a position
    from a position, or -1) finds something: one search per text that has it, not one per
    occurrence."""
    position = find(joined, 0)
    while position >= 0:
        number = bisect_right(ends, position)
        found.add(number)
        if number >= len(ends):
            break
        position = find(joined, ends[number])


def _phone_variants(phone: str) -> list[str]:
    """The digits a phone number is written with, nationally and internationally."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return []
    if phone.strip().startswith("+") or digits.startswith("00"):
        national = "0" + digits.removeprefix("00").removeprefix("46")
    else:
        national = digits
    variants = {national}
    if national.startswith("0"):
        variants.add("46" + national[1:])
    return sorted(variants)


def _phone_patterns(phone: str) -> list[re.Pattern[str]]:
    return [
        re.compile(r"(?<![\d+])\+?" + _PHONE_SEP_EACH.join(v) + r"(?!\d)")
        for v in _phone_variants(phone)
    ]


def _mention_pattern(name: str, emails: Iterable[str] = (), phones: Iterable[str] = ()) -> Mentions:
    # e-mail and phone first: "anna.berg@x.se" is one address, not the name Anna
    patterns: list[re.Pattern[str]] = []
    addresses = {e.strip().casefold() for e in emails if e and "@" in e}
    numbers = {p for p in phones if p}
    for email in addresses:
        patterns.append(re.compile(r"(?<![\w.+-])" + re.escape(email) + r"(?![\w-])", re.I))
    at = list(patterns)
    for phone in numbers:
        patterns.extend(_phone_patterns(phone))
    digits = patterns[len(at) :]
    words = unicodedata.normalize("NFC", name or "").split()
    if words:
        full = r"\s+".join(re.escape(w) for w in words)
        patterns.append(re.compile(r"(?<!\w)" + full + _GENITIVE + r"(?!\w)", re.IGNORECASE))
    parts = []
    if len(words) > 1 and len(words[0]) >= 2:  # "Zelmira K." for Zelmira Kvastberg
        first = re.escape(words[0][0].upper()) + "(?i:" + re.escape(words[0][1:].casefold()) + ")"
        for word in words[1:]:
            if word[:1].isalpha() and word.casefold() not in _PARTICLES:
                initial = re.escape(word[0].upper())
                patterns.append(re.compile(rf"(?<!\w){first}\s+{initial}(?:\.|{_GENITIVE}(?!\w))"))
    pieces = surname_pieces(words)
    surnames = []
    if len(words) > 1:
        for number, word in enumerate([*words, *pieces]):
            if len(word) < 2 or word.casefold() in _PARTICLES:
                continue
            head, rest = re.escape(word[0].upper()), re.escape(word[1:].casefold())
            parts.append(re.compile(rf"(?<!\w){head}(?i:{rest})(?P<genitive>{_GENITIVE})(?!\w)"))
            if number >= len(words) - 1:  # the last word or a piece of it
                surnames.append(parts[-1])
    variants = [d for phone in numbers for d in _phone_variants(phone)]
    mentions = (
        Mentions([*patterns, *parts], parts, [*words, *pieces], surnames)
        .with_needles([*words, *pieces], addresses, variants)
        .needing(at, digits)
    )
    mentions.name = " ".join(words)
    mentions.addresses = tuple(sorted(addresses))
    mentions.numbers = tuple(dict.fromkeys(variants))
    return mentions


def _identifiers(
    s: Session, query: PersonQuery, picked: Callable[[Any], bool] | None = None
) -> tuple[set[str], set[str]]:
    """E-mail addresses and phone numbers stored for the person: searched for in free text."""
    emails = {query.email} if query.email else set()
    phones: set[str] = set()
    for source in PERSON_SOURCES:  # the rows that may match (in SQL), not whole tables
        for row in _candidates(s, source, query):
            email = getattr(row, source.email_attr) if source.email_attr else None
            if _matches(query, getattr(row, source.name_attr), email) and (
                picked is None or picked(row)
            ):
                emails.add(str(email or ""))
                phones.add(str(getattr(row, "phone", "") or ""))
    for ref in PERSON_REFERENCES:
        for row in _candidates(s, ref, query):
            email = getattr(row, ref.email_attr) if ref.email_attr else None
            if _matches(query, getattr(row, ref.name_attr), email) and (
                picked is None or picked(row)
            ):
                emails.add(str(email or ""))
                for attr in ref.fields:
                    if attr.endswith("phone"):
                        phones.add(str(getattr(row, attr) or ""))
    return {e for e in emails if e}, {p for p in phones if p}


def mentions_for(
    s: Session, query: PersonQuery, picked: Callable[[Any], bool] | None = None
) -> Mentions:
    emails, phones = _identifiers(s, query, picked)
    return _mention_pattern(query.name, emails, phones)


def _like(text: str) -> str:
    """A LIKE pattern that finds every row whose folded text could contain ``text``'s words.

    A superset (Python decides): SQLite's LIKE ignores case for ASCII letters only, so any other
    character, and the space between words (matched as any run of text), becomes a wildcard.
    """
    parts = []
    for word in _fold(text).split():
        parts.append("".join(ch if ch.isascii() and ch not in "%_\\" else "%" for ch in word))
    return "%" + "%".join(parts) + "%"


def _prefilter(
    model: Any,
    name_attr: str | None,
    email_attr: str | None,
    query: PersonQuery,
    dialect: str = "sqlite",
):
    """The SQL condition that narrows a table to the rows that may match ``query`` (SQLite's
    LIKE ignores ASCII case; PostgreSQL's needs ILIKE for that)."""

    def like(column: Any, pattern: str) -> Any:
        return column.ilike(pattern) if dialect == "postgresql" else column.like(pattern)

    conditions = []
    if query.name and name_attr:
        conditions.append(like(getattr(model, name_attr), _like(query.name)))
    if query.email and email_attr:
        conditions.append(like(getattr(model, email_attr), _like(query.email)))
    return or_(*conditions) if conditions else false()


def _people(s: Session, query: PersonQuery) -> Iterable[Person]:
    """Directory people who may match ``query``, through the search index (a superset)."""
    wanted = [t for t in (query.name, query.email) if t]
    if any(words_query(value) is None for value in wanted):
        # no letters or digits to look up (a name of signs and accents): read the table in SQL
        return s.scalars(
            select(Person).where(_prefilter(Person, "name", "email", query, dialect_name(s)))
        )
    ids: set[str] = set()
    for value in wanted:
        match = words_query(value)
        if match is None:
            continue
        ids.update(
            s.scalars(
                select(sql_text("person_id"))
                .select_from(sql_text(PEOPLE_INDEX))
                .where(match_condition(PEOPLE_INDEX, value, dialect_name(s)))
            )
        )
    if not ids:
        return []
    return s.scalars(select(Person).where(Person.id.in_([as_uuid(i) for i in ids])))


def _candidates(s: Session, source: Any, query: PersonQuery) -> Iterable[Any]:
    """Rows of ``source`` (a PersonSource or PersonReference) that may match ``query``."""
    if source.model is Person:
        return _people(s, query)
    found = _indexed_candidates(s, source, query)
    if found is not None:
        ids = [uuid.UUID(i) for i in found]
        rows: list[Any] = []
        for batch in _batches(ids):
            rows.extend(s.scalars(select(source.model).where(source.model.id.in_(batch))))
        return rows
    return s.scalars(
        select(source.model).where(
            _prefilter(source.model, source.name_attr, source.email_attr, query, dialect_name(s))
        )
    )


def _mention_index_ready(s: Session) -> bool:
    """The mentions index can be asked in this unit of work (SQLite, triggers as declared, no
    text waiting to be indexed); asked once a session (what the session then changes only
    blanks or rewrites texts: the index still finds a superset)."""
    ready = s.info.get("mention_index_ready")
    if ready is None:
        from samordnare_desktop.db import mention_index

        connection = s.connection()
        ready = mention_index.available(
            connection, mention_columns()
        ) and not mention_index.pending(connection)
        s.info["mention_index_ready"] = ready
    return ready


def _indexed_candidates(s: Session, source: Any, query: PersonQuery) -> list[str] | None:
    """Ids (as stored) of the rows of ``source`` whose name (or e-mail) columns may hold
    ``query``, through the mentions index; None when it cannot say (then SQL reads the table)."""
    table = source.model.__tablename__
    indexed = mention_columns().get(table, ())
    if source.name_attr not in indexed or (source.email_attr and source.email_attr not in indexed):
        return None
    if not _mention_index_ready(s):
        return None
    from samordnare_desktop.db import mention_index

    key = ("mention_index_names", query)
    found = s.info.get(key)
    if found is None:
        match = mention_index.name_query(query.name, query.email)
        if match is None:
            return None
        found = mention_index.candidates(s.connection(), match)
        s.info[key] = found
    return found.get(table, [])


def _mentioning(
    s: Session,
    text: FreeText,
    mentions: Mentions,
    skip: Callable[[Any], bool] = lambda _id: False,
) -> list[Any]:
    """Ids of the rows whose ``text.attr`` mentions the person, in table order. A mention is the
    name in the genitive or by one of its parts, an e-mail or a phone number written any way,
    which no LIKE pattern covers: every non-empty text is read (its id and text only, not the
    row) and :class:`Mentions` decides."""
    return _mentioning_each(s, [text], mentions, skip)[0]


def _mentioning_each(
    s: Session,
    texts: Sequence[FreeText],
    mentions: Mentions,
    skip: Callable[[Any], bool] = lambda _id: False,
) -> list[list[Any]]:
    """:func:`_mentioning` of each of ``texts``, read in one statement (every column's
    non-empty texts, each branch in its table's order) and judged at once
    (:meth:`Mentions.candidates`, then :meth:`Mentions.search` for those only)."""
    branches = []
    for number, text in enumerate(texts):
        column = getattr(text.model, text.attr)
        branches.append(
            select(  # the id as stored text: made a UUID for the few rows that mention
                literal(number, Integer),
                type_coerce(text.model.id, RawId),
                type_coerce(column, String),
            ).where(column.is_not(None), column != "")
        )
    found: list[list[Any]] = [[] for _ in texts]
    if not branches:
        return found
    statement = branches[0] if len(branches) == 1 else union_all(*branches)
    rows = s.execute(statement).all()
    values = [value for _number, _id, value in rows]
    for position in mentions.candidates(values):
        number, row_id, value = rows[position]
        if mentions.search(value):
            hit = uuid.UUID(row_id)
            if not skip(hit):
                found[number].append(hit)
    return found


@cache
def mention_columns() -> dict[str, tuple[str, ...]]:
    """What the mentions index holds: each table's free-text columns (:data:`FREE_TEXT`) and
    the name and e-mail columns of :data:`PERSON_REFERENCES` (found through it too)."""
    columns: dict[str, set[str]] = {}
    for text in FREE_TEXT:
        columns.setdefault(text.model.__tablename__, set()).add(text.attr)
    for ref in PERSON_REFERENCES:
        for attr in (ref.name_attr, ref.email_attr):
            if attr:
                columns.setdefault(ref.model.__tablename__, set()).add(attr)
    return {table: tuple(sorted(cols)) for table, cols in sorted(columns.items())}


def _mentioning_all(
    s: Session,
    texts: Sequence[FreeText],
    mentions: Mentions,
    skip: Callable[[Any], bool] = lambda _id: False,
) -> list[list[Any]]:
    """:func:`_mentioning_each`, narrowed first where the database can: on SQLite through the
    mentions index (``db.mention_index``; the rows it finds are then judged by
    ``mentions`` as before), on PostgreSQL by ILIKE in SQL; else every text is read."""
    from samordnare_desktop.db import mention_index

    connection = s.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        return _mentioning_in_sql(s, texts, mentions, skip)
    if dialect == "sqlite" and _mention_index_ready(s):
        query = mention_index.match_query(mentions.name, mentions.addresses, mentions.numbers)
        if query is not None:
            found = mention_index.candidates(connection, query)
            return _mentioning_among(s, texts, mentions, skip, found)
    return _mentioning_each(s, texts, mentions, skip)


def _mentioning_among(
    s: Session,
    texts: Sequence[FreeText],
    mentions: Mentions,
    skip: Callable[[Any], bool],
    found: dict[str, list[str]],
) -> list[list[Any]]:
    """The rows the index found (``found``: each table's row ids), judged by ``mentions``: one
    statement per table that has some (per 500), each column of ``texts`` on it tested; each
    text's hits in table order, as :func:`_mentioning_each` gives them."""
    hits: list[list[Any]] = [[] for _ in texts]
    by_table: dict[str, list[int]] = {}
    for number, text in enumerate(texts):
        by_table.setdefault(text.model.__tablename__, []).append(number)
    for table, numbers in by_table.items():
        ids = found.get(table)
        if not ids:
            continue
        model = texts[numbers[0]].model
        columns = [getattr(model, texts[n].attr) for n in numbers]
        rows: list[Any] = []
        for batch in _batches(ids):
            rows.extend(
                s.execute(
                    select(sql_text("rowid"), type_coerce(model.id, String), *columns).where(
                        model.id.in_([uuid.UUID(i) for i in batch])
                    )
                ).all()
            )
        rows.sort(key=lambda row: row[0])
        for row in rows:
            for position, number in enumerate(numbers):
                value = row[2 + position]
                if value and mentions.search(value):
                    hit = uuid.UUID(row[1])
                    if not skip(hit):
                        hits[number].append(hit)
    return hits


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# at most this many spellings of a term: each further letter beyond ASCII is a wildcard
_SPELLINGS = 16


def server_patterns(terms: Iterable[str]) -> list[str]:
    """LIKE patterns that find each term in ``lower(text COLLATE "C")`` (ASCII folded only, so
    the same on every server whatever its locale): each letter beyond ASCII spelt small and
    capital ("%lindbäck%", "%lindbÄck%"), and the term decomposed too (a Mac writes "Ö" as "O"
    and a combining diaeresis). A letter whose case is not one letter to one letter beyond
    ASCII ("ß": "SS", "ı": "I"), or past :data:`_SPELLINGS`, is a wildcard: the patterns find
    a superset, which :class:`Mentions` then judges."""
    patterns: list[str] = []
    for term in terms:
        for form in ("NFC", "NFD"):
            spellings = [""]
            for ch in unicodedata.normalize(form, term):
                if ch.isascii() or unicodedata.combining(ch):
                    cases = [_like_escaped(ch.lower())]
                else:
                    cases = list(dict.fromkeys((ch.lower(), ch.upper(), ch.title())))
                    odd = any(len(c) != 1 or c.isascii() for c in cases)
                    if odd or len(spellings) * len(cases) > _SPELLINGS:
                        cases = ["%"]
                spellings = [head + c for head in spellings for c in cases]
            patterns.extend("%" + spelling + "%" for spelling in spellings)
    return list(dict.fromkeys(patterns))


def _mentioning_in_sql(
    s: Session,
    texts: Sequence[FreeText],
    mentions: Mentions,
    skip: Callable[[Any], bool],
) -> list[list[Any]]:
    """PostgreSQL: :func:`_mentioning_each` over the texts that may mention the person, chosen
    in SQL (a superset; ``mentions`` decides): a word of the name or an e-mail address anywhere
    in the text, in any case and either Unicode form (:func:`server_patterns`), or a phone
    number's digits in its digits (non-digits removed)."""
    words = mentions.name.split()
    terms = [*words, *surname_pieces(words), *mentions.addresses]
    found: list[list[Any]] = [[] for _ in texts]
    if not terms and not mentions.numbers:
        return found
    # one array for every branch; LIKE's escape is the backslash (the server's default)
    patterns = literal(server_patterns(terms), ARRAY(String))
    branches = []
    for number, text in enumerate(texts):
        column = getattr(text.model, text.attr)
        narrowed = or_(
            *([func.lower(column.collate("C")).like(any_(patterns))] if terms else []),
            *(
                func.regexp_replace(column, "[^0-9]", "", "g").contains(digits)
                for digits in mentions.numbers
            ),
        )
        branches.append(
            select(literal(number, Integer), type_coerce(text.model.id, String), column).where(
                column.is_not(None), column != "", narrowed
            )
        )
    statement = branches[0] if len(branches) == 1 else union_all(*branches)
    for number, row_id, value in s.execute(statement):
        if mentions.search(value):
            hit = row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id))
            if not skip(hit):
                found[number].append(hit)
    return found


def _batches(ids: Iterable[Any], size: int = 500) -> Iterable[list[Any]]:
    wanted = list(ids)
    for start in range(0, len(wanted), size):
        yield wanted[start : start + size]


class _Loaded:
    """Rows read in batches and held for one search, so that the ``describe`` functions'
    ``s.get`` find them in the session instead of sending a statement per record (the session
    holds its rows weakly: without a reference here they would be read again and again)."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.keep: list[Any] = []
        self.ids: dict[Any, set[Any]] = {}
        for model in (Municipality, Organisation):  # a few hundred rows: every one, once
            self._remember(model, self.s.scalars(select(model)).all())

    def _remember(self, model: Any, rows: Iterable[Any]) -> list[Any]:
        rows = list(rows)
        self.keep.extend(rows)
        self.ids.setdefault(model, set()).update(r.id for r in rows)
        return rows

    def rows(self, model: Any, ids: Iterable[Any]) -> list[Any]:
        """The rows of ``model`` with ``ids``, in that order (one statement per 500)."""
        wanted = [i for i in ids if i is not None]
        by_id: dict[Any, Any] = {}
        for batch in _batches(dict.fromkeys(wanted)):
            for row in self.s.scalars(select(model).where(model.id.in_(batch))):
                by_id[row.id] = row
        self._remember(model, by_id.values())
        return [by_id[i] for i in wanted if i in by_id]

    def load(self, model: Any, ids: Iterable[Any]) -> list[Any]:
        known = self.ids.get(model, set())
        return self.rows(model, {i for i in ids if i is not None and i not in known})

    def children(self, dep: Dependent, parent_ids: list[Any]) -> dict[Any, list[Any]]:
        """Each parent's rows of ``dep`` (one statement per 500 parents)."""
        fk = getattr(dep.model, dep.foreign_key)
        found: dict[Any, list[Any]] = {}
        for batch in _batches(parent_ids):
            for child in self._remember(
                dep.model, self.s.scalars(select(dep.model).where(fk.in_(batch)))
            ):
                found.setdefault(getattr(child, dep.foreign_key), []).append(child)
        return found

    def around(self, rows: Iterable[Any]) -> None:
        """What ``describe`` looks up for ``rows``: their visits, plan areas and plans."""
        rows = list(rows)
        self.load(Visit, {getattr(r, "visit_id", None) for r in rows})
        areas = self.load(PlanArea, {getattr(r, "area_id", None) for r in rows})
        plans = {getattr(r, "plan_id", None) for r in [*rows, *areas]}
        self.load(ActionPlan, plans)


@dataclass(frozen=True)
class PersonHit:
    """One person of the programme found by :meth:`PrivacyService.search_people`."""

    person_id: uuid.UUID
    name: str
    organisation: str
    email: str
    municipality: str
    participations: int


def people_search_statement(text: str, limit: int, dialect: str = "sqlite"):
    """The query behind :meth:`PrivacyService.search_people` (the tests read its plan); None
    when nothing searchable was typed."""
    match = match_condition(PEOPLE_INDEX, text, dialect)
    if match is None:
        return None
    found = (
        select(sql_text("person_id"))
        .select_from(sql_text(PEOPLE_INDEX))
        .where(match)
        .limit(limit)
        .scalar_subquery()
    )
    participations = (
        select(func.count(Participant.id))
        .where(Participant.person_id == Person.id, Participant.deleted_at.is_(None))
        .scalar_subquery()
    )
    return (
        select(
            Person.id,
            Person.name,
            Person.organisation,
            Person.email,
            Municipality.name,
            participations,
        )
        .join(Municipality, Municipality.id == Person.municipality_id)
        .where(Person.id.in_(found), Person.deleted_at.is_(None))
        .order_by(Person.name, Municipality.name)
    )


# --- the service ----------------------------------------------------------------------------
class PrivacyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search_people(self, text: str, limit: int = 100) -> list[PersonHit]:
        """People of the whole programme whose name, organisation, e-mail or title has words
        starting with every word typed ("dukic" finds Đukić; å ä ö are letters of their own)."""
        statement = people_search_statement(text, limit, self.db.dialect)
        if statement is None:
            return []
        with self.db.read() as s:
            return [PersonHit(*row) for row in s.execute(statement)]

    def _refresh_mentions(self) -> None:
        """Bring the mentions index up to date (a write, only when texts changed since)."""
        from samordnare_desktop.db import mention_index

        with self.db.read() as s:
            connection = s.connection()
            if not mention_index.available(connection, mention_columns()):
                return
            if not mention_index.pending(connection):
                return
        with self.db.write() as s:
            refresh_mentions(s)

    # access request ------------------------------------------------------------------------
    def find_person(self, name: str | None = None, email: str | None = None) -> PersonReport:
        """Everything stored about one person (matched on name and/or e-mail, case-insensitive)."""
        query = validate_query(name, email)
        self._refresh_mentions()
        with self.db.read() as s:
            records = tuple(self._records(s, query))
        return PersonReport(query, datetime.now().replace(microsecond=0), records)

    def _records(self, s: Session, query: PersonQuery) -> Iterable[PersonRecord]:
        seen: set[tuple[str, object, str]] = set()  # fields already listed in full
        loaded = _Loaded(s)  # rows read in batches, not one statement per record
        for source in PERSON_SOURCES:
            rows = [
                row
                for row in _candidates(s, source, query)
                if _matches(
                    query,
                    getattr(row, source.name_attr),
                    getattr(row, source.email_attr) if source.email_attr else None,
                )
            ]
            children = {
                dep: loaded.children(dep, [row.id for row in rows]) for dep in source.dependents
            }
            loaded.around(
                [*rows, *(c for found in children.values() for cs in found.values() for c in cs)]
            )
            for row in rows:
                yield PersonRecord(
                    source.kind,
                    source.label(),
                    source.describe(s, row),
                    str(row.id),
                    {f: _value(getattr(row, f)) for f in source.fields},
                    deleted=getattr(row, "deleted_at", None) is not None,
                )
                for dep in source.dependents:
                    for child in children[dep].get(row.id, ()):
                        seen.update((dep.model.__tablename__, child.id, f) for f in dep.exported)
                        yield PersonRecord(
                            dep.kind,
                            dep.label(),
                            dep.describe(s, child),
                            str(child.id),
                            {f: _value(getattr(child, f)) for f in dep.exported},
                            deleted=getattr(child, "deleted_at", None) is not None,
                        )
        for ref in PERSON_REFERENCES:
            rows = [
                row
                for row in _candidates(s, ref, query)
                if _matches(
                    query,
                    getattr(row, ref.name_attr),
                    getattr(row, ref.email_attr) if ref.email_attr else None,
                )
            ]
            loaded.around(rows)
            for row in rows:
                seen.update((ref.model.__tablename__, row.id, f) for f in ref.fields)
                yield PersonRecord(
                    ref.kind,
                    ref.label(),
                    ref.describe(s, row),
                    str(row.id),
                    {f: _value(getattr(row, f)) for f in ref.fields},
                    deleted=getattr(row, "deleted_at", None) is not None,
                )
        mentions = mentions_for(s, query)
        if mentions:
            every = _mentioning_all(s, FREE_TEXT, mentions)  # narrowed by the mentions index
            for text, hits in zip(FREE_TEXT, every, strict=True):
                table = text.model.__tablename__
                # already listed as a reference or with the person
                ids = [row_id for row_id in hits if (table, row_id, text.attr) not in seen]
                rows = loaded.rows(text.model, ids)
                loaded.around(rows)
                shown = text.shown(s) if text.shown and rows else None
                for row in rows:
                    value = getattr(row, text.attr) or ""
                    yield PersonRecord(
                        text.kind,
                        text.label(),
                        text.describe(s, row),
                        str(row.id),
                        {text.attr: shown(value) if shown else value},
                        deleted=getattr(row, "deleted_at", None) is not None,
                    )

    def export_person(
        self,
        out: Path,
        name: str | None = None,
        email: str | None = None,
        *,
        only: Collection[str] | None = None,
    ) -> list[Path]:
        """Write the access-request copy: ``<out>.json``, ``<out>.txt`` and ``<out>.pdf`` (0600).

        ``only`` limits it to the records with these ids (someone else with the same name).
        """

        report = self.find_person(name, email)
        if only is not None:
            chosen = set(only)
            report = replace(report, records=tuple(r for r in report.records if r.id in chosen))
        if not report.found:
            raise NotFoundError(
                translate("privacy", "Nothing is stored about {person}.").format(
                    person=report.query.describe()
                )
            )
        out = Path(out)
        base = out.with_suffix("") if out.suffix.lower() in (".json", ".txt", ".pdf") else out
        json_path = base.with_name(base.name + ".json")
        text_path = base.with_name(base.name + ".txt")
        pdf_path = base.with_name(base.name + ".pdf")
        from samordnare_desktop.files import atomic_write_set
        from samordnare_desktop.pdf.personal_data import render_person_report

        atomic_write_set(  # the three as one set: all of them or none
            [
                (json_path, report_json(report).encode("utf-8")),
                (text_path, report_text(report).encode("utf-8")),
                (pdf_path, render_person_report(person_document(report))),
            ],
            private=True,
        )
        return [json_path, text_path, pdf_path]

    # erasure -------------------------------------------------------------------------------
    def erase_person(
        self,
        name: str | None = None,
        email: str | None = None,
        *,
        include_backups: bool = True,
        only: Collection[str] | None = None,
        announce: bool = True,
    ) -> EraseResult:
        """Erase a person from the database and (by default) every backup; returns what changed.

        ``only`` limits the erasure to the records with these ids (from :meth:`find_person`), so
        someone else with the same name is left alone. ``announce``: the erasure is noted for
        sync (the ids of the person's rows, not the name), so the server and every other laptop
        erase the person too (``services.sync.erasures``; False when it came from there).
        """
        query = validate_query(name, email)
        chosen = frozenset(only) if only is not None else None
        with self.db.read() as s:
            mentions = mentions_for(
                s, query, None if chosen is None else (lambda row: str(row.id) in chosen)
            )
        with self._backups_still():
            with self.db.write() as s:
                result = erase_in_session(s, query, chosen)
                if announce and result.person_rows:
                    from samordnare_desktop.services.sync.privacy import announce_erasure

                    announce_erasure(s, query_keys(query), result.person_rows, chosen)
            self.checkpoint()
            if self.db.path is not None:  # a file's backups and drafts (a server keeps neither)
                if include_backups:
                    self._erase_in_backups(query, result, chosen)
                self._erase_in_drafts(mentions, result)
        if result.total == 0 and not result.cleaned_backups and not result.removed_drafts:
            raise NotFoundError(
                translate("privacy", "Nothing is stored about {person}.").format(
                    person=query.describe()
                )
            )
        log.info(
            "person erased: %d rows deleted, %d anonymised, %d references, %d notes, "
            "%d backups cleaned, %d backups removed",
            result.deleted_rows,
            result.anonymised_rows,
            result.blanked_references,
            result.redacted_notes,
            result.cleaned_backups,
            len(result.removed_backups),
        )
        return result

    def _backups_still(self) -> AbstractContextManager[None]:
        """No backup of the file is written while the person is erased from it and from its
        backups (db.backup.exclusive): one begun waits, one under way is finished and cleaned."""
        if self.db.path is None:
            return nullcontext()
        from samordnare_desktop.db.backup import exclusive

        return exclusive(self.db.path)

    def _erase_in_backups(
        self, query: PersonQuery, result: EraseResult, chosen: frozenset[str] | None
    ) -> None:
        from samordnare_desktop.db.backup import is_disk_full, list_backups, list_damaged

        for path in [*list_backups(self.db.path), *list_damaged(self.db.path)]:
            try:
                if rewrite_backup(path, lambda s: erase_in_session(s, query, chosen)):
                    result.cleaned_backups += 1
            except Exception as exc:
                log.warning("a backup could not be cleaned and was deleted", exc_info=True)
                result.disk_full = result.disk_full or is_disk_full(exc)
                from samordnare_desktop.db.encryption import scrub_file

                for suffix in ("", "-wal", "-shm", "-journal"):
                    scrub_file(Path(str(path) + suffix))
                result.removed_backups.append(str(path))

    def _erase_in_drafts(self, mentions: Mentions, result: EraseResult) -> None:
        """This database's unsaved drafts that mention the person are deleted (scrubbed), and
        so are those that could be this database's: old shared ones (from before
        drafts/<database>/) not provably another's, and those of a database no longer here."""
        from samordnare_desktop.db import legacy_drafts
        from samordnare_desktop.db.encryption import scrub_file, unseal_for
        from samordnare_desktop.services.drafts import drafts_folder

        shared = [
            *legacy_drafts.possibly_ours(self.db.path),
            *legacy_drafts.orphaned(self.db.path),  # of a database no longer in the folder
        ]
        for path in [*sorted(drafts_folder(self.db.path).glob("*")), *shared]:
            if not path.is_file():
                continue
            try:
                text = unseal_for(path, path.read_bytes()).decode("utf-8", "replace")
            except Exception:
                continue  # unreadable (damaged): nothing to search
            if mentions.search(text):
                scrub_file(path)
                result.removed_drafts += 1

    # purge ---------------------------------------------------------------------------------
    def purge_deleted(self) -> int:
        """Blank the personal fields of every soft-deleted row; returns how many were purged.

        One unit of work. A damaged page met on the way fails the whole of it (SQLite will not
        commit a transaction that met one, savepoint or not), so then each table is purged in a
        unit of its own: the tables whose pages are damaged are skipped, said in one line that
        names them (no values, no traceback; the next start checks the file), and the others
        are purged all the same."""
        try:
            with self.db.write() as s:
                purged = sum(work(s) for _table, work in _purge_steps())
                forget_mentions(s)  # blanked and deleted texts leave the mentions index
        except CorruptDatabaseError:
            purged, damaged = 0, []
            for table, work in _purge_steps():
                try:
                    with self.db.write() as s:
                        purged += work(s)
                        forget_mentions(s)
                except CorruptDatabaseError:
                    damaged.append(table)
            log.warning(
                "purge of deleted personal data skipped tables with damaged pages: %s",
                ", ".join(dict.fromkeys(damaged)) or "none",
            )
        if purged:
            log.info("purged personal fields of %d deleted rows", purged)
        return purged

    def checkpoint(self) -> None:
        """Fold the WAL into the file and truncate it, so old page images do not linger. On the
        server: VACUUM, so the erased rows' old versions do not wait for autovacuum (tables
        this login does not own are skipped by the server with a notice)."""
        if self.db.dialect == "postgresql":
            with self.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM")
            return
        with self.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _purge_table(s: Session, model: Any, fields: tuple[str, ...]) -> int:
    """Blank ``fields`` of ``model``'s soft-deleted rows (and their words in a search index)."""
    not_blank = [getattr(model, f) != "" for f in fields]
    outcome = s.execute(
        update(model)
        .where(model.deleted_at.is_not(None), or_(*not_blank))
        .values(**{f: "" for f in fields})
        .execution_options(synchronize_session=False)
    )
    if model is Person and outcome.rowcount:  # their words leave the search index
        s.execute(
            sql_text(
                f"DELETE FROM {PEOPLE_INDEX} WHERE person_id IN "
                "(SELECT id FROM person WHERE deleted_at IS NOT NULL)"
            )
        )
        optimize_index(s.connection(), PEOPLE_INDEX)
    if model is Finding and outcome.rowcount:  # and a deleted finding's words
        s.execute(
            sql_text(
                f"DELETE FROM {FINDINGS_INDEX} WHERE finding_id IN "
                "(SELECT id FROM finding WHERE deleted_at IS NOT NULL)"
            )
        )
        optimize_index(s.connection(), FINDINGS_INDEX)
    return outcome.rowcount or 0


def _purge_steps() -> Iterator[tuple[str, Callable[[Session], int]]]:
    """The purge's steps, each a table's (its name, and what blanks it in a session)."""
    for model, fields in PURGE_ON_CLOSE:
        yield model.__tablename__, lambda s, m=model, f=fields: _purge_table(s, m, f)
    yield "minutes", _purge_minutes_of_deleted_items
    for source in PERSON_SOURCES:  # what hangs off a deleted person goes with them
        if not hasattr(source.model, "deleted_at"):
            continue
        deleted = select(source.model.id).where(source.model.deleted_at.is_not(None))
        for dep in source.dependents:
            yield (
                dep.model.__tablename__,
                lambda s, d=dep, gone=deleted: _purge_dependents(s, d, gone),
            )


def _purge_dependents(s: Session, dep: Any, deleted: Any) -> int:
    """Blank ``dep``'s fields in the rows hanging off a deleted person (``deleted``)."""
    not_blank = [getattr(dep.model, f) != "" for f in dep.fields]
    outcome = s.execute(
        update(dep.model)
        .where(getattr(dep.model, dep.foreign_key).in_(deleted), or_(*not_blank))
        .values(**{f: "" for f in dep.fields})
        .execution_options(synchronize_session=False)
    )
    return outcome.rowcount or 0


# The minutes of a deleted agenda item (or of an item of a deleted meeting) go with it.
MINUTES_OF_DELETED: list[tuple[Any, tuple[str, ...]]] = [
    (MinutesItem, ("notes", "decisions")),
    (MinutesAction, ("text", "owner")),
]


def _purge_minutes_of_deleted_items(s: Session) -> int:
    deleted_visits = select(Visit.id).where(Visit.deleted_at.is_not(None))
    deleted_items = select(AgendaItem.id).where(
        or_(AgendaItem.deleted_at.is_not(None), AgendaItem.visit_id.in_(deleted_visits))
    )
    purged = 0
    for model, fields in MINUTES_OF_DELETED:
        outcome = s.execute(
            update(model)
            .where(
                model.agenda_item_id.in_(deleted_items),
                or_(*(getattr(model, f) != "" for f in fields)),
            )
            .values(**{f: "" for f in fields})
            .execution_options(synchronize_session=False)
        )
        purged += outcome.rowcount or 0
    return purged


def erase_in_session(
    s: Session, query: PersonQuery, chosen: frozenset[str] | None = None
) -> EraseResult:
    """Apply the erasure inside one unit of work (used for the database and for each backup)."""

    def picked(row: Any) -> bool:
        return chosen is None or str(row.id) in chosen

    result = EraseResult()
    placeholder = deleted_person_label()
    refresh_mentions(s, limit=ERASE_REFRESH_LIMIT)  # the index as the texts are now
    mentions = mentions_for(s, query, picked)  # before the rows holding e-mail and phone go
    for source in PERSON_SOURCES:
        ids: list[uuid.UUID] = []
        for row in _candidates(s, source, query):
            email = getattr(row, source.email_attr) if source.email_attr else None
            if _matches(query, getattr(row, source.name_attr), email) and picked(row):
                ids.append(row.id)
        if not ids:
            continue
        result.person_rows.extend((source.model.__tablename__, i.hex) for i in ids)
        for dep in source.dependents:
            fk = getattr(dep.model, dep.foreign_key)
            s.execute(
                update(dep.model)
                .where(fk.in_(ids))
                .values(**{f: "" for f in dep.fields})
                .execution_options(synchronize_session=False)
            )
        if source.model is Person:  # the erased words leave the search index
            s.execute(
                sql_text(f"DELETE FROM {PEOPLE_INDEX} WHERE person_id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": [i.hex for i in ids]},
            )
            optimize_index(s.connection(), PEOPLE_INDEX)
        if source.anonymise_on_erase:
            values = {f: "" for f in (*source.fields, *source.hidden_fields)}
            values[source.name_attr] = placeholder
            s.execute(
                update(source.model)
                .where(source.model.id.in_(ids))
                .values(**values)
                .execution_options(synchronize_session=False)
            )
            result.anonymised_rows += len(ids)
        else:
            s.execute(
                delete(source.model)
                .where(source.model.id.in_(ids))
                .execution_options(synchronize_session=False)
            )
            result.deleted_rows += len(ids)
    for ref in PERSON_REFERENCES:
        for row in _candidates(s, ref, query):
            email = getattr(row, ref.email_attr) if ref.email_attr else None
            if _matches(query, getattr(row, ref.name_attr), email) and picked(row):
                result.person_rows.append((ref.model.__tablename__, row.id.hex))
                for f in ref.fields:
                    setattr(row, f, "")
                result.blanked_references += 1
    redacted_findings = False
    if mentions:
        every = _mentioning_all(
            s, FREE_TEXT, mentions, lambda row_id: chosen is not None and str(row_id) not in chosen
        )
        for text, ids in zip(FREE_TEXT, every, strict=True):
            for batch in _batches(ids):
                for row in s.scalars(select(text.model).where(text.model.id.in_(batch))):
                    value = getattr(row, text.attr) or ""
                    new = mentions.sub(placeholder, value)
                    if new != value:
                        setattr(row, text.attr, new)
                        result.redacted_notes += 1
                        redacted_findings = redacted_findings or text.model is Finding
    s.flush()
    if redacted_findings:  # the old words leave the index's stored segments too
        optimize_index(s.connection(), FINDINGS_INDEX)
    _forget_in_sync(s, query, mentions, placeholder)
    forget_mentions(s)  # and the texts changed here leave the mentions index
    return result


def _forget_in_sync(s: Session, query: PersonQuery, mentions: Mentions, placeholder: str) -> None:
    """Sync's copies (bases, conflicts, a batch waiting to be acknowledged) lose the person
    too (``services.sync.privacy``)."""
    from samordnare_desktop.services.sync.privacy import forget

    needles = [_fold(x) for x in (query.name, query.email) if x]

    def hit(text: str) -> bool:
        folded = _fold(text)
        return any(n in folded for n in needles) or (bool(mentions) and mentions.search(text))

    def sub(text: str) -> str:
        if any(_fold(text) == n for n in needles):
            return placeholder
        return mentions.sub(placeholder, text) if mentions else text

    forget(s, hit, sub)


# An erasure rewrites every backup, each through the same unit of work; a backup taken before
# its texts were ever indexed holds them all queued (180,000 at ten times the programme): reading
# them whole once (some 3 us a text) is cheaper than indexing them first (some 9 us), and the
# copy is thrown away or rewritten anyway.
ERASE_REFRESH_LIMIT = 20_000


def refresh_mentions(s: Session, limit: int | None = None) -> None:
    """Index the texts changed since the mentions index was last asked (SQLite; a database
    without the index, or whose triggers do not match :data:`FREE_TEXT`, is read whole). With
    more than ``limit`` waiting, the index is left as it is and this unit of work reads the
    texts whole instead."""
    from samordnare_desktop.db import mention_index

    connection = s.connection()
    columns = mention_columns()
    s.info.pop("mention_index_ready", None)  # asked again
    if not mention_index.available(connection, columns):
        return
    if limit is not None and mention_index.waiting(connection) > limit:
        s.info["mention_index_ready"] = False
        return
    if mention_index.pending(connection):
        mention_index.refresh(connection, columns)


def forget_mentions(s: Session) -> None:
    """Take the rows changed in this unit of work (blanked, rewritten, deleted) out of the
    mentions index, and their words out of its stored segments."""
    from samordnare_desktop.db import mention_index

    connection = s.connection()
    if mention_index.forget_changed(connection):
        optimize_index(connection, MENTIONS_INDEX)


def rewrite_backup(path: Path, change: Callable[[Session], EraseResult]) -> bool:
    """Apply ``change`` to a backup through a temporary copy; True when something changed.

    The copy is made with the backup API (same key), changed, VACUUMed (no free pages keep old
    bytes), and put in place atomically; the old file is overwritten and deleted.
    """
    from samordnare_desktop.db import encryption
    from samordnare_desktop.db.backup import copy_database, private_file

    key = encryption.key_for(path)
    temp = path.with_name(path.name + ".part")
    encryption.scrub_file(temp)
    private_file(temp)
    try:
        copy_database(path, temp, lambda p: encryption.connect_raw(p, key))
        db = Database(temp, key=key)
        try:
            with db.write() as s:
                changed = change(s).total > 0
        finally:
            db.engine.dispose()
        if not changed:
            encryption.scrub_file(temp)
            return False
        conn = encryption.connect_raw(temp, key, isolation_level=None)
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            encryption.scrub_file(Path(str(temp) + suffix))
        encryption.fsync_file(temp)
        encryption.replace_and_scrub(temp, path)
        return True
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            encryption.scrub_file(Path(str(temp) + suffix))
        raise


# --- the readable copies --------------------------------------------------------------------
def access_information() -> list[tuple[str, str, str]]:
    """What GDPR article 15 requires besides the data itself: (key, heading, text)."""
    return [
        (
            "purposes",
            translate("privacy", "Why the data is kept"),
            translate(
                "privacy",
                "To plan and carry out the national coordinator's visits to municipalities: "
                "contact persons, agendas, participant lists and attendance, action plans and "
                "their follow-up, and the reports to the Government.",
            ),
        ),
        (
            "legal_basis",
            translate("privacy", "Legal basis"),
            translate(
                "privacy",
                "A task carried out in the public interest (GDPR article 6.1 e): the national "
                "coordinator's assignment from the Government.",
            ),
        ),
        (
            "retention",
            translate("privacy", "How long it is kept"),
            translate(
                "privacy",
                "As long as the programme needs it. A deleted person's data is blanked when the "
                "app closes; backups (at most 14, one a day) keep earlier versions until they are "
                "rotated away, unless the person is erased, which removes it from them too.",
            ),
        ),
        (
            "recipients",
            translate("privacy", "Recipients"),
            translate(
                "privacy",
                "None. The data stays in the database on the coordinator's computer; the app "
                "never sends it anywhere. Printed lists are handed out only at the visit.",
            ),
        ),
        (
            "source",
            translate("privacy", "Where the data comes from"),
            translate(
                "privacy",
                "Entered by the coordinator, or imported from participant lists sent by the "
                "municipality. No automated decisions or profiling are made.",
            ),
        ),
        (
            "rights",
            translate("privacy", "Your rights"),
            translate(
                "privacy",
                "You may ask for incorrect data to be corrected (article 16), for data to be "
                "erased (article 17), for its use to be restricted (article 18), and you may "
                "object to it (article 21).",
            ),
        ),
        (
            "complaint",
            translate("privacy", "Complaints"),
            translate(
                "privacy",
                "You may complain to the Swedish Authority for Privacy Protection "
                "(Integritetsskyddsmyndigheten, IMY), www.imy.se, imy@imy.se.",
            ),
        ),
    ]


def report_json(report: PersonReport) -> str:
    document = {
        "format": "samordnare-desktop-personal-data",
        "version": 1,
        "generated_at": report.generated_at.isoformat(),
        "person": {"name": report.query.name, "email": report.query.email},
        "records": [
            {
                "kind": r.kind,
                "description": r.label,
                "where": r.where,
                "id": r.id,
                "deleted": r.deleted,
                "fields": r.fields,
            }
            for r in report.records
        ],
        "gdpr_article_15": {key: text for key, _heading, text in access_information()},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _field_label(name: str) -> str:
    """A stored column as the access copy names it: its entity's label (services.field_labels;
    a person's and their participation's words win where two entities share a column name)."""
    from samordnare_desktop.services import field_labels as fl
    from samordnare_desktop.services.agendas import item_labels

    labels = {
        **fl.organisation_labels(),
        **fl.municipality_labels(),
        **fl.visit_labels(),
        **item_labels(),
        **fl.area_labels(),
        **fl.action_labels(),
        **fl.follow_up_labels(),
        **fl.contact_labels(),
        **fl.participation_labels(),
        **fl.person_labels(),
    }
    return labels.get(name, translate("privacy", "Text"))


def _shown(value: str, pattern: re.Pattern[str] | None) -> str:
    """A value for the readable copy: yes/no for flags, excerpts around mentions in long text."""
    if value in ("True", "False"):
        return translate("privacy", "yes") if value == "True" else translate("privacy", "no")
    if len(value) <= 400 or pattern is None:
        return value
    value = unicodedata.normalize("NFC", value)  # the offsets of pattern.finditer
    parts = []
    for match in list(pattern.finditer(value))[:3]:
        start, end = max(match.start() - 80, 0), min(match.end() + 80, len(value))
        parts.append(value[start:end].replace("\n", " "))
    return "… " + " … ".join(parts) + " …" if parts else value[:400] + " …"


def erase_summary(result: EraseResult) -> str:
    """One line saying what an erasure changed (the window and the command line print it)."""
    text = translate(
        "privacy",
        "Erased: {rows} records deleted, {anonymised} anonymised, {refs} references and "
        "{notes} notes cleaned; {backups} backups rewritten.",
    ).format(
        rows=result.deleted_rows,
        anonymised=result.anonymised_rows,
        refs=result.blanked_references,
        notes=result.redacted_notes,
        backups=result.cleaned_backups,
    )
    if result.removed_drafts:
        text += " " + translate("privacy", "{count} unsaved drafts were deleted.").format(
            count=result.removed_drafts
        )
    if result.removed_backups:
        names = ", ".join(Path(path).name for path in result.removed_backups)
        if result.disk_full:
            text += " " + translate(
                "privacy",
                "The disk was full: {count} backups could not be cleaned and were deleted so "
                "that no copy keeps the person: {names}. Free space; the next backup is taken "
                "as usual.",
            ).format(count=len(result.removed_backups), names=names)
        else:
            text += " " + translate(
                "privacy", "{count} backups could not be cleaned and were deleted: {names}."
            ).format(count=len(result.removed_backups), names=names)
    return text


def person_document(report: PersonReport) -> PersonDocument:
    """The access report as the PDF prints it: headings, labels and the shown text (excerpts
    around mentions in long text), empty fields left out."""
    pattern = _mention_pattern(report.query.name) if report.query.name else None
    return PersonDocument(
        person=report.query.describe(),
        generated_at=report.generated_at,
        sections=tuple(
            PersonSection(
                record.heading(number),
                tuple(
                    (_field_label(key), _shown(value, pattern))
                    for key, value in record.fields.items()
                    if value
                ),
            )
            for number, record in enumerate(report.records, start=1)
        ),
        information=tuple((heading, text) for _key, heading, text in access_information()),
    )


def report_text(report: PersonReport) -> str:
    pattern = _mention_pattern(report.query.name) if report.query.name else None
    lines = [
        translate("privacy", "Personal data stored in Samordnare Desktop"),
        "",
        translate("privacy", "Person: {person}").format(person=report.query.describe()),
        translate("privacy", "Produced: {when}").format(
            when=report.generated_at.strftime("%Y-%m-%d %H:%M")
        ),
        translate("privacy", "Records found: {count}").format(count=len(report.records)),
        "",
    ]
    for number, record in enumerate(report.records, start=1):
        lines.append(record.heading(number))
        for key, value in record.fields.items():
            if value:
                lines.append(f"   {_field_label(key)}: {_shown(value, pattern)}")
        lines.append("")
    for _key, heading, text in access_information():
        lines += [heading, f"   {text}", ""]
    return "\n".join(lines)
