"""Reports, exports and search read from a real hot standby, and fall back when it is gone.

The standby is made the way IT would make one: pg_basebackup -R from the test cluster, started
with hot_standby. Employees sign in to both as themselves; row-level security holds on the
standby because physical replication copies the roles and policies.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import func, select, text

from app.db.models import Conversation
from app.db.replica import ReadSource
from app.session.console import Console
from app.session.signin import sign_in_postgres
from tests.support.handoff_desk import PASSWORD, Desk, build_desk
from tests.support.pgcluster import PgCluster, start_standby

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture(scope="module")
def standby(pg_cluster: PgCluster) -> Iterator[PgCluster]:
    s = start_standby(pg_cluster)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def replicated_desk(pg_cluster: PgCluster, standby: PgCluster) -> Iterator[Desk]:
    desk = build_desk(pg_cluster)
    for i in range(4):
        desk.conversation(f"Customer service question {i}")
    desk.conversation("A sales lead", team="Sales")
    _wait_replayed(pg_cluster, standby, desk.dbname)
    yield desk
    desk.close()


def _wait_replayed(primary: PgCluster, standby: PgCluster, dbname: str) -> None:
    """Wait until the standby has replayed everything the primary has committed so far.

    The mark is the WAL *insert* position, not ``pg_current_wal_lsn()`` (the write position):
    the test cluster runs with ``synchronous_commit=off``, so a commit returns before its record
    is written, and waiting for the write position could return with that commit (a new
    database, the rollups) still unreplayed. The standby then read 0 rows, or could not open a
    database it had not created yet, now and then.
    """
    with psycopg.connect(primary.conninfo(), autocommit=True) as p:
        lsn = p.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with psycopg.connect(standby.conninfo(), autocommit=True) as s:
            done = s.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (lsn,)).fetchone()[0]
        if done:
            return
        time.sleep(0.05)
    raise AssertionError("the standby did not catch up in 30 s")


def _visible(session) -> int:
    return int(session.scalar(select(func.count()).select_from(Conversation)) or 0)


def test_an_employee_reads_from_the_standby_within_their_scope(
    pg_cluster: PgCluster, standby: PgCluster, replicated_desk: Desk
) -> None:
    desk = replicated_desk
    console = sign_in_postgres(
        pg_cluster.url(desk.dbname),
        desk.logins["agent"],
        PASSWORD,
        delay=0,
        replica_url=standby.url(desk.dbname),
    )
    try:
        with console.session() as s:
            on_primary = _visible(s)
        with console.read_session() as (s, source):
            assert s.execute(text("SELECT pg_is_in_recovery()")).scalar() is True
            on_standby = _visible(s)
        assert source.replica and source.describe().startswith("From the replica")
        # the agent sees Customer Service's four, not Sales' lead: on both servers alike
        assert on_standby == on_primary == 4
        with console.read_session() as (s, _):
            with pytest.raises(Exception, match="read-only"):
                s.execute(text("UPDATE conversation SET priority = 2"))
    finally:
        console.close()


def test_the_lag_is_said_in_words() -> None:
    assert ReadSource(True, 0.0).describe() == "From the replica, up to date"
    assert ReadSource(True, 3.2).describe() == "From the replica, as of 3 s ago"
    assert ReadSource(True, 125).describe() == "From the replica, as of 2 min ago"
    assert ReadSource(False).describe() == "Live data"


def test_reads_fall_back_to_the_primary_and_say_so(
    pg_cluster: PgCluster, replicated_desk: Desk
) -> None:
    desk = replicated_desk
    # a replica address where nothing listens: unreachable
    dead = pg_cluster.url(desk.dbname).replace(f":{pg_cluster.port}/", ":1/")
    console = sign_in_postgres(
        pg_cluster.url(desk.dbname), desk.logins["agent"], PASSWORD, delay=0, replica_url=dead
    )
    try:
        with console.read_session() as (s, source):
            assert _visible(s) == 4
        assert not source.replica
        assert source.describe() == ("From the primary database: the replica cannot be reached")
        # and it is not tried again on every read (each try would cost a connect timeout)
        started = time.monotonic()
        with console.read_session() as (_s, again):
            pass
        assert not again.replica and time.monotonic() - started < 1.0
    finally:
        console.close()


def test_a_replica_that_is_not_a_standby_is_refused(
    pg_cluster: PgCluster, replicated_desk: Desk
) -> None:
    desk = replicated_desk
    console = sign_in_postgres(
        pg_cluster.url(desk.dbname),
        desk.logins["agent"],
        PASSWORD,
        delay=0,
        replica_url=pg_cluster.url(desk.dbname),  # the primary itself, named by mistake
    )
    try:
        with console.read_session() as (_s, source):
            pass
        assert not source.replica and "not a standby" in source.describe()
    finally:
        console.close()


def test_the_standby_stopping_mid_session_falls_back(
    pg_cluster: PgCluster, replicated_desk: Desk
) -> None:
    """A second standby, stopped while a console uses it: the next read is served by the primary."""
    desk = replicated_desk
    second = start_standby(pg_cluster)
    try:
        _wait_replayed(pg_cluster, second, desk.dbname)
        console = sign_in_postgres(
            pg_cluster.url(desk.dbname),
            desk.logins["agent"],
            PASSWORD,
            delay=0,
            replica_url=second.url(desk.dbname),
        )
        try:
            with console.read_session() as (_s, first):
                pass
            assert first.replica
            second.stop()
            with console.read_session() as (s, after):
                assert _visible(s) == 4
            assert not after.replica
        finally:
            console.close()
    finally:
        second.stop()


def test_no_replica_configured_reads_the_console_database(
    pg_cluster: PgCluster, replicated_desk: Desk
) -> None:
    desk = replicated_desk
    with desk.signed_in("agent") as console:
        assert console.replica is None
        with console.read_session() as (s, source):
            assert _visible(s) == 4
        assert source == ReadSource(False)


def test_a_team_leads_report_reads_from_the_standby_within_her_team(
    pg_cluster: PgCluster, standby: PgCluster
) -> None:
    """The reports' own query on the standby, as the team lead: her team's figures, RLS and all,
    and the source said in words (what the Reports window puts in its status line)."""
    from app.reports import rollups
    from app.reports.metrics import build_report
    from app.reports.scope import ReportScope, report_scope
    from tests.support import report_desk
    from tests.unit.app.reports.test_metrics_by_hand import PERIOD

    dbname = pg_cluster.create_database("reports_replica")
    owner = Console.open(pg_cluster.url(dbname))
    try:
        with owner.factory() as s, s.begin():
            d = report_desk.build(s, suffix=uuid.uuid4().hex[:6])
        with owner.factory() as s, s.begin():
            rollups.catch_up(s)
        _wait_replayed(pg_cluster, standby, dbname)
        lead = sign_in_postgres(
            pg_cluster.url(dbname),
            d.logins["lena"],
            report_desk.PASSWORD,
            delay=0,
            replica_url=standby.url(dbname),
        )
        try:
            scope = report_scope(lead.actor)
            with lead.read_session() as (s, source):
                assert s.execute(text("SELECT pg_is_in_recovery()")).scalar() is True
                mine = build_report(s, scope, PERIOD, now=report_desk.NOW)
                forged = build_report(
                    s, ReportScope(d.workspace, None), PERIOD, now=report_desk.NOW
                )
            assert source.replica and "replica" in source.describe()
            assert mine.total_in == forged.total_in == 5  # her team only, on the standby too
        finally:
            lead.close()
    finally:
        owner.close()
        pg_cluster.drop_database(dbname)
