"""User text is never markup on screen (issue 14, item 5): a visit titled ``<b>&amp;</b> besök``
shows exactly that, in every label of every tab and in message boxes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.municipalities import ContactInput
from samordnare_desktop.services.participants import PersonInput
from samordnare_desktop.services.visits import VisitInput

MARKUP = "<b>&amp;</b> besök"


def _labels_showing_markup(widget) -> list[QLabel]:
    return [
        label
        for label in widget.findChildren(QLabel)
        if "<b>&amp;</b>" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
    ]


def test_markup_in_user_text_is_shown_as_typed(qtbot, main_window) -> None:
    services = main_window.ctx.services
    mjolby = services.municipalities.by_code("0586")
    services.municipalities.add_contact(mjolby.id, ContactInput(name=MARKUP, title=MARKUP))
    visit = services.visits.create(
        VisitInput(
            municipality_id=mjolby.id,
            kind=VisitKind.FIRST,
            day=date(2026, 9, 1),
            title=MARKUP,
            venue_name=MARKUP,
        )
    )
    services.participants.add(visit.id, PersonInput(name="Anna <i>Lind</i>", organisation=MARKUP))
    main_window.ctx.bus.changed.emit("visits")

    municipalities = main_window.tab("municipalities")
    assert municipalities.select_municipality(mjolby.id)
    visits = main_window.tab("visits")
    assert visits.select_visit(visit.id)
    assert MARKUP in visits.form.heading.text()
    for index in range(visits.pages.count()):  # the agenda, participants and plan pages
        visits.pages.setCurrentIndex(index)
    participants = main_window.tab("participants")
    assert participants.show_visit(visit.id)
    main_window.tab("overview")
    shown = [
        label.objectName() or type(label.parentWidget()).__name__
        for label in _labels_showing_markup(main_window)
    ]
    assert shown == []


def test_message_boxes_are_plain_text(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from samordnare_desktop.ui import messages

    seen = []
    monkeypatch.setattr(messages, "_nobody_watching", lambda *_: False)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.textFormat()) or 0)
    messages._show(None, "Warning", "Titel", MARKUP)  # warn/fail/inform
    assert seen == [Qt.TextFormat.PlainText]
