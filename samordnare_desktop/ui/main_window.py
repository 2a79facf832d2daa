"""The main window: one tab per area, menus, status bar, remembered size/position/tab."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from samordnare_desktop import APP_NAME, __version__
from samordnare_desktop.session import AppSession
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.context import ChangeBus, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.municipalities_tab import MunicipalitiesTab

# Tab classes in display order; each has NAME (its objectName) and a static title().
TAB_CLASSES: list[type[QWidget]] = [MunicipalitiesTab]


class MainWindow(QMainWindow):
    def __init__(self, session: AppSession, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.session = session
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 820)
        self.ctx = UiContext(
            services=session.services,
            undo_stack=self.undo_stack,
            bus=self.bus,
            settings=settings,
            show_status=self.show_status,
            open_tab=self.select_tab,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        for tab_class in TAB_CLASSES:
            tab = tab_class(self.ctx, self)
            self.tabs.addTab(tab, tab_class.title())  # type: ignore[attr-defined]
        self.setCentralWidget(self.tabs)
        self.db_label = QLabel(str(session.db_path))
        self.db_label.setObjectName("db_label")
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._closed = False
        self.show_status(self.tr("Ready."))

    # --- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_file")
        backup = QAction(self.tr("&Back up now"), self)
        backup.setObjectName("action_backup")
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu_edit")
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("action_undo")
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        redo.setObjectName("action_redo")
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        find = QAction(self.tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        edit_menu.addAction(find)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menu_view")
        for number in range(self.tabs.count()):
            action = QAction(self.tabs.tabText(number), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, n=number: self.tabs.setCurrentIndex(n))
            view_menu.addAction(action)
        view_menu.addSeparator()
        language = view_menu.addMenu(self.tr("Language"))
        for code, label in (("sv", "Svenska"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.settings.value("language", "sv") == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            language.addAction(action)
        self.view_menu = view_menu

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")
        about = QAction(self.tr("&About Samordnare Desktop"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)
        self.help_menu = help_menu

    # --- tabs ---------------------------------------------------------------------------------
    def tab_names(self) -> list[str]:
        return [self.tabs.widget(i).objectName() for i in range(self.tabs.count())]

    def tab(self, name: str) -> QWidget | None:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).objectName() == name:
                return self.tabs.widget(i)
        return None

    def select_tab(self, name: str) -> bool:
        widget = self.tab(name)
        if widget is None:
            return False
        self.tabs.setCurrentWidget(widget)
        return True

    def focus_search(self) -> None:
        focus = getattr(self.tabs.currentWidget(), "focus_search", None)
        if focus is not None:
            focus()

    # --- actions ------------------------------------------------------------------------------
    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def backup_now(self) -> None:
        from samordnare_desktop.db import backup

        target = guarded(self, lambda: backup.backup_now(self.session.db_path))
        if target is not None:
            self.show_status(self.tr("Backup written: {path}").format(path=str(target)))

    def set_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        messages.inform(
            self,
            self.tr("Language"),
            self.tr("The language changes the next time you start the app."),
        )

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
    def restore_state(self) -> None:
        geometry = self.settings.value("mainwindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("mainwindow/state")
        if state is not None:
            self.restoreState(state)
        tab = self.settings.value("mainwindow/tab")
        if isinstance(tab, str):
            self.select_tab(tab)

    def save_state(self) -> None:
        self.settings.setValue("mainwindow/geometry", self.saveGeometry())
        self.settings.setValue("mainwindow/state", self.saveState())
        current = self.tabs.currentWidget()
        if current is not None:
            self.settings.setValue("mainwindow/tab", current.objectName())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            for i in range(self.tabs.count()):
                hook = getattr(self.tabs.widget(i), "about_to_close", None)
                if hook is not None:
                    hook()
            self.save_state()
            self._closed = True
            self.session.close()
        event.accept()
