"""The change feed delivers other workstations' changes, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.changes import ChangeListener
from app.db.models import BrandAccount
from app.session.console import Console
from app.sync.runner import sync_account_once


def test_listener_sees_another_connections_commit(demo_console, demo_network, db_url) -> None:
    got: list = []
    arrived = threading.Event()

    def deliver(batch) -> None:
        got.extend(batch)
        arrived.set()

    other = Console.open(db_url)  # a second workstation on the same database
    listener = ChangeListener(other.engine, deliver, poll_interval=0.05)
    listener.start()
    try:
        assert listener.connected.wait(10)
        with demo_console.session() as s:
            acme = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        demo_network.generate(10)
        out = sync_account_once(
            demo_console.factory, acme.id, DemoConnector(demo_network, acme.handle)
        )
        assert arrived.wait(10), "no change delivered"
        ids = {i for ch in got if ch.topic == "conversation" for i in ch.ids}
        assert set(out.result.conversation_ids) <= ids
    finally:
        listener.stop()
        other.close()
