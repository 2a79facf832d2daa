"""The "Follow-up" page of the Handlingsplaner tab: start the follow-up at a visit, record each
area's assessment and each action's status found, the overall summary, and its PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.domain.visit import VisitKind, VisitStatus
from samordnare_desktop.services.action_plans import (
    ActionRow,
    AreaRow,
    FollowUpDetails,
)
from samordnare_desktop.ui import messages, theme
from samordnare_desktop.ui.action_plans.forms import (
    FollowActionForm,
    FollowAreaForm,
    TreeEditor,
)
from samordnare_desktop.ui.action_plans.tree_model import PlanTreeModel
from samordnare_desktop.ui.drafts import DraftKeeper
from samordnare_desktop.ui.errors import guarded, show_error
from samordnare_desktop.ui.files import safe_file_name
from samordnare_desktop.ui.undo import ServiceCommand, push_done
from samordnare_desktop.ui.widgets.date_input import DateInput
from samordnare_desktop.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from samordnare_desktop.ui.action_plans.host import PlanHost
    from samordnare_desktop.ui.action_plans.reading import PlanRead


class FollowUpPage(QWidget):
    def __init__(self, tab: PlanHost) -> None:
        super().__init__()
        self.tab = tab
        self.ctx = tab.ctx
        self.service = tab.service
        self.follow_ups = tab.ctx.services.follow_ups
        self.follow: FollowUpDetails | None = None
        self.typed_over: FollowUpDetails | None = None
        self.summary_typed_over: str | None = None  # the follow-up the pane was loaded from
        self._build_start()
        summary_box = self._build_follow_box()
        self.follow_none = QLabel()
        self.follow_none.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.follow_none)
        layout.addWidget(self.follow_start)
        layout.addWidget(self.follow_box, 1)
        layout.addStretch(0)
        self._connect(summary_box)

    def _build_start(self) -> None:
        """The box that starts the follow-up (a follow-up visit, a date)."""
        self.follow_start = QGroupBox(self.tr("Start the follow-up"))
        start_layout = QHBoxLayout(self.follow_start)
        self.follow_visit = QComboBox()
        self.follow_visit.setObjectName("follow_visit")
        self.follow_visit.setAccessibleName(self.tr("Follow-up visit"))
        # the app's date input: a bad date is refused beside the field, the text kept
        self.follow_day = DateInput("follow_day", optional=True, field="held_on")
        self.follow_day.setAccessibleName(self.tr("Date of the follow-up"))
        self.start_follow_button = QPushButton(self.tr("Start follow-up"))
        self.start_follow_button.setObjectName("start_follow_up")
        self.start_follow_button.setToolTip(
            self.tr(
                "Keeps the plan as agreed for comparison and takes each action's status as now."
            )
        )
        self.follow_start_error = plain_label()
        self.follow_start_error.setObjectName("follow_start_error")
        theme.style_label(self.follow_start_error, "error")
        self.follow_day.refused.connect(self.follow_start_error.setText)
        self.follow_day.dayChanged.connect(lambda _day: self.follow_start_error.clear())
        self.follow_day.errorChanged.connect(  # also when no new day comes (the same typed back)
            lambda message: None if message else self.follow_start_error.clear()
        )
        visit_label = QLabel(self.tr("Follow-up visit"))
        visit_label.setBuddy(self.follow_visit)
        day_label = QLabel(self.tr("Date"))
        day_label.setBuddy(self.follow_day)
        start_layout.addWidget(visit_label)
        start_layout.addWidget(self.follow_visit, 2)
        start_layout.addWidget(day_label)
        start_layout.addWidget(self.follow_day, 1)
        start_layout.addWidget(self.start_follow_button)
        start_layout.addWidget(self.follow_start_error)

    def _build_follow_box(self) -> QGroupBox:
        """The follow-up under way: its tree and pane, and the overall summary (returned)."""
        self.follow_box = QWidget()
        self.follow_heading = QLabel()
        self.follow_heading.setObjectName("follow_heading")
        self.follow_heading.setTextFormat(Qt.TextFormat.PlainText)  # a user's name in it
        self.follow_heading.setWordWrap(True)
        self.export_follow_button = QPushButton(self.tr("Export follow-up PDF…"))
        self.export_follow_button.setObjectName("export_follow_up")
        self.delete_follow_button = QPushButton(self.tr("Delete follow-up"))
        self.delete_follow_button.setObjectName("delete_follow_up")
        self.delete_follow_button.setToolTip(
            self.tr("Delete this follow-up, e.g. one started by mistake (Ctrl+Z undoes)")
        )
        top = QHBoxLayout()
        top.addWidget(self.follow_heading, 1)
        top.addWidget(self.delete_follow_button)
        self.preview_follow_button = QPushButton(self.tr("Print preview…"))
        self.preview_follow_button.setObjectName("preview_follow_up")
        self.preview_follow_button.clicked.connect(self.preview_follow_up)
        top.addWidget(self.preview_follow_button)
        top.addWidget(self.export_follow_button)
        self.follow_model = PlanTreeModel(lambda: self.tab.today(), self)
        self.follow_area_form = FollowAreaForm()
        self.follow_action_form = FollowActionForm()
        self.follow_editor = TreeEditor(
            self.follow_model,
            self.follow_area_form,
            self.follow_action_form,
            self._save_follow_item,
            self._load_follow_item,
            "follow",
            db_path=self.ctx.services.db.path,
            draft_kind="follow-up",
        )
        self.follow_summary = QPlainTextEdit()
        self.follow_summary.setObjectName("follow_summary")
        self.follow_summary.setTabChangesFocus(True)
        self.follow_summary.setPlaceholderText(
            self.tr("Overall summary of the follow-up for the municipality…")
        )
        self.save_summary_button = QPushButton(self.tr("Save summary"))
        self.save_summary_button.setObjectName("save_summary")
        self.summary_status = QLabel()
        summary_box = QGroupBox(self.tr("Overall summary"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.follow_summary)
        row = QHBoxLayout()
        row.addWidget(self.summary_status, 1)
        row.addWidget(self.save_summary_button)
        summary_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.follow_editor)
        split.addWidget(summary_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        follow_layout = QVBoxLayout(self.follow_box)
        follow_layout.setContentsMargins(0, 0, 0, 0)
        follow_layout.addLayout(top)
        follow_layout.addWidget(split, 1)
        return summary_box

    def _connect(self, summary_box: QGroupBox) -> None:
        self.start_follow_button.clicked.connect(self.start_follow_up)
        self.export_follow_button.clicked.connect(self.export_follow_up)
        self.delete_follow_button.clicked.connect(self.delete_follow_up)
        self.save_summary_button.clicked.connect(self.save_summary)
        self.follow_summary.textChanged.connect(
            lambda: self.summary_status.setText(self.tr("Unsaved changes"))
        )
        self.summary_drafts = DraftKeeper(
            summary_box,
            self.ctx.services.db.path,
            "follow-up-summary",
            record_id="",
            fields=[self.follow_summary],
        )

    def load(self, read: PlanRead | None = None) -> None:
        """Show the tab's plan's follow-up (``read``: as the worker read it)."""
        plan = self.tab.plan
        if read is not None and read.follow_read:
            self.follow = read.follow
        else:
            self.follow = (
                guarded(self, lambda: self.follow_ups.follow_up(plan.id)) if plan else None
            )
        has_follow = self.follow is not None
        self.follow_none.setVisible(plan is None)
        self.follow_none.setText(
            self.tr("Create the action plan first; it is followed up at the follow-up visit.")
        )
        self.follow_start.setVisible(plan is not None and not has_follow)
        self.follow_box.setVisible(has_follow)
        if plan is not None and not has_follow:
            self._fill_visits(read.follow_visits if read and read.follow_read else None)
        follow = self.follow
        self.follow_model.set_plan(plan if has_follow else None, follow)
        self.follow_editor.tree.expandAll()
        if follow is None:
            return
        day = follow.held_on or follow.visit_day
        parts = [
            self.tr("Follow-up {day}").format(day=day.isoformat()) if day else self.tr("Follow-up"),
            self.tr("compared with version {number}").format(number=follow.baseline_version)
            if follow.baseline_version
            else self.tr("compared with the plan when the follow-up began"),
        ]
        if follow.recorded_by:  # who began it (a named user, #20); empty in older databases
            parts.append(self.tr("recorded by {name}").format(name=follow.recorded_by))
        self.follow_heading.setText(" · ".join(parts))
        if not self._summary_kept(follow):
            self.summary_typed_over = follow.summary
            self.follow_summary.blockSignals(True)
            self.follow_summary.setPlainText(follow.summary)
            self.follow_summary.blockSignals(False)
            self.summary_status.clear()
        another = self.summary_drafts.record_id != str(follow.id)
        self.summary_drafts.set_record(follow.id)
        if another and self.summary_drafts.offer(self):  # not on every reload of the same one
            self.summary_status.setText(self.tr("Unsaved changes"))
        self.follow_editor.reload_current()

    def _summary_kept(self, follow: FollowUpDetails) -> bool:
        """An unsaved summary of this follow-up stays through a reload (a sync's pull), its
        save checked against the summary it was typed over (summary_typed_over)."""
        return self.summary_drafts.record_id == str(follow.id) and (
            self.summary_status.text() == self.tr("Unsaved changes")
        )

    def _fill_visits(self, read: list | None = None) -> None:
        from samordnare_desktop.services.visits import VisitFilter

        self.follow_visit.clear()
        summary = self.tab.summary
        visits = read or []
        if summary is not None and read is None:
            visits = (
                guarded(
                    self,
                    lambda: self.ctx.services.visits.list(
                        VisitFilter(
                            municipality_id=summary.municipality_id,
                            kinds=frozenset({VisitKind.FOLLOW_UP}),
                        )
                    ),
                )
                or []
            )
        for visit in visits:
            if visit.status is VisitStatus.CANCELLED:
                continue
            self.follow_visit.addItem(
                f"{visit.day.isoformat()} · {visit.display_title} ({visit.status.label()})",
                visit.id,
            )
        self.follow_visit.addItem(self.tr("No visit linked"), None)
        self.follow_visit.setCurrentIndex(0)
        self.follow_day.set_day(visits[0].day if visits else self.tab.today())
        self.follow_start_error.clear()

    def start_follow_up(self) -> None:
        plan = self.tab.plan
        if plan is None or not self.tab.save_pending():
            return
        try:
            day = self.follow_day.day()
            self.follow_ups.start_follow_up(plan.id, self.follow_visit.currentData(), day)
        except ValidationError as exc:
            self.follow_start_error.setText(exc.message)
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.tab.plan = self.service.get(plan.id)
        self.tab.plan_page.show_plan()
        self.load()
        self.tab.reload_history()
        self.tab.refresh_list_row()
        self.ctx.show_status(self.tr("Follow-up started."))
        self.ctx.bus.changed.emit("action_plans")
        if self.follow_model.rowCount():
            self.follow_editor.tree.setCurrentIndex(self.follow_model.index(0, 0))

    def delete_follow_up(self) -> None:
        follow = self.follow
        if follow is None:
            return
        if not messages.confirm(
            self,
            self.tr("Delete follow-up"),
            self.tr(
                "Delete the follow-up with its assessments and comments? "
                "You can undo this with Ctrl+Z."
            ),
        ):
            return
        self.follow_editor.dirty = False
        self.follow_editor.discard_draft()
        self.summary_drafts.clear()

        def after() -> None:
            self.tab.reload_plan()
            self.load()

        command = ServiceCommand(
            self.tr("Delete follow-up"),
            lambda: self.follow_ups.delete_follow_up(follow.id),
            lambda: self.follow_ups.restore_follow_up(follow.id),
            after,
            lambda exc: show_error(self, exc),
        )
        try:
            push_done(self.ctx.undo_stack, command)
        except Exception as exc:
            show_error(self, exc)
            return
        self.ctx.show_status(self.tr("Follow-up deleted. Ctrl+Z undoes."))

    def _load_follow_item(self, item: AreaRow | ActionRow, form: object) -> None:
        if self.follow is not None:
            form.load(item, self.follow, removed=self.follow_model.is_removed(item))
            self.typed_over = self.follow  # what the pane's text is typed over until saved

    def _save_follow_item(self, item: AreaRow | ActionRow, form: object) -> None:
        follow = self.follow
        if follow is None or self.follow_model.is_removed(item):  # read-only
            return
        # checked against the values the text was typed over (a reload under unsaved text,
        # after a sync's pull, keeps them): changed elsewhere meanwhile, the save is refused
        base = self.typed_over if self.typed_over is not None else follow
        if isinstance(item, AreaRow):
            self.follow_ups.record_area(
                follow.id,
                item.id,
                form.assessment.currentData(),
                form.note.toPlainText(),
                typed_over=(base.area_assessment.get(item.id), base.area_note.get(item.id, "")),
            )
        else:
            self.follow_ups.record_action(
                follow.id,
                item.id,
                form.status.currentData(),
                form.comment.toPlainText(),
                typed_over=(base.action_status.get(item.id), base.action_comment.get(item.id, "")),
            )
        self.follow = self.typed_over = self.follow_ups.follow_up(follow.plan_id)
        self.tab.reload_plan()  # the status found is now the action's status in the plan
        self.follow_model.set_plan(self.tab.plan, self.follow)

    def save_summary(self) -> None:
        follow = self.follow
        if follow is None:
            return
        text = self.follow_summary.toPlainText()

        def save() -> bool:
            self.follow_ups.record_summary(follow.id, text, typed_over=self.summary_typed_over)
            return True

        if guarded(self, save):
            self.follow = self.follow_ups.follow_up(follow.plan_id)
            self.summary_typed_over = self.follow.summary if self.follow else None
            self.summary_drafts.mark_saved()
            self.summary_status.setText(self.tr("Saved"))
            self.tab.reload_history()

    def export_follow_up(self) -> None:
        plan = self.tab.plan
        if plan is None or self.follow is None or not self.tab.save_pending():
            return
        if self.summary_status.text() == self.tr("Unsaved changes"):
            self.save_summary()
        plan = self.service.get(plan.id)
        follow = self.follow_ups.follow_up(plan.id)

        def build() -> bytes:
            from samordnare_desktop.services.plan_completeness import follow_up_report_pdf

            return follow_up_report_pdf(
                self.tab.ctx.services.db, plan, follow, today=self.tab.today()
            )

        name = self.tr("Follow-up {municipality}").format(municipality=plan.municipality_name)
        self.tab.write_pdf(safe_file_name(name) + ".pdf", build)

    def preview_follow_up(self) -> None:
        """The follow-up report (with the share done by the due date) in the preview window."""
        from samordnare_desktop.services.plan_completeness import follow_up_report_pdf
        from samordnare_desktop.ui.action_plans.completeness import preview

        plan = self.tab.plan
        if plan is None or self.follow is None or not self.tab.save_pending():
            return
        if self.summary_status.text() == self.tr("Unsaved changes"):
            self.save_summary()
        plan = self.service.get(plan.id)
        follow = self.follow_ups.follow_up(plan.id)
        db = self.tab.ctx.services.db
        preview(
            self,
            lambda: follow_up_report_pdf(db, plan, follow, today=self.tab.today()),
            self.tr("Follow-up – {municipality}").format(municipality=plan.municipality_name),
            f"uppfoljning-{plan.municipality_code}.pdf",
        )
