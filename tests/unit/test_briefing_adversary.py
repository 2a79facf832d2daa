"""Cases an adversarial review of the briefing found (issue #18 parts 2 and 4), kept as tests.

- A finding made at a deleted meeting was printed among the municipality's earlier findings,
  and a good example made at a deleted meeting among the good examples.
- A good example from a meeting with no municipality of its own (a dialogue meeting) held with
  the visit's own municipality was passed on as one "from other municipalities".
- A chosen good example stayed in the briefing after it was re-tagged as concerning the visit's
  own municipality, or changed into a challenge.
- Meeting titles were printed as typed, so a child's name in one was printed too.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time

from pypdf import PdfReader

from samordnare_desktop.domain.finding import (
    FindingInput,
    FindingKind,
    FindingLevel,
    ThemeKey,
    ThemeSource,
)
from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput
from tests.factories import make_visit

TODAY = date(2026, 5, 1)


def _text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def _q1(services: Services) -> ThemeKey:
    q = next(q for q in services.visits.questions() if q.number == 1)
    return ThemeKey(ThemeSource.QUESTION, q.id)


def _add(services: Services, visit_id, text: str, kind=FindingKind.GOOD_EXAMPLE, **fields):
    return services.findings.add(
        FindingInput(
            text=text, kind=kind, level=FindingLevel.MUNICIPAL, visit_id=visit_id, **fields
        )
    )


def _follow_up(services: Services):
    return make_visit(
        services,
        code="0586",
        kind=VisitKind.FOLLOW_UP,
        day=date(2026, 6, 1),
        start_time=time(9),
        end_time=time(12),
    )


def test_findings_of_deleted_meetings_are_never_printed(services: Services) -> None:
    follow = _follow_up(services)
    q1 = _q1(services)
    held = make_visit(services, code="0586", kind=VisitKind.OTHER, day=date(2026, 2, 1))
    _add(services, held.id, "Raderat möte i Mjölby", kind=FindingKind.CHALLENGE)
    services.visits.delete(held.id)
    elsewhere = make_visit(services, code="0583", day=date(2026, 3, 1))  # Motala
    example = _add(services, elsewhere.id, "Raderat möte i Motala", themes=(q1,))
    services.visits.delete(elsewhere.id)
    text = _text(services.briefing.pdf(follow.id, printed_on=TODAY))
    assert "Raderat möte" not in text
    assert example.id not in {e.row.id for e in services.briefing.candidates(follow.id)}
    services.briefing.set_chosen(follow.id, [example.id])  # chosen before the meeting went
    assert "Raderat möte" not in _text(services.briefing.pdf(follow.id, printed_on=TODAY))


def test_a_good_example_from_the_municipalitys_own_dialogue_meeting_is_not_from_elsewhere(
    services: Services,
) -> None:
    follow = _follow_up(services)
    mjolby = services.organisations.of_municipality(services.municipalities.by_code("0586").id)
    dialogue = services.visits.create(
        VisitInput(
            municipality_id=None,
            kind=VisitKind.DIALOGUE,
            day=date(2026, 3, 1),
            title="Dialog",
            organisation_ids=(mjolby.id,),
        )
    )
    own = _add(services, dialogue.id, "Mjölbys eget exempel", themes=(_q1(services),))
    assert own.id not in {e.row.id for e in services.briefing.candidates(follow.id)}
    text = _text(services.briefing.pdf(follow.id, printed_on=TODAY))
    assert "Mjölbys eget exempel" not in text.split("Goda exempel från andra kommuner")[-1]


def test_a_chosen_example_that_no_longer_qualifies_is_left_out(services: Services) -> None:
    follow = _follow_up(services)
    q1 = _q1(services)
    motala = make_visit(services, code="0583", day=date(2026, 3, 1))
    retagged = _add(services, motala.id, "Omtaggat till Mjölby", themes=(q1,))
    changed = _add(services, motala.id, "Blev en utmaning", themes=(q1,))
    kept = _add(services, motala.id, "Fortfarande ett gott exempel", themes=(q1,))
    services.briefing.set_chosen(follow.id, [retagged.id, changed.id, kept.id])
    mjolby = services.organisations.of_municipality(services.municipalities.by_code("0586").id)
    row = services.findings.get(retagged.id)
    services.findings.update(retagged.id, replace(row.as_input(), organisation_ids=(mjolby.id,)))
    row = services.findings.get(changed.id)
    services.findings.update(changed.id, replace(row.as_input(), kind=FindingKind.CHALLENGE))
    examples, chosen = services.briefing.examples(follow.id)
    assert chosen and [e.row.text for e in examples] == ["Fortfarande ett gott exempel"]
    text = _text(services.briefing.pdf(follow.id, printed_on=TODAY))
    part = text.split("Goda exempel från andra kommuner")[-1]
    assert "Omtaggat till Mjölby" not in part and "Blev en utmaning" not in part


def test_meeting_titles_never_name_a_child(services: Services) -> None:
    first = make_visit(
        services,
        code="0586",
        day=date(2026, 2, 1),
        start_time=time(9),
        end_time=time(12),
        title="Samtal med Elsa",
    )
    services.participants.add(first.id, PersonInput("Elsa", ParticipantCategory.CHILD))
    follow = _follow_up(services)
    text = _text(services.briefing.pdf(follow.id, printed_on=TODAY))
    assert "Elsa" not in text and "Samtal med Ungdom" in text
