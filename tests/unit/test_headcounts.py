"""Headcounts ("6 unga deltog") and journalists on a visit: stored, counted where participants
are counted, personal data declared."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.participant import VisitHeadcount, VisitJournalist
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.headcounts import HeadcountInput, JournalistInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput

pytestmark = pytest.mark.both_backends  # SQLite and the team's PostgreSQL server


def _text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def _visit(services: Services, day: date = date(2026, 3, 4)):
    m = services.municipalities.by_code("0586")
    visit = services.visits.create(VisitInput(m.id, VisitKind.FIRST, day, status=VisitStatus.HELD))
    services.participants.add(
        visit.id, PersonInput("Anna Berg", Cat.MANAGER), ParticipationInput(attended=True)
    )
    services.participants.add(visit.id, PersonInput("", Cat.CHILD))
    return visit


def test_headcounts_are_stored_edited_and_removed(services: Services):
    visit = _visit(services)
    svc = services.headcounts
    young = svc.add_headcount(visit.id, HeadcountInput(Cat.CHILD, 6))
    own = svc.add_headcount(visit.id, HeadcountInput(Cat.PARENT, 3, "  Föräldrar från  BVC "))
    assert [(h.count, h.group) for h in svc.headcounts(visit.id)] == [
        (6, "Unga"),
        (3, "Föräldrar från BVC"),
    ]
    assert young.describe() == "6 Unga (antal)"
    svc.update_headcount(own.id, HeadcountInput(Cat.PARENT, 4, "BVC"), expected_version=1)
    svc.remove_headcount(young.id)
    assert [(h.count, h.group) for h in svc.headcounts(visit.id)] == [(4, "BVC")]
    svc.restore_headcount(young.id)
    assert len(svc.headcounts(visit.id)) == 2
    for bad in (0, -1, 100_001):
        with pytest.raises(ValidationError) as caught:
            svc.add_headcount(visit.id, HeadcountInput(Cat.CHILD, bad))
        assert caught.value.field == "count"


def test_headcounts_count_with_named_participants_everywhere(services: Services):
    visit = _visit(services)
    services.headcounts.add_headcount(visit.id, HeadcountInput(Cat.CHILD, 6))
    summary = services.participants.counts_by_category(visit.id)
    assert (summary.total, summary.attended) == (8, 7)
    child = next(c for c in summary.by_category if c.category is Cat.CHILD)
    assert (child.total, child.attended) == (7, 6)

    docs = services.participant_documents
    listing = _text(docs.participant_list_pdf(visit.id))
    assert "Dessutom räknade, inte namngivna: 6 Unga · 8 totalt" in listing
    sheet = _text(docs.signin_sheet_pdf(visit.id))
    assert "Dessutom räknade, inte namngivna: 6 Unga · 8 totalt" in sheet

    report = services.reports.gather(date(2026, 1, 1), date(2026, 3, 31))
    assert (report.participants.total, report.participants.attended) == (8, 7)


def test_programme_export_counts_headcounts(services: Services):
    visit = _visit(services)
    services.headcounts.add_headcount(visit.id, HeadcountInput(Cat.CHILD, 6))
    m = services.municipalities.by_code("0586")
    services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")
    sheet = next(x for x in services.export.sheets() if x.title == "Deltagare")
    young = [r for r in sheet.rows if r[4] == Cat.CHILD.label()]
    assert young and list(young[0][5:7]) == [7, 6]


def test_journalists_are_noted_apart_from_participants(services: Services):
    visit = _visit(services)
    svc = services.headcounts
    svc.add_journalist(visit.id, JournalistInput("Kim Ek", "Corren"))
    svc.add_journalist(visit.id, JournalistInput("Ali Nur"))
    assert [(j.name, j.outlet) for j in svc.journalists(visit.id)] == [
        ("Ali Nur", ""),
        ("Kim Ek", "Corren"),
    ]
    assert services.participants.counts_by_category(visit.id).total == 2
    with pytest.raises(ValidationError):
        svc.add_journalist(visit.id, JournalistInput("  "))
    cover = _text(services.visit_documents.visit_pack(visit.id))
    assert "2 journalister anmälda" in cover and "Kim Ek" in cover


def test_journalists_and_headcount_labels_are_declared_personal_data(services: Services):
    from samordnare_desktop.services.privacy import FREE_TEXT, PERSON_SOURCES, PURGE_ON_CLOSE

    assert any(s.model is VisitJournalist for s in PERSON_SOURCES)
    purged = dict((model, fields) for model, fields in PURGE_ON_CLOSE)
    assert set(purged[VisitJournalist]) == {"name", "outlet"}
    assert purged[VisitHeadcount] == ("label",)
    assert any(f.model is VisitHeadcount and f.attr == "label" for f in FREE_TEXT)

    visit = _visit(services)
    services.headcounts.add_journalist(visit.id, JournalistInput("Kanarie Journalistsson", "X"))
    found = services.privacy.find_person(name="Kanarie Journalistsson")
    assert any(r.kind == "journalist" for r in found.records)


def test_every_document_gives_the_same_total_with_the_travelling_party_apart(services: Services):
    """Issue #19: the list, the sign-in sheet, the pack cover and the quarterly report agree:
    the hosts' people (named and counted) in the total, those travelling with the coordinator
    (named and counted in a travelling category) apart."""
    visit = _visit(services)  # Anna Berg (present) and one unnamed young person
    services.participants.add(
        visit.id,
        PersonInput("Sekreterare Sara", Cat.OWN_TEAM, organisation="Socialdepartementet"),
        ParticipationInput(attended=True),
    )
    services.headcounts.add_headcount(visit.id, HeadcountInput(Cat.CHILD, 6))
    services.headcounts.add_headcount(visit.id, HeadcountInput(Cat.OWN_TEAM, 3))
    services.headcounts.add_journalist(visit.id, JournalistInput("Kim Ek", "Corren"))

    docs = services.participant_documents
    listing = " ".join(_text(docs.participant_list_pdf(visit.id)).split())
    assert "2 deltagare" in listing
    assert "4 reser med samordnaren" in listing
    assert "Dessutom räknade, inte namngivna: 6 Unga · 8 totalt" in listing
    sheet = " ".join(_text(docs.signin_sheet_pdf(visit.id)).split())
    assert "Dessutom räknade, inte namngivna: 6 Unga · 8 totalt" in sheet
    assert "4 reser med samordnaren" in sheet

    pack = " ".join(_text(services.visit_documents.visit_pack(visit.id)).split())
    assert "2 deltagare på listan" in pack
    assert "Räknade, inte namngivna: 6 Unga" in pack and "3 Eget" not in pack
    assert "4 reser med samordnaren" in pack
    assert "1 journalist anmäld" in pack and "1 journalister" not in pack
    assert "Dessutom räknade, inte namngivna: 6 Unga · 8 totalt" in pack

    summary = services.participants.counts_by_category(visit.id)
    assert (summary.total, summary.travelling) == (8, 4)
    period = (date(2026, 1, 1), date(2026, 3, 31))
    report = services.reports.gather(*period)
    assert (report.participants.total, report.participants.travelling) == (8, 4)
    text = " ".join(_text(services.reports.build_pdf(*period)).split())
    assert "8 på deltagarlistorna" in text
    assert "Reser med samordnaren (ingår inte i totalen) 4" in text


def test_a_category_of_the_users_own_is_counted_under_its_name_everywhere(services: Services):
    """Issue #19: headcounts in "any category the user chooses", not only the fixed ones."""
    from samordnare_desktop.domain.participant import OwnCategory

    visit = _visit(services)  # Anna Berg (manager, present) and one unnamed young person
    svc = services.headcounts
    svc.add_headcount(visit.id, HeadcountInput.own("Familjehemsföräldrar", 4))
    svc.add_headcount(visit.id, HeadcountInput.own(" familjehemsföräldrar ", 1))  # same category
    svc.add_headcount(visit.id, HeadcountInput(Cat.CHILD, 6))
    assert svc.own_categories() == ["Familjehemsföräldrar"]
    assert sorted((str(c), n) for _, c, n in svc.counts([visit.id])) == sorted(
        [(str(OwnCategory("Familjehemsföräldrar")), 5), (str(Cat.CHILD), 6)]
    )

    summary = services.participants.counts_by_category(visit.id)
    assert (summary.total, summary.attended) == (13, 12)
    assert [(c.category.short_label(), c.total, c.attended) for c in summary.by_category] == [
        ("Chefer", 1, 1),
        ("Unga", 7, 6),
        ("Familjehemsföräldrar", 5, 5),
    ]

    listing = " ".join(_text(services.participant_documents.participant_list_pdf(visit.id)).split())
    assert "4 Familjehemsföräldrar" in listing and "1 familjehemsföräldrar" in listing

    m = services.municipalities.by_code("0586")
    services.municipalities.update(m.id, expected_version=None, in_programme=True, notes="")
    sheet = next(x for x in services.export.sheets() if x.title == "Deltagare")
    own = [r for r in sheet.rows if r[4] == "Familjehemsföräldrar"]
    assert own and list(own[0][5:7]) == [5, 5]

    period = (date(2026, 1, 1), date(2026, 3, 31))
    report = " ".join(_text(services.reports.build_pdf(*period)).split())
    assert "Familjehemsföräldrar 5 5" in report

    # a fixed category with a group name stays counted in the fixed category
    svc.add_headcount(visit.id, HeadcountInput(Cat.PARENT, 2, "Föräldrar från BVC"))
    by = {
        c.category: c.total for c in services.participants.counts_by_category(visit.id).by_category
    }
    assert by[Cat.PARENT] == 2 and OwnCategory("Föräldrar från BVC") not in by
