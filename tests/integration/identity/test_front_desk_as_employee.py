"""Merge, split, customer links and customer notes with the app signed in as employee logins.

Row-level security keeps messages read-only to employees and every row in their scope: the
checked functions of migration 0016 do the moves, and the policies decide who sees links and
notes. Customer Service works the conversations here; Sales sees none of them.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import func, select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import (
    BrandAccount,
    Conversation,
    ConversationTag,
    CustomerLink,
    Message,
    Note,
    Workspace,
)
from app.identity.access import AccessDenied
from app.inbox import conversations as cs
from app.inbox import customers, merge
from app.sync.ingest import ingest_items
from tests.support.handoff_desk import PASSWORD, Desk

pytestmark = pytest.mark.postgres

T0 = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)


def _ingest(desk: Desk, items: list[InboundItem], team: str = "Customer Service") -> list[int]:
    """As the sync worker does: the owner's connection."""
    with desk.owner.factory() as s, s.begin():
        acc = s.get(BrandAccount, desk.account)
        r = ingest_items(s, acc, items, default_team_id=desk.teams[team])
        return r.new_conversation_ids


def _item(rid: str, thread: str, who: RemoteAuthor, minutes: int = 0, parent: str | None = None):
    return InboundItem(
        remote_id=rid,
        kind=ItemKind.MENTION,
        author=who,
        text=f"text of {rid}",
        created_at=T0 + timedelta(minutes=minutes),
        thread_key=thread,
        parent_remote_id=parent,
    )


def _threads_apart(desk: Desk, apart: bool) -> None:
    with desk.owner.factory() as s, s.begin():
        ws = s.get(Workspace, desk.workspace)
        ws.settings = {**(ws.settings or {}), "one_open_per_customer": not apart}


def test_ingest_joins_the_open_conversation_on_postgres(desk: Desk) -> None:
    n = uuid.uuid4().hex[:6]
    who = RemoteAuthor(f"u-{n}", f"joiner_{n}")
    (cid,) = _ingest(desk, [_item(f"{n}-1", f"{n}-t1", who)])
    assert _ingest(desk, [_item(f"{n}-2", f"{n}-t2", who, 1)]) == []
    with desk.signed_in("agent") as agent, agent.session() as s:
        view = cs.customer_panel(s, agent.actor, cid)
        assert [(c.id, c.message_count) for c in view.conversations] == [(cid, 2)]


def test_agent_merges_and_splits_as_their_login_and_sales_cannot(desk: Desk) -> None:
    n = uuid.uuid4().hex[:6]
    who = RemoteAuthor(f"u-{n}", f"cust_{n}")
    _threads_apart(desk, True)
    (a,) = _ingest(
        desk,
        [
            _item(f"{n}-a1", f"{n}-ta", who),
            _item(f"{n}-a2", f"{n}-ta", who, 1, parent=f"{n}-a1"),
            _item(f"{n}-a3", f"{n}-ta", who, 2, parent=f"{n}-a2"),
        ],
    )
    (b,) = _ingest(desk, [_item(f"{n}-b1", f"{n}-tb", who, 3)])
    _threads_apart(desk, False)
    with desk.signed_in("agent2") as agent2, agent2.factory() as s, s.begin():
        cs.claim(s, agent2.actor, b)
        cs.set_tags(s, agent2.actor, b, add=["warranty"])
        cs.add_note(s, agent2.actor, b, "note on b: <b>not bold</b>")
    with desk.signed_in("seller") as seller:
        with seller.factory() as s, s.begin(), pytest.raises(AccessDenied):
            merge.merge(s, seller.actor, b, a)
        # the function refuses a modified client that skips the app's check
        with seller.factory() as s, s.begin(), pytest.raises(AccessDenied):
            merge._call(
                s,
                "SELECT sc_merge_conversations(CAST(:src AS integer), CAST(:dst AS integer))",
                {"src": b, "dst": a},
            )
    with desk.signed_in("agent") as agent:
        with agent.factory() as s, s.begin():
            result = merge.merge(s, agent.actor, b, a)
        assert (result.messages, result.notes) == (1, 1)
        with agent.session() as s:
            assert s.get(Conversation, b) is None
            conv = s.get(Conversation, a)
            # b's holder fills in where a had none; everything is there, read through RLS
            assert (conv.message_count, conv.assignee_id) == (4, desk.ids["agent2"])
            assert s.scalar(select(func.count()).where(Message.conversation_id == a)) == 4
            assert s.scalars(select(Note.text).where(Note.conversation_id == a)).all() == [
                "note on b: <b>not bold</b>"
            ]
            assert s.scalars(
                select(ConversationTag.tag).where(ConversationTag.conversation_id == a)
            ).all() == ["warranty"]
            history = [h.action for h in cs.assignment_history(s, agent.actor, a)]
            assert history == ["claim", "merge"]
            a2 = s.scalar(select(Message.id).where(Message.remote_id == f"{n}-a2"))
        with agent.factory() as s, s.begin():
            split = merge.split(s, agent.actor, a, a2)
        with agent.session() as s:
            moved = s.scalars(
                select(Message.remote_id).where(
                    Message.conversation_id == split.new_conversation_id
                )
            ).all()
            assert sorted(moved) == [f"{n}-a2", f"{n}-a3"]
            fresh = s.get(Conversation, split.new_conversation_id)
            assert (fresh.message_count, fresh.team_id) == (2, desk.teams["Customer Service"])
            assert s.get(Conversation, a).message_count == 2


def test_links_and_notes_follow_scope(desk: Desk) -> None:
    n = uuid.uuid4().hex[:6]
    x = RemoteAuthor(f"x-{n}", f"x_{n}")
    y = RemoteAuthor(f"y-{n}", f"y_{n}")
    z = RemoteAuthor(f"z-{n}", f"z_{n}")
    (cx,) = _ingest(desk, [_item(f"{n}-x", f"{n}-tx", x)])
    (cy,) = _ingest(desk, [_item(f"{n}-y", f"{n}-ty", y)])
    (cz,) = _ingest(desk, [_item(f"{n}-z", f"{n}-tz", z)], team="Sales")
    with desk.owner.session() as s:
        ids = {k: s.get(Conversation, c).customer_id for k, c in (("x", cx), ("y", cy), ("z", cz))}
    with desk.signed_in("agent") as agent:
        with agent.factory() as s, s.begin():
            assert customers.link(s, agent.actor, ids["x"], ids["y"])
            customers.add_note(s, agent.actor, ids["x"], "Prefers French")
        # Sales' customer is out of the agent's sight: no linking to it
        with agent.factory() as s, s.begin(), pytest.raises(AccessDenied):
            customers.link(s, agent.actor, ids["x"], ids["z"])
    # someone with wider rights (the owner, here) links x and z too
    with desk.owner.factory() as s, s.begin():
        s.add(
            CustomerLink(
                workspace_id=desk.workspace,
                customer_id=min(ids["x"], ids["z"]),
                linked_customer_id=max(ids["x"], ids["z"]),
            )
        )
    with desk.signed_in("agent2") as agent2:
        with agent2.session() as s:
            panel = cs.customer_panel(s, agent2.actor, cy)
            # y's person as agent2 sees it: x (linked), never z (Sales)
            assert [p.handle for p in panel.linked] == [f"x_{n}"]
            assert {c.id for c in panel.conversations} == {cx, cy}
            assert [note.text for note in panel.notes] == ["Prefers French"]
        # a colleague corrects the note; who did is kept
        with agent2.factory() as s, s.begin():
            customers.edit_note(s, agent2.actor, panel.notes[0].id, "Prefers French or English")
        with agent2.session() as s:
            (note,) = cs.customer_panel(s, agent2.actor, cx).notes
            assert (note.text, note.author, note.updated_by) == (
                "Prefers French or English",
                "Agent",
                "Agent2",
            )
    with desk.signed_in("seller") as seller:
        with seller.session() as s:
            panel = cs.customer_panel(s, seller.actor, cz)
            assert panel.linked == [] and [c.id for c in panel.conversations] == [cz]
            assert panel.notes == []
            # straight at the tables: RLS hides the links and notes of customers out of scope
            assert s.scalar(select(func.count()).select_from(CustomerLink)) == 0
        with seller.factory() as s, s.begin(), pytest.raises(AccessDenied):
            customers.add_note(s, seller.actor, ids["x"], "sneaky")
    with desk.signed_in("seller") as seller, seller.factory() as s, s.begin():
        with pytest.raises(AccessDenied):
            customers.edit_note(s, seller.actor, note.id, "sneaky edit")
    with desk.signed_in("agent") as agent:
        with agent.factory() as s, s.begin():
            assert customers.unlink(s, agent.actor, ids["y"], ids["x"]) == 1
        with agent.session() as s:
            assert cs.customer_panel(s, agent.actor, cy).linked == []
    # a modified client writing the table directly is refused by the policy
    with (
        psycopg.connect(
            desk.cluster.conninfo(desk.dbname, user=desk.logins["seller"], password=PASSWORD),
            autocommit=True,
        ) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(
            "INSERT INTO customer_note (workspace_id, customer_id, author_id, text, created_at)"
            " VALUES (%s, %s, %s, 'x', now())",
            (desk.workspace, ids["x"], desk.ids["seller"]),
        )
