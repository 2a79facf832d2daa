"""Tables of the Handlingsplaner tab: municipalities with their plans, the overview of every
action, the change history and the saved versions."""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from samordnare_desktop.domain.action_plan import ActionStatus, Assessment, PlanStatus
from samordnare_desktop.domain.validation import match_key
from samordnare_desktop.services.action_plans import (
    ChangeRow,
    OverviewRow,
    PlanSummary,
    VersionRow,
)
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.table_model import Column, Index, RowFilterProxy, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _no_plan() -> str:
    return QCoreApplication.translate("ActionPlanTables", "no plan")


class PlanListModel(RowTableModel[PlanSummary]):
    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        self.today = today
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Municipality"),
                    lambda r: r.name,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Plan"),
                    lambda r: r.status.label() if r.status else _no_plan(),
                    sort=lambda r: -1 if r.status is None else list(PlanStatus).index(r.status),
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Overdue"),
                    lambda r: r.overdue_count(self.today()) or "",
                    sort=lambda r: r.overdue_count(self.today()),
                    align=RIGHT,
                ),
            ],
            parent,
        )

    @staticmethod
    def status_texts() -> list[str]:
        """Every text the "Plan" column can show (it is sized to them, not to its 290 cells)."""
        return [*(status.label() for status in PlanStatus), _no_plan()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            if index.column() == 2 and row.overdue_count(self.today()):
                return QBrush(theme.colour("error"))
            if row.plan_id is None:
                return QBrush(theme.colour("muted"))
        return super().data(index, role)


class PlanListProxy(RowFilterProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search = ""

    def set_search(self, text: str) -> None:
        def change() -> None:
            self._search = match_key(text)

        self.change_filter(change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row: PlanSummary = self.sourceModel().row_at(source_row)
        return not self._search or self._search in match_key(f"{row.code} {row.name}")


class OverviewModel(RowTableModel[OverviewRow]):
    prepared_sort_keys = True  # 20,000 actions at 10x: a header click sorts prepared keys

    def sort_epoch(self) -> Any:
        return self.today()  # the status column sorts overdue actions first

    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        self.today = today
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Municipality"),
                    lambda r: r.municipality_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Development area"),
                    lambda r: r.area_name,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Action"),
                    lambda r: r.what.split("\n", 1)[0][:200],
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Owner"),
                    lambda r: r.owner,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Due"),
                    lambda r: r.due_date.isoformat() if r.due_date else "",
                    sort=lambda r: r.due_date or date.max,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Status"),
                    lambda r: (
                        r.status.label()
                        + (
                            " · " + QCoreApplication.translate("ActionPlanTables", "overdue")
                            if r.overdue(self.today())
                            else ""
                        )
                    ),
                    sort=lambda r: _status_key(r, self.today()),
                ),
            ],
            parent,
        )

    def _column_keys(self, column: int, rows: list[OverviewRow]) -> list[Any]:
        if column == STATUS_COLUMN:  # today asked once, not once per row
            today = self.today()
            return [_status_key(row, today) for row in rows]
        return super()._column_keys(column, rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and self.row_at(index.row()).overdue(self.today())
        ):
            return QBrush(theme.colour("error"))
        return super().data(index, role)


OVERDUE = "overdue"
STATUS_COLUMN = 5  # the overview's status column
_ACTION_RANK = {status: rank for rank, status in enumerate(ActionStatus)}  # the enum's order


def _status_key(row: OverviewRow, today: date) -> tuple[bool, int]:
    """The status column's order: overdue actions first, then by status."""
    return (not row.overdue(today), _ACTION_RANK[row.status])


class OverviewProxy(RowFilterProxy):
    """Search on area and action text; status filter (a status, or every overdue action)."""

    def __init__(self, today: Callable[[], date], parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today
        self._search = ""
        self._status: str = ""
        self._applied: tuple = ("", "", None)  # (search, status, day) the rows were filtered by
        self._narrowed = False  # the last change only narrowed the search (see verdicts)

    def set_filters(self, *, search: str, status: str) -> None:
        """Filter again only when the filter changed (an overdue filter: or the day did)."""
        wanted = (match_key(search), status, self.today() if status == OVERDUE else None)
        if wanted == self._applied:
            return

        before = self._applied
        words_before = before[0].split()
        words_now = wanted[0].split()
        self._narrowed = wanted[1:] == before[1:] and all(
            any(old in new for new in words_now) for old in words_before
        )

        def change() -> None:
            self._search, self._status = wanted[0], status
            self._applied = wanted

        self.change_filter(change)

    def verdicts(
        self, rows: list[Any], previous: tuple[list[Any], list[bool]] | None
    ) -> list[bool]:
        """Every row judged in list comprehensions on prepared texts (no call per row): the
        status, then each word of the search in the row's folded text (:meth:`accepts`' rule).
        A search that only narrowed (every word before is inside a word now, as when a word is
        typed on; the same status filter) starts from the rows that passed."""
        ok: list[bool] | None = None
        if previous is not None and self._narrowed:
            ok = previous[1]
        elif self._status == OVERDUE:
            today = self.today()
            ok = [row.overdue(today) for row in rows]
        elif self._status:
            status = self._status
            ok = [row.status.value == status for row in rows]
        words = self._search.split()
        if words:
            texts = self._haystacks(rows)
            for word in words:
                if ok is None:
                    ok = [word in text for text in texts]
                else:
                    ok = [passed and word in text for passed, text in zip(ok, texts, strict=True)]
        return [True] * len(rows) if ok is None else ok

    _texts: tuple[list[Any], list[str]] | None = None  # rows, each one's folded text

    def _haystacks(self, rows: list[Any]) -> list[str]:
        """Each row's folded search text, made once per row (kept while the row is)."""
        kept = self._texts
        if kept is not None and len(kept[0]) == len(rows) and all(map(operator.is_, rows, kept[0])):
            return kept[1]
        # the kept rows are alive (held here), so a row with one of their ids is that very row
        known = {} if kept is None else dict(zip(map(id, kept[0]), kept[1], strict=True))
        texts = list(map(known.get, map(id, rows)))
        missing = [n for n, text in enumerate(texts) if text is None]
        for n, text in zip(missing, _overview_haystacks([rows[n] for n in missing]), strict=True):
            texts[n] = text
        self._texts = (rows, texts)
        return texts

    def accepts(self, row: OverviewRow) -> bool:
        if self._status == OVERDUE and not row.overdue(self.today()):
            return False
        if self._status and self._status != OVERDUE and row.status.value != self._status:
            return False
        if self._search:
            haystack = self.prepared(row, _overview_haystack)
            return all(word in haystack for word in self._search.split())
        return True


def _overview_haystack(row: OverviewRow) -> str:
    return match_key(f"{row.area_name} {row.what} {row.municipality_name} {row.owner}")


def _overview_haystacks(rows: list[OverviewRow]) -> list[str]:
    """Each row's search text as :func:`_overview_haystack` folds it (NFC, casefolded), in one
    call over the rows joined by NUL. Runs of whitespace are left as they are: a search word
    has none, so it is inside a text exactly when it is inside the collapsed one."""
    texts = [f"{r.area_name} {r.what} {r.municipality_name} {r.owner}" for r in rows]
    folded = unicodedata.normalize("NFC", "\0".join(texts)).casefold().split("\0")
    if len(folded) != len(rows) or any("\0" in text for text in texts):
        return list(map(_overview_haystack, rows))
    return folded


def field_label(subject: str, field: str) -> str:
    """A history row's field: an event ("created", "saved as version"), else the field's label
    from its entity's map (services.field_labels), as it reads inside a sentence."""
    from samordnare_desktop.services import field_labels as fl

    events = {
        "created": QCoreApplication.translate("ActionPlanTables", "created"),
        "deleted": QCoreApplication.translate("ActionPlanTables", "deleted"),
        "restored": QCoreApplication.translate("ActionPlanTables", "restored"),
        "position": QCoreApplication.translate("ActionPlanTables", "order"),
        "revision": QCoreApplication.translate("ActionPlanTables", "saved as version"),
    }
    if field in events:
        return events[field]
    maps = {
        "plan": fl.plan_labels,
        "area": fl.area_labels,
        "action": fl.action_labels,
        "follow_up": fl.follow_up_labels,
    }
    # the subject's own map first; a follow-up's record of an action is logged on the action
    for labels in (maps.get(subject), fl.follow_up_labels, fl.action_labels, fl.plan_labels):
        label = labels().get(field) if labels else None
        if label:
            return fl.in_sentence(label)
    return field


def subject_label(subject: str) -> str:
    return {
        "plan": QCoreApplication.translate("ActionPlanTables", "Plan"),
        "area": QCoreApplication.translate("ActionPlanTables", "Area"),
        "action": QCoreApplication.translate("ActionPlanTables", "Action"),
        "follow_up": QCoreApplication.translate("ActionPlanTables", "Follow-up"),
    }.get(subject, subject)


def value_label(field: str, value: str) -> str:
    """Enum values in the history as the user reads them."""
    for kind in (ActionStatus, PlanStatus, Assessment):
        if value in {m.value for m in kind}:
            return kind(value).label()
    return value


class HistoryModel(RowTableModel[ChangeRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "When"),
                    lambda r: local_time(r.at),
                    sort=lambda r: r.at,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Who"), lambda r: r.who
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "What"),
                    lambda r: (
                        f"{subject_label(r.subject)}: {r.subject_label[:80]}"
                        if r.subject_label
                        else subject_label(r.subject)
                    ),
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Field"),
                    lambda r: field_label(r.subject, r.field),
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Before"),
                    lambda r: _short(value_label(r.field, r.old_value)),
                    tooltip=lambda r: r.old_value[:2000],
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "After"),
                    lambda r: _short(value_label(r.field, r.new_value)),
                    tooltip=lambda r: r.new_value[:2000],
                ),
            ],
            parent,
        )


def local_time(moment: datetime) -> str:
    """A stored UTC timestamp in the user's local time."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 120 else line[:117] + "…"


class VersionModel(RowTableModel[VersionRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Version"),
                    lambda r: r.number,
                    align=RIGHT,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Status"),
                    lambda r: r.status.label(),
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Saved"),
                    lambda r: local_time(r.saved_at),
                    sort=lambda r: r.saved_at,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "By"),
                    lambda r: r.saved_by,
                ),
                Column(
                    lambda: QCoreApplication.translate("ActionPlanTables", "Note"), lambda r: r.note
                ),
            ],
            parent,
        )
