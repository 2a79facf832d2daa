"""Pages built on first use: a tab of the main window, a page beside a visit.

A :class:`LazyPage` names a page and says how to build it with a factory that imports the
page's module inside the function, so start-up pays only for what is shown, while the import
stays visible to grep, IDEs and import graphs::

    def _agenda(ctx: UiContext, parent: QWidget) -> QWidget:
        from samordnare_desktop.ui.visits.agenda_editor import AgendaEditor

        return AgendaEditor(ctx, parent)

    LazyPage("agenda_editor", lambda: translate("VisitsTab", "Agenda"), _agenda)

:class:`LazyHolder` stands in the tab bar until then and builds the page inside itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.qt_names import set_enum

PageFactory = Callable[[UiContext, QWidget], QWidget]
# imports a page's modules ahead of its first view, one module per step (``next``), so that the
# window's idle time pays for them in slices instead of the first click (see MainWindow.prepare)
Preparation = Callable[[], Iterator[None]]


def imports(*modules: str) -> Preparation:
    """A page's ``prepare``: ``modules`` imported one per step, in the order given (what a
    later one needs first, so that each step runs about one module's code)."""

    def steps() -> Iterator[None]:
        for name in modules:
            importlib.import_module(name)
            yield

    return steps


@dataclass(frozen=True)
class LazyPage:
    name: str  # the page's objectName (and the holder's, with a suffix)
    title: Callable[[], str]  # translated when the tab bar is filled
    build: PageFactory  # imports the page's module and builds it: ``build(ctx, parent)``
    prepare: Preparation | None = None  # its modules, imported in idle time after the start


class LazyHolder(QWidget):
    """The placeholder in a tab bar; builds the real page inside it on first use."""

    built_now = Signal()  # the page was built (ui.view_state gives its views their state)

    def __init__(
        self,
        page: LazyPage,
        ctx: UiContext,
        parent: QWidget,
        *,
        suffix: str = "_holder",
        scroll: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{page.name}{suffix}")
        self.name = page.name
        self.title = page.title()
        self._build = page.build
        self._ctx = ctx
        self._scroll = scroll
        self.widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self.widget is not None

    def ensure_built(self) -> QWidget:
        """The page, built now if it was not yet. A build that raises (its first read met a
        damaged file) leaves nothing behind: what it had made so far is deleted, so no half-built
        page stays inside the holder listening for changes, and a later call builds afresh."""
        if self.widget is None:
            before = set(self.children())
            try:
                self._build_now()
            except BaseException:
                for child in self.children():
                    if child not in before and isinstance(child, QWidget):
                        child.hide()
                        child.setParent(None)
                        child.deleteLater()
                raise
        assert self.widget is not None
        return self.widget

    def _build_now(self) -> None:
        if self._scroll:
            from PySide6.QtWidgets import QFrame, QScrollArea  # with the first page built

            # in a scroll area: on a small screen or at 150-200 % scaling a page taller or
            # wider than the window scrolls instead of being cut off
            area = QScrollArea(self)
            area.setObjectName(f"{self.name}_scroll")
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            set_enum(area, "focusPolicy", "NoFocus")  # no extra Tab stop
            widget = self._build(self._ctx, area)
            area.setWidget(widget)
            self.layout().addWidget(area)
        else:
            widget = self._build(self._ctx, self)
            self.layout().addWidget(widget)
        if not widget.objectName():
            widget.setObjectName(self.name)
        self.widget = widget
        self.built_now.emit()
