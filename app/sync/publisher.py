"""The publisher: sends each approved outbox item exactly once.

The send path, and why each step is where it is:

1. **Claim** (one transaction): lock the workspace row in shared mode, check the workspace and
   account pauses, pick one due item (PostgreSQL ``FOR UPDATE SKIP LOCKED``; SQLite under the
   write lock of ``BEGIN IMMEDIATE``), set ``status=sending``, ``attempts+1``,
   ``send_started_at`` and COMMIT. From here the idempotency key is on record as "in flight".
2. **Send** (a second transaction, held across the network call): lock the workspace row in
   shared mode again and the item row, check the item is still ours (status ``sending`` with
   our attempt number) and that nothing was paused meanwhile; if a previous attempt may have
   reached the network (``attempts > 1``), ask ``connector.find_sent(key)`` first; otherwise
   send with the key.
3. **Record** in that same transaction: ``sent``, remote id and URL, the outbound message in
   the conversation, a change event and an audit row naming author and approver; COMMIT.

A pause locks the same workspace row exclusively (``FOR NO KEY UPDATE`` / ``BEGIN
IMMEDIATE``), so it waits for the sends in flight and, once it has committed, step 2 sees it
and puts the item back in the queue: not one item goes out after a pause commits.

A crash anywhere leaves the item either queued (before the claim commits) or ``sending``; a
``sending`` item whose attempt is older than ``reconcile_after`` (longer than any request can
be in flight) is claimed again, and because its attempt number is then > 1, step 2 looks it up
on the network before any resend. Transient failures come back with exponential backoff;
permanent ones fail with the reason in words and a notification to the author; an expired
token marks the account "needs reconnect" and the item waits for it.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from accounts.base import (
    Amplifier,
    AmplifyTarget,
    AuthExpired,
    Connector,
    ConnectorError,
    Image,
    ItemKind,
    PermanentError,
    RateLimited,
    ReplyTarget,
    SendResult,
    TransientError,
)
from app.db import changes
from app.db.engine import explain
from app.db.models import (
    AccountStatus,
    BrandAccount,
    Conversation,
    Customer,
    Direction,
    Message,
    Notification,
    OutboxItem,
    OutboxStatus,
    Workspace,
)
from app.db.types import utcnow
from app.identity import audit
from app.publishing import attachments, guardrails
from app.publishing.approval_steps import cleared_by_pr, cleared_clause
from app.publishing.outbox import on_outbound_reply
from app.publishing.pause import begin_immediate, crisis_only, take_pause_gate
from app.publishing.text_limits import check_media, sniff_image

log = logging.getLogger(__name__)
S = OutboxStatus

#: the steps of the send path a crash test can stop the process at
STEPS = ("claim_before_commit", "claim_after_commit", "before_send", "after_send", "after_record")


class CrashPoints:
    """A test hook: SIGKILL this very process the Nth time it reaches a step of the send path.

    Set ``SOCIAL_CONSOLE_PUBLISH_CRASH_AT=step:N[,step:N]``; unset (production) it does nothing.
    """

    ENV = "SOCIAL_CONSOLE_PUBLISH_CRASH_AT"

    def __init__(self, targets: Mapping[str, int]) -> None:
        unknown = set(targets) - set(STEPS)
        if unknown:
            raise ValueError(f"unknown crash step(s): {', '.join(sorted(unknown))}")
        self.targets = dict(targets)
        self.counts = dict.fromkeys(STEPS, 0)

    @classmethod
    def from_env(cls) -> CrashPoints | None:
        spec = os.environ.get(cls.ENV, "").strip()
        if not spec:
            return None
        targets = {}
        for part in spec.split(","):
            step, _, n = part.strip().partition(":")
            targets[step] = int(n or 1)
        return cls(targets)

    def reach(self, step: str) -> None:
        self.counts[step] += 1
        if self.targets.get(step) == self.counts[step]:
            os.kill(os.getpid(), signal.SIGKILL)


@dataclass(frozen=True)
class Claim:
    item_id: int
    attempt: int  # the attempt number we wrote: our token while the item is "sending"
    account_id: int
    workspace_id: int


@dataclass(frozen=True)
class Outcome:
    item_id: int
    status: str  # sent | requeued | failed | waiting | skipped | held
    detail: str = ""
    reconciled: bool = False


#: outbox kinds that repost or quote a customer's post (app/publishing/amplify.py)
AMPLIFY_KINDS = ("boost", "quote")


def _team_of(s: Session, item: OutboxItem) -> int | None:
    if item.conversation_id is None:
        return None
    return s.scalar(select(Conversation.team_id).where(Conversation.id == item.conversation_id))


def _queue_status(item: OutboxItem) -> OutboxStatus:
    return S.SCHEDULED if item.scheduled_at is not None else S.APPROVED


def reply_target(session: Session, item: OutboxItem) -> ReplyTarget:
    """What the connector needs to answer: the message the reply answers, from the database."""
    msg = session.get(Message, item.in_reply_to_message_id) if item.in_reply_to_message_id else None
    conv = session.get(Conversation, item.conversation_id) if item.conversation_id else None
    if msg is None and conv is not None:
        msg = session.scalar(
            select(Message)
            .where(Message.conversation_id == conv.id, Message.direction == Direction.IN)
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(1)
        )
    if msg is None or msg.remote_id is None or conv is None:
        raise PermanentError("The message this reply answers is no longer stored.")
    customer = session.get(Customer, msg.customer_id) if msg.customer_id else None
    try:
        kind = ItemKind(msg.kind)
    except ValueError:
        kind = ItemKind.MENTION
    return ReplyTarget(
        remote_id=msg.remote_id,
        thread_key=conv.thread_key,
        kind=kind,
        author_remote_id=customer.remote_id if customer else "",
        author_handle=customer.handle if customer else "",
        refs={str(k): str(v) for k, v in (msg.refs or {}).items()},
    )


class Publisher:
    """Sends the outbox of the accounts it holds connectors for; safe to run in many processes."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        connectors: Mapping[int, Connector],
        *,
        interval: float = 1.0,
        origin: str | None = None,
        reconcile_after: float = 60.0,
        max_attempts: int = 8,
        backoff_base: float = 5.0,
        backoff_cap: float = 3600.0,
        on_error: Callable[[str], None] | None = None,
        crash: CrashPoints | None = None,
        sqlite_yield: float = 0.05,
    ) -> None:
        self.factory = factory
        self.connectors = connectors  # a live view: accounts claimed later are served too
        self.interval = interval
        self.origin = origin
        self.reconcile_after = reconcile_after
        self.max_attempts = max_attempts
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.on_error = on_error
        self.crash = crash if crash is not None else CrashPoints.from_env()
        #: SQLite's lock is not fair: a writer that retakes it at once can starve a waiting
        #: pause for as long as the queue lasts. Between items we leave it free for a moment.
        self.sqlite_yield = sqlite_yield
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._workspaces: dict[int, int] | None = None  # account id → workspace id
        self.sent = 0
        self.last_error: str | None = None
        self.last_run: datetime | None = None

    # ------------------------------------------------------------------------- plumbing
    def _reach(self, step: str) -> None:
        if self.crash is not None:
            self.crash.reach(step)

    def _is_pg(self, session: Session) -> bool:
        return session.get_bind().dialect.name == "postgresql"

    def _account_workspaces(self, session: Session) -> dict[int, int]:
        if self._workspaces is None:
            rows = session.execute(
                select(BrandAccount.id, BrandAccount.workspace_id).where(
                    BrandAccount.id.in_(list(self.connectors) or [-1])
                )
            ).all()
            self._workspaces = {r[0]: r[1] for r in rows}
        return self._workspaces

    def _lock_workspaces_shared(self, session: Session, ids: list[int]) -> dict[int, bool]:
        """Workspace id → paused, read under the lock a pause needs exclusively."""
        q = select(Workspace.id, Workspace.publishing_paused).where(Workspace.id.in_(ids or [-1]))
        if self._is_pg(session):
            take_pause_gate(session, ids, exclusive=False)
            q = q.order_by(Workspace.id).with_for_update(read=True)
        else:
            begin_immediate(session)
        return {r[0]: bool(r[1]) for r in session.execute(q)}

    # ---------------------------------------------------------------------------- claim
    def claim_next(self) -> Claim | None:
        """Step 1: take one due item, checking the pauses in the claiming transaction."""
        while True:
            with self.factory() as s, s.begin():
                accounts = self._account_workspaces(s)
                if not accounts:
                    return None
                paused = self._lock_workspaces_shared(s, sorted(set(accounts.values())))
                open_ws = [w for w, p in paused.items() if not p]
                # a crisis's own pause still lets out what PR cleared (statements, answers)
                crisis_ws = crisis_only(s, [w for w, p in paused.items() if p])
                if not open_ws and not crisis_ws:
                    return None
                now = utcnow()
                q = (
                    select(OutboxItem.id, OutboxItem.brand_account_id, OutboxItem.workspace_id)
                    .join(BrandAccount, BrandAccount.id == OutboxItem.brand_account_id)
                    .where(
                        OutboxItem.brand_account_id.in_(sorted(accounts)),
                        or_(
                            OutboxItem.workspace_id.in_(open_ws),
                            OutboxItem.workspace_id.in_(sorted(crisis_ws)) & cleared_clause(),
                        ),
                        OutboxItem.status.in_([str(S.APPROVED), str(S.SCHEDULED)]),
                        or_(OutboxItem.scheduled_at.is_(None), OutboxItem.scheduled_at <= now),
                        or_(
                            OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now
                        ),
                        BrandAccount.publishing_paused.is_(False),
                        BrandAccount.status.not_in(
                            [str(AccountStatus.NEEDS_RECONNECT), str(AccountStatus.DISCONNECTED)]
                        ),
                    )
                    .order_by(
                        func.coalesce(OutboxItem.scheduled_at, OutboxItem.approved_at),
                        OutboxItem.id,
                    )
                    .limit(1)
                )
                if self._is_pg(s):
                    q = q.with_for_update(skip_locked=True, of=OutboxItem)
                row = s.execute(q).first()
                if row is None:
                    return None
                res = s.execute(
                    update(OutboxItem)
                    .where(
                        OutboxItem.id == row[0],
                        OutboxItem.status.in_([str(S.APPROVED), str(S.SCHEDULED)]),
                    )
                    .values(
                        status=S.SENDING,
                        attempts=OutboxItem.attempts + 1,
                        send_started_at=now,
                        updated_at=now,
                    )
                    .returning(OutboxItem.attempts)
                )
                attempt = res.scalar()
                if attempt is None:
                    continue  # taken meanwhile (cannot happen under our locks; be safe)
                changes.publish(s, "outbox", [row[0]], self.origin)
                self._reach("claim_before_commit")
            self._reach("claim_after_commit")
            return Claim(row[0], int(attempt), row[1], row[2])

    def stale_claims(self, limit: int = 50) -> list[Claim]:
        """Items left "sending" by a publisher that died: claimed again, to be reconciled."""
        out: list[Claim] = []
        with self.factory() as s, s.begin():
            accounts = self._account_workspaces(s)
            if not accounts:
                return out
            cutoff = utcnow() - timedelta(seconds=self.reconcile_after)
            q = (
                select(
                    OutboxItem.id,
                    OutboxItem.attempts,
                    OutboxItem.brand_account_id,
                    OutboxItem.workspace_id,
                )
                .where(
                    OutboxItem.brand_account_id.in_(sorted(accounts)),
                    OutboxItem.status == S.SENDING,
                    OutboxItem.send_started_at <= cutoff,
                )
                .order_by(OutboxItem.id)
                .limit(limit)
            )
            if self._is_pg(s):
                q = q.with_for_update(skip_locked=True, of=OutboxItem)
            else:
                begin_immediate(s)
            now = utcnow()
            for item_id, attempts, account_id, ws_id in s.execute(q).all():
                res = s.execute(
                    update(OutboxItem)
                    .where(
                        OutboxItem.id == item_id,
                        OutboxItem.status == S.SENDING,
                        OutboxItem.attempts == attempts,
                    )
                    .values(attempts=attempts + 1, send_started_at=now, updated_at=now)
                )
                if res.rowcount == 1:
                    out.append(Claim(item_id, attempts + 1, account_id, ws_id))
        return out

    # ----------------------------------------------------------------------------- send
    def send(self, claim: Claim) -> Outcome:
        """Steps 2 and 3 for one claimed item."""
        conn = self.connectors.get(claim.account_id)
        if conn is None:
            return Outcome(claim.item_id, "skipped", "no connector for this account here")
        s = self.factory()
        try:
            s.begin()
            paused = self._lock_workspaces_shared(s, [claim.workspace_id]).get(
                claim.workspace_id, True
            )
            q = select(OutboxItem).where(OutboxItem.id == claim.item_id)
            if self._is_pg(s):
                q = q.with_for_update(of=OutboxItem)
            item = s.scalars(q.execution_options(populate_existing=True)).first()
            if item is None or item.status != S.SENDING or item.attempts != claim.attempt:
                s.rollback()
                return Outcome(claim.item_id, "skipped", "taken over by another publisher")
            acc = s.get(BrandAccount, item.brand_account_id, populate_existing=True)
            assert acc is not None
            blocked = None
            if paused and not (
                crisis_only(s, [claim.workspace_id]) and cleared_by_pr(s, [item.id])
            ):
                blocked = "publishing is paused"
            elif acc.publishing_paused:
                blocked = f"publishing from @{acc.handle} is paused"
            elif acc.status in (AccountStatus.NEEDS_RECONNECT, AccountStatus.DISCONNECTED):
                blocked = f"@{acc.handle} needs reconnecting"
            if blocked is not None:
                # nothing went out in this attempt: back in the queue, the attempt not counted
                item.status = _queue_status(item)
                item.attempts = claim.attempt - 1
                changes.publish(s, "outbox", [item.id], self.origin)
                s.commit()
                return Outcome(claim.item_id, "requeued", blocked)
            self._reach("before_send")
            result: SendResult | None = None
            reconciled = False
            if claim.attempt > 1:
                # a previous attempt may have reached the network: look before resending
                result = conn.find_sent(item.idempotency_key)
                reconciled = result is not None
            if result is None and (hold := self._guardrail_hold(s, item)) is not None:
                return self._hold(s, claim, item, hold)
            if result is None and item.kind in AMPLIFY_KINDS:
                result = self._amplify(s, conn, item)
            if result is None:
                images = self._images_for(s, conn, acc, item)
                if item.kind == "reply":
                    target = reply_target(s, item)
                    if images:
                        result = conn.send_reply(  # type: ignore[call-arg]
                            target, item.text, item.idempotency_key, images=images
                        )
                    else:
                        result = conn.send_reply(target, item.text, item.idempotency_key)
                elif images:
                    result = conn.publish_post(  # type: ignore[call-arg]
                        item.text, item.idempotency_key, images=images
                    )
                else:
                    result = conn.publish_post(item.text, item.idempotency_key)
            self._reach("after_send")
            self._record_sent(s, item, acc, result, reconciled)
            s.commit()
            self._reach("after_record")
            self.sent += 1
            return Outcome(claim.item_id, "sent", result.remote_id, reconciled)
        except ConnectorError as exc:
            s.rollback()
            return self._after_error(claim, exc)
        except Exception as exc:
            # a database failure after a successful send leaves the item "sending": the
            # reconciliation finds it on the network later; anything else is retried
            s.rollback()
            log.warning("publishing item %s failed: %s", claim.item_id, type(exc).__name__)
            return self._after_error(
                claim, TransientError(f"unexpected error ({explain(exc, 'publishing')})")
            )
        finally:
            s.close()

    # ---------------------------------------------- guardrails and amplifying (issue 16)
    def _guardrail_hold(self, s: Session, item: OutboxItem) -> str | None:
        """The rules again, as they are now: a rule set after submit holds the item."""
        if item.kind == "boost" or item.author_id is None:
            return None  # a boost carries no words of the brand's
        team_id = _team_of(s, item)
        verdict = guardrails.check_text(
            s, item.author_id, team_id, item.text, add_disclaimers=False
        )
        return None if verdict.ok else " ".join(verdict.blocks)

    def _hold(self, s: Session, claim: Claim, item: OutboxItem, reason: str) -> Outcome:
        """Back to its author, not sent, with the reason; the attempt is not counted."""
        words = f"Held by the publisher: a guardrail set after it was submitted. {reason}"
        item.status = S.REJECTED
        item.review_comment = words
        item.last_error = words
        item.attempts = claim.attempt - 1
        item.next_attempt_at = None
        _tell_author(
            s,
            item,
            "outbox_held",
            f"Your {item.kind} was not sent. {words} Edit it and submit it again.",
            reason,
        )
        changes.publish(s, "outbox", [item.id], self.origin)
        s.commit()
        return Outcome(item.id, "held", words)

    def _amplify(self, s: Session, conn: Connector, item: OutboxItem) -> SendResult:
        if not isinstance(conn, Amplifier):
            raise PermanentError(
                f"{conn.network or 'this network'} cannot repost or quote from the console; "
                "share the customer's post from the network's own app."
            )
        msg = s.get(Message, item.in_reply_to_message_id) if item.in_reply_to_message_id else None
        if msg is None or not msg.remote_id:
            raise PermanentError("The customer's post to amplify is no longer stored.")
        target = AmplifyTarget(
            remote_id=msg.remote_id,
            url=msg.url,
            refs={str(k): str(v) for k, v in (msg.refs or {}).items()},
        )
        if item.kind == "boost":
            return conn.boost(target, item.idempotency_key)
        return conn.quote(target, item.text, item.idempotency_key)

    def _images_for(
        self, s: Session, conn: Connector, acc: BrandAccount, item: OutboxItem
    ) -> list[Image]:
        """The item's images as stored at submission (app.publishing.attachments): this
        machine may not be the author's, and what was approved is what goes out. An item
        submitted before they were stored reads its files, checked again; a problem fails the
        item in words rather than send the text without its images."""
        media = list(item.media or [])
        if not media:
            return []
        if not getattr(conn, "supports_media", False):
            raise PermanentError(
                f"This console cannot upload images to {acc.network} yet; "
                "remove the images or post them another way."
            )
        stored = attachments.images_of(s, item.id)
        if len(stored) == len(media):
            return stored  # the bytes submitted and approved, wherever the files are now
        # an item submitted before images were stored with it: the files, checked again
        problems = check_media(acc.network, media, item.kind)
        if problems:
            raise PermanentError(" ".join(problems))
        images = []
        for m in media:
            path = Path(m["path"])
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise PermanentError(
                    f"The image {path.name} cannot be read ({exc.strerror})."
                ) from None
            fmt = sniff_image(data[:16])
            if fmt is None:
                raise PermanentError(f"{path.name} is no longer a PNG, JPEG, GIF or WebP image.")
            images.append(Image(data, f"image/{fmt}", alt=m["alt"], filename=path.name))
        return images

    def _record_sent(
        self,
        s: Session,
        item: OutboxItem,
        acc: BrandAccount,
        result: SendResult,
        reconciled: bool,
    ) -> None:
        now = utcnow()
        item.status = S.SENT
        item.remote_id = result.remote_id
        item.remote_url = result.url
        item.sent_at = now
        item.last_error = None
        item.next_attempt_at = None
        if item.kind == "reply" and item.conversation_id is not None:
            conv = s.get(Conversation, item.conversation_id)
            exists = s.scalar(
                select(Message.id).where(
                    Message.brand_account_id == acc.id, Message.remote_id == result.remote_id
                )
            )
            if conv is not None and exists is None:
                parent = (
                    s.get(Message, item.in_reply_to_message_id)
                    if item.in_reply_to_message_id
                    else None
                )
                s.add(
                    Message(
                        conversation_id=conv.id,
                        brand_account_id=acc.id,
                        remote_id=result.remote_id,
                        direction=Direction.OUT,
                        kind="dm" if conv.kind == "dm" else "reply",
                        employee_id=item.author_id,
                        text=item.text,
                        created_at=result.created_at or now,
                        parent_remote_id=parent.remote_id if parent else None,
                        url=result.url,
                    )
                )
                s.execute(
                    update(Conversation)
                    .where(Conversation.id == conv.id)
                    .values(
                        message_count=Conversation.message_count + 1,
                        last_message_at=now,
                        first_responded_at=func.coalesce(Conversation.first_responded_at, now),
                        version=Conversation.version + 1,
                        updated_at=now,
                    )
                    .execution_options(synchronize_session=False)
                )
                on_outbound_reply(s, conv.id)
                changes.publish(s, "conversation", [conv.id], self.origin)
        audit.record(
            s,
            "outbox_sent",
            workspace_id=item.workspace_id,
            actor_name="publisher",
            target_type="outbox_item",
            target_id=item.id,
            kind=item.kind,
            account=acc.handle,
            network=acc.network,
            author_id=item.author_id,
            approver_id=item.approver_id,
            remote_id=result.remote_id,
            attempts=item.attempts,
            reconciled=reconciled,
        )
        changes.publish(s, "outbox", [item.id], self.origin)

    def _backoff(self, attempt: int) -> float:
        delay = min(self.backoff_cap, self.backoff_base * (2 ** max(0, attempt - 1)))
        return delay * random.uniform(0.9, 1.1)

    def _after_error(self, claim: Claim, exc: ConnectorError) -> Outcome:
        """Record what the network said, in a fresh transaction, if the item is still ours."""
        with self.factory() as s, s.begin():
            item = s.get(OutboxItem, claim.item_id, populate_existing=True)
            if item is None or item.status != S.SENDING or item.attempts != claim.attempt:
                return Outcome(claim.item_id, "skipped", "taken over by another publisher")
            acc = s.get(BrandAccount, item.brand_account_id, populate_existing=True)
            assert acc is not None
            now = utcnow()
            reason = str(exc) or type(exc).__name__
            outcome: Outcome
            if isinstance(exc, AuthExpired):
                item.status = _queue_status(item)
                item.last_error = (
                    f"@{acc.handle} needs reconnecting ({reason}); this item waits and goes "
                    "out once IT reconnects the account."
                )
                if acc.status != AccountStatus.NEEDS_RECONNECT:
                    acc.status = AccountStatus.NEEDS_RECONNECT
                    acc.status_reason = reason
                    audit.record(
                        s,
                        "account_needs_reconnect",
                        workspace_id=acc.workspace_id,
                        actor_name="publisher",
                        target_type="brand_account",
                        target_id=acc.id,
                        reason=reason,
                    )
                    changes.publish(s, "account", [acc.id], self.origin)
                outcome = Outcome(item.id, "waiting", item.last_error)
            elif isinstance(exc, RateLimited):
                item.status = _queue_status(item)
                item.next_attempt_at = max(exc.until, now + timedelta(seconds=1))
                item.last_error = f"{acc.network} asked us to wait ({reason})"
                outcome = Outcome(item.id, "requeued", item.last_error)
            elif isinstance(exc, TransientError) and item.attempts < self.max_attempts:
                item.status = _queue_status(item)
                item.next_attempt_at = now + timedelta(seconds=self._backoff(item.attempts))
                item.last_error = reason
                outcome = Outcome(item.id, "requeued", reason)
            else:
                if isinstance(exc, TransientError):
                    reason = f"gave up after {item.attempts} attempts; the last error: {reason}"
                item.status = S.FAILED
                item.last_error = reason
                item.next_attempt_at = None
                _tell_author(
                    s,
                    item,
                    "outbox_failed",
                    f"Your {item.kind} from @{acc.handle} could not be sent: {reason}",
                    reason,
                )
                outcome = Outcome(item.id, "failed", reason)
            changes.publish(s, "outbox", [item.id], self.origin)
            return outcome

    # ---------------------------------------------------------------------------- loop
    def run_once(self, limit: int | None = None) -> list[Outcome]:
        """Reconcile what a dead publisher left, then send every due item (up to ``limit``)."""
        outcomes = [self.send(c) for c in self.stale_claims()]
        sqlite = self.factory.kw["bind"].dialect.name == "sqlite"
        while not self._stop.is_set() and (limit is None or len(outcomes) < limit):
            if outcomes and sqlite and self.sqlite_yield:
                self._stop.wait(self.sqlite_yield)
            claim = self.claim_next()
            if claim is None:
                break
            outcomes.append(self.send(claim))
        self.last_run = utcnow()
        return outcomes

    def next_due(self) -> datetime | None:
        """When the next queued item falls due (so scheduled items go out on time)."""
        with self.factory() as s:
            accounts = sorted(self._account_workspaces(s))
            if not accounts:
                return None
            now = utcnow()
            mine = OutboxItem.brand_account_id.in_(accounts)
            candidates = [
                s.scalar(
                    select(func.min(OutboxItem.scheduled_at)).where(
                        mine, OutboxItem.status == S.SCHEDULED, OutboxItem.scheduled_at > now
                    )
                ),
                s.scalar(
                    select(func.min(OutboxItem.next_attempt_at)).where(
                        mine,
                        OutboxItem.status.in_([str(S.APPROVED), str(S.SCHEDULED)]),
                        OutboxItem.next_attempt_at > now,
                    )
                ),
            ]
            started = s.scalar(
                select(func.min(OutboxItem.send_started_at)).where(
                    mine, OutboxItem.status == S.SENDING
                )
            )
        if started is not None:
            candidates.append(started + timedelta(seconds=self.reconcile_after))
        due = [c for c in candidates if c is not None]
        return min(due) if due else None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="publisher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self) -> None:
        """Look for due items now (e.g. right after something was approved here)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            wait = self.interval
            try:
                self.run_once()
                self.last_error = None
                due = self.next_due()
                if due is not None:
                    wait = min(wait, max(0.0, (due - utcnow()).total_seconds()))
            except Exception as exc:  # noqa: BLE001 - a lost database must not end the loop
                self.last_error = explain(exc, "publishing")
                log.warning("publishing round failed: %s", self.last_error)
                if self.on_error:
                    self.on_error(self.last_error)
                wait = min(self.interval * 5, 10)
            self._wake.wait(wait)
            self._wake.clear()


def _tell_author(s: Session, item: OutboxItem, action: str, text: str, reason: str) -> None:
    """An item that did not go out: a notification to its author and an audit record, both
    under ``action`` (outbox_held, outbox_failed), so the author learns it and IT can trace it."""
    if item.author_id is not None:
        s.add(
            Notification(
                employee_id=item.author_id,
                kind=action,
                conversation_id=item.conversation_id,
                text=text,
            )
        )
    audit.record(
        s,
        action,
        workspace_id=item.workspace_id,
        actor_name="publisher",
        target_type="outbox_item",
        target_id=item.id,
        reason=reason,
        author_id=item.author_id,
    )
