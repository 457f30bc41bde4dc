"""Listening as employees' own PostgreSQL logins: row-level security agrees with the app — only
``manage_listening`` adds a watch or sends an item to a team, any login that syncs the account
stores what a watch heard, and a request cannot be signed in someone else's name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from accounts.listening import SearchPage
from app.db.models import BrandAccount, Conversation, ListeningItem, ListeningWatch, Team
from app.identity.access import AccessDenied
from app.listening import stream, watches
from app.session.signin import sign_in_postgres
from app.sync.listening import ListeningPump
from tests.integration.identity.conftest import PASSWORD, World, build_world

pytestmark = pytest.mark.postgres


class _Network:
    """The network side only (what is under test here is the database): one heard post."""

    network = "simulated"

    def listen(self, kind: str, query: str, cursor: str | None) -> SearchPage:
        item = InboundItem(
            remote_id="heard-1",
            kind=ItemKind.MENTION,
            author=RemoteAuthor("u1", "ana"),
            text=f"Who else loves #{query}? Want to order a dozen",
            created_at=datetime.now(UTC),
            thread_key="heard-1",
        )
        return SearchPage([item], cursor="heard-1")


@pytest.fixture
def world(pg_cluster) -> Iterator[World]:
    dbname = pg_cluster.create_database("listening")
    w = build_world(pg_cluster, dbname)
    yield w
    w.console.close()
    pg_cluster.drop_database(dbname)


def _as(w: World, who: str):
    return sign_in_postgres(w.url(), w.login(who), PASSWORD, delay=0)


def test_listening_on_employee_logins(world: World) -> None:
    w = world
    pr, agent, admin = _as(w, "pr"), _as(w, "agent"), _as(w, "admin")
    try:
        with w.console.session() as s:
            acc = s.scalar(select(BrandAccount.id).where(BrandAccount.handle == "acme"))
            sales = s.scalar(select(Team.id).where(Team.name == "Sales"))
        with pr.factory() as s, s.begin():
            wid = watches.add_watch(s, pr.actor, account_id=acc, kind="hashtag", text="acme").id
        with agent.factory() as s, s.begin(), pytest.raises(AccessDenied):
            watches.add_watch(s, agent.actor, account_id=acc, kind="keyword", text="acme")
        # a modified client cannot add one either: the database refuses
        with w.connect("agent") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO listening_watch (workspace_id, brand_account_id, kind, query, "
                "enabled, created_at) SELECT workspace_id, id, 'keyword', 'x', true, now() "
                "FROM brand_account WHERE id = %s",
                (acc,),
            )
        # IT's workstation syncs the account: its login stores what the watch heard
        out = ListeningPump().run(admin.factory, {acc: _Network()})
        assert out.heard == 1 and not out.errors
        with agent.session() as s:  # everyone in the workspace reads the stream
            (row,) = stream.stream_page(s, agent.actor.workspace_id)
            assert row.watch == "#acme"
        # an agent cannot ask for a promotion, neither through the app nor around it
        with agent.factory() as s, s.begin(), pytest.raises(AccessDenied):
            stream.request_promotion(s, agent.actor, row.id, sales)
        with w.connect("agent") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE listening_item SET promote_team_id = %s, promoted_by_id = %s WHERE id = %s",
                (sales, w.ids["pr"], row.id),
            )
        with pr.factory() as s, s.begin():
            stream.request_promotion(s, pr.actor, row.id, sales)
        # IT's login may not write conversations: the request waits for the worker's login
        out = ListeningPump().run(admin.factory, {})
        assert out.filed == 0 and out.errors
        with w.console.session() as s:
            it = s.get(ListeningItem, row.id)
            assert it.conversation_id is None and it.promote_error is None
        out = ListeningPump().run(w.console.factory, {})
        assert out.filed == 1, out.errors
        with w.console.session() as s:
            it = s.get(ListeningItem, row.id)
            assert s.get(Conversation, it.conversation_id).team_id == sales
            assert s.get(ListeningWatch, wid).cursor == "heard-1"
    finally:
        for c in (pr, agent, admin):
            c.close()
