"""Amplifying praise: a customer's kind words reposted (boosted) or quoted by the brand.

From a praise conversation, "Amplify…" drafts an outbox item of kind ``boost`` or ``quote``
that answers the customer's newest message (``in_reply_to_message_id``: what is amplified). It
always waits for an approver, whoever drafted it — the brand's voice is marketing's to give —
and then goes out through the publisher exactly once like any other item (a boost is
idempotent on every network that has one; a quote carries the item's idempotency key).

What each network allows (looked up in their documentation):

- Mastodon: boost ``POST /api/v1/statuses/:id/reblog``; quote ``POST /api/v1/statuses`` with
  ``quoted_status_id`` (4.5+, subject to the author's quote policy).
- Bluesky: an ``app.bsky.feed.repost`` record; a quote is a post with an
  ``app.bsky.embed.record`` embed.
- X: repost ``POST /2/users/:id/retweets`` (``tweet_id``); quote ``POST /2/tweets`` with
  ``quote_tweet_id``.
- LinkedIn reshares and Meta shares of a customer's post are not open to page tokens for
  others' posts; the console says so instead of offering them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    BrandAccount,
    Conversation,
    Customer,
    Direction,
    Message,
    OutboxItem,
    OutboxStatus,
)
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission, can_read
from app.inbox import conversations as conversations_conversations
from app.publishing import guardrails
from app.publishing.errors import PublishingError
from app.publishing.outbox import new_idempotency_key
from app.publishing.text_limits import count_text

MODES = ("boost", "quote")
#: networks whose connector can boost and quote here
SUPPORTED = ("mastodon", "bluesky", "x", "demo")
WORDS = {
    "mastodon": ("Boost", "Quote post"),
    "bluesky": ("Repost", "Quote post"),
    "x": ("Repost", "Quote"),
}


@dataclass(frozen=True)
class AmplifyOffer:
    """What the Amplify dialog shows: the praise, who wrote it, what can be done with it."""

    conversation_id: int
    message_id: int
    network: str
    account: str
    customer: str
    text: str
    url: str | None
    is_praise: bool
    #: why amplifying is not possible here, in words; None when it is
    refusal: str | None

    @property
    def boost_word(self) -> str:
        return WORDS.get(self.network, ("Boost", "Quote post"))[0]


def _may_draft(actor: Actor, conv: Conversation) -> bool:
    """Whoever may reply in the conversation or post from its account may suggest it."""
    return conversations_conversations.may_reply(actor, conv) or actor.can(
        Permission.POST_AS_BRAND, account_id=conv.brand_account_id
    )


def offer(session: Session, actor: Actor, conversation_id: int) -> AmplifyOffer:
    """The customer's newest message of the conversation, and whether it can be amplified."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or conv.workspace_id != actor.workspace_id:
        raise PublishingError("This conversation does not exist.")
    if not can_read(actor, conv):
        raise AccessDenied("This conversation is outside your scope.")
    msg = session.scalar(
        select(Message)
        .where(
            Message.conversation_id == conv.id,
            Message.direction == Direction.IN,
            Message.kind != "dm",
        )
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )
    acc = session.get(BrandAccount, conv.brand_account_id)
    assert acc is not None
    customer = session.get(Customer, conv.customer_id) if conv.customer_id else None
    refusal = None
    if msg is None or not msg.remote_id:
        refusal = "There is no public post from the customer in this conversation to amplify."
    elif conv.kind == "dm":
        refusal = "This is a private conversation: its messages cannot be reposted."
    elif acc.network not in SUPPORTED:
        refusal = (
            f"Reposting a customer's post on {acc.network} is not available from the console; "
            "share it from the network's own app."
        )
    elif not _may_draft(actor, conv):
        refusal = "You may neither reply in this conversation nor post as the brand."
    return AmplifyOffer(
        conversation_id=conv.id,
        message_id=msg.id if msg else 0,
        network=acc.network,
        account=acc.handle,
        customer=(customer.handle if customer else "") or "the customer",
        text=msg.text if msg else "",
        url=msg.url if msg else None,
        is_praise=(conv.intent == "praise"),
        refusal=refusal,
    )


def draft(
    session: Session,
    actor: Actor,
    conversation_id: int,
    mode: str,
    text: str = "",
    *,
    origin: str | None = None,
) -> OutboxItem:
    """Queue a boost or a quote of the customer's post for approval."""
    if mode not in MODES:
        raise PublishingError(f"Unknown way to amplify {mode!r}; use boost or quote.")
    o = offer(session, actor, conversation_id)
    if o.refusal is not None:
        raise PublishingError(o.refusal)
    conv = session.get(Conversation, conversation_id)
    assert conv is not None
    already = session.scalar(
        select(OutboxItem.id).where(
            OutboxItem.in_reply_to_message_id == o.message_id,
            OutboxItem.kind == mode,
            OutboxItem.status.not_in(
                [str(OutboxStatus.CANCELLED), str(OutboxStatus.REJECTED), str(OutboxStatus.FAILED)]
            ),
        )
    )
    if already is not None:
        raise PublishingError(
            "This post is already on its way to being amplified that way (waiting for approval "
            "or sent)."
        )
    final = ""
    if mode == "quote":
        if not text.strip():
            raise PublishingError("Write what the brand says above the quoted post.")
        verdict = guardrails.check_text(session, actor.employee_id, conv.team_id, text.strip())
        if not verdict.ok:
            raise PublishingError(
                "Not submitted: " + " ".join(verdict.blocks) + " Your text is kept."
            )
        acc = session.get(BrandAccount, conv.brand_account_id)
        assert acc is not None
        if (
            p := count_text(acc.network, verdict.text, settings=acc.settings).problem()
        ) is not None:
            raise PublishingError(p)
        final = verdict.text
    item = OutboxItem(
        workspace_id=actor.workspace_id,
        brand_account_id=conv.brand_account_id,
        conversation_id=conv.id,
        in_reply_to_message_id=o.message_id,
        kind=mode,
        text=final,
        media=[],
        status=OutboxStatus.AWAITING_APPROVAL,
        author_id=actor.employee_id,
        idempotency_key=new_idempotency_key(),
    )
    session.add(item)
    session.flush()
    audit.record(
        session,
        "outbox_submitted",
        actor=actor,
        target_type="outbox_item",
        target_id=item.id,
        kind=mode,
        account_id=conv.brand_account_id,
        approval="required (amplifying is marketing's call)",
    )
    changes.publish(session, "outbox", [item.id], origin)
    return item
