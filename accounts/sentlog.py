"""What a connector was about to send, keyed by the publisher's idempotency key.

X, Meta and LinkedIn accept no idempotency key: a POST that timed out may or may not have
published. To answer :meth:`Connector.find_sent` after a crash, the connector writes down what it
is about to send *before* the request and what the network answered *after* it. After a crash the
"pending" record tells it which text to look for in the account's own recent posts.

The journal is a plain string mapping so the core can back it with a database table (it holds
no secrets: the text the brand sends and the network's ids). The default in-memory dict only
survives as long as the process, which covers retries but not a restart.
"""

from __future__ import annotations

import json
import re
from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime

_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class JournalEntry:
    kind: str
    text: str
    started_at: datetime
    #: where it went: the parent id, conversation id or post urn, as the connector needs it
    target: str = ""
    remote_id: str | None = None


class SentJournal:
    """Pending and finished sends, one JSON string per idempotency key."""

    def __init__(self, store: MutableMapping[str, str] | None = None) -> None:
        self._store: MutableMapping[str, str] = store if store is not None else {}

    def begin(self, key: str, kind: str, text: str, target: str = "") -> JournalEntry:
        entry = JournalEntry(kind, text, datetime.now(UTC), target)
        self._write(key, entry)
        return entry

    def finish(self, key: str, entry: JournalEntry, remote_id: str) -> None:
        self._write(
            key, JournalEntry(entry.kind, entry.text, entry.started_at, entry.target, remote_id)
        )

    def get(self, key: str) -> JournalEntry | None:
        raw = self._store.get(key)
        if raw is None:
            return None
        data = json.loads(raw)
        return JournalEntry(
            kind=data["kind"],
            text=data["text"],
            started_at=datetime.fromisoformat(data["started_at"]),
            target=data.get("target", ""),
            remote_id=data.get("remote_id"),
        )

    def _write(self, key: str, entry: JournalEntry) -> None:
        self._store[key] = json.dumps(
            {
                "kind": entry.kind,
                "text": entry.text,
                "started_at": entry.started_at.isoformat(),
                "target": entry.target,
                "remote_id": entry.remote_id,
            }
        )


def same_text(sent: str, seen: str) -> bool:
    """Whether a post the network shows is the text we sent.

    Networks rewrite links (X wraps every URL in t.co) and trim whitespace, so links and runs of
    whitespace are compared as placeholders rather than literally.
    """

    def norm(text: str) -> str:
        return _SPACE.sub(" ", _URL.sub("<url>", text)).strip()

    return norm(sent) == norm(seen)
