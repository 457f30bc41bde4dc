"""The outbox: drafts, approval, scheduling and the publishing pause.

Employees never hold a brand's credentials; they write outbox items, the right people approve,
and the publisher (app/sync/publisher.py) on a machine that holds the token sends them. Every
state change here is a *conditional* update on the item's status, the same way the publisher
claims items, so a cancel racing the publisher's claim either wins cleanly or is told "already
being sent" — never both.

States: draft → awaiting_approval → approved | scheduled → sending → sent, or failed (reason in
words), rejected (comment the author sees), cancelled. Whether an author may skip approval is a
permission per account and per kind (``skip_approval_reply`` / ``skip_approval_post``).

Pausing publishing (the whole workspace or one account) locks the workspace row in the same way
the publisher does while it sends, so once a pause has committed not one more item goes out.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    AccountStatus,
    BrandAccount,
    Conversation,
    Direction,
    Employee,
    Message,
    Notification,
    OutboxItem,
    OutboxStatus,
)
from app.db.types import utcnow
from app.identity import approval_policy, audit
from app.identity.access import AccessDenied, Actor, Permission
from app.inbox import conversations as conversations_conversations
from app.inbox import sla
from app.publishing import approval_steps, attachments, guardrails
from app.publishing.composing import render_signature, signature_format, with_signature
from app.publishing.errors import Conflict, PublishingError
from app.publishing.text_limits import TextCount, check_media, count_text

S = OutboxStatus
#: states in which the text may still change before anyone approved it
EDITABLE = (S.DRAFT, S.REJECTED)
#: queued for the publisher (approved, possibly for later)
QUEUED = (S.APPROVED, S.SCHEDULED)
#: not yet sent and not being sent: may be cancelled
CANCELLABLE = (S.DRAFT, S.AWAITING_APPROVAL, S.APPROVED, S.SCHEDULED, S.REJECTED, S.FAILED)
KINDS = ("reply", "post")


# ------------------------------------------------------------------ the inbox's rules, in one place


def may_reply(actor: Actor, conversation: Conversation) -> bool:
    """Scope, the reply permission and the workspace's owner-only policy (the inbox's rule)."""
    return conversations_conversations.may_reply(actor, conversation)


def on_outbound_reply(session: Session, conversation_id: int) -> None:
    """In the publisher's transaction, after a reply went out: the SLA clock stops."""
    sla.on_outbound_reply(session, conversation_id)


# ---------------------------------------------------------------------------- permissions


def _write_permission(kind: str) -> Permission:
    return Permission.REPLY if kind == "reply" else Permission.POST_AS_BRAND


def _team_of(session: Session, item: OutboxItem) -> int | None:
    if item.conversation_id is None:
        return None
    return session.scalar(
        select(Conversation.team_id).where(Conversation.id == item.conversation_id)
    )


def may_write(
    session: Session, actor: Actor, kind: str, account_id: int, conversation: Conversation | None
) -> bool:
    if kind == "reply":
        return conversation is not None and may_reply(actor, conversation)
    return actor.can(Permission.POST_AS_BRAND, account_id=account_id)


def may_skip_approval(
    session: Session, actor: Actor, kind: str, account_id: int, team_id: int | None
) -> bool:
    """The role's permission, unless the team requires approval for everyone (admin panel)."""
    return not approval_policy.needs_approval(session, actor, kind, account_id, team_id)


def may_approve(actor: Actor, item: OutboxItem, team_id: int | None) -> bool:
    return actor.workspace_id == item.workspace_id and actor.can(
        Permission.APPROVE, account_id=item.brand_account_id, team_id=team_id
    )


# ---------------------------------------------------------------------------------- drafts


def new_idempotency_key() -> str:
    return uuid.uuid4().hex


def _get(session: Session, item_id: int) -> OutboxItem:
    item = session.get(OutboxItem, item_id, populate_existing=True)
    if item is None:
        raise PublishingError("This item no longer exists.")
    return item


def _own(actor: Actor, item: OutboxItem) -> None:
    if item.author_id != actor.employee_id or item.workspace_id != actor.workspace_id:
        raise AccessDenied("Only its author can change this draft.")


def _transition(
    session: Session, item_id: int, from_statuses: Iterable[str], **values: Any
) -> bool:
    """Move an item on only if it is still in one of ``from_statuses`` (a conditional update)."""
    res = session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id, OutboxItem.status.in_([str(s) for s in from_statuses]))
        .values(updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    return res.rowcount == 1


def _status_words(status: str) -> str:
    return {
        S.DRAFT: "a draft",
        S.AWAITING_APPROVAL: "awaiting approval",
        S.APPROVED: "approved and queued",
        S.SCHEDULED: "scheduled",
        S.SENDING: "being sent right now",
        S.SENT: "already sent",
        S.FAILED: "failed",
        S.CANCELLED: "cancelled",
        S.REJECTED: "rejected",
    }.get(status, status)


def _conflict(session: Session, item_id: int, doing: str) -> Conflict:
    now = session.scalar(select(OutboxItem.status).where(OutboxItem.id == item_id))
    return Conflict(f"Cannot {doing}: the item is {_status_words(now or 'gone')} now.")


def _clean_media(media: Iterable[dict] | None) -> list[dict[str, str]]:
    return [{"path": str(m.get("path", "")), "alt": str(m.get("alt", ""))} for m in (media or [])]


def _reply_target_message(session: Session, conversation_id: int) -> int | None:
    """The newest inbound message of the conversation: what a reply answers."""
    return session.scalar(
        select(Message.id)
        .where(Message.conversation_id == conversation_id, Message.direction == Direction.IN)
        .order_by(Message.created_at.desc(), Message.id.desc())
        .limit(1)
    )


def create_draft(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    account_id: int | None = None,
    conversation_id: int | None = None,
    text: str = "",
    media: Iterable[dict] | None = None,
    scheduled_at: datetime | None = None,
    origin: str | None = None,
) -> OutboxItem:
    """A new draft; replies answer the conversation's newest inbound message."""
    if kind not in KINDS:
        raise PublishingError(f"Unknown kind {kind!r}; use reply or post.")
    conv = None
    if kind == "reply":
        if conversation_id is None:
            raise PublishingError("A reply needs a conversation.")
        conv = session.get(Conversation, conversation_id)
        if conv is None or conv.workspace_id != actor.workspace_id:
            raise PublishingError("This conversation does not exist.")
        account_id = conv.brand_account_id
    if account_id is None:
        raise PublishingError("Choose the brand account to post from.")
    acc = session.get(BrandAccount, account_id)
    if acc is None or acc.workspace_id != actor.workspace_id:
        raise PublishingError("This brand account does not exist.")
    if kind == "reply":
        assert conv is not None
        refusal = conversations_conversations.reply_refusal(actor, conv)
        if refusal is not None:
            raise AccessDenied(refusal)
    elif not may_write(session, actor, kind, account_id, conv):
        raise AccessDenied(f"You do not have the permission to post as @{acc.handle}.")
    item = OutboxItem(
        workspace_id=actor.workspace_id,
        brand_account_id=account_id,
        conversation_id=conversation_id if kind == "reply" else None,
        in_reply_to_message_id=_reply_target_message(session, conversation_id)
        if kind == "reply" and conversation_id is not None
        else None,
        kind=kind,
        text=text,
        media=_clean_media(media),
        status=S.DRAFT,
        author_id=actor.employee_id,
        scheduled_at=scheduled_at,
        idempotency_key=new_idempotency_key(),
    )
    session.add(item)
    session.flush()
    changes.publish(session, "outbox", [item.id], origin)
    return item


_UNSET: Any = object()


def save_draft(
    session: Session,
    actor: Actor,
    item_id: int,
    *,
    text: str,
    media: Iterable[dict] | None = _UNSET,
    scheduled_at: datetime | None = _UNSET,
    account_id: int | None = _UNSET,
    origin: str | None = None,
) -> OutboxItem:
    """Autosave: keep what the author typed. A rejected item goes back to being a draft."""
    item = _get(session, item_id)
    _own(actor, item)
    values: dict[str, Any] = {"text": text, "status": S.DRAFT}
    if media is not _UNSET:
        values["media"] = _clean_media(media)
    if scheduled_at is not _UNSET:
        values["scheduled_at"] = scheduled_at
    if account_id is not _UNSET and account_id is not None and item.kind == "post":
        if not actor.can(Permission.POST_AS_BRAND, account_id=account_id):
            raise AccessDenied("You do not have the permission to post from that account.")
        values["brand_account_id"] = account_id
    if not _transition(session, item_id, EDITABLE, **values):
        raise _conflict(session, item_id, "save the draft")
    return _get(session, item_id)


def open_draft(
    session: Session, actor: Actor, *, conversation_id: int | None = None, kind: str = "reply"
) -> OutboxItem | None:
    """The author's newest unsent draft (or rejected item) for this conversation or, for posts,
    their newest post draft: what the composer restores after a crash."""
    q = select(OutboxItem).where(
        OutboxItem.author_id == actor.employee_id,
        OutboxItem.kind == kind,
        OutboxItem.status.in_([str(s) for s in EDITABLE]),
    )
    if kind == "reply":
        q = q.where(OutboxItem.conversation_id == conversation_id)
    return session.scalar(q.order_by(OutboxItem.updated_at.desc(), OutboxItem.id.desc()).limit(1))


def discard_draft(session: Session, actor: Actor, item_id: int, origin: str | None = None) -> None:
    item = _get(session, item_id)
    _own(actor, item)
    if not _transition(session, item_id, EDITABLE, status=S.CANCELLED):
        raise _conflict(session, item_id, "discard the draft")
    changes.publish(session, "outbox", [item_id], origin)


# ------------------------------------------------------------------------------ validation


@dataclass(frozen=True)
class Check:
    """What the composer shows before anything is queued."""

    final_text: str
    count: TextCount
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check(
    session: Session,
    actor: Actor,
    *,
    account_id: int,
    kind: str,
    text: str,
    media: Sequence[dict] = (),
    author_id: int | None = None,
) -> Check:
    """Count the text as the network will (signature included) and check images and account."""
    acc = session.get(BrandAccount, account_id)
    if acc is None:
        raise PublishingError("This brand account does not exist.")
    author = session.get(Employee, author_id or actor.employee_id)
    signature = render_signature(signature_format(session, author), author) if author else ""
    final = with_signature(text, signature) if text.strip() else text.strip()
    count = count_text(acc.network, final, kind=kind, settings=acc.settings)
    problems: list[str] = []
    if (p := count.problem()) is not None:
        problems.append(p)
    problems.extend(check_media(acc.network, list(media), kind))
    if acc.status == AccountStatus.NEEDS_RECONNECT:
        problems.append(
            f"@{acc.handle} on {acc.network} needs reconnecting before anything can be sent "
            "from it (ask IT); your text is kept as a draft."
        )
    elif acc.status == AccountStatus.DISCONNECTED:
        problems.append(f"@{acc.handle} on {acc.network} is disconnected; your text is kept.")
    return Check(final, count, tuple(problems))


# ------------------------------------------------------------------------------- submission


def submit(
    session: Session,
    actor: Actor,
    item_id: int,
    *,
    scheduled_at: datetime | None = _UNSET,
    origin: str | None = None,
) -> OutboxItem:
    """Queue a draft: straight to approved/scheduled when the author may skip approval."""
    item = _get(session, item_id)
    _own(actor, item)
    if item.status not in EDITABLE:
        raise _conflict(session, item_id, "submit")
    conv = session.get(Conversation, item.conversation_id) if item.conversation_id else None
    if item.kind == "reply" and conv is None:
        raise PublishingError("The conversation of this reply no longer exists.")
    if item.kind == "reply":
        assert conv is not None
        # scope, permission and the owner-only policy, with the reason in words
        refusal = conversations_conversations.reply_refusal(actor, conv)
        if refusal is not None:
            raise AccessDenied(refusal)
    elif not may_write(session, actor, item.kind, item.brand_account_id, conv):
        raise AccessDenied("You do not have the permission to post as the brand.")
    when = item.scheduled_at if scheduled_at is _UNSET else scheduled_at
    if when is not None and when <= utcnow() and scheduled_at is not _UNSET:
        raise PublishingError("The scheduled time is in the past; choose a later time.")
    result = check(
        session,
        actor,
        account_id=item.brand_account_id,
        kind=item.kind,
        text=item.text,
        media=item.media,
    )
    if not result.ok:
        raise PublishingError(" ".join(result.problems))
    # the images go with the item from here: the publisher may be another machine, hours later
    attachments.capture(session, item)
    team_id = conv.team_id if conv else None
    final_text = _guarded(session, item, team_id, result.final_text)
    skip = may_skip_approval(session, actor, item.kind, item.brand_account_id, team_id)
    # crisis mode and multi-step plans: nobody skips an item that needs PR (approval_steps.py)
    skip = approval_steps.on_submit(session, actor, item_id, skip)
    now = utcnow()
    values: dict[str, Any] = {
        "text": final_text,
        "scheduled_at": when,
        "review_comment": None,
        "last_error": None,
    }
    if skip:
        values.update(
            status=S.SCHEDULED if when is not None and when > now else S.APPROVED,
            approver_id=actor.employee_id,
            approved_at=now,
        )
    else:
        values.update(status=S.AWAITING_APPROVAL, approver_id=None, approved_at=None)
    if not _transition(session, item_id, EDITABLE, **values):
        raise _conflict(session, item_id, "submit")
    audit.record(
        session,
        "outbox_submitted",
        actor=actor,
        target_type="outbox_item",
        target_id=item_id,
        kind=item.kind,
        account_id=item.brand_account_id,
        approval="skipped (author may skip approval)" if skip else "required",
        scheduled_at=when.isoformat() if when else None,
    )
    changes.publish(session, "outbox", [item_id], origin)
    return _get(session, item_id)


def _guarded(session: Session, item: OutboxItem, team_id: int | None, text: str) -> str:
    """The guardrails at submit: refused with every reason, or the text with the required
    disclaimers added (then counted again: a disclaimer may make it too long)."""
    verdict = guardrails.check_text(session, item.author_id, team_id, text)
    if not verdict.ok:
        raise PublishingError("Not submitted: " + " ".join(verdict.blocks))
    if verdict.disclaimers_added:
        acc = session.get(BrandAccount, item.brand_account_id)
        assert acc is not None
        problem = count_text(acc.network, verdict.text, kind=item.kind, settings=acc.settings)
        if (p := problem.problem()) is not None:
            raise PublishingError(f"With the required disclaimer added: {p}")
    return verdict.text


def approve(
    session: Session,
    actor: Actor,
    item_id: int,
    *,
    text: str | None = None,
    origin: str | None = None,
) -> OutboxItem:
    """Approve (optionally after editing the text); it goes out now or at its scheduled time."""
    item = _get(session, item_id)
    team_id = _team_of(session, item)
    stepped = approval_steps.needs_steps(session, item)
    if not stepped and not may_approve(actor, item, team_id):
        raise AccessDenied("You do not have the permission to approve items from this account.")
    if item.author_id == actor.employee_id and not stepped:
        raise AccessDenied("You cannot approve your own item; another approver must.")
    if item.status != S.AWAITING_APPROVAL:
        raise _conflict(session, item_id, "approve")
    if stepped and not approval_steps.sign(session, actor, item):
        changes.publish(session, "outbox", [item_id], origin)  # signed one step; more to come
        return _get(session, item_id)
    values: dict[str, Any] = {}
    edited = text is not None and text.strip() != item.text.strip()
    if edited and item.kind == "boost":
        raise PublishingError("A boost reposts the customer's post as it is: it has no text.")
    if edited:
        assert text is not None
        result = check(
            session,
            actor,
            account_id=item.brand_account_id,
            kind=item.kind,
            text=text,
            media=item.media,
            author_id=item.author_id,
        )
        if not result.ok:
            raise PublishingError(" ".join(result.problems))
        values["text"] = result.final_text
    now = utcnow()
    scheduled = item.scheduled_at is not None and item.scheduled_at > now
    values.update(
        status=S.SCHEDULED if scheduled else S.APPROVED,
        approver_id=actor.employee_id,
        approved_at=now,
    )
    if not _transition(session, item_id, (S.AWAITING_APPROVAL,), **values):
        raise _conflict(session, item_id, "approve")
    audit.record(
        session,
        "outbox_approved",
        actor=actor,
        target_type="outbox_item",
        target_id=item_id,
        author_id=item.author_id,
        edited=edited,
    )
    if edited and item.author_id:
        _notify(
            session,
            item,
            "outbox_edited",
            f"{actor.display_name} edited and approved your {item.kind}.",
        )
    changes.publish(session, "outbox", [item_id], origin)
    return _get(session, item_id)


def reject(
    session: Session, actor: Actor, item_id: int, comment: str, *, origin: str | None = None
) -> OutboxItem:
    """Send it back to its author with a comment they see in their composer and notifications."""
    if not comment.strip():
        raise PublishingError("Say what should change: a rejection needs a comment for the author.")
    item = _get(session, item_id)
    if not may_approve(actor, item, _team_of(session, item)) and not approval_steps.may_sign(
        session, actor, item
    ):
        raise AccessDenied("You do not have the permission to review items from this account.")
    if not _transition(
        session,
        item_id,
        (S.AWAITING_APPROVAL,),
        status=S.REJECTED,
        review_comment=comment.strip(),
        approver_id=actor.employee_id,
        approved_at=None,
    ):
        raise _conflict(session, item_id, "reject")
    _notify(
        session,
        item,
        "outbox_rejected",
        f"{actor.display_name} sent your {item.kind} back: {comment.strip()}",
    )
    audit.record(
        session,
        "outbox_rejected",
        actor=actor,
        target_type="outbox_item",
        target_id=item_id,
        author_id=item.author_id,
        comment=comment.strip(),
    )
    changes.publish(session, "outbox", [item_id], origin)
    return _get(session, item_id)


def _may_manage(session: Session, actor: Actor, item: OutboxItem) -> bool:
    return item.author_id == actor.employee_id or may_approve(actor, item, _team_of(session, item))


def reschedule(
    session: Session,
    actor: Actor,
    item_id: int,
    when: datetime | None,
    *,
    origin: str | None = None,
) -> OutboxItem:
    """Move a queued item to another time (``None``: send as soon as possible)."""
    item = _get(session, item_id)
    if not _may_manage(session, actor, item):
        raise AccessDenied("Only the author or an approver can move this item.")
    if when is not None and when <= utcnow():
        raise PublishingError("The new time is in the past; choose a later time.")
    if item.status in QUEUED:
        status = S.SCHEDULED if when is not None else S.APPROVED
        ok = _transition(session, item_id, QUEUED, scheduled_at=when, status=status)
    else:
        ok = _transition(
            session, item_id, (S.DRAFT, S.AWAITING_APPROVAL, S.REJECTED), scheduled_at=when
        )
    if not ok:
        raise _conflict(session, item_id, "move it")
    audit.record(
        session,
        "outbox_rescheduled",
        actor=actor,
        target_type="outbox_item",
        target_id=item_id,
        scheduled_at=when.isoformat() if when else None,
    )
    changes.publish(session, "outbox", [item_id], origin)
    return _get(session, item_id)


def edit_queued(
    session: Session, actor: Actor, item_id: int, text: str, *, origin: str | None = None
) -> OutboxItem:
    """Change the text of a queued item. An approver's edit stays approved; anyone else's edit
    needs approval again (unless they may skip it)."""
    item = _get(session, item_id)
    if not _may_manage(session, actor, item):
        raise AccessDenied("Only the author or an approver can edit this item.")
    if item.status not in QUEUED + (S.AWAITING_APPROVAL,):
        raise _conflict(session, item_id, "edit it")
    result = check(
        session,
        actor,
        account_id=item.brand_account_id,
        kind=item.kind,
        text=text,
        media=item.media,
        author_id=item.author_id,
    )
    if not result.ok:
        raise PublishingError(" ".join(result.problems))
    team_id = _team_of(session, item)
    approver = may_approve(actor, item, team_id) and item.author_id != actor.employee_id
    keeps = approver or may_skip_approval(session, actor, item.kind, item.brand_account_id, team_id)
    values: dict[str, Any] = {"text": result.final_text}
    if keeps and item.status in QUEUED:
        values.update(approver_id=actor.employee_id, approved_at=utcnow())
        ok = _transition(session, item_id, QUEUED, **values)
    else:
        values.update(status=S.AWAITING_APPROVAL, approver_id=None, approved_at=None)
        ok = _transition(session, item_id, QUEUED + (S.AWAITING_APPROVAL,), **values)
    if not ok:
        raise _conflict(session, item_id, "edit it")
    audit.record(
        session,
        "outbox_edited",
        actor=actor,
        target_type="outbox_item",
        target_id=item_id,
        needs_approval=not keeps,
    )
    changes.publish(session, "outbox", [item_id], origin)
    return _get(session, item_id)


def cancel(
    session: Session, actor: Actor, item_id: int, *, origin: str | None = None
) -> OutboxItem:
    item = _get(session, item_id)
    if not _may_manage(session, actor, item):
        raise AccessDenied("Only the author or an approver can cancel this item.")
    if not _transition(session, item_id, CANCELLABLE, status=S.CANCELLED):
        raise _conflict(session, item_id, "cancel it")
    audit.record(
        session, "outbox_cancelled", actor=actor, target_type="outbox_item", target_id=item_id
    )
    changes.publish(session, "outbox", [item_id], origin)
    return _get(session, item_id)


def retry_failed(
    session: Session, actor: Actor, item_id: int, *, origin: str | None = None
) -> OutboxItem:
    """Queue a failed item again; the publisher looks it up on the network before resending."""
    item = _get(session, item_id)
    if not _may_manage(session, actor, item):
        raise AccessDenied("Only the author or an approver can retry this item.")
    if not _transition(
        session, item_id, (S.FAILED,), status=S.APPROVED, next_attempt_at=None, scheduled_at=None
    ):
        raise _conflict(session, item_id, "retry it")
    audit.record(
        session, "outbox_retried", actor=actor, target_type="outbox_item", target_id=item_id
    )
    changes.publish(session, "outbox", [item_id], origin)
    return _get(session, item_id)


def _notify(session: Session, item: OutboxItem, kind: str, text: str) -> None:
    if item.author_id is None:
        return
    session.add(
        Notification(
            employee_id=item.author_id,
            kind=kind,
            conversation_id=item.conversation_id,
            text=text,
        )
    )
