"""Documents for the day: the visit pack, the press invitation, name badges and table cards."""

from __future__ import annotations

import contextlib
import io
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.pdf.badges import Card, badges_pdf, fit, table_cards_pdf
from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.visits import VisitInput
from tests.unit.test_cli import run


def _text(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def _visit(services: Services, *, press: bool = True, people: int = 3):
    m = services.municipalities.by_code("0586")
    host = services.municipalities.add_contact(
        m.id, ContactInput("Karin Vall", "Socialchef", "Socialförvaltningen", "013-20 00 00")
    )
    services.municipalities.add_contact(m.id, ContactInput("Per Ström", email="per@mjolby.se"))
    visit = services.visits.create(
        VisitInput(
            m.id, VisitKind.FIRST, date(2026, 3, 4), time(9), time(15),
            venue_name="Stadshuset", venue_room="Konferensrum 404",
            venue_address="Fabriksgatan 31", host_contact_id=host.id,
            has_press_meeting=press, press_start=time(14) if press else None,
            press_end=time(14, 30) if press else None,
            press_place="Fabriksgatan 31, plan 3, konferensrum 404" if press else "",
            press_contact_name="Anna Berg" if press else "",
            press_contact_phone="070-123 45 67" if press else "",
        ),
        question_ids=[q.id for q in services.visits.questions()][:2],
    )  # fmt: skip
    for n in range(people):
        services.participants.add(
            visit.id,
            PersonInput(f"Łucja Đorđević {n}", Cat.MANAGER, organisation="Ŋilas förvaltning"),
            ParticipationInput(attended=True),
        )
    services.agendas.add_item(visit.id, AgendaItemInput(title="Välkommen"))
    return visit


def test_pack_parts_in_print_order_each_on_an_odd_page_with_an_outline(services: Services):
    visit = _visit(services)
    data = services.visit_documents.visit_pack(visit.id, printed_on=date(2026, 3, 1))
    text, reader = _text(data)
    outline = [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]
    assert [title for title, _ in outline] == [
        "Försättsblad",
        "Dagordning",
        "Deltagarlista",
        "Närvarolista",
        "Pressinbjudan",
        "Frågeställningar för besöket",
        "Besöksunderlag",
    ]
    assert all(page % 2 == 0 for _, page in outline)  # 0-based even = printed odd page
    # never ends on a blank page (the 12th page of a pack was one): the last page has text
    assert reader.pages[-1].extract_text().strip()
    cover = reader.pages[0].extract_text()
    assert "Besökspaket" in cover and "Mjölby" in cover
    assert "Karin Vall" in cover and "Värd" in cover and "Per Ström" in cover
    assert "Anna Berg" in cover and "Presskontakt" in cover
    assert "Fabriksgatan 31" in cover
    for title, page in outline[1:]:  # the contents on the cover name each part's first page
        assert f"{title}\n{page + 1}" in cover or f"{title} {page + 1}" in cover
    for title, page in outline[1:]:
        assert reader.pages[page].extract_text().strip(), title
        if page:  # the page before a part is the previous part's or a blank page
            assert page % 2 == 0
    assert "Łucja Đorđević 0" in text and "Ŋilas förvaltning" in text


def test_pack_without_press_meeting_or_questions_leaves_those_parts_out(services: Services):
    m = services.municipalities.by_code("0586")
    visit = services.visits.create(VisitInput(m.id, VisitKind.DIALOGUE, date(2026, 4, 1)))
    services.visits.update(visit.id, visit.as_input(), expected_version=visit.version,
                           question_ids=[])  # fmt: skip
    _, reader = _text(services.visit_documents.visit_pack(visit.id))
    titles = [item.title for item in reader.outline]
    # the briefing before the visit stays: the meeting is in a municipality
    assert titles == [
        "Försättsblad",
        "Dagordning",
        "Deltagarlista",
        "Närvarolista",
        "Besöksunderlag",
    ]
    assert reader.pages[-1].extract_text().strip()


def test_press_invitation_pdf_and_text_follow_the_ministry_shape(services: Services):
    visit = _visit(services)
    docs = services.visit_documents
    text, reader = _text(docs.press_pdf(visit.id))
    assert len(reader.pages) == 1
    assert "Tid och plats för pressträff" in text
    assert "klockan 14.00–14.30" in text
    plain = docs.press_text(visit.id)
    assert (
        "Tid och plats för pressträff\nTid: onsdagen den 4 mars 2026 klockan 14.00–14.30\n" in plain
    )
    assert "besöker Mjölby (" in plain and ") onsdagen den 4 mars 2026. I samband" in plain
    assert "Den onsdag" not in plain and "Den onsdag" not in " ".join(text.split())
    assert "Plats: Fabriksgatan 31, plan 3, konferensrum 404\n" in plain
    assert "För anmälan till pressträffen, kontakta Anna Berg, 070-123 45 67." in plain


@contextlib.contextmanager
def _english():
    from samordnare_desktop import i18n

    previous = (i18n._translator, i18n.language())
    i18n.install(None, "en")
    try:
        yield
    finally:
        i18n.install(*previous)


def test_dates_in_running_text_are_swedish_and_english():
    from samordnare_desktop.formatting import date_in_sentence

    days = [date(2026, 2, 16 + i) for i in range(7)]  # Monday 16 to Sunday 22 February
    assert [date_in_sentence(d).split(" den ")[0] for d in days] == [
        "måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen"
    ]  # fmt: skip
    assert date_in_sentence(date(2026, 2, 20)) == "fredagen den 20 februari 2026"
    with _english():
        assert date_in_sentence(date(2026, 2, 20)) == "Friday 20 February 2026"


def test_press_invitation_in_english_reads_as_english(services: Services):
    visit = _visit(services)
    with _english():
        plain = services.visit_documents.press_text(visit.id)
    assert "On Wednesday 4 March 2026 the national coordinator" in plain
    assert "Time: Wednesday 4 March 2026, at 14:00–14:30\n" in plain


def test_press_invitation_needs_a_press_meeting(services: Services):
    visit = _visit(services, press=False)
    with pytest.raises(UserError, match="ingen pressträff"):
        services.visit_documents.press_text(visit.id)


def test_badges_eight_and_table_cards_four_a_sheet(services: Services):
    visit = _visit(services, people=9)
    text, reader = _text(services.visit_documents.badges_pdf(visit.id))
    assert len(reader.pages) == 2
    assert all(f"Łucja Đorđević {n}" in text for n in range(9))
    assert text.count("Ŋilas förvaltning") == 9
    _, reader = _text(services.visit_documents.table_cards_pdf(visit.id))
    assert len(reader.pages) == 3


def test_a_long_name_shrinks_then_wraps_within_the_card():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from samordnare_desktop.pdf import styles as st

    st.registered_font()
    size, lines = fit("Anna", st.FONT_BOLD, 24, 12, 200)
    assert (size, lines) == (24, ["Anna"])
    long = "Maria-Magdalena Åkerström-Đorđević von Schwerin " * 4
    size, lines = fit(long, st.FONT_BOLD, 24, 12, 200)
    assert size == 12 and len(lines) == 2 and lines[-1].endswith("…")
    assert all(stringWidth(line, st.FONT_BOLD, size) <= 200 for line in lines)
    size, lines = fit("X" * 300, st.FONT_BOLD, 24, 12, 200)  # one endless word
    assert len(lines) == 2 and all(stringWidth(x, st.FONT_BOLD, size) <= 200 for x in lines)


def test_markup_on_a_badge_prints_as_typed():
    text, _ = _text(badges_pdf([Card("<b>Ann</b> & Co", "<i>org</i>")], "<br/>"))
    assert "<b>Ann</b> & Co" in text and "<i>org</i>" in text
    text, _ = _text(table_cards_pdf([]))
    assert "Inga deltagare" in text


def _database(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "cli.sqlite3"
    db = open_database(path, daily_backup=False)
    try:
        visit = _visit(Services(db))
    finally:
        db.close()
    return path, str(visit.id)


def test_cli_visit_pack_press_and_badges(tmp_path: Path):
    db, visit_id = _database(tmp_path)
    visit = ("--kommun", "0586", "--date", "2026-03-04")
    out = tmp_path / "paket.pdf"
    result = run("--db", str(db), "export", "visit-pack", *visit, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(out).outline) == 7
    by_id = tmp_path / "paket2.pdf"
    result = run("--db", str(db), "export", "visit-pack", "--id", visit_id, "--out", str(by_id))
    assert result.returncode == 0, result.stderr
    assert len(PdfReader(by_id).pages) == len(PdfReader(out).pages)
    txt = tmp_path / "press.txt"
    result = run("--db", str(db), "export", "press", *visit, "--out", str(txt))
    assert result.returncode == 0, result.stderr
    assert "För anmälan till pressträffen, kontakta Anna Berg" in txt.read_text("utf-8")
    pdf = tmp_path / "press.pdf"
    assert run("--db", str(db), "export", "press", *visit, "--out", str(pdf)).returncode == 0
    assert "Pressinbjudan" in PdfReader(pdf).pages[0].extract_text()
    badges = tmp_path / "brickor.pdf"
    assert run("--db", str(db), "export", "badges", *visit, "--out", str(badges)).returncode == 0
    bad = run("--db", str(db), "export", "press", *visit, "--out", str(tmp_path / "p.doc"))
    assert bad.returncode != 0 and ".pdf eller .txt" in bad.stderr
    both = run("--db", str(db), "export", "visit-pack", *visit, "--id", visit_id, "--out", str(out))
    assert both.returncode != 0 and "inte båda" in both.stderr


def test_pack_of_a_meeting_with_organisations_only_names_them_and_their_contacts(
    services: Services,
):
    """A dialogue meeting tied to no municipality (found by an adversarial tester: the pack
    refused it with "Kommunen finns inte längre")."""
    from samordnare_desktop.domain.organisation import OrganisationKind
    from samordnare_desktop.services.organisations import OrganisationInput

    orgs = services.organisations
    famna = orgs.create(OrganisationInput(OrganisationKind.INTEREST, "Famna"))
    kfs = orgs.create(OrganisationInput(OrganisationKind.INTEREST, "KFS"))
    orgs.add_contact(famna.id, ContactInput("Åsa Kontakt", "Generalsekreterare", "Famna"))
    visit = services.visits.create(
        VisitInput(None, VisitKind.DIALOGUE, date(2026, 4, 20), organisation_ids=(famna.id, kfs.id))
    )
    _, reader = _text(services.visit_documents.visit_pack(visit.id))
    cover = reader.pages[0].extract_text()
    assert "Famna, KFS" in cover and "Åsa Kontakt" in cover
    assert reader.outline[0].title == "Försättsblad"


def test_visit_pack_reports_progress_part_by_part(services: Services) -> None:
    visit = _visit(services)
    seen: list[tuple[int, int]] = []
    pdf = services.visit_documents.visit_pack(visit.id, progress=lambda d, t: seen.append((d, t)))
    assert PdfReader(io.BytesIO(pdf)).outline
    assert [d for d, _ in seen] == list(range(1, 9)) and {t for _, t in seen} == {8}


def _bare_press_visit(services: Services):
    """A visit with "Press meeting" ticked and nothing else filled in (nor a venue)."""
    m = services.municipalities.by_code("0586")
    return services.visits.create(
        VisitInput(m.id, VisitKind.FIRST, date(2026, 5, 6), has_press_meeting=True)
    )


def test_press_invitation_with_empty_press_fields_is_refused_naming_them(services: Services):
    visit = _bare_press_visit(services)
    docs = services.visit_documents
    for make in (docs.press_text, docs.press_pdf):
        with pytest.raises(UserError) as caught:
            make(visit.id)
        assert "pressträffen saknar tid, plats och kontaktperson" in str(caught.value)
    # filled in one by one: the message names only what is still missing
    row = services.visits.get(visit.id)
    data = replace(row.as_input(), press_start=time(14))
    services.visits.update(visit.id, data, expected_version=row.version)
    with pytest.raises(UserError, match="saknar plats och kontaktperson"):
        docs.press_text(visit.id)
    row = services.visits.get(visit.id)
    data = replace(row.as_input(), venue_name="Stadshuset", press_contact_email="press@mjolby.se")
    services.visits.update(visit.id, data, expected_version=row.version)
    assert "Plats: Stadshuset" in docs.press_text(visit.id)  # the venue serves as the place


def test_pack_leaves_an_incomplete_press_invitation_out_and_says_why(services: Services):
    visit = _bare_press_visit(services)
    _, reader = _text(services.visit_documents.visit_pack(visit.id))
    cover = " ".join(reader.pages[0].extract_text().split())
    assert "Ingen pressinbjudan i paketet: pressträffen saknar tid, plats och kontaktperson." in (
        cover
    )
    assert "Pressinbjudan" not in [item.title for item in reader.outline]


def test_cli_refuses_an_incomplete_press_invitation(tmp_path: Path):
    path = tmp_path / "cli.sqlite3"
    db = open_database(path, daily_backup=False)
    try:
        _bare_press_visit(Services(db))
    finally:
        db.close()
    out = tmp_path / "press.txt"
    result = run("--db", str(path), "export", "press", "--kommun", "0586", "--date", "2026-05-06",
                 "--out", str(out))  # fmt: skip
    assert result.returncode != 0 and not out.exists()
    assert "pressträffen saknar tid, plats och kontaktperson" in result.stderr
