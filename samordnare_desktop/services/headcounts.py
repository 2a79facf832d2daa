"""People counted without a record each, and journalists registered for the press meeting.

A headcount ("6 unga deltog") is a number in a participant category or in any category the user
names ("4 familjehemsföräldrar": stored in ``OTHER`` with the name as label, counted as
:class:`OwnCategory`); it counts as present in that category wherever participants are counted
(lists, sign-in totals, the quarterly report, the programme export). Journalists are
noted by name and outlet and counted apart from the participants.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, ValidationError, ensure_version
from samordnare_desktop.domain.participant import (
    OwnCategory,
    ParticipantCategory,
    VisitHeadcount,
    VisitJournalist,
)
from samordnare_desktop.i18n import translate

MAX_COUNT = 100_000


@dataclass(frozen=True)
class HeadcountInput:
    category: ParticipantCategory
    count: int
    label: str = ""

    @classmethod
    def own(cls, name: str, count: int) -> HeadcountInput:
        """A number in a category the user names ("Familjehemsföräldrar")."""
        return cls(ParticipantCategory.OTHER, count, name)


def counted_as(category: ParticipantCategory, label: str) -> ParticipantCategory | OwnCategory:
    """The category a headcount counts in: a named group in ``OTHER`` is a category of its own."""
    if category is ParticipantCategory.OTHER and label.strip():
        return OwnCategory(" ".join(label.split()))
    return category


@dataclass(frozen=True)
class HeadcountRow:
    id: uuid.UUID
    version: int
    visit_id: uuid.UUID
    category: ParticipantCategory
    label: str
    count: int

    @property
    def group(self) -> str:
        """The group as lists name it: the user's own name, else the category's."""
        return self.label or self.category.short_label()

    def describe(self) -> str:
        """ "6 Unga (antal)": a number with its group, marked as counted rather than named."""
        return translate("headcounts", "{count} {group} (counted)").format(
            count=self.count, group=self.group
        )

    @property
    def counted_as(self) -> ParticipantCategory | OwnCategory:
        return counted_as(self.category, self.label)

    def as_input(self) -> HeadcountInput:
        return HeadcountInput(self.category, self.count, self.label)


@dataclass(frozen=True)
class JournalistInput:
    name: str
    outlet: str = ""


@dataclass(frozen=True)
class JournalistRow:
    id: uuid.UUID
    version: int
    visit_id: uuid.UUID
    name: str
    outlet: str

    def as_input(self) -> JournalistInput:
        return JournalistInput(self.name, self.outlet)


def validate_headcount(data: HeadcountInput) -> HeadcountInput:
    if not isinstance(data.count, int) or not 0 < data.count <= MAX_COUNT:
        raise ValidationError(
            "count",
            translate("headcounts", "Give a number from 1 to {max}.").format(max=MAX_COUNT),
        )
    return HeadcountInput(
        ParticipantCategory(data.category),
        data.count,
        v.optional_text(data.label, "label", max_length=100),
    )


def validate_journalist(data: JournalistInput) -> JournalistInput:
    return JournalistInput(
        v.required_text(data.name, "name"), v.optional_text(data.outlet, "outlet")
    )


def _headcount_row(h: VisitHeadcount) -> HeadcountRow:
    return HeadcountRow(h.id, h.version, h.visit_id, h.category, h.label, h.count)


def _journalist_row(j: VisitJournalist) -> JournalistRow:
    return JournalistRow(j.id, j.version, j.visit_id, j.name, j.outlet)


class HeadcountService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- headcounts -------------------------------------------------------------------------
    def headcounts(self, visit_id: uuid.UUID) -> list[HeadcountRow]:
        order = {c: i for i, c in enumerate(ParticipantCategory)}
        with self.db.read() as s:
            rows = s.scalars(
                select(VisitHeadcount).where(
                    VisitHeadcount.visit_id == visit_id, VisitHeadcount.deleted_at.is_(None)
                )
            )
            found = [_headcount_row(h) for h in rows]
        return sorted(found, key=lambda r: (order[r.category], r.label.casefold()))

    def add_headcount(self, visit_id: uuid.UUID, data: HeadcountInput) -> HeadcountRow:
        from samordnare_desktop.services.visits import live_visit

        data = validate_headcount(data)
        with self.db.write() as s:
            live_visit(s, visit_id)
            row = VisitHeadcount(
                visit_id=visit_id, category=data.category, label=data.label, count=data.count
            )
            s.add(row)
            s.flush()
            return _headcount_row(row)

    def _headcount(self, s: Session, headcount_id: uuid.UUID) -> VisitHeadcount:
        row = s.get(VisitHeadcount, headcount_id)
        if row is None:
            raise NotFoundError(translate("headcounts", "The headcount no longer exists."))
        return row

    def update_headcount(
        self, headcount_id: uuid.UUID, data: HeadcountInput, *, expected_version: int | None
    ) -> HeadcountRow:
        data = validate_headcount(data)
        with self.db.write() as s:
            row = self._headcount(s, headcount_id)
            ensure_version(row.version, expected_version)
            row.category, row.label, row.count = data.category, data.label, data.count
            s.flush()
            return _headcount_row(row)

    def remove_headcount(self, headcount_id: uuid.UUID) -> None:
        with self.db.write() as s:
            self._headcount(s, headcount_id).deleted_at = utcnow()

    def restore_headcount(self, headcount_id: uuid.UUID) -> None:
        with self.db.write() as s:
            self._headcount(s, headcount_id).deleted_at = None

    def counts(
        self, visit_ids: Iterable[uuid.UUID]
    ) -> list[tuple[uuid.UUID, ParticipantCategory | OwnCategory, int]]:
        """(visit, category, number) for the visits, for the counts that add headcounts; the
        user's own categories as :class:`OwnCategory` (one per name, whatever its case)."""
        ids = list(visit_ids)
        if not ids:
            return []
        with self.db.read() as s:
            found = s.execute(
                select(
                    VisitHeadcount.visit_id,
                    VisitHeadcount.category,
                    VisitHeadcount.label,
                    func.sum(VisitHeadcount.count),
                )
                .where(VisitHeadcount.visit_id.in_(ids), VisitHeadcount.deleted_at.is_(None))
                .group_by(VisitHeadcount.visit_id, VisitHeadcount.category, VisitHeadcount.label)
                .order_by(VisitHeadcount.label)
            ).all()
        spelled: dict[str, OwnCategory] = {}  # one spelling per name: "Elevråd" and "elevråd"
        totals: dict[tuple[uuid.UUID, ParticipantCategory | OwnCategory], int] = {}
        for visit_id, category, label, n in found:
            key = counted_as(category, label or "")
            if isinstance(key, OwnCategory):
                key = spelled.setdefault(key.name.casefold(), key)
            totals[(visit_id, key)] = totals.get((visit_id, key), 0) + int(n)
        return [(visit_id, key, n) for (visit_id, key), n in totals.items()]

    def own_categories(self) -> list[str]:
        """The names the user has given categories of their own, for choosing again."""
        with self.db.read() as s:
            labels = s.scalars(
                select(VisitHeadcount.label)
                .where(
                    VisitHeadcount.category == ParticipantCategory.OTHER,
                    VisitHeadcount.label != "",
                    VisitHeadcount.deleted_at.is_(None),
                )
                .distinct()
            ).all()
        names: dict[str, str] = {}
        for label in labels:
            name = " ".join(label.split())
            names.setdefault(name.casefold(), name)
        return sorted(names.values(), key=str.casefold)

    # --- journalists ------------------------------------------------------------------------
    def journalists(self, visit_id: uuid.UUID) -> list[JournalistRow]:
        with self.db.read() as s:
            rows = s.scalars(
                select(VisitJournalist).where(
                    VisitJournalist.visit_id == visit_id, VisitJournalist.deleted_at.is_(None)
                )
            )
            found = [_journalist_row(j) for j in rows]
        return sorted(found, key=lambda r: (r.name.casefold(), r.outlet.casefold()))

    def add_journalist(self, visit_id: uuid.UUID, data: JournalistInput) -> JournalistRow:
        from samordnare_desktop.services.visits import live_visit

        data = validate_journalist(data)
        with self.db.write() as s:
            live_visit(s, visit_id)
            row = VisitJournalist(visit_id=visit_id, name=data.name, outlet=data.outlet)
            s.add(row)
            s.flush()
            return _journalist_row(row)

    def _journalist(self, s: Session, journalist_id: uuid.UUID) -> VisitJournalist:
        row = s.get(VisitJournalist, journalist_id)
        if row is None:
            raise NotFoundError(translate("headcounts", "The journalist is no longer registered."))
        return row

    def update_journalist(
        self, journalist_id: uuid.UUID, data: JournalistInput, *, expected_version: int | None
    ) -> JournalistRow:
        data = validate_journalist(data)
        with self.db.write() as s:
            row = self._journalist(s, journalist_id)
            ensure_version(row.version, expected_version)
            row.name, row.outlet = data.name, data.outlet
            s.flush()
            return _journalist_row(row)

    def remove_journalist(self, journalist_id: uuid.UUID) -> None:
        with self.db.write() as s:
            self._journalist(s, journalist_id).deleted_at = utcnow()

    def restore_journalist(self, journalist_id: uuid.UUID) -> None:
        with self.db.write() as s:
            self._journalist(s, journalist_id).deleted_at = None


def headcount_summary(rows: Iterable[HeadcountRow]) -> str:
    """ "6 Unga, 3 Föräldrar (counted)" for a list's summary line; empty when none."""
    parts = [f"{r.count} {r.group}" for r in rows]
    if not parts:
        return ""
    return translate("headcounts", "Counted, not named: {groups}").format(groups=", ".join(parts))
