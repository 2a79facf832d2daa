"""The question catalogue: the programme's questions, numbered for life ("Fråga 2"). Questions
are never deleted, only retired (and reinstated): visits that explored them keep them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.services.visits import QuestionRow, VisitService
from samordnare_desktop.ui import messages
from samordnare_desktop.ui.errors import attempt, guarded
from samordnare_desktop.ui.widgets.form import FieldErrors


class QuestionDialog(QDialog):
    """Add or edit one question; ``save(text, is_default)`` is called, the dialog closes on success."""

    def __init__(
        self,
        parent: QWidget | None,
        save: Callable[[str, bool], object],
        question: QuestionRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("question_dialog")
        self.setWindowTitle(
            self.tr("Edit question {number}").format(number=question.number)
            if question
            else self.tr("New question")
        )
        self._save = save
        self.errors = FieldErrors()
        form = QFormLayout()
        self.text = QPlainTextEdit(question.text if question else "")
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The question, e.g. How is the child's view heard?"))
        self.errors.add_row(form, self.tr("Question"), self.text, "text")
        self.is_default = QCheckBox(self.tr("Ticked on new first and follow-up visits"))
        self.is_default.setObjectName("is_default")
        self.is_default.setChecked(question.is_default if question else True)
        form.addRow("", self.is_default)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def try_save(self) -> bool:
        if not attempt(
            self,
            self.errors,
            lambda: self._save(self.text.toPlainText(), self.is_default.isChecked()),
        ):
            return False
        self.accept()
        return True


class QuestionCatalogueDialog(QDialog):
    """Lists the catalogue; add, edit, retire and reinstate questions. ``changed`` is true after
    any change."""

    def __init__(self, parent: QWidget | None, service: VisitService) -> None:
        super().__init__(parent)
        self.setObjectName("question_catalogue")
        self.setWindowTitle(self.tr("Question catalogue"))
        self.service = service
        self.changed = False
        intro = QLabel(
            self.tr(
                "The questions the visits explore. Numbers never change, so agendas and minutes "
                "can refer to “Question 2”."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("question_list")
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_question())
        self.add_button = QPushButton(self.tr("Add question…"))
        self.add_button.setObjectName("add_question")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_question")
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retire_question")
        self.retire_button.setToolTip(
            self.tr(
                "Take the question out of use: new visits no longer get it, visits that explored "
                "it keep it, and its number is never reused."
            )
        )
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.show_retired.setObjectName("show_retired")
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self.edit_question)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.show_retired.toggled.connect(lambda _on: self.reload())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retire_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.show_retired)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.resize(640, 380)
        self.reload()

    def reload(self, select: object = None) -> None:
        """Fill the list (retired questions too if "Show retired" is ticked); ``select``: the id
        of the question to select (else the first)."""
        self.list.clear()
        found = guarded(
            self, lambda: self.service.questions(include_retired=self.show_retired.isChecked())
        )
        for question in found or []:
            text = self.tr("Question {number}: {text}").format(
                number=question.number, text=question.text
            )
            if question.is_default and not question.retired:
                text += "  " + self.tr("(default)")
            if question.retired:
                text += "  " + self.tr("(retired)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, question)
            if question.retired:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if question.id == select:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        question = self._selected()
        self.edit_button.setEnabled(question is not None and not question.retired)
        self.retire_button.setEnabled(question is not None)
        self.retire_button.setText(
            self.tr("Reinstate") if question is not None and question.retired else self.tr("Retire")
        )

    def toggle_retired(self) -> None:
        """Retire the selected question (after a confirmation) or reinstate a retired one."""
        question = self._selected()
        if question is None:
            return
        if question.retired:
            done = guarded(self, lambda: self.service.reinstate_question(question.id))
        else:
            if not messages.confirm(
                self,
                self.tr("Retire question"),
                self.tr(
                    "Retire question {number}?\n\n{text}\n\nNew visits will no longer get it; "
                    "visits that explored it keep it. Its number is never given to another "
                    "question. You can reinstate it under “Show retired”."
                ).format(number=question.number, text=question.text),
            ):
                return
            done = guarded(self, lambda: self.service.retire_question(question.id))
        if done is not None:
            self.changed = True
            self.reload(select=question.id)

    def _selected(self) -> QuestionRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_question(self) -> None:
        dialog = QuestionDialog(
            self, lambda text, default: self.service.add_question(text, is_default=default)
        )
        if dialog.exec():
            self.changed = True
            self.reload()
            self.list.setCurrentRow(self.list.count() - 1)

    def edit_question(self) -> None:
        question = self._selected()
        if question is None:
            return

        def save(text: str, default: bool) -> object:
            return self.service.update_question(
                question.id, text, is_default=default, expected_version=question.version
            )

        if QuestionDialog(self, save, question).exec():
            self.changed = True
            self.reload()
