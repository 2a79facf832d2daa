"""Leaving an edited visit in the Besök tab (another visit chosen, a new one, the window
closing): the visit form and the extra pages with unsaved edits (the agenda's item form) ask
Save / Don't save / Cancel beside their text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from samordnare_desktop.ui import messages

if TYPE_CHECKING:
    from samordnare_desktop.ui.visits.tab import VisitsTab


class UnsavedVisitEdits(QObject):
    """Part of :class:`VisitsTab` (its ``unsaved``)."""

    def __init__(self, tab: VisitsTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def about_to_close(self) -> bool:
        """The window is closing: offer to save an edited visit and an edited page (the
        agenda's item form); ``False`` keeps it open."""
        tab = self.tab
        for index, holder in enumerate(tab.page_holders, start=1):
            hook = getattr(holder.widget, "about_to_close", None)
            if hook is None or not holder.widget.is_dirty():
                continue
            tab.ctx.open_tab(tab.NAME)
            tab.pages.setCurrentIndex(index)  # the question shows beside its text
            if hook() is False:
                return False
        if not tab.form.dirty:
            return True
        tab.ctx.open_tab(tab.NAME)
        return self.form_resolved()

    def pages_resolved(self) -> bool:
        """Another visit is about to be shown: a page with unsaved edits (the agenda's item
        form) asks Save / Don't save / Cancel beside its text; ``False`` (Cancel, or a refused
        save) stays on this visit with the text."""
        for index, holder in enumerate(self.tab.page_holders, start=1):
            page = holder.widget
            resolve = getattr(page, "resolve_unsaved", None)
            if resolve is None or not page.is_dirty():
                continue
            self.tab.pages.setCurrentIndex(index)
            if not resolve():
                return False
        return True

    def confirm_discard(self) -> bool:
        if not self.pages_resolved():
            return False
        return not self.tab.form.dirty or self.form_resolved()

    def form_resolved(self) -> bool:
        """Save / Don't save / Cancel for the edited visit form, asked beside it; ``False``
        (Cancel, or a refused save: the error shows beside its field) keeps it."""
        tab = self.tab
        tab.pages.setCurrentIndex(0)
        answer = messages.ask_save(
            tab, self.tr("Unsaved changes"), self.tr("Save the changes to the visit?")
        )
        if answer == "save":
            return tab.form.save() is not None
        if answer == "discard":
            tab.form.drafts.clear()
        return answer == "discard"
