"""The Besök list's first read in a worker (from READ_IN_BACKGROUND_FROM visits, tab.py): the
tab is in front at once, says it reads and takes no clicks until the rows are in. Asked for
the list meanwhile, the tab reads it at once and the worker's result is dropped.

The worker starts once the tab has been painted: started with the tab, it held the GIL through
the tab's first paint (whose style and event filters run in Python, each call waiting for the
worker to let go), and the tab took ~1.5x as long to be in front at ten times the programme.

The rows are shown first, alone: their planning warnings, the visit form and the next visit
chosen in it follow once the list has painted them (``following``). Computed in the worker, the
warnings (~35 ms at ten times the programme) kept the rows from the screen; the form, built
while the worker read, took the GIL from it (each of the two waiting for the other, its ~30 ms
of widgets cost the read ~50 ms). Asked for the list meanwhile (a visit selected, a change
notice), the tab completes the follow-up at once (``finish``). The Besök count says nothing of
warnings until they are in.

In a fresh process the rows and their warnings are read ahead (:class:`ReadAhead`), in a worker
once the start's work is done (MainWindow.read_ahead): the list's service keeps them while the
list's tables do not change (their stamps), so the tab's first read finds them kept (a change
made in between is read again); asked for while the read ahead runs, it waits for it. When it
is in before the tab is built, the tab takes the rows as it is built (``take_kept``) and its
first paint shows them: no "reading" state painted first, no worker. The filters' and the
form's registers are read ahead too (read in the worker with the rows otherwise)."""

from __future__ import annotations

import contextlib
import logging
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QThreadPool, QTimer, Signal, Slot

from samordnare_desktop import collector
from samordnare_desktop.ui import background_read
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.visits.list_rows import scroll_to_day
from samordnare_desktop.ui.visits.registers import VisitRegisters
from samordnare_desktop.ui.visits.visit_table_model import WARNING_COLUMN

if TYPE_CHECKING:
    from samordnare_desktop.ui.visits.tab import VisitsTab

log = logging.getLogger(__name__)


_HOLD: list[collector.Hold] = []  # the first view's hold on the cyclic collector, while it lasts


def _collector_off() -> collector.Hold:
    """The cyclic collector held off for the first view (VisitsReading._read_in_worker): let go
    once it is in, when the tab or its window goes (_let_go_when_gone), or in 2 s whatever
    becomes of the tab. Returns the hold."""
    if not _HOLD:
        hold = collector.Hold()
        _HOLD.append(hold)
        QTimer.singleShot(2000, lambda: _let_go(hold))
    return _HOLD[0]


def _let_go(hold: collector.Hold) -> None:
    """``hold`` released if it still is this module's (not a later first view's)."""
    if hold in _HOLD:
        _HOLD.remove(hold)
    hold.release()


def _collector_on(*, freeze: bool = False) -> None:
    """This module's hold let go, if it holds one; ``freeze``: what is alive then frozen first
    (VisitsReading._follow_up). The collector is on again once no other holder (a worker's
    read) holds it either."""
    while _HOLD:
        _HOLD.pop().release(freeze=freeze)


class ReadAhead(background_read.ReadAhead):
    """Besök's rows and their warnings read ahead (``VisitListService.read_ahead``): at ten
    times the programme some 50 ms of the worker's read and the follow-up's warnings that the
    first click no longer waits for."""

    SERVICES = ("visit_list",)
    WHAT = "the visits"

    def read(self, services: Any) -> None:
        services.visit_list.read_ahead()


def _registers_or_none(services: Any) -> VisitRegisters | None:
    """The registers, read in the tab's worker with the rows (kept by the read ahead: one small
    statement); None if that fails: the follow-up reads them and says why."""
    try:
        return VisitRegisters.read(services)
    except Exception:
        log.exception("the registers of the visits could not be read")
        return None


class VisitsReading(QObject):
    """Part of :class:`VisitsTab` (its ``reading``). It lives on the GUI thread and carries the
    worker's rows there (``ready``)."""

    ready = Signal(object)

    def __init__(self, tab: VisitsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.active = False  # the first read runs in a worker
        # the rows are in and shown; their warnings, the form and the next visit to come
        self.following = False
        self._number = 0  # a result of an earlier read that was overtaken is dropped
        self._following_up = False  # the follow-up runs (a crash's draft question may be open)
        # a visit (or a new one) shown before the first view: the first view chooses none then
        self.chosen = False
        self._registers: VisitRegisters | None = None  # read with the rows, for the follow-up
        self._laid_out = True  # rows taken with the tab are laid out when it shows (shown())
        self.ready.connect(self._on_read)

    def start(self) -> None:
        """Say the tab reads; the worker starts after the tab's first paint."""
        tab = self.tab
        self.active = True
        self._number += 1
        tab.count.setText(self.tr("Reading the visits…"))
        tab.reading_bar.show()
        tab.table.setEnabled(False)
        for painted in self._painted():
            painted.installEventFilter(self)

    def _painted(self) -> tuple[QObject, ...]:
        """The widgets whose first paint starts the worker: the tab, and the list (which paints
        where the tab's own background is covered)."""
        return (self.tab, self.tab.table.viewport())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            for painted in self._painted():
                painted.removeEventFilter(self)
            # once this paint is done: the worker, or (the rows painted) what follows them
            QTimer.singleShot(0, self._follow_up if self.following else self._read_in_worker)
        return False

    def _read_in_worker(self) -> None:
        """The rows' read, without the cyclic garbage collector until the whole first view is in
        (_collector_off; on again at the end of _follow_up): the read's ~60,000 new objects and
        the follow-up's (the warnings, the form) made Python collect some 100 times during the
        first view at ten times the programme, and a full collection scans every object of the
        process (30-130 ms now and then); reference counting still frees them. Turned on in the
        worker, the first collection (~5 ms) kept the rows from the screen; turned on once they
        were painted, some 25 collections (12-20 ms) ran in their follow-up.

        The collector is turned on with what is alive then frozen (``gc.freeze``, as the start
        does: app._collect_from_now): the rows, their warnings and the form live as long as the
        list or the window, and a collection then finds next to no garbage (0-25 unreachable
        objects at ten times the programme); not frozen, the first collections after the first
        view scanned its ~100,000 new objects again (~7 ms, in its last paint). Rows replaced
        later are freed by reference counting as before; a cycle among the frozen objects that
        becomes garbage later is not collected (the start's freeze makes the same trade)."""
        from samordnare_desktop.ui.background_read import map_every_model, window_closed

        if not self.active or window_closed(self.tab):
            return  # read at once meanwhile, or the window closed in the pass of this paint

        map_every_model()  # on the GUI thread: mapping while a worker queries would race
        number, service, relay = self._number, self.tab.list_service, self
        services = self.tab.ctx.services
        ahead = self.tab.ctx.read_ahead.pop("visits", None)  # the read ahead, if it runs

        def work() -> None:
            try:
                if ahead is not None:
                    ahead.wait()  # then its rows are kept: taken, not read again
                found: tuple = (number, service.rows(), _registers_or_none(services))
            except Exception:  # read again on the GUI thread, which shows the error
                log.exception("the visits could not be read")
                found = (number, None, None)
            with contextlib.suppress(RuntimeError):  # the tab went meanwhile
                relay.ready.emit(found)

        self._let_go_when_gone(_collector_off())
        QThreadPool.globalInstance().start(work)

    def _let_go_when_gone(self, hold: collector.Hold) -> None:
        """``hold`` let go as soon as the tab goes (destroyed) or its window closes: the first
        view that would let go of it never comes then (no paint), and the collector stayed
        off until the 2 s timer. Neither connection holds the tab (``hold`` only)."""
        self.destroyed.connect(lambda *_: _let_go(hold))
        closing = getattr(self.tab.window(), "closing", None)  # MainWindow.closing
        if closing is not None:
            closing.connect(lambda: _let_go(hold))

    def overtaken(self) -> None:
        """The list is read at once, on the GUI thread: the worker's rows will be dropped."""
        self.done()
        _collector_on()

    def done(self) -> None:
        self.active = False
        for painted in self._painted():  # not painted yet: no worker then
            painted.removeEventFilter(self)
        self.tab.reading_bar.hide()
        self.tab.table.setEnabled(True)

    @Slot(object)
    def _on_read(self, found: tuple) -> None:
        number, rows, registers = found
        if not self.active or number != self._number:
            return  # overtaken: the list was read at once meanwhile
        self.done()
        tab = self.tab
        if rows is None:
            _collector_on()
            tab.refresh()
            self._registers_and_form()
            self._first_view(tab)
            return
        self._registers = registers
        tab.model.set_data(rows, None)  # their warnings once they are painted
        tab.filters.update_count()
        self._lay_out(tab)
        self.following = True
        tab.table.viewport().installEventFilter(self)  # then _follow_up (eventFilter)

    def take_kept(self) -> bool:
        """The rows read ahead, shown with the tab when the read ahead is done and they are
        current (``VisitListService.kept_rows``: one small statement): the tab's first paint
        shows them, instead of saying it reads, starting a worker after that paint and painting
        again when the worker's rows are in (~12 ms at ten times the programme). Laid out and
        scrolled when the tab is shown (:meth:`shown`); the follow-up after their first paint,
        as when a worker read them. False: none taken (the read ahead still runs, failed, or a
        table of the list changed since), the worker reads."""
        tab = self.tab
        ahead = tab.ctx.read_ahead.get("visits")
        if ahead is None or not ahead.done():
            return False
        del tab.ctx.read_ahead["visits"]
        try:
            rows = tab.list_service.kept_rows()
        except Exception:  # the worker reads, and the GUI thread says it if that fails too
            log.exception("the visits read ahead could not be taken")
            return False
        if rows is None:
            return False
        self._let_go_when_gone(_collector_off())  # as a worker's first view (_read_in_worker)
        tab.model.set_data(rows, None)  # their warnings once they are painted
        tab.filters.update_count()
        self.following = True
        self._laid_out = False
        tab.table.viewport().installEventFilter(self)  # then _follow_up (eventFilter)
        return True

    def shown(self) -> None:
        """The tab is shown (its showEvent: laid out, not yet painted): rows taken with the tab
        (:meth:`take_kept`) are laid out and scrolled now, so that its first paint is the first
        view's."""
        if self.following and not self._laid_out:
            self._laid_out = True
            self._lay_out(self.tab)

    def _lay_out(self, tab: VisitsTab) -> None:
        """The rows laid out now, not at the paint, so that they scroll: the rows painted first
        are today's (the list's top was, then today's visits, painted once more, ~7 ms at ten
        times the programme, once the follow-up scrolled there); the list focused with them."""
        self._laid_out = True
        tab.table.doItemsLayout()
        # the rows the first view shows (as _first_view), the follow-up not completed
        scroll_to_day(tab.table, tab.model, tab.proxy, date.today())
        self._focus_with_the_rows(tab)

    def _focus_with_the_rows(self, tab: VisitsTab) -> None:
        """The list takes the focus with its rows when the first view will choose a visit in
        it and focus it (tab._first_view: shown, no visit chosen meanwhile, rows shown), as it
        does then: taken after, the focus repainted every visible row (~7 ms at ten times the
        programme). No row is made current by it (a view without a current row makes its first
        one current when it takes the focus): the next visit is chosen after, as before."""
        if not tab.isVisible() or not tab.proxy.rowCount():
            return
        if tab._current_id is not None or self.chosen:
            return
        tab._reselecting = True
        try:
            tab.table.setCurrentIndex(QModelIndex())  # none, and none made current by the focus
        finally:
            tab._reselecting = False
        tab.table.setFocus()

    def _follow_up(self) -> None:
        """After the rows' first paint: their warnings, the visit form (form_page.py; a crash's
        draft may be asked about, and no visit is chosen under the question) and the next
        visit chosen in it (the tab's first view)."""
        if not self.following or self._following_up:
            return
        self.tab.table.viewport().removeEventFilter(self)
        self._following_up = True
        tab = self.tab
        try:
            # those computed with the rows when they were read ahead (the same rows)
            warnings = guarded(tab, lambda: tab.list_service.warnings(tab.model.rows()))
            with tab.proxy.unfiltered_change(WARNING_COLUMN):  # no filter reads the warnings
                tab.model.set_all_warnings(warnings or {})
            tab.filters.update_count()
            self._registers_and_form()
        finally:
            self._following_up = False
            self.following = False
        try:
            self._first_view(tab)
        finally:
            _collector_on(freeze=True)  # the first view is in (_read_in_worker)

    def _registers_and_form(self) -> None:
        """The registers for the filters and the form (read once), and the form built."""
        tab = self.tab
        registers, self._registers = self._registers, None
        if not tab.filters.filled:
            # read with the rows, or now (empty if the file is damaged)
            registers = registers or VisitRegisters.read_or_empty(tab, tab.ctx.services)
            tab.filters.fill_registers(registers)
            if tab.form_scroll.form is None:
                tab.form_scroll.registers = registers
        tab.form  # noqa: B018 - built on first use

    def at_once(self) -> None:
        """The first view read at once (a small programme): the visit form built, the rows read
        and the next visit chosen now, shown or not, as once the worker's rows are in; the visit
        chosen shown as just read, not read once more (it was, when the tab first showed)."""
        # read on the GUI thread: a read ahead still running is not waited for (its rows are
        # kept for a later read, which takes them if the list's tables did not change)
        self.tab.ctx.read_ahead.pop("visits", None)
        self.tab.form_scroll.ensure_form()
        self.tab.refresh()
        self._first_view(self.tab)

    def _first_view(self, tab: VisitsTab) -> None:
        tab.just_read = True  # the visit chosen is shown as just read, not read once more
        try:
            tab._first_view()
        finally:
            tab.just_read = False

    def finish(self) -> None:
        """Asked for the list while the worker reads it: read it now (its result is dropped)
        and complete the first view as the follow-up does (the filters' registers, the form, the
        next visit), before the caller applies what it asked (a municipality filtered, a visit
        chosen); the rows in, their follow-up not yet done: done now."""
        if self.active:
            self.overtaken()
            self.tab.refresh()
            self._registers_and_form()
            self._first_view(self.tab)
        elif self.following:
            self._follow_up()
