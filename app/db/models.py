"""The schema: one source of truth shared by every workstation.

Nothing secret lives here. Brand accounts carry their network, handle and state, never a token
(tokens are in the OS keyring of the machines that sync or publish). Employees carry an argon2id
hash only in embedded (SQLite) mode; on PostgreSQL the server authenticates them.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.db.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class Direction(enum.StrEnum):
    IN = "in"
    OUT = "out"


class ConversationStatus(enum.StrEnum):
    OPEN = "open"
    PENDING = "pending"  # waiting for the customer
    SNOOZED = "snoozed"
    RESOLVED = "resolved"


class AccountStatus(enum.StrEnum):
    CONNECTED = "connected"
    SYNCING = "syncing"
    RATE_LIMITED = "rate_limited"
    NEEDS_RECONNECT = "needs_reconnect"
    DISCONNECTED = "disconnected"


class OutboxStatus(enum.StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    SCHEDULED = "scheduled"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    CANCELLED = "cancelled"
    REJECTED = "rejected"


class Availability(enum.StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    AWAY = "away"


class Workspace(Base):
    __tablename__ = "workspace"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: shared settings (owner-only replies, signature policy, business hours …)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    crisis_mode: Mapped[bool] = mapped_column(Boolean, default=False)
    publishing_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_reason: Mapped[str | None] = mapped_column(Text)


class Team(Base):
    """A department or queue: support, PR, sales, product, R&D, marketing, IT."""

    __tablename__ = "team"
    __table_args__ = (UniqueConstraint("workspace_id", "name"),)
    # don't read server defaults back on insert: code older than a column can still add teams
    __mapper_args__ = {"eager_defaults": False}

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    department: Mapped[str] = mapped_column(String(40), default="support")
    #: how new work is handed to the team's agents: off | round_robin | least_loaded
    #: (server default only, so code that predates the column can still insert teams)
    auto_assign: Mapped[str] = mapped_column(String(20), server_default="off")


class Employee(Base):
    __tablename__ = "employee"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    username: Mapped[str] = mapped_column(String(63), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    # Private columns are deferred: an ordinary query never asks for them, so it works on
    # PostgreSQL where employees hold no privilege on them (read e-mail via employee_private).
    email: Mapped[str | None] = mapped_column(String(320), deferred=True)
    #: embedded mode only; on PostgreSQL the server authenticates the login role
    password_hash: Mapped[str | None] = mapped_column(String(255), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    availability: Mapped[str] = mapped_column(String(20), default=Availability.AVAILABLE)
    capacity: Mapped[int] = mapped_column(Integer, default=10)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, deferred=True)
    locked_until: Mapped[datetime | None] = mapped_column(deferred=True)
    last_seen_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    teams: Mapped[list[Team]] = relationship(secondary="employee_team", lazy="selectin")

    @property
    def initials(self) -> str:
        parts = [p for p in self.display_name.split() if p]
        return "".join(p[0] for p in parts[:3]).upper() or self.username[:2].upper()


class EmployeeTeam(Base):
    __tablename__ = "employee_team"

    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True
    )
    team_id: Mapped[int] = mapped_column(
        ForeignKey("team.id", ondelete="CASCADE"), primary_key=True
    )


class Role(Base):
    """A named set of permissions; default roles are seeded, IT may add custom ones."""

    __tablename__ = "role"
    __table_args__ = (UniqueConstraint("workspace_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)

    permissions: Mapped[list[RolePermission]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )


class RolePermission(Base):
    __tablename__ = "role_permission"

    role_id: Mapped[int] = mapped_column(
        ForeignKey("role.id", ondelete="CASCADE"), primary_key=True
    )
    permission: Mapped[str] = mapped_column(String(40), primary_key=True)


class RoleGrant(Base):
    """A role given to an employee, optionally scoped to one team or one brand account."""

    __tablename__ = "role_grant"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    brand_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )

    role: Mapped[Role] = relationship(lazy="selectin")


class BrandAccount(Base):
    """A brand's account on one network. ``key`` names its keyring entry; no secret is here."""

    __tablename__ = "brand_account"
    __table_args__ = (UniqueConstraint("network", "remote_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    network: Mapped[str] = mapped_column(String(20))
    #: names are stored whole, however long (migration 0014): a cut name is a wrong name
    handle: Mapped[str] = mapped_column(Text)
    display_name: Mapped[str] = mapped_column(Text, default="")
    remote_id: Mapped[str] = mapped_column(String(200))
    base_url: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default=AccountStatus.CONNECTED)
    status_reason: Mapped[str | None] = mapped_column(Text)
    rate_limited_until: Mapped[datetime | None] = mapped_column()
    cursor: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None] = mapped_column()
    #: non-secret per-account settings (read budget, character limit, default team)
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    publishing_paused: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(Base):
    """A person on a network; their history spans every brand account they wrote to."""

    __tablename__ = "customer"
    __table_args__ = (UniqueConstraint("network", "remote_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    network: Mapped[str] = mapped_column(String(20))
    remote_id: Mapped[str] = mapped_column(String(200))
    #: stored whole (migration 0014): networks allow long names, and a cut one is wrong
    handle: Mapped[str] = mapped_column(Text)
    display_name: Mapped[str] = mapped_column(Text, default="")
    followers: Mapped[int | None] = mapped_column(Integer)
    vip: Mapped[bool] = mapped_column(Boolean, default=False)
    #: contact details, shown only to those with the see-contact-details permission; deferred,
    #: and on PostgreSQL readable only through the customer_contact view
    contact: Mapped[dict[str, Any]] = mapped_column(default=dict, deferred=True)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: the picture the network shows for them (stored at ingest; fetched and cached on demand)
    avatar_url: Mapped[str | None] = mapped_column(String(1000))


class Conversation(Base):
    """One customer's thread or DM channel with one brand account."""

    __tablename__ = "conversation"
    __table_args__ = (
        UniqueConstraint("brand_account_id", "thread_key"),
        Index("ix_conversation_inbox", "workspace_id", "status", "last_message_at"),
        Index("ix_conversation_team", "team_id", "last_message_at"),
        Index("ix_conversation_assignee", "assignee_id", "last_message_at"),
        Index("ix_conversation_last", "last_message_at"),
        Index("ix_conversation_customer_last", "customer_id", "last_message_at"),
        Index("ix_conversation_status_last", "status", "last_message_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    thread_key: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    snippet: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default=ConversationStatus.OPEN)
    snoozed_until: Mapped[datetime | None] = mapped_column()
    priority: Mapped[int] = mapped_column(Integer, default=0)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    intent: Mapped[str | None] = mapped_column(String(30))
    sentiment: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str | None] = mapped_column(String(10))
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    last_message_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_inbound_at: Mapped[datetime | None] = mapped_column()
    first_response_due: Mapped[datetime | None] = mapped_column()
    next_response_due: Mapped[datetime | None] = mapped_column()
    first_responded_at: Mapped[datetime | None] = mapped_column()
    #: when the current SLA breach was noticed (one notification per breach, whoever sweeps)
    sla_breached_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: bumped on every change, so a stale client's conditional update fails cleanly
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: a canned reply a routing rule proposes for this conversation (the agent decides)
    suggested_reply_id: Mapped[int | None] = mapped_column(
        ForeignKey("canned_reply.id", ondelete="SET NULL")
    )

    customer: Mapped[Customer] = relationship(lazy="joined")
    brand_account: Mapped[BrandAccount] = relationship(lazy="joined")


class Message(Base):
    """One message. Search: SQLite keeps ``message_fts`` (FTS5, external content, triggers);
    PostgreSQL a generated ``search`` tsvector column with a GIN index (migration 0004). Neither
    is mapped here: only the search service queries them."""

    __tablename__ = "message"
    __table_args__ = (
        UniqueConstraint("brand_account_id", "remote_id"),
        Index("ix_message_conversation", "conversation_id", "created_at"),
        Index("ix_message_customer", "customer_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"))
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )
    #: null for an outbound message not yet sent
    remote_id: Mapped[str | None] = mapped_column(String(300))
    direction: Mapped[str] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column()
    ingested_at: Mapped[datetime] = mapped_column(default=utcnow)
    parent_remote_id: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(1000))
    language: Mapped[str | None] = mapped_column(String(10))
    sentiment: Mapped[float | None] = mapped_column(Float)
    intent: Mapped[str | None] = mapped_column(String(30))
    #: network references a reply needs (e.g. Bluesky cid); never secrets
    refs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: why the classifiers decided (cues, model features, scores): app.classify.reasons
    classification: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


class Assignment(Base):
    """History of who held a conversation: every claim, assignment, hand-off and release."""

    __tablename__ = "assignment"
    __table_args__ = (Index("ix_assignment_team", "to_team_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    from_employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )
    to_employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )
    to_team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    by_employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )
    action: Mapped[str] = mapped_column(String(20))  # claim, assign, release, handoff, auto
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    """An internal note: colleagues only, never sent to the customer."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    mentions: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: a hand-off note: shown above the thread, first thing the receiving team reads
    pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class ConversationTag(Base):
    __tablename__ = "conversation_tag"

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)


class OutboxItem(Base):
    """A reply or post on its way out: the only path from an employee to a brand account."""

    __tablename__ = "outbox_item"
    __table_args__ = (
        Index("ix_outbox_status", "status", "scheduled_at"),
        Index("ix_outbox_post_set", "post_set"),
        Index("ix_outbox_calendar_scheduled", "workspace_id", "scheduled_at"),
        Index("ix_outbox_calendar_sent", "workspace_id", "sent_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="SET NULL"), index=True
    )
    in_reply_to_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("message.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(10))  # reply | post
    text: Mapped[str] = mapped_column(Text)
    media: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20), default=OutboxStatus.DRAFT)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None] = mapped_column()
    review_comment: Mapped[str | None] = mapped_column(Text)
    scheduled_at: Mapped[datetime | None] = mapped_column()
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    send_started_at: Mapped[datetime | None] = mapped_column()
    remote_id: Mapped[str | None] = mapped_column(String(300))
    remote_url: Mapped[str | None] = mapped_column(String(1000))
    sent_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: the campaign a post belongs to, for the calendar's filter (migration 0018)
    campaign: Mapped[str | None] = mapped_column(String(100))
    #: shared by the items of one composition sent to several accounts (app/publishing/post_sets)
    post_set: Mapped[str | None] = mapped_column(String(32))


class AuditEvent(Base):
    """Append-only: the application never updates or deletes a row (PostgreSQL enforces it)."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_at", "workspace_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int | None] = mapped_column(
        ForeignKey("workspace.id", ondelete="SET NULL")
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[str | None] = mapped_column(String(100))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ChangeEvent(Base):
    """The change feed: what changed, by id only, in commit order.

    Workstations read it to update their open views in place: by LISTEN/NOTIFY wake-ups on
    PostgreSQL and by polling the newest id on SQLite. It carries ids, never content, because
    every listener receives it; what a workstation may see is read back through its scoped query.
    """

    __tablename__ = "change_event"
    __table_args__ = (Index("ix_change_event_topic", "topic", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    topic: Mapped[str] = mapped_column(String(30))  # conversation, account, outbox, workspace …
    ids: Mapped[list[Any]] = mapped_column(default=list)
    origin: Mapped[str | None] = mapped_column(String(64))  # workstation session that caused it


class SyncRejection(Base):
    """An inbound item a network sent that we could not understand: kept, with the reason."""

    __tablename__ = "sync_rejection"

    id: Mapped[int] = mapped_column(primary_key=True)
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(default=utcnow)
    remote_id: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text)
    excerpt: Mapped[str] = mapped_column(Text, default="")


class CannedReply(Base):
    """A reusable answer: shared (no team, no owner), per team, or private to its owner."""

    __tablename__ = "canned_reply"
    __table_args__ = (Index("ix_canned_reply_workspace", "workspace_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)


class RoutingRule(Base):
    __tablename__ = "routing_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    conditions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    actions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    disabled_reason: Mapped[str | None] = mapped_column(Text)


class SlaPolicy(Base):
    __tablename__ = "sla_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    brand_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )
    first_response_minutes: Mapped[int] = mapped_column(Integer, default=60)
    next_response_minutes: Mapped[int] = mapped_column(Integer, default=240)
    business_hours: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Presence(Base):
    """Who is viewing or replying to which conversation right now (rows expire by ``at``)."""

    __tablename__ = "presence"
    __table_args__ = (Index("ix_presence_conversation", "conversation_id", "at"),)

    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True
    )
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(String(10))  # viewing | replying
    at: Mapped[datetime] = mapped_column(default=utcnow)


class SavedView(Base):
    __tablename__ = "saved_view"
    __table_args__ = (Index("ix_saved_view_employee", "employee_id", "name", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Notification(Base):
    """Something an employee should see: an assignment, an @mention, an SLA breach."""

    __tablename__ = "notification"
    __table_args__ = (Index("ix_notification_employee", "employee_id", "read_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(30))
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE")
    )
    text: Mapped[str] = mapped_column(Text)
    read_at: Mapped[datetime | None] = mapped_column()


class ConversationRead(Base):
    """Up to when an employee has read a conversation: newer customer messages make it unread."""

    __tablename__ = "conversation_read"

    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), primary_key=True
    )
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    read_at: Mapped[datetime] = mapped_column()


# -- reports (app/reports): rollups kept up to date by the sync thread, read by the dashboards --


class ReportConversation(Base):
    """One row per conversation: the dimensions the reports filter on, as of the last catch-up."""

    __tablename__ = "report_conversation"
    __table_args__ = (Index("ix_report_conversation_day", "workspace_id", "day"),)

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[int] = mapped_column(Integer)
    team_id: Mapped[int | None] = mapped_column(Integer)
    brand_account_id: Mapped[int] = mapped_column(Integer)
    network: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(30))
    assignee_id: Mapped[int | None] = mapped_column(Integer)
    #: the first message's time and its local day (in the reports' time zone)
    opened_at: Mapped[datetime] = mapped_column()
    day: Mapped[str] = mapped_column(String(10))
    handoffs: Mapped[int] = mapped_column(Integer, default=0)


class ReportResponse(Base):
    """One customer wait: from a customer message nobody had answered to the brand's reply."""

    __tablename__ = "report_response"
    __table_args__ = (
        Index("ix_report_response_day", "workspace_id", "day"),
        Index("ix_report_response_conversation", "conversation_id"),
        # the first view's medians (0021): the period's answered waits, read from the index
        Index("ix_report_response_timed", "workspace_id", "which", "day", "seconds"),
        # and its unanswered waits that are past due (0021)
        Index(
            "ix_report_response_waiting",
            "workspace_id",
            "day",
            "due_at",
            sqlite_where=text("answered_at IS NULL"),
            postgresql_where=text("answered_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"))
    workspace_id: Mapped[int] = mapped_column(Integer)
    team_id: Mapped[int | None] = mapped_column(Integer)
    brand_account_id: Mapped[int] = mapped_column(Integer)
    network: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(30))
    which: Mapped[str] = mapped_column(String(5))  # first | next
    asked_at: Mapped[datetime] = mapped_column()
    day: Mapped[str] = mapped_column(String(10))
    answered_at: Mapped[datetime | None] = mapped_column()
    #: business seconds waited (around the clock when the SLA policy has no business hours)
    seconds: Mapped[int | None] = mapped_column(Integer)
    employee_id: Mapped[int | None] = mapped_column(Integer)
    #: when the SLA policy wanted the reply by (None: no policy)
    due_at: Mapped[datetime | None] = mapped_column()


class ReportResolution(Base):
    """One stretch of a conversation from a customer's message (or a reopening) to resolved."""

    __tablename__ = "report_resolution"
    __table_args__ = (
        Index("ix_report_resolution_opened", "workspace_id", "opened_day"),
        Index("ix_report_resolution_day", "workspace_id", "day"),
        Index("ix_report_resolution_conversation", "conversation_id"),
        Index("ix_report_resolution_timed", "workspace_id", "day", "seconds"),  # 0021
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversation.id", ondelete="CASCADE"))
    workspace_id: Mapped[int] = mapped_column(Integer)
    team_id: Mapped[int | None] = mapped_column(Integer)
    brand_account_id: Mapped[int] = mapped_column(Integer)
    network: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(30))
    opened_at: Mapped[datetime] = mapped_column()
    #: local day of the opening (the backlog counts by local days)
    opened_day: Mapped[str] = mapped_column(String(10))
    resolved_at: Mapped[datetime | None] = mapped_column()
    #: local day of the resolution (None while open)
    day: Mapped[str | None] = mapped_column(String(10))
    seconds: Mapped[int | None] = mapped_column(Integer)
    resolved_by: Mapped[int | None] = mapped_column(Integer)


class ReportVolume(Base):
    """Messages of one conversation on one local day, one direction: counts and sentiment."""

    __tablename__ = "report_volume"
    __table_args__ = (Index("ix_report_volume_day", "workspace_id", "day"),)

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    direction: Mapped[str] = mapped_column(String(3), primary_key=True)
    workspace_id: Mapped[int] = mapped_column(Integer)
    team_id: Mapped[int | None] = mapped_column(Integer)
    brand_account_id: Mapped[int] = mapped_column(Integer)
    network: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(30))
    n: Mapped[int] = mapped_column(Integer)
    sentiment_sum: Mapped[float] = mapped_column(Float, default=0.0)
    sentiment_n: Mapped[int] = mapped_column(Integer, default=0)
    positive: Mapped[int] = mapped_column(Integer, default=0)
    negative: Mapped[int] = mapped_column(Integer, default=0)


class ReportState(Base):
    """Where the rollups' catch-up stands: the last change event folded in, per workspace."""

    __tablename__ = "report_state"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), primary_key=True
    )
    change_id: Mapped[int] = mapped_column(Integer, default=0)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: feed ids below ``change_id`` not seen yet, as [id, first seen (unix s), horizon]: a
    #: transaction that took its id before a higher one was read may still commit (0021)
    gaps: Mapped[list[Any]] = mapped_column(default=list)


class LeadOutcome(Base):
    """What became of a lead handed to sales: won or lost, and its value, as sales marked it."""

    __tablename__ = "lead_outcome"

    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversation.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    outcome: Mapped[str] = mapped_column(String(10))  # won | lost
    value: Mapped[float | None] = mapped_column(Float)
    marked_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    marked_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExportRun(Base):
    """One run of the data-repository export: what it wrote and up to where (the next starts there)."""

    __tablename__ = "export_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    folder: Mapped[str] = mapped_column(String(1000))
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()
    #: per table: the high-water mark reached (ids or times, as text)
    marks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rows: Mapped[dict[str, Any]] = mapped_column(default=dict)


# -- crisis response (app/crisis) ------------------------------------------------------------


class CrisisWatch(Base):
    """What the spike detector watches: a slice of the ingest stream and how touchy to be."""

    __tablename__ = "crisis_watch"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    #: none: every account of the workspace
    brand_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )
    #: a word or phrase, or /a regular expression/; none: every message
    keyword: Mapped[str | None] = mapped_column(String(200))
    #: a classifier intent (topic) such as complaint or crisis_signal; none: any
    intent: Mapped[str | None] = mapped_column(String(30))
    #: any | negative | positive: which messages are counted
    sentiment: Mapped[str] = mapped_column(String(10), default="any")
    window_minutes: Mapped[int] = mapped_column(Integer, default=10)
    sensitivity: Mapped[str] = mapped_column(String(10), default="balanced")
    cooldown_minutes: Mapped[int] = mapped_column(Integer, default=30)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    #: the newest alert: the cooldown is a conditional update on it, whichever worker raises
    last_alert_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CrisisAlert(Base):
    """A spike the detector found, with its evidence in words."""

    __tablename__ = "crisis_alert"
    __table_args__ = (Index("ix_crisis_alert_workspace", "workspace_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    watch_id: Mapped[int | None] = mapped_column(ForeignKey("crisis_watch.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    window_start: Mapped[datetime] = mapped_column()
    kind: Mapped[str] = mapped_column(String(20))  # surge | negative | positive
    count: Mapped[int] = mapped_column(Integer)
    expected: Mapped[float] = mapped_column(Float)
    negative_share: Mapped[float] = mapped_column(Float, default=0.0)
    positive_share: Mapped[float] = mapped_column(Float, default=0.0)
    top_terms: Mapped[list[Any]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(Text)


class Crisis(Base):
    """A declared crisis: what it changed and what to restore when it ends."""

    __tablename__ = "crisis"
    __table_args__ = (Index("ix_crisis_workspace", "workspace_id", "declared_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    #: crisis routing matches these (folded words), besides the alert's top terms
    keywords: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(10), default="active")  # active | ended
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("crisis_alert.id", ondelete="SET NULL"))
    declared_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    declared_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_by: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    ended_at: Mapped[datetime | None] = mapped_column()
    end_reason: Mapped[str | None] = mapped_column(Text)
    #: the settings as they were before the declaration, restored exactly at the end
    prior: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: the PR/crisis team that crisis routing sends matching conversations to
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))


class CrisisStatement(Base):
    """A statement for the public: one text, approved in two steps, posted to several accounts."""

    __tablename__ = "crisis_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    crisis_id: Mapped[int | None] = mapped_column(ForeignKey("crisis.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    #: one outbox post per brand account it goes to
    outbox_item_ids: Mapped[list[Any]] = mapped_column(default=list)
    #: once approved, offered first to agents in the composer while the crisis lasts
    holding: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxApprovalStep(Base):
    """One step of a multi-step approval (app/publishing/approval_steps.py), in order."""

    __tablename__ = "outbox_approval_step"
    __table_args__ = (UniqueConstraint("outbox_item_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_item_id: Mapped[int] = mapped_column(
        ForeignKey("outbox_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(100))
    #: the permission the approver of this step must hold
    permission: Mapped[str] = mapped_column(String(40))
    #: a step signed off under crisis control lets the item through the crisis pause
    crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the author may sign this step (a PR lead's own statement); never the last step
    author_may_sign: Mapped[bool] = mapped_column(Boolean, default=False)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None] = mapped_column()


class SyncProgress(Base):
    """How far an account's backfill or catch-up has come: "Catching up: 1,240 of about 3,000".

    One row per account, written by the process that syncs it (in the transaction that stores
    the items), read by the Accounts dock. ``finished_at`` is set when the backlog is read.
    """

    __tablename__ = "sync_progress"

    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE"), primary_key=True
    )
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    about: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()


class ClassificationLabel(Base):
    """A correction an employee made to a classification: what the learned model trains on."""

    __tablename__ = "classification_label"
    __table_args__ = (Index("ix_classification_label_workspace", "workspace_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(ForeignKey("message.id", ondelete="CASCADE"))
    #: "intent", "sentiment" or "team"
    field: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(60))
    previous: Mapped[str | None] = mapped_column(String(60))
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LearnedModel(Base):
    """A workspace's model trained on its corrections (app.classify.linear, serialised)."""

    __tablename__ = "learned_model"

    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspace.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[bytes] = mapped_column(LargeBinary)
    labels: Mapped[int] = mapped_column(Integer)
    last_label_id: Mapped[int] = mapped_column(Integer)
    trained_at: Mapped[datetime] = mapped_column()


# -- the front desk: one person across networks, notes about customers (migration 0016) ----------


class CustomerLink(Base):
    """Two customer records that are one person (e.g. @ana on Mastodon and ana.bsky.social).

    Stored as edges, not as a person id stamped on every record: a person is the connected set
    of records, and an employee sees only the edges whose both ends they may see, so row-level
    security needs no relabelling of records outside one's scope when two people are joined.
    The lower customer id is always ``customer_id``, so a pair is stored once.
    """

    __tablename__ = "customer_link"
    __table_args__ = (
        UniqueConstraint("customer_id", "linked_customer_id"),
        Index("ix_customer_link_linked", "linked_customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    linked_customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    linked_by_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)


class CustomerNote(Base):
    """What colleagues should know about a customer, whichever conversation they open."""

    __tablename__ = "customer_note"
    __table_args__ = (Index("ix_customer_note_customer", "customer_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime | None] = mapped_column()
    updated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )


class ListeningWatch(Base):
    """A hashtag, keyword or phrase that marketing listens for on one network (issue 16).

    The watch reads through one brand account (its network, its token on whichever machine
    syncs that account), so its calls count against that account's read budget; ``cursor`` is
    where the last successful poll ended and stays put when a poll fails.
    """

    __tablename__ = "listening_watch"
    __table_args__ = (Index("ix_listening_watch_account", "brand_account_id", "next_poll_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    brand_account_id: Mapped[int] = mapped_column(
        ForeignKey("brand_account.id", ondelete="CASCADE")
    )
    #: hashtag | keyword | phrase
    kind: Mapped[str] = mapped_column(String(10))
    #: normalised: a hashtag without its #, a keyword, a phrase without quotes
    query: Mapped[str] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    next_poll_at: Mapped[datetime | None] = mapped_column()
    last_polled_at: Mapped[datetime | None] = mapped_column()
    #: the last poll's failure in words (none: it went through)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ListeningItem(Base):
    """A post a watch heard: kept apart from the inbox until someone sends it to a team.

    ``item`` is the connector's normalised item (no secret), so the sync can file it as a
    conversation later exactly as if it had arrived as a mention. A promotion is asked for by
    setting ``promote_team_id``; the sync files it and sets ``conversation_id``.
    """

    __tablename__ = "listening_item"
    __table_args__ = (
        UniqueConstraint("watch_id", "remote_id"),
        Index("ix_listening_item_stream", "workspace_id", "posted_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    watch_id: Mapped[int] = mapped_column(ForeignKey("listening_watch.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column()
    heard_at: Mapped[datetime] = mapped_column(default=utcnow)
    sentiment: Mapped[float | None] = mapped_column(Float)
    item: Mapped[dict[str, Any]] = mapped_column(default=dict)
    promote_team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="SET NULL"))
    promoted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )
    promoted_at: Mapped[datetime | None] = mapped_column()
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversation.id", ondelete="SET NULL")
    )
    #: why filing it as a conversation failed, in words (it stays asked for)
    promote_error: Mapped[str | None] = mapped_column(Text)


class ListeningPoll(Base):
    """One poll of a watch: the calls it cost and what it brought (the budget shown per watch)."""

    __tablename__ = "listening_poll"
    __table_args__ = (Index("ix_listening_poll_watch", "watch_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    watch_id: Mapped[int] = mapped_column(ForeignKey("listening_watch.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    items: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class ReportDay(Base):
    """Messages per local day, direction and dimensions: what the dashboard's first view reads
    (report_volume summed over conversations, kept in step by the rollups' catch-up)."""

    __tablename__ = "report_day"
    __table_args__ = (Index("ix_report_day_day", "workspace_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(Integer)
    day: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(3))
    team_id: Mapped[int | None] = mapped_column(Integer)
    brand_account_id: Mapped[int] = mapped_column(Integer)
    network: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(30))
    n: Mapped[int] = mapped_column(Integer)
    sentiment_sum: Mapped[float] = mapped_column(Float, default=0.0)
    sentiment_n: Mapped[int] = mapped_column(Integer, default=0)
    positive: Mapped[int] = mapped_column(Integer, default=0)
    negative: Mapped[int] = mapped_column(Integer, default=0)


class ReportDayTime(Base):
    """Waits (first, next) that started and stretches resolved on a local day, per dimensions:
    how many, in which distribution bucket, and how many answered within their SLA due time."""

    __tablename__ = "report_day_time"
    __table_args__ = (Index("ix_report_day_time_day", "workspace_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(Integer)
    day: Mapped[str] = mapped_column(String(10))
    #: first | next (waits that started that day) | resolution (stretches resolved that day) |
    #: opened (stretches opened that day: only ``n``, for the backlog)
    metric: Mapped[str] = mapped_column(String(10))
    team_id: Mapped[int | None] = mapped_column(Integer)
    brand_account_id: Mapped[int] = mapped_column(Integer)
    network: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(30))
    #: waits answered, stretches resolved or opened; the timed ones per distribution bucket
    n: Mapped[int] = mapped_column(Integer)
    b0: Mapped[int] = mapped_column(Integer)
    b1: Mapped[int] = mapped_column(Integer)
    b2: Mapped[int] = mapped_column(Integer)
    b3: Mapped[int] = mapped_column(Integer)
    b4: Mapped[int] = mapped_column(Integer)
    #: answered waits that had a due time, and those answered by it
    sla_total: Mapped[int] = mapped_column(Integer)
    sla_met: Mapped[int] = mapped_column(Integer)


class ReportDayTag(Base):
    """Messages per local day, direction, tag and dimensions: the "by tag" breakdown's first
    view (a message counts under each tag its conversation had at the last catch-up)."""

    __tablename__ = "report_day_tag"
    __table_args__ = (Index("ix_report_day_tag_day", "workspace_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(Integer)
    day: Mapped[str] = mapped_column(String(10))
    direction: Mapped[str] = mapped_column(String(3))
    tag: Mapped[str] = mapped_column(String(60))
    team_id: Mapped[int | None] = mapped_column(Integer)
    brand_account_id: Mapped[int] = mapped_column(Integer)
    network: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    intent: Mapped[str | None] = mapped_column(String(30))
    n: Mapped[int] = mapped_column(Integer)


# -- marketing: guardrails, post performance and experiments (migration 0019) -------------------


class GuardrailRule(Base):
    """A publishing rule for some of the staff: a guideline, a banned phrase, a required
    disclaimer or a link rule (app/publishing/guardrails.py says what each one does).

    ``role_id`` and ``team_id`` narrow whom it applies to (an author holding that role; a reply
    in that team's conversation or an author in that team); both empty: everyone. Phrases are
    matched as plain words (no regular expressions), so a rule cannot hang the publisher.
    """

    __tablename__ = "guardrail_rule"
    __table_args__ = (Index("ix_guardrail_rule_workspace", "workspace_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    #: guideline | banned | disclaimer | links
    kind: Mapped[str] = mapped_column(String(20))
    #: the guideline text, the banned phrase, the disclaimer, or the allowed domains
    text: Mapped[str] = mapped_column(Text)
    #: block | warn (banned phrases and link rules)
    action: Mapped[str] = mapped_column(String(10), default="block")
    #: why, shown to the author beside the refusal or warning
    reason: Mapped[str] = mapped_column(Text, default="")
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PostMetric(Base):
    """One reading of a sent post's public counts, as its network gave them; a post collects
    one row per reading so the Posts view can draw its performance over time."""

    __tablename__ = "post_metric"
    __table_args__ = (Index("ix_post_metric_item", "outbox_item_id", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    outbox_item_id: Mapped[int] = mapped_column(ForeignKey("outbox_item.id", ondelete="CASCADE"))
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    likes: Mapped[int] = mapped_column(Integer, default=0)
    reposts: Mapped[int] = mapped_column(Integer, default=0)
    replies: Mapped[int] = mapped_column(Integer, default=0)
    quotes: Mapped[int | None] = mapped_column(Integer)
    #: only where the network gives them (X, LinkedIn); None elsewhere, never guessed
    impressions: Mapped[int | None] = mapped_column(Integer)


class Experiment(Base):
    """An A/B comparison of two sent (or scheduled) posts: two variants, to two accounts or at
    two time slots. The verdict is computed from their latest metrics, never stored."""

    __tablename__ = "experiment"

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspace.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    item_a_id: Mapped[int] = mapped_column(ForeignKey("outbox_item.id", ondelete="CASCADE"))
    item_b_id: Mapped[int] = mapped_column(ForeignKey("outbox_item.id", ondelete="CASCADE"))
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("employee.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxAttachment(Base):
    """An image of an outbox item, stored when the item is submitted: the publisher runs where
    the brand's token is (often not the author's machine) and sends what was approved, even if
    the file on the author's disk changes or disappears meanwhile."""

    __tablename__ = "outbox_attachment"
    __table_args__ = (UniqueConstraint("outbox_item_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outbox_item_id: Mapped[int] = mapped_column(ForeignKey("outbox_item.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(40))
    alt: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
