"""Crisis response end to end, both backends: a demo surge raises an alert, the PR lead declares
a crisis, an agent's reply waits for PR, the room shows the timeline and the related
conversations, a statement approved in two steps goes out to two accounts, the crisis ends with
every setting restored, and the post-mortem exports."""

from __future__ import annotations

import csv
import time
from dataclasses import replace

from PySide6.QtCore import Qt
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.crisis.baseline import hour_key
from app.crisis.observer import CrisisObserver
from app.db.changes import ChangeListener
from app.db.models import BrandAccount, OutboxItem, Workspace
from app.identity.auth import authenticate
from app.routing.engine import RoutingEngine
from app.sync.enrich import classify_item
from app.sync.publisher import Publisher
from app.sync.runner import SyncRunner
from tests.support.qt import running_qasync_loop
from ui.crisis.crisis_ui import DeclareInput
from ui.main.main_window import MainWindow
from ui.publishing.approvals import ApprovalsPanel
from ui.widgets.tasks import MessageBridge

WAIT = 20_000


def _sign_in(console, user: str):
    with console.session() as s:
        return authenticate(s, user, "demo")


def _workstation(console, user: str):
    return replace(console, actor=_sign_in(console, user), origin=f"ws-{user}")


def _connectors(console, network):
    with console.session() as s:
        return {
            a.id: DemoConnector(network, a.handle)
            for a in s.scalars(select(BrandAccount).order_by(BrandAccount.id))
        }


def _runner(console, network) -> tuple[SyncRunner, CrisisObserver]:
    r = SyncRunner(
        console.factory,
        _connectors(console, network),
        enrich=classify_item,
        route=RoutingEngine(auto_assign=False),
    )
    obs = CrisisObserver(warm_up=False)
    r.observe = obs
    return r, obs


def _learn_a_quiet_fortnight(obs: CrisisObserver) -> None:
    (det,) = obs.detectors.values()
    now = hour_key(time.time())
    for wid in det.watches:
        det.fit(wid, {h: 480.0 for h in range(now - 14 * 24, now)})


def _window(qtbot, console) -> MainWindow:
    w = MainWindow(console, MessageBridge())
    qtbot.addWidget(w)
    w.show()
    return w


def _said(window: MainWindow) -> list[str]:
    out: list[str] = []
    window.bridge.listen(lambda _level, text: out.append(text))
    return out


def test_a_crisis_from_alert_to_post_mortem(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    c = demo_console
    runner, obs = _runner(c, demo_network)
    demo_network.generate(8)
    runner.run_once()
    _learn_a_quiet_fortnight(obs)
    c.actor = _sign_in(c, "priya")
    alice_console = _workstation(c, "alice")
    lena_console = _workstation(c, "lena")
    conns = _connectors(c, demo_network)
    publisher = Publisher(c.factory, conns, interval=0.2, sqlite_yield=0)
    with c.session() as s:
        before = s.scalar(select(Workspace))
        settings_before = dict(before.settings)
    with running_qasync_loop(qapp):
        priya = _window(qtbot, c)
        priya_said = _said(priya)
        alice = _window(qtbot, alice_console)

        qtbot.waitUntil(lambda: priya.notifier.last_id is not None, timeout=WAIT)
        # 1. a surge from the demo network raises an alert: banner, tray notification
        demo_network.generate_surge(150)
        runner.run_once()
        banner = priya.crisis.banner
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=WAIT)
        text = priya.crisis.banner_label.text()
        assert text.startswith("Negative surge (All mentions):"), text
        assert "usual for a" in text and "% negative" in text
        assert priya.crisis.open_button.isVisible()
        qtbot.waitUntil(
            lambda: any(n.kind == "crisis_alert" for n in priya.notifier.shown), timeout=WAIT
        )
        assert not alice.crisis.banner.isVisible()  # agents are not alerted

        # 2. the PR lead declares a crisis; every workstation shows it
        priya.crisis.prompt_declare = lambda *_: DeclareInput(
            "Bolt charger overheating", "Surge of burn reports", ["charger"]
        )
        priya.crisis.declare_action.trigger()
        qtbot.waitUntil(lambda: priya.crisis.room is not None, timeout=WAIT)
        room = priya.crisis.room
        qtbot.waitUntil(lambda: alice.crisis.banner.isVisible(), timeout=WAIT)
        assert alice.crisis.banner_label.text().startswith("Crisis mode: Bolt charger overheating.")
        qtbot.waitUntil(lambda: alice.publishing.banner.isVisible(), timeout=WAIT)

        # 3. an agent's reply is held for PR's approval
        qtbot.waitUntil(lambda: alice.model.rowCount() > 0, timeout=WAIT)
        alice.table.selectRow(0)
        composer = alice.publishing.composer
        qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=WAIT)
        qtbot.keyClicks(composer.editor, "We are looking into it right now.")
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: "Awaiting approval: PR (step 1 of 1)" in composer.item_status.text(),
            timeout=WAIT,
        )
        approvals = priya.publishing.approvals
        approvals.reload()
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 1, timeout=WAIT)
        approvals.table.selectRow(0)
        qtbot.mouseClick(approvals.approve_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 0, timeout=WAIT)
        publisher.run_once()  # PR cleared it: it goes out through the crisis pause
        qtbot.waitUntil(lambda: "Sent" in composer.item_status.text(), timeout=WAIT)

        # 4. the room: the timeline and the related conversations (crisis routing)
        demo_network.generate_surge(60)
        runner.run_once()
        qtbot.waitUntil(lambda: len(room.chart.minutes) > 0, timeout=WAIT)
        qtbot.waitUntil(lambda: room.related_model.rowCount() > 0, timeout=WAIT)
        # grouped under the crisis's phrases (the declared keyword and the alert's top words)
        groups = [
            room.related_model.item(i, 0).text() for i in range(room.related_model.rowCount())
        ]
        phrases = {g.split("”")[0].lstrip("“") for g in groups}
        assert room.data is not None and room.data.crisis is not None
        assert "charger" in room.data.crisis.keywords  # declared; the others are the alert's
        assert phrases <= set(room.data.crisis.keywords) | {"other"}, groups
        assert all(" conversation" in g for g in groups)
        assert room.tabs.tabText(0).startswith("Related conversations (")
        qtbot.waitUntil(lambda: room.chart.paints > 0, timeout=WAIT)

        # 5. a statement, approved by the PR lead then an executive, out to two accounts
        ids = sorted(conns)
        room.prompt_statement = lambda *_: (
            "Holding: Bolt charger",
            "We are aware of reports about the Bolt charger and are investigating urgently.",
            ids,
        )
        room.draft_button.click()
        qtbot.waitUntil(lambda: room.statement_model.rowCount() == 1, timeout=WAIT)
        room.statement_view.selectRow(0)
        room.approve_button.click()
        qtbot.waitUntil(
            lambda: "Executive or legal (step 2 of 2)" in room.statement_empty.text(), timeout=WAIT
        )
        lena_queue = ApprovalsPanel(lena_console)
        qtbot.addWidget(lena_queue)
        lena_queue.show()
        lena_queue.reload()
        qtbot.waitUntil(lambda: lena_queue.model.rowCount() == 2, timeout=WAIT)
        for _ in range(2):
            lena_queue.table.selectRow(0)
            n = lena_queue.model.rowCount()
            qtbot.mouseClick(lena_queue.approve_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda n=n: lena_queue.model.rowCount() == n - 1, timeout=WAIT)
        sent = [o for o in publisher.run_once() if o.status == "sent"]
        assert len(sent) == 2
        for net_brand in demo_network.brands:
            assert demo_network.sent[net_brand][-1].text.startswith("We are aware of reports")
        room._lists_due = True
        qtbot.waitUntil(
            lambda: (
                room.statement_model.rowCount() == 1
                and room.statement_model.item(0, 2).text() == "Published to 2 accounts"
            ),
            timeout=WAIT,
        )
        # agents are offered the holding statement first
        composer.load()
        qtbot.waitUntil(
            lambda: (
                composer.canned_combo.count() > 1
                and composer.canned_combo.itemText(1).startswith("Holding statement: Holding: Bolt")
            ),
            timeout=WAIT,
        )

        # 6. the crisis ends with every setting restored; a second "End" says it is over
        priya.crisis.prompt_reason = lambda *_: "Statement out, volume back to usual"
        priya.crisis.end_action.trigger()
        qtbot.waitUntil(lambda: not alice.crisis.banner.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: not alice.publishing.banner.isVisible(), timeout=WAIT)
        with c.session() as s:
            ws = s.scalar(select(Workspace).execution_options(populate_existing=True))
            assert (ws.crisis_mode, ws.publishing_paused, ws.paused_reason) == (
                before.crisis_mode,
                before.publishing_paused,
                before.paused_reason,
            )
            assert ws.settings == settings_before
        priya.crisis.end_action.trigger()
        qtbot.waitUntil(
            lambda: any("already ended the crisis" in t for t in priya_said), timeout=WAIT
        )
        # the decision log has it all
        room._lists_due = True

        def whats() -> set[str]:
            return {room.log_model.item(i, 2).text() for i in range(room.log_model.rowCount())}

        qtbot.waitUntil(lambda: "ended the crisis" in whats(), timeout=WAIT)
        assert {"declared the crisis", "drafted a statement", "signed an approval step"} <= whats()

        # 7. the post-mortem
        room.prompt_folder = lambda *_: tmp_path
        room.export_button.click()
        qtbot.waitUntil(lambda: room.last_export is not None, timeout=WAIT)
        exp = room.last_export
        page = exp.html.read_text(encoding="utf-8")
        assert "Post-mortem: Bolt charger overheating" in page and "<svg" in page
        rows = list(csv.reader(exp.timeline_csv.open(encoding="utf-8")))
        assert rows[0][0] == "minute_utc" and len(rows) > 1
        conv_rows = list(csv.reader(exp.conversations_csv.open(encoding="utf-8")))
        assert len(conv_rows) > 1 and conv_rows[1][1] in phrases
        with c.session() as s:
            assert s.scalar(select(OutboxItem.status).where(OutboxItem.kind == "reply")) == "sent"
        for w in (priya, alice):
            w.close()


def test_a_crisis_declared_while_a_workstation_is_offline_reaches_it_on_reconnect(
    qtbot, qapp, demo_console
) -> None:
    c = demo_console
    c.actor = _sign_in(c, "alice")
    priya_console = _workstation(c, "priya")
    with running_qasync_loop(qapp):
        alice = _window(qtbot, c)
        qtbot.waitUntil(lambda: alice.listener.connected.is_set(), timeout=WAIT)
        qtbot.waitUntil(lambda: alice.crisis.refreshes > 0, timeout=WAIT)
        # Alice's workstation drops off the change feed
        last = alice.listener.last_id
        alice.listener.stop()
        from app.crisis import mode

        with priya_console.factory() as s, s.begin():
            mode.declare(s, priya_console.actor, name="Outage", reason="Checkout down")
        qtbot.wait(300)
        assert not alice.crisis.banner.isVisible()
        # back online: the feed resumes from where it stopped and the banner shows
        alice.listener = ChangeListener(
            c.engine, lambda batch: alice.change_bridge.changes.emit(list(batch)), start_after=last
        )
        alice.listener.start()
        qtbot.waitUntil(lambda: alice.crisis.banner.isVisible(), timeout=WAIT)
        assert alice.crisis.banner_label.text().startswith("Crisis mode: Outage.")
        alice.listener.stop()
        alice.close()


def test_a_watch_with_a_bad_keyword_is_refused_with_the_reason(qtbot, qapp, demo_console) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.db.models import CrisisWatch

    c = demo_console
    c.actor = _sign_in(c, "priya")
    with running_qasync_loop(qapp):
        w = _window(qtbot, c)
        w.crisis.new_watch()
        dlg = w.crisis.watch_list.editor
        save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
        dlg.name.setText("Charger")
        for bad, reason in (("   ", "empty"), ("/(unclosed/", "not a valid regular expression")):
            dlg.keyword.setText(bad)
            save.click()
            qtbot.waitUntil(lambda reason=reason: reason in dlg.error.text(), timeout=WAIT)
            assert dlg.isVisible()
        dlg.keyword.setText("charger")
        save.click()
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=WAIT)
        with c.session() as s:
            assert s.scalar(select(CrisisWatch.keyword).where(CrisisWatch.name == "Charger")) == (
                "charger"
            )
        w.close()


def test_a_colleagues_statement_keeps_the_persons_approval_result_and_pick(
    qtbot, qapp, demo_console
) -> None:
    """The statement list reloads on every colleague's change. The line saying what became of
    the person's approval, and the row they picked, must outlive that reload (the full flow
    above lost the approval's result so, one run in several)."""
    from app.crisis import statements

    c = demo_console
    c.actor = _sign_in(c, "priya")
    colleague = _workstation(c, "priya")  # the same lead, at a second desk
    with c.session() as s:
        ids = list(s.scalars(select(BrandAccount.id).order_by(BrandAccount.id)))[:1]

    def colleague_drafts(title: str) -> int:
        with colleague.factory() as s, s.begin():
            return statements.draft(
                s, colleague.actor, title=title, body="Update.", account_ids=ids, origin="ws-2"
            ).id

    with running_qasync_loop(qapp):
        priya = _window(qtbot, c)
        priya.crisis.prompt_declare = lambda *_: DeclareInput("Outage", "Checkout down", [])
        priya.crisis.declare_action.trigger()
        qtbot.waitUntil(lambda: priya.crisis.room is not None, timeout=WAIT)
        room = priya.crisis.room
        room.prompt_statement = lambda *_: ("Holding", "We are on it.", ids)
        room.draft_button.click()
        qtbot.waitUntil(lambda: room.statement_model.rowCount() == 1, timeout=WAIT)
        room.statement_view.selectRow(0)
        room.approve_button.click()
        step_two = "Executive or legal (step 2 of 2)"
        qtbot.waitUntil(lambda: step_two in room.statement_empty.text(), timeout=WAIT)

        colleague_drafts("Second update")
        qtbot.waitUntil(lambda: room.statement_model.rowCount() == 2, timeout=WAIT)
        said = room.statement_empty.text()
        assert said.startswith("2 statements.") and f"“Holding”: Awaiting approval: {step_two}" in (
            said
        ), said

        # the person picks a row that is not the first; a colleague's draft reloads the list
        rows = {
            room.statement_model.item(r, 0).text(): r
            for r in range(room.statement_model.rowCount())
        }
        room.statement_view.selectRow(rows["Second update"])
        picked = room.selected_statement()
        colleague_drafts("Third update")
        qtbot.waitUntil(lambda: room.statement_model.rowCount() == 3, timeout=WAIT)
        assert room.selected_statement() == picked
        assert room.approve_button.isEnabled()
        priya.close()
