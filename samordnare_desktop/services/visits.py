"""Use cases for meetings: plan, edit, list and cancel visits to a municipality and meetings of
every other kind (dialogue meetings, visits to an SiS home or a region, conferences, the
ministry), each tied to none, one or many organisations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, time
from pathlib import Path

from sqlalchemy import Select, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from samordnare_desktop.db.dialects import RawId
from samordnare_desktop.db.engine import Database
from samordnare_desktop.db.plain_rows import Typed, plain_day, plain_id, plain_rows, plain_time
from samordnare_desktop.db.stamps import table_stamps
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.care_places import FocusGroup, VisitFocusGroup
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.municipality import County, Municipality
from samordnare_desktop.domain.organisation import Organisation, VisitOrganisation
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.domain.visit_questions import MAX_QUESTION_TEXT, Question, VisitQuestion
from samordnare_desktop.domain.visit_rules import (
    ProgrammeStage,
    VisitWarning,
    all_warnings,
    warnings_for,
)
from samordnare_desktop.i18n import language, translate
from samordnare_desktop.services.programme import ProgrammeService


@dataclass(frozen=True)
class VisitInput:
    """What the user types for a visit; validated by :func:`validate_visit`.

    ``municipality_id`` is required for a first or follow-up visit and optional otherwise;
    ``organisation_ids`` are the other organisations the meeting is tied to (a municipal visit is
    tied to its municipality's organisation without naming it here)."""

    municipality_id: uuid.UUID | None
    kind: VisitKind
    day: date
    start_time: time | None = None
    end_time: time | None = None
    status: VisitStatus = VisitStatus.PLANNED
    title: str = ""
    venue_name: str = ""
    venue_address: str = ""
    venue_room: str = ""
    host_contact_id: uuid.UUID | None = None
    first_visit_id: uuid.UUID | None = None
    notes: str = ""
    has_press_meeting: bool = False
    press_start: time | None = None
    press_end: time | None = None
    press_place: str = ""
    press_contact_name: str = ""
    press_contact_phone: str = ""
    press_contact_email: str = ""
    organisation_ids: tuple[uuid.UUID, ...] = ()


@dataclass(frozen=True)
class VisitRow:
    """A visit as lists and documents show it (with its municipality, if any, and organisations;
    a meeting without a municipality has empty municipality code, name and county)."""

    id: uuid.UUID
    version: int
    municipality_id: uuid.UUID | None
    municipality_code: str
    municipality_name: str
    county_name: str
    kind: VisitKind
    status: VisitStatus
    day: date
    start_time: time | None
    end_time: time | None
    title: str
    venue_name: str
    venue_address: str
    venue_room: str
    host_contact_id: uuid.UUID | None
    first_visit_id: uuid.UUID | None
    notes: str
    has_press_meeting: bool
    press_start: time | None
    press_end: time | None
    press_place: str
    press_contact_name: str
    press_contact_phone: str
    press_contact_email: str
    # Every organisation the meeting is tied to (the municipality's first), ids and names alike.
    organisation_ids: tuple[uuid.UUID, ...] = ()
    organisation_names: tuple[str, ...] = ()
    municipality_organisation_id: uuid.UUID | None = None
    # Organisations deleted since they were tied: the tie stays (the meeting happened with them)
    # and the form shows them as "(borttagen)".
    deleted_organisation_ids: frozenset[uuid.UUID] = frozenset()

    def as_input(self) -> VisitInput:
        names = {f.name for f in fields(VisitInput)} - {"organisation_ids"}
        return VisitInput(
            **{n: getattr(self, n) for n in names},
            organisation_ids=self.other_organisation_ids,
        )

    @property
    def other_organisation_ids(self) -> tuple[uuid.UUID, ...]:
        """The organisations besides the municipality's own."""
        return tuple(o for o in self.organisation_ids if o != self.municipality_organisation_id)

    @property
    def display_title(self) -> str:
        """The visit's own title, or its kind ("Första besök")."""
        return self.title or self.kind.label()

    @property
    def place_label(self) -> str:
        """Where or with whom, short enough for a page header: the municipality, else one or
        two organisations ("Famna, KFS"), else their number ("10 organisations")."""
        return place_label(self.municipality_name, self.organisation_names)

    @property
    def organisations_label(self) -> str:
        return ", ".join(self.organisation_names)


def place_label(municipality_name: str, organisation_names: Sequence[str]) -> str:
    """Where or with whom a visit is (VisitRow.place_label): the municipality, else one or two
    organisations in the order the row holds them (by name), else their number."""
    if municipality_name:
        return municipality_name
    if len(organisation_names) <= 2:
        return ", ".join(organisation_names)
    return translate("visits", "{count} organisations").format(count=len(organisation_names))


@dataclass(frozen=True)
class VisitChoice:
    """A visit as a chooser lists it (the few columns a label and its place need);
    ``municipality_name`` is its place_label (a meeting without a municipality: its
    organisations)."""

    id: uuid.UUID
    municipality_id: uuid.UUID | None
    municipality_name: str
    kind: VisitKind
    title: str
    day: date
    start_time: time | None = None

    @property
    def display_title(self) -> str:
        return self.title or self.kind.label()

    @property
    def place_label(self) -> str:
        return self.municipality_name


_NO_TIME = time.min
# the tables a visit choice is read from (VisitService.choices): while none of them changed,
# choices read before are current
_CHOICE_TABLES = (Visit, Municipality, VisitOrganisation, Organisation)


def choice_order(visit: VisitRow | VisitChoice) -> tuple:
    """Where ``visit`` stands in a chooser (VisitService.choices): by day, then time (none
    first), place and id: a total order, so that a list kept up to date row by row stands as
    a fresh read puts it."""
    at = visit.start_time
    return (visit.day, at is not None, at or _NO_TIME, visit.place_label, visit.id)


def list_order(visit: VisitRow) -> tuple:
    """Where ``visit`` stands in the list as read (VisitService.list: ``_LIST_ORDER`` is this in
    SQL): by day, then start time (none first), municipality name (none first) and id: a total
    order, so that a list kept up to date row by row (the Besök list after a change notice)
    stands as a fresh read puts it. Names compare by code point, as SQLite does (and a server
    made with the C locale, as the tests' is)."""
    at = visit.start_time
    return (visit.day, at is not None, at or _NO_TIME, visit.municipality_name, visit.id)


# list_order in SQL, on both databases: NULL times first (PostgreSQL puts them last by default)
_LIST_ORDER = (
    Visit.day,
    Visit.start_time.is_not(None),
    Visit.start_time,
    func.coalesce(Municipality.name, ""),
    Visit.id,
)


@dataclass(frozen=True)
class VisitFilter:
    municipality_id: uuid.UUID | None = None
    municipality_code: str | None = None
    organisation_id: uuid.UUID | None = None
    kinds: frozenset[VisitKind] = field(default_factory=frozenset)
    statuses: frozenset[VisitStatus] = field(default_factory=frozenset)
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class QuestionRow:
    """A question of the catalogue; ``number`` is how agendas refer to it ("Fråga 2")."""

    id: uuid.UUID
    version: int
    number: int
    text: str
    is_default: bool
    retired: bool = False


@dataclass(frozen=True)
class _Facts:
    """A visit being edited, as the warning rules see it."""

    id: uuid.UUID | None
    municipality_id: uuid.UUID | None
    municipality_name: str
    kind: VisitKind
    status: VisitStatus
    day: date


DEFAULT_QUESTION_KINDS = frozenset({VisitKind.FIRST, VisitKind.FOLLOW_UP})


def validate_visit(data: VisitInput) -> VisitInput:
    """Normalise and check a visit; raises ``ValidationError`` naming the bad field."""
    if data.municipality_id is None and data.kind.needs_municipality:
        raise ValidationError(
            "municipality_id", translate("visits", "Choose the municipality to visit.")
        )
    for name in ("start_time", "end_time", "press_start", "press_end"):
        v.existing_local_time(data.day, getattr(data, name), name)
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise ValidationError(
            "end_time", translate("visits", "The visit must end after it starts.")
        )
    if (
        data.has_press_meeting
        and data.press_start
        and data.press_end
        and data.press_end <= data.press_start
    ):
        raise ValidationError(
            "press_end", translate("visits", "The press meeting must end after it starts.")
        )
    if data.first_visit_id is not None and data.kind is not VisitKind.FOLLOW_UP:
        data = _replace(data, first_visit_id=None)
    return _replace(
        data,
        title=v.optional_text(data.title, "title"),
        venue_name=v.optional_text(data.venue_name, "venue_name"),
        venue_address=v.optional_text(data.venue_address, "venue_address", max_length=300),
        venue_room=v.optional_text(data.venue_room, "venue_room"),
        notes=v.optional_text(data.notes, "notes", max_length=v.MAX_LONG_TEXT, multiline=True),
        press_place=v.optional_text(data.press_place, "press_place"),
        press_contact_name=v.optional_text(data.press_contact_name, "press_contact_name"),
        press_contact_phone=v.optional_phone(data.press_contact_phone, "press_contact_phone"),
        press_contact_email=v.optional_email(data.press_contact_email, "press_contact_email"),
    )


def _replace(data: VisitInput, **changes: object) -> VisitInput:
    from dataclasses import replace

    return replace(data, **changes)


# The columns a VisitRow shows, in its field order (the list reads these, not whole entities).
_VISIT_COLUMNS = (
    type_coerce(Visit.id, RawId).label("visit_id"),  # ids as stored text: see _row
    Visit.version,
    type_coerce(Municipality.id, RawId).label("municipality_id"),
    func.coalesce(Municipality.code, ""),  # a meeting without a municipality has none
    func.coalesce(Municipality.name, ""),
    func.coalesce(County.name, ""),
    Visit.kind,
    Visit.status,
    Visit.day,
    Visit.start_time,
    Visit.end_time,
    Visit.title,
    Visit.venue_name,
    Visit.venue_address,
    Visit.venue_room,
    type_coerce(Visit.host_contact_id, RawId).label("host_contact_id"),
    type_coerce(Visit.first_visit_id, RawId).label("first_visit_id"),
    Visit.notes,
    Visit.has_press_meeting,
    Visit.press_start,
    Visit.press_end,
    Visit.press_place,
    Visit.press_contact_name,
    Visit.press_contact_phone,
    Visit.press_contact_email,
)


def _uuid(value: str | uuid.UUID | None, known: dict) -> uuid.UUID | None:
    """The id ``value`` as read (hex text; psycopg's own ``uuid.UUID`` read without SQLAlchemy),
    one object per distinct id (``known``)."""
    if value is None:
        return None
    found = known.get(value)
    if found is None:
        found = known[value] = value if isinstance(value, uuid.UUID) else uuid.UUID(value)
    return found


_ROW_FIELDS = tuple(f.name for f in fields(VisitRow))
_new = object.__new__


def _made(values: Iterable[object]) -> VisitRow:
    """A VisitRow of its field values in field order, without the frozen dataclass's
    ``__init__`` (one ``object.__setattr__`` per field, 29 of them): the same row at a third of
    the cost, which the list pays 5,000 times at ten times the programme."""
    row = _new(VisitRow)
    row.__dict__.update(zip(_ROW_FIELDS, values, strict=True))
    return row


def _row(
    *values: object,
    known: dict[str, uuid.UUID] | None = None,
    orgs: Sequence[tuple[uuid.UUID, str, uuid.UUID | None, bool]] = (),
) -> VisitRow:
    """A VisitRow from the columns above; ``known`` shares the UUID objects of ids that repeat
    over a list (municipality, first visit, host): one object each, not one per row."""
    known = {} if known is None else known
    (visit_id, version, municipality_id, *middle) = values
    head = middle[:12]
    host, first, *tail = middle[12:]
    municipality = _uuid(municipality_id, known)  # type: ignore[arg-type]
    ids, names, own, deleted = _ties(orgs, municipality)
    return _made(
        (
            visit_id if isinstance(visit_id, uuid.UUID) else uuid.UUID(visit_id),  # type: ignore[arg-type]
            version,
            municipality,
            *head,
            _uuid(host, known),  # type: ignore[arg-type]
            _uuid(first, known),  # type: ignore[arg-type]
            *tail,
            ids,
            names,
            own,
            deleted,
        )
    )


_NONE: frozenset[uuid.UUID] = frozenset()


def _ties(
    orgs: Sequence[tuple[uuid.UUID, str, uuid.UUID | None, bool]], municipality: uuid.UUID | None
) -> tuple[tuple[uuid.UUID, ...], tuple[str, ...], uuid.UUID | None, frozenset[uuid.UUID]]:
    """A meeting's organisations as its row holds them: ids and names (the municipality's own
    first, then by name), the municipality's own, and those deleted since."""
    if not orgs:
        return (), (), None, _NONE
    own = next((o for o, _n, m, _d in orgs if m is not None and m == municipality), None)
    ordered = (  # most meetings have one organisation: nothing to sort
        orgs if len(orgs) < 2 else sorted(orgs, key=lambda o: (o[0] != own, v.match_key(o[1])))
    )
    deleted = frozenset(o[0] for o in orgs if o[3]) if any(o[3] for o in orgs) else _NONE
    return tuple(o[0] for o in ordered), tuple(o[1] for o in ordered), own, deleted


_KINDS = {k.value: k for k in VisitKind}
_STATUSES = {s.value: s for s in VisitStatus}


def _base_query(db: Database) -> Select:
    columns = _VISIT_COLUMNS
    if not db.may_read("visit", "notes"):  # the reading role: the server withholds the notes
        columns = tuple(
            literal("").label("notes") if c is Visit.notes else c for c in _VISIT_COLUMNS
        )
    return (
        select(*columns)
        .outerjoin(Municipality, Visit.municipality_id == Municipality.id)
        .outerjoin(County, Municipality.county_id == County.id)
        .where(Visit.deleted_at.is_(None))
    )


_ORGANISATIONS = select(
    type_coerce(VisitOrganisation.visit_id, RawId),
    type_coerce(Organisation.id, RawId),
    Organisation.name,
    type_coerce(Organisation.municipality_id, RawId),
    Organisation.deleted_at.is_not(None),
).join(Organisation, VisitOrganisation.organisation_id == Organisation.id)


def _organisations_of(
    s: Session, visit_ids: Sequence[uuid.UUID], known: dict[str, uuid.UUID] | None = None
) -> dict[str, list[tuple[uuid.UUID, str, uuid.UUID | None, bool]]]:
    """Each visit's organisations (id, name, municipality, deleted since) of ``visit_ids``,
    keyed by the visit id as stored (text, as the lists select it). Ids come as text and become
    UUIDs once each (``known``: shared with the rows; few distinct organisations)."""
    known = {} if known is None else known
    found: dict[str, list[tuple[uuid.UUID, str, uuid.UUID | None, bool]]] = {}
    for i in range(0, len(visit_ids), 500):
        batch = list(visit_ids[i : i + 500])
        statement = _ORGANISATIONS.where(VisitOrganisation.visit_id.in_(batch))
        _organisation_lists(s.execute(statement), known, found)
    return found


def _organisation_lists(
    results: Iterable[Sequence[object]], known: dict, found: dict | None = None
) -> dict:
    """``found`` (a new dict if None) with each of ``results``' organisations (rows of
    ``_ORGANISATIONS``) added to its visit's list."""
    found = {} if found is None else found
    if isinstance(known, Typed):  # each id typed on its first lookup
        for visit_id, org_id, name, municipality_id, deleted in results:
            tie = (known[org_id], name, known[municipality_id], bool(deleted))
            ties = found.get(visit_id)
            if ties is None:
                found[visit_id] = [tie]
            else:
                ties.append(tie)
        return found
    for visit_id, org_id, name, municipality_id, deleted in results:
        found.setdefault(visit_id, []).append(
            (_uuid(org_id, known), name, _uuid(municipality_id, known), bool(deleted))  # type: ignore[arg-type]
        )
    return found


def _rows(s: Session, results) -> list[VisitRow]:
    """VisitRows of ``results`` (rows of ``_VISIT_COLUMNS``) with their organisations."""
    results = list(results)
    known: dict[str, uuid.UUID] = {}
    orgs = _organisations_of(s, [uuid.UUID(r[0]) for r in results], known)
    return [_row(*r, known=known, orgs=orgs.get(r[0], ())) for r in results]


# Every live visit, the Besök tab's first read (5,000 meetings at ten times the programme): the
# statements above, compiled once per database kind, run as plain SQL (their rows as the driver
# gives them: plain_rows), and their values typed here (``_listed``) instead of by SQLAlchemy
# value by value: about a third of the CPU.
_ALL_SQL: dict[tuple[str, bool], tuple[str, str]] = {}


def _all_rows(s: Session, db: Database) -> list[VisitRow]:
    conn = s.connection()
    key = (conn.dialect.name, db.may_read("visit", "notes"))
    sql = _ALL_SQL.get(key)
    if sql is None:

        def compiled(statement: Select) -> str:
            options = {"literal_binds": True}
            return str(statement.compile(dialect=conn.dialect, compile_kwargs=options))

        visits = _base_query(db).order_by(*_LIST_ORDER)
        sql = _ALL_SQL[key] = (compiled(visits), compiled(_ORGANISATIONS))
    results = plain_rows(conn, sql[0])
    known = Typed(plain_id)
    return _listed(results, known, _organisation_lists(plain_rows(conn, sql[1]), known))


def _listed(results: Sequence[Sequence], known: dict, orgs: dict) -> list[VisitRow]:
    """VisitRows of rows of ``_VISIT_COLUMNS`` as the driver gives them (SQLite: enum values, ISO
    text, 0/1; psycopg: dates, times, booleans, ``uuid.UUID``), typed as SQLAlchemy would type
    them: ``_row``'s work in one loop, the usual meeting (one organisation) without a sort.
    ``known``: the ids read so far (a :class:`Typed` of :func:`plain_id`)."""
    kinds, statuses, names, found, new = _KINDS, _STATUSES, _ROW_FIELDS, [], _new
    ids = known if isinstance(known, Typed) else Typed(plain_id)
    if ids is not known:
        ids.update(known)
    days = Typed(plain_day)
    times = Typed(plain_time)
    none = _NONE
    for r in results:
        visit_id = r[0]
        municipality = ids[r[2]]
        ties = orgs.get(visit_id, ())
        if len(ties) == 1:  # the usual meeting: nothing to put in order
            org_id, org_name, org_municipality, deleted = ties[0]
            own = (
                org_id
                if org_municipality is not None
                and (org_municipality is municipality or org_municipality == municipality)
                else None
            )
            tied = ((org_id,), (org_name,), own, frozenset((org_id,)) if deleted else none)
        else:
            tied = _ties(ties, municipality)
        row = new(VisitRow)
        row.__dict__.update(
            zip(
                names,
                (
                    plain_id(visit_id),
                    r[1],
                    municipality,
                    r[3],
                    r[4],
                    r[5],
                    kinds[r[6]],
                    statuses[r[7]],
                    days[r[8]],
                    times[r[9]],
                    times[r[10]],
                    r[11],
                    r[12],
                    r[13],
                    r[14],
                    ids[r[15]],
                    ids[r[16]],
                    r[17],
                    bool(r[18]),
                    times[r[19]],
                    times[r[20]],
                    r[21],
                    r[22],
                    r[23],
                    r[24],
                    *tied,
                ),
                strict=False,  # the fields, each once above (tests compare field for field)
            )
        )
        found.append(row)
    return found


def live_visit(s: Session, visit_id: uuid.UUID) -> Visit:
    """The visit, or ``NotFoundError`` when it is gone or deleted (every service that works on a
    visit's agenda, participants or documents starts here)."""
    visit = s.get(Visit, visit_id)
    if visit is None or visit.is_deleted:
        raise NotFoundError(translate("visits", "The visit no longer exists."))
    return visit


class QuestionCatalogue:
    """The questions a visit explores: the catalogue (numbered, retired rather than deleted, some
    ticked by default) and the questions ticked on each visit."""

    db: Database

    def _set_questions(
        self, s: Session, visit_id: uuid.UUID, question_ids: Iterable[uuid.UUID]
    ) -> None:
        wanted = set(question_ids)
        links = s.scalars(select(VisitQuestion).where(VisitQuestion.visit_id == visit_id)).all()
        for link in links:
            if link.question_id not in wanted:
                s.delete(link)
        present = {link.question_id for link in links}
        for question_id in wanted - present:
            question = s.get(Question, question_id)
            if question is None:
                raise NotFoundError(translate("visits", "The question no longer exists."))
            if question.is_deleted:  # retired: visits that have it keep it, no new ones
                raise ValidationError(
                    "questions",
                    translate(
                        "visits", "Question {number} is retired and cannot be added to a visit."
                    ).format(number=question.number),
                )
            s.add(VisitQuestion(visit_id=visit_id, question_id=question_id))

    def questions(self, *, include_retired: bool = False) -> list[QuestionRow]:
        """The question catalogue in number order (retired questions only if asked)."""
        query = select(Question).order_by(Question.number)
        if not include_retired:
            query = query.where(Question.deleted_at.is_(None))
        with self.db.read() as s:
            return [_question_row(q) for q in s.scalars(query)]

    def retire_question(self, question_id: uuid.UUID) -> QuestionRow:
        """Hide a question from new visits and the catalogue; visits that explore it keep it,
        and its number is never given to another question."""
        return self._set_retired(question_id, True)

    def reinstate_question(self, question_id: uuid.UUID) -> QuestionRow:
        """Bring a retired question back into use."""
        return self._set_retired(question_id, False)

    def _set_retired(self, question_id: uuid.UUID, retired: bool) -> QuestionRow:
        with self.db.write() as s:
            question = s.get(Question, question_id)
            if question is None:
                raise NotFoundError(translate("visits", "The question no longer exists."))
            if question.is_deleted != retired:
                question.deleted_at = utcnow() if retired else None
                s.flush()
            return _question_row(question)

    def add_question(self, text: str, *, is_default: bool = False) -> QuestionRow:
        """Add a question to the catalogue with the next free number."""
        text = v.required_text(text, "text", max_length=MAX_QUESTION_TEXT)
        with self.db.write() as s:
            number = (s.scalar(select(func.max(Question.number))) or 0) + 1
            question = Question(number=number, text=text, is_default=is_default)
            s.add(question)
            s.flush()
            return _question_row(question)

    def update_question(
        self,
        question_id: uuid.UUID,
        text: str,
        *,
        is_default: bool,
        expected_version: int | None,
    ) -> QuestionRow:
        text = v.required_text(text, "text", max_length=MAX_QUESTION_TEXT)
        with self.db.write() as s:
            question = s.get(Question, question_id)
            if question is None:
                raise NotFoundError(translate("visits", "The question no longer exists."))
            ensure_version(question.version, expected_version)
            question.text = text
            question.is_default = is_default
            s.flush()
            return _question_row(question)

    def question_ids_of(self, visit_id: uuid.UUID) -> frozenset[uuid.UUID]:
        with self.db.read() as s:
            return frozenset(
                s.scalars(
                    select(VisitQuestion.question_id).where(VisitQuestion.visit_id == visit_id)
                )
            )

    def questions_of(self, visit_id: uuid.UUID) -> list[tuple[int, str]]:
        """The questions a visit explores, as ``(number, text)`` in number order ("Fråga 1")."""
        with self.db.read() as s:
            rows = s.execute(
                select(Question.number, Question.text)
                .join(VisitQuestion, VisitQuestion.question_id == Question.id)
                .where(VisitQuestion.visit_id == visit_id)  # retired ones too: it explored them
                .order_by(Question.number)
            )
            return [(number, text) for number, text in rows]

    def questions_by_visit(
        self, visit_ids: Iterable[uuid.UUID]
    ) -> dict[uuid.UUID, list[tuple[int, str]]]:
        """:meth:`questions_of` for many visits in one query (visits without any are absent)."""
        wanted = list(visit_ids)
        found: dict[uuid.UUID, list[tuple[int, str]]] = {}
        with self.db.read() as s:
            for start in range(0, len(wanted), 500):  # stay under SQLite's parameter limit
                rows = s.execute(
                    select(VisitQuestion.visit_id, Question.number, Question.text)
                    .join(Question, VisitQuestion.question_id == Question.id)
                    .where(VisitQuestion.visit_id.in_(wanted[start : start + 500]))
                    .order_by(Question.number)
                )
                for visit_id, number, text in rows:
                    found.setdefault(visit_id, []).append((number, text))
        return found


class VisitPlanningChecks:
    """What the programme and the planning rules say about visits: each municipality's programme
    stage, and the planning warnings for the visits listed or for one as it stands in the form."""

    db: Database

    def is_first_start(self) -> bool:
        """Nothing to work with yet: no municipality in the programme and no visit (the window
        then welcomes the user with three ways in)."""
        with self.db.read() as s:
            member = s.scalar(
                select(Municipality.id).where(Municipality.in_programme.is_(True)).limit(1)
            )
            visit = s.scalar(select(Visit.id).where(Visit.deleted_at.is_(None)).limit(1))
        return member is None and visit is None

    def programme_stages(
        self, municipality_ids: Iterable[uuid.UUID] | None = None
    ) -> dict[uuid.UUID, ProgrammeStage]:
        """Every municipality's programme stage (services.programme)."""
        return ProgrammeService(self.db).stages(municipality_ids)

    def warnings(
        self, rows: Sequence[VisitRow] | None = None, *, today: date | None = None
    ) -> dict[uuid.UUID, list[VisitWarning]]:
        """Planning warnings for every visit (``rows``: all visits, if already loaded); a
        planned visit before ``today`` (default: the real today) is flagged as past."""
        return all_warnings(self.list() if rows is None else rows, today=today or date.today())

    def warnings_for_input(
        self, data: VisitInput, visit_id: uuid.UUID | None = None, *, today: date | None = None
    ) -> list[VisitWarning]:
        """Warnings for a visit as it stands in the form (before or after saving)."""
        with self.db.read() as s:
            municipality = (
                s.get(Municipality, data.municipality_id) if data.municipality_id else None
            )
            first = (
                self._first_visit(s, data.municipality_id, visit_id)
                if data.kind in (VisitKind.FIRST, VisitKind.FOLLOW_UP)
                and data.municipality_id is not None
                else None
            )
            first_day = first.day if first else None
        same_day = self.list(VisitFilter(date_from=data.day, date_to=data.day))
        facts = _Facts(
            visit_id,
            data.municipality_id,
            municipality.name if municipality else "",
            data.kind,
            data.status,
            data.day,
        )
        return warnings_for(
            facts,
            same_day,
            first_day if data.kind is VisitKind.FOLLOW_UP else None,
            other_first_day=first_day if data.kind is VisitKind.FIRST else None,
            today=today or date.today(),
        )


class VisitService(VisitPlanningChecks, QuestionCatalogue):
    def __init__(self, db: Database) -> None:
        self.db = db
        # the choices read ahead (read_choices_ahead): their tables' stamps and language then
        self._choices_ahead: tuple[tuple, str, list[VisitChoice]] | None = None

    def _get(self, s: Session, visit_id: uuid.UUID) -> Visit:
        return live_visit(s, visit_id)

    def get(self, visit_id: uuid.UUID) -> VisitRow:
        with self.db.read() as s:
            found = s.execute(_base_query(self.db).where(Visit.id == visit_id)).first()
            if found is None:
                raise NotFoundError(translate("visits", "The visit no longer exists."))
            return _rows(s, [found])[0]

    def rows(self, visit_ids: Iterable[uuid.UUID]) -> list[VisitRow]:
        """The live visits among ``visit_ids`` (one query; deleted or unknown ids are absent)."""
        wanted = list(visit_ids)
        if not wanted:
            return []
        with self.db.read() as s:
            return _rows(s, s.execute(_base_query(self.db).where(Visit.id.in_(wanted))))

    def read_choices_ahead(self) -> list[VisitChoice]:
        """Read :meth:`choices` now (in a worker, before Deltagare is first shown), for the next
        call to take while their tables do not change: at ten times the programme some 25 ms
        of the tab's first read. Returns them (the very list the next call takes)."""
        with self.db.read() as s:
            stamp = table_stamps(s, _CHOICE_TABLES)
        found = self._read_choices()
        self._choices_ahead = (stamp, language(), found)
        return found

    def choices(self) -> list[VisitChoice]:
        """Every live visit for a chooser, in date order: six columns, not the whole visit;
        those read ahead (taken once) while none of their tables changed and the language is
        the same (a meeting's place may be "3 organisations"), else read now."""
        kept, self._choices_ahead = self._choices_ahead, None
        if kept is not None and kept[1] == language():
            with self.db.read() as s:
                if table_stamps(s, _CHOICE_TABLES) == kept[0]:
                    return kept[2]
        return self._read_choices()

    def _read_choices(self) -> list[VisitChoice]:
        query = (
            select(
                type_coerce(Visit.id, RawId).label("visit_id"),
                type_coerce(Visit.municipality_id, RawId).label("municipality_id"),
                func.coalesce(Municipality.name, ""),
                Visit.kind,
                Visit.title,
                Visit.day,
                Visit.start_time,
            )
            .outerjoin(Municipality, Visit.municipality_id == Municipality.id)
            .where(Visit.deleted_at.is_(None))
            .order_by(Visit.day, Visit.start_time)  # nearly sorted: choice_order's sort is quick
        )
        with self.db.read() as s:
            rows = s.execute(query).all()
            elsewhere = [uuid.UUID(r[0]) for r in rows if r[1] is None]
            orgs = _organisations_of(s, elsewhere) if elsewhere else {}
        municipalities: dict[str, uuid.UUID] = {}
        result = []
        for visit_id, municipality_id, name, kind, title, day, at in rows:
            m = None
            if municipality_id is not None:
                m = municipalities.get(municipality_id)
                if m is None:
                    m = municipalities[municipality_id] = uuid.UUID(municipality_id)
            else:  # a meeting without a municipality: named by its organisations, as in lists
                name = place_label("", _ties(orgs.get(visit_id, ()), None)[1])
            # RawId is 32 hex digits: from their number (UUID(hex) strips and checks the text)
            result.append(
                VisitChoice(uuid.UUID(int=int(visit_id, 16)), m, name, kind, title, day, at)
            )
        result.sort(key=choice_order)
        return result

    def count(self) -> int:
        """How many live visits there are (services.programme)."""
        return ProgrammeService(self.db).visit_count()

    def list(self, flt: VisitFilter | None = None) -> list[VisitRow]:
        """Visits matching ``flt``, in date order (:func:`list_order`)."""
        if flt is None or flt == VisitFilter():  # every visit (the Besök list)
            with self.db.read() as s:
                return _all_rows(s, self.db)
        query = _base_query(self.db)
        if flt.municipality_id:
            query = query.where(Visit.municipality_id == flt.municipality_id)
        if flt.municipality_code:
            query = query.where(Municipality.code == flt.municipality_code.strip())
        if flt.organisation_id:
            query = query.where(
                Visit.id.in_(
                    select(VisitOrganisation.visit_id).where(
                        VisitOrganisation.organisation_id == flt.organisation_id
                    )
                )
            )
        if flt.kinds:
            query = query.where(Visit.kind.in_(flt.kinds))
        if flt.statuses:
            query = query.where(Visit.status.in_(flt.statuses))
        if flt.date_from:
            query = query.where(Visit.day >= flt.date_from)
        if flt.date_to:
            query = query.where(Visit.day <= flt.date_to)
        with self.db.read() as s:
            rows = s.execute(query.order_by(*_LIST_ORDER))
            return _rows(s, rows)

    def by_id_text(self, text: str) -> VisitRow:
        """The meeting whose id is ``text`` or starts with it (at least 8 hex digits, dashes
        optional), for the command line; a clear error if none or several."""
        from samordnare_desktop.services.agenda_reader import visit_id_by_text  # the CLI's only

        with self.db.read_raw() as conn:
            visit_id = visit_id_by_text(conn, text)
        return self.get(visit_id)

    def find_one(self, municipality_code: str, day: date) -> VisitRow:
        """The single visit to a municipality on a day (CLI lookups); clear error if none or several."""
        from samordnare_desktop.services.agenda_reader import visit_id_on  # the CLI's only

        with self.db.read_raw() as conn:
            visit_id = visit_id_on(conn, municipality_code, day)
        return self.get(visit_id)

    def create(
        self,
        data: VisitInput,
        *,
        question_ids: Iterable[uuid.UUID] | None = None,
        focus_group_ids: Iterable[uuid.UUID] = (),
    ) -> VisitRow:
        """Add a visit. ``question_ids=None``: a first or follow-up visit gets the default
        questions. A follow-up is linked to the municipality's first visit automatically.
        ``focus_group_ids``: the target groups the meeting concerns (issue #17)."""
        data = validate_visit(data)
        with self.db.write() as s:
            if (
                data.municipality_id is not None
                and s.get(Municipality, data.municipality_id) is None
            ):
                raise NotFoundError(
                    translate("municipalities", "The municipality no longer exists.")
                )
            data = self._link_first_visit(s, data, None)
            visit = Visit(**_columns(data))
            s.add(visit)
            s.flush()
            visit_id = visit.id
            self._set_organisations(s, visit, data.organisation_ids)
            if question_ids is None and data.kind in DEFAULT_QUESTION_KINDS:
                question_ids = s.scalars(
                    select(Question.id).where(
                        Question.deleted_at.is_(None), Question.is_default.is_(True)
                    )
                ).all()
            self._set_questions(s, visit_id, question_ids or ())
            _set_focus_groups(s, visit_id, focus_group_ids)
            if data.kind is VisitKind.FIRST:
                self._adopt_follow_ups(s, visit)
        return self.get(visit_id)

    def update(
        self,
        visit_id: uuid.UUID,
        data: VisitInput,
        *,
        expected_version: int | None,
        question_ids: Iterable[uuid.UUID] | None = None,
        focus_group_ids: Iterable[uuid.UUID] | None = None,
    ) -> VisitRow:
        """Save an edit; ``question_ids=None`` keeps the visit's questions as they are,
        ``focus_group_ids=None`` its focus groups."""
        data = validate_visit(data)
        with self.db.write() as s:
            visit = self._get(s, visit_id)
            ensure_version(visit.version, expected_version)
            if (
                data.municipality_id is not None
                and s.get(Municipality, data.municipality_id) is None
            ):
                raise NotFoundError(
                    translate("municipalities", "The municipality no longer exists.")
                )
            if visit.kind is VisitKind.FIRST and data.kind is not VisitKind.FIRST:
                self._check_no_follow_ups(s, visit, data.kind)
            data = self._link_first_visit(s, data, visit_id)
            for key, value in _columns(data).items():
                if getattr(visit, key) != value:
                    setattr(visit, key, value)
            self._set_organisations(s, visit, data.organisation_ids)
            if question_ids is not None:
                self._set_questions(s, visit_id, question_ids)
            if focus_group_ids is not None:
                _set_focus_groups(s, visit_id, focus_group_ids)
            s.flush()
            if data.kind is VisitKind.FIRST:
                self._adopt_follow_ups(s, visit)
        return self.get(visit_id)

    def _set_organisations(
        self, s: Session, visit: Visit, organisation_ids: Iterable[uuid.UUID]
    ) -> None:
        """Tie the meeting to its municipality's organisation and to ``organisation_ids``.

        An organisation deleted since it was tied stays tied while it is named (the meeting
        happened with it; the form shows it as "(borttagen)"), so such a meeting saves as any
        other; a deleted one cannot be newly tied: a clear message, nothing saved (the caller's
        transaction rolls back).
        """
        links = {
            link.organisation_id: link
            for link in s.scalars(
                select(VisitOrganisation).where(VisitOrganisation.visit_id == visit.id)
            )
        }
        wanted: list[uuid.UUID] = []
        if visit.municipality_id is not None:
            own = s.scalar(
                select(Organisation.id).where(Organisation.municipality_id == visit.municipality_id)
            )
            if own is not None:
                wanted.append(own)
        named = list(dict.fromkeys(organisation_ids))
        newly_deleted: list[str] = []
        for org_id in named:
            org = s.get(Organisation, org_id)
            if org is None:
                continue
            if org.is_deleted and org_id not in links:
                newly_deleted.append(org.name)
                continue
            if org_id not in wanted:
                wanted.append(org_id)
        if newly_deleted:
            # A deleted organisation can stay tied (the meeting happened with it), never be
            # tied anew: say so rather than drop it without a word.
            everyone = len(newly_deleted) == len(named) and visit.municipality_id is None
            raise ValidationError(
                "organisation_ids",
                translate(
                    "visits",
                    "Every organisation chosen for this meeting has been deleted. Choose an "
                    "organisation that exists, or none.",
                )
                if everyone
                else translate(
                    "visits",
                    "{names}: deleted from the register, so not to be tied to a meeting anew. "
                    "Untick it, or restore it in Organisationer.",
                ).format(names=", ".join(newly_deleted)),
            )
        for org_id, link in links.items():
            if org_id not in wanted:
                s.delete(link)
        for org_id in wanted:
            if org_id not in links:
                s.add(VisitOrganisation(visit_id=visit.id, organisation_id=org_id))
        s.flush()

    @staticmethod
    def _check_no_follow_ups(s: Session, visit: Visit, kind: VisitKind) -> None:
        """A first visit with follow-ups stays a first visit (they point at it, and the
        municipality's programme stage counts from it); deleted follow-ups let go of it."""
        follow_ups = s.scalars(
            select(Visit).where(Visit.first_visit_id == visit.id).order_by(Visit.day)
        ).all()
        live = [f for f in follow_ups if f.deleted_at is None]
        if live:
            raise ValidationError(
                "kind",
                translate(
                    "visits",
                    "This first visit has follow-ups ({days}) that point to it, so it cannot "
                    "become “{kind}”. Delete the follow-ups or plan the meeting as a new one.",
                ).format(days=", ".join(f.day.isoformat() for f in live), kind=kind.label()),
            )
        for follow_up in follow_ups:
            follow_up.first_visit_id = None

    def _first_visit(
        self, s: Session, municipality_id: uuid.UUID, exclude: uuid.UUID | None
    ) -> Visit | None:
        query = (
            select(Visit)
            .where(
                Visit.municipality_id == municipality_id,
                Visit.kind == VisitKind.FIRST,
                Visit.status != VisitStatus.CANCELLED,
                Visit.deleted_at.is_(None),
            )
            .order_by(Visit.day)
            .limit(1)
        )
        if exclude is not None:
            query = query.where(Visit.id != exclude)
        return s.scalars(query).first()

    def _link_first_visit(
        self, s: Session, data: VisitInput, visit_id: uuid.UUID | None
    ) -> VisitInput:
        """A follow-up points at its municipality's first visit (set here, never by hand)."""
        if data.kind is not VisitKind.FOLLOW_UP:
            return _replace(data, first_visit_id=None)
        first = self._first_visit(s, data.municipality_id, visit_id)
        return _replace(data, first_visit_id=first.id if first else None)

    def _adopt_follow_ups(self, s: Session, first: Visit) -> None:
        """Follow-ups planned before their first visit existed get linked to it now."""
        current = self._first_visit(s, first.municipality_id, None)
        if current is None:
            return
        for follow_up in s.scalars(
            select(Visit).where(
                Visit.municipality_id == first.municipality_id,
                Visit.kind == VisitKind.FOLLOW_UP,
                Visit.deleted_at.is_(None),
                Visit.first_visit_id.is_(None),
            )
        ):
            follow_up.first_visit_id = current.id

    def follow_ups_of(self, visit_id: uuid.UUID) -> list[VisitRow]:
        """The follow-ups linked to the first visit ``visit_id`` (in date order)."""
        with self.db.read() as s:
            rows = s.execute(
                _base_query(self.db).where(Visit.first_visit_id == visit_id).order_by(Visit.day)
            )
            return _rows(s, rows)

    def delete(self, visit_id: uuid.UUID) -> tuple[uuid.UUID, ...]:
        """Soft delete; follow-ups linked to it (deleted ones too, so nothing points at a
        deleted visit) are unlinked in the same transaction. Returns their ids (undo with
        :meth:`restore` ``(visit_id, relink=...)``)."""
        with self.db.write() as s:
            visit = self._get(s, visit_id)
            follow_ups = s.scalars(
                select(Visit).where(Visit.first_visit_id == visit_id).order_by(Visit.day)
            ).all()
            for follow_up in follow_ups:
                follow_up.first_visit_id = None
            visit.deleted_at = utcnow()
            return tuple(f.id for f in follow_ups)

    def restore(self, visit_id: uuid.UUID, relink: Iterable[uuid.UUID] = ()) -> None:
        """Undo :meth:`delete`; the follow-ups in ``relink`` point at the visit again."""
        with self.db.write() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFoundError(translate("visits", "The visit no longer exists."))
            visit.deleted_at = None
            for follow_up_id in relink:
                follow_up = s.get(Visit, follow_up_id)
                if follow_up is not None and follow_up.kind is VisitKind.FOLLOW_UP:
                    follow_up.first_visit_id = visit_id

    def first_visit_of(self, municipality_id: uuid.UUID) -> VisitRow | None:
        """The municipality's first visit (not cancelled), if any."""
        visits = self.list(
            VisitFilter(municipality_id=municipality_id, kinds=frozenset({VisitKind.FIRST}))
        )
        visits = [r for r in visits if r.status is not VisitStatus.CANCELLED]
        return visits[0] if visits else None

    def upcoming(self, today: date | None = None) -> list[VisitRow]:
        """Visits from ``today`` on that are not cancelled."""
        rows = self.list(VisitFilter(date_from=today or date.today()))
        return [r for r in rows if r.status is not VisitStatus.CANCELLED]

    def export_ics(self, rows: Sequence[VisitRow], path: Path) -> int:
        """Write ``rows`` to ``path`` as an ``.ics`` calendar; returns the number of events."""
        return export_visits_ics(self, rows, path)

    # --- questions ----------------------------------------------------------------------------

    # --- programme stage and warnings ---------------------------------------------------------


def _columns(data: VisitInput) -> dict[str, object]:
    """The visit's own columns (its organisations are links, set apart)."""
    values = dict(data.__dict__)
    values.pop("organisation_ids")
    return values


def _question_row(q: Question) -> QuestionRow:
    return QuestionRow(q.id, q.version, q.number, q.text, q.is_default, q.is_deleted)


def export_visits_ics(service: VisitService, rows: Sequence[VisitRow], path: Path) -> int:
    """Write ``rows`` as an iCalendar file (with each visit's questions); returns the count."""
    from samordnare_desktop.services.visits_ics import export_ics

    questions = service.questions_by_visit(r.id for r in rows)
    return export_ics(rows, path, lambda row: questions.get(row.id, []))


def _set_focus_groups(s: Session, visit_id: uuid.UUID, group_ids: Iterable[uuid.UUID]) -> None:
    """The meeting's focus groups become exactly ``group_ids`` (in the visit's transaction)."""
    wanted = set(group_ids)
    links = s.scalars(select(VisitFocusGroup).where(VisitFocusGroup.visit_id == visit_id)).all()
    for link in links:
        if link.focus_group_id not in wanted:
            s.delete(link)
    for group_id in wanted - {link.focus_group_id for link in links}:
        group = s.get(FocusGroup, group_id)
        if group is None or group.deleted_at is not None:
            raise NotFoundError(translate("visits", "A focus group ticked no longer exists."))
        s.add(VisitFocusGroup(visit_id=visit_id, focus_group_id=group_id))
