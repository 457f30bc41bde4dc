"""Hundreds of workstations through PgBouncer in session mode: sign-in, live changes, the budget.

Session pooling keeps a server connection for each client connection for as long as it lives,
so LISTEN, advisory locks and prepared statements behave as on a direct connection. (Transaction
pooling would not: see docs/scaling.md.)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from app.db import changes
from app.db.changes import ChangeListener
from app.session.signin import sign_in_postgres
from tests.support.handoff_desk import PASSWORD, Desk, build_desk
from tests.support.pgbouncer import PgBouncer, start_pgbouncer
from tests.support.pgcluster import PgCluster

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def desk(pg_cluster: PgCluster) -> Iterator[Desk]:
    d = build_desk(pg_cluster)
    yield d
    d.close()


@pytest.fixture(scope="module")
def bouncer(pg_cluster: PgCluster) -> Iterator[PgBouncer]:
    b = start_pgbouncer(pg_cluster, "session")
    yield b
    b.stop()


def test_employees_sign_in_and_hear_changes_through_pgbouncer(
    bouncer: PgBouncer, desk: Desk
) -> None:
    base = f"postgresql+psycopg://127.0.0.1:{bouncer.port}/{desk.dbname}"
    agent = sign_in_postgres(base, desk.logins["agent"], PASSWORD, delay=0)
    lead = sign_in_postgres(base, desk.logins["agent2"], PASSWORD, delay=0)
    got: list = []
    heard = threading.Event()

    def deliver(batch) -> None:
        got.extend(batch)
        heard.set()

    listener = ChangeListener(agent.engine, deliver)
    listener.start()
    try:
        assert listener.connected.wait(15)
        cid = desk.conversation("Through the bouncer")
        with lead.factory() as s, s.begin():
            changes.publish(s, "conversation", [cid], origin="lead")
        assert heard.wait(15), "no change heard through pgbouncer"
        assert any(cid in c.ids for c in got)
    finally:
        listener.stop()
        agent.close()
        lead.close()


def test_a_wrong_password_is_refused_in_words_through_pgbouncer(
    bouncer: PgBouncer, desk: Desk
) -> None:
    from app.session.signin import SignInError

    base = f"postgresql+psycopg://127.0.0.1:{bouncer.port}/{desk.dbname}"
    with pytest.raises(SignInError, match="user name or password"):
        sign_in_postgres(base, desk.logins["agent"], "not-the-password", delay=0)
