"""The routing editor, the voice of the customer, hand-off and availability, as people use them."""

from __future__ import annotations

import csv
import json

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.db.models import Conversation, Employee, RoutingRule, Team
from app.identity.access import load_actor
from app.routing.engine import RoutingEngine
from tests.integration.routing.helpers import account_ids, ingest, item
from tests.support.qt import running_qasync_loop
from ui.admin.routing_editor import RoutingEditor
from ui.main.main_window import MainWindow
from ui.reports.voc import VocDialog
from ui.widgets.tasks import MessageBridge


def _sign_in(console, username: str) -> None:
    with console.session() as s:
        emp = s.scalar(select(Employee).where(Employee.username == username))
        console.actor = load_actor(s, emp.id)


def _rule_count(console) -> int:
    with console.session() as s:
        return s.scalar(select(func.count()).select_from(RoutingRule))


def _set_row(table, row: int, kind: str, value: str) -> None:
    col = 1 if table.negatable else 0
    combo = table.cellWidget(row, col)
    combo.setCurrentIndex(combo.findData(kind))
    table.cellWidget(row, col + 1).setText(value)


def test_editor_refuses_an_invalid_regex_with_the_reason_then_saves_and_dry_runs(
    qtbot, qapp, demo_console, tmp_path
) -> None:
    acme = account_ids(demo_console)[0]
    ingest(demo_console, acme, [item("Where is my order #12345?"), item("hello there")], None)
    _sign_in(demo_console, "ines")
    before = _rule_count(demo_console)
    with running_qasync_loop(qapp):
        editor = RoutingEditor(demo_console)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitUntil(lambda: editor.rule_list.count() == before, timeout=10_000)
        assert editor.rule_list.item(0).checkState() == Qt.CheckState.Checked
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        editor.name.setText("Order numbers")
        _set_row(editor.conditions, 0, "regex", r"order\s*#(\d{5}")
        _set_row(editor.actions, 0, "tag", "order")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not valid" in editor.validation.text(), timeout=10_000)
        assert "missing ), unterminated subpattern" in editor.validation.text()
        assert _rule_count(demo_console) == before
        # the dry run refuses it too, and says why
        editor.validation.setText("")
        qtbot.mouseClick(editor.dry_rule_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not valid" in editor.validation.text(), timeout=10_000)
        # fixed: saved, listed, and its dry run finds the one matching conversation
        _set_row(editor.conditions, 0, "regex", r"order\s*#(\d{5})")
        qtbot.mouseClick(editor.dry_rule_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.dry_model.rowCount() == 1, timeout=10_000)
        assert "tags order" in editor.dry_model.rows[0].summary
        assert "Nothing was changed" in editor.dry_status.text()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.rule_list.count() == before + 1, timeout=10_000)
        assert editor.validation.text() == ""
        assert "Order numbers" in editor.rule_list.item(before).text()
        # move it to the top
        editor.rule_list.setCurrentRow(before)
        qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: "Order numbers" in editor.rule_list.item(before - 1).text(), timeout=10_000
        )
        # export, then import the file back in place of everything
        path = tmp_path / "rules.json"
        editor.export_file(path)
        qtbot.waitUntil(
            lambda: path.exists() and "Exported" in editor.dry_status.text(), timeout=10_000
        )
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert len(doc["rules"]) == before + 1
        editor.import_file(path, replace=True)
        qtbot.waitUntil(lambda: "Imported" in editor.dry_status.text(), timeout=10_000)
        assert _rule_count(demo_console) == before + 1
        qtbot.waitUntil(  # the list shows the imported rules (not the replaced ones)
            lambda: (
                editor.rule_list.item(0).data(Qt.ItemDataRole.UserRole) == _first_id(demo_console)
            ),
            timeout=10_000,
        )
        # a rule switched off in the list is off in the database
        editor.rule_list.item(0).setCheckState(Qt.CheckState.Unchecked)
        qtbot.waitUntil(lambda: _count_enabled(demo_console) == before, timeout=10_000)
        editor.close()


def _first_id(console) -> int:
    with console.session() as s:
        return s.scalar(select(RoutingRule.id).order_by(RoutingRule.position).limit(1))


def _count_enabled(console) -> int:
    with console.session() as s:
        return s.scalar(select(func.count()).where(RoutingRule.enabled.is_(True)))


def test_team_auto_assignment_is_set_in_the_editor(qtbot, qapp, demo_console) -> None:
    _sign_in(demo_console, "ines")
    with running_qasync_loop(qapp):
        editor = RoutingEditor(demo_console)
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda: editor.team_table.rowCount() == 6, timeout=10_000)
        row = next(r for r in range(6) if editor.team_table.item(r, 0).text() == "Customer Service")
        combo = editor.team_table.cellWidget(row, 2)
        combo.setCurrentIndex(combo.findData("round_robin"))
        qtbot.waitUntil(lambda: editor.team_status.text() == "Saved.", timeout=10_000)
    with demo_console.session() as s:
        assert (
            s.scalar(select(Team.auto_assign).where(Team.name == "Customer Service"))
            == "round_robin"
        )


def test_voc_dialog_groups_and_exports_csv(qtbot, qapp, demo_console, tmp_path) -> None:
    acme = account_ids(demo_console)[0]
    texts = [
        "Please add dark mode to the app!",
        "please add dark mode, my eyes hurt at night",
        "The app crashes every time I open settings on Android 15",
        "Settings page crashes on my phone",
    ]
    ingest(demo_console, acme, [item(t) for t in texts], RoutingEngine())
    _sign_in(demo_console, "pat")
    with running_qasync_loop(qapp):
        dialog = VocDialog(demo_console)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.model.rowCount() >= 2, timeout=10_000)
        topics = [dialog.model.topics[r].topic for r in range(dialog.model.rowCount())]
        assert "dark mode" in topics
        path = tmp_path / "voc.csv"
        dialog.export_csv(path)
        rows = list(csv.reader(path.open(encoding="utf-8-sig")))
        assert rows[0][0] == "topic" and any(r[0] == "dark mode" for r in rows)
        dialog.close()


def test_hot_lead_button_hands_the_conversation_to_sales(qtbot, qapp, demo_console) -> None:
    acme = account_ids(demo_console)[0]
    it = item("Do you ship the AeroPhone to Canada?")
    ingest(demo_console, acme, [it], RoutingEngine())
    _sign_in(demo_console, "alice")
    with running_qasync_loop(qapp):
        window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(window)
        window.show()
        assert not window.routing_action.isEnabled()  # alice does not manage routing
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
        window.table.selectRow(0)
        bar = window.conversation.handoff
        qtbot.waitUntil(lambda: bar.lead_button.isEnabled(), timeout=10_000)
        messages = []
        bar.handed_off.connect(messages.append)
        qtbot.mouseClick(bar.lead_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: messages == ["Handed over to Sales."], timeout=10_000)
        with demo_console.session() as s:
            team = s.scalar(
                select(Team.name)
                .join(Conversation, Conversation.team_id == Team.id)
                .where(Conversation.thread_key == it.thread_key)
            )
        assert team == "Sales"
        # the availability control sets the employee's own state
        combo = window.availability.combo
        combo.setCurrentIndex(combo.findData("away"))
        qtbot.waitUntil(lambda: _availability(demo_console, "alice") == "away", timeout=10_000)
        window.close()
    with demo_console.session() as s:  # closing the window signs the heartbeat off
        assert s.scalar(select(Employee.last_seen_at).where(Employee.username == "alice")) is None


def test_the_receiving_team_sees_the_pinned_note(qtbot, qapp, demo_console) -> None:
    from app.inbox import escalation

    acme = account_ids(demo_console)[0]
    it = item("Do you ship the AeroPhone to Canada? We need 200.")
    ingest(demo_console, acme, [it], RoutingEngine())
    _sign_in(demo_console, "alice")
    with demo_console.factory() as s, s.begin():
        cid = s.scalar(select(Conversation.id).where(Conversation.thread_key == it.thread_key))
        escalation.hot_lead_to_sales(s, demo_console.actor, cid, "Wants 200 units")
    _sign_in(demo_console, "sam")
    with running_qasync_loop(qapp):
        window = MainWindow(demo_console, MessageBridge())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=10_000)
        window.table.selectRow(0)
        pinned = window.conversation.handoff.pinned
        qtbot.waitUntil(lambda: "Wants 200 units" in pinned.text(), timeout=10_000)
        assert pinned.isVisible() and pinned.textFormat() == Qt.TextFormat.PlainText
        window.close()


def _availability(console, username: str) -> str:
    with console.session() as s:
        return s.scalar(select(Employee.availability).where(Employee.username == username))
