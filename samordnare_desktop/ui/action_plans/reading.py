"""The Handlingsplaner tab's first read in a worker, in a big programme (background_read.py):
the list of municipalities and their plans (20,000 actions counted at 10x), the plan it opens
on, and what its pages show of it (follow-up, history, versions). The tab is in front at once
and says it reads; asked for a plan meanwhile, it reads at once and the worker's is dropped."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.action_plans import PlanDetails, PlanSummary
from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.background_read import BackgroundRead
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.table_model import swedish_sort_key
from samordnare_desktop.ui.widgets.settle import paint_settled

if TYPE_CHECKING:
    from samordnare_desktop.ui.action_plans.tab import ActionPlansTab


@dataclass(frozen=True)
class PlanRead:
    """One plan as its pages show it, read in one go (in a worker). What the follow-up and
    history pages show is read only for a page already built (``follow_read``, ``history``
    not ``None``); a page built later reads its own."""

    municipality_id: uuid.UUID
    plan: PlanDetails | None
    follow_read: bool = False
    follow: Any = None  # FollowUpDetails | None
    follow_visits: list = field(default_factory=list)  # to start a follow-up, if none
    history: list | None = None
    versions: list | None = None


def read_plan(
    services: Any, municipality_id: uuid.UUID, *, follow: bool = False, history: bool = False
) -> PlanRead:
    """``municipality_id``'s plan, and what the built pages show of it (``follow``,
    ``history``: whether those pages are built)."""
    plan = services.action_plans.plan_for(municipality_id)
    if plan is None:
        none = [] if history else None
        return PlanRead(municipality_id, None, follow, None, [], none, none)
    found = services.follow_ups.follow_up(plan.id) if follow else None
    visits = []
    if follow and found is None:  # the visits service only then (issue #15: ~10 ms of the
        # tab's first view, which reads no visit)
        from samordnare_desktop.services.visits import VisitFilter

        kinds = frozenset({VisitKind.FOLLOW_UP})
        visits = services.visits.list(VisitFilter(municipality_id=municipality_id, kinds=kinds))
    versions = services.plan_versions
    return PlanRead(
        municipality_id,
        plan,
        follow,
        found,
        visits,
        versions.history(plan.id) if history else None,
        versions.versions(plan.id) if history else None,
    )


def first_plan(rows: list[PlanSummary]) -> PlanSummary | None:
    """The first municipality with a plan in the list's order (by name)."""
    with_plan = [r for r in rows if r.plan_id is not None]
    return min(with_plan, key=lambda r: swedish_sort_key(r.name)) if with_plan else None


class ReadAhead(background_read.ReadAhead):
    """The overview of every action read ahead after the start (``MainWindow.read_ahead``), for
    the service to keep: read once Handlingsplaner's first view was in, it was still being read
    when its mode button was clicked soon after (~200 ms at ten times the programme)."""

    SERVICES = ("action_plans",)
    WHAT = "the overview of every action"

    def read(self, services: Any) -> None:
        services.action_plans.overview()


class PlansReading(QObject):
    """Part of :class:`ActionPlansTab` (its ``reading``)."""

    def __init__(self, tab: ActionPlansTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.reader = BackgroundRead(self, self._on_read, self.finish, "the action plans")
        # the overview of every action, read ahead once the tab is in (read_ahead)
        self.ahead = BackgroundRead(self, self._ahead_in, self._ahead_in, "the action overview")
        self.pending = False  # the first read is out; the list is empty
        self._started = False  # a read has been asked for (the first waits for the paint)

    def start(self) -> None:
        tab = self.tab
        self.launch(follow=tab.follow_holder.built, history=tab.history_holder.built)
        self.say_reading()

    def launch(self, *, follow: bool, history: bool) -> None:
        """The worker's read (``follow``, ``history``: whether those pages are built)."""
        services = self.tab.ctx.services
        self.pending = True

        def work() -> tuple[list[PlanSummary], PlanRead | None]:
            rows = services.action_plans.summaries()
            first = first_plan(rows)
            if first is None:
                return rows, None
            return rows, read_plan(services, first.municipality_id, follow=follow, history=history)

        # the first read once the tab has painted (background_read.py says why); a read again
        # after a change at once
        self.reader.start(work, after_paint=None if self._started else self.tab)
        self._started = True

    def say_reading(self) -> None:
        """The tab says it reads; its pages wait hidden (painted once, when filled)."""
        tab = self.tab
        tab.list_count.setText(self.tr("Reading the action plans…"))
        tab.list.setEnabled(False)
        tab.pages.setVisible(False)
        tab.placeholder.setText(self.tr("Reading the action plans…"))
        tab.placeholder.setVisible(True)

    def shown(self) -> None:
        """The tab is shown the first time: while the worker's read is still to come, it is laid
        out before it paints (widgets/settle.py), so that its paints are over when the worker
        starts. It painted half laid out, then all again as the worker started after that first
        paint (each waiting for the other's turn at the interpreter). Its list's header still
        repaints once its sizes settle, before the worker's start."""
        if self.pending:
            tab = self.tab
            paint_settled(tab, (tab.list, tab.plan_page.tree))

    def restart(self) -> None:
        """A change while the worker reads: read again (the earlier request is dropped)."""
        self.reader.cancel()
        self.start()

    def _done(self) -> None:
        self.pending = False
        self.tab.list.setEnabled(True)

    def _on_read(self, found: tuple[list[PlanSummary], PlanRead | None]) -> None:
        rows, read = found
        self._done()
        tab = self.tab
        tab.fill_first(rows, read)
        # laid out at once and painted once: the list, the pages shown again and the plan's
        # texts changed sizes from the tree up to the window, one level per turn of the event
        # loop, and the plan tree painted between those turns (two to four times, ~15 ms each
        # at 10x: widgets/settle.py)
        paint_settled(tab, (tab.plan_page.tree, tab.list))
        self.read_ahead()

    def read_ahead(self) -> None:
        """The overview of every action read in a worker once the tab has painted its first
        view: the service keeps it (services/action_plan_overview.py), and the mode button
        shows it without reading it all (at 10x ~300 ms of reading, otherwise on the GUI
        thread at the first click). A failure says nothing here: that click reads and says it."""
        service = self.tab.service
        early = self.tab.ctx.read_ahead.pop("action_plans", None)  # the start's, if it runs

        def overview() -> object:
            if early is not None:
                early.wait()  # then the rows are kept: a check of the tables' stamps
            return service.overview()

        self.ahead.start(overview, after_paint=self.tab)

    def _ahead_in(self, *_read: object) -> None:
        """The overview read ahead is in (or failed): the page shows it if it waits for it
        (a failure is read again there, and said)."""
        page = self.tab.overview_page
        if page.waiting:
            page.refresh()

    def rows(self, given: list[PlanSummary] | None) -> list[PlanSummary]:
        """``given`` (just read), else the list read now. A failure (a damaged file) is said as
        every other one is (ui.errors), never a traceback out of the worker's slot or the first
        view's build; the rows shown stay (none at the first read)."""
        if given is not None:
            return given
        tab = self.tab
        read = guarded(tab, tab.service.summaries)
        return tab.list_model.rows() if read is None else read

    def finish(self) -> None:
        """Asked for the list while the worker reads it (or it failed): read it now."""
        if self.pending:
            self.reader.cancel()
            self._done()
            self.tab.fill_first(None, None)
