"""Bad input, everywhere: hostile text into every field that reaches a PDF, CSV, XLSX or .ics.

Each document is built through the real services (what the user types is validated and stored
first), then read back: pypdf for PDFs, openpyxl/csv for tables, icalendar for calendars. The
properties: no exception (a refusal is a ``UserError`` with a message), a valid file, markup
printed literally rather than obeyed, formulas neutralised, and text the font can show comes
back out unchanged.
"""

from __future__ import annotations

import itertools
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from samordnare_desktop.domain.action_plan import ActionStatus, Assessment, PlanStatus
from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.participant import ParticipantCategory as Cat
from samordnare_desktop.domain.time_study import RespondentRole as Role
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from samordnare_desktop.services.agendas import AgendaItemInput
from samordnare_desktop.services.participants import ParticipationInput, PersonInput
from samordnare_desktop.services.registry import Services
from samordnare_desktop.services.startup import open_database
from samordnare_desktop.services.time_study import RespondentInput, StudyInput
from samordnare_desktop.services.visits import VisitInput
from tests.factories import make_day_visit, make_visit
from tests.hostile import (
    FORMULA_STARTERS,
    HOSTILE_SETTINGS,
    LONG,
    glyph_text,
    has_glyphs,
    hostile_text,
    pdf_text,
    squash,
    starts_with_formula,
)

T = TypeVar("T")
# Documents that grow with the module's database (the report, the programme workbook).
FEWER_SETTINGS = settings(HOSTILE_SETTINGS, max_examples=12)

# A field gets either hostile text (must not break anything) or text the font covers (must
# come back out of the PDF unchanged).
field_text = st.one_of(hostile_text(), glyph_text())
# Municipalities for the examples (one action plan each): a fresh one per example.
_CODES = itertools.cycle(["0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127"])
_DAYS = (date(2026, 1, 5) + timedelta(days=n) for n in itertools.count())


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One database for the module: hypothesis runs many examples per test, each on a new visit."""
    db = open_database(tmp_path_factory.mktemp("hostile") / "db.sqlite3", daily_backup=False)
    yield Services(db)
    db.close()


def accepted(call: Callable[[], T]) -> T | None:
    """The service's result, or None when it refused with a clear message (never another error)."""
    try:
        return call()
    except ValidationError as exc:
        assert exc.message.strip() and exc.field
        return None


def assert_round_trip(stored: list[str], text: str) -> None:
    """Every stored value the font can print appears in the PDF text (whitespace aside)."""
    flat = squash(text)
    for value in stored:
        if has_glyphs(value):
            assert squash(value) in flat, value


def _visit(services: Services, **fields: object):
    visit = accepted(lambda: make_day_visit(services, day=next(_DAYS), **fields))
    if visit is None:  # a refused hostile field: the same visit without it
        visit = make_visit(services, day=next(_DAYS), start_time=time(9))
    return visit


# --- PDFs ------------------------------------------------------------------------------------------
@HOSTILE_SETTINGS
@given(visit_title=field_text, venue=field_text, items=st.lists(field_text, min_size=4, max_size=4))
def test_agenda_pdf(services: Services, visit_title: str, venue: str, items: list[str]) -> None:
    from samordnare_desktop.pdf.agenda import AgendaPdfOptions, render_agenda

    visit = _visit(
        services,
        title=visit_title,
        venue_name=venue,
        venue_room=venue,
        has_press_meeting=True,
        press_start=time(15),
        press_end=time(15, 30),
        press_place=venue,
        press_contact_name=visit_title,
    )
    title, description, presenter, organisation = items
    item = accepted(
        lambda: services.agendas.add_item(
            visit.id,
            AgendaItemInput(
                title=title,
                description=description,
                presenter_name=presenter,
                presenter_title=organisation,
                presenter_organisation=organisation,
            ),
        )
    )
    document = services.agendas.document(visit.id)
    text, _ = pdf_text(render_agenda(document, AgendaPdfOptions(presenter_details=True)))
    stored = [document.visit_title, document.venue_name]
    if document.press is not None:
        stored += [document.press.place, document.press.contact_name]
    if item is not None:
        stored += [item.title, item.description, item.presenter_name, item.presenter_organisation]
    assert_round_trip(stored, text)
    pdf_text(render_agenda(document, AgendaPdfOptions(compact=True)))  # the wall version too


@HOSTILE_SETTINGS
@given(people=st.lists(st.lists(field_text, min_size=4, max_size=4), min_size=1, max_size=3))
def test_participant_list_and_signin_pdfs(services: Services, people: list[list[str]]) -> None:
    from samordnare_desktop.pdf.participants import GroupBy, ListColumn, ListOptions

    visit = _visit(services)
    for name, title, organisation, notes in people:
        accepted(
            lambda n=name, t=title, o=organisation, x=notes: services.participants.add(
                visit.id,
                PersonInput(n, Cat.POLITICIAN, title=t, organisation=o, party=t, office=o),
                ParticipationInput(attended=True, notes=x),
            )
        )
    rows = services.participants.list_for_visit(visit.id)
    docs = services.participant_documents
    options = ListOptions(columns=(ListColumn.NAME, ListColumn.ORGANISATION, ListColumn.NOTES))
    text, _ = pdf_text(docs.participant_list_pdf(visit.id, options))
    assert_round_trip([r.name for r in rows] + [r.organisation for r in rows], text)
    text, _ = pdf_text(docs.signin_sheet_pdf(visit.id, blank_rows=2))
    assert_round_trip([r.name for r in rows], text)
    for group_by in GroupBy:  # every column, every grouping: valid, whatever the text
        pdf_text(
            docs.participant_list_pdf(
                visit.id, ListOptions(group_by=group_by, columns=tuple(ListColumn))
            )
        )


@HOSTILE_SETTINGS
@given(texts=st.lists(field_text, min_size=6, max_size=6))
def test_press_invitation_visit_pack_badges_and_table_cards(
    services: Services, texts: list[str]
) -> None:
    name, organisation, place, contact, title, venue = texts
    visit = _visit(
        services,
        title=title,
        venue_name=venue,
        has_press_meeting=True,
        press_start=time(14),
        press_end=time(14, 30),
        press_place=place,
        press_contact_name=contact,
    )
    accepted(
        lambda: services.participants.add(
            visit.id,
            PersonInput(name, Cat.MANAGER, organisation=organisation),
            ParticipationInput(attended=True),
        )
    )
    row = services.visits.get(visit.id)
    people = services.participants.list_for_visit(visit.id)
    docs = services.visit_documents
    from samordnare_desktop.domain.errors import UserError
    from samordnare_desktop.services.visit_documents import press_missing

    if row.has_press_meeting and press_missing(row):  # blank place and contact: refused
        with pytest.raises(UserError):
            docs.press_text(visit.id)
    elif row.has_press_meeting:
        text, pages = pdf_text(docs.press_pdf(visit.id))
        assert pages == 1
        assert_round_trip([row.press_place, row.press_contact_name, row.municipality_name], text)
        plain = squash(docs.press_text(visit.id))
        for value in (row.press_place, row.press_contact_name):
            assert squash(value) in plain
    text, _ = pdf_text(docs.visit_pack(visit.id))
    stored = [row.display_title, row.venue_name] + [p.name for p in people]
    assert_round_trip(stored + [p.organisation for p in people], text)
    for data in (docs.badges_pdf(visit.id), docs.table_cards_pdf(visit.id)):
        text, _ = pdf_text(data)
        assert_round_trip([p.name for p in people] + [p.organisation for p in people], text)


def _fresh_plan(services: Services, owner: str):
    svc = services.action_plans
    m = services.municipalities.by_code(next(_CODES))
    existing = svc.plan_for(m.id)
    if existing is not None:
        svc.delete_plan(existing.id)
    plan = accepted(lambda: svc.create_plan(m.id, PlanInput(PlanStatus.AGREED, owner=owner)))
    return plan or svc.create_plan(m.id, PlanInput(PlanStatus.AGREED))


@HOSTILE_SETTINGS
@given(texts=st.lists(field_text, min_size=8, max_size=8))
def test_action_plan_and_follow_up_pdfs(services: Services, texts: list[str]) -> None:
    from samordnare_desktop.pdf.action_plan import action_plan_pdf, follow_up_pdf

    owner, area_name, situation, goal, what, role, measure, comment = texts
    svc = services.action_plans
    plan = _fresh_plan(services, owner)
    area = accepted(lambda: svc.add_area(plan.id, AreaInput(area_name, situation, goal)))
    if area is None:
        area = svc.add_area(plan.id, AreaInput("Område", situation))
    action = accepted(
        lambda: svc.add_action(
            area.id,
            ActionInput(what, role, due_date=date(2026, 6, 1), measure=measure, indicator=goal),
        )
    ) or svc.add_action(area.id, ActionInput("Åtgärd", role))
    details = svc.get(plan.id)
    text, _ = pdf_text(action_plan_pdf(details, today=date(2026, 9, 1)))
    (area_row,) = details.areas
    (action_row,) = details.actions()
    assert_round_trip(
        [details.owner, area_row.name, area_row.situation, area_row.goal, action_row.what],
        text,
    )
    from samordnare_desktop.services.plan_completeness import plan_pdf

    # the indicator and the checklist page (quoting the action) print whatever was typed
    pdf_text(plan_pdf(details, today=date(2026, 9, 1), checklist=True))
    follow = services.follow_ups.start_follow_up(plan.id, held_on=date(2026, 10, 5))
    accepted(
        lambda: services.follow_ups.record_action(
            follow.id, action.id, ActionStatus.ONGOING, comment
        )
    )
    accepted(
        lambda: services.follow_ups.record_area(
            follow.id, area.id, Assessment.SOMEWHAT_IMPROVED, comment
        )
    )
    accepted(lambda: services.follow_ups.record_summary(follow.id, comment))
    follow_up = services.follow_ups.follow_up(plan.id)
    text, _ = pdf_text(follow_up_pdf(svc.get(plan.id), follow_up, today=date(2026, 10, 6)))
    assert_round_trip(
        [
            follow_up.summary,
            follow_up.action_comment.get(action.id, ""),
            follow_up.area_note.get(area.id, ""),
        ],
        text,
    )


@FEWER_SETTINGS
@given(comment=field_text, visit_title=field_text, area_name=field_text)
def test_quarterly_report_pdf(
    services: Services, comment: str, visit_title: str, area_name: str
) -> None:
    reports = services.reports
    m = services.municipalities.by_code("0586")
    accepted(
        lambda: services.visits.create(
            VisitInput(
                m.id,
                VisitKind.DIALOGUE,
                date(2026, 2, 3),
                status=VisitStatus.HELD,
                title=visit_title,
            )
        )
    )
    plan = _fresh_plan(services, "")
    accepted(lambda: services.action_plans.add_area(plan.id, AreaInput(area_name)))
    # a time-study category named by the user: in the chart and the tables
    ts = services.time_studies
    category = accepted(lambda: ts.add_category(area_name))
    if category is not None:
        details = services.municipalities.details(m.id)
        if not details.in_programme:
            services.municipalities.update(
                m.id, expected_version=details.version, in_programme=True, notes=""
            )
        ts.create(
            StudyInput(
                m.id,
                "Mätning",
                date(2026, 2, 2),
                date(2026, 2, 6),
                (RespondentInput(Role.MANAGER, 5, {category.id: 120}),),
            )
        )
    start, end = date(2026, 1, 1), date(2026, 3, 31)
    accepted(lambda: reports.save_text(start, end, comment))
    text, pages = pdf_text(reports.build_pdf(start, end))
    assert pages >= 2
    # visit titles and area names are not printed in the report (counts are); the comment and
    # the category's name (cut to 40 characters in the chart) are
    stored = [reports.text_for(start, end)]
    if category is not None:
        stored.append(category.name[:40])
    assert_round_trip(stored, text)


@HOSTILE_SETTINGS
@given(person=st.lists(field_text, min_size=4, max_size=4))
def test_access_request_copy(
    services: Services, tmp_path_factory: pytest.TempPathFactory, person: list[str]
) -> None:
    """The copy of what is stored about someone: PDF, text and JSON, whatever their data."""
    import json

    name, title, organisation, notes = person
    visit = _visit(services)
    row = accepted(
        lambda: services.participants.add(
            visit.id,
            PersonInput(name, Cat.MANAGER, title=title, organisation=organisation),
            ParticipationInput(notes=f"{notes} {name} {notes}"),
        )
    )
    if row is None:
        return
    out = tmp_path_factory.mktemp("privacy") / "kopia"
    paths = accepted(lambda: services.privacy.export_person(out, name=row.name))
    if paths is None:  # a name under three characters is too little to search on
        assert len(row.name) < 3
        return
    json_path, text_path, pdf_path = paths
    text, _ = pdf_text(pdf_path.read_bytes())
    assert_round_trip([row.name, row.title, row.organisation], text)
    stored = json.loads(json_path.read_text(encoding="utf-8"))
    assert stored["person"]["name"] == row.name
    assert row.name in text_path.read_text(encoding="utf-8")


def test_markup_is_printed_not_obeyed(services: Services) -> None:
    from samordnare_desktop.pdf.agenda import render_agenda

    visit = _visit(services, title="<b>fet</b> &amp; <img src=x onerror=alert(1)>")
    services.agendas.add_item(
        visit.id,
        AgendaItemInput(title="<font size=40>x</font>", description="<br/>&lt;i&gt; </para>"),
    )
    data = render_agenda(services.agendas.document(visit.id))
    text, _ = pdf_text(data)
    for literal in (
        "<b>fet</b> &amp; <img src=x onerror=alert(1)>",
        "<font size=40>x</font>",
        "<br/>&lt;i&gt; </para>",
    ):
        assert squash(literal) in squash(text)
    assert b"/Subtype /Image" not in data  # nothing was embedded from "src"


def test_hundred_thousand_characters_everywhere(services: Services, tmp_path: Path) -> None:
    """The longest text validation allows, in every long field: pages, not a LayoutError."""
    from samordnare_desktop.pdf.action_plan import action_plan_pdf
    from samordnare_desktop.pdf.agenda import render_agenda

    visit = _visit(services)
    item = accepted(
        lambda: services.agendas.add_item(
            visit.id, AgendaItemInput(title="Lång punkt", description=LONG)
        )
    )
    assert item is not None and len(item.description) > 95_000
    text, pages = pdf_text(render_agenda(services.agendas.document(visit.id)))
    assert pages > 10 and text.count("markup") > 2000

    svc = services.action_plans
    plan = _fresh_plan(services, "")
    area = svc.add_area(plan.id, AreaInput("Område", LONG, ""))
    svc.add_action(area.id, ActionInput(LONG[:5000], "", measure=LONG[:5000]))
    text, pages = pdf_text(action_plan_pdf(svc.get(plan.id), today=date(2026, 9, 1)))
    assert pages > 10 and text.count("markup") > 2000

    services.participants.add(
        visit.id,
        PersonInput("Anna Berg", Cat.MANAGER, organisation="Org " * 40),
        ParticipationInput(notes=LONG),
    )
    from samordnare_desktop.pdf.participants import ListColumn, ListOptions

    options = ListOptions(columns=(ListColumn.NAME, ListColumn.NOTES))
    pdf_text(services.participant_documents.participant_list_pdf(visit.id, options))
    pdf_text(services.participant_documents.signin_sheet_pdf(visit.id))

    paths = services.privacy.export_person(tmp_path / "kopia", name="Anna Berg")
    text, pages = pdf_text(paths[-1].read_bytes())
    assert pages >= 1 and "markup" in text

    pack, pages = pdf_text(services.visit_documents.visit_pack(visit.id))
    assert pages > 10 and pack.count("markup") > 2000  # the agenda inside the pack, whole

    reports = services.reports
    reports.save_text(date(2025, 1, 1), date(2025, 3, 31), LONG)
    text, pages = pdf_text(reports.build_pdf(date(2025, 1, 1), date(2025, 3, 31)))
    assert pages > 10 and text.count("markup") > 2000


@HOSTILE_SETTINGS
@given(text=hostile_text(max_parts=40), size=st.integers(10, 60))
def test_long_lines_are_cut_into_paragraph_pieces(text: str, size: int) -> None:
    from samordnare_desktop.pdf.text import chunks

    pieces = chunks(text.replace("\n", " "), size)
    assert all(0 < len(p) <= size for p in pieces)
    # nothing lost but the spaces at the cuts
    assert squash("".join(pieces)) == squash(text.replace("\n", " ").strip(" "))


# --- CSV and XLSX --------------------------------------------------------------------------------
def _expected_cell(value: str, *, xlsx: bool = False) -> str:
    """What a spreadsheet cell must hold: formula starters behind an apostrophe, the rest as is
    (in XLSX, where the cell is typed text, a bare phone or signed number needs no apostrophe)."""
    from samordnare_desktop.services.tabular import _HARMLESS_NUMBER

    if value.startswith(FORMULA_STARTERS) and not (
        xlsx and value[0] in "+-" and _HARMLESS_NUMBER.match(value)
    ):
        return "'" + value
    return value


def _xlsx_cells(data: bytes) -> list[list[object]]:
    import io

    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data))  # raises on XML a spreadsheet cannot open
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _csv_cells(data: bytes) -> list[list[str]]:
    import csv
    import io

    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Swedish Excel needs
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


cells = st.one_of(hostile_text(), starts_with_formula())


@HOSTILE_SETTINGS
@given(rows=st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=4))
def test_csv_cells_are_the_input_with_formulas_neutralised(rows: list[list[str]]) -> None:
    from samordnare_desktop.services import tabular

    data = tabular.csv_bytes(["Namn", "=Titel", "Anteckning"], rows)
    back = _csv_cells(data)
    assert back[0] == ["Namn", "'=Titel", "Anteckning"]
    assert back[1:] == [[_expected_cell(v) for v in row] for row in rows]


@HOSTILE_SETTINGS
@given(rows=st.lists(st.lists(cells, min_size=3, max_size=3), min_size=1, max_size=4))
# A leading carriage return (read back as "'\r_ã" or "'\n_ã" depending on the XML library): the
# cell holds the apostrophe and a line feed, Excel's line break in a cell, whoever reads it.
@example(rows=[["\r_ã", "x\ry\r\nz", "\r\n=1+1"], ["\t\r", "\r", "@\r"]])
def test_xlsx_cells_are_the_input_with_formulas_neutralised(rows: list[list[str]]) -> None:
    from samordnare_desktop.services import tabular

    data = tabular.xlsx_bytes([tabular.Sheet("<b>Ark</b> [1]: *?/\\", ["Namn", "@x", "c"], rows)])
    back = _xlsx_cells(data)
    assert back[0] == ["Namn", "'@x", "c"]
    for row, got in zip(rows, back[1:], strict=True):
        for value, cell in zip(row, got, strict=True):
            # characters XML cannot carry are dropped, nothing else
            kept = "".join(
                c
                for c in value
                if c in "\t\n\r" or (unicodedata.category(c) != "Cc" and c not in "\ufffe\uffff")
            )
            # line breaks are line feeds (Excel's line break in a cell); nothing else may change
            lines = kept.replace("\r\n", "\n").replace("\r", "\n")
            expected = _expected_cell(kept, xlsx=True).replace("\r\n", "\n").replace("\r", "\n")
            assert (cell or "") == expected, (value, cell)
            assert not isinstance(cell, str) or not cell.startswith(tuple("=+@-")) or cell == lines


def test_xlsx_cell_longer_than_excel_allows_is_cut_not_corrupted() -> None:
    from samordnare_desktop.services import tabular

    # non-characters are not XML: openpyxl writes them and the workbook no longer opens
    back = _xlsx_cells(tabular.xlsx_bytes([tabular.Sheet("x", ["a\uffff"], [["b\ufffe\x00c"]])]))
    assert back == [["a"], ["bc"]]

    back = _xlsx_cells(tabular.xlsx_bytes([tabular.Sheet("x", ["a"], [[LONG]])]))
    assert back[1][0] == LONG[:32_767]


@HOSTILE_SETTINGS
@given(person=st.lists(field_text, min_size=5, max_size=5), formula=starts_with_formula())
def test_participant_export_round_trips(
    services: Services, tmp_path_factory: pytest.TempPathFactory, person: list[str], formula: str
) -> None:
    from samordnare_desktop.services import tabular

    name, title, organisation, office, notes = person
    visit = _visit(services)
    for n in (name, formula):
        accepted(
            lambda n=n: services.participants.add(
                visit.id,
                PersonInput(n, Cat.POLITICIAN, title, organisation, office=office),
                ParticipationInput(notes=notes + formula),
            )
        )
    stored = sorted(
        [r.print_name, r.title, r.organisation, r.office, r.notes]
        for r in services.participants.list_for_visit(visit.id)
    )
    folder = tmp_path_factory.mktemp("export")
    for suffix in (".csv", ".xlsx"):
        path = folder / f"deltagare{suffix}"
        services.participant_documents.export_table(visit.id, path)
        raw = _csv_cells(path.read_bytes()) if suffix == ".csv" else _xlsx_cells(path.read_bytes())
        written = sorted([c or "" for c in (r[0], r[1], r[2], r[7], r[11])] for r in raw[1:])
        xlsx = suffix == ".xlsx"
        assert written == sorted([_expected_cell(v, xlsx=xlsx) for v in row] for row in stored)
        # and the app reads its own export back unchanged
        table = tabular.read_table(path)
        back = sorted(
            [tabular.cell_text(c) for c in (r[0], r[1], r[2], r[7], r[11])] for r in table.rows
        )
        assert back == [[v.strip() for v in row] for row in stored]


@FEWER_SETTINGS
@given(title=cells, label=cells)
def test_programme_xlsx(
    services: Services, tmp_path_factory: pytest.TempPathFactory, title: str, label: str
) -> None:
    m = services.municipalities.by_code("0586")
    details = services.municipalities.details(m.id)
    if not details.in_programme:
        services.municipalities.update(
            m.id, expected_version=details.version, in_programme=True, notes=""
        )
    visit = accepted(
        lambda: services.visits.create(
            VisitInput(m.id, VisitKind.DIALOGUE, next(_DAYS), title=title)
        )
    )
    ts = services.time_studies
    category = ts.categories()[0]
    study = accepted(
        lambda: ts.create(
            StudyInput(
                m.id,
                label,
                date(2026, 1, 5),
                date(2026, 1, 9),
                (RespondentInput(Role.MANAGER, 5, {category.id: 100}),),
            )
        )
    )
    path = services.export.write_xlsx(tmp_path_factory.mktemp("p") / "p.xlsx")
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    texts = {
        cell
        for sheet in workbook.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    }
    workbook.close()
    assert not any(t.startswith(("=", "@")) for t in texts)  # no live formula anywhere
    if visit is not None and visit.title:
        assert _expected_cell(visit.title, xlsx=True) in texts
    if study is not None:
        assert _expected_cell(ts.get(study.id).label, xlsx=True) in texts


# --- iCalendar -----------------------------------------------------------------------------------
def _events(path: Path) -> list:
    from icalendar import Calendar

    calendar = Calendar.from_ical(path.read_bytes())
    return [c for c in calendar.walk("VEVENT")]


@HOSTILE_SETTINGS
@given(texts=st.lists(field_text, min_size=7, max_size=7))
def test_ics_text_comes_back_equal(
    services: Services, tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    from samordnare_desktop.services.visits_ics import description_of, location_of, summary_of

    title, venue, address, room, notes, place, question = texts
    visits = services.visits
    q = accepted(lambda: visits.add_question(question))
    m = services.municipalities.by_code("0586")
    data = VisitInput(
        m.id,
        VisitKind.DIALOGUE,
        next(_DAYS),
        time(9),
        time(12),
        title=title,
        venue_name=venue,
        venue_address=address,
        venue_room=room,
        notes=notes + "\n\n" + notes,
        has_press_meeting=True,
        press_start=time(11),
        press_end=time(11, 30),
        press_place=place,
        press_contact_name=title,
    )
    row = accepted(lambda: visits.create(data, question_ids=[q.id] if q else []))
    if row is None:
        row = visits.create(VisitInput(m.id, VisitKind.DIALOGUE, next(_DAYS), notes=notes))
    path = tmp_path_factory.mktemp("ics") / "besök.ics"
    assert visits.export_ics([row], path) == 1
    (event,) = _events(path)
    assert str(event["summary"]) == summary_of(row)
    assert str(event.get("location", "")) == location_of(row)
    assert str(event["description"]) == description_of(row, visits.questions_of(row.id))
    if row.notes:
        assert row.notes in str(event["description"])


def test_ics_with_the_longest_notes(services: Services, tmp_path: Path) -> None:
    m = services.municipalities.by_code("0586")
    row = services.visits.create(
        VisitInput(m.id, VisitKind.DIALOGUE, next(_DAYS), time(9), notes=LONG + '\n\\;,:"')
    )
    services.visits.export_ics([row], tmp_path / "lång.ics")
    (event,) = _events(tmp_path / "lång.ics")
    assert len(row.notes) > 95_000 and row.notes in str(event["description"])


def test_ics_in_the_daylight_saving_gap_and_at_midnight(services: Services, tmp_path: Path) -> None:
    """02:30 on the night clocks go forward does not exist: a visit is refused with a clear
    message and nothing saved. Should such a time reach the export anyway (a row from before
    that rule), the calendar still writes it as the wall-clock time in the named zone."""
    from dataclasses import replace

    m = services.municipalities.by_code("0586")
    before = len(services.visits.list())
    with pytest.raises(ValidationError) as refused:
        services.visits.create(
            VisitInput(m.id, VisitKind.DIALOGUE, date(2026, 3, 29), time(2, 30), time(3, 30))
        )
    assert refused.value.field == "start_time" and "02:30" in refused.value.message
    assert len(services.visits.list()) == before
    back = services.visits.create(  # clocks go back: 02:30 happens twice, both exist
        VisitInput(m.id, VisitKind.DIALOGUE, date(2026, 10, 25), time(2, 30), time(2, 45))
    )
    late = services.visits.create(
        VisitInput(m.id, VisitKind.DIALOGUE, date(2026, 12, 31), time(23, 30), time(23, 59))
    )
    gap = replace(back, id=uuid.uuid4(), day=date(2026, 3, 29), end_time=time(3, 30))
    services.visits.export_ics([gap, back, late], tmp_path / "dst.ics")
    events = {e["uid"]: e for e in _events(tmp_path / "dst.ics")}
    for row in (gap, back, late):
        event = events[f"visit-{row.id}@samordnare-desktop"]
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert (start.date(), start.time(), end.time()) == (row.day, row.start_time, row.end_time)
        assert "Stockholm" in str(start.tzinfo)
    raw = (tmp_path / "dst.ics").read_text(encoding="utf-8")
    assert "DTSTART;TZID=Europe/Stockholm:20260329T023000" in raw
    assert "BEGIN:VTIMEZONE" in raw
