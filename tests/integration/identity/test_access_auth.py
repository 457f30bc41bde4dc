"""Sign-in and scope on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import AuditEvent, BrandAccount, Employee
from app.identity.access import AccessDenied
from app.identity.auth import MAX_FAILURES, SignInError, authenticate
from app.inbox import views as inbox
from app.sync.runner import SyncRunner


def test_sign_in_and_wrong_password(demo_console) -> None:
    with demo_console.session() as s:
        actor = authenticate(s, "Alice", "demo")
        assert actor.username == "alice"
        with pytest.raises(SignInError) as e1:
            authenticate(s, "alice", "nope")
        with pytest.raises(SignInError) as e2:
            authenticate(s, "nobody", "nope")
        assert str(e1.value) == str(e2.value)  # never says which part was wrong
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions.count("sign_in") == 1 and actions.count("sign_in_failed") == 2
        stored = s.scalar(select(Employee.password_hash).where(Employee.username == "alice"))
        assert stored.startswith("$argon2id$")


def test_lockout_after_repeated_failures(demo_console) -> None:
    with demo_console.session() as s:
        for _ in range(MAX_FAILURES):
            with pytest.raises(SignInError):
                authenticate(s, "bob", "wrong")
        with pytest.raises(SignInError, match="Too many failed attempts"):
            authenticate(s, "bob", "demo")


def test_scope_of_the_demo_roles(demo_console, demo_network) -> None:
    with demo_console.session() as s:
        accs = {
            a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
        }
    demo_network.generate(60)
    SyncRunner(demo_console.factory, accs).run_once()
    with demo_console.session() as s:
        alice = authenticate(s, "alice", "demo")
        ines = authenticate(s, "ines", "demo")
        priya = authenticate(s, "priya", "demo")
        sam = authenticate(s, "sam", "demo")
        all_ids, _ = inbox.page_ids(s, priya, inbox.InboxFilter(), 1000)
        assert len(all_ids) > 0
        assert inbox.page_ids(s, alice, inbox.InboxFilter(), 1000)[0] == all_ids  # support team
        assert inbox.page_ids(s, ines, inbox.InboxFilter(), 1000)[0] == []  # IT reads no inbox
        assert inbox.page_ids(s, sam, inbox.InboxFilter(), 1000)[0] == []  # not sales' queue
        assert inbox.rows_for(s, sam, all_ids[:5]) == {}
        with pytest.raises(AccessDenied):
            inbox.thread(s, sam, all_ids[0])
        view = inbox.thread(s, alice, all_ids[0])
        assert view.messages


def test_keyset_pages_cover_everything_once(demo_console, demo_network) -> None:
    with demo_console.session() as s:
        accs = {
            a.id: DemoConnector(demo_network, a.handle) for a in s.scalars(select(BrandAccount))
        }
    demo_network.generate(400)
    SyncRunner(demo_console.factory, accs).run_once()
    with demo_console.session() as s:
        priya = authenticate(s, "priya", "demo")
        every, _ = inbox.page_ids(s, priya, inbox.InboxFilter(), 10_000)
        seen, key = [], None
        while True:
            ids, key = inbox.page_ids(s, priya, inbox.InboxFilter(), 37, key)
            seen += ids
            if key is None:
                break
        assert seen == every and len(set(seen)) == len(seen)
