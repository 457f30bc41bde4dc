"""Conversation work on both backends: ownership, status, tags, notes, canned replies, policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db.changes import latest_id
from app.db.models import (
    Assignment,
    AuditEvent,
    ChangeEvent,
    Conversation,
    Notification,
    Workspace,
)
from app.identity.access import AccessDenied
from app.inbox import canned as cs_canned
from app.inbox import conversations as cs
from tests.support.inbox import HOSTILE, actor, seed


def _events_since(console, after: int) -> list[ChangeEvent]:
    with console.session() as s:
        return list(s.scalars(select(ChangeEvent).where(ChangeEvent.id > after)))


def _do(console, fn, *args, **kw):
    with console.factory() as s, s.begin():
        return fn(s, *args, **kw)


def test_claim_then_conflict_names_the_holder(demo_console) -> None:
    (cid,) = seed(demo_console, ["my order is late"])
    alice, bob = actor(demo_console, "alice"), actor(demo_console, "bob")
    with demo_console.session() as s:
        before = latest_id(s)
        v0 = s.get(Conversation, cid).version
    v1 = _do(demo_console, cs.claim, alice, cid, origin="ws-a")
    assert v1 == v0 + 1
    events = _events_since(demo_console, before)
    assert [(e.topic, e.ids, e.origin) for e in events] == [("conversation", [cid], "ws-a")]
    with pytest.raises(cs.ClaimConflict) as err:
        _do(demo_console, cs.claim, bob, cid)
    text = str(err.value)
    assert text.startswith("Already claimed by Alice Novak at ")
    assert len(text.rsplit(" ", 1)[1].rstrip(".")) == 5  # HH:MM
    # claiming again is a no-op for the holder
    assert _do(demo_console, cs.claim, alice, cid) == v1
    with demo_console.session() as s:
        hist = s.scalars(select(Assignment).where(Assignment.conversation_id == cid)).all()
        assert [(h.action, h.to_employee_id) for h in hist] == [("claim", alice.employee_id)]
        assert (
            s.scalar(select(func.count()).where(AuditEvent.action == "conversation_claimed")) == 1
        )


def test_assign_release_and_permissions(demo_console) -> None:
    (cid,) = seed(demo_console, ["hello"])
    alice, bob, priya, sam = (actor(demo_console, n) for n in ("alice", "bob", "priya", "sam"))
    # sam (sales) cannot even see the support queue
    with pytest.raises(AccessDenied):
        _do(demo_console, cs.claim, sam, cid)
    _do(demo_console, cs.assign, alice, cid, employee_id=bob.employee_id, note="yours")
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert conv.assignee_id == bob.employee_id
        note = s.scalar(select(Notification).where(Notification.employee_id == bob.employee_id))
        assert note.kind == "assignment" and "Alice Novak assigned you" in note.text
    # alice is no team lead: she cannot take it from bob
    with pytest.raises(AccessDenied, match="only a team lead"):
        _do(demo_console, cs.assign, alice, cid, employee_id=alice.employee_id)
    with pytest.raises(AccessDenied):
        _do(demo_console, cs.release, alice, cid)
    # bob hands it off to the PR team: the queue changes, nobody holds it
    with demo_console.session() as s:
        pr_team = next(t for t in cs.assignees(s, bob)[1] if t.name == "PR")
    _do(demo_console, cs.assign, bob, cid, team_id=pr_team.id)
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert conv.team_id == pr_team.id and conv.assignee_id is None
        history = cs.assignment_history(s, priya, cid)
        assert [h.action for h in history] == ["assign", "handoff"]
        assert history[-1].team == "PR"
    # alice no longer sees it; priya (PR, reads all) claims and releases
    with pytest.raises(AccessDenied):
        _do(demo_console, cs.set_priority, alice, cid, 1)
    _do(demo_console, cs.claim, priya, cid)
    _do(demo_console, cs.release, priya, cid)
    with demo_console.session() as s:
        assert s.get(Conversation, cid).assignee_id is None


def test_stale_version_is_refused(demo_console) -> None:
    (cid,) = seed(demo_console, ["hello"])
    alice = actor(demo_console, "alice")
    with demo_console.session() as s:
        v = s.get(Conversation, cid).version
    _do(demo_console, cs.set_priority, alice, cid, 2, expected_version=v)
    with pytest.raises(cs.ConversationConflict, match="changed meanwhile"):
        _do(demo_console, cs.set_status, alice, cid, "resolved", expected_version=v)


def test_status_priority_tags_and_snooze(demo_console) -> None:
    (cid,) = seed(demo_console, ["refund please"])
    alice = actor(demo_console, "alice")
    with pytest.raises(ValueError, match="future"):
        _do(demo_console, cs.set_status, alice, cid, "snoozed")
    until = datetime.now(UTC) + timedelta(hours=1)
    _do(demo_console, cs.set_status, alice, cid, "snoozed", snoozed_until=until)
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert conv.status == "snoozed" and conv.snoozed_until is not None
    # the snooze runs out: any workstation's sweep reopens it, once
    assert _do(demo_console, cs.wake_snoozed, now=until + timedelta(seconds=1)) == [cid]
    assert _do(demo_console, cs.wake_snoozed, now=until + timedelta(seconds=2)) == []
    _do(demo_console, cs.set_status, alice, cid, "resolved")
    _do(demo_console, cs.set_priority, alice, cid, 2)
    with pytest.raises(ValueError):
        _do(demo_console, cs.set_priority, alice, cid, 7)
    tags = _do(demo_console, cs.set_tags, alice, cid, add=["Refund", " VIP  customer "])
    assert tags == ["refund", "vip customer"]
    tags = _do(demo_console, cs.set_tags, alice, cid, add=["bug"], remove=["refund"])
    assert tags == ["bug", "vip customer"]
    with pytest.raises(ValueError):
        _do(demo_console, cs.set_tags, alice, cid, add=["   "])
    with demo_console.session() as s:
        assert cs.known_tags(s, alice) == ["bug", "vip customer"]
        conv = s.get(Conversation, cid)
        assert (conv.status, conv.priority) == ("resolved", 2)
    # a new customer message reopens it (ingest does)
    seed(demo_console, ["again"], prefix="m", start=datetime.now(UTC), round_=1)
    with demo_console.session() as s:
        assert s.get(Conversation, cid).status == "open"


def test_notes_mention_colleagues_who_can_see(demo_console) -> None:
    (cid,) = seed(demo_console, ["broken"])
    alice, bob, sam = (actor(demo_console, n) for n in ("alice", "bob", "sam"))
    res = _do(
        demo_console,
        cs.add_note,
        alice,
        cid,
        "@bob can you check? cc @sam and @nobody, mail me at x@y.z",
    )
    assert res.notified == ["Bob Okafor"] and res.not_notified == ["Sam Lopez"]
    with demo_console.session() as s:
        bob_notes = s.scalars(
            select(Notification).where(Notification.employee_id == bob.employee_id)
        ).all()
        assert len(bob_notes) == 1 and bob_notes[0].kind == "mention"
        assert not s.scalars(
            select(Notification).where(Notification.employee_id == sam.employee_id)
        ).all()
        views = cs.notes(s, bob, cid)
        assert views[0].author == "Alice Novak" and views[0].mentions == ("bob", "sam")
    with pytest.raises(ValueError):
        _do(demo_console, cs.add_note, alice, cid, "   ")


def test_hostile_text_is_stored_exactly(demo_console) -> None:
    (cid,) = seed(demo_console, ["x"])
    alice = actor(demo_console, "alice")
    for text in HOSTILE:
        _do(demo_console, cs.add_note, alice, cid, text)
    with demo_console.session() as s:
        stored = [n.text for n in cs.notes(s, alice, cid)]
    expected = [cs.storable(t) for t in HOSTILE]
    assert stored == expected
    assert stored[0] == HOSTILE[0] and stored[2] == HOSTILE[2] and len(stored[5]) == 100_000


def test_canned_replies_scopes(demo_console) -> None:
    from sqlalchemy import delete

    from app.db.models import CannedReply

    with demo_console.factory() as s, s.begin():
        s.execute(delete(CannedReply))  # start from none: the demo seeds shared ones
    alice, bob, ines = (actor(demo_console, n) for n in ("alice", "bob", "ines"))
    team_id = next(iter(alice.team_ids))
    with pytest.raises(AccessDenied):
        _do(demo_console, cs_canned.create_canned, alice, title="Hi", body="Hello!", scope="shared")
    shared = _do(
        demo_console, cs_canned.create_canned, ines, title="Greeting", body="Hello", scope="shared"
    )
    team = _do(
        demo_console,
        cs_canned.create_canned,
        alice,
        title="Refund",
        body="100% refund",
        scope="team",
        team_id=team_id,
    )
    mine = _do(demo_console, cs_canned.create_canned, alice, title="Sign-off", body="— Alice")
    with demo_console.session() as s:
        assert [c.title for c in cs_canned.list_canned(s, alice)] == [
            "Greeting",
            "Refund",
            "Sign-off",
        ]
        assert [c.title for c in cs_canned.list_canned(s, bob)] == ["Greeting", "Refund"]
        assert [c.id for c in cs_canned.list_canned(s, alice, query="100%")] == [team.id]
        assert cs_canned.list_canned(s, alice, query="_") == []
    with pytest.raises(AccessDenied):
        _do(demo_console, cs_canned.update_canned, bob, mine.id, title="x", body="y")
    _do(demo_console, cs_canned.update_canned, bob, team.id, title="Refund", body="Full refund")
    _do(demo_console, cs_canned.delete_canned, alice, mine.id)
    with demo_console.session() as s:
        assert {c.id: c.scope for c in cs_canned.list_canned(s, alice)} == {
            shared.id: "shared",
            team.id: "team",
        }


def test_owner_only_reply_policy(demo_console) -> None:
    (cid,) = seed(demo_console, ["hello"])
    alice, bob, ines = (actor(demo_console, n) for n in ("alice", "bob", "ines"))
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert cs.may_reply(alice, conv) and cs.may_reply(bob, conv)
        assert not cs.may_reply(ines, conv)  # IT has no reply permission
    with pytest.raises(AccessDenied):
        _do(demo_console, cs.set_owner_only_reply, alice, True)
    _do(demo_console, cs.set_owner_only_reply, ines, True)
    with demo_console.session() as s:
        assert s.scalar(select(Workspace.settings))["owner_only_reply"] is True
        conv = s.get(Conversation, cid)
        assert "claim the conversation first" in cs.reply_refusal(alice, conv)
    _do(demo_console, cs.claim, alice, cid)
    with demo_console.session() as s:
        conv = s.get(Conversation, cid)
        assert cs.may_reply(alice, conv)
        assert cs.reply_refusal(bob, conv) == (
            "Only Alice Novak, who owns this conversation, may reply (workspace policy)."
        )


def test_customer_panel_spans_accounts(demo_console) -> None:
    a = seed(demo_console, ["first"], account_index=0, author="ana", same_customer=True)
    b = seed(
        demo_console, ["second"], account_index=1, author="ana", same_customer=True, prefix="n"
    )
    alice, sam = actor(demo_console, "alice"), actor(demo_console, "sam")
    with demo_console.session() as s:
        panel = cs.customer_panel(s, alice, b[0])
        assert panel.handle == "ana"
        assert [c.id for c in panel.conversations] == [b[0], a[0]]
        assert {c.account for c in panel.conversations} == {"acme", "acme_help"}
        assert panel.contact == {}  # agents do not see contact details
        with pytest.raises(AccessDenied):
            cs.customer_panel(s, sam, b[0])
