"""The Besök tab's first page beside the list: the visit form in a scroll area, the form built on
first use. When the list is read in a worker (tab.READ_IN_BACKGROUND_FROM) the tab is painted
first and the form built after, while the worker reads (reading.py): its ~30 ms of widgets
and their first paint were a third of the time until the tab was in front at ten times the
programme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QScrollArea

if TYPE_CHECKING:
    from samordnare_desktop.ui.visits.registers import VisitRegisters
    from samordnare_desktop.ui.visits.tab import VisitsTab
    from samordnare_desktop.ui.visits.visit_form import VisitForm


class VisitFormPage(QScrollArea):
    def __init__(self, tab: VisitsTab, registers: VisitRegisters | None) -> None:
        super().__init__()
        self.setObjectName("visit_form_scroll")
        self.setAccessibleName(self.tr("Visit form"))
        self.setWidgetResizable(True)
        self._tab = tab
        # until the form has them (None: the form reads them, unless given first: reading.py)
        self.registers: VisitRegisters | None = registers
        self.form: VisitForm | None = None

    def ensure_form(self) -> VisitForm:
        if self.form is None:
            # its module too (the form's parts, the care places' service): in a big programme
            # not before the tab's first paint (issue #15)
            from samordnare_desktop.ui.visits.visit_form import VisitForm

            tab = self._tab
            # no question while it is built (a crash's draft: its dialog would let the tab ask
            # for the form again meanwhile, a change notice for one); asked once it is in place
            VisitForm.quiet_start = True
            try:
                form = VisitForm(tab.ctx, registers=self.registers)
            finally:
                VisitForm.quiet_start = False
            self.registers = None
            self.setWidget(form)
            form.questions_button.clicked.connect(tab.actions.edit_questions)
            form.saved.connect(tab._on_saved)
            # Ctrl+S belongs to the form only, so extra pages (agenda) may have their own.
            save = QShortcut(QKeySequence.StandardKey.Save, form, activated=form.save)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.form = form
            form.offer_draft(f"new-{form.municipality.value()}")  # as its new_visit would
        return self.form
