"""The workstation's read path on PostgreSQL: one round trip per refresh, a rested connection
tested before use, and the refresh statement reused (prepared) whatever the number of ids."""

from __future__ import annotations

import time

import pytest
from psycopg.pq import TransactionStatus
from sqlalchemy import text

from app.db.engine import make_engine, one_statement, session_factory

pytestmark = pytest.mark.postgres


def test_a_refresh_reads_outside_any_transaction_and_the_pool_comes_back_clean(pg_url) -> None:
    engine = make_engine(pg_url, pool_size=1, max_overflow=0)
    factory = session_factory(engine)
    try:
        with one_statement(factory) as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
            raw = s.connection().connection.dbapi_connection
            # no BEGIN was sent: the statement ran on its own (autocommit)
            assert raw.info.transaction_status == TransactionStatus.IDLE
        with factory() as s:  # the same pooled connection, back to transactions
            s.execute(text("SELECT 1"))
            raw = s.connection().connection.dbapi_connection
            assert raw.info.transaction_status == TransactionStatus.INTRANS
    finally:
        engine.dispose()


def test_a_rested_connection_is_tested_and_replaced_a_busy_one_is_not_pinged(pg_url) -> None:
    """The server drops a pooled connection while it rests: the next checkout tests it and
    hands out a new one, so the caller sees no error. A connection used a moment ago is not
    tested (the round trip a busy workstation paid on every read)."""
    engine = make_engine(pg_url, pool_size=1, max_overflow=0, ping_after_idle_s=0.3)
    pings = []
    real_ping = engine.dialect.do_ping

    def counted(conn):  # noqa: ANN001, ANN202
        pings.append(1)
        return real_ping(conn)

    engine.dialect.do_ping = counted  # type: ignore[method-assign]
    admin = make_engine(pg_url)
    try:
        with engine.connect() as c:
            pid = c.execute(text("SELECT pg_backend_pid()")).scalar()
        for _ in range(5):  # busy: back within the window, never tested
            with engine.connect() as c:
                assert c.execute(text("SELECT pg_backend_pid()")).scalar() == pid
        assert pings == []
        with admin.connect() as c:
            assert c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid}).scalar()
        time.sleep(0.5)  # rests past the window
        with engine.connect() as c:
            fresh = c.execute(text("SELECT pg_backend_pid()")).scalar()
        assert fresh != pid and pings == [1]
    finally:
        engine.dispose()
        admin.dispose()


def test_the_refresh_statement_is_one_text_whatever_the_number_of_ids(pg_url) -> None:
    from sqlalchemy.dialects import postgresql

    from app.identity.access import Actor, Grant, Permission
    from app.inbox import views

    actor = Actor(1, "a", "A", 1, frozenset({1}), (Grant(Permission.READ_TEAM_INBOX),))
    flt = views.InboxFilter(view=views.View.TEAMS)
    q = views._in_view_statement(actor, flt, True)
    assert views._in_view_statement(actor, flt, True) is q  # built once
    sql = str(q.compile(dialect=postgresql.dialect()))
    assert "= ANY (%(ids)s" in sql and "POSTCOMPILE_ids" not in sql
