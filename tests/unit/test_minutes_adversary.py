"""A case an adversarial review of the minutes PDF found (issue #18 part 3), kept as a test: the
attendance summary's total counted the people travelling with the coordinator (named, and a
headcount in their category), while every other list counts them apart."""

from __future__ import annotations

import io
from datetime import time

from pypdf import PdfReader

from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.services.headcounts import HeadcountInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from tests.factories import make_visit


def test_the_attendance_total_leaves_out_those_travelling_with_the_coordinator(
    services: Services,
) -> None:
    visit = make_visit(services, start_time=time(9), end_time=time(12))
    here = ParticipationInput(attended=True)
    services.participants.add(visit.id, PersonInput("Anna Berg", ParticipantCategory.MANAGER), here)
    services.participants.add(
        visit.id, PersonInput("Karin Vall", ParticipantCategory.POLITICIAN), here
    )
    services.participants.add(
        visit.id, PersonInput("Sekreteraren Sara", ParticipantCategory.OWN_TEAM), here
    )
    services.headcounts.add_headcount(visit.id, HeadcountInput(ParticipantCategory.OWN_TEAM, 2))
    reader = PdfReader(io.BytesIO(services.visit_documents.minutes_pdf(visit.id)))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Totalt 2 0" in text, text[:600]
    assert "Med samordnaren (ingår inte i totalen) 3 0" in text, text[:600]
