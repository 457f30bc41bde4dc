"""IT in the app: the admin panel provisions a person who then signs in; deactivation and
revoked roles reach an open main window within seconds; remember me uses the keyring only."""

from __future__ import annotations

import time
import uuid

import keyring
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import Employee
from app.demo import demo_people
from app.identity import access as identity_access
from app.identity import provisioning
from app.identity.access import load_actor
from app.identity.auth import authenticate
from app.session import remember
from app.session.signin import database_key, sign_in_postgres
from tests.support.memory_keyring import MemoryKeyring
from tests.support.qt import running_qasync_loop
from ui.admin.admin import AdminPanel
from ui.main.main_window import MainWindow
from ui.main.signin import SignInDialog
from ui.widgets.tasks import MessageBridge


def _actor(console, name: str):
    with console.session() as s:
        return load_actor(s, s.scalar(select(Employee.id).where(Employee.username == name)))


def test_admin_panel_provisions_a_person_who_then_signs_in(qtbot, qapp, demo_console) -> None:
    demo_console.actor = _actor(demo_console, "ines")
    who = f"nia{uuid.uuid4().hex[:5]}"
    with running_qasync_loop(qapp):
        panel = AdminPanel(demo_console)
        qtbot.addWidget(panel)
        panel.show()
        qtbot.waitUntil(lambda: panel.audit_model.rowCount() >= 1, timeout=15_000)
        people = len(demo_people())
        assert panel.employee_model.rowCount() == people == panel.matrix_model.rowCount()
        qtbot.mouseClick(panel.addEmployeeButton, Qt.MouseButton.LeftButton)
        form = panel.dialog
        assert form is not None and form.isVisible()
        for key, value in (
            ("username", who),
            ("display_name", "Nia Park"),
            ("email", "nia@acme.example"),
            ("team", "Sales"),
            ("role", "sales"),
            ("password", "nia-first-pw"),
            ("repeat", "nia-first-pw"),
        ):
            form.set(key, value)
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.employee_model.rowCount() == people + 1, timeout=15_000)
        assert f"Added {who}." in panel.status.text()
        row = next(r for r in panel.employee_model.rows if r[0] == who)
        assert row[1] == "Nia Park" and row[5] == ("Sales",) and row[6] == ("sales",)
        # a duplicate is one sentence in the panel, nothing else happens
        panel.add_employee({"username": who, "display_name": "Again"})
        qtbot.waitUntil(lambda: "is taken" in panel.status.text(), timeout=15_000)
        # the audit tab shows it, filtered, and exports it
        panel.audit_action.setCurrentText("employee_added")
        panel.load_audit()
        qtbot.waitUntil(
            lambda: (
                panel.audit_model.rowCount() >= 1
                and all(r[2] == "employee_added" for r in panel.audit_model.rows)
            ),
            timeout=15_000,
        )

        # the new person signs in with the password IT gave them
        if demo_console.backend == "postgresql":
            url = demo_console.engine.url.render_as_string(hide_password=False)

            def auth(user: str, pw: str):
                return sign_in_postgres(url, user, pw, delay=0).actor
        else:

            def auth(user: str, pw: str):
                with demo_console.session() as s:
                    return authenticate(s, user, pw)

        dialog = SignInDialog(auth, demo_console.db_label)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.username.setText(who)
        dialog.password.setText("nia-first-pw")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.actor is not None, timeout=15_000)
        assert dialog.actor.username == who
        panel.close()


def test_export_and_custom_role_editing(qtbot, qapp, sqlite_url, tmp_path) -> None:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    console.actor = _actor(console, "ines")
    with running_qasync_loop(qapp):
        panel = AdminPanel(console)
        qtbot.addWidget(panel)
        qtbot.waitUntil(lambda: panel.role_list.count() == 8, timeout=15_000)
        panel.new_role("night shift", "weekends")
        qtbot.waitUntil(lambda: panel.role_list.count() == 9, timeout=15_000)
        row = next(i for i, r in enumerate(panel.roles) if r.name == "night shift")
        panel.role_list.setCurrentRow(row)
        assert panel.saveRoleButton.isEnabled()
        panel.role_checks[identity_access.Permission.READ_ALL].setChecked(True)
        panel.save_role_permissions()
        qtbot.waitUntil(
            lambda: any(
                r.name == "night shift" and r.permissions == ("read_all",) for r in panel.roles
            ),
            timeout=15_000,
        )
        builtin = next(i for i, r in enumerate(panel.roles) if r.builtin)
        panel.role_list.setCurrentRow(builtin)
        assert not panel.saveRoleButton.isEnabled()
        # the audit tab reloads on its own after each change: export once it shows the edit
        qtbot.waitUntil(
            lambda: any(r.action == "role_edited" for r in panel.audit_rows), timeout=15_000
        )
        out = tmp_path / "audit.csv"
        panel.export_csv(out)
        assert out.read_text().startswith("id,at,actor,action,target,detail")
        assert "role_edited" in out.read_text()
        panel.close()
    console.close()


def _window(qtbot, console, who: str, signed_out: list):
    console.actor = _actor(console, who)
    win = MainWindow(console, MessageBridge(), on_sign_out=lambda **kw: signed_out.append(kw))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.listener.connected.is_set(), timeout=15_000)
    return win


def test_admin_menu_only_for_it(qtbot, qapp, demo_console) -> None:
    with running_qasync_loop(qapp):
        out: list = []
        win = _window(qtbot, demo_console, "alice", out)
        assert not win.admin_menu.menuAction().isVisible()
        win.close()
        win = _window(qtbot, demo_console, "ines", out)
        assert win.admin_menu.menuAction().isVisible()
        win.admin_action.trigger()
        assert win.admin_panel is not None and win.admin_panel.isVisible()
        win.close()


def test_revoked_role_and_deactivation_reach_an_open_window(qtbot, qapp, demo_console) -> None:
    """Another workstation (IT) changes Sam; Sam's open window follows within seconds."""
    with running_qasync_loop(qapp):
        signed_out: list = []
        win = _window(qtbot, demo_console, "sam", signed_out)
        ines = _actor(demo_console, "ines")
        with demo_console.factory() as s, s.begin():
            provisioning.grant_role(s, ines, "sam", "pr")
        qtbot.waitUntil(
            lambda: demo_console.actor.can(identity_access.Permission.READ_ALL), timeout=5_000
        )
        with demo_console.factory() as s, s.begin():
            provisioning.revoke_role(s, ines, "sam", "pr")
        qtbot.waitUntil(
            lambda: not demo_console.actor.can(identity_access.Permission.READ_ALL), timeout=5_000
        )
        started = time.monotonic()
        with demo_console.factory() as s, s.begin():
            provisioning.deactivate(s, ines, "sam")
        qtbot.waitUntil(lambda: bool(signed_out), timeout=5_000)
        assert time.monotonic() - started < 5
        assert "deactivated" in signed_out[0]["reason"]
        assert not win.isVisible()


@pytest.mark.postgres
def test_deactivation_ends_an_employee_connection_within_seconds(qtbot, qapp, pg_url) -> None:
    """PostgreSQL, the employee connected as their own login: IT's deactivation ends it."""
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    owner = Console.open(pg_url)
    with owner.factory() as s, s.begin():
        ensure_demo_workspace(s)
        it = provisioning.system_actor(s)
        who = f"ola{uuid.uuid4().hex[:5]}"
        provisioning.add_employee(
            s, it, who, "Ola", teams=["Customer Service"], roles=["agent"], password="ola-password"
        )
    emp_console = sign_in_postgres(pg_url, who, "ola-password", delay=0)
    try:
        with running_qasync_loop(qapp):
            signed_out: list = []
            win = MainWindow(
                emp_console, MessageBridge(), on_sign_out=lambda **kw: signed_out.append(kw)
            )
            qtbot.addWidget(win)
            win.show()
            qtbot.waitUntil(lambda: win.listener.connected.is_set(), timeout=15_000)
            started = time.monotonic()
            with owner.factory() as s, s.begin():
                provisioning.deactivate(s, provisioning.system_actor(s), who)
            qtbot.waitUntil(lambda: bool(signed_out), timeout=10_000)
            assert time.monotonic() - started < 10
            assert "deactivated" in signed_out[0]["reason"]
    finally:
        emp_console.close()
        owner.close()


def test_remember_me_uses_the_keyring_and_sign_out_forgets(tmp_path) -> None:
    kr = MemoryKeyring()
    key = database_key(f"sqlite:///{tmp_path / 'x.db'}")
    remember.remember(key, "Alice", "alice-pw", backend=kr)
    assert remember.remembered(key, backend=kr) == ("alice", "alice-pw")
    assert not any(tmp_path.iterdir())  # nothing on disk
    remember.forget(key, "alice", backend=kr)
    assert remember.remembered(key, backend=kr) is None and kr.entries == {}


def test_remember_me_refuses_a_keyring_that_cannot_keep_secrets() -> None:
    from keyring.backends import fail, null

    for backend in (fail.Keyring(), null.Keyring()):
        assert "no secure password store" in (remember.problem(backend) or "")
        with pytest.raises(remember.RememberError, match="no secure password store"):
            remember.remember("k", "alice", "pw", backend=backend)


def test_sign_in_dialog_refuses_remember_without_a_keyring(qtbot, qapp) -> None:
    dialog = SignInDialog(lambda u, p: None, "SQLite test")
    qtbot.addWidget(dialog)
    # tests/conftest.py pins keyring to its fail backend
    assert isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)
    dialog.remember.setChecked(True)
    assert not dialog.remember.isChecked()
    assert "no secure password store" in dialog.error.text()
