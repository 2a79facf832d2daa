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

import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.base import utcnow
from samordnare_desktop.domain.errors import NotFoundError, UserError, ValidationError
from samordnare_desktop.domain.organisation import Organisation
from samordnare_desktop.domain.participant import Participant, ParticipantCategory, Person
from samordnare_desktop.domain.visit import Visit
from samordnare_desktop.i18n import translate
from samordnare_desktop.services import tabular
from samordnare_desktop.services.participant_import import (
    ImportAction,
    ImportPlan,
    ImportReceipt,
    next_alias,
    outline,
    plan_import,
    read_import_table,
)
from samordnare_desktop.services.participants import (
    ParticipantRow,
    ParticipantService,
)
from samordnare_desktop.services.visits import live_visit

if TYPE_CHECKING:  # the PDF module (and ReportLab) is imported when a PDF is made
    from samordnare_desktop.pdf.participants import ListOptions, ParticipantEntry, VisitHeading

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
        table, label, read, sheets = read_import_table(Path(path), sheet)
        with self.db.read() as s:
            plan = plan_import(s, self._visit(s, visit_id), table, label)
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
        table, label, read, sheets = read_import_table(Path(path), sheet)
        with self.db.write() as s:
            visit = self._visit(s, visit_id)
            plan = plan_import(s, visit, table, label)
            if expected is not None and outline(plan) != outline(expected):
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
            for link_id, old_org, new_org in receipt.moved_links:
                link = s.get(Participant, link_id)
                current, wanted = (new_org, old_org) if back else (old_org, new_org)
                if link is not None and link.organisation_id == current:
                    link.organisation_id = wanted
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
        moved: list[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None]] = []
        for row in plan.rows:
            if row.action is ImportAction.SKIP or row.person is None:
                continue
            data = row.person
            if row.action is ImportAction.ADD:
                values = dict(data.__dict__)
                org_id = values.pop("organisation_id")
                own_team = data.category is ParticipantCategory.OWN_TEAM
                if org_id is None and not own_team:  # the coordinator's team: no municipality
                    org_id = _own_organisation(s, visit)
                org = s.get(Organisation, org_id) if org_id is not None else None
                person = Person(
                    municipality_id=(
                        org.municipality_id if org else None if own_team else visit.municipality_id
                    ),
                    organisation_id=org_id,
                    **values,
                )
                person.id = uuid.uuid4()
                if data.category.is_child:
                    alias = alias or next_alias(s, person.municipality_id)
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
                if "organisation_id" in row.changed_fields:  # moved, as the preview said
                    org = s.get(Organisation, data.organisation_id)
                    if org is None or org.is_deleted:
                        raise NotFoundError(
                            translate("organisations", "The organisation no longer exists.")
                        )
                    fields += (("municipality_id", person.municipality_id, org.municipality_id),)
                for name, _old, new in fields:
                    setattr(person, name, new)
                if fields:
                    changes.append((person.id, fields))
            ParticipantService._set_keys(person)
            existing = links.get(person.id)
            if (
                "organisation_id" in row.changed_fields
                and existing is not None
                and existing.organisation_id != person.organisation_id
            ):  # on this meeting's list the person comes from where the file says
                moved.append((existing.id, existing.organisation_id, person.organisation_id))
                existing.organisation_id = person.organisation_id
            if row.join_visit:
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
            tuple(moved),
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

        return participant_list_pdf(
            self.heading(visit_id),
            self.entries(visit_id),
            options,
            self.counted(visit_id),
            self.counted_travelling(visit_id),
        )

    def counted(self, visit_id: uuid.UUID) -> list[tuple[str, int]]:
        """The visit's headcounts as (group, number), for the lists' totals; headcounts in the
        categories travelling with the coordinator are left out (see ``counted_travelling``)."""
        from samordnare_desktop.services.headcounts import HeadcountService

        return [
            (h.group, h.count)
            for h in HeadcountService(self.db).headcounts(visit_id)
            if not h.category.travels_with_coordinator
        ]

    def counted_travelling(self, visit_id: uuid.UUID) -> int:
        """People counted (not named) in the categories travelling with the coordinator."""
        from samordnare_desktop.services.headcounts import HeadcountService

        return sum(
            h.count
            for h in HeadcountService(self.db).headcounts(visit_id)
            if h.category.travels_with_coordinator
        )

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
            counted=self.counted(visit_id),
            counted_travelling=self.counted_travelling(visit_id),
        )


def _own_organisation(s: Session, visit: Visit) -> uuid.UUID | None:
    """The organisation of the meeting's municipality (None for a meeting without one)."""
    if visit.municipality_id is None:
        return None
    return s.scalar(
        select(Organisation.id).where(Organisation.municipality_id == visit.municipality_id)
    )
