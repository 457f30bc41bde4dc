"""Crisis mode as employees' own PostgreSQL logins: row-level security and the outbox guard
agree with the app — PR declares and signs, an approver cannot post around PR, PR reads the
decisions of others, and ending restores everything."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import select

from app.crisis import mode, room, statements
from app.db.models import OutboxItem, Workspace
from app.identity.access import AccessDenied
from app.publishing import outbox, pause
from app.session.signin import sign_in_postgres
from tests.integration.identity.conftest import PASSWORD, World, build_world

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(pg_cluster) -> Iterator[World]:
    dbname = pg_cluster.create_database("crisis")
    w = build_world(pg_cluster, dbname)
    yield w
    w.console.close()
    pg_cluster.drop_database(dbname)


def _as(w: World, who: str):
    return sign_in_postgres(w.url(), w.login(who), PASSWORD, delay=0)


def test_crisis_mode_holds_on_employee_logins(world: World) -> None:
    w = world
    pr, lead, admin, agent = _as(w, "pr"), _as(w, "lead"), _as(w, "admin"), _as(w, "agent")
    try:
        with pr.factory() as s, s.begin():
            d = mode.declare(
                s, pr.actor, name="Charger", reason="Burn reports", keywords=["charger"]
            )
        assert not d.joined
        with w.console.session() as s:
            ws = s.scalar(select(Workspace))
            assert ws.crisis_mode and ws.publishing_paused
        # an agent's reply waits for PR: the team lead, an approver, may not approve it
        with agent.factory() as s, s.begin():
            item = outbox.create_draft(
                s, agent.actor, kind="reply", conversation_id=w.conv["support"], text="On it"
            )
            outbox.submit(s, agent.actor, item.id)
            item_id = item.id
        with lead.factory() as s, s.begin(), pytest.raises(AccessDenied, match="PR"):
            outbox.approve(s, lead.actor, item_id)
        # nor can a modified client write the status: the database refuses
        with w.connect("lead") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE outbox_item SET status = 'approved' WHERE id = %s", (item_id,))
        with pr.factory() as s, s.begin():
            assert outbox.approve(s, pr.actor, item_id).status == "approved"
        # IT pauses one account meanwhile: PR sees it in the decision log
        with admin.factory() as s, s.begin():
            acc_id = s.scalar(select(OutboxItem.brand_account_id).where(OutboxItem.id == item_id))
            pause.pause_publishing(s, admin.actor, "token check", account_id=acc_id)
        with pr.session() as s:
            since = d.crisis.declared_at - timedelta(minutes=1)  # the server stamps the trail
            log = room.decision_log(s, pr.actor.workspace_id, since)
        assert {x.what for x in log} >= {"declared the crisis", "paused publishing"}
        assert any(x.who == "Admin" for x in log)
        # a statement, signed by PR then by an approver, on both accounts
        with w.console.session() as s:
            from app.db.models import BrandAccount

            accs = list(s.scalars(select(BrandAccount.id).order_by(BrandAccount.id)))
        with pr.factory() as s, s.begin():
            st = statements.draft(
                s, pr.actor, title="Holding", body="We are on it.", account_ids=accs
            )
            st = statements.approve(s, pr.actor, st.id)
        assert "step 2 of 2" in st.status
        with lead.factory() as s, s.begin():
            st = statements.approve(s, lead.actor, st.id)
        assert st.approved
        with pr.factory() as s, s.begin():
            mode.end(s, pr.actor, reason="over")
        with w.console.session() as s:
            ws = s.scalar(select(Workspace).execution_options(populate_existing=True))
            assert not ws.crisis_mode and not ws.publishing_paused and ws.paused_reason is None
        with pr.factory() as s, s.begin(), pytest.raises(mode.CrisisError, match="already ended"):
            mode.end(s, pr.actor, reason="again")
    finally:
        for c in (pr, lead, admin, agent):
            c.close()
