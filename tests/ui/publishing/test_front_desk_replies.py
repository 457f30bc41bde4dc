"""Replies at the front desk, on both backends: an agent's reply goes out without approval
(Ctrl+Enter), a limited role's reply waits and shows in the thread, and the owner-only rule
turned on in the admin panel refuses a colleague's reply with the reason."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt
from sqlalchemy import func, select, update

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Conversation, OutboxItem, Team
from app.identity.auth import authenticate
from app.inbox import conversations as cs
from app.sync.runner import SyncRunner
from tests.support.qt import running_qasync_loop, wait_or_explain
from ui.admin.admin import AdminPanel
from ui.main.main_window import MainWindow
from ui.publishing.approvals import ApprovalsPanel
from ui.widgets.tasks import MessageBridge

WAIT = 15_000


def _sign_in(console, user: str):
    with console.session() as s:
        return authenticate(s, user, "demo")


def _as(console, user: str):
    """Another workstation on the same database, signed in as ``user``."""
    return replace(console, actor=_sign_in(console, user), origin=f"ws-{user}")


def _sync(console, network, n: int = 4) -> None:
    with console.session() as s:
        conns = {a.id: DemoConnector(network, a.handle) for a in s.scalars(select(BrandAccount))}
    network.generate(n)
    SyncRunner(console.factory, conns).run_once()


def _window(qtbot, console, tmp_path, name: str) -> MainWindow:
    w = MainWindow(console, MessageBridge(), pending_dir=tmp_path / name)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _open(qtbot, window: MainWindow, cid: int | None = None) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=WAIT)
    if cid is None:
        window.table.selectRow(0)
    else:
        window.open_conversation(cid)
    wait_or_explain(
        qtbot,
        lambda: window.publishing.composer.editor.isEnabled(),
        lambda: f"the reply box stays disabled: {_reply_state(window, window.console)}",
    )


def _reply_state(window: MainWindow, console) -> str:
    """What the agent sees of her reply and what the outbox holds: a failure's words (one split
    run in five lost a race in the Ctrl+Enter test once, and its words were not kept)."""
    composer = window.publishing.composer
    with console.session() as s:
        items = [(o.id, o.kind, o.status) for o in s.scalars(select(OutboxItem))]
    return (
        f"pane {window.conversation.conversation_id}, composer {composer.conversation_id}, "
        f"message {composer.message.text()!r}, status {composer.item_status.text()!r}, "
        f"box {composer.editor.toPlainText()!r}, height {composer.editor.height()}, "
        f"outbox {items}"
    )


@contextmanager
def _alice_replying(qtbot, qapp, console, network, tmp_path) -> Iterator[MainWindow]:
    """Alice's window on a synced demo inbox with its first conversation open for a reply."""
    _sync(console, network)
    console.actor = _sign_in(console, "alice")
    with running_qasync_loop(qapp):
        window = _window(qtbot, console, tmp_path, "alice")
        _open(qtbot, window)
        yield window
        window.close()


def test_an_agent_replies_without_approval_with_ctrl_enter(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    with _alice_replying(qtbot, qapp, demo_console, demo_network, tmp_path) as window:
        composer = window.publishing.composer
        wait_or_explain(
            qtbot,
            lambda: composer.submit_button.text() == "Send",
            lambda: (
                f"button {composer.submit_button.text()!r}: {_reply_state(window, demo_console)}"
            ),
        )
        # empty: the box is two lines, no preview; the thread has the space
        empty = composer.editor.height()
        assert not composer.preview.isVisible() and not composer.attachments.isVisible()
        assert window.conversation.thread.height() > 2 * composer.height()
        qtbot.keyClicks(composer.editor, "Thanks for waiting.")
        for line in ("Your parcel left today.", "Tracking follows.", "Sorry again!"):
            qtbot.keyClick(composer.editor, Qt.Key.Key_Return)
            qtbot.keyClicks(composer.editor, line)
        assert composer.editor.height() > empty  # it grew with its text
        assert composer.preview.isVisible()
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        state = lambda: _reply_state(window, demo_console)  # noqa: E731
        wait_or_explain(qtbot, lambda: composer.message.text() == "Queued to send.", state)
        assert "Approved, sending shortly" in composer.item_status.text(), state()
        assert composer.editor.toPlainText() == "", state()
        wait_or_explain(qtbot, lambda: composer.editor.height() == empty, state)  # collapsed
        with demo_console.session() as s:
            item = s.scalar(select(OutboxItem))
            assert item.status == "approved" and item.approver_id == item.author_id, state()
        # until the publisher sends it, the thread shows it as not sent yet
        wait_or_explain(
            qtbot,
            lambda: (
                "[Not sent yet: approved, sending shortly]"
                in window.conversation.thread.toPlainText()
            ),
            lambda: f"{state()}, thread {window.conversation.thread.toPlainText()[-300:]!r}",
        )


def test_a_limited_roles_reply_waits_and_shows_in_the_thread(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    _sync(demo_console, demo_network)
    with demo_console.factory() as s, s.begin():
        sales = s.scalar(select(Team.id).where(Team.name == "Sales"))
        cid = s.scalar(select(Conversation.id).order_by(Conversation.id).limit(1))
        s.execute(update(Conversation).where(Conversation.id == cid).values(team_id=sales))
    sam = _as(demo_console, "sam")
    with running_qasync_loop(qapp):
        window = _window(qtbot, sam, tmp_path, "sam")
        _open(qtbot, window, cid)
        composer = window.publishing.composer
        qtbot.waitUntil(
            lambda: composer.submit_button.text() == "Submit for approval", timeout=WAIT
        )
        qtbot.keyClicks(composer.editor, "A quote is on its way.")
        qtbot.mouseClick(composer.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: composer.message.text() == "Submitted for approval.", timeout=WAIT)
        thread = window.conversation.thread
        qtbot.waitUntil(
            lambda: "[Not sent yet: waiting for approval]" in thread.toPlainText(), timeout=WAIT
        )
        assert "A quote is on its way. -SL" in thread.toPlainText()
        assert "1 reply not sent yet" in window.conversation.details.text()

        # Lena sends it back with a comment: the thread says so, live
        lena = ApprovalsPanel(_as(demo_console, "lena"), prompt_comment=lambda *_: "Add a price.")
        qtbot.addWidget(lena)
        lena.show()
        lena.reload()
        qtbot.waitUntil(lambda: lena.model.rowCount() == 1, timeout=WAIT)
        lena.table.selectRow(0)
        # Sam does not hold the conversation: the approver is told
        assert lena.warning.text() == (
            "Sam Lopez does not hold this conversation: nobody has claimed it."
        )
        qtbot.mouseClick(lena.reject_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: lena.model.rowCount() == 0, timeout=WAIT)
        qtbot.waitUntil(
            lambda: (
                "[Not sent yet: rejected by Lena Fischer: Add a price.]" in thread.toPlainText()
            ),
            timeout=WAIT,
        )
        window.close()


def test_owner_only_from_the_admin_panel_refuses_a_colleagues_reply(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    _sync(demo_console, demo_network)
    alice, bob = _as(demo_console, "alice"), _as(demo_console, "bob")
    with demo_console.factory() as s, s.begin():
        cid = s.scalar(select(Conversation.id).order_by(Conversation.id).limit(1))
        cs.claim(s, alice.actor, cid)
    with running_qasync_loop(qapp):
        window = _window(qtbot, bob, tmp_path, "bob")
        _open(qtbot, window, cid)
        composer = window.publishing.composer
        qtbot.keyClicks(composer.editor, "Bob here, I can help.")

        # IT turns owner-only on in the admin panel
        panel = AdminPanel(_as(demo_console, "ines"))
        qtbot.addWidget(panel)
        panel.show()
        panel.tabs.setCurrentWidget(panel.reply_policy)
        qtbot.waitUntil(lambda: panel.reply_policy.roles.rowCount() > 0, timeout=WAIT)
        assert not panel.reply_policy.owner_only.isChecked()
        panel.reply_policy.owner_only.click()
        qtbot.waitUntil(
            lambda: panel.reply_policy.message.text().startswith("Owner-only is on"),
            timeout=WAIT,
        )

        # Bob's reply box says at once why he may not send; what he typed is kept
        reason = "Only Alice Novak, who owns this conversation, may reply (workspace policy)."
        qtbot.waitUntil(lambda: composer.message.text().startswith(reason), timeout=WAIT)
        assert not composer.submit_button.isEnabled()
        assert composer.editor.toPlainText() == "Bob here, I can help."
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        with demo_console.session() as s:
            assert (
                s.scalar(
                    select(func.count()).select_from(OutboxItem).where(OutboxItem.status != "draft")
                )
                == 0
            )
        # and the service refuses it with the same reason however it is sent
        composer.submit_button.setEnabled(True)
        composer.submit()
        qtbot.waitUntil(lambda: "Nothing was queued" in composer.message.text(), timeout=WAIT)
        assert composer.message.text() == reason + " Nothing was queued; your text is kept."
        panel.close()
        window.close()


def test_the_approvals_panel_says_when_nothing_waits(qtbot, qapp, demo_console) -> None:
    """An empty queue is said in words, not shown as a blank box beside greyed buttons."""
    with running_qasync_loop(qapp):
        lena = ApprovalsPanel(_as(demo_console, "lena"))
        qtbot.addWidget(lena)
        lena.show()
        lena.reload()
        qtbot.waitUntil(
            lambda: lena.detail.placeholderText() == "Nothing is waiting for your approval.",
            timeout=10_000,
        )
        assert not lena.approve_button.isEnabled()


def test_the_approvals_dock_shows_the_text_at_a_laptops_width(
    qtbot, qapp, demo_console, tmp_path
) -> None:
    """At 1366 px the dock's fixed-width columns left the text column "We…" wide."""
    from app.crisis import mode, statements
    from ui.publishing.outbox_model import COLUMNS

    priya = _as(demo_console, "priya")
    with demo_console.session() as s:
        ids = list(s.scalars(select(BrandAccount.id).order_by(BrandAccount.id)))[:2]
    with demo_console.factory() as s, s.begin():
        mode.declare(s, priya.actor, name="Outage", reason="Checkout down")
        statements.draft(
            s, priya.actor, title="Holding", body="We are aware and on it.", account_ids=ids
        )
    with running_qasync_loop(qapp):
        w = _window(qtbot, priya, tmp_path, "priya")
        approvals = w.publishing.approvals
        qtbot.waitUntil(lambda: approvals.model.rowCount() == 2, timeout=WAIT)
        text = approvals.table.columnWidth(COLUMNS["approvals"].index("Text"))
        assert text >= 150, text
        w.close()


def test_a_status_read_begun_before_a_send_does_not_overwrite_it(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    """A draft's autosave (every 2 s while the agent types; a slow machine types slowly) sets off
    a status read; when that read answers after Ctrl+Enter has queued the reply, its older
    answer ("draft") must not replace "approved, sending shortly" under the box."""
    with _alice_replying(qtbot, qapp, demo_console, demo_network, tmp_path) as window:
        composer = window.publishing.composer
        qtbot.keyClicks(composer.editor, "Thanks for waiting, it left today.")
        composer.autosave.stop()
        composer.save_now()
        wait_or_explain(
            qtbot,
            lambda: composer.draft_id is not None,
            lambda: _reply_state(window, demo_console),
        )
        read = composer._status_rows
        answered = threading.Event()

        def slow_read(cid, last):
            rows = read(cid, last)  # read now (the draft), answer after the send
            time.sleep(1.0)
            answered.set()
            return rows

        composer._status_rows = slow_read
        composer.refresh_status()
        qtbot.wait(100)
        composer._status_rows = read
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_or_explain(
            qtbot,
            lambda: composer.message.text() == "Queued to send.",
            lambda: _reply_state(window, demo_console),
        )
        assert not answered.is_set(), "the read answered before the send: nothing was raced"
        qtbot.waitUntil(answered.is_set, timeout=WAIT)
        qtbot.wait(300)  # the old answer has been delivered to the box
        assert "Approved, sending shortly" in composer.item_status.text(), _reply_state(
            window, demo_console
        )
