"""The sign-in dialog: user name and password, checked off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.demo import DemoPerson
from app.identity.access import Actor
from app.identity.auth import SignInError
from ui.widgets.tasks import describe_error, run_blocking


class SignInDialog(QDialog):
    signed_in = Signal(object)  # Actor

    def __init__(
        self,
        authenticate: Callable[[str, str], Actor],
        db_label: str,
        demo_people: Sequence[DemoPerson] = (),
        demo_password: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign in — Social Console")
        self.setObjectName("signInDialog")
        self._authenticate = authenticate
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        title = QLabel("<b>Social Console</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        where = QLabel(f"Database: {db_label}")
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setObjectName("dbLabel")
        layout.addWidget(where)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow("User name", self.username)
        form.addRow("Password", self.password)
        layout.addLayout(form)
        self.remember = QCheckBox("Remember me on this computer")
        self.remember.setObjectName("rememberMe")
        self.remember.setToolTip(
            "Keeps your password in this computer's keyring and signs you in at the next start. "
            "Signing out forgets it."
        )
        self.remember.toggled.connect(self._remember_toggled)
        layout.addWidget(self.remember)
        if demo_people:
            hint = QLabel(
                f"Demo workspace — every demo employee's password is “{demo_password}”. "
                "Double-click a person to sign in as them:"
            )
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(hint)
            self.people = QListWidget()
            self.people.setObjectName("demoPeople")
            self.people.setAccessibleName("Demo employees")
            self.people.setAccessibleDescription("Double-click a person to sign in as them")
            for p in demo_people:
                item = QListWidgetItem(f"{p.display_name} — {p.job} ({p.username})")
                item.setData(Qt.ItemDataRole.UserRole, p.username)
                self.people.addItem(item)
            self.people.itemClicked.connect(lambda it: self._pick(it, demo_password, False))
            self.people.itemDoubleClicked.connect(lambda it: self._pick(it, demo_password, True))
            layout.addWidget(self.people)
        self.error = QLabel("")
        self.error.setObjectName("signInError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b91c1c")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(
            "Sign in", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(440, 420 if demo_people else 220)

    def _remember_toggled(self, on: bool) -> None:
        from app.session.remember import problem

        why = problem() if on else None
        if why is not None:
            self.remember.setChecked(False)
            self.error.setText(why)

    def prefill(self, username: str = "", message: str = "") -> None:
        """After a sign-out: who was here (or nobody, to switch user), and why, if IT did it."""
        self.username.setText(username)
        self.password.clear()
        self.error.setText(message)
        (self.password if username else self.username).setFocus()

    def _pick(self, item: QListWidgetItem, password: str, submit: bool) -> None:
        self.username.setText(item.data(Qt.ItemDataRole.UserRole))
        self.password.setText(password)
        if submit:
            self.try_sign_in()

    @asyncSlot()
    async def try_sign_in(self) -> None:
        user, pw = self.username.text(), self.password.text()
        if not user or not pw:
            self.error.setText("Enter your user name and password.")
            return
        self.sign_in_button.setEnabled(False)
        self.error.setText("Signing in…")
        try:
            actor = await run_blocking(self._authenticate, user, pw)
        except SignInError as exc:
            self.error.setText(str(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        except Exception as exc:  # noqa: BLE001 - any failure is shown in words
            self.error.setText(describe_error(exc))
            return
        finally:
            self.sign_in_button.setEnabled(True)
        self.actor = actor
        self.error.setText("")
        self.signed_in.emit(actor)
        self.accept()
