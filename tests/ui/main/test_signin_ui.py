"""Sign-in as a person does it: name, Tab, password, Enter; the next start remembers the name;
a submit the instant the dialog appears works; PostgreSQL logins without a typed password."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.identity import provisioning
from app.session.signin import NEEDS_PASSWORD, sign_in_postgres
from tests.support.qt import running_qasync_loop
from ui.app import ConsoleApp, GuiOptions
from ui.main.signin import SignInDialog

ROOT = Path(__file__).resolve().parents[3]


def _type_like_a_person(qtbot, dialog: SignInDialog, name: str, password: str) -> None:
    """Keys go where the focus is, as they would for a person at the keyboard."""
    if name:
        qtbot.keyClicks(dialog.focusWidget(), name)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.focusWidget(), password)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)


def _start(qapp, db_url: str) -> ConsoleApp:
    app = ConsoleApp(qapp, GuiOptions(db_url=db_url, demo=True))
    app._task = asyncio.ensure_future(app.start())  # type: ignore[attr-defined]
    return app


def test_enter_signs_in_and_the_next_start_remembers_the_name(
    qtbot, qapp, sqlite_url, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("SOCIAL_CONSOLE_HOME", str(tmp_path / "home"))
    with running_qasync_loop(qapp):
        app = _start(qapp, sqlite_url)
        try:
            qtbot.waitUntil(
                lambda: app.dialog is not None and app.dialog.isVisible(), timeout=30_000
            )
            dialog = app.dialog
            assert dialog is not None
            assert dialog.focusWidget() is dialog.username and dialog.username.text() == ""
            assert dialog.sign_in_button.isDefault()
            _type_like_a_person(qtbot, dialog, "alice", "demo")
            qtbot.waitUntil(lambda: app.window is not None, timeout=15_000)
            assert not app.done.done()  # Enter signed in; it did not cancel and quit
            assert app.console is not None and app.console.actor.username == "alice"
        finally:
            app.shutdown()
        again = _start(qapp, sqlite_url)
        try:
            qtbot.waitUntil(
                lambda: again.dialog is not None and again.dialog.isVisible(), timeout=30_000
            )
            dialog = again.dialog
            assert dialog is not None
            assert dialog.username.text() == "alice"
            assert dialog.focusWidget() is dialog.password  # only the password is left to type
            _type_like_a_person(qtbot, dialog, "", "wrong")
            qtbot.waitUntil(lambda: "not right" in dialog.error.text(), timeout=15_000)
            assert dialog.isVisible() and again.window is None and not again.done.done()
        finally:
            again.shutdown()


def test_cancel_never_becomes_the_default_button(qtbot, qapp) -> None:
    dialog = SignInDialog(lambda u, p: None, "x")  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.setFocus()
    dialog.username.setFocus()
    assert dialog.sign_in_button.isDefault() and not cancel.isDefault()


def test_a_sign_in_submitted_as_the_dialog_appears_succeeds(tmp_path) -> None:
    """The real app in its own process (it runs its own event loop), submitted at once."""
    out = subprocess.run(
        [sys.executable, "-m", "tests.support.immediate_signin", f"sqlite:///{tmp_path / 'c.db'}"],
        cwd=ROOT,
        env={
            **__import__("os").environ,
            "SOCIAL_CONSOLE_HOME": str(tmp_path / "home"),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "went wrong" not in out.stdout, out.stdout
    assert "SIGNED-IN alice" in out.stdout, out.stdout + out.stderr
    assert out.returncode == 0


@pytest.mark.postgres
def test_postgres_login_without_a_typed_password(
    qtbot, qapp, pg_url, tmp_path, monkeypatch
) -> None:
    """libpq authenticates from a .pgpass entry (as it would with Kerberos): no password typed."""
    from sqlalchemy.engine import make_url

    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    owner = Console.open(pg_url)
    who = f"kim{uuid.uuid4().hex[:5]}"
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
        provisioning.add_employee(
            s,
            provisioning.system_actor(s),
            who,
            "Kim",
            teams=["Customer Service"],
            roles=["agent"],
            password="kim-secret-pw",
        )
    owner.close()
    url = make_url(pg_url)
    pgpass = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    consoles: list = []

    def auth(user: str, password: str):
        console = sign_in_postgres(pg_url, user, password, delay=0)
        consoles.append(console)
        return console.actor

    try:
        with running_qasync_loop(qapp):
            dialog = SignInDialog(auth, "PostgreSQL", password_optional=True)
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.findChild(type(dialog.error), "ssoHint").isVisible()
            # nothing saved yet: the server asks for a password, and the dialog says so
            dialog.prefill(who)
            _type_like_a_person(qtbot, dialog, "", "")
            qtbot.waitUntil(lambda: dialog.error.text() == NEEDS_PASSWORD, timeout=15_000)
            assert dialog.actor is None
            pgpass.write_text(f"{url.host}:{url.port}:{url.database}:{who}:kim-secret-pw\n")
            pgpass.chmod(0o600)
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
            qtbot.waitUntil(
                lambda: (
                    dialog.actor is not None
                    or dialog.error.text() not in ("Signing in…", NEEDS_PASSWORD)
                ),
                timeout=15_000,
            )
            assert dialog.actor is not None, dialog.error.text()
            assert dialog.actor.username == who
    finally:
        for c in consoles:
            c.close()
