"""The question catalogue: the programme's questions, numbered for life ("Fråga 2")."""

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

from samordnare_desktop.domain.errors import ValidationError
from samordnare_desktop.services.visits import QuestionRow, VisitService
from samordnare_desktop.ui.errors import show_error
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
        try:
            self._save(self.text.toPlainText(), self.is_default.isChecked())
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return False
        except Exception as exc:
            show_error(self, exc)
            return False
        self.accept()
        return True


class QuestionCatalogueDialog(QDialog):
    """Lists the catalogue; add and edit questions. ``changed`` is true after any save."""

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
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.edit_question())
        self.add_button = QPushButton(self.tr("Add question…"))
        self.add_button.setObjectName("add_question")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("edit_question")
        self.add_button.clicked.connect(self.add_question)
        self.edit_button.clicked.connect(self.edit_question)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.resize(640, 380)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for question in self.service.questions():
            text = self.tr("Question {number}: {text}").format(
                number=question.number, text=question.text
            )
            if question.is_default:
                text += "  " + self.tr("(default)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, question)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

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
