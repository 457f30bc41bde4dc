"""One post to several accounts, approved as one set (optionally in two steps), sent exactly once
each, and the calendar's view of them: both backends, and employee logins on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, OutboxItem
from app.db.types import utcnow
from app.identity.access import AccessDenied
from app.publishing import approval_steps, calendar, outbox, post_sets, queries
from app.publishing.errors import Conflict, PublishingError
from app.publishing.post_sets import Composition, Variant
from app.sync.publisher import Publisher
from tests.integration.publishing.conftest import actor_named, make_employee


def _accounts(s) -> list[BrandAccount]:
    return list(s.scalars(select(BrandAccount).order_by(BrandAccount.id)))


def _composition(s, when, *, two_step: bool = False, campaign: str = "Spring sale"):
    a, b = _accounts(s)[:2]
    return Composition(
        (
            Variant(a.id, "Spring sale starts now: https://acme.example/sale"),
            Variant(b.id, "Sale! https://acme.example/sale"),
        ),
        scheduled_at=when,
        campaign=campaign,
        two_step=two_step,
    )


def test_a_set_is_approved_once_and_each_item_sent_exactly_once(demo_console, demo_network) -> None:
    when = utcnow() + timedelta(hours=2)
    with demo_console.factory() as s, s.begin():
        mia = actor_named(s, "mia")
        result = post_sets.compose(s, mia, _composition(s, when))
    assert len(result.item_ids) == 2 and result.awaiting == 2
    with demo_console.factory() as s, s.begin():
        lena = actor_named(s, "lena")
        queue = queries.approval_queue(s, lena)
        assert {r.id for r in queue} == set(result.item_ids)
        assert {r.post_set for r in queue} == {result.key}
        assert {r.campaign for r in queue} == {"Spring sale"}
        approved = post_sets.approve_set(s, lena, result.key)
    assert sorted(approved) == sorted(result.item_ids)
    with demo_console.session() as s:
        items = list(s.scalars(select(OutboxItem).where(OutboxItem.post_set == result.key)))
        assert {i.status for i in items} == {"scheduled"}
        # the variant per network, each with Mia's signature as the workspace's policy says
        assert {i.text for i in items} == {
            "Spring sale starts now: https://acme.example/sale -MC",
            "Sale! https://acme.example/sale -MC",
        }
    # due now: the publisher sends each exactly once, however often it runs
    with demo_console.factory() as s, s.begin():
        for i in s.scalars(select(OutboxItem).where(OutboxItem.post_set == result.key)):
            i.scheduled_at = utcnow() - timedelta(seconds=1)
    with demo_console.session() as s:
        conns = {a.id: DemoConnector(demo_network, a.handle) for a in _accounts(s)}
    pub = Publisher(demo_console.factory, conns)
    for _ in range(4):
        claim = pub.claim_next()
        if claim is not None:
            pub.send(claim)
    sent = [m.text for msgs in demo_network.sent.values() for m in msgs]
    assert sorted(sent) == sorted(
        [
            "Spring sale starts now: https://acme.example/sale -MC",
            "Sale! https://acme.example/sale -MC",
        ]
    )
    with demo_console.session() as s:
        assert {i.status for i in s.scalars(select(OutboxItem))} == {"sent"}


def test_two_step_approval_for_an_ordinary_post(demo_console) -> None:
    when = utcnow() + timedelta(days=1)
    with demo_console.factory() as s, s.begin():
        make_employee(s, "lex", "approver", team="Marketing", display_name="Lex Legal")
        mia = actor_named(s, "mia")
        result = post_sets.compose(s, mia, _composition(s, when, two_step=True))
    with demo_console.factory() as s, s.begin():
        lena = actor_named(s, "lena")
        rows = [r for r in queries.approval_queue(s, lena) if r.post_set == result.key]
        assert {r.status_text for r in rows} == {"Awaiting approval: Team lead (step 1 of 2)"}
        post_sets.approve_set(s, lena, result.key)
    with demo_console.factory() as s, s.begin():
        lena, lex = actor_named(s, "lena"), actor_named(s, "lex")
        # Lena signed step 1; she may not sign step 2 as well
        assert [r.status_text for r in queries.approval_queue(s, lex)] == [
            "Awaiting approval: Legal (step 2 of 2)"
        ] * 2
        with pytest.raises(AccessDenied, match="Nothing in the set was approved"):
            post_sets.approve_set(s, lena, result.key)
    with demo_console.factory() as s, s.begin():
        lex = actor_named(s, "lex")
        post_sets.approve_set(s, lex, result.key)
    with demo_console.session() as s:
        assert {i.status for i in post_sets.items_of(s, lex, result.key)} == {"scheduled"}
        assert [st.approved for st in approval_steps.steps(s, result.item_ids[0])] == [True, True]


def _boss(s):
    """An employee who may post as the brand *and* skip approval (approver + marketing)."""
    from app.db.models import Role, RoleGrant
    from app.identity.access import load_actor

    boss = make_employee(s, "boss", "approver", team="Marketing", display_name="Bo Boss")
    role = s.scalar(select(Role.id).where(Role.name == "marketing"))
    s.add(RoleGrant(employee_id=boss.employee_id, role_id=role))
    s.flush()
    return load_actor(s, boss.employee_id)


def test_an_author_who_may_skip_still_waits_when_asking_for_two_steps(demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        boss = _boss(s)
        a = _accounts(s)[0]
        when = utcnow() + timedelta(hours=1)
        plain = post_sets.compose(s, boss, Composition((Variant(a.id, "Plain post"),), when))
        stepped = post_sets.compose(
            s, boss, Composition((Variant(a.id, "Two-step post"),), when, two_step=True)
        )
    with demo_console.session() as s:
        assert plain.statuses == ("scheduled",)  # the boss's own post skips approval
        assert stepped.statuses == ("awaiting_approval",)  # but not when they asked for two
        assert approval_steps.status_words(s, stepped.item_ids[0]) == (
            "Awaiting approval: Team lead (step 1 of 2)"
        )


def test_bad_compositions_queue_nothing_and_say_why(demo_console) -> None:
    with demo_console.factory() as s, s.begin():
        mia = actor_named(s, "mia")
        a, b = _accounts(s)[:2]
        with pytest.raises(PublishingError) as err:
            post_sets.compose(
                s,
                mia,
                Composition((Variant(a.id, "fine"), Variant(b.id, "x" * 501))),
            )
        assert f"@{b.handle} (demo): The text is 5 characters too long for demo: 505 of 500" in str(
            err.value
        )
        with pytest.raises(PublishingError, match="in the past"):
            post_sets.compose(
                s, mia, Composition((Variant(a.id, "late"),), utcnow() - timedelta(hours=1))
            )
        with pytest.raises(PublishingError, match="at least one"):
            post_sets.compose(s, mia, Composition(()))
        with pytest.raises(PublishingError, match="chosen twice"):
            post_sets.compose(s, mia, Composition((Variant(a.id, "a"), Variant(a.id, "b"))))
        alice = actor_named(s, "alice")  # an agent may not post as the brand
        with pytest.raises(PublishingError, match="permission to post"):
            post_sets.compose(s, alice, Composition((Variant(a.id, "hello"),)))
    with demo_console.session() as s:
        assert s.scalar(select(OutboxItem.id)) is None  # nothing was queued


def test_the_calendar_shows_filters_and_moves_posts_by_the_outbox_rules(demo_console) -> None:
    base = (utcnow() + timedelta(days=2)).replace(hour=10, minute=30, second=0, microsecond=0)
    with demo_console.factory() as s, s.begin():
        mia = actor_named(s, "mia")
        week = [
            post_sets.compose(s, mia, _composition(s, base + timedelta(days=d), campaign=c))
            for d, c in ((0, "Spring sale"), (1, "Spring sale"), (2, "Launch"))
        ]
        a = _accounts(s)[0]
    start, end = base - timedelta(days=1), base + timedelta(days=6)
    with demo_console.session() as s:
        mia = actor_named(s, "mia")
        all_ = calendar.entries(s, mia, start, end)
        assert len(all_) == 6
        assert [e.when for e in all_] == sorted(e.when for e in all_)
        assert len(calendar.entries(s, mia, start, end, account_ids=[a.id])) == 3
        assert len(calendar.entries(s, mia, start, end, campaign="Launch")) == 2
        assert calendar.campaigns(s, mia) == ["Launch", "Spring sale"]
        gaps = calendar.empty_days(all_, start.astimezone().date(), 7)
        assert len(gaps) == 4 and base.astimezone().date() not in gaps
        assert {e.status_text for e in all_} == {"Awaiting approval"}
    # approved, then dragged to another day: it stays approved, at the same time of day
    first = week[0]
    with demo_console.factory() as s, s.begin():
        post_sets.approve_set(s, actor_named(s, "lena"), first.key)
    moved_to = calendar.moved_time(base, (base + timedelta(days=3)).astimezone().date())
    with demo_console.factory() as s, s.begin():
        calendar.move(s, actor_named(s, "mia"), first.item_ids[0], moved_to)
    with demo_console.session() as s:
        item = s.get(OutboxItem, first.item_ids[0])
        assert item.status == "scheduled" and item.scheduled_at == moved_to
        assert item.scheduled_at.astimezone().hour == base.astimezone().hour
    # an agent may not move a marketer's post; one being sent cannot move at all
    with demo_console.factory() as s, s.begin(), pytest.raises(AccessDenied):
        calendar.move(s, actor_named(s, "alice"), first.item_ids[1], moved_to)
    with demo_console.factory() as s, s.begin():
        s.get(OutboxItem, first.item_ids[1]).status = "sending"
    with demo_console.factory() as s, s.begin(), pytest.raises(Conflict, match="being sent"):
        calendar.move(s, actor_named(s, "mia"), first.item_ids[1], moved_to)
    with demo_console.factory() as s, s.begin(), pytest.raises(PublishingError, match="past"):
        calendar.move(s, actor_named(s, "mia"), week[1].item_ids[0], utcnow() - timedelta(hours=1))
    with demo_console.session() as s:
        e = next(
            e
            for e in calendar.entries(s, actor_named(s, "mia"), start, end)
            if e.id == first.item_ids[1]
        )
        assert not e.movable and e.why_fixed() is not None


@pytest.mark.postgres
def test_employee_logins_compose_approve_and_move_a_set(pg_cluster) -> None:
    """The database agrees: a marketer's own login writes the set and moves it, an approver's
    login approves it, and a login without the post permission cannot see into it."""
    from app.identity import provisioning
    from tests.support.handoff_desk import PASSWORD, build_desk

    desk = build_desk(pg_cluster)
    try:
        with desk.owner.factory() as s, s.begin():
            it = provisioning.system_actor(s, "test setup")
            for short, role in (("mkt", "marketing"), ("appr", "approver")):
                login = f"{short}_{desk.sfx}"
                emp = provisioning.add_employee(
                    s, it, login, short.title(), teams=["Customer Service"], roles=[role],
                    password=PASSWORD,
                )  # fmt: skip
                desk.logins[short], desk.ids[short] = login, emp.id
        when = utcnow() + timedelta(days=1)
        with desk.signed_in("mkt") as mkt, mkt.factory() as s, s.begin():
            result = post_sets.compose(
                s,
                mkt.actor,
                Composition((Variant(desk.account, "From the marketer's login"),), when,
                            campaign="Launch"),
            )  # fmt: skip
        with desk.signed_in("appr") as appr, appr.factory() as s, s.begin():
            assert post_sets.approve_set(s, appr.actor, result.key) == list(result.item_ids)
        with desk.signed_in("mkt") as mkt:
            with mkt.factory() as s, s.begin():
                calendar.move(s, mkt.actor, result.item_ids[0], when + timedelta(days=2))
            with mkt.session() as s:
                got = calendar.entries(s, mkt.actor, when, when + timedelta(days=7))
                assert [(e.id, e.campaign, e.status) for e in got] == [
                    (result.item_ids[0], "Launch", "scheduled")
                ]
        with desk.signed_in("seller") as seller, seller.session() as s:
            assert calendar.entries(s, seller.actor, when, when + timedelta(days=7)) == []
    finally:
        desk.close()


def test_outbox_submit_never_skips_an_item_with_a_plan(demo_console) -> None:
    """Outside a crisis too: a statement or a two-step post waits for its signatures."""
    with demo_console.factory() as s, s.begin():
        boss = _boss(s)
        a = _accounts(s)[0]
        item = outbox.create_draft(s, boss, kind="post", account_id=a.id, text="A statement")
        approval_steps.plan(s, item.id, approval_steps.TWO_STEP_POST_PLAN)
        assert outbox.submit(s, boss, item.id).status == "awaiting_approval"
