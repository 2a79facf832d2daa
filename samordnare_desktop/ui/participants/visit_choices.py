"""The Deltagare tab's visit chooser: its model, and what it and the tab keep of 5,000 visits,
prepared in one go (:func:`prepare`). In a big programme the worker of the tab's first read
prepares them (reading.py), so that the GUI thread only adopts lists and dictionaries: making
5,000 labels, id texts and three dictionaries on the GUI thread was some 15 ms at 10x."""

from __future__ import annotations

import bisect
import uuid
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from samordnare_desktop.domain.visit import VisitKind
from samordnare_desktop.services.visits import VisitChoice, VisitRow, choice_order


def label(visit: VisitRow | VisitChoice) -> str:
    return f"{visit.place_label} – {visit.display_title} {visit.day.isoformat()}"


def _labels(visits: list[VisitRow | VisitChoice]) -> list[str]:
    """:func:`label` of each visit, each kind's name translated once (not 5,000 times)."""
    kinds: dict[VisitKind, str] = {}
    made = []
    for v in visits:
        title = v.title
        if not title:
            title = kinds.get(v.kind)
            if title is None:
                title = kinds[v.kind] = v.kind.label()
        made.append(f"{v.place_label} – {title} {v.day.isoformat()}")
    return made


@dataclass(frozen=True)
class PreparedChoices:
    """Every visit as the chooser shows it (in choice_order) and as the tab looks it up."""

    labels: list[str]
    ids: list[uuid.UUID]  # the chooser's item data is their text (made when asked for)
    order: list[tuple]  # each row's choice_order: where a visit added later goes
    where: dict[uuid.UUID, int]  # id -> row
    labels_by_id: dict[uuid.UUID, str]
    municipality: dict[uuid.UUID, uuid.UUID | None]
    first: dict[uuid.UUID, bool]  # whether it is a first visit


def prepare(visits: list[VisitRow | VisitChoice]) -> PreparedChoices:
    """What the chooser and the tab keep of ``visits`` (pure Python: a worker may call it)."""
    labels = _labels(visits)
    ids = [v.id for v in visits]
    return PreparedChoices(
        labels,
        ids,
        [choice_order(v) for v in visits],
        {visit_id: n for n, visit_id in enumerate(ids)},
        dict(zip(ids, labels, strict=True)),
        {v.id: v.municipality_id for v in visits},
        {v.id: v.kind.value == "first" for v in visits},
    )


def choose_row(combo: QComboBox, row: int) -> None:
    """Show row ``row`` (-1: none) in the visit chooser ``combo``. Its line edit gets the label
    first: else QComboBox hands the label to its completer as the prefix, and the completer (it
    matches anywhere in a label) reads every label up to that row (2,500 calls into Python for
    a visit halfway through the programme at 10x)."""
    if row >= 0:
        text = combo.itemText(row)
        if combo.lineEdit().text() != text:
            combo.lineEdit().setText(text)
    combo.setCurrentIndex(row)


class TypedText:
    """What the user typed in the visit chooser ``combo`` (its text if not the label of the
    visit shown, ``shown``), kept while its items change (a change notice) and put back after:
    Qt puts the current item's label back in the line edit when that item changes or moves."""

    def __init__(self, combo: QComboBox, shown: str | None) -> None:
        edit = combo.lineEdit()
        self.text = edit.text()
        self.typed = bool(self.text) and self.text != shown
        self.cursor = edit.cursorPosition()

    def restore(self, combo: QComboBox) -> None:
        edit = combo.lineEdit()
        if self.typed and edit.text() != self.text:
            edit.setText(self.text)  # not textEdited: the completer is not asked again
            edit.setCursorPosition(self.cursor)


def keep_chosen(combo: QComboBox, row: int, typed: TypedText) -> None:
    """After the chooser's items changed: row ``row`` (the visit shown; -1: none) is the one
    chosen, its label in the line edit unless the user typed there (:class:`TypedText`)."""
    if combo.currentIndex() != row or (
        not typed.typed and row >= 0 and combo.lineEdit().text() != combo.itemText(row)
    ):
        choose_row(combo, row)
    typed.restore(combo)


class VisitChoices(QAbstractListModel):
    """The visit chooser's items: label and id per visit, set in one go (5,000 ``addItem``
    calls took a quarter of a second) and changed row by row when a change notice names them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: list[str] = []
        self._ids: list[uuid.UUID] = []
        self._order: list[tuple] = []  # each row's choice_order
        self._where: dict[uuid.UUID, int] = {}

    label = staticmethod(label)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return str(self._ids[index.row()])
        return None

    def labels(self) -> list[str]:
        return list(self._labels)

    def row_of(self, visit_id: uuid.UUID | None) -> int:
        return -1 if visit_id is None else self._where.get(visit_id, -1)

    def set_visits(self, visits: list[VisitRow | VisitChoice]) -> None:
        self.adopt(prepare(visits))

    def adopt(self, prepared: PreparedChoices) -> None:
        """The visits as :func:`prepare` made them (the lists are the model's from now on)."""
        self.beginResetModel()
        self._labels = prepared.labels
        self._ids = prepared.ids
        self._order = prepared.order
        self._where = prepared.where
        self.endResetModel()

    def update(self, fresh: list[VisitRow | VisitChoice], gone: set[uuid.UUID]) -> None:
        """Relabel, add (where a fresh read puts it: choice_order) or remove the visits a change
        named."""
        for visit_id in gone:
            row = self.row_of(visit_id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                for values in (self._labels, self._ids, self._order):
                    del values[row]
                self.endRemoveRows()
                self._where = {v: n for n, v in enumerate(self._ids)}
        for visit in fresh:
            row = self.row_of(visit.id)
            order = choice_order(visit)
            if row >= 0 and self._order[row] == order:
                self._labels[row] = self.label(visit)
                index = self.index(row)
                self.dataChanged.emit(index, index)
                continue
            if row >= 0:  # moved (another day, time or place): out, then in at its new place
                self.update([], {visit.id})
            row = bisect.bisect_right(self._order, order)
            self.beginInsertRows(QModelIndex(), row, row)
            self._labels.insert(row, self.label(visit))
            self._ids.insert(row, visit.id)
            self._order.insert(row, order)
            self.endInsertRows()
            self._where = {v: n for n, v in enumerate(self._ids)}
