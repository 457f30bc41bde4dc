"""The sign-in dialog: user name and password, checked off the UI thread.

A person types their name, Tab, their password and Enter: Enter must sign in, so "Sign in" is the
dialog's only default button (Cancel never takes that role, not even when it gets focus). The
last user name is kept in the workstation's settings so the next start asks only for a password.
On PostgreSQL the password may be left empty where IT set up single sign-on (Kerberos/GSSAPI),
peer authentication or a .pgpass file: libpq then authenticates without one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
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
from ui.theme.apply import themed
from ui.widgets.accessible import describe, describe_buttons
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
        *,
        password_optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in — Social Console"))
        self.setObjectName("signInDialog")
        self._authenticate = authenticate
        self.password_optional = password_optional
        self.actor: Actor | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Social Console</b>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        where = QLabel(self.tr("Database: {db_label}").format(db_label=db_label))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setObjectName("dbLabel")
        layout.addWidget(where)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        describe(self.username, self.tr("Your sign-in name; Tab moves to the password"))
        describe(self.password, self.tr("Your password; Enter signs in"))
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        if password_optional:
            sso = QLabel(
                self.tr(
                    "Signed in to your computer with a company (Kerberos) account? Leave the password empty: the database server signs you in with it where IT allows that."
                )
            )
            sso.setObjectName("ssoHint")
            sso.setWordWrap(True)
            sso.setTextFormat(Qt.TextFormat.PlainText)
            self.password.setPlaceholderText(self.tr("empty: sign in with your computer's login"))
            layout.addWidget(sso)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setObjectName("rememberMe")
        self.remember.setToolTip(
            self.tr(
                "Keeps your password in this computer's keyring and signs you in at the next start. Signing out forgets it."
            )
        )
        self.remember.toggled.connect(self._remember_toggled)
        layout.addWidget(self.remember)
        if demo_people:
            hint = QLabel(
                self.tr(
                    "Demo workspace — every demo employee's password is “{demo_password}”. Double-click a person to sign in as them:"
                ).format(demo_password=demo_password)
            )
            hint.setWordWrap(True)
            hint.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(hint)
            self.people = QListWidget()
            self.people.setObjectName("demoPeople")
            self.people.setAccessibleName(self.tr("Demo employees"))
            self.people.setAccessibleDescription(
                self.tr("Double-click a person to sign in as them")
            )
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
        themed(self.error, "color: $(error);")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("signInButton")
        describe(self.sign_in_button, self.tr("Signs in with this name and password (Enter)"))
        describe_buttons(self.buttons)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # an auto-default button becomes the default whenever it gets focus; Cancel must never
        # be the one Enter presses
        cancel.setAutoDefault(False)
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.setDefault(True)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(440, 420 if demo_people else 220)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """QDialog picks a default button as it shows; make it "Sign in" again afterwards."""
        super().showEvent(event)
        self.sign_in_button.setDefault(True)

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
        user, pw = self.username.text().strip(), self.password.text()
        if not self.sign_in_button.isEnabled():
            return  # already signing in: Enter pressed twice is one attempt
        if not user or (not pw and not self.password_optional):
            self.error.setText(self.tr("Enter your user name and password."))
            (self.password if user else self.username).setFocus()
            return
        self.sign_in_button.setEnabled(False)
        self.error.setText(self.tr("Signing in…"))
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
