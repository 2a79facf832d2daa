"""Arkiv → Synkronisera and the sync line of the status bar.

The status bar reads "Senast synkad 2026-12-05 14:32 · 3 ändringar väntar" ("Inte synkad ännu",
"Ingen teamserver"), a badge "2 konflikter" opens the conflicts, and a button syncs. The line is
read again after every local change (the change bus) and after each sync.

A sync runs on the thread pool: the worker connects to the server and calls
``SyncService.sync`` there (every service call opens its own session), reporting progress to a
bar in the status bar; the window stays usable. A server that cannot be reached or refuses the
password is one line in a message box; a server that is not the database this one synced with
(recreated, restored from an older backup) is that line with the offer to treat it as new; after a sync that pulled rows every open view reloads
(a change of everything on the bus); a sync that left conflicts opens them side by side.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from samordnare_desktop.domain.errors import UserError
from samordnare_desktop.i18n import translate
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import EVERYTHING, Change, UiContext
from samordnare_desktop.ui.errors import show_error
from samordnare_desktop.ui.qt_names import set_enum, set_shortcut

if TYPE_CHECKING:
    from samordnare_desktop.services.sync import SyncResult, SyncStatus
    from samordnare_desktop.ui.sync.conflicts import ConflictDialog

Progress = Callable[[int, int], None]


class Stopped(Exception):
    """Raised in the worker's progress callback once the window is closing."""


def server_address(ctx: UiContext) -> tuple[str, str | None] | None:
    """This database's team server: (address without password, the kept password or None),
    or None when no server is set (Arkiv → Teamserver…)."""
    from samordnare_desktop.services import server_settings

    settings = server_settings.load(ctx.services.db.path)
    if settings is None:
        return None
    return settings.url(), server_settings.kept_password(ctx.services.db.path, settings)


def ask_password(parent: QWidget | None, url: str) -> str | None:
    """The server password when none is kept (tests replace this function); None: cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent,
        translate("SyncController", "Team server password"),
        translate("SyncController", "Password for {server}:").format(server=url),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def open_team_server(url: str, password: str | None) -> Any:
    """Connect to the team server (on the worker thread: connecting may take a while)."""
    from samordnare_desktop.services.startup import open_server_database

    return open_server_database(url, password=password)


def status_text(status: SyncStatus) -> str:
    """The status bar's sync line for ``status``."""
    if not status.configured:
        return translate("SyncController", "No team server")
    if status.last_sync_at is None:
        when = translate("SyncController", "Not synced yet")
    else:
        when = translate("SyncController", "Last synced {when}").format(
            when=format_when(status.last_sync_at)
        )
    waiting = status.waiting  # a plain name: lupdate skips a %n count written as an expression
    if waiting:
        return when + " · " + translate("SyncController", "%n change(s) waiting", None, waiting)
    return when


def result_text(result: SyncResult) -> str:
    pushed, pulled, conflicts = result.pushed, result.pulled, result.conflicts
    parts = [
        translate("SyncController", "%n sent", None, pushed),
        translate("SyncController", "%n received", None, pulled),
    ]
    if conflicts:
        parts.append(translate("SyncController", "%n conflict(s)", None, conflicts))
    return translate("SyncController", "Synchronised: {parts}.").format(parts=", ".join(parts))


def _failure_message(exc: BaseException) -> BaseException:
    """A lost connection mid-sync as one line (what was done is kept; syncing again resumes)."""
    if isinstance(exc, UserError):
        return exc
    from sqlalchemy.exc import DBAPIError

    if isinstance(exc, (DBAPIError, OSError)) and (
        not isinstance(exc, DBAPIError) or exc.connection_invalidated or _is_network(exc)
    ):
        return UserError(
            translate(
                "SyncController",
                "The connection to the team server was lost during the sync. Nothing is lost: "
                "sync again when the server can be reached.",
            )
        )
    return exc


def _is_network(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(
        word in text
        for word in ("connection", "server closed", "timeout", "timed out", "could not connect")
    )


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _SyncJob(QRunnable):
    """Connect to the server and sync, on a pool thread; reports through ``signals``."""

    def __init__(
        self, work: Callable[[Progress], Any], signals: _Signals, stop: threading.Event
    ) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.stop = stop
        self.setAutoDelete(False)  # Python owns it (see ui.operations)

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Stopped
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.work(self._progress)
        except BaseException as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class SyncController(QObject):
    """The window's sync: the action, the status bar widgets, the worker, the conflicts."""

    synced = Signal(object)  # SyncResult, after a sync finished (tests and the bench wait on it)
    failed = Signal(object)  # the exception, after a sync failed (already shown)

    def __init__(self, window: QMainWindow, ctx: UiContext, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("sync_controller")
        self.window = window
        self.ctx = ctx
        self.status: SyncStatus | None = None
        self.dialog: ConflictDialog | None = None
        self._job: _SyncJob | None = None
        self._signals: _Signals | None = None
        self._stop = threading.Event()
        self._build_action(menu)
        self._build_status_bar()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)  # a burst of saves reads the status once
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bus.changes.connect(self._on_change)

    # --- widgets ------------------------------------------------------------------------------
    def _build_action(self, menu: QMenu) -> None:
        action = QAction(self.tr("&Synchronise"), self.window)
        action.setObjectName("action_sync")
        set_shortcut(action, "Ctrl+Shift+S")
        set_enum(action, "shortcutContext", "WindowShortcut")
        action.setStatusTip(self.tr("Send the changes made here and fetch the team's"))
        action.triggered.connect(self.start)
        menu.addAction(action)
        self.action = action

    def _build_status_bar(self) -> None:
        bar = self.window.statusBar()
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setMaximumWidth(self.window.fontMetrics().averageCharWidth() * 16)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.label = QLabel()
        self.label.setObjectName("sync_status")
        set_enum(self.label, "textFormat", "PlainText")
        self.badge = QPushButton()
        self.badge.setObjectName("sync_conflicts")
        self.badge.setFlat(True)
        self.badge.setStyleSheet("QPushButton { color: palette(highlight); font-weight: bold; }")
        self.badge.setToolTip(self.tr("Show the conflicts side by side"))
        self.badge.clicked.connect(self.show_conflicts)
        self.badge.hide()
        self.button = QToolButton()
        self.button.setObjectName("sync_button")
        self.button.setDefaultAction(self.action)
        set_enum(self.button, "toolButtonStyle", "ToolButtonTextOnly")
        self.button.setAutoRaise(True)
        for widget in (self.progress, self.label, self.badge, self.button):
            bar.addPermanentWidget(widget)

    # --- status -------------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.source is not self:
            self._refresh_timer.start()

    def refresh(self) -> SyncStatus | None:
        """Read the status again and show it (cheap: a count of the outbox and conflicts)."""
        try:
            self.status = self.ctx.services.sync.status()
        except Exception as exc:  # a status line must never take the window down
            import logging

            logging.getLogger(__name__).warning("sync status unavailable: %s", type(exc).__name__)
            self.label.setText("")
            return None
        if self._job is None:
            self.label.setText(status_text(self.status))
        self._show_badge(self.status.conflicts)
        return self.status

    def _show_badge(self, conflicts: int) -> None:
        self.badge.setText(self.tr("%n conflict(s)", "", conflicts))
        self.badge.setVisible(conflicts > 0)

    # --- syncing ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, reseed: bool = False) -> bool:
        """Sync now, in the background; False when a sync is running already or none is set.
        ``reseed``: treat the server as new (it is not the one this database synced with)."""
        if self._job is not None:
            return False
        self.refresh()
        try:
            found = server_address(self.ctx)
        except Exception as exc:  # an unreadable settings file is one line too
            show_error(self.window, exc)
            return False
        if found is None:
            show_error(
                self.window,
                UserError(
                    self.tr(
                        "No team server is chosen for this database. Choose one under "
                        "Arkiv → Teamserver…, or carry the changes in an exchange file."
                    )
                ),
            )
            return False
        url, password = found
        if password is None:
            password = ask_password(self.window, url)
            if password is None:
                return False
        ctx = self.ctx

        def work(progress: Progress) -> SyncResult:
            server = open_team_server(url, password)
            try:
                return ctx.services.sync.sync(server, progress, reseed=reseed)
            finally:
                server.close()

        self._stop.clear()
        signals = _Signals()
        signals.progress.connect(self._on_progress)
        signals.done.connect(self._on_done)
        signals.failed.connect(self._on_failed)
        self._signals = signals
        self._job = _SyncJob(work, signals, self._stop)
        self.action.setEnabled(False)
        self.label.setText(self.tr("Synchronising…"))
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.progress.show()
        QThreadPool.globalInstance().start(self._job)
        return True

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _ended(self) -> None:
        self._ended_jobs = (self._job, self._signals)  # the worker may still be returning
        self._job = None
        self.progress.hide()
        self.action.setEnabled(True)

    def _on_done(self, result: SyncResult) -> None:
        self._ended()
        self.refresh()
        self.ctx.show_status(result_text(result))
        # others' rows arrived (pulled, or merged into a row pushed from here): every open
        # view reads again, a form with nothing unsaved showing the new version
        if result.pulled or result.rewritten:
            self.ctx.bus.notify(Change.of(EVERYTHING, source=self))
        if result.conflicts or (self.status is not None and self.status.conflicts):
            self.show_conflicts()
        self.synced.emit(result)

    def _on_failed(self, exc: BaseException) -> None:
        from samordnare_desktop.services.sync.identity import ServerChanged

        self._ended()
        self.refresh()
        if isinstance(exc, ServerChanged):  # recreated or restored: offer to treat it as new
            self.label.setText(self.tr("Another team server"))
            self.failed.emit(exc)
            if messages.confirm(
                self.window,
                self.tr("Another team server"),
                exc.message
                + "\n\n"
                + self.tr(
                    "Treat the team server as new and send everything on this computer to it?"
                ),
            ):
                self.start(reseed=True)
            return
        if not isinstance(exc, Stopped):
            show_error(self.window, _failure_message(exc))
        self.failed.emit(exc)

    def about_to_close(self) -> None:
        """The window closes: a running sync stops at its next step (it resumes next time)."""
        self._stop.set()
        self._refresh_timer.stop()

    # --- conflicts ----------------------------------------------------------------------------
    def show_conflicts(self) -> ConflictDialog:
        from samordnare_desktop.ui.sync.conflicts import ConflictDialog

        if self.dialog is None:
            self.dialog = ConflictDialog(self.window, self.ctx)
            self.dialog.resolved.connect(self.refresh)
            self.dialog.finished.connect(self._dialog_closed)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


def add_sync(window: QMainWindow, ctx: UiContext, menu: QMenu) -> SyncController:
    """Arkiv → Synkronisera, Exportera/Importera utbytesfil… and the status bar's sync line."""
    controller = SyncController(window, ctx, menu)
    _add_exchange_actions(window, ctx, menu, controller)
    # Arkiv → Teamserver… (a modal dialog): once it closes, the line says whether one is set
    for action in menu.actions():
        if action.objectName() == "action_team_server":
            action.triggered.connect(lambda _checked=False: controller.refresh())
    return controller


def _add_exchange_actions(
    window: QMainWindow, ctx: UiContext, menu: QMenu, controller: SyncController
) -> None:
    """Exportera/Importera utbytesfil…: the module with their dialogs (ui.sync.exchange) is
    imported when one is chosen, not with the menu at every start."""

    def export() -> None:
        from samordnare_desktop.ui.sync.exchange import export_exchange

        export_exchange(window, ctx)

    def imported() -> None:
        from samordnare_desktop.ui.sync.exchange import import_exchange

        import_exchange(window, ctx, controller)

    for text, name, run in (
        (translate("ExchangeFile", "&Export exchange file…"), "action_export_exchange", export),
        (translate("ExchangeFile", "&Import exchange file…"), "action_import_exchange", imported),
    ):
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False, run=run: run())
        menu.addAction(action)


def format_when(moment: datetime) -> str:
    """A UTC moment (naive, as the database keeps them, or aware) in the laptop's time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
