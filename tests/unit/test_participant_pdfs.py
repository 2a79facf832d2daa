"""Participant list and sign-in sheet PDFs: the text a reader sees, page by page (pypdf)."""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from pypdf import PdfReader

from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.pdf.participants import (
    AttendanceStyle,
    GroupBy,
    ListColumn,
    ListOptions,
    ParticipantEntry,
    VisitHeading,
    participant_list_pdf,
    signin_sheet_pdf,
)
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.visits import VisitInput

HEADING = VisitHeading("Mjölby kommun", "Första besök", date(2026, 3, 4), time(9), time(15))
HOSTILE = "<b>Bold & <i>broken</b> 😀 &amp; <img src='/etc/passwd'/>"


def _pages(data: bytes) -> list[str]:
    assert data.startswith(b"%PDF")
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _entries(n: int) -> list[ParticipantEntry]:
    categories = [("Politiker", 0), ("Chef", 1), ("Personal", 2)]
    return [
        ParticipantEntry(
            name=f"Person {i:03d} Andersson",
            title="Socialsekreterare",
            organisation=f"Enhet {i % 4}",
            category=categories[i % 3][0],
            category_order=categories[i % 3][1],
            email=f"p{i}@kommun.se",
            attended=i % 2 == 0,
        )
        for i in range(n)
    ]


def test_list_groups_totals_and_repeated_header() -> None:
    data = participant_list_pdf(HEADING, _entries(90), ListOptions(printed_on=date(2026, 3, 1)))
    pages = _pages(data)
    assert len(pages) >= 2
    text = "\n".join(pages)
    assert "Deltagarlista" in pages[0] and "Mjölby kommun – Första besök" in pages[0]
    assert "onsdag 4 mars 2026, 09.00–15.00" in pages[0]
    assert "90 deltagare · Närvarande 45 av 90" in pages[0]
    assert "Politiker (30) · Närvarande 15 av 30" in text
    assert "Personal (30)" in text
    assert text.index("Politiker (30)") < text.index("Chef (30)") < text.index("Personal (30)")
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page
        assert "Utskriven 2026-03-01" in page
    assert "Namn" in pages[1] and "Närvaro" in pages[1]  # the header repeats on page 2
    assert "\u2611" in text and "\u2610" in text


def test_list_by_organisation_chosen_columns_and_words() -> None:
    options = ListOptions(
        group_by=GroupBy.ORGANISATION,
        columns=(ListColumn.ATTENDANCE, ListColumn.NAME, ListColumn.EMAIL),
        attendance_style=AttendanceStyle.WORDS,
    )
    entries = [*_entries(6), ParticipantEntry("Utan Org", attended=False)]
    text = "\n".join(_pages(participant_list_pdf(HEADING, entries, options)))
    assert "Enhet 0 (2)" in text and "Utan organisation (1)" in text
    assert text.index("Enhet 3") < text.index("Utan organisation")
    assert "p1@kommun.se" in text
    assert "Socialsekreterare" not in text  # title column not chosen
    assert "Ja" in text and "Nej" in text
    assert "Närvaro" in text


def test_list_without_attendance_has_no_totals() -> None:
    options = ListOptions(group_by=GroupBy.NONE, columns=(ListColumn.NAME,))
    text = "\n".join(_pages(participant_list_pdf(HEADING, _entries(3), options)))
    assert "Närvarande" not in text and "3 deltagare" in text


def test_empty_list() -> None:
    assert "Inga deltagare ännu." in _pages(participant_list_pdf(HEADING, []))[0]


@pytest.mark.parametrize("make", ["list", "signin"])
def test_hostile_text_makes_a_valid_pdf(make: str) -> None:
    entry = ParticipantEntry(
        name=HOSTILE * 3,
        title=HOSTILE,
        organisation="x" * 5000,
        category=HOSTILE,
        notes=("Lång anteckning " * 400 + "\n") * 3 + HOSTILE,
        email="a&b@<x>.se",
    )
    heading = VisitHeading(HOSTILE, "y" * 5000, date(2026, 3, 4), venue=HOSTILE)
    if make == "list":
        data = participant_list_pdf(heading, [entry], ListOptions(columns=tuple(ListColumn)))
    else:
        data = signin_sheet_pdf(heading, [entry], blank_rows=3)
    text = "\n".join(_pages(data))
    assert "<b>Bold &" in text  # shown literally, not parsed as markup
    assert "/etc/passwd" in text
    if make == "list":
        assert "Anteckningar i sin helhet" in text  # long notes printed in full below


def test_signin_sheet_rows_blank_rows_and_pages() -> None:
    data = signin_sheet_pdf(HEADING, _entries(40), blank_rows=15, printed_on=date(2026, 3, 1))
    pages = _pages(data)
    assert len(pages) == 3
    assert "Närvarolista" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert "Namnteckning" in page  # header on every page
        assert f"Sida {number} av 3" in page
    text = "\n".join(pages)
    assert "Person 000 Andersson" in text and "Enhet 1" in text
    numbers = {int(w) for w in text.split() if w.isdigit()}
    assert 55 in numbers and 56 not in numbers  # 40 names + 15 blank rows, numbered


def test_signin_rows_are_at_least_one_centimetre(monkeypatch: pytest.MonkeyPatch) -> None:
    import reportlab.platypus as platypus
    from reportlab.lib.units import cm

    captured = {}

    class Spy(platypus.Table):
        def wrap(self, aw, ah):
            result = super().wrap(aw, ah)
            captured["heights"] = list(self._rowHeights)
            return result

    monkeypatch.setattr(platypus, "Table", Spy)
    signin_sheet_pdf(HEADING, _entries(5), blank_rows=5)
    heights = captured["heights"][1:]
    assert len(heights) == 10
    assert min(heights) >= 1 * cm


def test_documents_from_the_database(services: Services) -> None:
    m = services.municipalities.by_code("0586")
    visit = services.visits.create(
        VisitInput(m.id, VisitKind.FIRST, date(2026, 3, 4), venue_name="Stadshuset")
    )
    svc = services.participants
    svc.add(
        visit.id,
        PersonInput("Per Holm", Cat.POLITICIAN, party="S", office="Kommunalråd"),
        ParticipationInput(attended=True),
    )
    svc.add(visit.id, PersonInput("Anna Berg", Cat.MANAGER, organisation="Soc"))
    svc.add(visit.id, PersonInput("Elsa", Cat.CHILD))  # printed as "Ungdom 1"
    svc.add(
        visit.id,
        PersonInput("Kim", Cat.CHILD),
        ParticipationInput(name_on_lists=True, attended=True),
    )
    docs = services.participant_documents
    text = "\n".join(_pages(docs.participant_list_pdf(visit.id)))
    assert "Kommunalråd (S)" in text
    assert "Stadshuset" in text
    assert "Politiker (1) · Närvarande 1 av 1" in text
    assert "4 deltagare · Närvarande 2 av 4" in text
    assert "Ungdom 1" in text and "Elsa" not in text
    assert "Kim" in text
    sheet = "\n".join(_pages(docs.signin_sheet_pdf(visit.id, blank_rows=2)))
    assert "Anna Berg" in sheet and "Elsa" not in sheet and "Ungdom 1" in sheet


def test_young_people_sort_by_number() -> None:
    entries = [ParticipantEntry(f"Ungdom {n}") for n in (10, 2, 1)] + [ParticipantEntry("Bo Ek")]
    text = _pages(signin_sheet_pdf(HEADING, entries, blank_rows=0))[0]
    order = [text.index(name) for name in ("Bo Ek", "Ungdom 1\n", "Ungdom 2", "Ungdom 10")]
    assert order == sorted(order)


def _spread(n: int, groups: int) -> list[ParticipantEntry]:
    return [
        ParticipantEntry(
            name=f"Person {i:03d} Berg",
            title="Handläggare",
            organisation="Socialförvaltningen",
            category=f"Kategori {i % groups:02d}",
            category_order=i % groups,
            attended=False,
        )
        for i in range(n)
    ]


def test_sixteen_people_in_eleven_categories_fit_one_numbered_page() -> None:
    """Issue 14.15: the column header once (not per category), numbered rows."""
    pages = _pages(participant_list_pdf(HEADING, _spread(16, 11)))
    assert len(pages) == 1
    assert pages[0].count("Namn") == 1
    numbers = [line.strip() for line in pages[0].splitlines() if line.strip().isdigit()]
    assert numbers == [str(n) for n in range(1, 17)]


def test_a_group_going_over_a_page_says_so_and_its_heading_never_stands_alone() -> None:
    pages = _pages(participant_list_pdf(HEADING, _spread(10, 1) + _spread(70, 1)[10:]))
    assert len(pages) >= 2
    assert "Kategori 00 (70) (forts.)" in pages[1]
    assert "Namn" in pages[1]  # the column header repeats as well
    for page in pages:  # a heading is always followed by a person on the same page
        lines = [line for line in page.splitlines() if line.strip()]
        for i, line in enumerate(lines):
            if line.startswith("Kategori"):
                assert i + 2 < len(lines) and "Person" in lines[i + 2], page  # number, name
    numbers = [x.strip() for p in pages for x in p.splitlines() if x.strip().isdigit()]
    assert numbers == [str(n) for n in range(1, 71)]


def test_signin_blank_rows_stay_together_and_names_break_at_hyphens() -> None:
    entries = _spread(21, 1)
    entries[0] = ParticipantEntry(
        name="Anna-Karin Lindqvist-Söderström-Bergqvist-Johansson",
        title="Socialchef",
        organisation="Socialförvaltningen",
        category="Kategori 00",
        category_order=0,
    )
    pages = _pages(signin_sheet_pdf(HEADING, entries, blank_rows=10))
    holding = [p for p in pages if "\n22" in p or p.startswith("22")]
    blank_numbers = [str(n) for n in range(22, 32)]
    pages_with_blanks = [
        i
        for i, p in enumerate(pages)
        if any(line.strip() in blank_numbers for line in p.splitlines())
    ]
    assert len(set(pages_with_blanks)) == 1, (pages_with_blanks, holding)
    text = "\n".join(pages)
    assert "Lindqvist-" in text and "Söderström-" in text  # broken at hyphens, none lost
