"""Actions taken in the UI, kept on disk until the database has them, written in order.

When the database connection is lost, a claim or a note typed meanwhile must not be lost and
must not be written out of order (a note before the claim it follows). Every action is first
appended to a small JSON file (written atomically), then executed in a worker thread; it leaves
the file only when its transaction has committed — or when the database refused it for a reason
a retry cannot fix (someone else claimed first, no permission), which is told to the person in
words. A connection problem keeps the action at the head of the queue and retries it with
backoff, so the order of what the person did is kept. The file survives a crash or a quit.

An action whose commit succeeded but whose acknowledgement was lost with the connection is
retried: claims, status, priority and tags are idempotent; a note could then appear twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import exc as sa_exc

from app.identity.access import AccessDenied, Actor
from app.inbox import conversations as cs
from app.inbox import views as inbox
from app.session.console import Console
from ui.widgets.tasks import describe_error, run_blocking

log = logging.getLogger(__name__)

RETRY_DELAYS = (0.5, 1.0, 2.0, 3.0, 5.0)


@dataclass
class PendingAction:
    kind: str
    conversation_id: int
    args: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    created_at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())

    def describe(self) -> str:
        words = {
            "claim": "claim",
            "assign": "assignment",
            "release": "release",
            "status": "status change",
            "priority": "priority change",
            "tags": "tag change",
            "note": "note",
            "read": "read marker",
        }
        return f"{words.get(self.kind, self.kind)} on conversation {self.conversation_id}"


def is_connection_error(error: BaseException) -> bool:
    """A failure a retry can fix: the server is gone, the connection dropped, the pool timed out."""
    if isinstance(error, sa_exc.DBAPIError) and error.connection_invalidated:
        return True
    if isinstance(error, sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.TimeoutError):
        text = str(getattr(error, "orig", error)).lower()
        # a busy SQLite file is also worth retrying; a syntax or constraint error is not
        return "permission denied" not in text
    return isinstance(error, ConnectionError | OSError)


def execute(console: Console, action: PendingAction, actor: Actor | None = None) -> Any:
    """Run one action in its own transaction, as the employee who took it."""
    actor = actor or console.actor
    if actor is None:
        raise AccessDenied("Nobody is signed in.")
    a, cid, origin = action.args, action.conversation_id, console.origin
    with console.factory() as s, s.begin():
        if action.kind == "claim":
            return cs.claim(s, actor, cid, origin=origin)
        if action.kind == "assign":
            return cs.assign(
                s,
                actor,
                cid,
                employee_id=a.get("employee_id"),
                team_id=a.get("team_id"),
                note=a.get("note"),
                origin=origin,
            )
        if action.kind == "release":
            return cs.release(s, actor, cid, origin=origin)
        if action.kind == "status":
            until = a.get("snoozed_until")
            return cs.set_status(
                s,
                actor,
                cid,
                a["status"],
                snoozed_until=datetime.fromisoformat(until) if until else None,
                origin=origin,
            )
        if action.kind == "priority":
            return cs.set_priority(s, actor, cid, int(a["priority"]), origin=origin)
        if action.kind == "tags":
            return cs.set_tags(
                s, actor, cid, add=a.get("add", ()), remove=a.get("remove", ()), origin=origin
            )
        if action.kind == "note":
            return cs.add_note(s, actor, cid, a["text"], origin=origin)
        if action.kind == "read":
            inbox.mark_read(s, actor, cid)
            return None
    raise ValueError(f"Unknown action {action.kind!r}.")


class ActionQueue(QObject):
    #: (action, result) — written
    succeeded = Signal(object, object)
    #: (action, sentence) — refused for good (not retried), told to the person
    rejected = Signal(object, str)
    #: sentence — the database cannot be reached; actions are kept and retried
    connection_lost = Signal(str)
    connection_restored = Signal()
    #: number of actions not yet written
    pending_changed = Signal(int)

    def __init__(
        self,
        console: Console,
        path: Path,
        parent: QObject | None = None,
        *,
        executor: Callable[..., Any] = execute,
    ) -> None:
        super().__init__(parent)
        self.console = console
        #: the employee whose actions these are (a later sign-in on this console is not them)
        self.actor = console.actor
        self.path = path
        self.executor = executor
        self.offline = False
        self._items: list[PendingAction] = self._load()
        self._running = False
        self._attempt = 0
        self._closed = False
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._kick)
        if self._items:
            QTimer.singleShot(0, self._kick)

    # -- persistence ---------------------------------------------------------------------
    def _load(self) -> list[PendingAction]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            # never silently drop: keep the unreadable file aside for a person to look at
            log.warning("pending actions file unreadable (%s); kept aside", type(exc).__name__)
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".unreadable"))
            return []
        out = []
        for d in data if isinstance(data, list) else []:
            with contextlib.suppress(TypeError, KeyError):
                out.append(PendingAction(**d))
        return out

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump([asdict(a) for a in self._items], f, ensure_ascii=True)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    # -- public --------------------------------------------------------------------------
    @property
    def pending(self) -> list[PendingAction]:
        return list(self._items)

    def submit(self, kind: str, conversation_id: int, **args: Any) -> PendingAction:
        action = PendingAction(kind, conversation_id, args)
        self._items.append(action)
        self._save()
        self.pending_changed.emit(len(self._items))
        if not self.offline:
            self._kick()
        return action

    def retry_now(self) -> None:
        self._retry.stop()
        self._kick()

    def close(self) -> None:
        self._closed = True
        self._retry.stop()

    # -- the worker ----------------------------------------------------------------------
    def _kick(self) -> None:
        if self._running or not self._items or self._closed:
            return
        self._running = True
        asyncio.ensure_future(self._drain())

    async def _drain(self) -> None:
        try:
            while self._items and not self._closed:
                action = self._items[0]
                try:
                    result = await run_blocking(self.executor, self.console, action, self.actor)
                except Exception as exc:  # noqa: BLE001 - sorted below, nothing is dropped silently
                    if is_connection_error(exc):
                        self._went_offline(exc)
                        return
                    self._pop(action)
                    text = (
                        str(exc)
                        if isinstance(exc, cs.ConversationConflict | AccessDenied | ValueError)
                        else describe_error(exc)
                    )
                    self.rejected.emit(action, text)
                    continue
                self._pop(action)
                if self.offline:
                    self.offline = False
                    self._attempt = 0
                    self.connection_restored.emit()
                self.succeeded.emit(action, result)
        finally:
            self._running = False

    def _pop(self, action: PendingAction) -> None:
        if self._items and self._items[0].id == action.id:
            self._items.pop(0)
            self._save()
            self.pending_changed.emit(len(self._items))

    def _went_offline(self, exc: BaseException) -> None:
        delay = RETRY_DELAYS[min(self._attempt, len(RETRY_DELAYS) - 1)]
        self._attempt += 1
        self.offline = True
        self.connection_lost.emit(describe_error(exc))
        if not self._closed:
            self._retry.start(int(delay * 1000))
