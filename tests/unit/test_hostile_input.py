"""Hostile input, generated (hypothesis): control characters, 100,000 characters, right-to-left
text, emoji, impossible dates and times. Validation refuses clearly or cleans; PDFs never fail
and give the text back. Example counts are modest so the suite stays fast."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections import Counter
from datetime import date, time

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from samordnare_desktop.domain import validation as v
from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.municipalities import ContactInput, validate_contact
from samordnare_desktop.services.visits import VisitInput, validate_visit

FAST = settings(max_examples=60, deadline=None)
WITH_DB = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn"}
KEPT_FORMAT = {"\u200d", "\ufe0f"}  # zero-width joiner and emoji presentation: emoji need them
HOSTILE = [
    "\u202eevil.exe\u202c",  # right-to-left override
    "عبد الله بن محمد",  # Arabic
    "שרה כהן",  # Hebrew
    "👨‍👩‍👧 family 👍🏽",
    "<b>fet</b> & <img src='/etc/passwd'/> <para>",
    "tab\there\x00nul\x1besc\x7fdel",
    "e\x00\u0301",  # an accent that meets its letter once the NUL is gone
    "  många   mellanslag\n\nrader  ",
]


def text_with_everything() -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8"), max_size=300) | st.sampled_from(HOSTILE)


# --- clean_text and the field validators ---------------------------------------------------------


@FAST
@given(text_with_everything(), st.booleans())
@example("e\x00\u0301", False)
def test_clean_text_leaves_no_control_characters_and_is_stable(text: str, multiline: bool) -> None:
    cleaned = v.clean_text(text, multiline=multiline)
    for ch in cleaned:
        assert ch in "\n\t" or ch in KEPT_FORMAT or unicodedata.category(ch) not in CONTROL
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    if not multiline:
        assert "\n" not in cleaned and "  " not in cleaned
    assert v.clean_text(cleaned, multiline=multiline) == cleaned


def test_right_to_left_override_is_stripped_but_rtl_letters_and_emoji_kept() -> None:
    assert v.clean_text("\u202eevil.exe\u202c") == "evil.exe"
    assert v.clean_text("عبد الله") == "عبد الله"
    assert v.clean_text("👨‍👩‍👧 👍🏽") == "👨‍👩‍👧 👍🏽"


def test_hundred_thousand_characters() -> None:
    notes = ("Långa anteckningar om socialtjänsten. " * 3000)[: v.MAX_LONG_TEXT]
    assert len(v.optional_text(notes, "notes", max_length=v.MAX_LONG_TEXT, multiline=True)) <= (
        v.MAX_LONG_TEXT
    )
    with pytest.raises(ValidationError, match="högst 100\u00a0000"):
        v.optional_text("x" * (v.MAX_LONG_TEXT + 1), "notes", max_length=v.MAX_LONG_TEXT)
    with pytest.raises(ValidationError) as caught:
        validate_contact(ContactInput("x" * 100_000))
    assert caught.value.field == "name"


@FAST
@given(
    name=text_with_everything(),
    email=text_with_everything(),
    phone=text_with_everything(),
)
def test_contact_validation_refuses_clearly_or_returns_clean_fields(
    name: str, email: str, phone: str
) -> None:
    try:
        clean = validate_contact(ContactInput(name, "", "", phone, email))
    except ValidationError as exc:
        assert exc.field in {"name", "phone", "email"} and exc.message
        return
    assert clean.name and len(clean.name) <= v.MAX_SHORT_TEXT
    assert clean.name == v.clean_text(name)


@WITH_DB
@given(name=text_with_everything(), notes=text_with_everything())
def test_hostile_text_round_trips_through_the_database(services, name: str, notes: str) -> None:
    svc = services.municipalities
    town = svc.by_code("0114")
    try:
        row = svc.add_contact(town.id, ContactInput(name))
    except ValidationError:
        assume(False)
        return
    details = svc.details(town.id)
    assert row.name in [c.name for c in details.contacts]
    svc.update(town.id, expected_version=None, in_programme=False, notes=notes)
    assert svc.details(town.id).notes == v.clean_text(notes, multiline=True)


# --- dates and times through the visit validation -------------------------------------------------

TOWN = uuid.uuid4()


def visit(day: date, start: time | None = None, end: time | None = None) -> VisitInput:
    return VisitInput(TOWN, VisitKind.FIRST, day, start, end)


def test_impossible_calendar_values_cannot_even_be_made() -> None:
    with pytest.raises(ValueError):
        date(2026, 2, 30)
    with pytest.raises(ValueError):
        time(24, 0)
    with pytest.raises(ValueError):
        date.fromisoformat("2026-02-30")


def test_end_before_start_and_zero_length_are_refused() -> None:
    with pytest.raises(ValidationError, match="sluta efter") as caught:
        validate_visit(visit(date(2026, 5, 4), time(10, 0), time(9, 0)))
    assert caught.value.field == "end_time"
    with pytest.raises(ValidationError):
        validate_visit(visit(date(2026, 5, 4), time(10, 0), time(10, 0)))


def test_the_hour_skipped_by_summer_time_is_refused() -> None:
    with pytest.raises(ValidationError, match="02:30 finns inte") as caught:
        validate_visit(visit(date(2026, 3, 29), time(2, 30), time(4, 0)))
    assert caught.value.field == "start_time"
    assert "2026-03-29" in caught.value.message
    validate_visit(visit(date(2026, 3, 29), time(3, 0), time(4, 0)))  # after the jump: fine
    validate_visit(visit(date(2026, 3, 28), time(2, 30), time(4, 0)))  # the day before: fine
    validate_visit(visit(date(2026, 10, 25), time(2, 30), time(3, 0)))  # autumn: exists twice


@FAST
@given(
    day=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
    start=st.none() | st.times(),
    end=st.none() | st.times(),
)
def test_any_day_and_times_validate_or_are_refused_with_a_field(
    day: date, start: time | None, end: time | None
) -> None:
    try:
        clean = validate_visit(visit(day, start, end))
    except ValidationError as exc:
        assert exc.field in {"start_time", "end_time"} and exc.message
        return
    if clean.start_time and clean.end_time:
        assert clean.end_time > clean.start_time


def test_cli_date_option_refuses_30_february_in_one_clear_line() -> None:
    from samordnare_desktop.commands.groups import parse_day as _day

    with pytest.raises(UserError, match="2026-02-30"):
        _day("2026-02-30", "--from")
    with pytest.raises(UserError):
        _day("24:00", "--from")


# --- PDF: escaping and rendering --------------------------------------------------------------------


def _render(text: str) -> bytes:
    from reportlab.platypus import Paragraph

    from samordnare_desktop.pdf import styles
    from samordnare_desktop.pdf.document import DocumentMeta, render
    from samordnare_desktop.pdf.text import esc

    body = styles.styles()["body"]
    story = [Paragraph(esc(part), body) for part in text.split("\n\n")]
    return render(story, DocumentMeta(title=text[:80], header_right=text[:30]))


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@settings(max_examples=25, deadline=None)
@given(text_with_everything())
def test_pdf_render_never_fails_on_hostile_text(text: str) -> None:
    """Also: what the PDF's text layer says is what the reader sees (no truncated codes)."""
    from samordnare_desktop.pdf.text import esc

    markup = re.sub(r'<font name="[A-Za-z]+">|</font>', "", esc(text))  # fallback font runs
    assert "<" not in markup.replace("<br/>", "")
    pdf = _render(text)
    assert pdf.startswith(b"%PDF") and b"/Page" in pdf


def _has_glyph(ch: str) -> bool:
    from samordnare_desktop.pdf.text import printable

    return printable(ch) == ch


GLYPH_TEXT = st.text(
    st.characters(categories=("Lu", "Ll", "Nd", "Po", "Sm", "Sc", "Zs"), codec="utf-8").filter(
        _has_glyph
    ),
    min_size=1,
    max_size=200,
)


@settings(max_examples=25, deadline=None)
@given(GLYPH_TEXT)
@example("Ärende <b>&amp; 0.1 < A & B</b> \"citat\" 'x'")
@example("Ω ж ש ع " + "långtord" * 40)
@example("𝖠 李小龍 😀")  # beyond 16 bits and fallback fonts: copy and search get them back
def test_text_with_glyphs_comes_back_out_of_the_pdf(text: str) -> None:
    squeeze = "".join
    from samordnare_desktop.pdf.text import printable

    wanted = squeeze(printable(text).split())  # what the page shows is what the text layer says
    assume(wanted)
    found = squeeze(unicodedata.normalize("NFC", _pdf_text(_render(text))).split())
    if any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in wanted):
        # text extraction reorders right-to-left runs: every character must still be there
        assert not Counter(wanted) - Counter(found)
    else:
        assert wanted in found


def test_characters_beyond_16_bits_read_back_as_themselves() -> None:
    text = "".join(_pdf_text(_render("Före 𝖠 😀👍🏽 efter")).split())
    assert "Före𝖠😀👍efter" in text  # the skin tone modifier is dropped, the hand printed
