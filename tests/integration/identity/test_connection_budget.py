"""The connection budget: a signed-in workstation holds at most two server connections.

One listens for changes; the other does the work and is closed when the workstation is idle.
Counted on the server (pg_stat_activity) while the real main window is open and busy.
"""

from __future__ import annotations

import threading
import time

import psycopg
import pytest
from sqlalchemy import text

from app.db.engine import IdleReleaser
from tests.support.handoff_desk import Desk
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge

pytestmark = pytest.mark.postgres


def _connections(desk: Desk, login: str) -> int:
    with psycopg.connect(desk.cluster.conninfo(desk.dbname), autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND datname = %s",
            (login, desk.dbname),
        ).fetchone()
    return int(row[0]) if row else 0


def test_a_busy_window_holds_two_connections_and_an_idle_one_holds_one(
    qtbot, qapp, desk: Desk, tmp_path
) -> None:
    login = desk.logins["agent"]
    for i in range(3):
        desk.conversation(f"Where is my parcel {i}?")
    with desk.signed_in("agent") as console, running_qasync_loop(qapp):
        window = MainWindow(console, MessageBridge(), pending_dir=tmp_path / "pending")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.rowCount() >= 3, timeout=15_000)
        qtbot.waitUntil(lambda: window.listener.connected.is_set(), timeout=15_000)

        # eight threads asking at once, as run_blocking's workers do: they queue for one connection
        peak = 0
        errors: list[BaseException] = []

        def work() -> None:
            try:
                for _ in range(20):
                    with console.session() as s:
                        s.execute(text("SELECT pg_sleep(0.002)"))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        while any(t.is_alive() for t in threads):
            peak = max(peak, _connections(desk, login))
            time.sleep(0.01)
        assert errors == []
        assert 1 <= peak <= 2, peak

        # idle: the work connection goes, the listener stays
        assert console.idle_release is not None, "the workstation console has no idle release"
        console.idle_release.release()
        qtbot.waitUntil(lambda: _connections(desk, login) == 1, timeout=10_000)
        # and the next query simply opens it again
        with console.session() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
        window.close()
    # signed out: nothing of the employee's stays connected
    qtbot.waitUntil(lambda: _connections(desk, login) == 0, timeout=10_000)


def test_the_idle_release_closes_connections_after_the_idle_time(desk: Desk) -> None:
    login = desk.logins["agent2"]
    with desk.signed_in("agent2") as console:
        releaser = IdleReleaser(console.engine, idle_s=0.4)
        with console.session() as s:
            s.execute(text("SELECT 1"))
        assert _connections(desk, login) == 1
        deadline = time.monotonic() + 10
        while _connections(desk, login) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _connections(desk, login) == 0
        assert releaser.released >= 1
        releaser.stop()
