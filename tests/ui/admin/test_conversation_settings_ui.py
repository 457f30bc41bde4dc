"""The admin panel's Conversations tab switches one-open-per-customer; ingest follows it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import AuditEvent, BrandAccount
from app.sync.ingest import ingest_items
from tests.support.inbox import actor
from tests.support.qt import running_qasync_loop
from ui.admin.admin import AdminPanel

T0 = datetime(2026, 11, 6, 9, 0, tzinfo=UTC)


def _new_conversations(console, rid: str, minutes: int) -> list[int]:
    with console.factory() as s, s.begin():
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        it = InboundItem(
            remote_id=rid,
            kind=ItemKind.MENTION,
            author=RemoteAuthor("u-ana", "ana"),
            text="hello",
            created_at=T0 + timedelta(minutes=minutes),
            thread_key=f"t-{rid}",
        )
        return ingest_items(s, acc, [it]).new_conversation_ids


def test_it_switches_it_off_and_on(qtbot, qapp, demo_console) -> None:
    demo_console.actor = actor(demo_console, "ines")
    with running_qasync_loop(qapp):
        panel = AdminPanel(demo_console)
        qtbot.addWidget(panel)
        panel.show()
        tab = panel.conversation_settings
        qtbot.waitUntil(lambda: tab.done >= 1, timeout=15_000)
        assert tab.one_open.isChecked() and tab.one_open.isEnabled()
        assert len(_new_conversations(demo_console, "1", 0)) == 1
        assert _new_conversations(demo_console, "2", 1) == []  # joined
        qtbot.mouseClick(tab.one_open, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.done >= 2, timeout=15_000)
        assert tab.status.text() == "Saved: every new thread opens its own conversation."
        assert not tab.one_open.isChecked()
        assert len(_new_conversations(demo_console, "3", 2)) == 1
        with demo_console.session() as s:
            assert (
                s.scalar(
                    select(AuditEvent.actor_name).where(
                        AuditEvent.action == "one_open_per_customer"
                    )
                )
                == "ines"
            )


def test_an_agent_is_refused_and_the_switch_goes_back(qtbot, qapp, demo_console) -> None:
    from ui.admin.conversation_settings import ConversationSettingsTab

    demo_console.actor = actor(demo_console, "alice")
    with running_qasync_loop(qapp):
        tab = ConversationSettingsTab(demo_console)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: tab.done >= 1, timeout=15_000)
        qtbot.mouseClick(tab.one_open, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.done >= 2, timeout=15_000)
        assert tab.status.text() == (
            "Only a team lead or IT can change how conversations are threaded."
        )
        assert tab.one_open.isChecked()
