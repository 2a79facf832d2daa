"""The plan as a tree: development areas at the top level, their actions beneath them.

Rows are identified by ``internalId``: 0 for an area, ``area_row + 1`` for an action of that
area, so no Python object has to outlive its index. The follow-up page uses the same tree with
other columns (status in the plan, status now, assessment and comment).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from samordnare_desktop.domain.action_plan import ActionStatus
from samordnare_desktop.services.action_plans import (
    ActionRow,
    AreaRow,
    FollowUpDetails,
    PlanDetails,
    from_fields,
)
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.table_model import ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
LATE = QColor("#b00020")  # the overdue red on a light palette (theme.colour("error"))
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 10
REMOVED = QColor("#5f5f5f")  # theme.colour("muted") on a light palette
REMOVED_ROLE = Qt.ItemDataRole.UserRole + 11  # deleted after the agreed version (follow-up)


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self._areas: list[AreaRow] = []
        self.follow_up: FollowUpDetails | None = None
        self.removed: set[uuid.UUID] = set()

    # --- data ---------------------------------------------------------------------------------
    def set_plan(self, plan: PlanDetails | None, follow_up: FollowUpDetails | None = None) -> bool:
        """Show ``plan``; whether its rows were reset (not the same areas and actions)."""
        areas = list(plan.areas) if plan else []
        self.removed: set[uuid.UUID] = set()
        if follow_up is not None:
            areas = self._with_removed(areas, follow_up)
        same_shape = [(a.id, [x.id for x in a.actions]) for a in areas] == [
            (a.id, [x.id for x in a.actions]) for a in self._areas
        ]
        self.follow_up = follow_up
        if same_shape and self._areas:
            self._areas = areas
            last = self.columnCount() - 1
            for row, area in enumerate(areas):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                parent = self.index(row, 0)
                if area.actions:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(len(area.actions) - 1, last, parent)
                    )
            return False
        self.beginResetModel()
        self._areas = areas
        self.endResetModel()
        return True

    def _with_removed(self, areas: list[AreaRow], follow_up: FollowUpDetails) -> list[AreaRow]:
        """The plan plus what the baseline had and the plan no longer has (as the follow-up
        report shows them): such actions at the end of their area, such areas at the end."""
        live = {a.id for area in areas for a in area.actions}
        by_id = {area.id: area for area in areas}
        extra: list[AreaRow] = []
        for then in follow_up.baseline.areas:
            gone = [
                from_fields(ActionRow, a, version=0, area_id=then.id, position=-1)
                for a in then.actions
                if a.id not in live
            ]
            self.removed.update(a.id for a in gone)
            area = by_id.get(then.id)
            if area is not None:
                if gone:
                    by_id[then.id] = replace(area, actions=area.actions + tuple(gone))
                continue
            self.removed.add(then.id)
            extra.append(
                from_fields(
                    AreaRow,
                    then,
                    version=0,
                    plan_id=follow_up.plan_id,
                    position=-1,
                    actions=tuple(gone),
                )
            )
        return [by_id[area.id] for area in areas] + extra

    def is_removed(self, item: AreaRow | ActionRow | None) -> bool:
        """Deleted from the plan after the agreed version (shown at the follow-up, read-only)."""
        return item is not None and item.id in self.removed

    def item(self, index: Index) -> AreaRow | ActionRow | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._areas[index.row()]
        return self._areas[index.internalId() - 1].actions[index.row()]

    def find(self, item_id: uuid.UUID | None) -> QModelIndex:
        for row, area in enumerate(self._areas):
            if area.id == item_id:
                return self.index(row, 0)
            for number, action in enumerate(area.actions):
                if action.id == item_id:
                    return self.index(number, 0, self.index(row, 0))
        return QModelIndex()

    # --- Qt API -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._areas) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        area = self._areas[parent.row()]
        if row >= len(area.actions):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._areas)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._areas[parent.row()].actions)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.follow_up is not None:
            titles = (
                QCoreApplication.translate("PlanTreeModel", "Area / action"),
                QCoreApplication.translate("PlanTreeModel", "Status in the plan"),
                QCoreApplication.translate("PlanTreeModel", "Status now"),
                QCoreApplication.translate("PlanTreeModel", "Assessment / comment"),
            )
        else:
            titles = (
                QCoreApplication.translate("PlanTreeModel", "Area / action"),
                QCoreApplication.translate("PlanTreeModel", "Owner"),
                QCoreApplication.translate("PlanTreeModel", "Due"),
                QCoreApplication.translate("PlanTreeModel", "Status"),
            )
        return titles[section]

    @staticmethod
    def third_column_texts() -> list[str]:
        """Every text the third column can show: a due date (a plan), the status now, "–" or
        "Removed" (a follow-up): it is sized to them, not to every row's cell."""
        return [
            "2026-12-31",
            "–",
            *(status.label() for status in ActionStatus),
            QCoreApplication.translate("PlanTreeModel", "Removed"),
        ]

    def _late(self, item: AreaRow | ActionRow) -> bool:
        if isinstance(item, ActionRow):
            if self.follow_up is not None:
                return False
            return item.overdue(self.today())
        return False

    def _area_counts(self, area: AreaRow, today: date) -> str:
        late = sum(1 for a in area.actions if a.overdue(today))
        if len(area.actions) == 1:
            text = QCoreApplication.translate("PlanTreeModel", "1 action")
        else:
            text = QCoreApplication.translate("PlanTreeModel", "{count} actions").format(
                count=len(area.actions)
            )
        if late == 1:
            text += " · " + QCoreApplication.translate("PlanTreeModel", "1 overdue")
        elif late:
            text += " · " + QCoreApplication.translate("PlanTreeModel", "{late} overdue").format(
                late=late
            )
        return text

    def _text(self, item: AreaRow | ActionRow, column: int) -> str:
        if item.id in self.removed:
            if column == 0:
                return (
                    self._plain_text(item, column)
                    + " "
                    + QCoreApplication.translate(
                        "PlanTreeModel", "(removed after the agreed version)"
                    )
                )
            if column == 2 and isinstance(item, ActionRow):  # said where it shows in a glance
                return QCoreApplication.translate("PlanTreeModel", "Removed")
        return self._plain_text(item, column)

    def _plain_text(self, item: AreaRow | ActionRow, column: int) -> str:
        today = self.today()
        f = self.follow_up
        if isinstance(item, AreaRow):
            if column == 0 and f is None:  # the row spans the tree: the counts go with the name
                return f"{item.name}  ({self._area_counts(item, today)})"
            if column == 0:
                return item.name
            if f is not None:
                if column == 3:
                    assessment = f.area_assessment.get(item.id)
                    text = (
                        assessment.label()
                        if assessment
                        else QCoreApplication.translate("PlanTreeModel", "not assessed")
                    )
                    note = f.area_note.get(item.id, "")
                    return f"{text} – {_first_line(note)}" if note else text
                return ""
            return ""
        if column == 0:
            return _first_line(item.what)
        if f is not None:
            if column == 1:
                then = f.baseline.action(item.id)
                return (
                    then.status.label()
                    if then
                    else QCoreApplication.translate("PlanTreeModel", "added later")
                )
            if column == 2:
                now = f.action_status.get(item.id)
                return now.label() if now else "–"
            return _first_line(f.action_comment.get(item.id, ""))
        if column == 1:
            return item.owner
        if column == 2:
            return item.due_date.isoformat() if item.due_date else ""
        text = item.status.label()
        if item.overdue(today):
            text += " · " + QCoreApplication.translate("PlanTreeModel", "overdue")
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # the view asks ten roles a cell; most are none of ours
            return None
        item = self.item(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0 and item.id in self.removed:
                return self._text(item, 0)
            if index.column() == 0:
                return item.name if isinstance(item, AreaRow) else item.what
            return self._text(item, index.column())
        removed = item.id in self.removed
        if role == Qt.ItemDataRole.ForegroundRole and removed:
            return QBrush(theme.colour("muted"))
        if role == Qt.ItemDataRole.ForegroundRole and self._late(item):
            return QBrush(theme.colour("error"))
        if role == Qt.ItemDataRole.FontRole:
            if isinstance(item, AreaRow) or self._late(item) or removed:
                font = QFont()
                font.setBold(isinstance(item, AreaRow) or self._late(item))
                font.setItalic(removed)
                font.setStrikeOut(removed and isinstance(item, ActionRow))
                return font
            return None
        if role == REMOVED_ROLE:
            return removed
        if role == OVERDUE_ROLE:
            return self._late(item)
        if role == ROW_ROLE:
            return item
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS


# made once: Python's enum ``|`` took ~2 µs a call, and the view asks every cell's flags as it
# lays out and paints it (some 300 calls a paint of the plan tree, as many for its first fill)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        REMOVED_ROLE,
        OVERDUE_ROLE,
        ROW_ROLE,
    }
)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 160 else line[:157] + "…"
