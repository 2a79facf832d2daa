"""How a main tab's views were left: each named table's sort column and order, column widths and
order (``QHeaderView.saveState``) and each named splitter's sizes (``QSplitter.saveState``).

Kept in the settings beside the window's own state (``views/<tab>/<objectName>/...``), saved
when the window closes (MainWindow.save_state) and given back when the tab is built, on its
first show (tabs are built lazily: MainWindow._built). A table or splitter takes part when it
has an objectName that no other view of its tab has, in the tab or in a page built later inside
it (ui.lazy: Besök's agenda, Handlingsplaner's follow-up), given its state when that is built.
A splitter the user has moved is said to be moved (its ``splitterMoved``) when restored: a tab
that sizes it until then (Kommuner) leaves it be.

A state saved by another layout (a table with another column count, a splitter with another
number of parts) is ignored: the view keeps the tab's defaults. A restored state never hides a
column the tab shows. The restored sort is the one a header click makes: the header's
``sortIndicatorChanged`` sorts the view's model (Besök's on its prepared keys), once."""

from __future__ import annotations

import logging
import struct

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QTreeView, QWidget

from samordnare_desktop.ui.lazy import LazyHolder

log = logging.getLogger(__name__)

GROUP = "views"


def _header(view: QWidget) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()


def _parts(view: QWidget) -> int:
    """How many sections (columns) or parts (splitter) ``view`` has now."""
    return view.count() if isinstance(view, QSplitter) else _header(view).count()


def _state(view: QWidget) -> QByteArray:
    return view.saveState() if isinstance(view, QSplitter) else _header(view).saveState()


def header_sections(state: QByteArray) -> int | None:
    """How many sections the header whose ``saveState`` is ``state`` had; None when it is no
    such state. Qt's ``restoreState`` takes a state of another count (sorting then on a column
    the table may not have), so the count is read here, from the head of Qt's format
    (QHeaderViewPrivate::write): marker, version, orientation, sort order and section, sort
    shown, visual and logical indices, hidden bits, hidden sizes, length, section count."""
    data = bytes(state.data())
    at = 0

    def number() -> int:
        nonlocal at
        (value,) = struct.unpack_from(">i", data, at)
        at += 4
        return value

    try:
        if number() != 0xFF or number() != 0:
            return None
        at += 12 + 1  # orientation, sort order and section; sort shown
        for _ in range(2):  # visual and logical indices
            indices = number()
            at += 4 * indices
        bits = number()  # hidden sections
        at += (bits + 7) // 8
        hidden = number()  # hidden sections' sizes
        at += 8 * hidden
        number()  # length
        count = number()
    except struct.error:
        return None
    return count if count >= 0 else None


def named_views(root: QWidget) -> dict[str, QWidget]:
    """The tables, trees and splitters inside ``root`` by objectName (unnamed ones and names
    two of them share are left out: their states could not be told apart)."""
    found: dict[str, QWidget] = {}
    shared: set[str] = set()
    for kind in (QTableView, QTreeView, QSplitter):
        for view in root.findChildren(kind):
            name = view.objectName()
            if not name:
                continue
            if name in found and found[name] is not view:
                shared.add(name)
            found[name] = view
    return {name: view for name, view in found.items() if name not in shared}


def _true(value: object) -> bool:
    """A flag as QSettings gives it back (INI: the text "true")."""
    return value is True or str(value).lower() == "true"


class _SettledSizes(QObject):
    """A splitter restored while its tab is built has not its final size yet: the layout then
    resizes it and its stretch factors share out the difference (Besök's 620/360 came back as
    560/420). So its state is given again after each resize until it has painted at its size."""

    def __init__(self, splitter: QSplitter, state: QByteArray) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.state = state
        self._resized = False
        splitter.installEventFilter(self)
        splitter.splitterMoved.connect(self._done)  # the user's move stands

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self._resized = True
            QTimer.singleShot(0, self, self._again)  # once the resize is done
        elif kind == QEvent.Type.Paint and not self._resized:
            self._done()
        return False

    def _again(self) -> None:
        self._resized = False
        self.splitter.restoreState(self.state)

    def _done(self) -> None:
        self.splitter.removeEventFilter(self)
        self.deleteLater()


class TabViews:
    """One built tab's remembered views: restored at once, saved by :meth:`save`."""

    def __init__(self, settings: QSettings, tab: str, root: QWidget) -> None:
        self.settings = settings
        self.prefix = f"{GROUP}/{tab}"
        self.views = named_views(root)
        # the splitters the user moved (this time or, restored, before): a tab that sizes its
        # splitter until the user moves it (Kommuner fits its list's columns) is told so
        self.moved: set[str] = set()
        for name, view in self.views.items():
            self._take(name, view)
        self._watch(root)

    def _take(self, name: str, view: QWidget) -> None:
        if isinstance(view, QSplitter):
            view.splitterMoved.connect(lambda *_a, name=name: self.moved.add(name))
        self._restore(name, view)

    def _watch(self, root: QWidget) -> None:
        """A page built later inside the tab (Besök's agenda, Handlingsplaner's follow-up:
        ui.lazy) gives its views their state when it is built."""
        for holder in root.findChildren(LazyHolder):
            if not holder.built:
                holder.built_now.connect(lambda holder=holder: self._page_built(holder))

    def _page_built(self, holder: LazyHolder) -> None:
        if holder.widget is None:
            return
        for name, view in named_views(holder.widget).items():
            if name not in self.views:  # a name the tab has already: not told apart, left
                self.views[name] = view
                self._take(name, view)
        self._watch(holder.widget)

    def _restore(self, name: str, view: QWidget) -> None:
        state = self.settings.value(f"{self.prefix}/{name}/state")
        parts = self.settings.value(f"{self.prefix}/{name}/parts")
        if not isinstance(state, QByteArray) or state.isEmpty() or parts is None:
            return
        try:
            parts = int(parts)
        except (TypeError, ValueError):
            return
        if parts != _parts(view) or parts == 0:
            return  # saved by another layout: the tab's defaults stand
        if isinstance(view, QSplitter):
            if not view.restoreState(state):
                log.info("a saved splitter state was not readable: ignored")
                return
            if _true(self.settings.value(f"{self.prefix}/{name}/moved")):
                # the user's move, said as one: a tab that sizes its splitter until the user
                # moves it leaves it be
                view.splitterMoved.emit(view.sizes()[0] if view.sizes() else 0, 1)
            _SettledSizes(view, state)
            return
        if state == _state(view):
            return  # as the tab starts anyway: no sort again
        header = _header(view)
        if header_sections(state) != parts:
            return  # not a state of this table's layout
        shown = [c for c in range(parts) if not header.isSectionHidden(c)]
        if not header.restoreState(state):  # emits sortIndicatorChanged: the view sorts
            log.info("a saved table state was not readable: ignored")
            return
        for column in shown:  # a column the tab shows stays shown
            if header.isSectionHidden(column):
                header.showSection(column)

    def save(self) -> None:
        for name, view in self.views.items():
            try:
                state, parts = _state(view), _parts(view)
            except RuntimeError:  # deleted with a page of the tab: nothing to keep
                continue
            key = f"{self.prefix}/{name}"
            self.settings.setValue(f"{key}/state", state)
            self.settings.setValue(f"{key}/parts", parts)
            if isinstance(view, QSplitter):
                self.settings.setValue(f"{key}/moved", name in self.moved)
