"""The form of one finding: its text and tags (kind, level, themes, focus groups, organisations).
New themes of the user's own are added here. Used for a new finding in the Fynd tab and to tag
a finding written on the day."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.finding import FindingInput, FindingKind, FindingLevel
from samordnare_desktop.services.findings import FindingRow
from samordnare_desktop.ui.context import FINDING, Change, UiContext
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import attempt, guarded, show_error
from samordnare_desktop.ui.findings.check_list import CheckList, ids
from samordnare_desktop.ui.undo import ServiceCommand
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.value_combo import ValueCombo


class FindingDialog(QDialog):
    """Edits ``row`` (or a new finding made at ``visit_id``); ``saved`` holds the saved row."""

    def __init__(
        self,
        ctx: UiContext,
        row: FindingRow | None = None,
        parent: QWidget | None = None,
        *,
        visit_id=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("finding_dialog")
        self.ctx = ctx
        self.service = ctx.services.findings
        self.row = row
        self.visit_id = row.visit_id if row else visit_id
        self.saved: FindingRow | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Finding") if row else self.tr("New finding"))

        self._build_fields(row)
        form = self._build_form()
        tags = self._build_tags()
        self._build_layout(form, tags)
        # the text typed survives a crash (ui.drafts); a new finding's draft is per meeting
        record = row.id if row else f"new-{self.visit_id or 'programme'}"
        self.drafts = DraftKeeper(self, ctx.services.db.path, "finding", record, fields=[self.text])
        self._offered = False

    def _build_fields(self, row):
        self.text = QPlainTextEdit()
        self.text.setObjectName("finding_text")
        self.text.setAccessibleName(self.tr("Finding"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.kind = ValueCombo()
        self.kind.setObjectName("finding_kind")
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.add(self.tr("Not tagged yet"), None)
        for kind in FindingKind:
            self.kind.add(kind.label(), kind)
        self.level = ValueCombo()
        self.level.setObjectName("finding_level")
        self.level.setAccessibleName(self.tr("Level"))
        self.level.add(self.tr("Not tagged yet"), None)
        for level in FindingLevel:
            self.level.add(level.label(), level)
        self.meeting = ValueCombo()
        self.meeting.setObjectName("finding_meeting")
        self.meeting.setAccessibleName(self.tr("Meeting"))

        self.themes = CheckList("finding_themes", self.tr("Themes"), self.tr("Filter themes…"))
        self.new_theme = QPushButton(self.tr("New theme…"))
        self.new_theme.setObjectName("new_theme")
        self.groups = CheckList(
            "finding_focus_groups", self.tr("Focus groups"), self.tr("Filter focus groups…")
        )
        self.organisations = CheckList(
            "finding_organisations",
            self.tr("Organisations it concerns"),
            self.tr("Filter organisations…"),
        )
        self._fill(row)

    def _build_form(self):
        form = QFormLayout()
        self.errors.add_row(form, self.tr("Finding"), self.text, "text")
        self.errors.add_row(form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Level"), self.level, "level")
        self.errors.add_row(form, self.tr("Meeting"), self.meeting, "visit_id")
        return form

    def _build_tags(self):
        tags = QGridLayout()
        theme_box = QGroupBox(self.tr("Themes"))
        theme_layout = QVBoxLayout(theme_box)
        theme_layout.addWidget(self.themes)
        theme_buttons = QHBoxLayout()
        theme_buttons.addStretch(1)
        theme_buttons.addWidget(self.new_theme)
        theme_layout.addLayout(theme_buttons)
        group_box = QGroupBox(self.tr("Focus groups"))
        QVBoxLayout(group_box).addWidget(self.groups)
        org_box = QGroupBox(self.tr("Organisations it concerns"))
        QVBoxLayout(org_box).addWidget(self.organisations)
        tags.addWidget(theme_box, 0, 0, 2, 1)
        tags.addWidget(group_box, 0, 1)
        tags.addWidget(org_box, 1, 1)
        return tags

    def _build_layout(self, form, tags):
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("finding_buttons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.new_theme.clicked.connect(lambda: self.add_theme())
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(tags, 1)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.text.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            self.drafts.offer(self)

    def reject(self) -> None:
        self.drafts.clear()
        super().reject()

    def _fill_meetings(self) -> None:
        """No meeting, then every live meeting, the newest first (the finding's own chosen)."""
        self.meeting.add(self.tr("None"), None)
        for choice in reversed(self.ctx.services.visits.choices()):
            where = choice.municipality_name or choice.display_title
            label = f"{where}, {choice.day.isoformat()} – {choice.kind.label()}"
            if choice.municipality_name and choice.title:
                label += f": {choice.title}"
            self.meeting.add(label, choice.id)
        self.meeting.set_value(self.visit_id)

    def _fill(self, row: FindingRow | None) -> None:
        self._fill_meetings()
        if row is not None:
            self.text.setPlainText(row.text)
            self.kind.set_value(row.kind)
            self.level.set_value(row.level)
        themes = self.service.themes(include_retired=True)
        chosen = set(row.themes) if row else set()
        self.themes.fill(
            [(o.key, o.label) for o in themes if not o.retired or o.key in chosen], chosen
        )
        groups = self.ctx.services.care_places.focus_groups()
        self.groups.fill([(g.id, g.label) for g in groups], row.focus_group_ids if row else ())
        organisations = self.ctx.services.organisations.list()
        self.organisations.fill(
            [(o.id, o.name) for o in organisations], row.organisation_ids if row else ()
        )

    def add_theme(self, name: str | None = None) -> bool:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New theme"), self.tr("Theme"))
            if not ok:
                return False
        option = guarded(self, lambda: self.service.add_theme(name))
        if option is None:
            return False
        self.themes.add(option.key, option.label, ticked=True)
        return True

    def value(self) -> FindingInput:
        meeting = self.meeting.value()
        return FindingInput(
            text=self.text.toPlainText(),
            kind=self.kind.value(),
            level=self.level.value(),
            visit_id=meeting,
            # its agenda item in the minutes stays while it stays at that meeting
            agenda_item_id=(
                self.row.agenda_item_id
                if self.row is not None and meeting == self.row.visit_id
                else None
            ),
            themes=self.themes.ticked(),
            focus_group_ids=ids(self.groups.ticked()),
            organisation_ids=ids(self.organisations.ticked()),
        )

    def save(self) -> None:
        data = self.value()

        def store() -> None:
            if self.row is None:
                self.saved = self.service.add(data)
            else:
                self.saved = self.service.update(
                    self.row.id, data, expected_version=self.row.version
                )

        if attempt(self, self.errors, store):
            if self.row is not None:
                self._record_edit(self.row)
            self.drafts.clear()
            self.accept()

    def _record_edit(self, before: FindingRow) -> None:
        """The edit goes on the shared undo stack: Ctrl+Z puts the text and tags back."""
        service, bus, parent = self.service, self.ctx.bus, self.parentWidget()
        after = self.value()

        def changed() -> None:
            bus.notify(Change.of(FINDING, ids=[before.id]))

        self.ctx.undo_stack.push(
            ServiceCommand(
                self.tr("Edit finding"),
                lambda: service.update(before.id, after),
                lambda: service.update(before.id, before.as_input()),
                changed,
                lambda exc: show_error(parent, exc),
            )
        )  # done already (the save): the stack's first redo only refreshes
