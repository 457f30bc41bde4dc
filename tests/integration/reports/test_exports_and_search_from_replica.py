"""Exports and search read from a real hot standby (pg_basebackup -R, started by the tests),
say how far behind it is, and fall back to the primary — saying so — when it cannot be reached:
the worker's data-repository export, a conversation's file, and the inbox search."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.db.models import AuditEvent, Message
from app.db.replica import with_login_of
from app.inbox.views import InboxFilter
from app.reports.datarepo import ExportScheduler
from app.session.console import Console
from app.session.signin import sign_in_postgres
from tests.integration.db.test_replica import _wait_replayed
from tests.support import report_desk
from tests.support.pgcluster import PgCluster, start_standby
from tests.support.qt import running_qasync_loop

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@dataclass
class Replicated:
    primary: PgCluster
    standby: PgCluster
    dbname: str
    owner: Console
    desk: report_desk.ReportDesk

    def dead_url(self) -> str:
        """A replica address where nothing listens."""
        return self.primary.url(self.dbname).replace(f":{self.primary.port}/", ":1/")

    def sign_in(self, who: str, replica_url: str | None = None) -> Console:
        return sign_in_postgres(
            self.primary.url(self.dbname),
            self.desk.logins[who],
            report_desk.PASSWORD,
            delay=0,
            replica_url=replica_url or self.standby.url(self.dbname),
        )


@pytest.fixture(scope="module")
def replicated(pg_cluster: PgCluster) -> Iterator[Replicated]:
    standby = start_standby(pg_cluster)
    dbname = pg_cluster.create_database("exports_replica")
    owner = Console.open(pg_cluster.url(dbname))
    try:
        with owner.factory() as s, s.begin():
            desk = report_desk.build(s, suffix=uuid.uuid4().hex[:6])
        _wait_replayed(pg_cluster, standby, dbname)
        yield Replicated(pg_cluster, standby, dbname, owner, desk)
    finally:
        owner.close()
        standby.stop()


def test_the_replicas_address_takes_the_workers_login_when_it_names_none() -> None:
    primary = make_url("postgresql+psycopg://owner:s3cret@db1:5432/console")
    assert make_url(with_login_of("postgresql+psycopg://db2:5432/console", primary)) == primary.set(
        host="db2"
    )
    named = "postgresql+psycopg://reader:pw@db2/console"
    assert with_login_of(named, primary) == named


def test_the_workers_export_reads_the_standby_then_falls_back(
    replicated: Replicated, tmp_path: Path
) -> None:
    r = replicated
    worker = Console.open(r.primary.url(r.dbname), migrate=False)
    # the address IT writes in the configuration names no login: the worker's own is used
    bare = f"postgresql+psycopg://127.0.0.1:{r.standby.port}/{r.dbname}"
    worker.attach_replica(with_login_of(bare, worker.engine.url))
    said: list[str] = []
    try:
        scheduler = ExportScheduler(
            worker.factory, tmp_path / "repo", 3600, on_result=said.append, read=worker.read_session
        )
        _wait_replayed(r.primary, r.standby, r.dbname)
        first = scheduler.run_once()
        assert first.source is not None and first.source.replica
        with r.owner.session() as s:
            on_primary = s.scalar(select(func.count()).select_from(Message))
        assert first.rows.get("messages") == on_primary, (first.rows, on_primary)
        assert "from the replica" in said[-1]
        # the replica goes away: the next run is served by the primary and says so
        worker.replica.close()
        worker.attach_replica(r.dead_url())
        again = scheduler.run_once()
        assert again.source is not None and not again.source.replica
        assert again.total == 0  # nothing new, nothing lost
        assert "from the primary database: the replica cannot be reached" in said[-1]
    finally:
        worker.close()


def test_a_conversations_file_is_read_from_the_standby_and_audited_on_the_primary(
    qtbot, qapp, replicated: Replicated, tmp_path: Path
) -> None:
    from ui.reports.menu import ReportsMenu

    r = replicated
    cid = r.desk.conv["C3"]
    for replica, said in (
        (None, "From the replica"),
        (r.dead_url(), "From the primary database: the replica cannot be reached"),
    ):
        mona = r.sign_in("mona", replica)
        try:
            with running_qasync_loop(qapp):
                window = QMainWindow()
                qtbot.addWidget(window)
                menu = ReportsMenu(window, mona, lambda _c: None, lambda: cid)
                target = tmp_path / f"c3-{bool(replica)}.json"
                menu.export(cid, target)
                qtbot.waitUntil(
                    lambda w=window: "Exported conversation" in w.statusBar().currentMessage(),
                    timeout=15_000,
                )
                assert said in window.statusBar().currentMessage()
                assert target.exists()
        finally:
            mona.close()
    with r.owner.session() as s:
        audited = s.scalar(
            select(func.count()).where(
                AuditEvent.action == "conversation_exported", AuditEvent.target_id == str(cid)
            )
        )
    assert audited == 2  # the standby is read-only: the trail is written on the primary


def test_an_inbox_search_reads_the_standby_and_says_how_fresh(
    qtbot, qapp, replicated: Replicated
) -> None:
    from ui.inbox.inbox_model import InboxModel

    r = replicated
    for replica, replica_used in ((None, True), (r.dead_url(), False)):
        mona = r.sign_in("mona", replica)
        try:
            with running_qasync_loop(qapp):
                model = InboxModel(mona)
                loads = model.loads_done
                model.set_filter(InboxFilter(search="cust_C1", statuses=()))
                qtbot.waitUntil(lambda m=model, n=loads: m.loads_done > n, timeout=15_000)
                assert model.rowCount() == 1
                source = model.read_source
                assert source is not None and source.replica is replica_used
                if not replica_used:
                    assert source.describe().endswith("the replica cannot be reached")
                model.set_filter(InboxFilter(statuses=()))  # no search: the primary, unsaid
                loads = model.loads_done
                qtbot.waitUntil(lambda m=model, n=loads: m.loads_done > n, timeout=15_000)
                model.shutdown()
        finally:
            mona.close()
