"""Documents for the day of a visit: the press invitation, name badges and table cards, and the
visit pack (cover, agenda, participant list, sign-in sheet, press invitation, questions, and
for a visit to a municipality the briefing before it).

The service gathers plain data from the other services and hands it to ``pdf/``; it returns
bytes (or text), and :func:`write` saves them atomically.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from samordnare_desktop.db.engine import Database
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate

if TYPE_CHECKING:
    from samordnare_desktop.pdf.badges import Card
    from samordnare_desktop.pdf.pack import PackCover
    from samordnare_desktop.pdf.press import PressInvitation
    from samordnare_desktop.services.visits import VisitRow


class VisitDocumentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the pieces -------------------------------------------------------------------------
    def _visit(self, visit_id: uuid.UUID) -> VisitRow:
        from samordnare_desktop.services.visits import VisitService

        return VisitService(self.db).get(visit_id)

    def press_invitation(
        self, visit_id: uuid.UUID, *, printed_on: date | None = None
    ) -> PressInvitation:
        """The invitation's data; a ``UserError`` if the visit has no press meeting."""
        from samordnare_desktop.pdf.press import PressInvitation

        visit = self._visit(visit_id)
        if not visit.has_press_meeting:
            raise UserError(
                translate(
                    "visit_documents",
                    "The visit has no press meeting. Tick “Press meeting” on the visit and fill "
                    "in its time and place first.",
                )
            )
        if missing := press_missing(visit):
            raise UserError(
                translate(
                    "visit_documents",
                    "The press invitation is not made: the press meeting has no {missing}. Fill "
                    "in the press meeting on the visit first.",
                ).format(missing=missing)
            )
        venue = _venue(visit)
        return PressInvitation(
            municipality=visit.place_label,
            visit_title=visit.display_title,
            day=visit.day,
            start=visit.press_start,
            end=visit.press_end,
            place=visit.press_place or venue,
            contact_name=visit.press_contact_name,
            contact_phone=visit.press_contact_phone,
            contact_email=visit.press_contact_email,
            printed_on=printed_on,
        )

    def press_pdf(self, visit_id: uuid.UUID, *, printed_on: date | None = None) -> bytes:
        from samordnare_desktop.pdf.press import press_invitation_pdf

        return press_invitation_pdf(self.press_invitation(visit_id, printed_on=printed_on))

    def press_text(self, visit_id: uuid.UUID) -> str:
        from samordnare_desktop.pdf.press import press_text

        return press_text(self.press_invitation(visit_id))

    def cards(self, visit_id: uuid.UUID) -> list[Card]:
        """One card per participant, in the participant list's order (surname first)."""
        from samordnare_desktop.pdf.badges import Card
        from samordnare_desktop.pdf.participants import GroupBy, group_entries
        from samordnare_desktop.services.participant_documents import ParticipantDocumentService

        entries = ParticipantDocumentService(self.db).entries(visit_id)
        if not entries:
            return []
        return [
            Card(e.name, e.organisation) for e in group_entries(entries, GroupBy.NONE)[0].entries
        ]

    def _event_line(self, visit: VisitRow) -> str:
        return f"{visit.place_label} · {visit.display_title} · {visit.day.isoformat()}"

    def badges_pdf(self, visit_id: uuid.UUID) -> bytes:
        from samordnare_desktop.pdf.badges import badges_pdf

        return badges_pdf(self.cards(visit_id), self._event_line(self._visit(visit_id)))

    def table_cards_pdf(self, visit_id: uuid.UUID) -> bytes:
        from samordnare_desktop.pdf.badges import table_cards_pdf

        return table_cards_pdf(self.cards(visit_id), self._event_line(self._visit(visit_id)))

    def minutes_pdf(self, visit_id: uuid.UUID, *, printed_on: date | None = None) -> bytes:
        """The meeting's minutes (*minnesanteckningar*), item by item of its agenda."""
        from samordnare_desktop.pdf.minutes import minutes_pdf
        from samordnare_desktop.services.minutes import MinutesService

        return minutes_pdf(MinutesService(self.db).document(visit_id, printed_on=printed_on))

    # --- the pack ---------------------------------------------------------------------------
    def press_note(self, visit: VisitRow) -> str:
        """Why the pack has no press invitation though the visit has a press meeting ("")."""
        if not visit.has_press_meeting or not (missing := press_missing(visit)):
            return ""
        return translate(
            "visit_documents",
            "No press invitation in the pack: the press meeting has no {missing}.",
        ).format(missing=missing)

    def cover(self, visit_id: uuid.UUID, *, printed_on: date | None = None) -> PackCover:
        from samordnare_desktop.pdf.pack import PackContact, PackCover
        from samordnare_desktop.services.municipalities import MunicipalityService
        from samordnare_desktop.services.participants import ParticipantService

        visit = self._visit(visit_id)
        if visit.municipality_id is not None:
            known = MunicipalityService(self.db).details(visit.municipality_id).contacts
        else:  # a meeting with organisations only (a dialogue meeting): their contacts
            from samordnare_desktop.services.organisations import OrganisationService

            organisations = OrganisationService(self.db)
            known = tuple(c for o in visit.organisation_ids for c in organisations.contacts(o))
        host = None
        contacts = []
        for c in known:
            contact = PackContact(c.name, c.title, c.organisation, c.phone, c.email)
            if c.id == visit.host_contact_id:
                host = PackContact(
                    c.name,
                    c.title,
                    c.organisation,
                    c.phone,
                    c.email,
                    role=translate("visit_documents", "Host"),
                )
            else:
                contacts.append(contact)
        if visit.has_press_meeting and visit.press_contact_name:
            press_role = translate("visit_documents", "Press contact")
            same = [
                i
                for i, c in enumerate(contacts)
                if c.name.casefold() == visit.press_contact_name.casefold()
            ]
            if same:  # a contact person who is also the press contact: one line, both roles
                known = contacts[same[0]]
                contacts[same[0]] = PackContact(
                    known.name,
                    known.title,
                    known.organisation,
                    known.phone or visit.press_contact_phone,
                    known.email or visit.press_contact_email,
                    role=press_role,
                )
            elif host is not None and host.name.casefold() == visit.press_contact_name.casefold():
                host = PackContact(
                    host.name,
                    host.title,
                    host.organisation,
                    host.phone,
                    host.email,
                    role=f"{host.role}, {press_role}",
                )
            else:
                contacts.append(
                    PackContact(
                        visit.press_contact_name,
                        phone=visit.press_contact_phone,
                        email=visit.press_contact_email,
                        role=press_role,
                    )
                )
        from samordnare_desktop.pdf.participants import travelling_line
        from samordnare_desktop.services.headcounts import HeadcountService, headcount_summary

        audience = HeadcountService(self.db)
        journalists = audience.journalists(visit_id)
        contacts += [
            PackContact(
                j.name, organisation=j.outlet, role=translate("visit_documents", "Journalist")
            )
            for j in journalists
        ]
        # the same rule as the participant list and the quarterly report: the hosts' people in
        # the count, those travelling with the coordinator (named or counted) apart
        listed = ParticipantService(self.db).list_for_visit(visit_id)
        headcounts = audience.headcounts(visit_id)
        count = sum(1 for p in listed if not p.travels_with_coordinator)
        travelling = sum(1 for p in listed if p.travels_with_coordinator) + sum(
            h.count for h in headcounts if h.category.travels_with_coordinator
        )
        counts = [
            translate("visit_documents", "{count} participants on the list").format(count=count)
        ]
        host_counts = [h for h in headcounts if not h.category.travels_with_coordinator]
        if summary := headcount_summary(host_counts):
            counts.append(summary)
        if travelling:
            counts.append(travelling_line(travelling))
        if journalists:
            counts.append(
                translate("visit_documents", "1 journalist registered")
                if len(journalists) == 1
                else translate("visit_documents", "{count} journalists registered").format(
                    count=len(journalists)
                )
            )
        venue = _venue(visit)
        note = self.press_note(visit)
        return PackCover(
            municipality=visit.place_label,
            visit_title=visit.display_title,
            day=visit.day,
            start_time=visit.start_time,
            end_time=visit.end_time,
            venue=venue,
            host=host,
            contacts=tuple(contacts),
            counts=" · ".join(counts),
            notes=(note,) if note else (),
            printed_on=printed_on,
        )

    def visit_pack(
        self,
        visit_id: uuid.UUID,
        *,
        printed_on: date | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> bytes:
        """The whole pack as one PDF (see ``pdf.pack``). ``progress(done, total)`` is called
        after each part (a background job's progress dialog; it may raise to cancel)."""
        from samordnare_desktop.pdf.agenda import render_agenda
        from samordnare_desktop.pdf.pack import PackPart, questions_pdf, visit_pack_pdf
        from samordnare_desktop.pdf.participants import (
            ListOptions,
            participant_list_pdf,
            signin_sheet_pdf,
        )
        from samordnare_desktop.services.agendas import AgendaService
        from samordnare_desktop.services.participant_documents import ParticipantDocumentService
        from samordnare_desktop.services.visits import VisitService

        steps = 8  # the data, agenda, list, sign-in sheet, press, questions, briefing, the pack
        step = iter(range(1, steps + 1))

        def advance() -> None:
            if progress is not None:
                progress(next(step), steps)

        printed_on = printed_on or date.today()
        visit = self._visit(visit_id)
        cover = self.cover(visit_id, printed_on=printed_on)
        docs = ParticipantDocumentService(self.db)
        heading = docs.heading(visit_id)
        entries = docs.entries(visit_id)
        counted = docs.counted(visit_id)
        travelling = docs.counted_travelling(visit_id)
        agenda = AgendaService(self.db).document(visit_id, printed_on=printed_on)
        advance()
        parts = [PackPart(translate("visit_documents", "Agenda"), render_agenda(agenda))]
        advance()
        parts.append(
            PackPart(
                translate("visit_documents", "Participant list"),
                participant_list_pdf(
                    heading, entries, ListOptions(printed_on=printed_on), counted, travelling
                ),
            )
        )
        advance()
        parts.append(
            PackPart(
                translate("visit_documents", "Sign-in sheet"),
                signin_sheet_pdf(
                    heading,
                    entries,
                    printed_on=printed_on,
                    counted=counted,
                    counted_travelling=travelling,
                ),
            )
        )
        advance()
        if visit.has_press_meeting and not press_missing(visit):
            parts.append(
                PackPart(
                    translate("visit_documents", "Press invitation"),
                    self.press_pdf(visit_id, printed_on=printed_on),
                )
            )
        advance()
        questions = VisitService(self.db).questions_of(visit_id)
        if questions:
            parts.append(
                PackPart(
                    translate("visit_documents", "Questions for the visit"),
                    questions_pdf(cover, questions),
                )
            )
        advance()
        if visit.municipality_id is not None:  # the briefing before a visit to a municipality
            from samordnare_desktop.services.briefing import BriefingService

            parts.append(
                PackPart(
                    translate("visit_documents", "Briefing before the visit"),
                    BriefingService(self.db).pdf(visit_id, printed_on=printed_on),
                )
            )
        advance()
        pack = visit_pack_pdf(cover, parts)
        advance()
        return pack


def _venue(visit: VisitRow) -> str:
    return ", ".join(p for p in (visit.venue_name, visit.venue_room, visit.venue_address) if p)


def press_missing(visit: VisitRow) -> str:
    """What the press invitation lacks, as words for a sentence ("time, place and contact
    person"), or "": a start time, a place (the press meeting's, else the venue) and a contact
    (a name, phone or e-mail)."""
    missing = []
    if visit.press_start is None:
        missing.append(translate("visit_documents", "time"))
    if not (visit.press_place.strip() or _venue(visit).strip()):
        missing.append(translate("visit_documents", "place"))
    if not any(
        p.strip()
        for p in (visit.press_contact_name, visit.press_contact_phone, visit.press_contact_email)
    ):
        missing.append(translate("visit_documents", "contact person"))
    if len(missing) < 2:
        return "".join(missing)
    return translate("visit_documents", "{items} and {last}").format(
        items=", ".join(missing[:-1]), last=missing[-1]
    )


def write(path: Path, data: bytes | str) -> Path:
    """Save a document: a PDF through :func:`samordnare_desktop.files.write_pdf`, text (the press
    invitation as plain text) atomically as UTF-8."""
    from samordnare_desktop.files import atomic_write_bytes, write_pdf

    if isinstance(data, bytes):
        return write_pdf(Path(path), data)
    atomic_write_bytes(Path(path), data.encode("utf-8"))
    return Path(path)
