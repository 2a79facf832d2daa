"""The Deltagare tab's first read in a worker, in a big programme (background_read.py): the
visit chooser's 5,000 visits, the visit it opens on and that visit's participants and
headcounts. The tab is in front at once and says it reads; asked for its rows meanwhile, it
reads them at once and the worker's result is dropped.

In a fresh process the chooser's visits are read ahead (:class:`ReadAhead`, after the start:
MainWindow.read_ahead), kept by the visits' service while their tables do not change, with
what the chooser makes of them: the tab's worker then reads only the visit it opens on (at ten
times the programme some 30 ms less of the first view)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from samordnare_desktop.i18n import language
from samordnare_desktop.services.visits import VisitChoice, VisitRow
from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.background_read import BackgroundRead
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.participants.visit_choices import PreparedChoices, TypedText, keep_chosen
from samordnare_desktop.ui.participants.visit_choices import prepare as prepare_choices

if TYPE_CHECKING:
    from samordnare_desktop.ui.participants.tab import ParticipantsTab

SETTINGS_VISIT = "participants/visit"  # the visit shown last (QSettings)


def choose_visit(
    visits: Sequence[VisitRow | VisitChoice], wanted: uuid.UUID | None, today: date
) -> uuid.UUID | None:
    """The visit the chooser shows: ``wanted`` if it is still there, else the next one from
    ``today`` (else the latest)."""
    if wanted is not None and any(v.id == wanted for v in visits):
        return wanted
    upcoming = [v for v in visits if v.day >= today]
    return (upcoming[0] if upcoming else visits[-1]).id if visits else None


class ReadAhead(background_read.ReadAhead):
    """The chooser's visits read ahead (``VisitService.read_choices_ahead``), and what the
    chooser makes of them (their labels and order: ``visit_choices.prepare``)."""

    SERVICES = ("visits",)
    WHAT = "the visits to choose among"

    def __init__(self, services: Any) -> None:
        super().__init__(services)
        self._prepared: tuple[list[VisitChoice], str, PreparedChoices] | None = None

    def read(self, services: Any) -> None:
        visits = services.visits.read_choices_ahead()
        self._prepared = (visits, language(), prepare_choices(visits))

    def prepared_for(self, visits: list[VisitChoice]) -> PreparedChoices | None:
        """What the chooser makes of ``visits`` if they are those read ahead (the very list the
        service kept) in the same language; else None."""
        kept = self._prepared
        if kept is not None and kept[0] is visits and kept[1] == language():
            return kept[2]
        return None


class ParticipantsReading(QObject):
    """Part of :class:`ParticipantsTab` (its ``reading``): the first read, and the visits a
    change notice names."""

    def __init__(self, tab: ParticipantsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.reader = BackgroundRead(self, self._on_read, self.finish, "the participants")
        self.pending = False  # the first read is out; the tab shows no visit yet
        self._started = False  # a read has been asked for (the first waits for the paint)

    def start(self) -> None:
        tab = self.tab
        services = tab.ctx.services
        wanted, today = self.wanted_visit(), date.today()  # settings: on the GUI thread
        ahead = tab.ctx.read_ahead.pop("participants", None)  # the read ahead, if it runs
        self.pending = True
        tab.summary.setText(self.tr("Reading the visits and their participants…"))
        for widget in (tab.visit, tab.table):
            widget.setEnabled(False)

        def work() -> tuple:
            if ahead is not None:
                ahead.wait()  # then the visits are kept: taken, not read again
            visits = services.visits.choices()
            prepared = ahead.prepared_for(visits) if ahead is not None else None
            prepared = prepared or prepare_choices(visits)  # here, not on the GUI thread
            chosen = choose_visit(visits, wanted, today)
            if chosen is None:
                return visits, None, [], [], prepared
            return (
                visits,
                chosen,
                services.participants.list_for_visit(chosen),
                services.headcounts.counts([chosen]),
                prepared,
            )

        # the first read once the tab has painted (background_read.py says why); a read again
        # after a change at once
        self.reader.start(work, after_paint=None if self._started else tab)
        self._started = True

    def update_visits(self, ids: set[uuid.UUID]) -> None:
        """The visits a change notice named: relabel, add or drop them in the chooser."""
        tab = self.tab
        fresh = guarded(tab, lambda: tab.ctx.services.visits.rows(ids))
        if fresh is None:
            return
        gone = {i for i in ids if i in tab._visit_labels} - {v.id for v in fresh}
        current = tab.visit_id
        # the visit chosen stays chosen (relabelled if named), what the user typed stays typed
        typed = TypedText(tab.visit, tab._visit_labels.get(current) if current else None)
        tab.visit.blockSignals(True)
        tab.visit_choices.update(fresh, gone)
        keep_chosen(tab.visit, tab.visit_choices.row_of(current), typed)
        tab.visit.blockSignals(False)
        for visit in fresh:
            tab._visit_labels[visit.id] = tab.visit_choices.label(visit)
            tab._visit_municipality[visit.id] = visit.municipality_id
            tab._visit_first[visit.id] = visit.kind.value == "first"
        for visit_id in gone:
            for known in (tab._visit_labels, tab._visit_municipality, tab._visit_first):
                known.pop(visit_id, None)
        if current is not None and current in gone:
            tab.reload_visits()  # the shown visit is gone: pick another
        elif current is not None and current in ids:
            tab._update_buttons()

    def wanted_visit(self) -> uuid.UUID | None:
        """The visit shown, else the one shown last time."""
        if self.tab.visit_id is not None:
            return self.tab.visit_id
        saved = self.tab.ctx.settings.value(SETTINGS_VISIT)
        try:
            return uuid.UUID(str(saved)) if saved else None
        except ValueError:
            return None

    def restart(self) -> None:
        """A change while the worker reads: read again (the earlier request is dropped)."""
        self.reader.cancel()
        self.start()

    def _done(self) -> None:
        self.pending = False
        for widget in (self.tab.visit, self.tab.table):
            widget.setEnabled(True)

    def _on_read(self, found: tuple) -> None:
        visits, chosen, rows, counted, prepared = found
        self._done()
        self.tab.fill_visits(visits, chosen, rows, counted, prepared)

    def cancel(self) -> None:
        """The tab reads at once: the worker's rows are dropped."""
        if self.pending:
            self.reader.cancel()
            self._done()

    def finish(self) -> None:
        """Asked for the rows while the worker reads them (or it failed): read them now."""
        if self.pending:
            self.tab.reload_visits()
