"""The agenda PDF: Swedish date, items in order, options, one-page wall version, hostile text."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time

from pypdf import PdfReader

from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.pdf.agenda import (
    MIN_FONT_SIZE,
    AgendaPdfOptions,
    render_agenda,
    render_agenda_pages,
)
from samordnare_desktop.services.agendas import (
    FIRST_VISIT_TEMPLATE_ID,
    AgendaDocument,
    AgendaItemInput,
    AgendaItemRow,
    PressBlock,
)
from samordnare_desktop.services.registry import Services
from tests.unit.test_agenda_service import make_visit

HOSTILE = "<b>Fet & </b> <img src='/etc/passwd'/> 😀👍🏽 \u202e" + "ÅÄÖ lång text " * 360


def text_of(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def item(n: int, start: time, minutes: int = 30, **kw) -> AgendaItemRow:
    fields = dict(
        title=f"Punkt {n}",
        description=f"Beskrivning {n}",
        presenter_name="Anna Berg",
        presenter_title="Socialchef",
        presenter_organisation="Mjölby kommun",
        kind=AgendaItemKind.SESSION,
    )
    fields.update(kw)
    return AgendaItemRow(
        id=None,
        version=1,
        visit_id=None,
        position=n,
        start_time=start,
        duration_minutes=minutes,
        **fields,
    )


def document(items, **kw) -> AgendaDocument:
    fields = dict(
        municipality_name="Mjölby",
        visit_title="Första besök",
        day=date(2026, 3, 4),
        start_time=time(9, 0),
        end_time=time(16, 0),
        venue_name="Stadshuset",
        venue_room="Sessionssalen",
        venue_address="Burensköldsvägen 11",
        items=tuple(items),
        press=PressBlock(time(15, 0), time(15, 30), "Entrén", "Eva Ek", "0142-850 00", "e@x.se"),
    )
    fields.update(kw)
    return AgendaDocument(**fields)


def test_agenda_from_the_service_in_swedish(services: Services) -> None:
    visit = make_visit(services, title="Första besöket", venue_name="Stadshuset")
    services.agendas.apply_template(visit.id, FIRST_VISIT_TEMPLATE_ID)
    text, pages = text_of(render_agenda(services.agendas.document(visit.id)))
    assert pages == 1
    assert "onsdag 4 mars 2026" in text
    assert "Mjölby" in text and "Första besöket" in text and "Stadshuset" in text
    assert "09.00–09.30" in text
    titles = [r.title for r in services.agendas.items_of(visit.id)]
    positions = [flat(text).index(t) for t in titles]
    assert positions == sorted(positions)
    assert "Sida 1 av 1" in text


def test_options_descriptions_and_presenter_details() -> None:
    doc = document([item(1, time(9, 0)), item(2, time(9, 30))])
    full, _ = text_of(render_agenda(doc, AgendaPdfOptions(presenter_details=True)))
    assert "Beskrivning 1" in full and "Anna Berg, Socialchef, Mjölby kommun" in full
    assert "Pressträff" in full and "Entrén" in full and "15.00–15.30" in full
    bare, _ = text_of(render_agenda(doc, AgendaPdfOptions(descriptions=False)))
    assert "Beskrivning 1" not in bare and "Socialchef" not in bare and "Anna Berg" in bare


# an item of the kind that made a 40-item wall agenda print at 3-4 pt when squeezed on one page
LONG_TITLE = (
    "genomgång av handlingsplanen för barn och unga i familjehem, åtgärd för åtgärd,"
    " med frågor från nämnden"
)
LONG_PRESENTER = "Anna-Karin Lindqvist Bergström"


def add_long_items(services, visit_id, count: int) -> None:
    """``count`` items of the long title and presenter, ten minutes each, added through the
    service (the agenda that does not fit one page in readable type)."""
    for n in range(count):
        services.agendas.add_item(
            visit_id,
            AgendaItemInput(
                title=f"Punkt {n + 1}: {LONG_TITLE}",
                presenter_name=LONG_PRESENTER,
                presenter_title="Socialchef",
                presenter_organisation="Mjölby kommun",
                duration_minutes=10,
            ),
        )


def smallest_font(pdf: bytes) -> float:
    """The smallest size (points on the page) of any text drawn in ``pdf``: the font size set
    with Tf, times the vertical scale of the text matrix and of the graphics state (a frame that
    shrinks its content scales the latter)."""
    sizes: list[float] = []

    def visit(text, cm, tm, _font, size) -> None:
        if text.strip():
            sizes.append(size * abs(tm[3]) * abs(cm[3]))  # no rotation or skew in our PDFs

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return min(sizes)


def test_compact_version_fits_forty_short_items_on_as_few_readable_pages_as_it_can() -> None:
    items = [item(n, time(8 + n // 4, (n % 4) * 15), 15) for n in range(40)]
    doc = document(items)
    _, long_pages = text_of(render_agenda(doc))
    wall = render_agenda(doc, AgendaPdfOptions(compact=True))
    text, pages = text_of(wall)
    assert 1 < pages < long_pages  # at 3.4 pt on one page before
    assert smallest_font(wall) >= MIN_FONT_SIZE == 7.5
    assert "Punkt 0" in text and "Punkt 39" in text and "Beskrivning" not in text
    assert "Sida 1 av 2" in text


def test_compact_version_of_forty_long_items_stays_readable_and_says_it_took_pages() -> None:
    """The wall version used to shrink 40 long items onto one page at 56 %: 2.6 pt presenter
    lines, unreadable when printed. It now stops at the floor and takes the pages it needs."""
    items = [
        item(n, time(8 + n // 6, (n % 6) * 10), 10, title=f"Punkt {n}: {LONG_TITLE}")
        for n in range(40)
    ]
    items = [replace(i, presenter_name=LONG_PRESENTER) for i in items]
    options = AgendaPdfOptions(compact=True, presenter_details=True)
    wall = render_agenda(document(items), options)
    text, pages = text_of(wall)
    assert smallest_font(wall) >= 7.5
    assert pages == 3
    assert "Punkt 0" in text and "Punkt 39" in text and "Sida 3 av 3" in text
    rendered = render_agenda_pages(document(items), options)
    assert rendered.pages == 3 and rendered.data.startswith(b"%PDF")
    assert rendered.notice == (
        "Dagordningen fick inte plats på en sida med läsbar textstorlek och tog 3 sidor."
    )
    few = render_agenda_pages(document(items[:8]), options)  # fits: one page, no notice
    assert few.pages == 1 and few.notice == "" and smallest_font(few.data) > 7.5
    long = render_agenda_pages(document(items))  # the ordinary agenda never has a notice
    assert long.pages > 1 and long.notice == ""


def test_hostile_text_in_every_field_gives_a_valid_pdf() -> None:
    hostile_item = item(
        1,
        time(9, 0),
        title=HOSTILE,
        description=(HOSTILE + "\n") * 3,
        presenter_name=HOSTILE,
        presenter_title=HOSTILE,
        presenter_organisation=HOSTILE,
    )
    doc = document(
        [hostile_item, item(2, time(9, 30))],
        municipality_name=HOSTILE,
        visit_title=HOSTILE,
        venue_name=HOSTILE,
        venue_room=HOSTILE,
        venue_address=HOSTILE,
        press=PressBlock(None, time(10, 0), HOSTILE, HOSTILE, HOSTILE, HOSTILE),
    )
    for options in (
        AgendaPdfOptions(),
        AgendaPdfOptions(presenter_details=True),
        AgendaPdfOptions(compact=True, presenter_details=True),
    ):
        pdf = render_agenda(doc, options)
        text, pages = text_of(pdf)
        assert "<b>Fet &" in text
        assert f"av {pages}" in text
        if options.compact:  # far too long for one page: readable over several, never shrunk
            assert pages > 1 and smallest_font(pdf) >= MIN_FONT_SIZE


def test_a_very_long_description_flows_over_pages() -> None:
    long = item(1, time(9, 0), description="Ett mycket långt stycke. " * 2000)
    text, pages = text_of(render_agenda(document([long, item(2, time(9, 30))])))
    assert pages >= 3 and "Punkt 2" in text


def test_empty_agenda_and_no_press_meeting() -> None:
    text, pages = text_of(render_agenda(document([], press=None, start_time=None)))
    assert pages == 1 and "inga punkter" in text and "Pressträff" not in text


def test_swedish_time_column_and_printed_date() -> None:
    doc = replace(document([item(1, time(9, 5), 40)]), printed_on=date(2026, 2, 20))
    text, _ = text_of(render_agenda(doc))
    assert "09.05–09.45" in text and "Utskriven 2026-02-20" in text


def test_service_items_with_hostile_input_render(services: Services) -> None:
    visit = make_visit(services)
    text200 = ("<b>&😀" * 60)[:200]
    services.agendas.add_item(
        visit.id,
        AgendaItemInput(
            title=text200,
            description=HOSTILE,
            presenter_name=text200,
            presenter_title=text200,
            presenter_organisation=text200,
        ),
    )
    text, pages = text_of(
        render_agenda(services.agendas.document(visit.id), AgendaPdfOptions(presenter_details=True))
    )
    assert "<b>&" in text and pages >= 1


def test_the_visits_questions_are_printed_numbered_but_not_on_the_wall_version(
    services: Services,
) -> None:
    visit = make_visit(services)  # a first visit explores the programme's three questions
    doc = services.agendas.document(visit.id)
    assert [number for number, _ in doc.questions] == [1, 2, 3]
    text = flat(text_of(render_agenda(doc))[0])
    assert "Frågor för dagen" in text
    assert "Fråga 1: Hur säkerställs barnets perspektiv och delaktighet?" in text
    assert text.index("Fråga 3") < text.index("Sida 1 av")
    wall = flat(text_of(render_agenda(doc, AgendaPdfOptions(compact=True)))[0])
    assert "Fråga 1" not in wall


def test_heading_names_place_and_host_and_roles_become_people(services: Services) -> None:
    """Issue 14.14: the municipality in the heading, the host to ask for, and a presenter typed
    as a role printed with the name and organisation of the contact who holds it."""
    from samordnare_desktop.services.municipalities import ContactInput

    mjolby = services.municipalities.by_code("0586")
    host = services.municipalities.add_contact(
        mjolby.id, ContactInput("Linnea Hedlund", "Socialchef", "Socialförvaltningen", "070-1")
    )
    visit = make_visit(services)
    services.visits.update(
        visit.id, replace(visit.as_input(), host_contact_id=host.id), expected_version=visit.version
    )
    services.agendas.add_item(
        visit.id, AgendaItemInput(title="Organisationen", presenter_name="socialchef")
    )
    services.agendas.add_item(
        visit.id, AgendaItemInput(title="Avslut", presenter_name="Nationell samordnare")
    )
    document_ = services.agendas.document(visit.id)
    text, _ = text_of(render_agenda(document_, AgendaPdfOptions(presenter_details=True)))
    text = flat(text)
    assert "Första besök – Mjölby" in text
    assert "Värd: Linnea Hedlund, Socialchef, 070-1" in text
    assert "Linnea Hedlund, Socialchef, Socialförvaltningen" in text
    assert "Nationell samordnare" in text  # a role nobody holds prints as typed


def test_a_long_title_never_runs_into_the_running_header() -> None:
    doc = document([item(1, time(9, 0))], visit_title="Uppföljningsbesök " * 12)
    reader = PdfReader(io.BytesIO(render_agenda(doc)))
    header = reader.pages[0].extract_text().splitlines()
    line = next(x for x in header if x.startswith("Dagordning:"))
    assert line.endswith("…") or "…" in line


def test_the_wall_version_fills_the_page() -> None:
    from reportlab.platypus import KeepInFrame

    from samordnare_desktop.pdf.agenda import story

    few = document([item(n, time(9 + n, 0), 60) for n in range(6)])
    (frame,) = story(few, AgendaPdfOptions(compact=True))
    assert isinstance(frame, KeepInFrame)
    titles = [
        f for f in frame._content if getattr(f, "style", None) and f.style.name == "agenda_title"
    ]
    assert titles and titles[0].style.fontSize > 19 * 1.25 * 1.3  # grown, not the fixed size
    text, pages = text_of(render_agenda(few, AgendaPdfOptions(compact=True)))
    assert pages == 1 and "Punkt 5" in text


def _blank_pages(pdf: bytes) -> list[int]:
    """Pages with nothing but the running header and the page number."""
    import re

    blank = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        lines = [
            line
            for line in page.extract_text().splitlines()
            if line.strip() and not re.search(r"Sida \d+ av \d+|^Dagordning:|^Mjölby$", line)
        ]
        if not lines:
            blank.append(number)
    return blank


def test_no_blank_page_at_the_end_whatever_the_length() -> None:
    """Issue #14: 'a blank second page'. Found: 26 (or 40) items without a press meeting end
    exactly at a page's foot, and the gap after the last item went alone onto a new page.
    Kept here with the other shapes tried: long agendas, long titles, 5,000-character notes (as
    words, one word, lines), and agendas that fill a page to within a line."""

    def at(i: int) -> time:
        return time(8 + (i // 4) % 10, (i % 4) * 15)

    cases = [document([item(i, at(i)) for i in range(n)], press=None) for n in range(10, 45)]
    cases += [document([item(i, at(i)) for i in (range(n))]) for n in (26, 40, 60)]
    for length in (399, 401, 1000, 5000):
        cases.append(document([item(0, at(0), title="Lång " * (length // 5))]))
    for text in ("ord " * 1250, "x" * 5000, "rad\n" * 1250, "ord " * 3000):
        cases.append(document([item(0, at(0), description=text)]))
        cases.append(
            document([item(i, at(i)) for i in range(14)] + [item(14, at(14), description=text)])
        )
    for k in range(0, 60, 3):  # the last description grows by about a line at a time
        rows = [item(i, at(i)) for i in range(14)]
        cases.append(document([*rows, item(14, at(14), description="ord " * (k * 10))], press=None))
    for doc in cases:
        for options in (AgendaPdfOptions(), AgendaPdfOptions(descriptions=False)):
            assert _blank_pages(render_agenda(doc, options)) == [], (len(doc.items), options)
    wall = render_agenda(cases[0], AgendaPdfOptions(compact=True))  # 10 items: one page
    assert len(PdfReader(io.BytesIO(wall)).pages) == 1
    wall = render_agenda(cases[16], AgendaPdfOptions(compact=True))  # 26: two readable pages
    assert _blank_pages(wall) == [] and len(PdfReader(io.BytesIO(wall)).pages) == 2
