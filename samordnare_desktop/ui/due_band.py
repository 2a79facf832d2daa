"""At start, a quiet band above the tabs says what falls due in the next two weeks (issue #18
part 5): the next report, action plans not received, actions due, time studies missing. It is
computed once the window is shown (never delaying the start), is not modal, opens Översikt with
"Show", and goes with "Hide". Nothing due: no band.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout

from samordnare_desktop.services.due import START_DAYS, start_summary
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.widgets.labels import plain_label


def band_style() -> str:
    border, background = theme.hex_colour("border"), theme.hex_colour("accent_bg")
    return (
        f"QFrame#due_band {{ border: 1px solid {border}; border-radius: 4px;"
        f" background: {background}; }}"
        " QFrame#due_band QLabel { background: transparent; border: none; }"
    )


class DueBand(QFrame):
    def __init__(self, window: QMainWindow, text: str) -> None:
        super().__init__(window.centralWidget())
        self.setObjectName("due_band")
        self.window_ = window
        theme.set_style(self, band_style)
        self.label = plain_label(text)
        self.label.setObjectName("due_band_text")
        self.label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show in Overview"))
        self.show_button.setObjectName("due_band_show")
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("due_band_hide")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.hide_button)
        self.show_button.clicked.connect(self.show_overview)
        self.hide_button.clicked.connect(self.dismiss)

    def show_overview(self) -> None:
        select = getattr(self.window_, "select_tab", None)
        if select is not None:
            select("overview")
        self.dismiss()

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
        self.window_.due_band = None  # type: ignore[attr-defined]


def show_due_band(window: QMainWindow, days: int = START_DAYS) -> DueBand | None:
    """The band, when anything falls due within ``days``; run after the window is shown."""
    session = getattr(window, "session", None)
    if session is None or session.closed or not window.isVisible():
        return None
    if getattr(window, "due_band", None) is not None:  # said once a start
        return None
    try:
        text = start_summary(session.services.due.due(), days)
    except Exception:  # a damaged or locked file: the start goes on, the tabs will say why
        import logging

        logging.getLogger(__name__).exception("what falls due could not be read at start")
        return None
    if not text:
        return None
    column = window.centralWidget().layout()
    if not isinstance(column, QVBoxLayout):
        return None
    band = DueBand(window, text)
    column.insertWidget(0, band)
    window.due_band = band  # type: ignore[attr-defined]
    return band
