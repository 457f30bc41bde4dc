"""Crisis → Watches…, both backends: PR lists its watches, adds one, changes it, pauses it and
deletes one (its past alerts stay); the last watch cannot be deleted; an agent cannot open it."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.db.models import BrandAccount, CrisisAlert, CrisisWatch
from app.identity.auth import authenticate
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge

WAIT = 20_000


def _window(qtbot, console, user: str) -> MainWindow:
    with console.session() as s:
        console.actor = authenticate(s, user, "demo")
    w = MainWindow(console, MessageBridge())
    qtbot.addWidget(w)
    w.show()
    return w


def _watch(console, name: str) -> CrisisWatch | None:
    with console.session() as s:
        return s.scalar(select(CrisisWatch).where(CrisisWatch.name == name))


def _row_of(dlg, name: str) -> int:
    return next(i for i, r in enumerate(dlg.rows) if r.name == name)


def test_pr_adds_edits_pauses_and_deletes_watches(qtbot, qapp, demo_console) -> None:
    c = demo_console
    with c.session() as s:
        acme = s.scalars(select(BrandAccount).order_by(BrandAccount.id)).first()
        handle, acme_id = acme.handle, acme.id
    with running_qasync_loop(qapp):
        w = _window(qtbot, c, "priya")
        assert w.crisis.watch_action.isEnabled()
        w.crisis.watch_action.trigger()
        dlg = w.crisis.watch_list
        qtbot.waitUntil(lambda: dlg.loads >= 1, timeout=WAIT)
        assert dlg.isVisible()
        start = len(dlg.rows)
        if start == 0:
            assert dlg.summary.text().startswith("No watches yet.")
        assert not dlg.edit_button.isEnabled()  # nothing selected yet

        # a new watch: negative messages about the charger on one account
        dlg.new_button.click()
        ed = dlg.editor
        ed.name.setText("Charger fire")
        ed.keyword.setText("charger")
        ed.account.setCurrentIndex(ed.account.findData(acme_id))
        ed.sentiment.setCurrentText("negative")
        ed.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: len(dlg.rows) == start + 1, timeout=WAIT)
        row = dlg.rows[_row_of(dlg, "Charger fire")]
        assert row.counts == f"negative messages matching “charger” on {handle}"
        assert dlg.summary.text().startswith(f"{start + 1} watch")
        shown = [dlg.table.item(_row_of(dlg, "Charger fire"), c).text() for c in range(8)]
        assert shown[5] == "Watching" and shown[7] == "never"

        # edit it: the dialog opens with what is stored; a stricter, wider watch on all accounts
        dlg.table.selectRow(_row_of(dlg, "Charger fire"))
        assert dlg.edit_button.isEnabled()
        dlg.edit_button.click()
        ed = dlg.editor
        assert ed.keyword.text() == "charger" and ed.account.currentData() == acme_id
        assert ed.windowTitle() == "Edit watch “Charger fire”"
        ed.sensitivity.setCurrentText("strict")
        ed.window.setValue(30)
        ed.account.setCurrentIndex(0)  # all accounts
        ed.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: not ed.isVisible(), timeout=WAIT)
        stored = _watch(c, "Charger fire")
        assert (stored.sensitivity, stored.window_minutes, stored.brand_account_id) == (
            "strict",
            30,
            None,
        )
        assert len(dlg.rows) == start + 1  # changed, not added

        # pause it: stored, shown, and the button offers to resume
        qtbot.waitUntil(lambda: dlg.rows[_row_of(dlg, "Charger fire")].sensitivity == "strict")
        dlg.table.selectRow(_row_of(dlg, "Charger fire"))
        assert dlg.toggle_button.text() == "&Pause"
        dlg.toggle_button.click()
        qtbot.waitUntil(lambda: not _watch(c, "Charger fire").enabled, timeout=WAIT)
        qtbot.waitUntil(lambda: "1 paused" in dlg.summary.text(), timeout=WAIT)
        dlg.table.selectRow(_row_of(dlg, "Charger fire"))
        assert dlg.toggle_button.text() == "&Resume"
        assert dlg.table.item(_row_of(dlg, "Charger fire"), 5).text() == "Paused"

        # delete it after an alert: the watch goes, the alert stays for the room
        with c.factory() as s, s.begin():
            s.add(
                CrisisAlert(
                    workspace_id=stored.workspace_id,
                    watch_id=stored.id,
                    window_start=datetime.now(UTC),
                    kind="negative",
                    count=40,
                    expected=4.0,
                    text="40 mentions in 30 min",
                )
            )
        if start == 0:  # the only other watch, so deleting this one is refused below
            dlg.new_button.click()
            ed = dlg.editor
            ed.name.setText("All mentions")
            ed.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            qtbot.waitUntil(lambda: len(dlg.rows) == 2, timeout=WAIT)
        qtbot.waitUntil(lambda: dlg.rows[_row_of(dlg, "Charger fire")].alerts == 1, timeout=WAIT)
        asked: list[str] = []
        dlg.confirm = lambda _parent, question: asked.append(question) or True
        dlg.table.selectRow(_row_of(dlg, "Charger fire"))
        dlg.delete_button.click()
        qtbot.waitUntil(lambda: _watch(c, "Charger fire") is None, timeout=WAIT)
        assert asked == [
            "Delete the watch “Charger fire”? Its 1 past alert stay in the crisis room; "
            "it stops watching now."
        ]
        with c.session() as s:
            alert = s.scalar(select(CrisisAlert).where(CrisisAlert.text.like("40 mentions%")))
            assert alert is not None and alert.watch_id is None
        qtbot.waitUntil(lambda: all(r.name != "Charger fire" for r in dlg.rows), timeout=WAIT)

        # the last watch cannot be deleted: pausing says what the person means
        while len(dlg.rows) > 1:
            dlg.table.selectRow(0)
            n = len(dlg.rows)
            dlg.delete_button.click()
            qtbot.waitUntil(lambda n=n: len(dlg.rows) == n - 1, timeout=WAIT)
        dlg.table.selectRow(0)
        dlg.delete_button.click()
        qtbot.waitUntil(lambda: "This is the only watch" in dlg.error.text(), timeout=WAIT)
        assert len(dlg.rows) == 1
        w.close()


def test_an_agent_cannot_open_the_watches(qtbot, qapp, demo_console) -> None:
    with running_qasync_loop(qapp):
        w = _window(qtbot, demo_console, "alice")
        assert not w.crisis.watch_action.isEnabled()
        w.close()
