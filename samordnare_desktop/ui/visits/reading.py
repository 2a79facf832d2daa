"""The Besök list's first read in a worker (from READ_IN_BACKGROUND_FROM visits, tab.py): the
tab is in front at once, says it reads and takes no clicks until the rows are in. Asked for
the list meanwhile, the tab reads it at once and the worker's result is dropped.

The worker starts once the tab has been painted: started with the tab, it held the GIL through
the tab's first paint (whose style and event filters run in Python, each call waiting for the
worker to let go), and the tab took ~1.5x as long to be in front at ten times the programme."""

from __future__ import annotations

import contextlib
import gc
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal, Slot

if TYPE_CHECKING:
    from samordnare_desktop.ui.visits.tab import VisitsTab

log = logging.getLogger(__name__)


class VisitsReading(QObject):
    """Part of :class:`VisitsTab` (its ``reading``). It lives on the GUI thread and carries the
    worker's rows there (``ready``)."""

    ready = Signal(object)

    def __init__(self, tab: VisitsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.active = False  # the first read runs in a worker
        self._number = 0  # a result of an earlier read that was overtaken is dropped
        self._building = False  # the visit form is being built (a draft's question open)
        self._held: tuple | None = None  # the worker's rows, waiting for the form
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
            QTimer.singleShot(0, self._read_in_worker)  # once this paint is done
        return False

    def _read_in_worker(self) -> None:
        """The read, without the cyclic garbage collector: its ~100,000 new objects (rows,
        warnings) made Python collect some 100 times during the first view at ten times the
        programme, and a full collection scans every object of the process; reference counting
        still frees them, and a collection runs when it is back on (~20 in all)."""
        if not self.active:
            return  # read at once meanwhile
        from samordnare_desktop.ui.background_read import map_every_model

        map_every_model()  # on the GUI thread: mapping while a worker queries would race
        number, service, relay = self._number, self.tab.service, self

        def work() -> None:
            enabled = gc.isenabled()
            gc.disable()  # see _read_in_worker
            try:
                rows = service.list()
                found = (number, rows, service.warnings(rows))
            except Exception:  # read again on the GUI thread, which shows the error
                log.exception("the visits could not be read")
                found = (number, None, None)
            finally:
                if enabled:
                    gc.enable()
            with contextlib.suppress(RuntimeError):  # the tab went meanwhile
                relay.ready.emit(found)

        QThreadPool.globalInstance().start(work)
        QTimer.singleShot(0, self._build_form)  # on the event loop's next turn

    def _build_form(self) -> None:
        """The visit form while the worker reads (form_page.py); rows that come in meanwhile,
        while a crash's draft is asked about for one, wait until it is built (_on_read)."""
        self._building = True
        try:
            self.tab.form  # noqa: B018 - built on first use
        finally:
            self._building = False
        if self._held is not None:
            found, self._held = self._held, None
            self._on_read(found)

    def done(self) -> None:
        self.active = False
        for painted in self._painted():  # not painted yet: no worker then
            painted.removeEventFilter(self)
        self.tab.reading_bar.hide()
        self.tab.table.setEnabled(True)

    @Slot(object)
    def _on_read(self, found: tuple) -> None:
        if self._building:
            self._held = found
            return
        number, rows, warnings = found
        if not self.active or number != self._number:
            return  # overtaken: the list was read at once meanwhile
        self.done()
        tab = self.tab
        if rows is None:
            tab.refresh()
        else:
            tab.model.set_data(rows, warnings)
            tab.filters.update_count()
        tab.just_read = True  # the visit chosen is shown as just read, not read once more
        try:
            tab._first_view()
        finally:
            tab.just_read = False

    def finish(self) -> None:
        """Asked for the list while the worker reads it: read it now (its result is dropped)."""
        if self.active:
            self.tab.refresh()
