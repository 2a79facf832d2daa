"""The main window: one tab per area, menus, status bar, remembered size/position/tab and each
tab's table sorts, column widths and splitters (ui.view_state)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QSettings, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop import APP_NAME, __version__, give_way
from samordnare_desktop.i18n import translate
from samordnare_desktop.session import AppSession
from samordnare_desktop.ui import messages, theme
from samordnare_desktop.ui.context import ChangeBus, UiContext
from samordnare_desktop.ui.first_paint import FirstPaint
from samordnare_desktop.ui.lazy import LazyHolder, LazyPage, PageFactory, Preparation, imports
from samordnare_desktop.ui.main_menus import build_menus
from samordnare_desktop.ui.qt_names import set_enum
from samordnare_desktop.ui.start_reads import StartReads
from samordnare_desktop.ui.undo import keep_refused
from samordnare_desktop.ui.user_first import InputHold
from samordnare_desktop.ui.view_state import TabViews

# The tabs in display order. A tab's module is imported and its widget built the first time it is
# shown, so start-up cost does not grow with the tab count (ui.lazy); the tabs not built have
# their modules imported in the idle time after the start (MainWindow.prepare), a slice at a time.
# when the idle-time imports begin: after the first paint, the remembered tab and the start's own
# zero-timers (the start-up probe's too), so they never delay the window showing
PREPARE_AFTER_MS = 300
# when the tabs' first views are read ahead (_READ_AHEAD): right after the window and its
# remembered tab have painted, so that at ten times the programme they are in within some
# 0.4 s, before a first click (they started at 1 s once: a click then waited for them, 150-400
# ms); a click or a key while they run has them wait (give_way, ui/user_first.py)
READ_AHEAD_AFTER_MS = 100
PREPARE_WAIT_MS = 50  # how often the idle-time imports look again while the user is served


def _municipalities(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.municipalities.tab import MunicipalitiesTab

    return MunicipalitiesTab(ctx, parent)


def _organisations(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.organisations.tab import OrganisationsTab

    return OrganisationsTab(ctx, parent)


def _visits(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.visits.tab import VisitsTab

    return VisitsTab(ctx, parent)


def _participants(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.participants.tab import ParticipantsTab

    return ParticipantsTab(ctx, parent)


def _action_plans(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.action_plans.tab import ActionPlansTab

    return ActionPlansTab(ctx, parent)


def _care_places(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.care_places.tab import CarePlacesTab

    return CarePlacesTab(ctx, parent)


def _findings(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.findings.tab import FindingsTab

    return FindingsTab(ctx, parent)


def _overview(ctx: UiContext, parent: QWidget) -> QWidget:
    from samordnare_desktop.ui.overview.tab import OverviewTab

    return OverviewTab(ctx, parent)


# Each tab's modules as its first view imports them (a module after those it needs), imported in
# the idle time after the start: in a fresh process they were 40-100 ms of a tab's first click
# at ten times the programme (#15; Vårdplatser's some 30 ms, #17). The visit form's modules
# too, which Besök's first view builds after its rows.
_SD = "samordnare_desktop."
_PREPARE = {
    "municipalities": ("services.contacts", "services.municipalities", "ui.drafts",
                       "ui.table_model", "ui.widgets.table", "ui.municipalities.contacts",
                       "ui.background_read", "ui.municipalities.table_model",
                       "ui.municipalities.list_side", "ui.municipalities.tab"),
    "organisations": ("services.organisations", "ui.widgets.form",
                      "ui.municipalities.contact_dialog", "ui.organisations.contacts",
                      "ui.organisations.table_model", "ui.widgets.value_combo",
                      "ui.organisations.tab"),
    "visits": ("domain.visit_rules", "services.programme", "services.visits", "ui.operations",
               "ui.visits.day_documents", "ui.visits.actions", "ui.visits.visit_table_model",
               "ui.visits.filters",
               "ui.visits.form_page", "ui.visits.list_rows", "ui.visits.reading",
               "ui.visits.tab", "ui.visits.visit_form_parts", "ui.visits.visit_form"),
    "participants": ("services.participants", "ui.participants.table_model",
                     "ui.participants.attendance", "ui.participants.documents",
                     "ui.participants.editing", "ui.participants.visit_choices",
                     "ui.participants.reading", "ui.participants.tab"),
    "action_plans": ("services.action_plans", "ui.action_plans.tree_model",
                     "ui.action_plans.forms", "ui.action_plans.follow_page",
                     "ui.action_plans.table_models", "ui.action_plans.history_page",
                     "ui.action_plans.overview_page", "ui.action_plans.plan_items",
                     "ui.action_plans.plan_output", "ui.action_plans.plan_page",
                     "ui.action_plans.reading", "ui.action_plans.tab"),
    "care_places": ("services.care_places", "ui.widgets.charts", "ui.widgets.value_combo",
                    "ui.care_places.charts", "ui.care_places.figures_undo",
                    "ui.care_places.table_model", "ui.care_places.report_form",
                    "ui.care_places.balance_page", "ui.care_places.comparison_page",
                    "ui.care_places.focus_groups_dialog", "ui.care_places.import_dialog",
                    "ui.care_places.tab"),
    "findings": ("services.tabular", "services.findings", "ui.findings.check_list",
                 "ui.findings.finding_dialog", "ui.findings.table_model",
                 "ui.findings.themes_dialog", "ui.findings.tab"),
    "overview": ("services.overview", "ui.overview.behind", "services.due",
                 "ui.overview.reading", "services.time_study", "ui.time_study.view",
                 "ui.overview.sections", "ui.overview.columns", "ui.overview.tab",
                 "ui.overview.due_panel", "services.municipality_facts",
                 "ui.overview.spread_panel"),
}  # fmt: skip


def _holidays_ahead() -> None:
    """Besök's warnings name the holidays: the years stored in the user's cache folder read
    ahead (the holidays package's version looked up, its file read: some 5 ms of the first
    view in a fresh process); a missing year is computed by the first view, as before."""
    from samordnare_desktop.domain.holidays import preload
    from samordnare_desktop.i18n import language

    preload(language())


# work done ahead in idle time after a tab's modules are imported, one step each
_AHEAD: dict[str, tuple[Callable[[], object], ...]] = {"visits": (_holidays_ahead,)}


def _prepared(name: str) -> Preparation:
    modules = imports(*(_SD + m for m in _PREPARE[name]))

    def steps() -> Iterator[None]:
        yield from modules()
        for work in _AHEAD.get(name, ()):
            yield
            work()

    return steps


def _page(name: str, title: Callable[[], str], build: PageFactory) -> LazyPage:
    return LazyPage(name, title, build, prepare=_prepared(name))


TABS: list[LazyPage] = [
    _page("municipalities", lambda: translate("Tabs", "Municipalities"), _municipalities),
    _page("organisations", lambda: translate("Tabs", "Organisations"), _organisations),
    _page("visits", lambda: translate("Tabs", "Visits"), _visits),
    _page("participants", lambda: translate("Tabs", "Participants"), _participants),
    _page("action_plans", lambda: translate("Tabs", "Action plans"), _action_plans),
    _page("care_places", lambda: translate("Tabs", "Care places"), _care_places),
    _page("findings", lambda: translate("Tabs", "Findings"), _findings),
    _page("overview", lambda: translate("Tabs", "Overview"), _overview),
]


def _mapped() -> Iterator[None]:
    """The first slice of the idle-time preparation: every model imported and mapped (as a
    tab's first read in a worker does first, ui.background_read: ~8 ms of Besök's first view
    in a fresh process at ten times the programme)."""
    from samordnare_desktop.ui.background_read import map_every_model

    map_every_model()
    yield


class MainWindow(QMainWindow):
    # the window closes (no tab kept it open): what waits for a tab's paint lets go now
    # (Besök's first read: its hold on the cyclic collector, visits/reading.py)
    closing = Signal()

    def __init__(self, session: AppSession, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.session = session
        self.settings = settings
        self._remembering = False  # restore_state was called: the tabs' views too
        self._views: dict[str, TabViews] = {}  # each built tab's remembered views
        self.undo_stack = QUndoStack(self)
        keep_refused(self.undo_stack)  # a refused Ctrl+Z stays to be retried
        self.bus = ChangeBus(self)
        self.bus.changes.connect(self._forget_search_index)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 820)
        self._fitted = False
        self.fit_to_screen()
        self.ctx = UiContext(
            services=session.services,
            undo_stack=self.undo_stack,
            bus=self.bus,
            settings=settings,
            show_status=self.show_status,
            open_tab=self.select_tab,
        )
        self._status_tab: int | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.pages: list[LazyHolder] = []
        for tab in TABS:
            page = LazyHolder(tab, self.ctx, self, suffix="_page", scroll=True)
            self.pages.append(page)
            self.tabs.addTab(page, page.title)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        # the welcome band is decided after the window shows (a read of the database and the
        # visits service's import, not worth delaying the first paint for); ``welcome`` decides
        # it at once when asked earlier
        self._column = column
        self._welcome_decided = False
        self._welcome_panel: QWidget | None = None
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(str(session.db_path))
        self.db_label.setObjectName("db_label")
        set_enum(self.db_label, "textInteractionFlags", "TextSelectableByMouse")
        self.db_label.setToolTip(str(session.db_path))
        # a long path must not make the window wider than a small screen
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        from samordnare_desktop.ui.users.status import UserStatus

        self.user_status = UserStatus(self.ctx, self)  # who is working (#20): filled once shown
        self.statusBar().addPermanentWidget(self.user_status)
        self.statusBar().addPermanentWidget(self.db_label)
        # painted first, then the remembered tab built, then the deferred work (ui.first_paint)
        self.first_paint = FirstPaint(self, self.current_tab)
        build_menus(self)
        self._closed = False
        self.start_reads = StartReads(self)  # the tabs' first views read ahead (read_ahead)
        self.input_hold = InputHold(self)  # the work ahead gives way to the user (give_way)
        self._preparing: give_way.Work | None = None  # the idle-time imports (prepare)
        self._importing = 0  # how many runs of them are under way (prepare)
        # the focus always seen (a default button too): installed once the window has painted,
        # before the tab is built (its Python enums, Qt's namespace among them, need not delay
        # the window's paint: ui.qt_names)
        self.first_paint.when_painted(self._install_focus_style)
        self.after_first_show(0, lambda: self.welcome)
        self.after_first_show(READ_AHEAD_AFTER_MS, self.read_ahead)
        self.after_first_show(PREPARE_AFTER_MS, self.prepare)
        self.after_first_show(0, self.user_status.resume)
        self.after_first_show(0, self.sync.refresh)  # the sync line, after the first paint
        self.show_status(self.tr("Ready."))

    def _install_focus_style(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.install_focus_style(app)

    @property
    def welcome(self) -> QWidget | None:
        """The first start's band above the tabs, or None (decided on first use)."""
        if not self._welcome_decided:
            self._welcome_decided = True
            self._welcome_panel = self._welcome(self.centralWidget())
            if self._welcome_panel is not None:
                self._column.insertWidget(0, self._welcome_panel)
                self._welcome_panel.show()  # a child added to a shown window shows when told
        return self._welcome_panel

    def _welcome(self, parent: QWidget) -> QWidget | None:
        """The first start's three ways in (ui.welcome), while the database is empty."""
        from samordnare_desktop.ui.welcome import WelcomePanel

        if not WelcomePanel.wanted(self.ctx):
            return None
        return WelcomePanel(
            self.ctx, lambda name: self.tab(name) if self.select_tab(name) else None, parent
        )

    # --- tabs ---------------------------------------------------------------------------------
    def tab_names(self) -> list[str]:
        return [page.name for page in self.pages]

    def _page(self, name: str) -> LazyHolder | None:
        return next((page for page in self.pages if page.name == name), None)

    def tab(self, name: str) -> QWidget | None:
        """The tab widget named ``name`` (built now if it was not shown yet); None when there is
        no such tab or its build failed (said: see _built)."""
        page = self._page(name)
        return self._built(page) if page else None

    def select_tab(self, name: str) -> bool:
        """Bring the tab named ``name`` to the front, built; False when there is no such tab or
        its build failed (said: see _built)."""
        page = self._page(name)
        if page is None:
            return False
        self.tabs.setCurrentWidget(page)
        return self._built(page) is not None

    def current_tab(self) -> QWidget | None:
        page = self.tabs.currentWidget()
        return self._built(page) if isinstance(page, LazyHolder) else None

    def _built(self, page: LazyHolder) -> QWidget | None:
        """``page``'s tab, built now if it was not yet; None when its build failed: its first
        read met a damaged file (a page of its questions or focus groups), said once by
        ui.errors, never a traceback out of the slot that asked (Kommuner's "Visa besök", the
        search, the due band); the tab stays unbuilt, the window usable."""
        if page.built:
            return page.widget
        from samordnare_desktop.ui.errors import guarded

        widget = guarded(self, page.ensure_built)
        if widget is not None:
            self._remember_views(page.name, widget)
        return widget

    def _remember_views(self, name: str, widget: QWidget) -> None:
        """A window started with the remembered state (restore_state: the real start, not a
        screenshot's or a test's window) gives tab ``name``'s tables their sort and columns and
        its splitters their sizes as last left, and keeps them at close (ui.view_state)."""
        if self._remembering and name not in self._views:
            self._views[name] = TabViews(self.settings, name, widget)

    def after_first_show(self, delay_ms: int, work: Callable[[], object]) -> None:
        """Run ``work`` ``delay_ms`` after the window first appears (deferred start-up work):
        counted from once it and its remembered tab have painted (ui.first_paint)."""
        self.first_paint.after(delay_ms, work)

    def starting(self) -> bool:
        """Whether the start's deferred work (``after_first_show``: the welcome, who is working,
        the sync line, the purge, the due band, each a read; the first views read ahead,
        ``read_ahead``) is still to start, or its idle-time imports (``prepare``) still to end:
        until then a moment can bring its queries or a slice of imports, whatever is being done
        (as a tab's ``loading()``)."""
        if self._closed:
            return self.first_paint.pending
        return self.first_paint.pending or self.start_reads.due or self._importing > 0

    def prepare(self) -> None:
        """Import the modules of the tabs not built yet that have a ``prepare``, one slice per
        zero-timer (the event loop runs between slices: a click or a key is never kept
        waiting for more than one module), none while the user's input is served (give_way);
        stops when the window closes."""
        steps = [_mapped()] + [
            page.prepare() for page, holder in zip(TABS, self.pages, strict=True)
            if page.prepare is not None and not holder.built
        ]  # fmt: skip
        work = self._preparing = give_way.Work()  # done at the end, or at the close
        self._importing += 1
        self.input_hold.watch()

        def step() -> None:
            while steps and not self._closed:
                if give_way.held():
                    QTimer.singleShot(PREPARE_WAIT_MS, self, step)
                    return
                try:
                    next(steps[0])
                except StopIteration:
                    steps.pop(0)
                    continue
                QTimer.singleShot(0, self, step)
                return
            work.done()
            self._importing -= 1

        step()

    def read_ahead(self) -> None:
        """The tabs' first views read ahead after the start (ui/start_reads.py)."""
        self.start_reads.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # the visible tab is built once the window has painted (its frame, menus and tab bar)
        self.first_paint.shown()
        if not self._fitted:  # now the frame is known: window and frame within the screen
            self._fitted = True
            self.fit_to_screen()

    def _on_tab_changed(self, index: int) -> None:
        if self._status_tab not in (None, index):
            self.statusBar().clearMessage()  # another tab's news does not linger here
            self._status_tab = None
        page = self.tabs.widget(index)
        if isinstance(page, LazyHolder) and self.isVisible() and self._built(page) is None:
            return  # the start's work: on once the tab left paints, or its fallback
        self.first_paint.front_changed()  # the start-up's work awaits the tab in front

    def focus_search(self) -> None:
        focus = getattr(self.current_tab(), "focus_search", None)
        if focus is not None:
            focus()

    def search_everything(self) -> QWidget:
        """The one search (Ctrl+K, ui.search): Enter opens the hit's place in its tab."""
        from samordnare_desktop.ui.search.dialog import SearchDialog
        from samordnare_desktop.ui.search.navigate import open_place

        dialog = SearchDialog(self.session.services.everything, self)

        def finished(_result: int) -> None:
            if dialog.chosen is not None and not open_place(self, dialog.chosen.place):
                self.show_status(self.tr("That place could not be shown."))
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        self.search_dialog = dialog
        return dialog

    def _forget_search_index(self, _change: object) -> None:
        """Any change: the one search reads its index again next time (when it was read)."""
        search = self.session.services.__dict__.get("everything")
        if search is not None:
            search.forget()

    # --- actions ------------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        """A message for 6 s, or until the user switches to another tab."""
        self.statusBar().showMessage(text, 6000)
        self._status_tab = self.tabs.currentIndex() if hasattr(self, "tabs") else None

    def backup_now(self) -> None:
        """A backup now, off the GUI thread (copying a large database takes a while)."""
        from samordnare_desktop.services import database_files
        from samordnare_desktop.ui.operations import run_in_background

        db_path = self.session.db_path
        run_in_background(
            self,
            lambda _progress: database_files.backup_now(db_path),
            lambda target: self.show_status(
                self.tr("Backup written: {path}").format(path=str(target))
            ),
            title=self.tr("Writing a backup…"),
        )

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        messages.inform(
            self,
            self.tr("Language"),
            self.tr("The language changes the next time you start the app."),
        )

    def set_appearance(self, code: str) -> None:
        """Light, dark or the system's, at once and at the next start (ui.theme)."""
        self.settings.setValue("appearance", code)
        for action in self.appearance_actions:
            action.setChecked(action.objectName() == f"action_appearance_{code}")
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, code)

    def about(self) -> None:
        messages.inform(
            self,
            self.tr("About Samordnare Desktop"),
            self.tr(
                "Samordnare Desktop {version}\nWork tool for the national coordinator for social "
                "child and youth care.\n\nDatabase: {path}"
            ).format(version=__version__, path=str(self.session.db_path)),
        )

    # --- state --------------------------------------------------------------------------------
    def fit_to_screen(self) -> None:
        """Never larger than the screen it is on (a 1366x768 laptop, 150 % scaling): the status
        bar stays in view; a tab that needs more room scrolls."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        extra_w = self.frameGeometry().width() - self.geometry().width()
        extra_h = self.frameGeometry().height() - self.geometry().height()
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - max(extra_h, 0))
        if (width, height) != (self.width(), self.height()):
            self.setMinimumSize(min(self.minimumWidth(), width), min(self.minimumHeight(), height))
            self.resize(width, height)
        frame = self.frameGeometry()
        if not available.contains(frame):
            self.move(
                max(available.left(), min(frame.left(), available.right() - frame.width() + 1)),
                max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1)),
            )

    def restore_state(self) -> None:
        geometry = self.settings.value("mainwindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.fit_to_screen()  # the laptop may have a smaller screen than when it was saved
        state = self.settings.value("mainwindow/state")
        if state is not None:
            self.restoreState(state)
        tab = self.settings.value("mainwindow/tab")
        page = self._page(tab) if isinstance(tab, str) else None
        if page is not None:  # built once the window shows (showEvent), not before
            self.tabs.setCurrentWidget(page)
        self._remembering = True  # each tab's views as it is built (ui.view_state)
        for built in self.pages:
            if built.widget is not None:
                self._remember_views(built.name, built.widget)

    def save_state(self) -> None:
        self.settings.setValue("mainwindow/geometry", self.saveGeometry())
        self.settings.setValue("mainwindow/state", self.saveState())
        current = self.tabs.currentWidget()
        if isinstance(current, LazyHolder):
            self.settings.setValue("mainwindow/tab", current.name)
        for views in self._views.values():
            views.save()
        self.settings.sync()

    @property
    def closed(self) -> bool:
        """Whether the window has closed (and its session): deferred work and a tab's first
        read that were still to start do not start then (ui.first_paint, ui.background_read)."""
        return self._closed

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            for page in self.pages:
                hook = getattr(page.widget, "about_to_close", None)
                if hook is not None and hook() is False:  # a tab kept unsaved text: stay open
                    event.ignore()
                    return
            self.save_state()
            self._closed = True
            if self._preparing is not None:
                self._preparing.done()  # its next slice may never come
            self.input_hold.stop()
            self.closing.emit()
            self.sync.about_to_close()  # a running sync stops at its next step
            help_key = getattr(self, "_help_key", None)
            if help_key is not None:
                help_key.uninstall()
            QThreadPool.globalInstance().waitForDone(30_000)  # e.g. the purge after start
            self.session.close()
        event.accept()
