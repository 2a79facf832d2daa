"""Arkiv → Teamserver…: where the team's PostgreSQL server is, how the connection is protected,
and whether it answers. What is saved here is what ``sync`` and ``--server`` use
(``services.server_settings``); the password is kept apart from the settings (the keyring, or
sealed with the local database's key), never in them.

"Testa anslutningen" logs in off the GUI thread (a progress dialog if it takes a moment; the
connect gives up after 5 s) and only looks: nothing is created on the server, nothing changes
locally.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samordnare_desktop.domain.errors import UserError, ValidationError
from samordnare_desktop.services import server_settings as ss
from samordnare_desktop.ui import theme
from samordnare_desktop.ui.context import UiContext
from samordnare_desktop.ui.errors import attempt, show_error
from samordnare_desktop.ui.operations import run_in_background
from samordnare_desktop.ui.widgets.form import FieldErrors
from samordnare_desktop.ui.widgets.labels import plain_label
from samordnare_desktop.ui.widgets.number_input import NumberInput


class TeamServerDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: UiContext) -> None:
        super().__init__(parent)
        self.setObjectName("teamserver_dialog")
        self.setWindowTitle(self.tr("Team server"))
        self.ctx = ctx
        self.db_path: Path = Path(ctx.services.db.path)
        current = ss.load(self.db_path)
        self.errors = FieldErrors()
        self._build_login_fields(current)
        self._build_tls_fields(current)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        layout.addLayout(self._build_form())
        layout.addLayout(self._build_test_row())
        layout.addWidget(self.result)
        layout.addWidget(self._build_buttons(current))
        for edit in (self.host, self.database, self.user, self.ca):
            edit.textChanged.connect(self._update)
        self.port.textChanged.connect(self._update)
        self.sslmode.currentIndexChanged.connect(self._update)
        self.setMinimumWidth(640)
        self._update()
        self.operation = None

    # --- building -------------------------------------------------------------------------
    def _build_login_fields(self, current: ss.ServerSettings | None) -> None:
        """Where the server is and who logs in (the password, and whether it is kept)."""
        self.host = QLineEdit(current.host if current else "")
        self.host.setPlaceholderText(self.tr("e.g. teamserver.example.se"))
        # kept as typed: 0 or 70000 is refused beside the field, never made another port
        self.port = NumberInput("port", 1, 65535, current.port if current else 5432)
        self.database = QLineEdit(current.database if current else "samordnare")
        self.user = QLineEdit(current.user if current else "")
        self.user.setPlaceholderText(self.tr("your login on the server, e.g. anna.berg"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self.tr("Keep the password on this computer"))
        self.keep.setObjectName("keep_password")
        can_keep = ss.can_keep_password(self.db_path)
        self.keep.setEnabled(can_keep)  # no keyring and no encrypted database: asked each time
        self.keep.setChecked(can_keep)
        self.where = plain_label()
        self.where.setObjectName("password_place")
        self.where.setWordWrap(True)

    def _build_tls_fields(self, current: ss.ServerSettings | None) -> None:
        """How the connection is protected: the TLS mode, the team's CA, and what that means."""
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("sslmode")
        for mode, text in (
            ("", self.tr("Automatic (verify-full over the network)")),
            ("verify-full", self.tr("verify-full: encrypted, the server's certificate checked")),
            ("verify-ca", self.tr("verify-ca: encrypted, the certificate's issuer checked")),
            ("require", self.tr("require: encrypted, the certificate not checked")),
            ("disable", self.tr("disable: not encrypted (only on this computer)")),
        ):
            self.sslmode.addItem(text, mode)
        self.sslmode.setCurrentIndex(
            max(0, self.sslmode.findData(current.sslmode if current else ""))
        )
        self.ca = QLineEdit(current.sslrootcert if current else "")
        self.ca.setPlaceholderText(self.tr("the team's own CA certificate (optional)"))
        self.ca.setObjectName("sslrootcert")
        self.ca.setAccessibleName(self.tr("CA certificate"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setObjectName("choose_ca")
        browse.clicked.connect(self._choose_ca)
        self.ca_row = QWidget()
        ca_layout = QHBoxLayout(self.ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca, 1)
        ca_layout.addWidget(browse)
        self.tls = plain_label()
        self.tls.setObjectName("tls_text")
        self.tls.setWordWrap(True)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        for label, widget, field in (
            (self.tr("Host"), self.host, "host"),
            (self.tr("Port"), self.port, "port"),
            (self.tr("Database"), self.database, "database"),
            (self.tr("User"), self.user, "user"),
            (self.tr("Password"), self.password, "password"),
            (self.tr("TLS"), self.sslmode, "sslmode"),
            (self.tr("CA certificate"), self.ca_row, "sslrootcert"),
        ):
            if isinstance(widget, QLineEdit) and not widget.objectName():
                widget.setObjectName(field)
            self.errors.add_row(form, label, widget, field)
        form.addRow("", self.keep)
        form.addRow("", self.where)
        form.addRow(self.tr("Protection"), self.tls)
        return form

    def _intro(self) -> QLabel:
        intro = plain_label(
            self.tr(
                "The team's shared PostgreSQL server: Synkronisera sends this computer's "
                "changes there and fetches the others'. Over the network the connection is "
                "always encrypted (TLS) and the password is checked with SCRAM."
            )
        )
        intro.setWordWrap(True)
        return intro

    def _build_test_row(self) -> QHBoxLayout:
        """The test button and, under it, what the test found (hidden until then)."""
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setObjectName("test_connection")
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setObjectName("test_result")
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        return test_row

    def _build_buttons(self, current: ss.ServerSettings | None) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.forget = buttons.addButton(
            self.tr("Forget the server"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.forget.setObjectName("forget_server")
        self.forget.setEnabled(current is not None)
        self.forget.clicked.connect(self.forget_server)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        return buttons

    # --- the form -------------------------------------------------------------------------
    def value(self, *, strict: bool = True) -> ss.ServerSettings:
        """What the form holds; a port that is no number raises ``ValidationError`` on "port"
        (``strict``) or, like one out of range, reads 0, which ``ss.validate`` refuses."""
        return ss.ServerSettings(
            host=self.host.text(),
            port=self.port.number() if strict else (self.port.value_or_none() or 0),
            database=self.database.text(),
            user=self.user.text(),
            sslmode=str(self.sslmode.currentData() or ""),
            sslrootcert=self.ca.text(),
        )

    def _settings_or_none(self) -> ss.ServerSettings | None:
        try:
            return ss.validate(self.value(strict=False))
        except UserError:
            return None

    def _update(self) -> None:
        """The TLS text and where the password is (would be) kept, as the fields change."""
        settings = self.value(strict=False)
        self.tls.setText(
            ss.tls_text(settings) if settings.host.strip() else self.tr("Give the host first.")
        )
        checked = self._settings_or_none()
        place = ss.password_place(self.db_path, checked) if checked else None
        self.where.setText(ss.password_place_text(place, self.db_path))
        if place is not None and not self.password.text():
            self.password.setPlaceholderText(self.tr("kept; type a new one to change it"))
        else:
            self.password.setPlaceholderText("")

    def _choose_ca(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The team server's CA certificate"),
            "",
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        if chosen:
            self.ca.setText(chosen)

    def _password(self, settings: ss.ServerSettings) -> str | None:
        typed = self.password.text()
        if typed:
            return typed
        return ss.kept_password(self.db_path, settings)

    # --- testing --------------------------------------------------------------------------
    def _show_result(self, text: str, ok: bool) -> None:
        self.result.setText(text)
        theme.style_label(self.result, "ok" if ok else "error")
        self.result.setVisible(True)

    def test_connection(self) -> None:
        self.errors.clear()
        try:
            settings = ss.validate(self.value())
        except ValidationError as exc:
            if not self.errors.show(exc):
                self._show_result(exc.message, ok=False)
            return
        except UserError as exc:
            self._show_result(exc.message, ok=False)
            return
        password = self._password(settings)
        self.test_button.setEnabled(False)
        self.result.setVisible(False)

        def work(_progress):
            return ss.check_connection(settings, password)

        def done(found: ss.ConnectionCheck) -> None:
            self.test_button.setEnabled(True)
            self._show_result(found.summary(), ok=True)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            if isinstance(exc, UserError):
                self._show_result(exc.message, ok=False)
            else:
                show_error(self, exc)

        self.operation = run_in_background(
            self, work, done, title=self.tr("Testing the connection…"), on_failed=failed
        )

    # --- saving ---------------------------------------------------------------------------
    def try_save(self) -> bool:
        saved: list[ss.ServerSettings] = []
        if not attempt(
            self, self.errors, lambda: saved.append(ss.save(self.db_path, self.value()))
        ):
            return False
        settings = saved[0]
        typed = self.password.text()
        if typed and self.keep.isChecked():
            if not attempt(
                self, self.errors, lambda: ss.keep_password(self.db_path, settings, typed)
            ):
                return False
        elif not self.keep.isChecked():
            ss.forget_password(self.db_path, settings)
        self.ctx.show_status(self.tr("The team server is saved."))
        self.accept()
        return True

    def forget_server(self) -> None:
        ss.clear(self.db_path)
        self.ctx.show_status(self.tr("The team server is forgotten (and its kept password)."))
        self.accept()


def open_team_server_dialog(parent: QWidget, ctx: UiContext) -> None:
    TeamServerDialog(parent, ctx).exec()
