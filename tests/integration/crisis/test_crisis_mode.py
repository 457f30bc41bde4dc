"""Crisis mode on both backends: one transaction in, an exact restore out, PR holds the pen."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from app.crisis import mode, statements, watches
from app.crisis.detector import WatchError
from app.crisis.mode import CrisisError
from app.db.models import AuditEvent, Crisis, OutboxItem, Workspace
from app.publishing import outbox, pause, queries
from app.publishing.approval_steps import status_words
from tests.integration.crisis.conftest import actor, demo_accounts
from tests.integration.publishing.conftest import accounts, add_conversation


def _ws(console) -> Workspace:
    with console.session() as s:
        ws = s.scalar(select(Workspace))
        s.expunge(ws)
        return ws


def _declare(console, who: str = "priya", **kw):
    a = actor(console, who)
    with console.factory() as s, s.begin():
        return mode.declare(
            s, a, name=kw.pop("name", "Charger recall"), reason="Surge about burns", **kw
        )


def _end(console, who: str = "priya"):
    a = actor(console, who)
    with console.factory() as s, s.begin():
        return mode.end(s, a, reason="Statement out, volume back to usual")


def test_declare_pauses_tightens_and_ending_restores_exactly(
    demo_console, publisher, demo_network
) -> None:
    c = demo_console
    acc_id, handle = demo_accounts(c)[0]
    lena, alice, priya = actor(c, "lena"), actor(c, "alice"), actor(c, "priya")
    # an ordinary post approved before the crisis: it must not go out during it
    with c.factory() as s, s.begin():
        item = outbox.create_draft(s, actor(c, "mia"), kind="post", account_id=acc_id, text="Sale!")
        outbox.submit(s, actor(c, "mia"), item.id)
        outbox.approve(s, lena, item.id)
        queued = item.id
        settings_before = dict(s.scalar(select(Workspace.settings)))
    declared = _declare(c, keywords=["charger"])
    assert not declared.joined and declared.crisis.active
    ws = _ws(c)
    assert ws.crisis_mode and ws.publishing_paused and ws.paused_reason == "Crisis: Charger recall"
    assert publisher.run_once() == [] and demo_network.sent[handle] == []
    with c.session() as s:  # what waits says so, in words (not "sending shortly")
        assert queries.item_row(s, lena, queued).status_text == "Held: publishing paused"
    # Lena may normally skip approval: in crisis mode her reply waits for PR
    with c.factory() as s, s.begin():
        conv = add_conversation(s, accounts(s)[0], "my charger burned my desk")
        reply = outbox.create_draft(s, lena, kind="reply", conversation_id=conv, text="Sorry!")
        outbox.submit(s, lena, reply.id)
        assert s.get(OutboxItem, reply.id).status == "awaiting_approval"
        assert status_words(s, reply.id) == "Awaiting approval: PR (step 1 of 1)"
        # and an agent's too
        r2 = outbox.create_draft(s, alice, kind="reply", conversation_id=conv, text="Looking")
        outbox.submit(s, alice, r2.id)
    with c.factory() as s, s.begin():
        with pytest.raises(Exception, match="PR"):
            outbox.approve(s, lena, r2.id)  # an approver is not PR
    with c.factory() as s, s.begin():
        outbox.approve(s, priya, reply.id)  # PR clears it
    sent = publisher.run_once()
    # what PR cleared goes out through the crisis pause; the pre-crisis post stays held
    assert [o.item_id for o in sent if o.status == "sent"] == [reply.id]
    with c.session() as s:
        assert s.get(OutboxItem, queued).status == "approved"
    _end(c)
    ws = _ws(c)
    assert not ws.crisis_mode and not ws.publishing_paused and ws.paused_reason is None
    assert ws.settings == settings_before
    assert {o.item_id for o in publisher.run_once() if o.status == "sent"} == {queued}
    with c.session() as s:
        actions = list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))
    assert "crisis_declared" in actions and "crisis_ended" in actions
    # ending it again says who ended it
    with pytest.raises(CrisisError, match="Priya Raman already ended the crisis"):
        _end(c, "priya")


def test_a_pause_made_before_the_crisis_stays_after_it(demo_console) -> None:
    c = demo_console
    ines = actor(c, "ines")
    with c.factory() as s, s.begin():
        pause.pause_publishing(s, ines, "Quarterly freeze")
    _declare(c)
    _end(c)
    ws = _ws(c)
    assert ws.publishing_paused and ws.paused_reason == "Quarterly freeze" and not ws.crisis_mode
    assert "crisis_pause" not in (ws.settings or {})


def test_two_leads_declaring_at_once_get_one_crisis(demo_console) -> None:
    c = demo_console
    with c.factory() as s, s.begin():
        from tests.integration.publishing.conftest import make_employee

        make_employee(s, "omar", "pr", team="PR")
    barrier = threading.Barrier(2)
    results: list = []
    errors: list = []

    def go(who: str) -> None:
        try:
            barrier.wait(5)
            results.append(_declare(c, who, name=f"Crisis by {who}"))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=go, args=(w,)) for w in ("priya", "omar")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    assert sorted(r.joined for r in results) == [False, True]
    assert len({r.crisis.id for r in results}) == 1
    with c.session() as s:
        assert s.scalar(select(func.count()).select_from(Crisis)) == 1


def test_only_crisis_control_declares_and_bad_input_is_refused(demo_console) -> None:
    c = demo_console
    with pytest.raises(Exception, match="permission to declare"):
        _declare(c, "alice")
    with pytest.raises(CrisisError, match="name"):
        _declare(c, name=" ")
    with pytest.raises(CrisisError, match="no crisis"):
        _end(c)


def test_a_statement_approved_in_two_steps_goes_out_to_two_accounts(
    demo_console, publisher, demo_network
) -> None:
    c = demo_console
    _declare(c)
    priya, lena, alice = actor(c, "priya"), actor(c, "lena"), actor(c, "alice")
    ids = [a for a, _h in demo_accounts(c)]
    with c.factory() as s, s.begin():
        st = statements.draft(
            s,
            priya,
            title="Holding: charger",
            body="We are aware of reports about the Bolt charger and are investigating.",
            account_ids=ids,
        )
    assert st.total == 2 and not st.approved
    assert "PR lead (step 1 of 2)" in st.status
    with c.factory() as s, s.begin():
        with pytest.raises(Exception, match="PR lead"):
            statements.approve(s, lena, st.id)  # the executive cannot sign the PR step
    with c.factory() as s, s.begin():
        st = statements.approve(s, priya, st.id)
    assert "Executive or legal (step 2 of 2)" in st.status
    assert publisher.run_once() == []
    with c.factory() as s, s.begin():
        with pytest.raises(Exception, match="own item|earlier step"):
            statements.approve(s, priya, st.id)
    with c.factory() as s, s.begin():
        assert statements.holding_statements(s, priya.workspace_id) == []
        st = statements.approve(s, lena, st.id)
    assert st.approved
    sent = [o for o in publisher.run_once() if o.status == "sent"]
    assert len(sent) == 2
    for _aid, handle in demo_accounts(c):
        assert [x.text for x in demo_network.sent[handle]][-1].startswith("We are aware")
    with c.session() as s:
        assert statements.get(s, st.id).status == "Published to 2 accounts"
        # and agents are offered it first in the composer
        assert statements.holding_statements(s, alice.workspace_id)[0][0] == "Holding: charger"


def test_watches_refuse_bad_keywords_with_the_reason(demo_console) -> None:
    c = demo_console
    priya = actor(c, "priya")
    for kw, reason in (("", "empty"), ("/[a-/", "not a valid regular expression")):
        with c.factory() as s, s.begin(), pytest.raises(WatchError, match=reason):
            watches.save_watch(s, priya, name="Charger", keyword=kw)
    with c.factory() as s, s.begin():
        w = watches.save_watch(s, priya, name="Charger", keyword="charger", sensitivity="sensitive")
        assert w.id
    with c.factory() as s, s.begin(), pytest.raises(Exception, match="permission"):
        watches.save_watch(s, actor(c, "alice"), name="x", keyword="y")


def test_an_ordinary_post_can_use_multi_step_approval_too(demo_console, publisher) -> None:
    from app.identity.access import Permission
    from app.publishing.approval_steps import PlanStep, plan
    from tests.integration.publishing.conftest import make_employee

    c = demo_console
    with c.factory() as s, s.begin():
        legal = make_employee(s, "lea", "approver", team="PR", display_name="Lea Legal")
    mia, lena = actor(c, "mia"), actor(c, "lena")
    acc_id = demo_accounts(c)[0][0]
    with c.factory() as s, s.begin():
        item = outbox.create_draft(s, mia, kind="post", account_id=acc_id, text="Big launch!")
        plan(
            s,
            item.id,
            (PlanStep("Brand manager", Permission.APPROVE), PlanStep("Legal", Permission.APPROVE)),
        )
        outbox.submit(s, mia, item.id)
        item_id = item.id
    with c.factory() as s, s.begin():
        assert outbox.approve(s, lena, item_id).status == "awaiting_approval"
        assert status_words(s, item_id) == "Awaiting approval: Legal (step 2 of 2)"
    with c.factory() as s, s.begin(), pytest.raises(Exception, match="earlier step"):
        outbox.approve(s, lena, item_id)  # one person, one step
    with c.factory() as s, s.begin():
        assert outbox.approve(s, legal, item_id).status == "approved"
    assert [o.item_id for o in publisher.run_once() if o.status == "sent"] == [item_id]
