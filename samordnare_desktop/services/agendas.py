"""Use cases for a visit's agenda: items with times, reordering, templates, the printable document.

Times: every item stores its start and duration. Moving an item lays the agenda out again from
its first start (or the visit's start); resizing an item or changing its start shifts every
later item by the change of its end.
Overlaps and items outside the visit's hours are not refused but flagged (:func:`flags_for`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.agenda import (
    AgendaItem,
    AgendaItemKind,
    AgendaTemplate,
    AgendaTemplateItem,
)
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import (
    NotFoundError,
    UserError,
    ValidationError,
    ensure_version,
)
from samordnare_desktop.domain.visit import Visit, VisitKind
from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.documents import AgendaDocument as AgendaDocument  # re-exported
from samordnare_desktop.pdf.documents import HostBlock as HostBlock
from samordnare_desktop.pdf.documents import PressBlock as PressBlock

# the item rows and the pure rules live with the plain-SQL reader (no SQLAlchemy there); re-exported
from samordnare_desktop.services.agenda_reader import DEFAULT_DURATION as DEFAULT_DURATION
from samordnare_desktop.services.agenda_reader import FLAG_GAP as FLAG_GAP
from samordnare_desktop.services.agenda_reader import FLAG_OUTSIDE as FLAG_OUTSIDE
from samordnare_desktop.services.agenda_reader import FLAG_OVERLAP as FLAG_OVERLAP
from samordnare_desktop.services.agenda_reader import INPUT_FIELDS as INPUT_FIELDS
from samordnare_desktop.services.agenda_reader import MINUTES_PER_DAY as MINUTES_PER_DAY
from samordnare_desktop.services.agenda_reader import AgendaItemInput as AgendaItemInput
from samordnare_desktop.services.agenda_reader import AgendaItemRow as AgendaItemRow
from samordnare_desktop.services.agenda_reader import _values, read_agenda_document, read_items
from samordnare_desktop.services.agenda_reader import end_minutes as end_minutes
from samordnare_desktop.services.agenda_reader import flags_for as flags_for
from samordnare_desktop.services.agenda_reader import from_minutes as from_minutes
from samordnare_desktop.services.agenda_reader import to_minutes as to_minutes
from samordnare_desktop.services.visits import live_visit

MAX_DURATION = 12 * 60
DEFAULT_START = time(9, 0)

# The seeded templates (revision 0004_agendas).
FIRST_VISIT_TEMPLATE_ID = uuid.UUID("6f1f3a4e-1d2b-4c55-9a51-0a6e2a1b0001")
FOLLOW_UP_TEMPLATE_ID = uuid.UUID("6f1f3a4e-1d2b-4c55-9a51-0a6e2a1b0002")


@dataclass(frozen=True)
class TemplateRow:
    id: uuid.UUID
    version: int
    name: str
    visit_kind: VisitKind | None
    item_count: int
    total_minutes: int


# --- the item's fields, in one place ---------------------------------------------------------------
# ``AgendaItemInput`` is the field list: a field added there (and as a column of ``AgendaItem`` and
# ``AgendaTemplateItem``, and in ``AgendaItemRow``) is copied by every step below by keyword:
# row <-> input, undo snapshots, template <-> agenda, and checked by ``validate_item``
# (``INPUT_FIELDS``: services.agenda_reader).
# What a template keeps of an item: all but the time of day (a template runs back to back).
TEMPLATE_FIELDS = tuple(f for f in INPUT_FIELDS if f != "start_time")
# Item fields as the service restores them (undo): everything but identity and version.
_STATE_FIELDS = ("position", *INPUT_FIELDS)
# Free text checked as optional one-line text (title and description have their own rules).
_SHORT_TEXT = tuple(
    f.name
    for f in fields(AgendaItemInput)
    if f.type in ("str", str) and f.name not in ("title", "description")
)


def minutes_unit() -> str:
    """The unit a duration is typed and shown in ("min")."""
    return translate("agendas", "min")


def item_labels() -> dict[str, str]:
    """The item's fields as the user reads them: the form, the table and exports use these."""
    return {
        "start_time": translate("agendas", "Time"),
        "duration_minutes": translate("agendas", "Duration"),
        "title": translate("agendas", "Title"),
        "kind": translate("agendas", "Kind"),
        "description": translate("agendas", "Description"),
        "presenter_name": translate("agendas", "Presenter"),
        "presenter_title": translate("agendas", "Presenter's title"),
        "presenter_organisation": translate("agendas", "Presenter's organisation"),
    }


@dataclass(frozen=True)
class AgendaState:
    """A snapshot of a visit's whole agenda, for undo/redo of any agenda change."""

    visit_id: uuid.UUID
    items: tuple[tuple[uuid.UUID, tuple[object, ...]], ...]


# --- pure rules ----------------------------------------------------------------------------------
def validate_item(data: AgendaItemInput) -> AgendaItemInput:
    """Normalise and check an item; raises ``ValidationError`` naming the bad field."""
    title = v.required_text(data.title, "title")
    v.number_in_range(data.duration_minutes, "duration_minutes", 1, MAX_DURATION, minutes_unit())
    if data.start_time is not None and (
        end_minutes(data.start_time, data.duration_minutes) > MINUTES_PER_DAY
    ):
        raise ValidationError(
            "duration_minutes", translate("agendas", "The item must end by midnight.")
        )
    return replace(
        data,
        title=title,
        kind=AgendaItemKind(data.kind),
        start_time=data.start_time.replace(second=0, microsecond=0) if data.start_time else None,
        description=v.optional_text(
            data.description, "description", max_length=v.MAX_LONG_TEXT, multiline=True
        ),
        **{name: v.optional_text(getattr(data, name), name) for name in _SHORT_TEXT},
    )


def span_of(items: list[AgendaItemRow]) -> tuple[time, time] | None:
    """The agenda's first start and latest end (not the last row's end: an earlier item may
    end later); ``None`` for an empty agenda."""
    if not items:
        return None
    start = min(to_minutes(i.start_time) for i in items)
    end = max(i.end_minutes for i in items)
    return from_minutes(start), from_minutes(end)


def fit_durations(items: list[tuple[int, AgendaItemKind]], available: int) -> list[int]:
    """Durations shortened so the items fit in ``available`` minutes: sessions shrink in
    proportion (5-minute steps, at least 10 minutes); breaks, lunch, travel and the press meeting
    keep their length. Returned unchanged when they already fit or cannot be made to."""
    durations = [d for d, _kind in items]
    sessions = [n for n, (_d, kind) in enumerate(items) if kind is AgendaItemKind.SESSION]
    if sum(durations) <= available or not sessions:
        return durations
    fixed = sum(d for n, d in enumerate(durations) if n not in sessions)
    room = available - fixed
    if room < 10 * len(sessions):
        return durations
    factor = room / sum(durations[n] for n in sessions)
    for n in sessions:
        durations[n] = max(10, int(durations[n] * factor / 5) * 5)
    return durations


def _press_times(visit: Visit) -> tuple[time, time | None] | None:
    if visit.has_press_meeting and visit.press_start is not None:
        return visit.press_start, visit.press_end
    return None


def _past_midnight() -> ValidationError:
    return ValidationError(
        "duration_minutes",
        translate("agendas", "The agenda would run past midnight; shorten an item first."),
    )


class AgendaTemplateLibrary:
    """Agenda templates: the library (one per visit kind by default), applying one to a visit's agenda,
    saving an agenda as a template, renaming, deleting and restoring."""

    db: Database

    def templates(self) -> list[TemplateRow]:
        with self.db.read() as s:
            rows = []
            for t in s.scalars(
                select(AgendaTemplate)
                .where(AgendaTemplate.deleted_at.is_(None))
                .order_by(AgendaTemplate.name)
            ):
                items = self._template_items(s, t.id)
                rows.append(
                    TemplateRow(
                        t.id,
                        t.version,
                        t.name,
                        t.visit_kind,
                        len(items),
                        sum(i.duration_minutes for i in items),
                    )
                )
            return rows

    def template_for(self, kind: VisitKind) -> TemplateRow | None:
        """The template meant for this kind of visit (the first by name), if any."""
        return next((t for t in self.templates() if t.visit_kind == kind), None)

    @staticmethod
    def _template_items(s: Session, template_id: uuid.UUID) -> list[AgendaTemplateItem]:
        return list(
            s.scalars(
                select(AgendaTemplateItem)
                .where(AgendaTemplateItem.template_id == template_id)
                .order_by(AgendaTemplateItem.position)
            )
        )

    @staticmethod
    def _template(s: Session, template_id: uuid.UUID) -> AgendaTemplate:
        template = s.get(AgendaTemplate, template_id)
        if template is None or template.is_deleted:
            raise NotFoundError(translate("agendas", "The template no longer exists."))
        return template

    def template_items(self, template_id: uuid.UUID) -> list[AgendaItemInput]:
        with self.db.read() as s:
            self._template(s, template_id)
            return [
                AgendaItemInput(**_values(i, TEMPLATE_FIELDS))
                for i in self._template_items(s, template_id)
            ]

    def apply_template(
        self,
        visit_id: uuid.UUID,
        template_id: uuid.UUID,
        *,
        replace_existing: bool = False,
        fit: bool = False,
    ) -> list[AgendaItemRow]:
        """Fill the visit's agenda from a template, back to back from the visit's start.

        A non-empty agenda is only replaced when ``replace_existing`` (the UI asks first). With
        ``fit``, sessions are shortened so the agenda ends by the visit's end time. Press-meeting
        items are left out when the visit has no press meeting, and put at its time when set."""
        with self.db.write() as s:
            visit = self._visit(s, visit_id)
            template = self._template(s, template_id)
            existing = self._items(s, visit_id)
            if existing and not replace_existing:
                raise UserError(
                    translate(
                        "agendas", "The visit already has an agenda; replace it to use a template."
                    )
                )
            start = to_minutes(
                visit.start_time or (existing[0].start_time if existing else DEFAULT_START)
            )
            sources = self._template_items(s, template.id)
            press = _press_times(visit)
            if not visit.has_press_meeting:  # no press meeting planned: leave its item out
                sources = [i for i in sources if i.kind is not AgendaItemKind.PRESS]
            # Press items go at the visit's press meeting time (when set); the rest back to back.
            timed = [i for i in sources if press is None or i.kind is not AgendaItemKind.PRESS]
            minutes_of = {i.id: i.duration_minutes for i in sources}
            if fit and visit.end_time is not None:
                fitted = fit_durations(
                    [(i.duration_minutes, i.kind) for i in timed],
                    to_minutes(visit.end_time) - start,
                )
                minutes_of.update({i.id: m for i, m in zip(timed, fitted, strict=True)})
            if start + sum(minutes_of[i.id] for i in timed) > MINUTES_PER_DAY:
                raise _past_midnight()
            cursor = start
            press_cursor = to_minutes(press[0]) if press else 0
            starts = {}
            for source in sources:
                if press is not None and source.kind is AgendaItemKind.PRESS:
                    if press[1] is not None:
                        minutes_of[source.id] = max(5, to_minutes(press[1]) - press_cursor)
                    starts[source.id] = press_cursor
                    press_cursor += minutes_of[source.id]
                else:
                    starts[source.id] = cursor
                    cursor += minutes_of[source.id]
            if any(starts[i.id] + minutes_of[i.id] > MINUTES_PER_DAY for i in sources):
                raise _past_midnight()
            now = utcnow()
            for item in existing:
                item.deleted_at = now
            for position, source in enumerate(sources):
                s.add(
                    AgendaItem(
                        visit_id=visit_id,
                        position=position,
                        **{
                            **_values(source, TEMPLATE_FIELDS),
                            "duration_minutes": minutes_of[source.id],
                            "start_time": from_minutes(starts[source.id]),
                        },
                    )
                )
        return self.items_of(visit_id)

    def template_named(self, name: str) -> TemplateRow | None:
        key = v.match_key(name)
        return next((t for t in self.templates() if v.match_key(t.name) == key), None)

    def save_as_template(
        self, visit_id: uuid.UUID, name: str, *, replace_existing: bool = False
    ) -> TemplateRow:
        """Store the visit's agenda as a template; an existing template of that name is only
        replaced when ``replace_existing`` (the UI asks first)."""
        name = v.required_text(name, "name")
        existing = self.template_named(name)
        if existing is not None and not replace_existing:
            raise ValidationError(
                "name",
                translate("agendas", "A template named {name} already exists.").format(
                    name=existing.name
                ),
            )
        with self.db.write() as s:
            visit = self._visit(s, visit_id)
            items = self._items(s, visit_id)
            if not items:
                raise UserError(
                    translate("agendas", "The agenda is empty; add items before saving a template.")
                )
            if existing is not None:
                template = self._template(s, existing.id)
                for old in self._template_items(s, template.id):
                    s.delete(old)
                template.name = name
            else:
                template = AgendaTemplate(name=name, visit_kind=visit.kind)
                s.add(template)
                s.flush()
            for position, item in enumerate(items):
                s.add(
                    AgendaTemplateItem(
                        template_id=template.id,
                        position=position,
                        **_values(item, TEMPLATE_FIELDS),
                    )
                )
            s.flush()
            template_id = template.id
        return next(t for t in self.templates() if t.id == template_id)

    def rename_template(self, template_id: uuid.UUID, name: str) -> None:
        name = v.required_text(name, "name")
        other = self.template_named(name)
        if other is not None and other.id != template_id:
            raise ValidationError(
                "name",
                translate("agendas", "A template named {name} already exists.").format(
                    name=other.name
                ),
            )
        with self.db.write() as s:
            self._template(s, template_id).name = name

    def delete_template(self, template_id: uuid.UUID) -> None:
        with self.db.write() as s:
            self._template(s, template_id).deleted_at = utcnow()

    def restore_template(self, template_id: uuid.UUID) -> None:
        with self.db.write() as s:
            template = s.get(AgendaTemplate, template_id)
            if template is None:
                raise NotFoundError(translate("agendas", "The template no longer exists."))
            template.deleted_at = None


class AgendaService(AgendaTemplateLibrary):
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- helpers ------------------------------------------------------------------------------
    _visit = staticmethod(live_visit)

    @staticmethod
    def _items(s: Session, visit_id: uuid.UUID) -> list[AgendaItem]:
        return list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.visit_id == visit_id, AgendaItem.deleted_at.is_(None))
                .order_by(AgendaItem.position, AgendaItem.start_time, AgendaItem.created_at)
            )
        )

    @staticmethod
    def _item(s: Session, item_id: uuid.UUID) -> AgendaItem:
        item = s.get(AgendaItem, item_id)
        if item is None or item.is_deleted:
            raise NotFoundError(translate("agendas", "The agenda item no longer exists."))
        return item

    @staticmethod
    def _renumber(items: list[AgendaItem]) -> None:
        for position, item in enumerate(items):
            if item.position != position:
                item.position = position

    @staticmethod
    def _anchor(items: list[AgendaItem], visit: Visit) -> int:
        if items:
            return to_minutes(items[0].start_time)
        return to_minutes(visit.start_time or DEFAULT_START)

    @staticmethod
    def _lay_out(items: list[AgendaItem], start: int) -> None:
        """Back to back from ``start``; refuses (before changing anything) to pass midnight."""
        total = start + sum(i.duration_minutes for i in items)
        if total > MINUTES_PER_DAY:
            raise _past_midnight()
        cursor = start
        for item in items:
            moment = from_minutes(cursor)
            if item.start_time != moment:
                item.start_time = moment
            cursor += item.duration_minutes

    @staticmethod
    def _shift(items: list[AgendaItem], delta: int) -> None:
        if not delta or not items:
            return
        if any(
            end_minutes(i.start_time, i.duration_minutes) + delta > MINUTES_PER_DAY for i in items
        ):
            raise _past_midnight()
        if any(to_minutes(i.start_time) + delta < 0 for i in items):
            raise ValidationError(
                "start_time", translate("agendas", "An item would start before midnight.")
            )
        for item in items:
            item.start_time = from_minutes(to_minutes(item.start_time) + delta)

    # --- reading ------------------------------------------------------------------------------
    def items_of(self, visit_id: uuid.UUID) -> list[AgendaItemRow]:
        """The visit's agenda in order, each item with its flags."""
        with self.db.read_raw() as conn:
            return read_items(conn, visit_id)

    def get_item(self, item_id: uuid.UUID) -> AgendaItemRow:
        with self.db.read() as s:
            item = self._item(s, item_id)
            visit_id = item.visit_id
        return next(r for r in self.items_of(visit_id) if r.id == item_id)

    def visits_without_agenda(self, visit_ids: list[uuid.UUID]) -> list[uuid.UUID]:
        with self.db.read() as s:
            having = set(
                s.scalars(
                    select(AgendaItem.visit_id)
                    .where(AgendaItem.visit_id.in_(visit_ids), AgendaItem.deleted_at.is_(None))
                    .distinct()
                )
            )
        return [vid for vid in visit_ids if vid not in having]

    # --- editing items ------------------------------------------------------------------------
    def add_item(
        self, visit_id: uuid.UUID, data: AgendaItemInput, *, position: int | None = None
    ) -> AgendaItemRow:
        """Append (or insert at ``position``, shifting the later items by its duration)."""
        data = validate_item(data)
        with self.db.write() as s:
            visit = self._visit(s, visit_id)
            items = self._items(s, visit_id)
            index = len(items) if position is None else max(0, min(position, len(items)))
            later = items[index:]
            start = data.start_time
            if start is None:
                if index > 0:
                    previous = items[index - 1]
                    start = from_minutes(
                        min(
                            end_minutes(previous.start_time, previous.duration_minutes),
                            MINUTES_PER_DAY - 1,
                        )
                    )
                elif later:
                    start = later[0].start_time
                else:
                    start = visit.start_time or DEFAULT_START
            if end_minutes(start, data.duration_minutes) > MINUTES_PER_DAY:
                raise _past_midnight()
            if later:
                self._shift(later, data.duration_minutes)
            item = AgendaItem(
                visit_id=visit_id,
                position=index,
                **{**data.__dict__, "start_time": start},
            )
            items.insert(index, item)
            s.add(item)
            self._renumber(items)
            s.flush()
            item_id = item.id
        return self.get_item(item_id)

    def update_item(
        self, item_id: uuid.UUID, data: AgendaItemInput, *, expected_version: int | None
    ) -> AgendaItemRow:
        """Save the item; the later items keep their distance to it: when its end moves (new
        start or duration), every later item moves by the same amount."""
        data = validate_item(data)
        with self.db.write() as s:
            item = self._item(s, item_id)
            ensure_version(item.version, expected_version)
            items = self._items(s, item.visit_id)
            index = next(n for n, i in enumerate(items) if i.id == item_id)
            start = data.start_time or item.start_time
            if end_minutes(start, data.duration_minutes) > MINUTES_PER_DAY:
                raise _past_midnight()
            delta = end_minutes(start, data.duration_minutes) - end_minutes(
                item.start_time, item.duration_minutes
            )
            self._shift(items[index + 1 :], delta)
            for key, value in {**data.__dict__, "start_time": start}.items():
                if getattr(item, key) != value:
                    setattr(item, key, value)
        return self.get_item(item_id)

    def resize(self, item_id: uuid.UUID, duration_minutes: int) -> AgendaItemRow:
        """New duration; every later item moves by the difference."""
        current = self.get_item(item_id)
        return self.update_item(
            item_id,
            replace(current.as_input(), duration_minutes=duration_minutes),
            expected_version=None,
        )

    def move(self, item_id: uuid.UUID, new_position: int) -> list[AgendaItemRow]:
        """Put the item at ``new_position``; times are laid out again back to back from the
        agenda's first start (the visit's start when it has none)."""
        with self.db.write() as s:
            item = self._item(s, item_id)
            visit = self._visit(s, item.visit_id)
            items = self._items(s, item.visit_id)
            anchor = self._anchor(items, visit)
            items.remove(item)
            new_position = max(0, min(new_position, len(items)))
            items.insert(new_position, item)
            self._lay_out(items, anchor)
            self._renumber(items)
            visit_id = item.visit_id
        return self.items_of(visit_id)

    def delete_item(self, item_id: uuid.UUID) -> None:
        """Soft delete (undo with :meth:`restore_item`); the other items keep their times."""
        with self.db.write() as s:
            item = self._item(s, item_id)
            items = [i for i in self._items(s, item.visit_id) if i.id != item_id]
            item.deleted_at = utcnow()
            self._renumber(items)

    def restore_item(self, item_id: uuid.UUID) -> None:
        """Bring a deleted item back at its old position."""
        with self.db.write() as s:
            item = s.get(AgendaItem, item_id)
            if item is None:
                raise NotFoundError(translate("agendas", "The agenda item no longer exists."))
            if item.deleted_at is None:
                return
            items = self._items(s, item.visit_id)
            items.insert(min(item.position, len(items)), item)
            item.deleted_at = None
            self._renumber(items)

    # --- whole-agenda snapshots (undo) --------------------------------------------------------
    def state(self, visit_id: uuid.UUID) -> AgendaState:
        with self.db.read() as s:
            return AgendaState(
                visit_id,
                tuple(
                    (i.id, tuple(getattr(i, f) for f in _STATE_FIELDS))
                    for i in self._items(s, visit_id)
                ),
            )

    def restore_state(self, state: AgendaState) -> None:
        """Make the visit's agenda exactly ``state`` again (items deleted since come back)."""
        wanted = dict(state.items)
        with self.db.write() as s:
            self._visit(s, state.visit_id)
            for item in self._items(s, state.visit_id):
                if item.id not in wanted:
                    item.deleted_at = utcnow()
            for item_id, values in state.items:
                item = s.get(AgendaItem, item_id)
                if item is None:
                    continue
                item.deleted_at = None
                for key, value in zip(_STATE_FIELDS, values, strict=True):
                    if getattr(item, key) != value:
                        setattr(item, key, value)

    # --- templates ----------------------------------------------------------------------------

    def visit_minutes(self, visit_id: uuid.UUID) -> int | None:
        """Minutes between the visit's start and end (``None`` without both times)."""
        with self.db.read() as s:
            visit = self._visit(s, visit_id)
            if visit.start_time is None or visit.end_time is None:
                return None
            return to_minutes(visit.end_time) - to_minutes(visit.start_time)

    # --- the printable document ---------------------------------------------------------------
    def document(self, visit_id: uuid.UUID, *, printed_on: date | None = None) -> AgendaDocument:
        """Everything the agenda PDF prints (read as ``export agenda`` reads it without a
        session: :mod:`samordnare_desktop.services.agenda_reader`)."""
        with self.db.read_raw() as conn:
            return read_agenda_document(conn, visit_id, printed_on=printed_on)
