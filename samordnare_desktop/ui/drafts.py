"""Unsaved text survives a crash: an open form's fields are kept as a draft, offered back later.

Usage in a form (see CONTRIBUTING.md, UI)::

    self.drafts = DraftKeeper(self, db_path, "contact", contact_id)
    ... on a successful save or on cancel:  self.drafts.clear()
    ... when the form has been filled from the stored record:  self.drafts.offer(self)

The keeper watches the form's named QLineEdit, QPlainTextEdit, QTextEdit, QComboBox and
QDateEdit widgets (by ``objectName``). About two seconds after the last edit it keeps the values
as the record's draft beside the database (where and how: :mod:`samordnare_desktop.services.drafts`,
the one place that knows; sealed when the database is encrypted). A draft equal to the record as
loaded is removed instead. After a crash the draft is still there; when the same
record is opened again and the draft differs from it, the user is asked whether to restore it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from samordnare_desktop.services import drafts
from samordnare_desktop.services.drafts import Draft
from samordnare_desktop.ui import messages

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 2000
FIELD_TYPES = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit)


def _read(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return str(data) if data is not None else widget.currentText()
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    raise TypeError(type(widget).__name__)


def _write(widget: QWidget, value: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0:
            index = widget.findText(value)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable():
            widget.setEditText(value)
    elif isinstance(widget, QDateEdit):
        day = QDate.fromString(value, "yyyy-MM-dd")
        if day.isValid():
            widget.setDate(day)


def _signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textEdited  # typing, not programmatic setText
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    return widget.dateChanged  # QDateEdit


class DraftKeeper(QObject):
    """Keeps the named fields of ``form`` as a draft of the record ``kind`` + ``record_id``."""

    def __init__(
        self,
        form: QWidget,
        db_path: Path,
        kind: str,
        record_id: object = "new",
        *,
        fields: list[QWidget] | None = None,
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.db_path = Path(db_path)
        self.kind = kind
        widgets = fields if fields is not None else form.findChildren(QWidget)
        self.fields = {
            w.objectName(): w for w in widgets if isinstance(w, FIELD_TYPES) and w.objectName()
        }
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        for widget in self.fields.values():
            _signal(widget).connect(self._edited)
        self._extra: dict[str, tuple[Callable[[], str], Callable[[str], None]]] = {}
        self.record_id = str(record_id)
        self._baseline = self.values()

    def add_field(
        self, name: str, read: Callable[[], str], write: Callable[[str], None], changed
    ) -> None:
        """Keep a value that is no plain field (e.g. a table, as text): ``read`` gives it,
        ``write`` restores it, the signal ``changed`` says it was edited."""
        self._extra[name] = (read, write)
        changed.connect(self._edited)
        self._baseline = self.values()

    # --- what is kept -------------------------------------------------------------------------
    @property
    def key(self) -> str:
        return f"{self.kind}-{self.record_id}"

    @property
    def path(self) -> Path:
        """Where the draft is kept (the service decides: ``services.drafts``)."""
        return drafts.draft_path(self.db_path, self.key)

    @property
    def folder(self) -> Path:
        return drafts.drafts_folder(self.db_path)

    def values(self) -> dict[str, str]:
        values = {name: _read(widget) for name, widget in self.fields.items()}
        values.update({name: read() for name, (read, _write) in self._extra.items()})
        return values

    def set_record(self, record_id: object) -> None:
        """The form now shows another record (already filled in): its values are the baseline."""
        if self._timer.isActive():
            self._timer.stop()
            self.save_now()  # the previous record's pending edit is not dropped
        self.record_id = str(record_id)
        self._baseline = self.values()

    def move_to(self, record_id: object, baseline: dict[str, str]) -> None:
        """The typed values now belong to another record (whose stored values are ``baseline``):
        the draft moves with them, none is left behind under the old record."""
        self.clear()
        self.record_id = str(record_id)
        self._baseline = dict(baseline)
        self.save_now()

    def mark_saved(self) -> None:
        """The current values are now stored: forget the draft, they are the new baseline."""
        self._baseline = self.values()
        self.clear()

    # --- writing ------------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        self._timer.start()  # restarts: written ~2 s after the last edit

    def save_now(self) -> None:
        """Write the draft (or remove it when it equals the record). Never raises: best effort."""
        self._timer.stop()
        values = self.values()
        try:
            if values == self._baseline:
                drafts.remove_draft(self.db_path, self.key)
                return
            drafts.write_draft(self.db_path, self.key, values)
        except Exception:  # a full disk must not interrupt typing; the save itself will say so
            log.warning("could not write draft %s", self.kind, exc_info=True)

    def clear(self) -> None:
        """Saved or cancelled: the draft is no longer needed."""
        self._timer.stop()
        try:
            drafts.remove_draft(self.db_path, self.key)
        except OSError:
            log.warning("could not remove draft %s", self.kind, exc_info=True)

    # --- reading ------------------------------------------------------------------------------
    def load(self) -> Draft | None:
        return drafts.read_draft(self.db_path, self.key)

    def offer(self, parent: QWidget | None = None) -> bool:
        """If a draft differs from what the form shows, ask to restore it. True if restored."""
        draft = self.load()
        if draft is None or not messages.can_ask():
            return False  # headless: keep the draft for when someone is there to answer
        current = self.values()
        wanted = {k: v for k, v in draft.values.items() if k in self.fields or k in self._extra}
        if all(current.get(k) == v for k, v in wanted.items()):
            self.clear()
            return False
        when = QLocale().toString(draft.saved_at, QLocale.FormatType.ShortFormat)
        if not messages.confirm(
            parent or self.form,
            QCoreApplication.translate("drafts", "Unsaved text"),
            QCoreApplication.translate("drafts", "Restore unsaved text from {time}?").format(
                time=when
            ),
            destructive=False,
        ):
            self.clear()
            return False
        for name, value in wanted.items():
            if name in self.fields:
                _write(self.fields[name], value)
            else:
                self._extra[name][1](value)
        return True
