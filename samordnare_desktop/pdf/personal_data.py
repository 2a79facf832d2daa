"""The access-request copy as a PDF: what Samordnare Desktop stores about one person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samordnare_desktop.i18n import translate
from samordnare_desktop.pdf.text import chunks, esc

if TYPE_CHECKING:
    from samordnare_desktop.services.privacy import PersonReport


def render_person_report(report: PersonReport) -> bytes:
    from reportlab.platypus import Paragraph, Spacer

    from samordnare_desktop.pdf import styles as st
    from samordnare_desktop.pdf.document import DocumentMeta, render
    from samordnare_desktop.services.privacy import (
        _field_label,
        _mention_pattern,
        _shown,
        access_information,
    )

    s = st.styles()
    title = translate("privacy", "Personal data stored in Samordnare Desktop")
    pattern = _mention_pattern(report.query.name) if report.query.name else None
    story = [
        Paragraph(esc(title), s["title"]),
        Paragraph(
            esc(translate("privacy", "Person: {person}").format(person=report.query.describe())),
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
            esc(translate("privacy", "Records found: {count}").format(count=len(report.records))),
            s["meta"],
        ),
        Spacer(1, 8),
    ]
    for number, record in enumerate(report.records, start=1):
        story.append(Paragraph(esc(record.heading(number)), s["h2"]))
        for key, value in record.fields.items():
            if not value:
                continue
            lines = _shown(value, pattern).split("\n")
            # a long line in pieces: one 100,000-character paragraph takes many seconds
            first, *rest = chunks(lines[0]) or [""]
            story.append(Paragraph(f"<b>{esc(_field_label(key))}:</b> {esc(first)}", s["body"]))
            story.extend(Paragraph(esc(piece), s["body"]) for piece in rest)
            story.extend(
                Paragraph(esc(piece), s["body"])
                for line in lines[1:]
                for piece in chunks(line.strip())
            )
    story.append(Spacer(1, 10))
    for _key, heading, text in access_information():
        story.append(Paragraph(esc(heading), s["h2"]))
        story.append(Paragraph(esc(text), s["body"]))
    meta = DocumentMeta(
        title=title,
        header_right=report.query.describe(),
        footer_left=translate("privacy", "Produced: {when}").format(
            when=report.generated_at.strftime("%Y-%m-%d")
        ),
    )
    return render(story, meta)
