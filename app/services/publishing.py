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
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select, update
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    AccountStatus,
    BrandAccount,
    CannedReply,
    Conversation,
    Customer,
    Direction,
    Employee,
    Message,
    Notification,
    OutboxItem,
    OutboxStatus,
    Team,
    Workspace,
)
from app.db.types import utcnow
from app.services import audit, conversations, sla
from app.services.access import AccessDenied, Actor, Permission, can_read
from app.services.text_limits import TextCount, check_media, count_text
from app.sync import changes

S = OutboxStatus
#: states in which the text may still change before anyone approved it
EDITABLE = (S.DRAFT, S.REJECTED)
#: queued for the publisher (approved, possibly for later)
QUEUED = (S.APPROVED, S.SCHEDULED)
#: not yet sent and not being sent: may be cancelled
CANCELLABLE = (S.DRAFT, S.AWAITING_APPROVAL, S.APPROVED, S.SCHEDULED, S.REJECTED, S.FAILED)
KINDS = ("reply", "post")


class PublishingError(ValueError):
    """What stops an outbox action, in words; what the person wrote is kept."""


class Conflict(PublishingError):
    """The item changed meanwhile (approved, sent or cancelled by someone else)."""


# ------------------------------------------------------------------ the inbox's rules, in one place


def may_reply(actor: Actor, conversation: Conversation) -> bool:
    """Scope, the reply permission and the workspace's owner-only policy (the inbox's rule)."""
    return conversations.may_reply(actor, conversation)


def on_outbound_reply(session: Session, conversation_id: int) -> None:
    """In the publisher's transaction, after a reply went out: the SLA clock stops."""
    sla.on_outbound_reply(session, conversation_id)


# ------------------------------------------------------------------------------- signature


def signature_format(session: Session, employee: Employee) -> str:
    """The signature policy for this author: the first of their teams with a policy, else the
    workspace's. ``workspace.settings["signature"]`` is ``{"format": "-{initials}",
    "teams": {"<team id>": "" | "^{initials}"}}``; an empty string switches it off."""
    ws = session.get(Workspace, employee.workspace_id)
    policy = (ws.settings or {}).get("signature") if ws else None
    if not isinstance(policy, dict):
        return ""
    teams = policy.get("teams") or {}
    for t in sorted(employee.teams, key=lambda t: t.id):
        if str(t.id) in teams:
            return str(teams[str(t.id)] or "")
    return str(policy.get("format") or "")


def render_signature(fmt: str, employee: Employee) -> str:
    if not fmt:
        return ""
    return _render(
        fmt,
        {
            "initials": employee.initials,
            "agent_initials": employee.initials,
            "agent_name": employee.display_name,
            "first_name": (employee.display_name.split() or [employee.username])[0],
        },
    )


def with_signature(text: str, signature: str) -> str:
    """The text as it will be sent; a signature already there is not added twice."""
    body = text.rstrip()
    if not signature or body.endswith(signature):
        return body
    return f"{body} {signature}"


# ------------------------------------------------------------------------------- templates


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _render(body: str, values: dict[str, str]) -> str:
    try:
        return body.format_map(_Keep(values))
    except (ValueError, IndexError):
        # a stray brace in a template: substitute the names we know, literally
        out = body
        for k, v in values.items():
            out = out.replace("{" + k + "}", v)
        return out


TEMPLATE_VARIABLES = (
    "customer_name",
    "customer_handle",
    "agent_name",
    "agent_initials",
    "brand",
)


def template_values(
    session: Session,
    actor: Actor,
    *,
    conversation_id: int | None = None,
    account_id: int | None = None,
) -> dict[str, str]:
    emp = session.get(Employee, actor.employee_id)
    values = {
        "agent_name": actor.display_name,
        "agent_initials": emp.initials if emp else actor.username[:2].upper(),
        "customer_name": "",
        "customer_handle": "",
        "brand": "",
    }
    if conversation_id is not None:
        conv = session.get(Conversation, conversation_id)
        if conv is not None and can_read(actor, conv):
            values["customer_name"] = conv.customer.display_name or conv.customer.handle
            values["customer_handle"] = "@" + conv.customer.handle
            values["brand"] = conv.brand_account.display_name or conv.brand_account.handle
    elif account_id is not None:
        acc = session.get(BrandAccount, account_id)
        if acc is not None:
            values["brand"] = acc.display_name or acc.handle
    return values


def render_template(body: str, values: dict[str, str]) -> str:
    return _render(body, values)


@dataclass(frozen=True)
class CannedRow:
    id: int
    title: str
    body: str
    scope: str  # shared | team | mine


def canned_replies(session: Session, actor: Actor) -> list[CannedRow]:
    """Shared ones, those of the actor's teams, and the actor's own."""
    q = (
        select(CannedReply)
        .where(
            CannedReply.workspace_id == actor.workspace_id,
            or_(
                (CannedReply.team_id.is_(None) & CannedReply.owner_id.is_(None)),
                CannedReply.team_id.in_(sorted(actor.team_ids) or [-1]),
                CannedReply.owner_id == actor.employee_id,
            ),
        )
        .order_by(CannedReply.title, CannedReply.id)
    )
    out = []
    for c in session.scalars(q):
        scope = "mine" if c.owner_id else ("team" if c.team_id else "shared")
        out.append(CannedRow(c.id, c.title, c.body, scope))
    return out


def add_canned_reply(
    session: Session,
    actor: Actor,
    title: str,
    body: str,
    *,
    team_id: int | None = None,
    private: bool = False,
) -> CannedReply:
    if not title.strip() or not body.strip():
        raise PublishingError("A canned reply needs a title and a text.")
    if team_id is not None and team_id not in actor.team_ids:
        raise AccessDenied("You can add canned replies only for your own teams.")
    row = CannedReply(
        workspace_id=actor.workspace_id,
        team_id=team_id,
        owner_id=actor.employee_id if private else None,
        title=title.strip(),
        body=body,
    )
    session.add(row)
    session.flush()
    return row


# ---------------------------------------------------------------------------- permissions


def _write_permission(kind: str) -> Permission:
    return Permission.REPLY if kind == "reply" else Permission.POST_AS_BRAND


def _skip_permission(kind: str) -> Permission:
    return Permission.SKIP_APPROVAL_REPLY if kind == "reply" else Permission.SKIP_APPROVAL_POST


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


def may_skip_approval(actor: Actor, kind: str, account_id: int, team_id: int | None) -> bool:
    return actor.can(_skip_permission(kind), account_id=account_id, team_id=team_id)


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
    if not may_write(session, actor, kind, account_id, conv):
        what = "reply in this conversation" if kind == "reply" else f"post as @{acc.handle}"
        raise AccessDenied(f"You do not have the permission to {what}.")
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
    problems.extend(check_media(acc.network, list(media)))
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
    if not may_write(session, actor, item.kind, item.brand_account_id, conv):
        raise AccessDenied(
            "You do not have the permission to "
            + ("reply in this conversation." if item.kind == "reply" else "post as the brand.")
        )
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
    team_id = conv.team_id if conv else None
    skip = may_skip_approval(actor, item.kind, item.brand_account_id, team_id)
    now = utcnow()
    values: dict[str, Any] = {
        "text": result.final_text,
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
    if not may_approve(actor, item, team_id):
        raise AccessDenied("You do not have the permission to approve items from this account.")
    if item.author_id == actor.employee_id:
        raise AccessDenied("You cannot approve your own item; another approver must.")
    if item.status != S.AWAITING_APPROVAL:
        raise _conflict(session, item_id, "approve")
    values: dict[str, Any] = {}
    edited = text is not None and text.strip() != item.text.strip()
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
    if not may_approve(actor, item, _team_of(session, item)):
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
    keeps = approver or may_skip_approval(actor, item.kind, item.brand_account_id, team_id)
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


# ------------------------------------------------------------------------------------ pause


@dataclass(frozen=True)
class PauseState:
    workspace_paused: bool
    workspace_reason: str | None
    #: (account id, handle, network, reason)
    accounts: tuple[tuple[int, str, str, str | None], ...] = ()

    @property
    def any(self) -> bool:
        return self.workspace_paused or bool(self.accounts)

    def banner(self) -> str:
        parts = []
        if self.workspace_paused:
            parts.append(f"All publishing is paused: {self.workspace_reason or 'no reason given'}.")
        for _id, handle, network, reason in self.accounts:
            parts.append(
                f"Publishing from @{handle} ({network}) is paused: {reason or 'no reason given'}."
            )
        return " ".join(parts)


def lock_workspace_for_pause(session: Session, workspace_id: int) -> Workspace | None:
    """Take the lock the publisher's sends hold in shared mode: a pause waits for the sends in
    flight, and no send starts until it commits. PostgreSQL: ``FOR NO KEY UPDATE`` (does not
    block foreign-key checks); SQLite: the write lock of ``BEGIN IMMEDIATE`` (our caller's
    transaction must not have written yet)."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(
            select(Workspace).where(Workspace.id == workspace_id).with_for_update(key_share=True)
        )
    begin_immediate(session)
    return session.get(Workspace, workspace_id, populate_existing=True)


def begin_immediate(session: Session) -> None:
    """On SQLite, take the database's write lock now (``BEGIN IMMEDIATE``), so the checks that
    follow cannot be invalidated by another writer before we commit. No-op elsewhere."""
    if session.get_bind().dialect.name != "sqlite":
        return
    conn = session.connection()
    if not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def pause_publishing(
    session: Session,
    actor: Actor,
    reason: str,
    *,
    account_id: int | None = None,
    origin: str | None = None,
) -> PauseState:
    """Pause the workspace (or one account). When this commits, the publisher sends nothing more."""
    if not reason.strip():
        raise PublishingError("Give a reason: everyone sees it while publishing is paused.")
    if not actor.can(Permission.PAUSE_PUBLISHING, account_id=account_id):
        raise AccessDenied("You do not have the permission to pause publishing.")
    ws = lock_workspace_for_pause(session, actor.workspace_id)
    assert ws is not None
    if account_id is None:
        ws.publishing_paused = True
        ws.paused_reason = reason.strip()
        changes.publish(session, "workspace", [ws.id], origin)
    else:
        acc = session.get(BrandAccount, account_id, populate_existing=True)
        if acc is None or acc.workspace_id != ws.id:
            raise PublishingError("This brand account does not exist.")
        acc.publishing_paused = True
        acc.paused_reason = reason.strip()
        changes.publish(session, "account", [acc.id], origin)
    audit.record(
        session,
        "publishing_paused",
        actor=actor,
        target_type="brand_account" if account_id else "workspace",
        target_id=account_id or ws.id,
        reason=reason.strip(),
    )
    session.flush()
    return pause_state(session, ws.id)


def resume_publishing(
    session: Session, actor: Actor, *, account_id: int | None = None, origin: str | None = None
) -> PauseState:
    if not actor.can(Permission.PAUSE_PUBLISHING, account_id=account_id):
        raise AccessDenied("You do not have the permission to resume publishing.")
    ws = lock_workspace_for_pause(session, actor.workspace_id)
    assert ws is not None
    if account_id is None:
        ws.publishing_paused = False
        ws.paused_reason = None
        changes.publish(session, "workspace", [ws.id], origin)
    else:
        acc = session.get(BrandAccount, account_id, populate_existing=True)
        if acc is None or acc.workspace_id != ws.id:
            raise PublishingError("This brand account does not exist.")
        acc.publishing_paused = False
        acc.paused_reason = None
        changes.publish(session, "account", [acc.id], origin)
    audit.record(
        session,
        "publishing_resumed",
        actor=actor,
        target_type="brand_account" if account_id else "workspace",
        target_id=account_id or ws.id,
    )
    session.flush()
    return pause_state(session, ws.id)


def pause_state(session: Session, workspace_id: int) -> PauseState:
    ws = session.get(Workspace, workspace_id, populate_existing=True)
    accs = session.execute(
        select(
            BrandAccount.id, BrandAccount.handle, BrandAccount.network, BrandAccount.paused_reason
        )
        .where(BrandAccount.workspace_id == workspace_id, BrandAccount.publishing_paused.is_(True))
        .order_by(BrandAccount.id)
    ).all()
    return PauseState(
        bool(ws and ws.publishing_paused),
        ws.paused_reason if ws else None,
        tuple((a[0], a[1], a[2], a[3]) for a in accs),
    )


# ----------------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    status: str
    account_id: int
    account: str
    network: str
    text: str
    media: list[dict[str, str]]
    author: str
    author_id: int | None
    approver: str
    conversation_id: int | None
    customer: str
    scheduled_at: datetime | None
    sent_at: datetime | None
    updated_at: datetime
    review_comment: str | None
    last_error: str | None
    remote_url: str | None
    attempts: int = 0
    in_reply_to: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status_text(self) -> str:
        """The status as a person reads it, with the reason where there is one."""
        if self.status == S.REJECTED and self.review_comment:
            return f"Rejected by {self.approver or 'an approver'}: {self.review_comment}"
        if self.status == S.FAILED:
            return f"Failed: {self.last_error or 'no reason recorded'}"
        if self.status == S.SENT:
            who = f", approved by {self.approver}" if self.approver else ""
            return f"Sent{who}"
        if self.status == S.SCHEDULED and self.scheduled_at:
            return f"Scheduled for {self.scheduled_at.astimezone():%d %b %Y %H:%M}"
        if self.status in QUEUED and self.last_error:
            return f"Queued (will retry: {self.last_error})"
        return {
            S.DRAFT: "Draft",
            S.AWAITING_APPROVAL: "Awaiting approval",
            S.APPROVED: "Approved, sending shortly",
            S.SENDING: "Sending…",
            S.CANCELLED: "Cancelled",
        }.get(self.status, self.status)


def _rows_query() -> Select:
    author = aliased(Employee)
    approver = aliased(Employee)
    return (
        select(
            OutboxItem,
            BrandAccount.handle,
            BrandAccount.network,
            author.display_name,
            approver.display_name,
            Customer.display_name,
            Customer.handle,
            Message.text,
        )
        .join(BrandAccount, BrandAccount.id == OutboxItem.brand_account_id)
        .outerjoin(author, author.id == OutboxItem.author_id)
        .outerjoin(approver, approver.id == OutboxItem.approver_id)
        .outerjoin(Conversation, Conversation.id == OutboxItem.conversation_id)
        .outerjoin(Customer, Customer.id == Conversation.customer_id)
        .outerjoin(Message, Message.id == OutboxItem.in_reply_to_message_id)
    )


def _to_rows(session: Session, q: Select) -> list[OutboxRow]:
    out = []
    for item, handle, network, author, approver, cname, chandle, parent_text in session.execute(q):
        out.append(
            OutboxRow(
                id=item.id,
                kind=item.kind,
                status=item.status,
                account_id=item.brand_account_id,
                account=handle,
                network=network,
                text=item.text,
                media=list(item.media or []),
                author=author or "",
                author_id=item.author_id,
                approver=approver or "",
                conversation_id=item.conversation_id,
                customer=(cname or chandle or "") if item.kind == "reply" else "",
                scheduled_at=item.scheduled_at,
                sent_at=item.sent_at,
                updated_at=item.updated_at,
                review_comment=item.review_comment,
                last_error=item.last_error,
                remote_url=item.remote_url,
                attempts=item.attempts,
                in_reply_to=parent_text or "",
            )
        )
    return out


def approval_queue(session: Session, actor: Actor, limit: int = 500) -> list[OutboxRow]:
    """Items awaiting approval that this actor may approve (not their own), oldest first."""
    if not actor.can_somewhere(Permission.APPROVE):
        return []
    q = (
        _rows_query()
        .where(
            OutboxItem.workspace_id == actor.workspace_id,
            OutboxItem.status == S.AWAITING_APPROVAL,
        )
        .order_by(OutboxItem.updated_at, OutboxItem.id)
        .limit(limit)
    )
    rows = _to_rows(session, q)
    teams = dict(
        session.execute(
            select(OutboxItem.id, Conversation.team_id)
            .join(Conversation, Conversation.id == OutboxItem.conversation_id)
            .where(OutboxItem.id.in_([r.id for r in rows] or [-1]))
        ).all()
    )
    return [
        r
        for r in rows
        if r.author_id != actor.employee_id
        and actor.can(Permission.APPROVE, account_id=r.account_id, team_id=teams.get(r.id))
    ]


def schedule(
    session: Session,
    actor: Actor,
    *,
    account_id: int | None = None,
    include_sent: bool = False,
    limit: int = 1000,
) -> list[OutboxRow]:
    """Queued and scheduled items (and optionally the recently sent), soonest first."""
    statuses = [str(s) for s in (*QUEUED, S.AWAITING_APPROVAL, S.SENDING, S.FAILED)]
    if include_sent:
        statuses.append(str(S.SENT))
    q = _rows_query().where(
        OutboxItem.workspace_id == actor.workspace_id, OutboxItem.status.in_(statuses)
    )
    if account_id is not None:
        q = q.where(OutboxItem.brand_account_id == account_id)
    wide = (
        actor.can_somewhere(Permission.APPROVE)
        or actor.can_somewhere(Permission.POST_AS_BRAND)
        or actor.can_somewhere(Permission.PAUSE_PUBLISHING)
    )
    if not wide:
        q = q.where(OutboxItem.author_id == actor.employee_id)
    q = q.order_by(OutboxItem.scheduled_at.is_(None), OutboxItem.scheduled_at, OutboxItem.id).limit(
        limit
    )
    return _to_rows(session, q)


def my_items(session: Session, actor: Actor, limit: int = 200) -> list[OutboxRow]:
    q = (
        _rows_query()
        .where(OutboxItem.author_id == actor.employee_id, OutboxItem.status != S.CANCELLED)
        .order_by(OutboxItem.updated_at.desc(), OutboxItem.id.desc())
        .limit(limit)
    )
    return _to_rows(session, q)


def conversation_items(
    session: Session, actor: Actor, conversation_id: int, limit: int = 20
) -> list[OutboxRow]:
    """The replies in flight for a conversation, newest first (shown above the reply box)."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        return []
    q = (
        _rows_query()
        .where(
            OutboxItem.conversation_id == conversation_id,
            OutboxItem.status.not_in([str(S.CANCELLED), str(S.DRAFT)]),
        )
        .order_by(OutboxItem.updated_at.desc(), OutboxItem.id.desc())
        .limit(limit)
    )
    return _to_rows(session, q)


def item_row(session: Session, actor: Actor, item_id: int) -> OutboxRow | None:
    rows = _to_rows(
        session,
        _rows_query().where(
            OutboxItem.id == item_id, OutboxItem.workspace_id == actor.workspace_id
        ),
    )
    return rows[0] if rows else None


def accounts_for_posting(session: Session, actor: Actor) -> list[tuple[int, str, str]]:
    """(id, handle, network) of the accounts this actor may post from."""
    rows = session.execute(
        select(BrandAccount.id, BrandAccount.handle, BrandAccount.network)
        .where(BrandAccount.workspace_id == actor.workspace_id)
        .order_by(BrandAccount.network, BrandAccount.handle)
    ).all()
    return [
        (r[0], r[1], r[2]) for r in rows if actor.can(Permission.POST_AS_BRAND, account_id=r[0])
    ]


def team_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    return dict(
        session.execute(select(Team.id, Team.name).where(Team.id.in_(list(ids) or [-1]))).all()
    )
