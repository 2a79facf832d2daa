"""Hebrew and Arabic in the PDFs, read in the order the content stream draws them (left to
right), each character through its font's ToUnicode map. pypdf's extract_text reorders
right-to-left text itself, so it would hide letters drawn in typed order."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, time

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.platypus import Paragraph

from samordnare_desktop.domain import document as d
from samordnare_desktop.domain.agenda import AgendaItemKind
from samordnare_desktop.pdf import styles
from samordnare_desktop.pdf.action_plan import action_plan_pdf
from samordnare_desktop.pdf.agenda import AgendaPdfOptions, render_agenda
from samordnare_desktop.pdf.badges import Card, badges_pdf
from samordnare_desktop.pdf.blocks import build
from samordnare_desktop.pdf.document import DocumentMeta, render
from samordnare_desktop.pdf.participants import ListOptions, participant_list_pdf
from samordnare_desktop.pdf.text import esc, printable, visual
from samordnare_desktop.services.action_plans import ActionInput, AreaInput, PlanInput
from tests.unit.test_agenda_pdf import document, item
from tests.unit.test_participant_pdfs import HEADING, _entries

SHALOM = "\u05e9\u05dc\u05d5\u05dd"  # שלום, typed shin-lamed-vav-final mem
SALAM = "\u0633\u0644\u0627\u0645"  # سلام, typed sin-lam-alef-mim
# drawn from the left: final mem first; Arabic joined: final mim, lam-alef ligature, initial sin
SHALOM_DRAWN = "\u05dd\u05d5\u05dc\u05e9"
SALAM_DRAWN = "\ufee1\ufefc\ufeb3"
MUHAMMAD = "\u0645\u062d\u0645\u062f"  # محمد
MUHAMMAD_DRAWN = "\ufeaa\ufee4\ufea4\ufee3"  # final dal, medial mim, medial hah, initial mim


def _to_unicode(font) -> dict[int, str]:
    out: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return out
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for a, b, dst in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            for i, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                out[code] = chr(int(dst, 16) + i)
    return out


def drawn_with_fonts(pdf: bytes) -> list[tuple[str, str]]:
    """Every page's text in the order it is drawn, (font name, text) per text operator."""
    reader = PdfReader(io.BytesIO(pdf))
    out = []
    for page in reader.pages:
        fonts = {
            k: (str(v.get_object()["/BaseFont"]).split("+")[-1], _to_unicode(v.get_object()))
            for k, v in page["/Resources"]["/Font"].items()
        }
        name, current = "", {}
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                name, current = fonts.get(operands[0], ("", {}))
            elif op in (b"Tj", b"TJ"):
                pieces = operands[0] if op == b"TJ" else [operands[0]]
                text = "".join(
                    current.get(code, "?")
                    for piece in pieces
                    if not isinstance(piece, (int, float))
                    for code in bytes(piece.original_bytes)
                )
                out.append((name, text))
    return out


def drawn(pdf: bytes) -> str:
    """Every page's text in the order it is drawn, one line per text operator."""
    return "\n".join(text for _font, text in drawn_with_fonts(pdf))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_a_line_is_put_in_drawing_order_and_arabic_joined() -> None:
    assert visual(printable(f"Möte {SHALOM} nu")) == f"Möte {SHALOM_DRAWN} nu"
    assert visual(printable(SALAM)) == SALAM_DRAWN
    # a right-to-left paragraph: its words from the right, a Latin name inside stays readable
    assert visual(printable(f"{SALAM} Malmö {MUHAMMAD}")) == f"{MUHAMMAD_DRAWN} Malmö {SALAM_DRAWN}"
    assert visual("abc (\u05d0\u05d1) def") == "abc (\u05d1\u05d0) def"  # brackets not flipped
    swedish = "Åsa Öberg, Ängelholms kommun (IFO) 12–14"
    assert printable(swedish) == swedish and visual(swedish) == swedish


def test_agenda_draws_hebrew_and_arabic_right_to_left() -> None:
    doc = document(
        [
            item(1, time(9), title=f"abc {SHALOM} xyz", description=SALAM),
            item(2, time(9, 30), presenter_name=MUHAMMAD, presenter_organisation="Malmö stad"),
        ]
    )
    text = drawn(render_agenda(doc, AgendaPdfOptions(presenter_details=True)))
    assert f"abc {SHALOM_DRAWN} xyz" in text
    assert SALAM_DRAWN in text and "\u0633" not in text  # joined, never the bare letters
    assert MUHAMMAD_DRAWN in text
    assert "Punkt 2" in text and "Mjölby" in text  # Swedish as it was


def test_an_arabic_break_title_is_upright_the_italic_face_has_no_arabic() -> None:
    lunch = AgendaItemKind.LUNCH
    doc = document([item(1, time(12), title=f"Lunch {SALAM}", kind=lunch), item(2, time(13))])
    fonts = drawn_with_fonts(render_agenda(doc))
    assert ("DejaVuSans", f"Lunch {SALAM_DRAWN}") in fonts
    doc = document([item(1, time(12), title="Lunch på Stadshotellet", kind=lunch)])
    assert ("DejaVuSans-Oblique", "Lunch på Stadshotellet") in drawn_with_fonts(render_agenda(doc))


def test_participant_list_draws_arabic_names_and_organisations_right_to_left() -> None:
    entries = _entries(3)
    entries[0] = replace(entries[0], name=f"{MUHAMMAD} {SALAM}", organisation=SHALOM)
    text = drawn(participant_list_pdf(HEADING, entries, ListOptions(printed_on=date(2026, 3, 1))))
    assert f"{SALAM_DRAWN} {MUHAMMAD_DRAWN}" in text  # the first name is the rightmost
    assert SHALOM_DRAWN in text
    assert "Person 001 Andersson" in text


def test_action_plan_wraps_a_long_arabic_text_in_reading_order(services) -> None:
    svc = services.action_plans
    m = services.municipalities.by_code("0586")
    plan = svc.create_plan(m.id, PlanInput(owner=f"{MUHAMMAD}, IFO-chef"))
    words = [f"{SALAM}{n}" for n in range(60)]  # numbered words: their order shows
    area = svc.add_area(plan.id, AreaInput("Samverkan", " ".join(words), SHALOM))
    svc.add_action(area.id, ActionInput(f"Rutin {SHALOM}", MUHAMMAD))
    text = drawn(action_plan_pdf(svc.get(plan.id), today=date(2026, 9, 1)))
    assert MUHAMMAD_DRAWN in text and f"Rutin {SHALOM_DRAWN}" in text
    lines = [line for line in text.splitlines() if SALAM_DRAWN in line]
    assert len(lines) > 1  # the situation text wraps
    numbers = [[int(n) for n in re.findall(r"\d+", line)] for line in lines]
    order = [n for line in numbers for n in line]
    # each line reads from the right, and the next line goes on where it stopped
    assert all(line == sorted(line, reverse=True) for line in numbers)
    assert [n for line in numbers for n in reversed(line)] == list(range(60)), order


def test_a_final_report_table_draws_an_arabic_cell_right_to_left() -> None:
    table = d.Table(header=("Kommun", "Kontakt"), rows=(("Mjölby", f"{MUHAMMAD} {SALAM}"),))
    document = d.Document("Rapport", "", date(2026, 12, 5), blocks=(table,), contents=False)
    text = drawn(build(document))
    assert f"{SALAM_DRAWN} {MUHAMMAD_DRAWN}" in text and "Mjölby" in text


def test_a_paragraph_of_several_styles_keeps_each_piece_with_its_letters() -> None:
    sheet = styles.styles()
    story = [Paragraph(f"<b>Namn:</b> {esc(f'{MUHAMMAD} {SALAM}')} 😀", sheet["body"])]
    pdf = render(story, DocumentMeta(title=f"Besök {SHALOM}"))
    text = drawn(pdf)
    assert "Namn:" in text and f"{SALAM_DRAWN} {MUHAMMAD_DRAWN}" in flat(text)
    assert f"Besök {SHALOM_DRAWN}" in text  # the running header, drawn on the canvas


def test_badges_draw_a_hebrew_name_right_to_left() -> None:
    text = drawn(badges_pdf([Card(SHALOM, f"{SALAM} AB")], "Besök"))
    assert SHALOM_DRAWN in text and f"AB {SALAM_DRAWN}" in text
