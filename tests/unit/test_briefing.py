"""The briefing before a visit (issue #18 parts 2 and 4): its sections carry the municipality's
facts, plan, time study, care places, earlier findings and good examples from elsewhere (own
municipality's left out); children are never named; hostile text prints as typed; the choice of
examples is kept per visit; ``export briefing`` from the command line."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from samordnare_desktop.domain.action_plan import PlanStatus
from samordnare_desktop.domain.care_places import LineInput, PlacementForm, ReportInput
from samordnare_desktop.domain.errors import NotFoundError, UserError, ValidationError
from samordnare_desktop.domain.finding import (
    FindingInput,
    FindingKind,
    FindingLevel,
    ThemeKey,
    ThemeSource,
)
from samordnare_desktop.domain.municipality import Municipality
from samordnare_desktop.domain.organisation import municipality_organisation_uuid
from samordnare_desktop.domain.participant import ParticipantCategory
from samordnare_desktop.domain.time_study import RespondentRole
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.time_study import RespondentInput, StudyInput
from tests.factories import make_visit
from tests.helpers import cli

TODAY = date(2026, 5, 1)


def _text(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages), reader


def _q(services: Services, number: int) -> ThemeKey:
    q = next(q for q in services.visits.questions() if q.number == number)
    return ThemeKey(ThemeSource.QUESTION, q.id)


def _example(services: Services, visit_id, text: str, *themes: ThemeKey):
    return services.findings.add(
        FindingInput(
            text=text,
            kind=FindingKind.GOOD_EXAMPLE,
            level=FindingLevel.MUNICIPAL,
            visit_id=visit_id,
            themes=themes,
        )
    )


def _programme(services: Services):
    """Mjölby with facts, a host, a held first visit with findings, a plan with an overdue
    action, a time study, care figures, and a follow-up on questions 1 and 2; good examples
    from Motala (one naming a child) and one from Mjölby itself."""
    m = services.municipalities.by_code("0586")
    with services.db.write() as s:
        s.execute(
            update(Municipality)
            .where(Municipality.id == m.id)
            .values(
                population=34_123,
                population_year=2024,
                municipality_group="B4",
                municipality_group_name="Pendlingskommun nära större stad",
                in_programme=True,
            )
        )
    host = services.municipalities.add_contact(
        m.id, ContactInput("Karin Vall", "Socialchef", "Socialförvaltningen", "013-20 00 00")
    )
    first = make_visit(services, day=date(2026, 2, 4), status=VisitStatus.HELD)
    follow = services.visits.create(
        _follow_input(services, host.id), question_ids=[_q(services, 1).id, _q(services, 2).id]
    )
    child = services.participants.add(
        first.id, PersonInput("Elsa", category=ParticipantCategory.CHILD)
    )
    alias = child.person.display_name.split("(")[-1].rstrip(")")
    services.findings.add(
        FindingInput(
            text="Elsa berättade att handläggaren byts ofta",
            kind=FindingKind.CHALLENGE,
            level=FindingLevel.MUNICIPAL,
            visit_id=first.id,
        )
    )
    _example(services, first.id, "Mjölbys egen modell för familjehem", _q(services, 1))
    motala = make_visit(services, code="0583", day=date(2026, 1, 20), status=VisitStatus.HELD)
    _example(services, motala.id, "Motala: barnets röst i varje utredning", _q(services, 1))
    _example(services, motala.id, "Motala: Elsas skola ringer direkt", _q(services, 2))
    _example(services, motala.id, "Motala: utan tema")  # shares no theme: not passed on

    plan = services.action_plans.create_plan(
        m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2), "Eva Ek")
    )
    area = services.action_plans.add_area(plan.id, AreaInput("Samverkan med skola", "", ""))
    services.action_plans.add_action(
        area.id, ActionInput("Gemensam SIP-rutin", "Avdelningschef", None, date(2026, 4, 1))
    )
    services.action_plans.add_action(
        area.id, ActionInput("Möten med elevhälsan", "Enhetschef", None, date(2026, 12, 1))
    )
    c = {x.key: x.id for x in services.time_studies.categories()}
    services.time_studies.create(
        StudyInput(
            m.id,
            "Mätning 1",
            date(2026, 1, 12),
            date(2026, 1, 23),
            (
                RespondentInput(
                    RespondentRole.SOCIAL_WORKER, 10, {c["direct_children"]: 250, c["other"]: 750}
                ),
            ),
        )
    )
    services.care_places.save(
        ReportInput(
            municipality_organisation_uuid("0586"),
            "2025",
            {PlacementForm.HVB: LineInput(placed=14, own=11, bought=3)},
        )
    )
    return follow, alias


def _follow_input(services: Services, host_id):
    from tests.factories import visit_input

    return visit_input(
        services,
        kind=VisitKind.FOLLOW_UP,
        day=date(2026, 9, 9),
        start_time=time(9),
        end_time=time(13),
        venue_name="Kommunhuset",
        host_contact_id=host_id,
    )


def test_the_briefing_carries_each_sections_facts(services: Services) -> None:
    follow, alias = _programme(services)
    data = services.briefing.pdf(follow.id, printed_on=TODAY)
    text, reader = _text(data)
    assert reader.metadata.title.startswith("Besöksunderlag – Mjölby, 2026-09-09")
    assert "Sida 1 av" in reader.pages[0].extract_text()
    # the municipality: facts and stage, meetings so far
    assert "Folkmängd 34 123 (2024)" in text
    assert "B4 Pendlingskommun nära större stad" in text
    assert "Östergötlands län" in text and "Programsteg Uppföljning planerad" in text
    assert "2026-02-04 Första besök Genomfört" in text
    # contacts, the host first
    assert "Karin Vall" in text and "Värd" in text and "013-20 00 00" in text
    # the plan: status and the overdue action (due 2026-04-01, printed 2026-05-01)
    assert "Inkommen: 2026-03-02" in text and "1 försenade" in text
    assert "Gemensam SIP-rutin" in text and "2026-04-01" in text
    assert "Möten med elevhälsan" not in text  # not overdue
    # the time study beside the programme median (Mjölby is the programme: 25 %)
    assert "Mätning 1" in text and "Programmets median" in text and "25 %" in text
    # care places: HVB 14 placed, 3 bought shown as <5 and the own places hidden with it
    assert "Period 2025" in text and "14" in text and "<5" in text
    # earlier findings there, the child masked
    assert f"{alias} berättade att handläggaren byts ofta" in text
    assert "Elsa" not in text
    # good examples: Motala's on the visit's questions; Mjölby's own and the untagged left out
    assert "Motala: barnets röst i varje utredning" in text
    assert f"Motala: {alias}:s skola ringer direkt" in text
    assert "Motala: utan tema" not in text
    examples = text.split("Goda exempel från andra kommuner")[-1]
    assert "Mjölbys egen modell" not in examples
    assert "Valda automatiskt" in examples
    # the visit's questions
    assert "Besökets frågeställningar Fråga 1" in text


def test_empty_sections_say_so(services: Services) -> None:
    visit = make_visit(services, code="0583")
    text, _ = _text(services.briefing.pdf(visit.id, printed_on=TODAY))
    for line in (
        "Folkmängd inte importerad",
        "Inga kontaktpersoner är registrerade.",
        "Ingen handlingsplan ännu.",
        "Ingen tidsmätning ännu.",
        "Inga vårdplatssiffror för kommunen.",
        "Inga tidigare iakttagelser för kommunen.",
        "Inga goda exempel från andra kommuner på besökets teman ännu.",
    ):
        assert line in text


def test_chosen_examples_are_kept_in_order_and_printed_alone(services: Services) -> None:
    follow, _alias = _programme(services)
    candidates = services.briefing.candidates(follow.id)
    texts = {e.row.text: e.row.id for e in candidates}
    assert set(texts) == {
        "Motala: barnets röst i varje utredning",
        "Motala: Elsas skola ringer direkt",
    }  # the visit's own municipality's is not a candidate
    chosen = [texts["Motala: Elsas skola ringer direkt"]]
    services.briefing.set_chosen(follow.id, chosen)
    assert services.briefing.chosen_ids(follow.id) == chosen
    text, _ = _text(services.briefing.pdf(follow.id, printed_on=TODAY))
    assert "Valda av samordnaren" in text
    assert "skola ringer direkt" in text and "barnets röst" not in text
    # a finding that is no good example (or gone) cannot be chosen
    challenge = services.findings.add(FindingInput(text="x", kind=FindingKind.CHALLENGE))
    with pytest.raises(ValidationError):
        services.briefing.set_chosen(follow.id, [challenge.id])
    services.findings.delete(chosen[0])
    assert services.briefing.chosen_ids(follow.id) == []  # back to the automatic rule
    services.briefing.set_chosen(follow.id, [])
    text, _ = _text(services.briefing.pdf(follow.id, printed_on=TODAY))
    assert "Valda automatiskt" in text and "barnets röst" in text


def test_the_automatic_rule_prefers_more_shared_themes(services: Services) -> None:
    here = services.visits.create(
        _follow_input(services, None), question_ids=[_q(services, 1).id, _q(services, 2).id]
    )
    motala = make_visit(services, code="0583")
    both = _example(services, motala.id, "delar två", _q(services, 1), _q(services, 2))
    for n in range(6):  # newer, one theme each
        _example(services, motala.id, f"delar ett {n}", _q(services, 1))
    examples, chosen = services.briefing.examples(here.id)
    assert not chosen and len(examples) == 5
    assert examples[0].row.id == both.id


def test_hostile_text_prints_as_typed(services: Services) -> None:
    visit = services.visits.create(_follow_input(services, None), question_ids=[_q(services, 1).id])
    motala = make_visit(services, code="0583")
    hostile = "<b>fet</b> & <img src='/etc/passwd'/> 😀 Åsa Öberg 北京 " + "ord " * 980
    assert len(hostile) > 3_900  # a finding holds at most 4,000 characters
    _example(services, motala.id, hostile, _q(services, 1))
    services.findings.add(
        FindingInput(text=hostile, kind=FindingKind.CHALLENGE, visit_id=make_visit(services).id)
    )
    data = services.briefing.pdf(visit.id, printed_on=TODAY)
    text, reader = _text(data)
    assert text.count("<b>fet</b> & <img src='/etc/passwd'/>") == 2
    assert "😀" in text and "北京" in text and "Åsa Öberg" in text
    assert len(reader.pages) >= 3  # 2 x 4,000 characters flow over pages


def test_the_visit_for_a_municipality(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.briefing.visit_for_municipality("9999")
    with pytest.raises(UserError, match="har inget besök"):
        services.briefing.visit_for_municipality("0583")
    past = make_visit(services, day=date(2026, 1, 10))
    assert services.briefing.visit_for_municipality("0586", TODAY) == past.id
    coming = make_visit(services, day=date(2026, 6, 1), kind=VisitKind.FOLLOW_UP)
    make_visit(services, day=date(2026, 5, 10), kind=VisitKind.DIALOGUE)
    # the next first or follow-up visit, though another meeting comes before it
    assert services.briefing.visit_for_municipality("0586", TODAY) == coming.id
    assert services.briefing.visit_for_municipality("0586", date(2026, 7, 1)) == coming.id


def test_cli_exports_the_briefing(services: Services, db_path, tmp_path) -> None:
    _programme(services)
    services.db.close()
    out = tmp_path / "underlag.pdf"
    done = cli(["--db", str(db_path), "export", "briefing", "--kommun", "0586", "--out", str(out)])
    assert done.returncode == 0, done.stderr
    text, _ = _text(out.read_bytes())
    assert "Besöksunderlag" in text and "Motala: barnets röst" in text and "Elsa" not in text
    unknown = cli(
        ["--db", str(db_path), "export", "briefing", "--kommun", "9999", "--out", str(out)]
    )
    assert unknown.returncode != 0 and unknown.stderr.strip().count("\n") == 0
    assert "9999" in unknown.stderr
    none = cli(["--db", str(db_path), "export", "briefing", "--kommun", "0114", "--out", str(out)])
    assert none.returncode != 0 and "har inget besök" in none.stderr
    assert none.stderr.strip().count("\n") == 0


def test_a_5000_character_text_and_markup_in_every_field_print(services: Services) -> None:
    from dataclasses import replace

    from samordnare_desktop.pdf.briefing import briefing_pdf
    from samordnare_desktop.pdf.briefing_data import BriefingContact, BriefingFinding

    follow, _alias = _programme(services)
    doc = services.briefing.document(follow.id, printed_on=TODAY)
    long = "<i>&amp;</i> 🙂 " + "lång " * 1000
    assert len(long) >= 5_000
    doc = replace(
        doc,
        municipality="<Mjölby & co>",
        contacts=(BriefingContact(long, long, long, "<1>", "a&b@x.se"),),
        examples=(BriefingFinding(TODAY, "Gott exempel", "", long, long, long),),
        questions=((1, long),),
    )
    text, reader = _text(briefing_pdf(doc))
    assert "<Mjölby & co>" in text and "<i>&amp;</i> 🙂" in text and "a&b@x.se" in text
    assert len(reader.pages) >= 3


def test_a_meeting_with_organisations_only_has_a_briefing_too(services: Services) -> None:
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput
    from samordnare_desktop.services.visits import VisitInput

    famna = services.organisations.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    visit = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 6, 1), organisation_ids=(famna.id,))
    )
    text, _ = _text(services.briefing.pdf(visit.id, printed_on=TODAY))
    assert "Famna" in text
    assert "Mötet är inte med en kommun: inga kommunfakta." in text
    assert "Ingen handlingsplan ännu." in text
