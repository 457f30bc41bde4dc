"""What a workstation reads for a batch of changes (app.inbox.fanout): the decision alone.

The end-to-end proofs (real NOTIFY, real reads counted) are in
tests/integration/inbox/test_fanout_reads.py; these pin the rule itself, case by case.
"""

from __future__ import annotations

from app.db.changes import Change
from app.identity.access import Actor, Grant, Permission
from app.inbox.fanout import Gather, plan
from app.inbox.views import InboxFilter, View

SUPPORT, SALES = 1, 2
ACCOUNT = 7
ME, COLLEAGUE = 10, 11

#: a customer-service agent: reads her team's inbox
AGENT = Actor(ME, "alice", "Alice", 1, frozenset({SUPPORT}), (Grant(Permission.READ_TEAM_INBOX),))


State = tuple[int | None, int | None, int | None, str | None]


def conv(cid: int, *now: State, left: tuple[State, ...] = ()) -> Change:
    return Change(cid, "conversation", (cid,), "elsewhere", tuple(now), left)


def test_another_teams_change_is_not_read_nor_counted() -> None:
    ch = conv(5, (SALES, ACCOUNT, COLLEAGUE, "open"))
    p = plan(AGENT, InboxFilter(view=View.TEAMS), [ch])
    assert p.ids == () and not p.recount


def test_a_change_in_the_team_is_read_for_the_list_and_the_counts() -> None:
    ch = conv(5, (SUPPORT, ACCOUNT, None, "open"))
    p = plan(AGENT, InboxFilter(view=View.TEAMS), [ch])
    assert p.ids == (5,) and p.recount


def test_a_conversation_that_left_the_team_is_read_if_shown_and_counted_by_its_before() -> None:
    """Handed from Customer Service to Sales: the state it left says it was hers to count."""
    ch = conv(5, (SALES, ACCOUNT, None, "open"), left=((SUPPORT, ACCOUNT, None, "open"),))
    assert plan(AGENT, InboxFilter(view=View.TEAMS), [ch], shown={5}).ids == (5,)
    not_shown = plan(AGENT, InboxFilter(view=View.TEAMS), [ch])
    assert not_shown.ids == () and not_shown.recount  # not in her list; her team's count drops
    # without the state before, she would have heard nothing of it
    assert not plan(
        AGENT, InboxFilter(view=View.TEAMS), [conv(5, (SALES, ACCOUNT, None, "open"))]
    ).recount


def test_the_view_narrows_the_list_read_but_not_the_counts() -> None:
    ch = conv(5, (SUPPORT, ACCOUNT, COLLEAGUE, "open"))
    mine = plan(AGENT, InboxFilter(view=View.MINE), [ch])
    assert mine.ids == () and mine.recount  # not in "My queue"; the team count may move
    unassigned = plan(AGENT, InboxFilter(view=View.UNASSIGNED), [ch])
    assert unassigned.ids == ()
    assert plan(AGENT, InboxFilter(view=View.UNASSIGNED), [ch], shown={5}).ids == (5,)
    other_account = InboxFilter(view=View.ALL, account_id=ACCOUNT + 1)
    assert plan(AGENT, other_account, [ch]).ids == ()


def test_statuses_decide_the_list_and_only_open_moves_the_counts() -> None:
    ch = conv(5, (SUPPORT, ACCOUNT, None, "resolved"))
    p = plan(AGENT, InboxFilter(view=View.TEAMS, statuses=("open",)), [ch])
    assert p.ids == () and not p.recount
    resolved = conv(
        6, (SUPPORT, ACCOUNT, None, "resolved"), left=((SUPPORT, ACCOUNT, None, "open"),)
    )
    p = plan(AGENT, InboxFilter(view=View.TEAMS, statuses=("open",)), [resolved], shown={6})
    assert p.ids == (6,) and p.recount  # resolved: it leaves the open list, the count drops
    reopened = conv(
        7, (SUPPORT, ACCOUNT, None, "open"), left=((SUPPORT, ACCOUNT, None, "resolved"),)
    )
    p = plan(AGENT, InboxFilter(view=View.TEAMS, statuses=("open",)), [reopened])
    assert p.ids == (7,) and p.recount  # reopened: it arrives


def test_assigned_to_me_in_another_team_is_read() -> None:
    ch = conv(5, (SALES, ACCOUNT, ME, "open"))
    assert plan(AGENT, InboxFilter(view=View.MINE), [ch]).ids == (5,)


def test_unknown_scope_means_read() -> None:
    """Read from the feed table, too large for NOTIFY, or undescribed by the writer."""
    bare = Change(5, "conversation", (5, 6), None)
    p = plan(AGENT, InboxFilter(view=View.MINE), [bare])
    assert p.ids == (5, 6) and p.recount
    # an older writer's state has no status: it is not taken for "not open"
    old = conv(7, (SUPPORT, ACCOUNT, None, None))
    p = plan(AGENT, InboxFilter(view=View.TEAMS, statuses=("open",)), [old])
    assert p.ids == (7,) and p.recount


def test_other_topics_are_not_conversation_reads() -> None:
    p = plan(AGENT, InboxFilter(), [Change(1, "presence", (ME,), None)])
    assert p.ids == () and not p.recount


def test_the_gather_reads_a_lone_change_at_once_and_a_burst_once_per_window() -> None:
    g = Gather(window_s=0.25)
    assert g.add([1], now=10.0) == 0.0
    assert g.take(now=10.0) == [1]
    wait = g.add([2], now=10.1)
    assert wait is not None and abs(wait - 0.15) < 1e-9
    assert g.add([3], now=10.2) is None  # the read is already due
    assert g.take(now=10.25) == [2, 3]
    assert g.add([4], now=11.0) == 0.0  # quiet again
    g.clear()
    assert g.pending == set() and not g.waiting


def test_payloads_carry_states_now_and_left_and_read_an_older_writers_scope() -> None:
    from app.db.changes import decode, encode

    ch = conv(5, (SALES, ACCOUNT, None, "open"), left=((SUPPORT, ACCOUNT, ME, "open"),))
    assert decode(encode(ch)) == ch
    # sc_take_next (migration 0022) sends (team, account, assignee): status unknown
    old = decode('{"i":9,"t":"conversation","d":[5],"o":null,"s":[[1,7,10]]}')
    assert isinstance(old, Change) and old.scope == ((1, 7, 10, None),) and old.before == ()


def test_a_team_agent_listens_to_her_teams_and_her_own_channel_only() -> None:
    from app.db.changes import ALL_SCOPES, CHANNEL, assignee_channel, team_channel
    from app.inbox.fanout import channels

    assert channels(AGENT) == {CHANNEL, team_channel(SUPPORT), assignee_channel(ME)}
    # a scope reaching past teams (all, or a whole account) hears every scope
    lead = Actor(ME, "lee", "Lee", 1, frozenset({SUPPORT}), (Grant(Permission.READ_ALL),))
    assert channels(lead) == {CHANNEL, ALL_SCOPES}
    by_account = Actor(
        ME, "ann", "Ann", 1, frozenset(), (Grant(Permission.READ_TEAM_INBOX, None, ACCOUNT),)
    )
    # no team of her own: only what is assigned to her
    assert channels(by_account) == {CHANNEL, assignee_channel(ME)}
    account_wide = Actor(ME, "al", "Al", 1, frozenset(), (Grant(Permission.READ_ALL, None, 3),))
    assert channels(account_wide) == {CHANNEL, ALL_SCOPES}
    assert channels(None) == {CHANNEL, ALL_SCOPES}


def test_every_change_plan_wants_is_sent_on_a_channel_its_reader_hears() -> None:
    """The routing and the decision agree: for each change and each reader, if plan() would
    read or recount, one of the channels the change goes to is one the reader listens to."""
    import itertools

    from app.db.changes import channels_of, encode
    from app.identity.access import read_scope
    from app.inbox.fanout import _readable, channels

    people = [
        AGENT,
        Actor(COLLEAGUE, "bob", "Bob", 1, frozenset({SALES}), (Grant(Permission.READ_TEAM_INBOX),)),
        Actor(12, "cy", "Cy", 1, frozenset(), (Grant(Permission.REPLY),)),  # assigned only
        Actor(13, "di", "Di", 1, frozenset({SALES}), (Grant(Permission.READ_ALL, SUPPORT),)),
    ]
    states: list[State] = [
        (team, ACCOUNT, who, status)
        for team, who, status in itertools.product(
            (SUPPORT, SALES, None), (None, ME, COLLEAGUE, 12), ("open", "closed")
        )
    ]
    for now, left in itertools.product(states, [None, *states]):
        ch = conv(5, now, left=() if left is None else (left,))
        sent = set(channels_of(ch, encode(ch)))
        for who in people:
            # on screen only where it was readable before (where it was: left, or now)
            was = left if left is not None else now
            shown = {5} if _readable(who, read_scope(who), was) else set()
            wants = plan(who, InboxFilter(), [ch], shown=shown)
            if wants.ids or wants.recount:
                assert sent & channels(who), (who.username, now, left, sent)
