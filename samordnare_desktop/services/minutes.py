"""Minutes (*minnesanteckningar*) of a meeting, item by item of its agenda (issue #18, part 3):
notes, decisions, follow-up actions (what, who, by when) and the findings made under the item.

The minutes of one agenda item are saved as a whole (:meth:`MinutesService.save_item`), with
optimistic locking on the item's minutes (version 0: none written yet). Findings keep living in
``services.findings``; here they are listed under their item and linked to one.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.agenda import AgendaItem, AgendaItemKind
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, StaleEditError, ValidationError
from samordnare_desktop.domain.finding import Finding
from samordnare_desktop.domain.minutes import (
    ActionInput,
    CleanMinutes,
    MinutesAction,
    MinutesInput,
    MinutesItem,
    validate_minutes,
)
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.i18n import translate
from samordnare_desktop.services.findings import FindingRow, FindingService

if TYPE_CHECKING:
    from samordnare_desktop.pdf.minutes import AttendanceLine, MinutesDocument


def _item_gone() -> NotFoundError:
    return NotFoundError(translate("minutes", "The agenda item no longer exists."))


def _stale() -> StaleEditError:
    return StaleEditError(
        translate(
            "database",
            "Someone else changed this since you opened it. Your edit was not saved; "
            "reload to see the current version.",
        )
    )


@dataclass(frozen=True)
class ActionRow:
    text: str
    owner: str
    due_date: date | None

    def as_input(self) -> ActionInput:
        return ActionInput(self.text, self.owner, self.due_date)


@dataclass(frozen=True)
class MinutesItemRow:
    """One agenda item with its minutes and the findings made under it."""

    agenda_item_id: uuid.UUID
    visit_id: uuid.UUID
    position: int
    start_time: time
    duration_minutes: int
    title: str
    kind: AgendaItemKind
    notes: str = ""
    decisions: str = ""
    actions: tuple[ActionRow, ...] = ()
    findings: tuple[FindingRow, ...] = ()
    version: int = 0  # the minutes' version (0: none written yet)

    @property
    def end_minutes(self) -> int:
        """The end in minutes after midnight: 1440 (24.00) for an item ending at midnight."""
        return self.start_time.hour * 60 + self.start_time.minute + self.duration_minutes

    @property
    def end_time(self) -> time:
        total = min(self.end_minutes, 23 * 60 + 59)
        return time(total // 60, total % 60)

    @property
    def has_minutes(self) -> bool:
        return bool(self.notes or self.decisions or self.actions or self.findings)

    def as_input(self) -> MinutesInput:
        return MinutesInput(self.notes, self.decisions, tuple(a.as_input() for a in self.actions))


class MinutesService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.findings = FindingService(db)

    # --- reading -------------------------------------------------------------------------------
    def items(self, visit_id: uuid.UUID) -> list[MinutesItemRow]:
        """Every live item of the visit's agenda in order, with its minutes and findings."""
        with self.db.read() as s:
            _visit(s, visit_id)
            agenda = list(
                s.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.visit_id == visit_id, AgendaItem.deleted_at.is_(None))
                    .order_by(AgendaItem.position, AgendaItem.start_time)
                )
            )
            ids = [a.id for a in agenda]
            minutes = _minutes_of(s, ids)
            actions = _actions_of(s, ids)
        by_item: dict[uuid.UUID, list[FindingRow]] = {}
        for row in self.findings.for_visit(visit_id):
            if row.agenda_item_id is not None:
                by_item.setdefault(row.agenda_item_id, []).append(row)
        return [
            _row(a, minutes.get(a.id), actions.get(a.id, []), by_item.get(a.id, [])) for a in agenda
        ]

    def get_item(self, agenda_item_id: uuid.UUID) -> MinutesItemRow:
        with self.db.read() as s:
            visit_id = _agenda_item(s, agenda_item_id).visit_id
        for row in self.items(visit_id):
            if row.agenda_item_id == agenda_item_id:
                return row
        raise _item_gone()

    def general_findings(self, visit_id: uuid.UUID) -> list[FindingRow]:
        """The visit's findings under no (live) agenda item."""
        live = {row.agenda_item_id for row in self.items(visit_id)}
        return [row for row in self.findings.for_visit(visit_id) if row.agenda_item_id not in live]

    # --- the document ----------------------------------------------------------------------------
    def document(self, visit_id: uuid.UUID, *, printed_on: date | None = None) -> MinutesDocument:
        """The minutes as the PDF prints them; children's names in every text replaced by their
        pseudonyms (``services.findings.child_masker``), as in every export of findings."""
        from samordnare_desktop.pdf import minutes as pdf
        from samordnare_desktop.services.findings import child_masker
        from samordnare_desktop.services.visits import VisitService

        visit = VisitService(self.db).get(visit_id)
        items = self.items(visit_id)
        general = self.general_findings(visit_id)
        with self.db.read() as s:
            mask = child_masker(s)

        def finding(row: FindingRow) -> pdf.MinutesFinding:
            return pdf.MinutesFinding(mask(row.text), row.kind_label)

        entries = tuple(
            pdf.MinutesEntry(
                start=item.start_time,
                end=item.end_time,
                end_minutes=item.end_minutes,
                title=mask(item.title),
                kind=item.kind.value,
                notes=mask(item.notes),
                decisions=mask(item.decisions),
                actions=tuple(
                    pdf.MinutesAction(mask(a.text), mask(a.owner), a.due_date) for a in item.actions
                ),
                findings=tuple(finding(f) for f in item.findings),
            )
            for item in items
        )
        venue = ", ".join(p for p in (visit.venue_name, visit.venue_room, visit.venue_address) if p)
        return pdf.MinutesDocument(
            municipality=visit.place_label,
            visit_title=mask(visit.display_title),
            day=visit.day,
            start=visit.start_time,
            end=visit.end_time,
            venue=venue,
            attendance=tuple(self.attendance(visit_id)),
            entries=entries,
            general_notes=mask(visit.notes),
            general_findings=tuple(finding(f) for f in general),
            printed_on=printed_on,
        )

    def attendance(self, visit_id: uuid.UUID) -> list[AttendanceLine]:
        """Present and absent by participant category (the attendance ticks), in the categories'
        order; people counted rather than named (headcounts) are present in their group."""
        from samordnare_desktop.domain.participant import ParticipantCategory
        from samordnare_desktop.pdf.minutes import AttendanceLine
        from samordnare_desktop.services.headcounts import HeadcountService
        from samordnare_desktop.services.participants import ParticipantService

        counts: dict[str, list[int]] = {c.short_label(): [0, 0] for c in ParticipantCategory}
        travelling = {c.short_label() for c in ParticipantCategory if c.travels_with_coordinator}
        for p in ParticipantService(self.db).list_for_visit(visit_id):
            counts[p.category.short_label()][0 if p.attended else 1] += 1
        for h in HeadcountService(self.db).headcounts(visit_id):
            group = h.category.short_label() if h.category.travels_with_coordinator else h.group
            counts.setdefault(group, [0, 0])[0] += h.count
        # those travelling with the coordinator are counted apart, as in every list
        return [
            AttendanceLine(group, present, absent, travelling=group in travelling)
            for group, (present, absent) in counts.items()
            if present or absent
        ]

    # --- writing -------------------------------------------------------------------------------
    def save_item(
        self,
        agenda_item_id: uuid.UUID,
        data: MinutesInput,
        *,
        expected_version: int | None = None,
    ) -> MinutesItemRow:
        """The item's minutes become exactly ``data`` (its actions replaced as a whole)."""
        clean = validate_minutes(data)
        with self.db.write() as s:
            _write(s, agenda_item_id, clean, expected_version)
        return self.get_item(agenda_item_id)

    def save_many(
        self,
        entries: Iterable[tuple[uuid.UUID, MinutesInput]],
        links: Iterable[tuple[uuid.UUID, uuid.UUID]] = (),
    ) -> int:
        """Many items' minutes and findings put under items (finding id, agenda item id), in
        one unit of work (all or none): the demo, an import."""
        checked = [(item_id, validate_minutes(data)) for item_id, data in entries]
        with self.db.write() as s:
            for item_id, clean in checked:
                _write(s, item_id, clean, None)
            for finding_id, item_id in links:
                _link(s, finding_id, item_id)
        return len(checked)

    def add_finding(self, agenda_item_id: uuid.UUID, text: str) -> FindingRow:
        """A finding written down under an agenda item (quick entry: tagged later)."""
        with self.db.read() as s:
            visit_id = _agenda_item(s, agenda_item_id).visit_id
        row = self.findings.quick_add(visit_id, text)
        self.link_finding(row.id, agenda_item_id)
        return self.findings.get(row.id)

    def link_finding(self, finding_id: uuid.UUID, agenda_item_id: uuid.UUID | None) -> None:
        """Put a finding under an item of its own meeting's agenda (None: under none)."""
        with self.db.write() as s:
            _link(s, finding_id, agenda_item_id)


# --- helpers ---------------------------------------------------------------------------------------


def _visit(s: Session, visit_id: uuid.UUID) -> Visit:
    visit = s.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise NotFoundError(translate("minutes", "The meeting no longer exists."))
    return visit


def _agenda_item(s: Session, agenda_item_id: uuid.UUID) -> AgendaItem:
    item = s.get(AgendaItem, agenda_item_id)
    if item is None or item.deleted_at is not None:
        raise _item_gone()
    return item


def _minutes_of(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, MinutesItem]:
    if not ids:
        return {}
    return {
        m.agenda_item_id: m
        for m in s.scalars(select(MinutesItem).where(MinutesItem.agenda_item_id.in_(ids)))
    }


def _actions_of(s: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ActionRow]]:
    found: dict[uuid.UUID, list[ActionRow]] = {}
    if not ids:
        return found
    for a in s.scalars(
        select(MinutesAction)
        .where(MinutesAction.agenda_item_id.in_(ids))
        .order_by(MinutesAction.position)
    ):
        found.setdefault(a.agenda_item_id, []).append(ActionRow(a.text, a.owner, a.due_date))
    return found


def _row(
    item: AgendaItem,
    minutes: MinutesItem | None,
    actions: list[ActionRow],
    findings: list[FindingRow],
) -> MinutesItemRow:
    return MinutesItemRow(
        agenda_item_id=item.id,
        visit_id=item.visit_id,
        position=item.position,
        start_time=item.start_time,
        duration_minutes=item.duration_minutes,
        title=item.title,
        kind=item.kind,
        notes=minutes.notes if minutes else "",
        decisions=minutes.decisions if minutes else "",
        actions=tuple(actions),
        findings=tuple(findings),
        version=minutes.version if minutes else 0,
    )


def _link(s: Session, finding_id: uuid.UUID, agenda_item_id: uuid.UUID | None) -> None:
    finding = s.get(Finding, finding_id)
    if finding is None or finding.deleted_at is not None:
        raise NotFoundError(translate("findings", "The finding no longer exists."))
    if agenda_item_id is not None:
        item = _agenda_item(s, agenda_item_id)
        if finding.visit_id != item.visit_id:
            raise ValidationError(
                "agenda_item_id",
                translate("minutes", "The finding was made at another meeting than this agenda's."),
            )
    finding.agenda_item_id = agenda_item_id


def _write(
    s: Session, agenda_item_id: uuid.UUID, clean: CleanMinutes, expected_version: int | None
) -> None:
    _agenda_item(s, agenda_item_id)
    minutes = s.scalars(
        select(MinutesItem).where(MinutesItem.agenda_item_id == agenda_item_id)
    ).first()
    found = minutes.version if minutes is not None else 0
    if expected_version is not None and found != expected_version:
        raise _stale()
    if minutes is None:
        minutes = MinutesItem(id=uuid.uuid4(), agenda_item_id=agenda_item_id)
        s.add(minutes)
    minutes.notes = clean.notes
    minutes.decisions = clean.decisions
    minutes.updated_at = utcnow()
    s.execute(delete(MinutesAction).where(MinutesAction.agenda_item_id == agenda_item_id))
    for position, action in enumerate(clean.actions):
        s.add(
            MinutesAction(
                id=uuid.uuid4(),
                agenda_item_id=agenda_item_id,
                position=position,
                text=action.text,
                owner=action.owner,
                due_date=action.due_date,
            )
        )
