"""The first start: a band above the tabs with three ways in (issue #14 item 10).

Shown while the database has nothing to work with (no municipality in the programme, no visit)
and the user has not hidden it: 1. choose the programme's municipalities (the Kommuner tab, its
list focused, the box to tick named), 2. plan a first visit (a new visit form), 3. load the
fictitious demo programme (after a confirmation, off the GUI thread). It goes away by itself once
there is a programme municipality and a visit, or with "Dölj".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samordnare_desktop.ui import messages, theme
from samordnare_desktop.ui.context import EVERYTHING, MUNICIPALITY, VISIT, Change, UiContext
from samordnare_desktop.ui.widgets.labels import plain_label

HIDDEN_KEY = "welcome/hidden"


def welcome_style() -> str:
    border, background = theme.hex_colour("accent"), theme.hex_colour("accent_bg")
    return (
        f"QFrame#welcome {{ border: 1px solid {border}; border-radius: 4px;"
        f" background: {background}; }}"
        " QFrame#welcome QLabel { background: transparent; border: none; }"
    )


class WelcomePanel(QFrame):
    def __init__(
        self, ctx: UiContext, select_tab: Callable[[str], QWidget | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.ctx = ctx
        self._select_tab = select_tab
        theme.set_style(self, welcome_style)
        heading = QLabel(self.tr("Welcome to Samordnare Desktop"))
        heading.setObjectName("welcome_heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        intro = plain_label(
            self.tr("The database is empty. Three ways to begin (you can come back to each):")
        )
        intro.setWordWrap(True)
        self.programme_button = QPushButton(self.tr("1. Choose the programme's municipalities"))
        self.programme_button.setObjectName("welcome_programme")
        self.visit_button = QPushButton(self.tr("2. Plan a first visit"))
        self.visit_button.setObjectName("welcome_visit")
        self.demo_button = QPushButton(self.tr("3. Load the demo programme…"))
        self.demo_button.setObjectName("welcome_demo")
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("welcome_hide")
        self.hint = plain_label()
        self.hint.setObjectName("welcome_hint")
        self.hint.setWordWrap(True)
        top = QHBoxLayout()  # "Dölj" beside the heading: the steps' row stays narrow
        top.addWidget(heading, 1)
        top.addWidget(self.hide_button)
        buttons = QHBoxLayout()
        for button in (self.programme_button, self.visit_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self.hint.setVisible(False)
        self.programme_button.clicked.connect(self.choose_programme)
        self.visit_button.clicked.connect(self.plan_visit)
        self.demo_button.clicked.connect(self.load_demo)
        self.hide_button.clicked.connect(self.dismiss)
        ctx.bus.changes.connect(self._on_change)

    @staticmethod
    def wanted(ctx: UiContext) -> bool:
        """Shown at start: the user has not hidden it and the database has nothing yet."""
        hidden = ctx.settings.value(HIDDEN_KEY, False)
        if hidden in (True, "true", "1", 1):
            return False
        return ctx.services.visits.is_first_start()

    # --- the three steps ------------------------------------------------------------------------
    def choose_programme(self) -> None:
        tab = self._select_tab("municipalities")
        if tab is None:
            return
        only = getattr(tab, "only_programme", None)
        if only is not None:
            only.setChecked(False)  # all 290, to choose from
        table = getattr(tab, "table", None)
        if table is not None:
            table.setFocus()
            if table.model().rowCount() and not table.selectionModel().hasSelection():
                table.selectRow(0)
        self._say(
            self.tr(
                "Select a municipality in the list (type its name in the search field) and tick "
                "“In the coordinator's programme” on the right. Repeat for each."
            )
        )

    def plan_visit(self) -> None:
        tab = self._select_tab("visits")
        new_visit = getattr(tab, "new_visit", None)
        if new_visit is not None:
            new_visit()
        self._say(self.tr("Choose the municipality, the kind and the date, then Save."))

    def load_demo(self) -> None:
        if not messages.confirm(
            self,
            self.tr("Load the demo programme"),
            self.tr(
                "Fill this database with a fictitious programme (50 municipalities, visits, "
                "agendas, participants, action plans, time studies) to try the app? It takes "
                "a little while. Use a separate database for real work."
            ),
        ):
            return
        from samordnare_desktop.ui.operations import run_in_background

        services = self.ctx.services

        def work(_progress: object) -> list[str]:
            from samordnare_desktop.demo.steps import run_demo

            return run_demo(services)

        self.demo_button.setEnabled(False)
        run_in_background(
            self,
            work,
            self._demo_loaded,
            title=self.tr("Loading the demo programme…"),
            on_failed=lambda _exc: self.demo_button.setEnabled(True),
        )

    def _demo_loaded(self, _lines: list[str]) -> None:
        self.ctx.bus.notify(Change.of(EVERYTHING))
        self.ctx.show_status(self.tr("The demo programme is loaded."))
        self.setVisible(False)

    def dismiss(self) -> None:
        self.ctx.settings.setValue(HIDDEN_KEY, True)
        self.setVisible(False)

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(True)

    def _on_change(self, change: Change) -> None:
        """Gone once there is something to work with (a programme municipality and a visit)."""
        if not self.isVisible() or not change.concerns((MUNICIPALITY, VISIT)):
            return
        services = self.ctx.services
        has_programme = any(m.in_programme for m in services.municipalities.list())
        has_visit = bool(services.visits.list())
        if has_programme and has_visit:
            self.setVisible(False)
