"""The publisher against a real HTTP network on loopback, on both backends."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from accounts.demo import DemoConnector
from app.db.models import (
    AccountStatus,
    AuditEvent,
    BrandAccount,
    ChangeEvent,
    Conversation,
    Message,
    Notification,
    OutboxItem,
)
from app.db.types import utcnow
from app.publishing import outbox as pub
from app.publishing import pause as pub_pause
from app.publishing import queries
from app.sync.publisher import Publisher
from tests.integration.publishing.conftest import (
    accounts,
    actor_named,
    add_conversation,
    bulk_approved_posts,
    make_employee,
    require_agent_approval,
)
from tests.support.loopback_network import LoopbackConnector


@pytest.fixture
def demo_console(demo_console):
    """Agents' replies wait for approval here, so the tests follow them through it."""
    require_agent_approval(demo_console)
    return demo_console


def _approved_posts(console, n: int, *, account_index: int = 0, text: str = "post") -> list[int]:
    ids = []
    with console.factory() as s, s.begin():
        acc = accounts(s)[account_index]
        priya, lena = actor_named(s, "priya"), actor_named(s, "lena")
        for i in range(n):
            item = pub.create_draft(s, priya, kind="post", account_id=acc.id, text=f"{text} {i}")
            pub.submit(s, priya, item.id)
            pub.approve(s, lena, item.id)
            ids.append(item.id)
    return ids


def test_a_reply_goes_out_and_is_recorded_with_author_and_approver(
    demo_console, demo_network
) -> None:
    with demo_console.factory() as s, s.begin():
        acc = accounts(s)[0]
        conv = add_conversation(s, acc)
        alice, lena = actor_named(s, "alice"), actor_named(s, "lena")
        item = pub.create_draft(s, alice, kind="reply", conversation_id=conv, text="On it!")
        pub.submit(s, alice, item.id)
        pub.approve(s, lena, item.id)
        item_id, acc_id, handle = item.id, acc.id, acc.handle
        parent_rid = s.scalar(select(Message.remote_id).where(Message.conversation_id == conv))
    publisher = Publisher(demo_console.factory, {acc_id: DemoConnector(demo_network, handle)})
    outcomes = publisher.run_once()
    assert [o.status for o in outcomes] == ["sent"]
    sent = demo_network.sent[handle]
    assert len(sent) == 1 and sent[0].text == "On it! -AN" and sent[0].in_reply_to == parent_rid
    with demo_console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "sent" and item.remote_id == sent[0].remote_id and item.sent_at
        out = s.scalar(
            select(Message).where(Message.conversation_id == conv, Message.direction == "out")
        )
        assert out.text == "On it! -AN" and out.employee_id == alice.employee_id
        assert out.parent_remote_id == parent_rid
        c = s.get(Conversation, conv)
        assert c.message_count == 2 and c.first_responded_at is not None
        ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "outbox_sent"))
        assert ev.detail["author_id"] == alice.employee_id
        assert ev.detail["approver_id"] == lena.employee_id
        topics = set(s.scalars(select(ChangeEvent.topic)))
        assert {"outbox", "conversation"} <= topics
        view = queries.conversation_items(s, alice, conv)
        assert view[0].status_text == "Sent, approved by Lena Fischer"


def test_transient_failures_back_off_then_send_once(demo_console, loopback) -> None:
    (item_id,) = _approved_posts(demo_console, 1)
    with demo_console.session() as s:
        acc_id = accounts(s)[0].id
    publisher = Publisher(
        demo_console.factory, {acc_id: LoopbackConnector(loopback.url)}, backoff_base=0.2
    )
    loopback.fail_next = 2
    out = publisher.run_once()
    assert [o.status for o in out] == ["requeued"]
    with demo_console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "approved" and item.attempts == 1
        first_wait = (item.next_attempt_at - utcnow()).total_seconds()
        assert 0.05 < first_wait <= 0.25
    assert publisher.run_once() == []  # not due yet
    deadline = time.monotonic() + 10
    statuses = []
    while time.monotonic() < deadline and "sent" not in statuses:
        statuses += [o.status for o in publisher.run_once()]
        time.sleep(0.05)
    assert statuses == ["requeued", "sent"]
    with demo_console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "sent" and item.attempts == 3 and item.last_error is None
    assert loopback.stats()["posts"] == 1


def test_a_permanent_refusal_fails_with_the_reason_and_tells_the_author(
    demo_console, loopback
) -> None:
    (item_id,) = _approved_posts(demo_console, 1)
    with demo_console.session() as s:
        acc_id = accounts(s)[0].id
        priya = actor_named(s, "priya")
    loopback.refuse_next = 1
    out = Publisher(demo_console.factory, {acc_id: LoopbackConnector(loopback.url)}).run_once()
    assert [o.status for o in out] == ["failed"]
    with demo_console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "failed" and "Text is too long" in item.last_error
        note = s.scalar(select(Notification).where(Notification.employee_id == priya.employee_id))
        assert note.kind == "outbox_failed" and "Text is too long" in note.text
        assert queries.item_row(s, priya, item_id).status_text.startswith(
            "Failed: loopback refused"
        )


def test_an_expired_token_makes_the_item_wait_for_a_reconnect(demo_console, loopback) -> None:
    (item_id,) = _approved_posts(demo_console, 1)
    with demo_console.session() as s:
        acc_id = accounts(s)[0].id
    publisher = Publisher(demo_console.factory, {acc_id: LoopbackConnector(loopback.url)})
    loopback.expire_auth = True
    assert [o.status for o in publisher.run_once()] == ["waiting"]
    assert publisher.run_once() == []  # the account needs reconnecting: nothing is tried
    with demo_console.factory() as s, s.begin():
        item = s.get(OutboxItem, item_id)
        assert item.status == "approved" and "needs reconnecting" in item.last_error
        acc = s.get(BrandAccount, acc_id)
        assert acc.status == AccountStatus.NEEDS_RECONNECT
        acc.status = AccountStatus.CONNECTED  # IT reconnected it
    loopback.expire_auth = False
    assert [o.status for o in publisher.run_once()] == ["sent"]
    assert loopback.stats()["posts"] == 1


def test_an_item_left_sending_is_looked_up_before_any_retry(demo_console, loopback) -> None:
    """The crash between send and record: the network has it, the database says "sending"."""
    a, b = _approved_posts(demo_console, 2)
    with demo_console.factory() as s, s.begin():
        acc_id = accounts(s)[0].id
        long_ago = utcnow() - timedelta(minutes=5)
        for item_id in (a, b):
            item = s.get(OutboxItem, item_id)
            item.status, item.attempts, item.send_started_at = "sending", 1, long_ago
        key_a = s.get(OutboxItem, a).idempotency_key
    conn = LoopbackConnector(loopback.url)
    conn.publish_post("post 0", key_a)  # a reached the network before the crash; b did not
    calls_before = len(loopback.calls)
    out = {o.item_id: o for o in Publisher(demo_console.factory, {acc_id: conn}).run_once()}
    assert out[a].status == "sent" and out[a].reconciled
    assert out[b].status == "sent" and not out[b].reconciled
    assert len(loopback.calls) == calls_before + 1  # only b was posted
    by_key = loopback.stats()["by_key"]
    assert sorted(by_key.values()) == [1, 1]


def test_images_go_with_their_alt_text_or_fail_in_words(
    demo_console, loopback, demo_network, tmp_path
) -> None:
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    with demo_console.factory() as s, s.begin():
        a1, a2 = accounts(s)[:2]
        priya, lena = actor_named(s, "priya"), actor_named(s, "lena")
        ids = []
        for acc in (a1, a2):
            item = pub.create_draft(
                s,
                priya,
                kind="post",
                account_id=acc.id,
                text="New logo",
                media=[{"path": str(png), "alt": "Our new logo, a blue circle"}],
            )
            pub.submit(s, priya, item.id)
            pub.approve(s, lena, item.id)
            ids.append(item.id)

        class TextOnly(DemoConnector):
            supports_media = False  # a connector that cannot upload images

        conns = {
            a1.id: LoopbackConnector(loopback.url),
            a2.id: TextOnly(demo_network, a2.handle),
        }
    out = {o.item_id: o for o in Publisher(demo_console.factory, conns).run_once()}
    assert out[ids[0]].status == "sent"
    assert loopback.posts[0]["media"] == [{"alt": "Our new logo, a blue circle", "size": 72}]
    assert out[ids[1]].status == "failed" and "cannot upload images to demo" in out[ids[1]].detail


def test_scheduled_items_go_out_on_time(demo_console, loopback) -> None:
    with demo_console.factory() as s, s.begin():
        acc_id = accounts(s)[0].id
        priya, lena = actor_named(s, "priya"), actor_named(s, "lena")
        base = utcnow()
        offsets = (1.0, 1.6, 2.2)
        ids = []
        for off in offsets:
            item = pub.create_draft(s, priya, kind="post", account_id=acc_id, text=f"at +{off}")
            pub.submit(s, priya, item.id, scheduled_at=base + timedelta(seconds=off))
            pub.approve(s, lena, item.id)
            ids.append(item.id)
    # a long poll interval: going out on time must come from knowing when the next one is due
    publisher = Publisher(
        demo_console.factory, {acc_id: LoopbackConnector(loopback.url)}, interval=30
    )
    publisher.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with demo_console.session() as s:
                n = s.scalar(
                    select(func.count()).select_from(OutboxItem).where(OutboxItem.status == "sent")
                )
            if n == len(ids):
                break
            time.sleep(0.05)
    finally:
        publisher.stop()
    with demo_console.session() as s:
        for item_id in ids:
            item = s.get(OutboxItem, item_id)
            lag = (item.sent_at - item.scheduled_at).total_seconds()
            assert item.status == "sent"
            # the poll interval is 30 s: an item out within seconds was woken for, not polled
            # for. The bound was 1 s, which measured the machine: in the full suite, beside the
            # installer build, one item of three went out 1.15 s late on SQLite
            assert 0 <= lag < 5.0, f"item {item_id} went out {lag:.2f}s after its time"


def _race_pause_against_publishers(
    console, loopback, *, account_pause: bool, publishers: int
) -> None:
    # sixty items of 40 ms each keep the publishers busy for over a second after the eighth
    # send: with forty of 20 ms a loaded machine could make the pause after they had all gone
    # (a split run did), and then nothing was raced
    ids = bulk_approved_posts(console, 60)
    with console.session() as s:
        acc_id = accounts(s)[0].id
    # each send spends 40 ms before its request reaches the server: a publisher that did not
    # hold the pause lock across the send would let requests arrive after the pause commits
    loopback.delay = 0.005
    # who pauses is made first: on a loaded machine making an employee on PostgreSQL can take
    # longer than sending all 40, and then there is nothing left to race
    with console.factory() as s, s.begin():
        ws_admin = make_employee(s, "pauser", "pr") if not account_pause else actor_named(s, "ines")
    pubs = [
        Publisher(
            console.factory,
            {acc_id: LoopbackConnector(loopback.url, connect_delay=0.04)},
            interval=0.05,
            sqlite_yield=0.01,
        )
        for _ in range(publishers)
    ]
    for p in pubs:
        p.start()
    try:
        deadline = time.monotonic() + 20
        while len(loopback.calls) < 8 and time.monotonic() < deadline:
            time.sleep(0.005)
        assert len(loopback.calls) >= 8, "the publishers did not start sending"
        pausing_at = time.monotonic()
        with console.factory() as s:
            with s.begin():
                pub_pause.pause_publishing(
                    s,
                    ws_admin,
                    "Crisis: hold everything",
                    account_id=acc_id if account_pause else None,
                )
            paused_at = time.monotonic()  # the pause has committed
        sent_at_pause = len(loopback.calls)
        time.sleep(0.6)  # the publishers keep polling while paused
        late = [t for t, _k in loopback.calls if t > paused_at]
        assert late == [], f"{len(late)} sends reached the network after the pause committed"
        assert sent_at_pause < len(ids), (
            f"all {len(ids)} went before the pause committed "
            f"({paused_at - pausing_at:.2f} s to pause): nothing was raced"
        )
        assert len(loopback.calls) == sent_at_pause
        with console.session() as s:
            statuses = dict(
                s.execute(
                    select(OutboxItem.status, func.count())
                    .where(OutboxItem.id.in_(ids))
                    .group_by(OutboxItem.status)
                ).all()
            )
            assert set(statuses) <= {"sent", "approved"}, statuses  # none stuck in "sending"
            assert statuses["sent"] == sent_at_pause
            banner = pub_pause.pause_state(s, ws_admin.workspace_id).banner()
            assert "Crisis: hold everything" in banner
        with console.factory() as s, s.begin():
            pub_pause.resume_publishing(s, ws_admin, account_id=acc_id if account_pause else None)
        for p in pubs:
            p.wake()
        deadline = time.monotonic() + 30
        while loopback.stats()["posts"] < len(ids) and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        for p in pubs:
            p.stop()
    stats = loopback.stats()
    assert stats["posts"] == len(ids) and set(stats["by_key"].values()) == {1}
    with console.session() as s:
        actions = list(
            s.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.action.like("publishing_%"))
                .order_by(AuditEvent.id)
            )
        )
        assert actions == ["publishing_paused", "publishing_resumed"]


def test_nothing_is_sent_after_a_workspace_pause_commits(demo_console, loopback) -> None:
    publishers = 2 if demo_console.backend == "postgresql" else 1
    _race_pause_against_publishers(
        demo_console, loopback, account_pause=False, publishers=publishers
    )


def test_nothing_is_sent_after_an_account_pause_commits(demo_console, loopback) -> None:
    publishers = 2 if demo_console.backend == "postgresql" else 1
    _race_pause_against_publishers(
        demo_console, loopback, account_pause=True, publishers=publishers
    )


def test_two_publishers_never_send_the_same_item(demo_console, loopback) -> None:
    ids = bulk_approved_posts(demo_console, 40)
    with demo_console.session() as s:
        acc_id = accounts(s)[0].id
    results: list[list] = [[], [], []]

    def work(i: int) -> None:
        p = Publisher(demo_console.factory, {acc_id: LoopbackConnector(loopback.url)})
        results[i] = p.run_once()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    sent = sorted(o.item_id for r in results for o in r if o.status == "sent")
    assert sent == sorted(ids)
    assert set(loopback.stats()["by_key"].values()) == {1}


class _GatedConnector(LoopbackConnector):
    """Holds each post at the door until the test lets it through."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.entered = threading.Event()
        self.release = threading.Event()

    def publish_post(self, text, idempotency_key, *, images=()):
        self.entered.set()
        assert self.release.wait(30)
        return super().publish_post(text, idempotency_key, images=images)


def test_an_item_claimed_before_a_pause_is_not_sent_after_it(demo_console, loopback) -> None:
    (item_id,) = bulk_approved_posts(demo_console, 1)
    with demo_console.session() as s:
        acc_id = accounts(s)[0].id
        priya = actor_named(s, "priya")
    publisher = Publisher(demo_console.factory, {acc_id: LoopbackConnector(loopback.url)})
    claim = publisher.claim_next()  # committed: the item is "sending"
    assert claim is not None
    with demo_console.factory() as s, s.begin():
        pub_pause.pause_publishing(s, priya, "Hold on")
    out = publisher.send(claim)
    assert out.status == "requeued" and "paused" in out.detail
    assert loopback.calls == []
    with demo_console.session() as s:
        item = s.get(OutboxItem, item_id)
        assert item.status == "approved" and item.attempts == 0
    assert publisher.claim_next() is None  # and nothing more is claimed while paused


def test_a_pause_waits_for_the_send_in_flight(demo_console, loopback) -> None:
    bulk_approved_posts(demo_console, 2)
    with demo_console.session() as s:
        acc_id = accounts(s)[0].id
        priya = actor_named(s, "priya")
    conn = _GatedConnector(loopback.url)
    publisher = Publisher(demo_console.factory, {acc_id: conn})
    results: list = []
    sender = threading.Thread(target=lambda: results.extend(publisher.run_once()))
    sender.start()
    assert conn.entered.wait(20)
    paused = threading.Event()
    paused_at: list[float] = []

    def pause() -> None:
        with demo_console.factory() as s, s.begin():
            pub_pause.pause_publishing(s, priya, "Hold on")
        paused_at.append(time.monotonic())
        paused.set()

    pauser = threading.Thread(target=pause)
    pauser.start()
    assert not paused.wait(0.5), "the pause committed while a send was in flight"
    conn.release.set()
    sender.join(30)
    pauser.join(30)
    assert paused.is_set()
    # the send in flight finished and was recorded; nothing reached the network after the pause
    assert results[0].status == "sent"
    assert all(t < paused_at[0] for t, _k in loopback.calls)
    # the next item may be claimed before the pause commits: it is then put back at send time,
    # not sent (which of the two happens is the race this test cannot and need not fix)
    sent = [o for o in results if o.status == "sent"]
    assert len(sent) == len(loopback.calls)
    assert all(
        o.status == "requeued" and o.detail == "publishing is paused"
        for o in results
        if o.status != "sent"
    ), results
    with demo_console.session() as s:
        for o in results:
            if o.status == "requeued":
                assert s.get(OutboxItem, o.item_id).status == "approved"  # waits for the resume


# SQLite has one writer: there the publisher leaves the lock free between items (sqlite_yield)
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_pause_is_not_starved_by_sends_that_overlap(demo_console) -> None:
    """Two publishers whose sends overlap without a gap hold the pause lock in shared mode
    between them at every instant. A row lock lets each new sharer in beside the other, so a
    waiting pause would wait until the queue ran dry; the pause must get in after the sends
    already in flight."""
    with demo_console.session() as s:
        acc = accounts(s)[0]
        ws_id, acc_id = acc.workspace_id, acc.id
        priya = actor_named(s, "priya")
    publisher = Publisher(demo_console.factory, {acc_id: LoopbackConnector("http://127.0.0.1:9")})
    stop = threading.Event()
    holds: list[int] = [0, 0]
    give_up = time.monotonic() + 20  # a starved pause gets in when the sends end

    def send_forever(i: int) -> None:
        stop.wait(0.05 * i)  # staggered: one always holds the lock while the other takes it
        while not stop.is_set() and time.monotonic() < give_up:
            with demo_console.factory() as s, s.begin():
                publisher._lock_workspaces_shared(s, [ws_id])
                holds[i] += 1
                stop.wait(0.1)  # a send on the wire

    senders = [threading.Thread(target=send_forever, args=(i,)) for i in range(2)]
    for t in senders:
        t.start()
    try:
        time.sleep(0.5)
        assert all(holds), "the senders did not start"
        started = time.monotonic()
        with demo_console.factory() as s, s.begin():
            pub_pause.pause_publishing(s, priya, "Crisis: hold everything")
        waited = time.monotonic() - started
    finally:
        stop.set()
        for t in senders:
            t.join(10)
    # the sends in flight end within 0.1 s; 3 s leaves room for a loaded machine. Before the
    # fix the pause waited until the senders gave up (20 s; without that bound, 161 s once)
    assert waited < 3.0, f"the pause waited {waited:.1f} s behind sends that kept starting"
