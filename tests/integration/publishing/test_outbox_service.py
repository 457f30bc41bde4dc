"""The outbox service on both backends: who may do what, and what a person is told."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.models import (
    AccountStatus,
    AuditEvent,
    Notification,
    OutboxItem,
    Role,
    RoleGrant,
    RolePermission,
    Workspace,
)
from app.db.types import utcnow
from app.identity.access import DEFAULT_ROLES, AccessDenied, Permission, load_actor
from app.inbox import canned
from app.publishing import composing, queries
from app.publishing import errors as pub_errors
from app.publishing import outbox as pub
from app.sync.publisher import Publisher
from tests.integration.publishing.conftest import (
    accounts,
    actor_named,
    add_conversation,
    make_employee,
    require_agent_approval,
)


# role → (reply outcome, post outcome): "awaiting", "approved" (skipped approval), "denied"
@pytest.fixture
def demo_console(demo_console):
    """Agents' replies wait for approval here, so the tests follow them through it."""
    require_agent_approval(demo_console)
    return demo_console


EXPECTED = {
    "agent": ("awaiting", "denied"),  # in this module agents need approval (see demo_console)
    "team lead": ("approved", "denied"),
    "pr": ("approved", "awaiting"),
    "sales": ("awaiting", "denied"),
    "product": ("awaiting", "denied"),
    "marketing": ("awaiting", "awaiting"),
    "approver": ("denied", "denied"),
    "it admin": ("denied", "denied"),
}
MAY_APPROVE = {"team lead", "approver"}


def _outcome(s, actor, kind, account_id, conv_id) -> str:
    try:
        item = pub.create_draft(
            s,
            actor,
            kind=kind,
            account_id=account_id,
            conversation_id=conv_id if kind == "reply" else None,
            text=f"a {kind} from {actor.username}",
        )
    except AccessDenied:
        return "denied"
    item = pub.submit(s, actor, item.id)
    return {"awaiting_approval": "awaiting", "approved": "approved"}[item.status]


def test_approval_matrix_by_role(demo_console) -> None:
    assert set(EXPECTED) == set(DEFAULT_ROLES), "a default role is missing from the matrix"
    got: dict[str, tuple[str, str]] = {}
    approve_got: dict[str, bool] = {}
    with demo_console.factory() as s, s.begin():
        acc = accounts(s)[0]
        conv = add_conversation(s, acc)
        author = make_employee(s, "writer", "marketing")
        for i, role in enumerate(sorted(DEFAULT_ROLES)):
            actor = make_employee(s, f"user{i}", role)
            got[role] = (
                _outcome(s, actor, "reply", acc.id, conv),
                _outcome(s, actor, "post", acc.id, conv),
            )
            waiting = pub.submit(
                s,
                author,
                pub.create_draft(s, author, kind="post", account_id=acc.id, text="hi").id,
            )
            try:
                pub.approve(s, actor, waiting.id)
                approve_got[role] = True
            except AccessDenied:
                approve_got[role] = False
    assert got == EXPECTED
    assert {r for r, ok in approve_got.items() if ok} == MAY_APPROVE


def test_skipping_approval_is_per_account_and_per_kind(demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        a1, a2 = accounts(s)[:2]
        ws = s.scalar(select(Workspace.id))
        role = Role(workspace_id=ws, name="trusted on acme")
        role.permissions = [RolePermission(permission=Permission.SKIP_APPROVAL_REPLY.value)]
        s.add(role)
        s.flush()
        # a limited role (its replies wait), trusted on one account
        agent = make_employee(s, "trusted", "product")
        s.add(RoleGrant(employee_id=agent.employee_id, role_id=role.id, brand_account_id=a1.id))
        s.flush()
        agent = load_actor(s, agent.employee_id)
        assert _outcome(s, agent, "reply", a1.id, add_conversation(s, a1)) == "approved"
        assert _outcome(s, agent, "reply", a2.id, add_conversation(s, a2)) == "awaiting"
        # a reply-skip does not let anyone post
        assert _outcome(s, agent, "post", a1.id, None) == "denied"


def test_reject_edit_approve_and_the_author_sees_the_comment(demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        acc = accounts(s)[0]
        conv = add_conversation(s, acc)
        alice = actor_named(s, "alice")
        lena = actor_named(s, "lena")
        item = pub.create_draft(s, alice, kind="reply", conversation_id=conv, text="Sorry!")
        item = pub.submit(s, alice, item.id)
        assert item.text == "Sorry! -AN"  # the demo's signature policy, appended
        with pytest.raises(AccessDenied):
            pub.approve(s, alice, item.id)  # nobody approves their own item
        with pytest.raises(pub_errors.PublishingError, match="comment"):
            pub.reject(s, lena, item.id, "  ")
        pub.reject(s, lena, item.id, "Please offer a refund")
        row = queries.item_row(s, alice, item.id)
        assert row.status == "rejected"
        assert row.status_text == "Rejected by Lena Fischer: Please offer a refund"
        note = s.scalar(select(Notification).where(Notification.employee_id == alice.employee_id))
        assert "Please offer a refund" in note.text
        # the composer reopens it; editing makes it a draft again, the signature is not doubled
        assert pub.open_draft(s, alice, conversation_id=conv).id == item.id
        pub.save_draft(s, alice, item.id, text="Sorry! We will refund you. -AN")
        item = pub.submit(s, alice, item.id)
        assert item.status == "awaiting_approval" and item.text.count("-AN") == 1
        with pytest.raises(pub_errors.PublishingError, match="too long"):
            pub.approve(s, lena, item.id, text="x" * 600)
        item = pub.approve(s, lena, item.id, text="Sorry! Refund on its way.")
        assert item.status == "approved"
        assert item.text == "Sorry! Refund on its way. -AN"
        assert item.approver_id == lena.employee_id and item.author_id == alice.employee_id
        actions = list(
            s.scalars(select(AuditEvent.action).where(AuditEvent.target_id == str(item.id)))
        )
        assert actions.count("outbox_submitted") == 2
        assert "outbox_rejected" in actions and "outbox_approved" in actions


def test_bad_input_is_refused_before_queuing_and_the_text_is_kept(demo_console, tmp_path) -> None:
    not_an_image = tmp_path / "photo.png"
    not_an_image.write_text("this is text, not a PNG")
    png = tmp_path / "ok.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    with demo_console.factory() as s, s.begin():
        acc = accounts(s)[0]
        priya = actor_named(s, "priya")
        cases = [
            ("x" * 501, [], "too long"),
            ("fine", [{"path": str(tmp_path / "gone.png"), "alt": "a"}], "missing"),
            ("fine", [{"path": str(not_an_image), "alt": "a"}], "not a PNG, JPEG, GIF or WebP"),
            ("fine", [{"path": str(png), "alt": " "}], "needs alt text"),
            ("   ", [], "empty"),
        ]
        for text, media, words in cases:
            item = pub.create_draft(
                s, priya, kind="post", account_id=acc.id, text=text, media=media
            )
            with pytest.raises(pub_errors.PublishingError, match=words):
                pub.submit(s, priya, item.id)
            kept = s.get(OutboxItem, item.id, populate_existing=True)
            assert kept.status == "draft" and kept.text == text
        acc.status = AccountStatus.NEEDS_RECONNECT
        s.flush()
        item = pub.create_draft(
            s,
            priya,
            kind="post",
            account_id=acc.id,
            text="ok",
            media=[{"path": str(png), "alt": "logo"}],
        )
        with pytest.raises(pub_errors.PublishingError, match="needs reconnecting"):
            pub.submit(s, priya, item.id)


def test_drafts_survive_a_crash_of_the_app(db_url) -> None:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    first = Console.open(db_url)
    with first.factory() as s, s.begin():
        ensure_demo_workspace(s)
        conv = add_conversation(s, accounts(s)[0])
        alice = actor_named(s, "alice")
        item = pub.create_draft(s, alice, kind="reply", conversation_id=conv, text="Hel")
        pub.save_draft(s, alice, item.id, text="Hello, we are looking into it")
    first.engine.dispose()  # the app is gone; nothing else was flushed
    second = Console.open(db_url)
    with second.session() as s:
        draft = pub.open_draft(s, actor_named(s, "alice"), conversation_id=conv)
        assert draft is not None and draft.text == "Hello, we are looking into it"
    second.close()


def test_schedule_move_edit_cancel_and_a_cancel_racing_the_publisher(
    demo_console, demo_network
) -> None:
    from accounts.demo import DemoConnector

    with demo_console.factory() as s, s.begin():
        acc = accounts(s)[0]
        priya = actor_named(s, "priya")
        lena = actor_named(s, "lena")
        later = utcnow() + timedelta(hours=2)
        item = pub.create_draft(s, priya, kind="post", account_id=acc.id, text="Launch day!")
        item = pub.submit(s, priya, item.id, scheduled_at=later)
        assert item.status == "awaiting_approval"
        item = pub.approve(s, lena, item.id)
        assert item.status == "scheduled" and item.scheduled_at == later
        with pytest.raises(pub_errors.PublishingError, match="past"):
            pub.reschedule(s, priya, item.id, utcnow() - timedelta(minutes=1))
        item = pub.reschedule(s, priya, item.id, later + timedelta(hours=1))
        assert item.status == "scheduled"
        # the author's edit of an approved post needs approval again; the approver's does not
        item = pub.edit_queued(s, priya, item.id, "Launch day, part two")
        assert item.status == "awaiting_approval"
        item = pub.approve(s, lena, item.id)
        item = pub.edit_queued(s, lena, item.id, "Launch day, final")
        assert item.status == "scheduled" and item.approver_id == lena.employee_id
        rows = queries.schedule(s, priya, account_id=acc.id)
        assert [r.id for r in rows] == [item.id] and rows[0].status_text.startswith("Scheduled for")
        pub.cancel(s, priya, item.id)
        assert s.get(OutboxItem, item.id, populate_existing=True).status == "cancelled"
        # now one due now: the publisher claims it first, then a cancel arrives too late
        due = pub.submit(
            s,
            priya,
            pub.create_draft(s, priya, kind="post", account_id=acc.id, text="Now").id,
        )
        pub.approve(s, lena, due.id)
        acc_id, due_id = acc.id, due.id
    publisher = Publisher(demo_console.factory, {acc_id: DemoConnector(demo_network, "acme")})
    claim = publisher.claim_next()
    assert claim is not None and claim.item_id == due_id
    with demo_console.factory() as s, s.begin():
        with pytest.raises(pub_errors.Conflict, match="being sent"):
            pub.cancel(s, actor_named(s, "priya"), due_id)
    assert publisher.send(claim).status == "sent"


def test_templates_and_signature_policy(demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        acc = accounts(s)[0]
        conv = add_conversation(s, acc)
        alice = actor_named(s, "alice")
        replies = canned.list_canned(s, alice)
        assert replies and all(c.scope == "shared" for c in replies)
        # an unknown variable is refused when saved, not sent to a customer in braces
        with pytest.raises(ValueError, match=r"Unknown variable \{unknown\}"):
            canned.create_canned(s, alice, title="Typo", body="Hi {unknown}")
        canned.create_canned(
            s, alice, title="Mine", body="Hi {customer_name}, {agent_name} here.", scope="private"
        )
        mine = next(c for c in canned.list_canned(s, alice) if c.title == "Mine")
        values = composing.template_values(s, alice, conversation_id=conv)
        assert composing.render_template(mine.body, values) == "Hi Dana Customer, Alice Novak here."
        assert all(c.title != "Mine" for c in canned.list_canned(s, actor_named(s, "bob")))
        # a team policy overrides the workspace's; counted in the limit
        ws = s.scalar(select(Workspace))
        team_id = next(iter(alice.team_ids))
        ws.settings = {
            "signature": {"format": "-{initials}", "teams": {str(team_id): "^{agent_name}"}}
        }
        s.flush()
        chk = pub.check(s, alice, account_id=acc.id, kind="reply", text="x" * 490)
        assert chk.final_text.endswith(" ^Alice Novak")
        assert not chk.ok and "too long" in chk.problems[0]
