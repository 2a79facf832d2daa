"""The handbook (Handbok): Swedish pages in ``resources/handbook/sv``, read offline.

A window with the table of contents and a search field on the left and the page on the right
(a ``QTextBrowser`` showing Markdown; links between pages and the screenshots work as in any
Markdown viewer). No web engine. F1 anywhere opens the page about where the focus is:
:func:`topic_for` maps the focused widget's module (a tab, a sub-page, a dialog) to a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.paths import resource
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.widgets.sizing import fit_search

START_PAGE = "start"

# Where the focus is (the module of the widget or one of its parents) -> the page about it.
# The most specific first; a prefix matches a module and the modules below it.
TOPICS: tuple[tuple[str, str], ...] = (
    ("samordnare_desktop.ui.visits.agenda", "dagordningen"),
    ("samordnare_desktop.ui.visits.participants_page", "deltagarna"),
    ("samordnare_desktop.ui.visits", "forsta-besoket"),
    ("samordnare_desktop.ui.participants", "deltagarna"),
    ("samordnare_desktop.ui.action_plans.visit_page", "uppfoljningen"),
    ("samordnare_desktop.ui.action_plans", "handlingsplanen"),
    ("samordnare_desktop.ui.time_study", "tidsmatningen"),
    ("samordnare_desktop.ui.care_places", "vardplatserna"),
    ("samordnare_desktop.ui.findings", "iakttagelserna"),
    ("samordnare_desktop.ui.overview.spread_panel", "organisationerna"),
    ("samordnare_desktop.ui.overview", "kvartalsrapporten"),
    ("samordnare_desktop.ui.organisations", "organisationerna"),
    ("samordnare_desktop.ui.municipalities", "kommunerna"),
    ("samordnare_desktop.ui.privacy", "dina-data"),
    ("samordnare_desktop.ui.recovery", "dina-data"),
    ("samordnare_desktop.ui.users", "start"),
    ("samordnare_desktop.ui.sync", "synkronisera"),
)
# A tab's page when the focus is on the tab bar itself (objectName of the tab -> page).
TAB_TOPICS = {
    "municipalities": "kommunerna",
    "organisations": "organisationerna",
    "visits": "forsta-besoket",
    "participants": "deltagarna",
    "action_plans": "handlingsplanen",
    "care_places": "vardplatserna",
    "findings": "iakttagelserna",
    "overview": "kvartalsrapporten",
}


@dataclass(frozen=True)
class Page:
    id: str  # "dagordningen" for 03-dagordningen.md
    title: str  # the first "# " heading
    path: Path
    text: str  # the Markdown, for search


def handbook_dir(lang: str = "sv") -> Path:
    return resource("handbook", lang)


@cache
def pages(lang: str = "sv") -> tuple[Page, ...]:
    """The pages in reading order (their file names start with a number)."""
    found = []
    for path in sorted(handbook_dir(lang).glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = next(
            (line[2:].strip() for line in text.splitlines() if line.startswith("# ")), path.stem
        )
        page_id = re.sub(r"^\d+-", "", path.stem)
        found.append(Page(page_id, title, path, text))
    return tuple(found)


def page(page_id: str) -> Page | None:
    return next((p for p in pages() if p.id == page_id), None)


def _plain(markdown: str) -> str:
    """The words of a page without image links and markup, for search."""
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", markdown)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    return re.sub(r"[#*_`>|\[\]]", " ", text).casefold()


def search(query: str) -> list[Page]:
    """Pages holding every word of ``query`` (case-insensitive), most hits first."""
    words = query.casefold().split()
    if not words:
        return list(pages())
    hits = []
    for number, candidate in enumerate(pages()):
        plain = _plain(candidate.text)
        if all(word in plain for word in words):
            hits.append((-sum(plain.count(word) for word in words), number, candidate))
    return [candidate for *_, candidate in sorted(hits, key=lambda hit: hit[:2])]


def _page_at(url: QUrl) -> str | None:
    source = Path(url.toLocalFile()) if url.isLocalFile() else None
    return next((p.id for p in pages() if source is not None and p.path == source), None)


def topic_for(widget: QWidget | None) -> str:
    """The page about ``widget``: the first of it and its parents whose module has one."""
    while widget is not None:
        module = type(widget).__module__
        for prefix, topic in TOPICS:
            if module.startswith(prefix):
                return topic
        name = widget.objectName().removesuffix("_page")
        if name in TAB_TOPICS:
            return TAB_TOPICS[name]
        widget = widget.parentWidget()
    return START_PAGE


class HandbookWindow(QWidget):
    """Table of contents and search on the left, the page on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("handbook")
        self.setWindowTitle(self.tr("Handbook"))
        self.resize(1200, 800)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("handbook_search")
        self.search_edit.setPlaceholderText(self.tr("Search the handbook"))
        self.search_edit.setClearButtonEnabled(True)
        fit_search(self.search_edit)
        self.search_edit.textChanged.connect(self._filter)
        self.search_edit.returnPressed.connect(self.find_next)
        self.contents = QListWidget()
        self.contents.setObjectName("handbook_contents")
        self.contents.currentItemChanged.connect(self._item_chosen)
        self.hits_label = QLabel()
        self.hits_label.setObjectName("handbook_hits")
        self.browser = QTextBrowser()
        self.browser.setObjectName("handbook_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(handbook_dir())])
        self.browser.sourceChanged.connect(self._source_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.hits_label)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 970])  # the screenshots are 880 px wide
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self._filter("")

    # --- pages --------------------------------------------------------------------------------
    def current_page(self) -> str | None:
        return _page_at(self.browser.source())

    def show_page(self, page_id: str) -> bool:
        target = page(page_id) or page(START_PAGE)
        if target is None:
            return False
        if self.browser.source().toLocalFile() != str(target.path):
            self.browser.setSource(QUrl.fromLocalFile(str(target.path)))
        self._highlight()
        return target.id == page_id

    def _source_changed(self, url: QUrl) -> None:
        current = _page_at(url)  # (source() may still be the previous page here)
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == current:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
        QTimer.singleShot(0, self, self._highlight)  # once the new page is laid out

    def _item_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    # --- search -------------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        found = search(text)
        current = self.current_page()
        self.contents.blockSignals(True)
        self.contents.clear()
        for hit in found:
            item = QListWidgetItem(hit.title)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.contents.addItem(item)
            if hit.id == current:
                self.contents.setCurrentItem(item)
        self.contents.blockSignals(False)
        if text.strip():
            # Two strings, not Qt's %n numerus forms: tools/translations.py keeps one text per
            # message. Swedish, like English, has one singular (1) and one plural.
            if len(found) == 1:
                self.hits_label.setText(self.tr("1 page"))
            else:
                self.hits_label.setText(self.tr("{count} pages").format(count=len(found)))
            if found and current not in {hit.id for hit in found}:
                self.contents.setCurrentRow(0)
                self.show_page(found[0].id)
        else:
            self.hits_label.setText(self.tr("Contents"))
        self._highlight()

    def _words(self) -> list[str]:
        return self.search_edit.text().split()

    def _highlight(self) -> None:
        """Every occurrence of the searched words on the page, in yellow."""
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(theme.colour("find_bg"))
        document = self.browser.document()
        for word in self._words():
            cursor = document.find(word)
            while not cursor.isNull():
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = document.find(word, cursor)
        self.browser.setExtraSelections(selections)

    def find_next(self) -> None:
        words = self._words()
        if not words:
            return
        if not self.browser.find(words[0]):
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(words[0], QTextDocument.FindFlag(0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Find):
            self.search_edit.setFocus()
            self.search_edit.selectAll()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


_windows: dict[int, HandbookWindow] = {}


def open_handbook(context: QWidget | None, page_id: str | None = None) -> HandbookWindow:
    """Show the handbook at ``page_id`` (default: the page about ``context``).

    Over a modal dialog the handbook belongs to that dialog (a window beside it could not be
    used while the dialog is open); otherwise one handbook window belongs to the main window.
    """
    topic = page_id or topic_for(context)
    modal = QApplication.activeModalWidget()
    owner = modal if modal is not None else (context.window() if context is not None else None)
    key = id(owner)
    window = _windows.get(key)
    if window is None:
        window = HandbookWindow(owner)
        _windows[key] = window
        window.destroyed.connect(lambda *_args, k=key: _windows.pop(k, None))
    window.show_page(topic)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
