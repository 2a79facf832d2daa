"""The access-request copy as a PDF: what Samordnare Desktop stores about one person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.text import chunks, esc

if TYPE_CHECKING:
    from samordnare_desktop.pdf.documents import PersonDocument


def render_person_report(report: PersonDocument) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import DocumentMeta, render

    s = st.styles()
    title = translate("privacy", "Personal data stored in Samordnare Desktop")
    story = [
        Paragraph(esc(title), s["title"]),
        Paragraph(
            esc(translate("privacy", "Person: {person}").format(person=report.person)),
            s["meta"],
        ),
        Paragraph(
            esc(
                translate("privacy", "Produced: {when}").format(
                    when=report.generated_at.strftime("%Y-%m-%d %H:%M")
                )
            ),
            s["meta"],
        ),
        Paragraph(
            esc(translate("privacy", "Records found: {count}").format(count=len(report.sections))),
            s["meta"],
        ),
        Spacer(1, 8),
    ]
    for section in report.sections:
        story.append(Paragraph(esc(section.heading), s["h2"]))
        for label, shown in section.fields:
            lines = shown.split("\n")
            # a long line in pieces: one 100,000-character paragraph takes many seconds
            first, *rest = chunks(lines[0]) or [""]
            story.append(Paragraph(f"<b>{esc(label)}:</b> {esc(first)}", s["body"]))
            story.extend(Paragraph(esc(piece), s["body"]) for piece in rest)
            story.extend(
                Paragraph(esc(piece), s["body"])
                for line in lines[1:]
                for piece in chunks(line.strip())
            )
    story.append(Spacer(1, 10))
    for heading, text in report.information:  # what GDPR article 15 requires besides the data
        story.append(Paragraph(esc(heading), s["h2"]))
        story.append(Paragraph(esc(text), s["body"]))
    meta = DocumentMeta(
        title=title,
        header_right=report.person,
        footer_left=translate("privacy", "Produced: {when}").format(
            when=report.generated_at.strftime("%Y-%m-%d")
        ),
    )
    return render(story, meta)
