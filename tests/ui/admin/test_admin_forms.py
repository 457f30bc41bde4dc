"""The admin panel's dialogs keep what was typed on a validation error and show every error at
once, each beside its field; the dialog closes only once the change is made."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import Employee
from app.demo import ensure_demo_workspace
from app.identity.access import load_actor
from app.session.console import Console
from tests.support.qt import running_qasync_loop
from ui.admin.admin import AdminPanel


def _panel(qtbot, console: Console) -> AdminPanel:
    with console.session() as s:
        console.actor = load_actor(
            s, s.scalar(select(Employee.id).where(Employee.username == "ines"))
        )
    panel = AdminPanel(console)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.employee_model.rowCount() > 0, timeout=15_000)
    return panel


def test_add_dialog_shows_every_error_beside_its_field_and_keeps_the_input(
    qtbot, qapp, sqlite_url
) -> None:
    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    try:
        with running_qasync_loop(qapp):
            panel = _panel(qtbot, console)
            people = panel.employee_model.rowCount()
            qtbot.mouseClick(panel.addEmployeeButton, Qt.MouseButton.LeftButton)
            form = panel.dialog
            assert form is not None and form.isVisible()
            typed = {
                "username": "Alice",  # taken (demo) — and upper case is fine, it is folded
                "display_name": "",
                "email": "not an address",
                "password": "short",
                "repeat": "other",
            }
            for k, v in typed.items():
                form.set(k, v)
            qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: form.field_errors["email"].isVisible(), timeout=15_000)
            errors = {k: lbl.text() for k, lbl in form.field_errors.items() if lbl.isVisible()}
            assert set(errors) == {"username", "display_name", "email", "password", "repeat"}
            assert "taken" in errors["username"]
            assert "required" in errors["display_name"]
            assert "not an e-mail address" in errors["email"]
            assert "at least" in errors["password"]
            assert "differ" in errors["repeat"]
            # read out with the field too, and nothing was written
            assert form.widgets["email"].accessibleDescription() == errors["email"]
            assert form.isVisible() and all(form.values()[k] == v for k, v in typed.items())
            assert panel.employee_model.rowCount() == people

            # corrected, it goes through and only then closes
            who = f"nia{uuid.uuid4().hex[:5]}"
            for k, v in {
                "username": who,
                "display_name": "Nia Park",
                "email": "nia@acme.example",
                "password": "nia-first-pw",
                "repeat": "nia-first-pw",
            }.items():
                form.set(k, v)
            qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not form.isVisible(), timeout=15_000)
            qtbot.waitUntil(lambda: panel.employee_model.rowCount() == people + 1, timeout=15_000)
            assert not any(lbl.isVisible() for lbl in form.field_errors.values())
            panel.close()
    finally:
        console.close()


def test_a_refusal_at_write_time_stays_in_the_dialog(qtbot, qapp, sqlite_url) -> None:
    """A team name taken between opening and saving: said in the dialog, input kept."""
    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    try:
        with running_qasync_loop(qapp):
            panel = _panel(qtbot, console)
            panel.ask_new_team()
            form = panel.dialog
            qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: form.field_errors["name"].isVisible(), timeout=15_000)
            assert "required" in form.field_errors["name"].text() and form.isVisible()
            form.set("name", "Sales")  # a demo team
            form.set("department", "sales")
            qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "already a team" in form.error.text(), timeout=15_000)
            assert form.isVisible() and form.values() == {"name": "Sales", "department": "sales"}
            panel.close()
    finally:
        console.close()
