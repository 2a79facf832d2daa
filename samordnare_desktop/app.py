"""Application entry: parse the command line, then run a command or the window.

Also the seams for tests and screenshots: :func:`build_main_window` returns a ready main window
over a database without showing it.
"""

from __future__ import annotations

import gc
import importlib
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

from samordnare_desktop import APP_NAME, ORG_NAME, collector
from samordnare_desktop.domain.errors import CorruptDatabaseError, UserError
from samordnare_desktop.i18n import translate
from samordnare_desktop.paths import default_db_path

log = logging.getLogger("samordnare_desktop")


class _PrivateLogHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are readable by the owner only (also after each rotation)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def _setup_logging() -> None:
    """Log to a rotating file in the user log folder. Never personal data, never SQL parameters."""
    from samordnare_desktop.paths import log_dir

    folder = log_dir()
    try:
        from samordnare_desktop.files import private_dir

        private_dir(folder)
        handler: logging.Handler = _PrivateLogHandler(
            folder / "samordnare.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    from samordnare_desktop.log_privacy import MaskingFormatter

    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in root.handlers:
        if isinstance(old, logging.FileHandler):
            old.close()  # a second main() in one process must not leak the first log file
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)


def _language(requested: str | None) -> str:
    if requested:
        return requested

    value = settings().value("language", "sv")
    return value if value in ("sv", "en") else "sv"


def settings_file() -> Path:
    """Where QSettings keeps the INI file (UserScope, IniFormat) on this system."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / ORG_NAME / "SamordnareDesktop.ini"


def _language_without_qt(requested: str | None) -> str:
    """The language a command prints in: read from the settings file as plain INI (a command
    needs no Qt, and importing it cost more than the command itself)."""
    if requested:
        return requested
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return "sv"
    value = parser.get("General", "language", fallback="sv").strip().strip('"')
    return value if value in ("sv", "en") else "sv"


def settings():
    """The user's settings (INI in the user config folder; tests point XDG_CONFIG_HOME elsewhere)."""
    from PySide6.QtCore import QSettings

    settings = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, "SamordnareDesktop"
    )
    _private_settings_file(Path(settings.fileName()))
    return settings


def _private_settings_file(path: Path) -> None:
    """The settings folder 0700 and file 0600 whatever the umask: Qt writes the INI through a
    temporary file that keeps the mode of the file it replaces, so the file is made first."""
    from samordnare_desktop.files import private_dir

    try:
        private_dir(path.parent)
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except OSError:
        log.warning("could not make the settings file private")


def _import_database_layer() -> None:
    """Import the session layer (SQLAlchemy's engine and ORM, opening and checking the file),
    once, before Qt.

    No mapped class: an ordinary start opens the database and paints the window without one
    (the reference data is counted with plain SQL), so each area's classes are mapped when its
    tab or service is first imported, after the window's first paint (some 20 ms of classes
    and mappers the window need not wait for); ``domain.models`` imports them all, for Alembic
    and the schema test. Before Qt: once PySide6 is imported, shiboken inspects the source of
    every module imported after it (its ``__feature__`` hook). Without the cyclic garbage
    collector: these imports create tens of thousands of objects that live as long as the
    process (modules, classes), which it would scan again and again; they are then frozen
    (``gc.freeze``), so later collections skip them too.
    """
    if "samordnare_desktop.session" in sys.modules:
        return
    with collector.held(freeze=True):
        importlib.import_module("samordnare_desktop.session")


def _collect_from_now() -> None:
    """The cyclic garbage collector on again, once the window and its remembered tab have
    painted (or the start ended without a window). A start creates some 300,000 objects that
    live as long as the window (modules, classes, mappers, Python enums, widgets) and little
    cyclic garbage: collected meanwhile, the collector scanned them again and again (some
    40 collections, ~10 ms of CPU). What is alive now is frozen (``gc.freeze``), so later
    collections skip it too (held off in _run, :mod:`collector`)."""
    while _START_HOLD:
        _START_HOLD.pop().release(freeze=True)


_START_HOLD: list[collector.Hold] = []  # the start's hold on the collector, until the first paint


def _gui_app(lang: str, *, offscreen: bool = False):
    if offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _import_database_layer()
    from PySide6.QtWidgets import QApplication

    from samordnare_desktop import qt_i18n

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("samordnare-desktop")  # the Linux .desktop entry (packaging/linux)
    app.setWindowIcon(app_icon())
    qt_i18n.install(app, lang)
    from samordnare_desktop.ui import theme

    # light, dark or the system's; the focus style once something is shown (a window
    # installs it after its first paint, the start's dialogs before they show)
    theme.apply(app, theme.saved_appearance(settings()), focus_style=False)
    return app


def app_icon():
    """The app's icon (window, task bar, dialogs) from the PNGs ``tools/make_icons.py`` renders."""
    from PySide6.QtGui import QIcon

    from samordnare_desktop.paths import resource

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"samordnare-{size}.png")))
    return icon


def _purge_in_background(session) -> None:
    """The purge after start, on a worker thread. Its service (which maps every model) is
    imported here first: mapping classes while the GUI thread queries would race (a model
    half imported on one thread, its mappers configured from the other). A window closed before
    the timer fired has nothing left to purge (its session purged at close)."""
    if session.closed:
        return
    from samordnare_desktop.services.purge_probe import purge_pending

    if not purge_pending(session.db.engine):  # nearly always: one indexed read, no registry
        return
    from PySide6.QtCore import QThreadPool
    from sqlalchemy.orm import configure_mappers

    session.services.privacy  # noqa: B018 (imported on the GUI thread)
    configure_mappers()
    QThreadPool.globalInstance().start(session.purge_deleted)


def _due_band(window) -> None:
    """What falls due, in a band over the tabs; nothing once the window closed (a late timer)."""
    if window.session.closed or not window.isVisible():
        return
    from samordnare_desktop.ui.due_band import schedule_due_band

    schedule_due_band(window)


def _daily_check(window) -> None:
    """The day's check and backup, off the GUI thread; nothing once the window closed."""
    if window.session.closed:
        return
    from samordnare_desktop.ui.daily_check import check_and_back_up

    check_and_back_up(window)


def build_main_window(db_path: Path, *, daily_backup: bool = False):
    """A ready ``MainWindow`` over ``db_path``, not shown (a QApplication must exist)."""

    from samordnare_desktop.instance_lock import WINDOW
    from samordnare_desktop.session import AppSession
    from samordnare_desktop.ui.main_window import MainWindow

    session = AppSession(
        Path(db_path), daily_backup=daily_backup, defer_purge=True, defer_daily=True, role=WINDOW
    )
    try:
        window = MainWindow(session, settings())
        # rows deleted before a crash are purged once the window is up, not before it can show
        # (close() purges after any write); counted from the first show, so a slow start cannot
        # pull it in front of the first paint; off the GUI thread (its own unit of work)
        window.after_first_show(500, lambda: _purge_in_background(session))
        # what falls due within two weeks, in a quiet band once the window is up (#18 part 5)
        window.after_first_show(700, lambda: _due_band(window))
        if session.db.daily_check_due:  # the first start of a day: checked and copied once shown
            window.after_first_show(900, lambda: _daily_check(window))
        return window
    except BaseException:
        session.close()
        raise


def _focus_style() -> None:
    """The focus style for a dialog shown before the main window (see ``_gui_app``)."""
    from PySide6.QtWidgets import QApplication

    from samordnare_desktop.ui import theme

    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.install_focus_style(app)


def _person_is_watching() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() not in ("offscreen", "minimal") and not os.environ.get(
        "CI"
    )


def _open_or_recover(db_path: Path):
    """The main window; a damaged database is explained and a backup offered (if someone watches)."""
    try:
        return build_main_window(db_path, daily_backup=True)
    except CorruptDatabaseError as exc:
        if not _person_is_watching():
            raise CorruptDatabaseError(
                exc.message
                + " "
                + translate(
                    "cli",
                    "Run 'python main.py restore --latest-good' to restore the newest backup "
                    "that passes an integrity check.",
                )
            ) from exc
        from samordnare_desktop.ui.recovery import offer_restore

        _focus_style()
        if not offer_restore(None, exc, db_path):
            print(exc.message, file=sys.stderr)
            return None  # the dialog has explained it
        return build_main_window(db_path, daily_backup=True)


def run_gui(db_path: Path, lang: str, quit_after_ms: int | None = None) -> int:
    app = _gui_app(lang)
    try:
        from samordnare_desktop.cli import check_db_folder, check_db_path
        from samordnare_desktop.db import encryption
        from samordnare_desktop.files import remove_litter

        check_db_path(db_path)
        check_db_folder(db_path)  # a mistyped --db makes no folders
        remove_litter([db_path.parent])
        if (
            encryption.needs_key(db_path)
            and encryption.key_for(db_path) is None
            and _person_is_watching()  # headless: refused below with a message, never a prompt
        ):
            from samordnare_desktop.ui.privacy.unlock_dialog import unlock

            _focus_style()
            key = unlock(None, db_path)
            if key is None:
                return 0  # the user chose not to open the database
            encryption.remember_key(db_path, key)
        window = _open_or_recover(db_path)
        if window is None:
            return 2
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        if _person_is_watching():
            from PySide6.QtWidgets import QMessageBox

            _focus_style()
            QMessageBox.critical(None, APP_NAME, exc.message)
        return 2
    window.restore_state()
    window.user_status.ask_at_start = _person_is_watching()  # "Vem arbetar?" (#20)
    window.first_paint.ready.connect(_collect_from_now)
    # the window closed is the app's end: Qt quits only once no window without a parent is
    # shown, and a message of work that ended during the close (an erasure's "Person erased",
    # parented to its closed dialog) left the process in its event loop with no window at all
    from PySide6.QtCore import QTimer  # (not Qt's namespace before the first paint: ui.qt_names)

    window.closing.connect(lambda: QTimer.singleShot(0, app.quit))  # once the close is done
    window.show()
    if os.environ.get("SAMORDNARE_STARTUP_PROBE"):  # bench/startup.py: two moments, then quit
        _startup_probe(app, window)
    elif quit_after_ms is not None:  # smoke tests: the window closes itself
        QTimer.singleShot(max(0, quit_after_ms), window, window.close)
    return _exec_until_workers_done(app)


def _exec_until_workers_done(app) -> int:
    """``app.exec()``, then wait for the thread pool's workers before the window may go.

    A worker can still run once the event loop has ended: one started after the window's
    ``closeEvent`` had waited for the pool (a tab's first read whose 0 ms start after the tab's
    paint came in the same pass as the close, e.g. the start-up probe's quit at "ready"). Its
    last step emits a signal of an object of the window, and PySide emits with the GIL released;
    meanwhile the window's C++ objects are deleted (when its wrapper goes, and by PySide's exit
    clean-up, both also without the GIL), so the emit could run on a deleted object: SIGSEGV at
    exit (seen twice in ~190 starts of bench/startup.py with Handlingsplaner at 10x)."""
    code = app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    return code


def _startup_probe(app, window) -> None:
    """For bench/startup.py, on the real path: prints ``window <cpu s>`` once the window has
    painted (frame, menus, tab bar, status bar and the remembered tab's empty placeholder),
    before that tab is built; then ``ready <cpu s>`` once the remembered tab is built and
    painted; then closes the window. The CPU seconds are the process's own time (on a shared
    machine the wall clock also waits for other processes; this does not)."""
    import time

    def moment(name: str) -> None:
        print(f"{name} {time.process_time():.4f}", flush=True)

    window.first_paint.painted.connect(lambda: moment("window"))
    window.first_paint.ready.connect(lambda: (moment("ready"), window.close()))


def run_screenshot(
    db_path: Path, lang: str, tab: str, out: Path, size: str, kommun: str | None = None
) -> int:
    app = _gui_app(lang, offscreen=True)
    from samordnare_desktop.commands.privacy import unlock_if_needed

    unlock_if_needed(db_path)
    try:
        width, height = (int(part) for part in size.lower().split("x"))
        if not (0 < width <= 10_000 and 0 < height <= 10_000):
            raise ValueError(size)
    except ValueError:
        raise UserError(
            translate(
                "cli", "--size {size}: expected width x height in pixels, e.g. 1400x900."
            ).format(size=size)
        ) from None
    window = build_main_window(db_path)
    try:
        window.resize(width, height)
        if not window.select_tab(tab):
            raise UserError(
                translate("cli", "No tab named {name}. Tabs: {names}.").format(
                    name=tab, names=", ".join(window.tab_names())
                )
            )
        window.show()
        app.processEvents()
        # the offscreen screen is 800x800 and the window fits itself to its screen on first
        # show; a screenshot is asked for at a given size, so it is set again after that
        window.setMinimumSize(0, 0)
        window.resize(width, height)
        app.processEvents()
        if kommun:
            shown = window.tab(tab)
            select = getattr(shown, "select_municipality_code", None) or getattr(
                shown, "select_code", None
            )
            if select is None or not select(kommun):
                raise UserError(
                    translate("cli", "Cannot select municipality {code} in tab {name}.").format(
                        code=kommun, name=tab
                    )
                )
            app.processEvents()
        _wait_until_read(app, window.tab(tab))
        _wait_for_start_work(app, window)
        from samordnare_desktop.ui.files import save_pixmap

        save_pixmap(window.grab(), out)
    finally:
        window.close()
        app.processEvents()
    print(translate("cli", "Screenshot written: {path}").format(path=str(out)))
    return 0


def _wait_for_start_work(app, window, limit_s: float = 10.0) -> None:
    """The status bar's user and team server are filled once the tab has painted (the start's
    deferred work, at no delay): pictured with them, as a person sees the window a moment on."""
    import time

    deadline = time.monotonic() + limit_s
    while not window.first_paint.tab_painted and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):  # its zero timers, then the status bar's layout
        app.processEvents()
        time.sleep(0.01)


def _wait_until_read(app, shown, limit_s: float = 60.0) -> None:
    """A tab that reads its rows off the GUI thread (Översikt, Besök, ...) is pictured once they
    have arrived, not while it says "Läser in..." (README's screenshots come from here)."""
    import time

    loading = getattr(shown, "loading", None)
    if not callable(loading):
        return
    deadline = time.monotonic() + limit_s
    while loading() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def window_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The arguments of a plain window start (only ``--db PATH`` / ``--lang sv|en`` /
    ``--quit-after-ms MS``), else None.

    Read without building the full parser, which imports every command module (~20 ms of
    start-up); anything else (a command, ``--help``, a bad value) goes to argparse as before.
    """
    values: dict[str, str] = {}
    tokens = list(argv)
    while tokens:
        name, equals, value = tokens.pop(0).partition("=")
        if name not in ("--db", "--lang", "--quit-after-ms"):
            return None
        if not equals:
            if not tokens:
                return None
            value = tokens.pop(0)
        if not value or value.startswith("-") or (name == "--lang" and value not in ("sv", "en")):
            return None
        if name == "--quit-after-ms" and not value.isdigit():
            return None
        values[name[2:]] = value
    db = values.get("db")
    quit_after = values.get("quit-after-ms")
    return SimpleNamespace(
        command=None,
        db=db or None,  # the text, as argparse gives it (main() makes the path)
        lang=values.get("lang"),
        quit_after_ms=int(quit_after) if quit_after else None,
    )


def _check_paths(args, db_path: Path) -> None:
    """``--db`` and ``--out`` checked before anything is opened (after the translator is in, so
    the one line is in the user's language); temporary files of a killed process removed."""
    from samordnare_desktop.cli import check_db_path, check_out
    from samordnare_desktop.files import remove_litter

    check_db_path(db_path)
    check_out(args)
    remove_litter([db_path.parent])


def _check_user(args, db_path: Path) -> None:
    """``--user ''`` names no one: one line, nothing opened. A name given for a database file
    that does not exist yet names no one either: one line, and no new file is made."""
    user = getattr(args, "user", None)
    if user is None:
        return
    if not str(user).strip():
        raise UserError(translate("cli", "--user was given an empty name: give a user's name."))
    if (
        getattr(args, "server", None) is None
        and args.command != "restore"  # a restored backup may know the name
        and not db_path.exists()
    ):
        raise UserError(
            translate(
                "users",
                "No user named {name}. Nothing was changed. Add one with 'users add', "
                "or see 'users list'.",
            ).format(name=" ".join(str(user).split()))
        )


def _silence_stdout() -> None:
    """After a broken pipe, Python would complain again when it flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_args(argv)
    if args is None:
        from samordnare_desktop.cli import build_parser

        args = build_parser(argv).parse_args(argv)  # only the named command's parsers
    _setup_logging()
    if args.db is not None and not str(args.db).strip():  # not Path(''), which is the folder
        from samordnare_desktop import ts_i18n
        from samordnare_desktop.cli import check_db_argument

        ts_i18n.install(_language_without_qt(getattr(args, "lang", None)))  # one line, no Qt
        try:
            check_db_argument(str(args.db))
        except UserError as exc:
            print(exc.message, file=sys.stderr)
            return 2
    db_path = (Path(args.db) if args.db else default_db_path()).expanduser().resolve()
    user = getattr(args, "user", None)
    if user is not None or "samordnare_desktop.services.users" in sys.modules:
        from samordnare_desktop.services.users import request_user

        request_user(user)  # who this process records (cleared again when main returns)
    server = getattr(args, "server", None)
    if server is not None:
        from samordnare_desktop.session import request_server

        try:
            _request_server(args, server)
        except UserError as exc:
            print(exc.message, file=sys.stderr)
            return 2
    try:
        return _run(args, db_path)
    finally:
        if server is not None:
            request_server(None)
        if user is not None:
            from samordnare_desktop.services.users import request_user

            request_user(None)


def _request_server(args, url: str) -> None:
    """``--server URL``: checked, its password found (asked if need be), then every session of
    the command opens the server (``session.request_server``)."""
    from samordnare_desktop import ts_i18n
    from samordnare_desktop.commands.server import check_server_command, server_password
    from samordnare_desktop.session import request_server

    ts_i18n.install(_language_without_qt(getattr(args, "lang", None)))
    check_server_command(args.command, args.db)
    if args.command is None:
        raise UserError(
            translate(
                "cli",
                "--server needs a command, e.g. 'list visits': the window is not opened on it.",
            )
        )
    request_server(url, server_password(url))


# a command's young-object threshold for the cyclic garbage collector (Python's default: 700;
# at most some tens of MB of cyclic garbage wait for a collection)
COMMAND_GC_THRESHOLD = 200_000


def _run_command(args, db_path: Path) -> int:
    """A command (its language, path checks, key and drafts, then ``args.func``), with the
    cyclic collector run less often: a command is a short process whose imports (SQLAlchemy,
    the mapped models, ReportLab) create some 80,000 objects that live until it exits, which the
    default threshold scans again and again (~70-100 ms of CPU of the agenda export). Cycles are
    still collected; the old thresholds come back after."""
    old = gc.get_threshold()
    gc.set_threshold(COMMAND_GC_THRESHOLD, *old[1:])
    try:
        from samordnare_desktop import ts_i18n

        ts_i18n.install(_language_without_qt(args.lang))  # no Qt for a command
        _check_paths(args, db_path)
        _check_user(args, db_path)
        if getattr(args, "server", None) is None:  # the local file's key and drafts
            if not getattr(args, "manages_key", False):
                from samordnare_desktop.commands.privacy import unlock_if_needed

                unlock_if_needed(db_path)
            from samordnare_desktop.db.legacy_drafts import follow_rename_of

            follow_rename_of(db_path)  # a renamed database's drafts, before anything judges them
        return int(args.func(args, db_path) or 0)
    finally:
        gc.set_threshold(*old)


def _run(args, db_path: Path) -> int:
    try:
        if args.command is None:
            _START_HOLD.append(collector.Hold())  # until the window and its tab have painted
            try:
                _import_database_layer()  # before Qt (settings import QtCore): its docstring
                return run_gui(db_path, _language(args.lang), getattr(args, "quit_after_ms", None))
            finally:
                _collect_from_now()
        if args.command == "screenshot":
            lang = _language(args.lang)
            _gui_app(lang, offscreen=True)  # its translator, for the checks' messages
            _check_paths(args, db_path)
            return run_screenshot(db_path, lang, args.tab, args.out, args.size, args.kommun)
        return _run_command(args, db_path)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `... | head`: the reader has gone; stop quietly
        _silence_stdout()
        return 141
    except Exception as exc:
        from samordnare_desktop.cli import known_problem

        known = known_problem(exc, db_path)
        if known is not None:
            log.warning("command %s stopped: %s", args.command, type(exc).__name__)
            print(known, file=sys.stderr)
            return 2
        log.exception("unexpected error in command %s", args.command)
        print(translate("cli", "Unexpected error; details are in the log file."), file=sys.stderr)
        return 1
