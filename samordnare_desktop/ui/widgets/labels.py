"""Labels that show user data: always plain text.

A ``QLabel`` guesses rich text from its content (``Qt.AutoText``): a visit titled
``<b>&amp;</b> besök`` would show a bold "& besök". Every label whose text is built at run time
is made with :func:`plain_label`; the few that format escaped HTML set ``Qt.RichText`` on purpose.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samordnare_desktop.ui.qt_names import set_enum


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_enum(label, "textFormat", "PlainText")
    return label
