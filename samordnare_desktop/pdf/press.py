"""The press invitation (pressinbjudan) for a visit's press meeting: one A4 page and the same
words as plain text for an e-mail, shaped like the ministry's own invitations:

    Tid och plats för pressträff
    Tid: onsdagen den 4 mars 2026 klockan 14.00–14.30
    Plats: Fabriksgatan 31, plan 3, konferensrum 404
    För anmälan till pressträffen, kontakta Anna Berg, 070-123 45 67, anna.berg@kommun.se.

Input is :class:`PressInvitation` (plain data); ReportLab is imported when the PDF is made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from samordnare_desktop import formatting as fmt
from samordnare_desktop.i18n import translate

COORDINATOR = "Nationell samordnare för den sociala barn- och ungdomsvården"
LINE_LIMIT = 600  # one field of the invitation; longer text is cut (the page is one page)


@dataclass(frozen=True)
class PressInvitation:
    municipality: str
    visit_title: str
    day: date
    start: time | None
    end: time | None
    place: str
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    coordinator: str = COORDINATOR
    printed_on: date | None = None


def _cut(text: str, limit: int = LINE_LIMIT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _contact(inv: PressInvitation) -> str:
    return ", ".join(
        _cut(p, 200) for p in (inv.contact_name, inv.contact_phone, inv.contact_email) if p.strip()
    )


def lines(inv: PressInvitation) -> dict[str, str]:
    """The invitation's sentences, translated and filled in (shared by the PDF and the text)."""
    hours = fmt.time_range(inv.start, inv.end)
    when = fmt.date_in_sentence(inv.day)  # "onsdagen den 4 mars 2026"
    if hours:
        when = translate("press", "{day}, at {hours}").format(day=when, hours=hours)
    contact = _contact(inv)
    return {
        "heading": translate("press", "Press invitation"),
        "title": translate("press", "The national coordinator visits {municipality}").format(
            municipality=_cut(inv.municipality, 200)
        ),
        "lead": translate(
            "press",
            "On {day} the national coordinator for social child and youth care visits "
            "{municipality} ({visit}). A press meeting is held in connection with the visit.",
        ).format(
            day=fmt.date_in_sentence(inv.day),
            municipality=_cut(inv.municipality, 200),
            visit=_cut(inv.visit_title, 200),
        ),
        "section": translate("press", "Time and place of the press meeting"),
        "time": translate("press", "Time: {when}").format(when=when),
        "place": translate("press", "Place: {place}").format(place=_cut(inv.place) or "–"),
        "contact": (
            translate("press", "To register for the press meeting, contact {contact}.").format(
                contact=contact
            )
            if contact
            else ""
        ),
        "sender": _cut(inv.coordinator, 200),
    }


def press_text(inv: PressInvitation) -> str:
    """The invitation as plain text for an e-mail (no markup; the text as typed)."""
    words = lines(inv)
    parts = [
        words["heading"].upper(),
        "",
        words["title"],
        "",
        words["lead"],
        "",
        words["section"],
        words["time"],
        words["place"],
    ]
    if words["contact"]:
        parts += ["", words["contact"]]
    parts += ["", words["sender"]]
    return "\n".join(parts) + "\n"


def press_invitation_pdf(inv: PressInvitation) -> bytes:
    """The invitation as one A4 page."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import DocumentMeta, render
    from samordnare_desktop.pdf.text import esc

    s = st.styles()
    words = lines(inv)
    big = s["body"].clone("press_body", fontSize=11.5, leading=16)
    story: list = [
        Paragraph(esc(words["heading"].upper()), s["meta"]),
        Spacer(1, 2 * mm),
        Paragraph(esc(words["title"]), s["title"]),
        Spacer(1, 4 * mm),
        Paragraph(esc(words["lead"]), big),
        Spacer(1, 6 * mm),
        Paragraph(esc(words["section"]), s["h1"]),
        Paragraph(esc(words["time"]), big),
        Paragraph(esc(words["place"]), big),
    ]
    if words["contact"]:
        story += [Spacer(1, 5 * mm), Paragraph(esc(words["contact"]), big)]
    story += [Spacer(1, 10 * mm), Paragraph(esc(words["sender"]), s["meta"])]
    printed = inv.printed_on or date.today()
    meta = DocumentMeta(
        title=f"{words['heading']} – {inv.municipality}, {inv.day.isoformat()}",
        header_right=inv.municipality,
        footer_left=translate("press", "Printed {date}").format(date=printed.isoformat()),
    )
    return render(story, meta)
