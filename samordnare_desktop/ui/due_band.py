"""At start, a quiet band above the tabs says what falls due in the next two weeks (issue #18
part 5): the next report, action plans not received, actions due, time studies missing. It is
computed once the window is shown, on a worker thread (some 0.2 s at ten times the programme:
never on the GUI thread at start), is not modal, opens Översikt with "Show", and goes with
"Hide". Nothing due: no band. A damaged file met by that read is said as a tab's first read
says it (``ui.errors``: once per window) and no band shows; the window goes on.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QPushButton, QVBoxLayout

from samordnare_desktop.domain.errors import CorruptDatabaseError
from samordnare_desktop.services.due import START_DAYS, start_summary
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.errors import show_error
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


log = logging.getLogger(__name__)


def _summary(session, days: int) -> str | CorruptDatabaseError:
    """The band's line (empty: nothing due), or the damage the read met, to be said on the GUI
    thread (a start whose tab reads no plans said nothing of it: the damage was only logged)."""
    try:
        return start_summary(session.services.due.due(), days)
    except CorruptDatabaseError as exc:  # one line: the user is told, the next start checks
        log.warning("what falls due met a damaged page of the file at start")
        return exc
    except Exception:  # a locked file: the start goes on, the tabs will say why
        log.exception("what falls due could not be read at start")
        return ""


def _place(window: QMainWindow, found: str | CorruptDatabaseError) -> DueBand | None:
    """The band, or the damage said (once per window, as every first read says it)."""
    if isinstance(found, CorruptDatabaseError):
        if window.isVisible() and not getattr(window.session, "closed", True):
            show_error(window, found)
        return None
    return place_band(window, found)


class _Relay(QObject):
    """Brings the worker's text (or the damage it met) back to the GUI thread (the slot runs
    where this object lives)."""

    ready = Signal(object)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ready.connect(self.show_text)

    @Slot(object)
    def show_text(self, found: str | CorruptDatabaseError) -> None:
        self.deleteLater()
        _place(self.window_, found)


def schedule_due_band(window: QMainWindow, days: int = START_DAYS) -> None:
    """Compute on a worker thread, then show the band (the window's start goes on meanwhile)."""
    session = getattr(window, "session", None)
    if session is None or session.closed or not window.isVisible():
        return
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # on the GUI thread: mapping while it queries would race
    relay = _Relay(window)

    def work() -> None:
        found = _summary(session, days)
        with contextlib.suppress(RuntimeError):  # the window (and relay) went meanwhile
            relay.ready.emit(found)

    QThreadPool.globalInstance().start(work)


def show_due_band(window: QMainWindow, days: int = START_DAYS) -> DueBand | None:
    """The band now, when anything falls due within ``days`` (on the calling thread)."""
    session = getattr(window, "session", None)
    if session is None or session.closed or not window.isVisible():
        return None
    return _place(window, _summary(session, days))


def place_band(window: QMainWindow, text: str) -> DueBand | None:
    if not text or not window.isVisible() or getattr(window.session, "closed", True):
        return None
    if getattr(window, "due_band", None) is not None:  # said once a start
        return None
    column = window.centralWidget().layout()
    if not isinstance(column, QVBoxLayout):
        return None
    band = DueBand(window, text)
    column.insertWidget(0, band)
    window.due_band = band  # type: ignore[attr-defined]
    return band
