"""The notification centre on both backends: a mention made while Bob was signed out waits for
him at sign-in; a flood of SLA breaches is one line per team; only what concerns him by default;
opening a line opens the conversation and marks it read."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Conversation, Notification
from app.identity.auth import authenticate
from app.inbox import conversations as cs
from app.inbox import sla
from app.notify import centre
from app.sync.runner import SyncRunner
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.notify.centre import CONVERSATION_ROLE, IDS_ROLE
from ui.widgets.tasks import MessageBridge

WAIT = 15_000


def _as(console, user: str):
    with console.session() as s:
        return replace(console, actor=authenticate(s, user, "demo"), origin=f"ws-{user}")


def _away_shift(console, network) -> tuple[int, int, int]:
    """While Bob is signed out: breaches flood in, Alice claims one and mentions Bob on another."""
    with console.session() as s:
        conns = {a.id: DemoConnector(network, a.handle) for a in s.scalars(select(BrandAccount))}
    network.generate(6)
    SyncRunner(console.factory, conns).run_once()
    alice = _as(console, "alice").actor
    with console.factory() as s, s.begin():
        breached = sla.sweep_breaches(s, now=datetime.now(UTC) + timedelta(days=8))
        claimed, mentioned = sorted(breached)[:2]
        cs.claim(s, alice, claimed)
        cs.add_note(s, alice, mentioned, "@bob could you check the refund on this one?")
    return len(breached), claimed, mentioned


def test_core_concerns_me_and_groups(demo_console, demo_network) -> None:
    n, claimed, mentioned = _away_shift(demo_console, demo_network)
    bob = _as(demo_console, "bob").actor
    with demo_console.session() as s:
        mine = centre.entries(s, bob)
        everything = centre.entries(s, bob, everything=True)
        assert len(everything) == n + 1 and len(mine) == n  # Alice's breach is hers now
        assert claimed not in {e.conversation_id for e in mine if e.kind == "sla_breach"}
        groups = centre.group(mine)
        assert [g.title for g in groups if g.kind == "sla_breach"] == [
            f"{n - 1} SLA breaches in Customer Service"
        ]
        assert [g.entries[0].conversation_id for g in groups if g.kind == "mention"] == [mentioned]
        assert centre.unread_count(s, bob) == n and centre.hidden_unread(s, bob) == 1


def test_a_mention_made_while_signed_out_is_in_the_centre_at_sign_in(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    n, _claimed, mentioned = _away_shift(demo_console, demo_network)
    bob = _as(demo_console, "bob")
    with running_qasync_loop(qapp):
        window = MainWindow(bob, MessageBridge(), pending_dir=tmp_path / "bob")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        note = window.notifications
        qtbot.waitUntil(lambda: note.centre.loads >= 1, timeout=WAIT)
        assert note.dock.isVisible()  # unread ones at sign-in: the centre opens by itself
        assert note.badge.text() == f"Notifications: {n} unread"
        titles = [note.centre.model.item(i, 0).text() for i in range(note.centre.model.rowCount())]
        assert f"{n - 1} SLA breaches in Customer Service ({n - 1} unread)" in titles
        mention_row = next(i for i, t in enumerate(titles) if "mentioned you" in t)
        assert titles[mention_row].startswith("Alice Novak mentioned you in a note on ")
        assert "1 other unread notification is about a colleague's conversation" in (
            note.centre.summary.text()
        )
        # the grouped line opens to one line per breach
        row = titles.index(f"{n - 1} SLA breaches in Customer Service ({n - 1} unread)")
        assert note.centre.model.item(row, 0).rowCount() == n - 1

        # opening the mention opens its conversation and marks it read
        index = note.centre.model.index(mention_row, 0)
        note.centre.tree.doubleClicked.emit(index)
        qtbot.waitUntil(lambda: window.conversation.conversation_id == mentioned, timeout=WAIT)
        qtbot.waitUntil(lambda: note.badge.text() == f"Notifications: {n - 1} unread", timeout=WAIT)
        qtbot.waitUntil(
            lambda: "@bob could you check" in window.conversation.thread.toPlainText(),
            timeout=WAIT,
        )

        # "All" shows Alice's breach too; "Mark all read" empties the badge
        note.centre.scope.setCurrentIndex(1)
        qtbot.waitUntil(
            lambda: any(
                note.centre.model.item(i, 0).text().startswith(f"{n} SLA breaches")
                for i in range(note.centre.model.rowCount())
            ),
            timeout=WAIT,
        )
        note.centre.all_read_button.click()
        qtbot.waitUntil(lambda: note.badge.text() == "Notifications: none unread", timeout=WAIT)
        with demo_console.session() as s:
            left = s.scalar(
                select(func.count())
                .select_from(Notification)
                .where(
                    Notification.employee_id == bob.actor.employee_id,
                    Notification.read_at.is_(None),
                )
            )
            assert left == 0
            assert s.get(Conversation, mentioned) is not None
        window.close()


def test_the_picked_line_stays_picked_when_a_new_notification_reloads_the_list(
    qtbot, qapp, demo_console, demo_network, tmp_path
) -> None:
    n, claimed, mentioned = _away_shift(demo_console, demo_network)
    bob = _as(demo_console, "bob")
    alice = _as(demo_console, "alice").actor
    with running_qasync_loop(qapp):
        window = MainWindow(bob, MessageBridge(), pending_dir=tmp_path / "bob")
        qtbot.addWidget(window)
        window.show()
        c = window.notifications.centre
        qtbot.waitUntil(lambda: c.loads >= 1, timeout=WAIT)

        def picked() -> tuple[bool, list[int] | None]:
            index = c.tree.currentIndex()
            return index.parent().isValid(), index.data(IDS_ROLE)

        def alice_mentions_bob() -> None:
            loads = c.loads
            with demo_console.factory() as s, s.begin():
                cs.add_note(s, alice, claimed, "@bob one more for you")
            qtbot.waitUntil(lambda: c.loads > loads, timeout=WAIT)

        # a single line (the mention), picked; a newer mention arrives above it
        row = next(
            i for i in range(c.model.rowCount()) if "mentioned you" in c.model.item(i, 0).text()
        )
        c.tree.setCurrentIndex(c.model.index(row, 0))
        before = picked()
        alice_mentions_bob()
        assert before[1] and picked() == before
        assert c.tree.currentIndex().data(CONVERSATION_ROLE) == mentioned
        # one breach inside the grouped line, picked; the list reloads again
        group = next(i for i in range(c.model.rowCount()) if c.model.item(i, 0).rowCount() > 1)
        c.tree.setExpanded(c.model.index(group, 0), True)
        child = c.model.index(1, 0, c.model.index(group, 0))
        c.tree.setCurrentIndex(child)
        before = picked()
        alice_mentions_bob()
        assert before[0] and picked() == before
        c.read_button.click()  # "Mark read" acts on that breach, not on nothing
        qtbot.waitUntil(
            lambda: not c.model.itemFromIndex(c.tree.currentIndex()).font().bold(), timeout=WAIT
        )
        window.close()
