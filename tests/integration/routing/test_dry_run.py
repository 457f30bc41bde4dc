"""The dry run says what the rules would do, writes nothing, and matches what ingest then does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from accounts.base import ItemKind, RemoteAuthor
from app.db.models import (
    Assignment,
    AuditEvent,
    BrandAccount,
    Conversation,
    ConversationTag,
    Notification,
    RoutingRule,
)
from app.routing import dry_run as routing_dry_run
from app.routing import spec as routing_spec
from app.routing import store
from app.routing.engine import RoutingEngine
from app.routing.spec import RuleSpec
from tests.integration.routing.helpers import account_ids, actor_of, ingest, item


def _state(console) -> tuple[int, ...]:
    with console.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (Assignment, ConversationTag, Notification, AuditEvent, RoutingRule)
        ) + (s.scalar(select(func.count()).where(Conversation.team_id.is_not(None))),)


def test_dry_run_matches_what_ingest_then_does(demo_console) -> None:
    acme, help_ = account_ids(demo_console)
    now = datetime.now(UTC)
    vip = RemoteAuthor("u-1", "loyal", followers=20_000)
    texts = [
        ("My order arrived broken and nobody answers my emails. Really disappointed.", None),
        ("Do you ship the AeroPhone to Canada?", None),
        ("Looking to buy 50 AeroPhones for our office, who do I talk to?", vip),
        ("Please add dark mode to the app!", None),
        ("The app crashes every time I open settings on Android 15", None),
        ("Loving my new AeroPhone, best purchase this year ❤️", vip),
        ("My AeroPhone battery is swelling and smells like smoke, is it safe??", None),
        ("hello", None),
        ("where is my REFUND for order #55555", None),
    ]

    def batch(prefix: str, days_ago: float = 1):  # noqa: ANN202
        out = []
        for n, (text, author) in enumerate(texts):
            out.append(
                item(
                    text,
                    rid=f"{prefix}-{n}",
                    author=author or RemoteAuthor(f"{prefix}-a{n}", f"cust{n}", followers=5),
                    kind=ItemKind.DM if n % 3 == 0 else ItemKind.MENTION,
                    at=now - timedelta(days=days_ago, minutes=n),
                )
            )
        # a follow-up in the first thread: "any" rules see it, "new" rules do not
        out.append(
            item(
                "Also the charger is smoking and smells like smoke now, is it safe?",
                rid=f"{prefix}-f",
                thread=out[0].thread_key,
                author=out[0].author,
                at=now - timedelta(days=days_ago) + timedelta(minutes=5),
            )
        )
        return out

    extra = [
        RuleSpec(
            "Influencers: tag and tell PR",
            {"trigger": "new", "match": "all", "items": [{"type": "followers", "at_least": 10_000}]},
            {"items": [{"type": "tag", "tags": ["influencer"]}, {"type": "notify", "department": "pr"}]},
        ),
        RuleSpec(
            "Refunds",
            {"trigger": "any", "match": "any", "items": [
                {"type": "keywords", "any": ["refund"]},
                {"type": "regex", "pattern": r"order\s*#\d+"},
            ]},
            {"items": [{"type": "priority", "value": "high"}, {"type": "tag", "tags": ["refund"]}]},
        ),
    ]  # fmt: skip
    ines = actor_of(demo_console, "ines")
    with demo_console.factory() as s, s.begin():
        for spec in extra:
            store.save_rule(s, ines, spec, position=0)
    # each thread its own conversation, as the prediction is compared thread by thread
    from tests.support.inbox import keep_threads_apart

    keep_threads_apart(demo_console)
    # 1. stored without routing (as if the rules had not existed), plus an old message
    ingest(demo_console, acme, batch("old"), None)
    ingest(demo_console, acme, [item("Do you ship to Peru?", at=now - timedelta(days=30))], None)
    before = _state(demo_console)
    with demo_console.session() as s:
        rules = store.list_rules(s, ines)
        result = routing_dry_run.dry_run(s, ines, rules, days=7)
        single = routing_dry_run.dry_run(s, ines, [rules[0]], days=7)
    assert _state(demo_console) == before, "the dry run wrote something"
    assert result.messages == len(texts) + 1 and not result.errors
    assert {r.rules for r in single.rows} == {("Refunds",)}
    # 2. the same traffic reaches the other brand account with the rules live
    for it in batch("live"):
        ingest(demo_console, help_, [it], RoutingEngine())  # one message per batch, in order
    with demo_console.session() as s:
        predicted = {}
        for row in result.rows:
            conv = s.get(Conversation, row.conversation_id)
            predicted[conv.thread_key.replace("old-", "live-")] = row
        actual = {}
        for conv in s.scalars(select(Conversation).where(Conversation.brand_account_id == help_)):
            tags = tuple(
                sorted(
                    s.scalars(
                        select(ConversationTag.tag).where(
                            ConversationTag.conversation_id == conv.id
                        )
                    )
                )
            )
            notified = tuple(
                sorted(
                    s.scalars(
                        select(Notification.employee_id).where(
                            Notification.conversation_id == conv.id,
                            Notification.kind == "routing",
                        )
                    ).unique()
                )
            )
            actual[conv.thread_key] = (conv.team_id, conv.priority, tags, notified)
        names = routing_spec.Catalog.load(s, ines.workspace_id).employee_names
        cs = s.get(BrandAccount, help_).settings["default_team_id"]
    assert len(predicted) >= 8 and set(predicted) <= set(actual)
    for key, row in predicted.items():
        team_id, priority, tags, notified = actual[key]
        assert row.team_id is None or row.team_id == team_id, key
        assert (row.priority or 0) == priority, key
        assert tuple(sorted(row.tags)) == tags, key
        assert tuple(sorted(row.notify)) == tuple(sorted(names[e] for e in notified)), key
    # conversations the dry run left alone were left alone
    for key, (team_id, priority, tags, notified) in actual.items():
        if key not in predicted:
            assert priority == 0 and not tags and not notified, key
            assert team_id == cs, key
