"""The final report (issue #18 part 6) and the quarterly report's Word export: the documents read
back with python-docx and pypdf, for a small programme whose numbers are known."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from samordnare_desktop.domain import document as d
from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.domain.finding import FindingInput, FindingKind, FindingLevel
from samordnare_desktop.domain.organisation import OrganisationKind
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.pdf.blocks import build as build_pdf
from samordnare_desktop.services.organisations import OrganisationInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.word.render import render as render_docx
from tests.factories import make_visit

TODAY = date(2026, 4, 15)
HOSTILE = "<b>Fet</b> & <img src=x> 👍 Đukić \x07 ]]> "


def _join(services, code: str):
    m = services.municipalities.by_code(code)
    details = services.municipalities.details(m.id)
    services.municipalities.update(
        m.id, expected_version=details.version, in_programme=True, notes=""
    )
    return m


@pytest.fixture
def programme(services):
    """Mjölby (first and follow-up visit held) and Sjöbo (first visit held, follow-up planned) in
    the programme; a dialogue meeting with Myndigheten för vård- och omsorgsanalys; a cancelled
    visit; five people on Mjölby's list (a child, Elsa, among them); four findings."""
    mjolby, sjobo = _join(services, "0586"), _join(services, "1265")
    first = make_visit(
        services, municipality_id=mjolby.id, day=date(2026, 1, 20), status=VisitStatus.HELD
    )
    make_visit(
        services,
        municipality_id=mjolby.id,
        kind=VisitKind.FOLLOW_UP,
        day=date(2026, 3, 2),
        status=VisitStatus.HELD,
    )
    make_visit(services, municipality_id=sjobo.id, day=date(2026, 2, 10), status=VisitStatus.HELD)
    make_visit(services, municipality_id=sjobo.id, kind=VisitKind.FOLLOW_UP, day=date(2026, 9, 1))
    make_visit(
        services, municipality_id=sjobo.id, day=date(2026, 2, 11), status=VisitStatus.CANCELLED
    )
    agency = services.organisations.create(
        OrganisationInput(OrganisationKind.AGENCY, "Myndigheten för vård- och omsorgsanalys")
    )
    make_visit(
        services,
        municipality_id=mjolby.id,
        kind=VisitKind.DIALOGUE,
        day=date(2026, 2, 20),
        status=VisitStatus.HELD,
        title="Dialog om uppföljning",
        organisation_ids=(agency.id,),
    )
    for name, category, attended in (
        ("Anna Politiker", Cat.POLITICIAN, True),
        ("Bo Chef", Cat.MANAGER, True),
        ("Cia Chef", Cat.MANAGER, False),
        ("Dan Socialsekreterare", Cat.SOCIAL_STAFF, True),
        ("Elsa", Cat.CHILD, True),
    ):
        services.participants.add(
            first.id, PersonInput(name, category), ParticipationInput(attended=attended)
        )
    findings = services.findings
    question = services.visits.questions()[0]
    from samordnare_desktop.domain.finding import ThemeKey, ThemeSource

    theme = (ThemeKey(ThemeSource.QUESTION, question.id),)
    findings.add(
        FindingInput(
            "Elsa berättade att hon fick byta handläggare tre gånger.",
            FindingKind.CHALLENGE,
            FindingLevel.MUNICIPAL,
            first.id,
            theme,
        )
    )
    findings.add(
        FindingInput(
            "Mentorprogram för nya socialsekreterare.",
            FindingKind.GOOD_EXAMPLE,
            FindingLevel.MUNICIPAL,
            first.id,
            theme,
        )
    )
    findings.add(
        FindingInput(
            "Ett nationellt introduktionsprogram.", FindingKind.PROPOSAL, FindingLevel.NATIONAL
        )
    )
    findings.add(FindingInput(HOSTILE + "x" * 3900, FindingKind.CHALLENGE, FindingLevel.REGIONAL))
    return services


def _docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def _headings(document) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]


def _all_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def _table_after(document, heading: str):
    """The first table after the heading with this text (document order)."""
    body = document.element.body
    seen = False
    tables = {t._tbl: t for t in document.tables}
    for child in body.iterchildren():
        if child.tag.endswith("}p") and Paragraph(child, document).text == heading:
            seen = True
        elif seen and child in tables:
            return [[c.text for c in row.cells] for row in tables[child].rows]
    raise AssertionError(f"no table after {heading}")


def test_final_report_docx_headings_in_order_and_page_setup(programme) -> None:
    document = _docx(programme.final_report.build_docx(today=TODAY))
    chapters = [text for style, text in _headings(document) if style == "Heading 1"]
    assert chapters == [
        "Uppdraget",
        "Programmet i siffror",
        "Iakttagelser och goda exempel",
        "Förslag",
        "Bilagor",
    ]
    sections = [text for style, text in _headings(document) if style == "Heading 2"]
    for expected in (
        "Möten",
        "Deltagare per kategori",
        "Handlingsplaner",
        "Uppföljningarnas utfall",
        "Tidsmätning före och efter",
        "Kommunal",
        "Regional",
        "Nationell",
        "Bilaga 1. Kommunerna i programmet",
        "Bilaga 2. Möten",
        "Bilaga 3. Dialogmöten med organisationer",
    ):
        assert expected in sections
    assert sections.index("Möten") < sections.index("Bilaga 1. Kommunerna i programmet")
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert {round(m.cm, 2) for m in (section.left_margin, section.right_margin)} == {2.5}
    assert {round(m.cm, 2) for m in (section.top_margin, section.bottom_margin)} == {2.5}
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "Sida" in footer
    assert "TOC \\o" in document.element.xml  # the contents field, filled by Word
    # every table has a header row that repeats on each page
    for table in document.tables:
        assert table.rows[0]._tr.trPr is not None
        assert "tblHeader" in table.rows[0]._tr.trPr.xml
    assert document.core_properties.title == "Slutrapport"


def test_final_report_numbers_for_the_small_programme(programme) -> None:
    document = _docx(programme.final_report.build_docx(today=TODAY))
    text = _all_text(document)
    # Mjölby first + follow-up + dialogue, Sjöbo first: 4 held; Sjöbo's follow-up planned;
    # the cancelled visit counts nowhere
    assert "4 möten genomförda och 1 planerade; 2 av programmets 2 kommuner besökta." in text
    meetings = _table_after(document, "Möten")
    assert meetings[0] == ["Mötestyp", "Genomfört", "Planerat"]
    assert ["Första besök", "2", "0"] in meetings
    assert ["Uppföljningsbesök", "1", "1"] in meetings
    assert ["Dialogmöte", "1", "0"] in meetings
    assert meetings[-1] == ["Totalt", "4", "1"]
    people = _table_after(document, "Deltagare per kategori")
    assert people[-1] == ["Totalt", "5", "4"]
    assert "5 på mötenas deltagarlistor, 4 deltog." in text
    findings = _table_after(document, "Iakttagelser och goda exempel")
    assert findings[-1][0] == "Totalt" and findings[-1][-1] == "3"  # the proposal apart
    annex = _table_after(document, "Bilaga 1. Kommunerna i programmet")
    assert [row[:2] for row in annex[1:]] == [["0586", "Mjölby"], ["1265", "Sjöbo"]]
    assert annex[1][3:] == ["2026-01-20", "2026-03-02"]
    assert annex[2][3:] == ["2026-02-10", "2026-09-01"]
    dialogue = _table_after(document, "Bilaga 3. Dialogmöten med organisationer")
    assert dialogue[1:] == [
        ["2026-02-20", "Dialog om uppföljning", "Mjölby; Myndigheten för vård- och omsorgsanalys"]
    ]
    assert "Ett nationellt introduktionsprogram." in text
    assert "Uppdraget är inte beskrivet ännu." in text  # no assignment set


def test_children_are_never_named_in_either_format(programme) -> None:
    report = programme.final_report
    text = _all_text(_docx(report.build_docx(today=TODAY)))
    assert "Elsa" not in text
    assert "Ungdom 1 berättade att hon fick byta handläggare" in text
    reader = PdfReader(io.BytesIO(report.build_pdf(today=TODAY)))
    pdf_text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Elsa" not in pdf_text and "Ungdom 1 berättade" in pdf_text


def test_hostile_finding_text_survives_both_formats(programme) -> None:
    report = programme.final_report
    text = _all_text(_docx(report.build_docx(today=TODAY)))
    assert "<b>Fet</b> & <img src=x> 👍 Đukić  ]]>" in text  # the bell character dropped
    assert "x" * 3900 in text.replace("\n", "")
    reader = PdfReader(io.BytesIO(report.build_pdf(today=TODAY)))
    pdf_text = "\n".join(p.extract_text() for p in reader.pages)
    assert "<b>Fet</b> & <img src=x>" in pdf_text and "Đukić" in pdf_text
    assert "Slutrapport" in pdf_text and "Sida 1 av" in pdf_text
    assert "Programmet i siffror" in pdf_text and "Bilaga 2. Möten" in pdf_text


def test_renderers_keep_5000_characters_emoji_and_markup() -> None:
    long = ("Ölandsbro & <script>alert(1)</script> 👍🏽 " * 125)[:5000]
    document = d.Document(
        "Titel <&>",
        "Under & över",
        TODAY,
        (("Diarienummer", "S2026/01234 & <x>"),),
        (
            d.Heading("Kapitel <1>", 1),
            d.Para(long),
            d.Bullets(("Punkt & <2>", "👍")),
            d.Table(
                ("A & B", "Antal"), (("<c>", "3 320"), ("Totalt", "3 320")), (0.7, 0.3), 1, True
            ),
            d.PageBreak(),
            d.Heading("Avsnitt", 2),
        ),
    )
    word = _docx(render_docx(document))
    text = _all_text(word)
    assert long in text
    assert "Titel <&>" in text and "Punkt & <2>" in text and "A & B | Antal" in text
    assert [t for _s, t in _headings(word)] == ["Kapitel <1>", "Avsnitt"]
    reader = PdfReader(io.BytesIO(build_pdf(document)))
    pdf_text = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert "Ölandsbro & <script>alert(1)</script>" in pdf_text
    assert pdf_text.count("Ölandsbro") == long.count("Ölandsbro")


def test_write_refuses_other_formats_and_writes_atomically(programme, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.docx"):
        programme.final_report.write(tmp_path / "slut.txt")
    out = programme.final_report.write(tmp_path / "slut.docx", today=TODAY)
    assert out.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["slut.docx"]  # no temp
    pdf = programme.final_report.write(tmp_path / "slut.pdf", today=TODAY)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_progress_is_reported_up_to_the_end(programme) -> None:
    seen: list[tuple[int, int]] = []
    programme.final_report.build_docx(lambda done, total: seen.append((done, total)), today=TODAY)
    assert seen and all(total == 100 for _d, total in seen)
    assert [done for done, _t in seen] == sorted(done for done, _t in seen)


def test_quarterly_report_as_word_says_what_the_pdf_says(programme, tmp_path: Path) -> None:
    reports = programme.reports
    reports.save_text(
        date(2026, 1, 1), date(2026, 3, 31), "Kvartalets text & <mer>.\n\nStycke två."
    )
    path = reports.write_docx(date(2026, 1, 1), date(2026, 3, 31), tmp_path / "kvartal.docx")
    document = _docx(path.read_bytes())
    chapters = [text for style, text in _headings(document) if style == "Heading 1"]
    assert chapters[:4] == [
        "Sammanfattning",
        "Samordnarens kommentarer",
        "Besök under perioden",
        "Deltagare per kategori",
    ]
    assert "Tidsmätning" in chapters
    text = _all_text(document)
    assert "Kvartalets text & <mer>." in text and "Stycke två." in text
    assert document.paragraphs[0].text == "Kvartalsrapport"
    assert "Kvartal 1 2026" in text
    assert _table_after(document, "Deltagare per kategori")[-1] == ["Totalt", "5", "4"]
    assert "Elsa" not in text


def test_the_assignment_fills_its_chapter_and_the_cover(programme) -> None:
    from samordnare_desktop.domain.assignment import AssignmentData
    from samordnare_desktop.services.assignment import AssignmentService

    AssignmentService(programme.db).save(
        AssignmentData(
            name="Nationell samordnare för den sociala barn- och ungdomsvården 2025",
            coordinator="Anna Berg & <co>",
            ministry="Socialdepartementet",
            reference="S2025/01234",
            start=date(2026, 1, 1),
            report_every_months=3,
            final_report_date=date(2026, 12, 31),
            plan_due_weeks=8,
        )
    )
    document = _docx(programme.final_report.build_docx(today=TODAY))
    text = _all_text(document)
    assert "Uppdraget är inte beskrivet ännu." not in text
    rows = _table_after(document, "Uppdraget")
    assert ["Samordnare", "Anna Berg & <co>"] in rows
    assert ["Diarienummer", "S2025/01234"] in rows
    assert ["Rapporterar till departementet", "var 3:e månad"] in rows
    assert ["Handlingsplan senast", "8 veckor efter det första besöket"] in rows
    assert document.paragraphs[1].text.endswith("2025")  # the assignment's name as subtitle
    cover = [p.text for p in document.paragraphs[2:8]]
    assert "Från: Anna Berg & <co>" in cover and "Till: Socialdepartementet" in cover
    assert "Diarienummer: S2025/01234" in cover
    assert any(line.startswith("Period: torsdag 1 januari 2026 – ") for line in cover)


def test_actions_overdue_today_are_those_the_due_list_shows(programme) -> None:
    """Adversarial (#18): the report's end runs to the last meeting or the final report date,
    and the sentence "N actions overdue today" counted every open action due before that end
    (302 in the demo where Översikt and ``list due`` show 139). Today it is what is overdue
    today: due before today and neither done nor dropped."""
    from samordnare_desktop.domain.action_plan import ActionStatus, PlanStatus
    from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput

    plans = programme.action_plans
    m = programme.municipalities.by_code("0586")
    plan = plans.create_plan(m.id, PlanInput(PlanStatus.AGREED, date(2026, 3, 2), "Eva Ek"))
    area = plans.add_area(plan.id, AreaInput("Samverkan med skola", "", ""))
    plans.add_action(area.id, ActionInput("Sen", due_date=date(2026, 4, 1)))
    plans.add_action(
        area.id, ActionInput("Klar", due_date=date(2026, 4, 1), status=ActionStatus.DONE)
    )
    plans.add_action(area.id, ActionInput("I dag", due_date=TODAY))
    plans.add_action(area.id, ActionInput("Framtid", due_date=date(2026, 8, 1)))  # < 2026-09-01
    text = _all_text(_docx(programme.final_report.build_docx(today=TODAY)))
    assert "1 åtgärder försenade i dag." in text, text[text.find("Handlingsplaner") :][:300]
    due = programme.due.due(TODAY, days=30).items
    late = [i for i in due if i.day < TODAY and i.kind.value in ("action", "late_actions")]
    assert len(late) == 1


def test_pdf_contents_name_the_pages_the_chapters_are_on(programme) -> None:
    import re

    reader = PdfReader(io.BytesIO(programme.final_report.build_pdf(today=TODAY)))
    first = reader.pages[0].extract_text()
    assert "Innehåll" in first
    for chapter in ("Programmet i siffror", "Förslag", "Bilagor"):
        match = re.search(rf"^{chapter}\W*(\d+)\s*$", first, flags=re.M)
        assert match, (chapter, first)
        page = int(match.group(1))
        assert chapter in reader.pages[page - 1].extract_text()
        assert all(chapter not in p.extract_text() for p in reader.pages[1 : page - 1])


def test_a_number_columns_heading_is_right_aligned_over_its_figures_in_word_and_pdf() -> None:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT

    from samordnare_desktop.pdf.blocks import _block_table

    table = d.Table(header=("Kommun", "Besök"), rows=(("Mjölby", "12"),), numeric_from=1)
    document = d.Document("Rapport", "", date(2026, 12, 5), blocks=(table,), contents=False)
    word = docx.Document(io.BytesIO(render_docx(document))).tables[0]
    assert [c.paragraphs[0].alignment for c in word.rows[0].cells] == [None, 2]  # 2: right
    assert [c.paragraphs[0].alignment for c in word.rows[1].cells] == [None, 2]
    pdf_table = next(f for f in _block_table(table) if hasattr(f, "_cellvalues"))
    heads = pdf_table._cellvalues[0]
    assert [p.style.alignment for p in heads] == [TA_LEFT, TA_RIGHT]
