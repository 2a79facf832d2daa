"""Choosing the good examples that go into a visit's briefing (issue #18 part 2): the good
examples from other municipalities on the visit's questions and focus groups, ticked or not;
saved per visit. With none ticked the briefing takes the most relevant ones automatically."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from samordnare_desktop.services.findings import FindingRow
from samordnare_desktop.ui.context import FINDING, Change, UiContext
from samordnare_desktop.ui.errors import guarded
from samordnare_desktop.ui.findings.check_list import CheckList, ids
from samordnare_desktop.ui.findings.table_model import first_line
from samordnare_desktop.ui.widgets.labels import plain_label


def example_label(row: FindingRow, shared: tuple[str, ...] = ()) -> str:
    """ "Motala, 2026-01-20: Barnsamtal hålls alltid … (Fråga 1: …)"."""
    where = row.visit_label or ", ".join(row.organisation_names) or row.day.isoformat()
    label = f"{where}: {first_line(row.text, 200)}"
    themes = shared or row.theme_labels
    if themes:
        label += f"  ({'; '.join(themes)})"
    return label


class BriefingExamplesDialog(QDialog):
    """Tick the good examples for ``visit_id``'s briefing; Save keeps the choice."""

    def __init__(self, ctx: UiContext, visit_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing_examples_dialog")
        self.setWindowTitle(self.tr("Good examples for the briefing"))
        self.ctx = ctx
        self.visit_id = visit_id
        self.service = ctx.services.briefing
        self.saved = False
        self.note = plain_label(
            self.tr(
                "Good examples from other municipalities on this visit's questions and focus "
                "groups. Tick those the briefing (besöksunderlag) should pass on. With none "
                "ticked, the briefing takes the {count} most relevant automatically."
            ).format(count=self._auto_count())
        )
        self.note.setWordWrap(True)
        self.checks = CheckList(
            "briefing_examples",
            self.tr("Good examples for the briefing"),
            self.tr("Filter the good examples…"),
        )
        self.empty = plain_label()
        self.empty.setObjectName("briefing_examples_empty")
        self.empty.setWordWrap(True)
        self.preview = QPushButton(self.tr("Preview the briefing…"))
        self.preview.setObjectName("preview_briefing")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(self.preview, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.preview.clicked.connect(self.preview_briefing)
        self.resize(760, 480)
        self._fill()

    @staticmethod
    def _auto_count() -> int:
        from samordnare_desktop.services.briefing import AUTO_EXAMPLES

        return AUTO_EXAMPLES

    def _fill(self) -> None:
        candidates = guarded(self, lambda: self.service.candidates(self.visit_id)) or []
        chosen = guarded(self, lambda: self.service.chosen_ids(self.visit_id)) or []
        options = [(e.row.id, example_label(e.row, e.shared)) for e in candidates]
        known = {e.row.id for e in candidates}
        missing = [f for f in chosen if f not in known]  # chosen, no longer on the themes
        if missing:
            rows = guarded(self, lambda: self.ctx.services.findings.rows(missing)) or []
            options += [(r.id, example_label(r)) for r in rows]
        self.checks.fill(options, chosen)
        self.empty.setText(
            ""
            if options
            else self.tr(
                "No good examples from other municipalities on this visit's questions or focus "
                "groups yet: tag findings elsewhere as good examples with these themes."
            )
        )

    def chosen(self) -> tuple[uuid.UUID, ...]:
        return ids(self.checks.ticked())

    def _store(self) -> bool:
        def store() -> bool:
            self.service.set_chosen(self.visit_id, self.chosen())
            return True

        if not guarded(self, store):
            return False
        self.saved = True
        self.ctx.bus.notify(Change.of(FINDING, ids=list(self.chosen()), source=self))
        return True

    def save(self) -> None:
        if self._store():
            self.accept()

    def preview_briefing(self) -> None:
        """Keep the choice, then open the briefing in the print preview."""
        from samordnare_desktop.ui.visits.day_documents import preview_briefing

        if self._store():
            self.last_preview = preview_briefing(self.ctx, self, self.visit_id)
