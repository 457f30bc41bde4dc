"""Each intent reaches its department end to end: network → sync → classify → rules → the
inbox of that department, and of no other."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Conversation, ConversationTag, Notification, Team
from app.inbox import views as inbox
from app.inbox.views import InboxFilter
from app.routing.engine import RoutingEngine
from app.routing.store import default_rules
from app.sync.enrich import classify_item
from app.sync.runner import SyncRunner
from tests.integration.routing.helpers import actor_of, make_agent

# intent → (a message that says it, the team the default rules send it to)
CASES = {
    "complaint": (
        "My order arrived broken and nobody answers my emails. Really disappointed.",
        "Customer Service",
    ),
    "question": ("Do you ship the AeroPhone to Canada?", "Customer Service"),
    "purchase_intent": (
        "Looking to buy 50 AeroPhones for our office, who do I talk to?",
        "Sales",
    ),
    "feature_request": ("Please add dark mode to the app!", "Product"),
    "bug_report": ("The app crashes every time I open settings on Android 15", "Product"),
    "praise": ("Loving my new AeroPhone, best purchase this year ❤️", "Marketing"),
    "urgent_safety": (
        "My AeroPhone battery is swelling and smells like smoke, is it safe??",
        "Customer Service",
    ),
    "crisis_signal": (
        "I am calling my lawyer and the press will hear about how you treat customers. "
        "Boycott this brand!",
        "PR",
    ),
}
DEPARTMENT_TEAMS = ("Customer Service", "PR", "Sales", "Product", "Marketing")


def test_default_rules_cover_every_routed_intent() -> None:
    covered = set()
    for spec in default_rules():
        for cond in spec.conditions["items"]:
            if cond["type"] == "intent":
                covered.update(cond["in"])
    assert covered == set(CASES)


def test_each_intent_reaches_its_department_only(demo_console, demo_network) -> None:
    agents = {
        team: make_agent(demo_console, team, f"agent_{i}")
        for i, team in enumerate(DEPARTMENT_TEAMS)
    }
    with demo_console.session() as s:
        accounts = {a.id: a.handle for a in s.scalars(select(BrandAccount))}
    brand = next(iter(accounts.values()))
    now = datetime.now(UTC)
    for n, (intent, (text, _team)) in enumerate(CASES.items()):
        demo_network.items.append(
            (
                brand,
                InboundItem(
                    remote_id=f"case-{intent}",
                    kind=ItemKind.MENTION,
                    author=RemoteAuthor(f"c-{n}", f"customer{n}", followers=50),
                    text=f"@{brand} {text}",
                    created_at=now,
                    thread_key=f"case-{intent}",
                ),
            )
        )
    connectors = {aid: DemoConnector(demo_network, h) for aid, h in accounts.items()}
    runner = SyncRunner(
        demo_console.factory, connectors, enrich=classify_item, route=RoutingEngine()
    )
    runner.run_once()
    assert runner.ingested == len(CASES)

    with demo_console.session() as s:
        teams = dict(s.execute(select(Team.name, Team.id)).all())
        convs = {
            c.thread_key: c
            for c in s.scalars(select(Conversation).where(Conversation.thread_key.like("case-%")))
        }
    views = {}
    for team in DEPARTMENT_TEAMS:
        actor = actor_of(demo_console, f"agent_{DEPARTMENT_TEAMS.index(team)}")
        assert actor.employee_id == agents[team]
        with demo_console.session() as s:
            ids, _ = inbox.page_ids(s, actor, InboxFilter(), limit=1000)
        views[team] = set(ids)
    for intent, (_text, team) in CASES.items():
        conv = convs[f"case-{intent}"]
        assert conv.intent == intent, f"classifier: {intent} read as {conv.intent}"
        assert conv.team_id == teams[team], f"{intent} went to the wrong team"
        seen_by = {t for t, ids in views.items() if conv.id in ids}
        assert seen_by == {team}, f"{intent}: visible to {seen_by}, expected only {team}"

    with demo_console.session() as s:
        urgent = convs["case-urgent_safety"]
        assert s.get(Conversation, urgent.id).priority == 2
        tags = set(
            s.scalars(
                select(ConversationTag.tag).where(ConversationTag.conversation_id == urgent.id)
            )
        )
        assert "safety" in tags
        # PR's lead (Priya, crisis control) hears of the safety issue and of the crisis signal
        priya = actor_of(demo_console, "priya").employee_id
        notified = set(
            s.scalars(select(Notification.conversation_id).where(Notification.employee_id == priya))
        )
        assert {urgent.id, convs["case-crisis_signal"].id} <= notified
        # a lead is tagged for sales
        lead = convs["case-purchase_intent"]
        assert "lead" in set(
            s.scalars(select(ConversationTag.tag).where(ConversationTag.conversation_id == lead.id))
        )
