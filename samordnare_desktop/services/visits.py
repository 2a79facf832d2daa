"""Use cases for visits: plan, edit, list and cancel visits to a municipality."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, time
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.municipality import County, Municipality
from samordnare_desktop.domain.visit import Visit, VisitKind, VisitStatus
from samordnare_desktop.domain.visit_questions import MAX_QUESTION_TEXT, Question, VisitQuestion
from samordnare_desktop.domain.visit_rules import (
    ProgrammeStage,
    VisitWarning,
    all_warnings,
    stage_of,
    warnings_for,
)
from samordnare_desktop.i18n import translate


@dataclass(frozen=True)
class VisitInput:
    """What the user types for a visit; validated by :func:`validate_visit`."""

    municipality_id: uuid.UUID
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


@dataclass(frozen=True)
class VisitRow:
    """A visit as lists and documents show it (with its municipality)."""

    id: uuid.UUID
    version: int
    municipality_id: uuid.UUID
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

    def as_input(self) -> VisitInput:
        names = {f.name for f in fields(VisitInput)}
        return VisitInput(**{n: getattr(self, n) for n in names})

    @property
    def display_title(self) -> str:
        """The visit's own title, or its kind ("Första besök")."""
        return self.title or self.kind.label()


@dataclass(frozen=True)
class VisitFilter:
    municipality_id: uuid.UUID | None = None
    municipality_code: str | None = None
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
    municipality_id: uuid.UUID
    municipality_name: str
    kind: VisitKind
    status: VisitStatus
    day: date


DEFAULT_QUESTION_KINDS = frozenset({VisitKind.FIRST, VisitKind.FOLLOW_UP})


def validate_visit(data: VisitInput) -> VisitInput:
    """Normalise and check a visit; raises ``ValidationError`` naming the bad field."""
    if data.municipality_id is None:
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


def _row(visit: Visit, municipality: Municipality, county: County) -> VisitRow:
    return VisitRow(
        id=visit.id,
        version=visit.version,
        municipality_id=municipality.id,
        municipality_code=municipality.code,
        municipality_name=municipality.name,
        county_name=county.name,
        kind=visit.kind,
        status=visit.status,
        day=visit.day,
        start_time=visit.start_time,
        end_time=visit.end_time,
        title=visit.title,
        venue_name=visit.venue_name,
        venue_address=visit.venue_address,
        venue_room=visit.venue_room,
        host_contact_id=visit.host_contact_id,
        first_visit_id=visit.first_visit_id,
        notes=visit.notes,
        has_press_meeting=visit.has_press_meeting,
        press_start=visit.press_start,
        press_end=visit.press_end,
        press_place=visit.press_place,
        press_contact_name=visit.press_contact_name,
        press_contact_phone=visit.press_contact_phone,
        press_contact_email=visit.press_contact_email,
    )


def _base_query() -> Select:
    return (
        select(Visit, Municipality, County)
        .join(Municipality, Visit.municipality_id == Municipality.id)
        .join(County, Municipality.county_id == County.id)
        .where(Visit.deleted_at.is_(None))
    )


def live_visit(s: Session, visit_id: uuid.UUID) -> Visit:
    """The visit, or ``NotFoundError`` when it is gone or deleted (every service that works on a
    visit's agenda, participants or documents starts here)."""
    visit = s.get(Visit, visit_id)
    if visit is None or visit.is_deleted:
        raise NotFoundError(translate("visits", "The visit no longer exists."))
    return visit


class VisitService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _get(self, s: Session, visit_id: uuid.UUID) -> Visit:
        return live_visit(s, visit_id)

    def get(self, visit_id: uuid.UUID) -> VisitRow:
        with self.db.read() as s:
            found = s.execute(_base_query().where(Visit.id == visit_id)).first()
            if found is None:
                raise NotFoundError(translate("visits", "The visit no longer exists."))
            return _row(*found)

    def list(self, flt: VisitFilter | None = None) -> list[VisitRow]:
        """Visits matching ``flt``, in date order."""
        flt = flt or VisitFilter()
        query = _base_query()
        if flt.municipality_id:
            query = query.where(Visit.municipality_id == flt.municipality_id)
        if flt.municipality_code:
            query = query.where(Municipality.code == flt.municipality_code.strip())
        if flt.kinds:
            query = query.where(Visit.kind.in_(flt.kinds))
        if flt.statuses:
            query = query.where(Visit.status.in_(flt.statuses))
        if flt.date_from:
            query = query.where(Visit.day >= flt.date_from)
        if flt.date_to:
            query = query.where(Visit.day <= flt.date_to)
        with self.db.read() as s:
            rows = s.execute(query.order_by(Visit.day, Visit.start_time, Municipality.name))
            return [_row(*r) for r in rows]

    def find_one(self, municipality_code: str, day: date) -> VisitRow:
        """The single visit to a municipality on a day (CLI lookups); clear error if none or several."""
        found = self.list(
            VisitFilter(municipality_code=municipality_code, date_from=day, date_to=day)
        )
        if not found:
            raise NotFoundError(
                translate("visits", "No visit to municipality {code} on {day}.").format(
                    code=municipality_code, day=day.isoformat()
                )
            )
        if len(found) > 1:
            raise NotFoundError(
                translate(
                    "visits",
                    "{count} visits to municipality {code} on {day}; cannot tell which one.",
                ).format(count=len(found), code=municipality_code, day=day.isoformat())
            )
        return found[0]

    def create(
        self, data: VisitInput, *, question_ids: Iterable[uuid.UUID] | None = None
    ) -> VisitRow:
        """Add a visit. ``question_ids=None``: a first or follow-up visit gets the default
        questions. A follow-up is linked to the municipality's first visit automatically."""
        data = validate_visit(data)
        with self.db.write() as s:
            if s.get(Municipality, data.municipality_id) is None:
                raise NotFoundError(
                    translate("municipalities", "The municipality no longer exists.")
                )
            data = self._link_first_visit(s, data, None)
            visit = Visit(**data.__dict__)
            s.add(visit)
            s.flush()
            visit_id = visit.id
            if question_ids is None and data.kind in DEFAULT_QUESTION_KINDS:
                question_ids = s.scalars(
                    select(Question.id).where(
                        Question.deleted_at.is_(None), Question.is_default.is_(True)
                    )
                ).all()
            self._set_questions(s, visit_id, question_ids or ())
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
    ) -> VisitRow:
        """Save an edit; ``question_ids=None`` keeps the visit's questions as they are."""
        data = validate_visit(data)
        with self.db.write() as s:
            visit = self._get(s, visit_id)
            ensure_version(visit.version, expected_version)
            data = self._link_first_visit(s, data, visit_id)
            for key, value in data.__dict__.items():
                setattr(visit, key, value)
            if question_ids is not None:
                self._set_questions(s, visit_id, question_ids)
            s.flush()
            if data.kind is VisitKind.FIRST:
                self._adopt_follow_ups(s, visit)
        return self.get(visit_id)

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

    def follow_ups_of(self, visit_id: uuid.UUID) -> list[VisitRow]:
        """The follow-ups linked to the first visit ``visit_id`` (in date order)."""
        with self.db.read() as s:
            rows = s.execute(
                _base_query().where(Visit.first_visit_id == visit_id).order_by(Visit.day)
            )
            return [_row(*r) for r in rows]

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

    # --- programme stage and warnings ---------------------------------------------------------
    def programme_stages(self) -> dict[uuid.UUID, ProgrammeStage]:
        """Every municipality's programme stage (one query); municipalities without first or
        follow-up visits are absent (their stage is ``ProgrammeStage.NONE``)."""
        with self.db.read() as s:
            rows = s.execute(
                select(Visit.municipality_id, Visit.kind, Visit.status)
                .where(
                    Visit.deleted_at.is_(None),
                    Visit.kind.in_(DEFAULT_QUESTION_KINDS),
                    Visit.status != VisitStatus.CANCELLED,
                )
                .distinct()
            ).all()
        pairs: dict[uuid.UUID, list[tuple[VisitKind, VisitStatus]]] = {}
        for municipality_id, kind, status in rows:
            pairs.setdefault(municipality_id, []).append((kind, status))
        return {key: stage_of(value) for key, value in pairs.items()}

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
            municipality = s.get(Municipality, data.municipality_id)
            first = (
                self._first_visit(s, data.municipality_id, visit_id)
                if data.kind in (VisitKind.FIRST, VisitKind.FOLLOW_UP)
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


def _question_row(q: Question) -> QuestionRow:
    return QuestionRow(q.id, q.version, q.number, q.text, q.is_default, q.is_deleted)


def export_visits_ics(service: VisitService, rows: Sequence[VisitRow], path: Path) -> int:
    """Write ``rows`` as an iCalendar file (with each visit's questions); returns the count."""
    from samordnare_desktop.services.visits_ics import export_ics

    questions = service.questions_by_visit(r.id for r in rows)
    return export_ics(rows, path, lambda row: questions.get(row.id, []))
