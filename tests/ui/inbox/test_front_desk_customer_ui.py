"""Merge, split and the customer panel in the main window, as an agent uses them — with a
customer whose name and messages are hostile text, shown exactly and as plain text."""

from __future__ import annotations

import re
import threading
import uuid
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount, Conversation, Message
from app.demo import ensure_demo_workspace
from app.inbox.avatars import AvatarCache
from app.session.console import Console
from app.sync.ingest import ingest_items
from tests.support.inbox import HOSTILE, actor, keep_threads_apart
from tests.support.qt import running_qasync_loop
from ui.inbox.customer_panel import LinkDialog
from ui.inbox.merge_split import MergeDialog, SplitDialog
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge

WAIT = 10_000
EVIL = "<img src=x onerror=alert(1)> \u202eEvil <b>Ana</b>"
T = "2026-11-05T09:00:00+00:00"


@pytest.fixture
def console(sqlite_url):
    c = Console.open(sqlite_url)
    with c.factory() as s, s.begin():
        ensure_demo_workspace(s)
    c.actor = actor(c, "alice")
    yield c
    c.close()


def _ingest(console, items, account_id=None) -> list[int]:
    with console.factory() as s, s.begin():
        acc = (
            s.get(BrandAccount, account_id)
            if account_id
            else s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        )
        r = ingest_items(s, acc, items, default_team_id=acc.settings["default_team_id"])
        return r.new_conversation_ids


def _item(rid, thread, text, *, who, minutes=0, parent=None):
    from datetime import datetime, timedelta

    return InboundItem(
        remote_id=rid,
        kind=ItemKind.MENTION,
        author=who,
        text=text,
        created_at=datetime.fromisoformat(T) + timedelta(minutes=minutes),
        thread_key=thread,
        parent_remote_id=parent,
    )


def _window(qtbot, console, tmp_path) -> MainWindow:
    w = MainWindow(console, MessageBridge(), pending_dir=tmp_path / "pending")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def _open(qtbot, w: MainWindow, cid: int) -> None:
    qtbot.waitUntil(lambda: w.model.row_of(cid) is not None, timeout=WAIT)
    w.table.selectRow(w.model.row_of(cid))
    pane = w.conversation
    qtbot.waitUntil(
        lambda: pane.snapshot is not None and pane.snapshot.view.conversation_id == cid,
        timeout=WAIT,
    )


def _dialog(qtbot, parent, cls):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(cls)), timeout=WAIT)
    return next(d for d in parent.findChildren(cls) if d.isVisible())


def _all_plain(widget) -> None:
    for label in widget.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_merge_and_split_from_the_more_menu(qtbot, qapp, console, tmp_path) -> None:
    ana = RemoteAuthor("u-evil", "ana_evil", EVIL)
    keep_threads_apart(console)
    (a,) = _ingest(
        console,
        [
            _item("a1", "ta", HOSTILE[0], who=ana),
            _item(
                "a2",
                "ta",
                "second matter: the charger " + HOSTILE[1],
                who=ana,
                minutes=1,
                parent="a1",
            ),
        ],
    )
    (b,) = _ingest(console, [_item("b1", "tb", HOSTILE[2], who=ana, minutes=2)])
    keep_threads_apart(console, False)
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        _open(qtbot, w, a)
        pane = w.conversation
        assert pane.actions.more_button.isEnabled()
        # merge: the dialog lists b, its text exactly and as plain text
        pane.actions.merge_action.trigger()
        dialog = _dialog(qtbot, pane, MergeDialog)
        assert dialog.list.count() == 1
        item = dialog.list.item(0)
        # the conversation's one-line snippet (ingest folds it: zero-width joiners go)
        assert "family 👨👩👧👦 emoji" in item.text()
        assert "1 message ·" in item.text()
        assert "<" not in re.sub(r"^<p[^>]*>|</p>$|<br>", "", item.toolTip())
        dialog.list.setCurrentRow(0)
        dialog.accept()
        qtbot.waitUntil(lambda: pane.reshaped == 1, timeout=WAIT)
        assert pane.notice.text() == (
            "Merged the customer's other conversation into this one: 1 message and 0 notes moved, "
            "tags and history kept."
        )
        qtbot.waitUntil(lambda: "family 👨" in pane.thread.toPlainText(), timeout=WAIT)
        qtbot.waitUntil(lambda: w.model.row_of(b) is None, timeout=WAIT)
        assert "3 messages" in pane.details.text()
        # split: a2 (the charger) leaves for a new conversation
        pane.actions.split_action.trigger()
        split = _dialog(qtbot, pane, SplitDialog)
        rows = [split.list.item(i).text() for i in range(split.list.count())]
        assert len(rows) == 3 and any("second matter" in r for r in rows)
        split.list.setCurrentRow(next(i for i, r in enumerate(rows) if "second matter" in r))
        split.accept()
        qtbot.waitUntil(lambda: pane.reshaped == 2, timeout=WAIT)
        assert pane.notice.text() == (
            "Split 1 message off into a new conversation: open it from the customer's history "
            "below."
        )
        with console.session() as s:
            new = s.scalar(select(Message.conversation_id).where(Message.remote_id == "a2"))
            # (SQLite may give the new conversation the merged one's freed id: it was the newest)
            assert new != a
            assert s.get(Conversation, a).message_count == 2
        qtbot.waitUntil(lambda: w.model.row_of(new) is not None, timeout=WAIT)
        qtbot.waitUntil(lambda: pane.customer.history.count() == 2, timeout=WAIT)
        assert "second matter" not in pane.thread.toPlainText()
        # the customer panel opens the split-off conversation
        with qtbot.waitSignal(pane.open_requested, timeout=WAIT) as opened:
            item = next(
                pane.customer.history.item(i)
                for i in range(pane.customer.history.count())
                if pane.customer.history.item(i).data(Qt.ItemDataRole.UserRole) == new
            )
            pane.customer.history.itemActivated.emit(item)
        assert opened.args == [new]
        _all_plain(pane)
        w.close()


def _png() -> bytes:
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"\x00\x80\x80\x00\x80\x80"))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def picture_server():
    body = _png()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ana.png"
    server.shutdown()
    server.server_close()


def test_customer_panel_picture_notes_links_with_hostile_text(
    qtbot, qapp, console, tmp_path, picture_server
) -> None:
    ana = RemoteAuthor("u-evil", "ana_evil", EVIL, avatar_url=picture_server)
    (a,) = _ingest(console, [_item("a1", "ta", "where is my order", who=ana)])
    with console.factory() as s, s.begin():
        first = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        masto = BrandAccount(
            workspace_id=first.workspace_id,
            key=uuid.uuid4().hex,
            network="mastodon",
            handle="acme@social.example",
            remote_id="m-acme",
            settings=dict(first.settings),
        )
        s.add(masto)
        s.flush()
        masto_id = masto.id
    other = RemoteAuthor("109", "ana@mastodon.example", "<i>Ana</i> on Mastodon")
    (m,) = _ingest(console, [_item("m1", "tm", HOSTILE[1], who=other, minutes=3)], masto_id)
    with running_qasync_loop(qapp):
        w = _window(qtbot, console, tmp_path)
        panel = w.conversation.customer
        panel.avatars = AvatarCache(tmp_path / "avatars", allow_private=True)  # loopback peer
        _open(qtbot, w, a)
        assert panel.name.text() == f"{EVIL} (@ana_evil)"
        # the picture arrives from the peer and replaces the initials
        qtbot.waitUntil(lambda: panel.avatar_loads >= 1, timeout=WAIT)
        image = panel.avatar.pixmap().toImage()
        assert image.pixelColor(28, 28).red() == 0x80
        assert panel.tabs.tabText(1) == "Notes (0)"
        assert panel.notes.item(0).text().startswith("No notes yet.")
        # a note with hostile text, shown exactly
        note = HOSTILE[0] + "\n" + HOSTILE[1]
        panel.add_note(note)
        qtbot.waitUntil(lambda: panel.actions_done == 1, timeout=WAIT)
        assert panel.status.text() == "Note saved."
        qtbot.waitUntil(lambda: panel.tabs.tabText(1) == "Notes (1)", timeout=WAIT)
        assert panel.notes.item(0).text().endswith(note)
        assert panel.notes.item(0).text().startswith("Alice Novak · ")
        assert "<script>" not in panel.notes.item(0).toolTip()
        assert "&lt;script&gt;" in panel.notes.item(0).toolTip()
        # link the Mastodon profile through the dialog's search
        panel.ask_link()
        dialog = _dialog(qtbot, panel, LinkDialog)
        dialog.query.setText("mastodon")
        dialog.run_search()
        qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=WAIT)
        assert dialog.results.item(0).text() == (
            "@ana@mastodon.example on mastodon — <i>Ana</i> on Mastodon"
        )
        assert dialog.status.text() == "1 profile found; choose one to link."
        dialog.accept()
        qtbot.waitUntil(lambda: panel.actions_done == 2, timeout=WAIT)
        assert panel.status.text() == "Linked: their history now shows together."
        qtbot.waitUntil(lambda: panel.history.count() == 2, timeout=WAIT)
        assert panel.linked.text() == "Same person: @ana@mastodon.example on mastodon"
        assert panel.tabs.tabText(0) == "History (2 conversations)"
        texts = [panel.history.item(i).text() for i in range(2)]
        assert any("ana@mastodon.example → @acme@social.example (mastodon)" in t for t in texts)
        # from the Mastodon conversation: the same person, the note, and a placeholder picture
        _open(qtbot, w, m)
        qtbot.waitUntil(
            lambda: panel.linked.text().startswith("Same person: @ana_evil"), timeout=WAIT
        )
        assert panel.notes.item(0).text().endswith(note)
        assert not panel.avatar.pixmap().isNull()
        # a search with no match says so
        panel.ask_link()
        dialog = _dialog(qtbot, panel, LinkDialog)
        dialog.query.setText("<b>nobody</b>")
        dialog.run_search()
        qtbot.waitUntil(lambda: dialog.status.text().startswith("No profile"), timeout=WAIT)
        assert dialog.status.text() == "No profile you may work on matches '<b>nobody</b>'."
        dialog.reject()
        _all_plain(panel)
        panel.unlink(a and panel.panel.linked[0].customer_id)
        qtbot.waitUntil(lambda: panel.actions_done == 3, timeout=WAIT)
        qtbot.waitUntil(lambda: panel.history.count() == 1, timeout=WAIT)
        assert panel.linked.text() == "" and panel.linked.isHidden()
        w.close()


def test_panel_empty_state_and_a_reader_without_work_rights(qtbot, qapp, console, tmp_path) -> None:
    from ui.inbox.customer_panel import CustomerPanelWidget

    panel = CustomerPanelWidget(console=console)
    qtbot.addWidget(panel)
    assert panel.summary.text() == "Select a conversation to see who wrote and their history."
    assert not panel.link_button.isEnabled() and not panel.add_note_button.isEnabled()
    (cid,) = _ingest(console, [_item("p1", "tp", "hello", who=RemoteAuthor("u-p", "pat_c"))])
    import dataclasses

    from app.identity.access import Grant, Permission
    from app.inbox import conversations as cs

    # a custom role that reads everything and works nothing
    reader = dataclasses.replace(actor(console, "priya"), grants=(Grant(Permission.READ_ALL),))
    with console.session() as s:
        view = cs.customer_panel(s, reader, cid)
    panel.show_panel(view, cid)
    assert not view.can_work
    assert not panel.link_button.isEnabled() and not panel.add_note_button.isEnabled()
    assert panel.notes.item(0).text() == "No notes about this person."
    assert panel.tabs.tabText(0) == "History (1 conversation)"


def test_history_says_when_it_shows_only_the_newest(qtbot, console) -> None:
    from app.inbox import conversations as cs
    from ui.inbox.customer_panel import CustomerPanelWidget

    who = RemoteAuthor("u-many", "many")
    keep_threads_apart(console)
    ids = [
        _ingest(console, [_item(f"n{i}", f"tn{i}", "hi", who=who, minutes=i)])[0] for i in range(3)
    ]
    alice = actor(console, "alice")
    with console.session() as s:
        view = cs.customer_panel(s, alice, ids[0], limit=2)
    assert [c.id for c in view.conversations] == [ids[2], ids[1]] and view.conversation_total == 3
    panel = CustomerPanelWidget(console=console)
    qtbot.addWidget(panel)
    panel.show_panel(view, ids[0])
    assert panel.tabs.tabText(0) == "History (newest 2 of 3 conversations)"
