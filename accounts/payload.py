"""Reading a network's JSON without letting one bad item cost the page.

Networks send what they send: a field of the wrong type, a missing key, a 1 MB string where a
list belongs, nesting deep enough to break ``json.dumps``. Each connector parses item by item;
this module holds the rules they share:

* :func:`guard` runs one item's parser and turns *any* failure other than a network error into
  a :class:`~accounts.base.RejectedItem` with the reason in words. A connector error
  (timeout, refusal, expired token) still propagates: it is about the network, not the item,
  and the page is fetched again later with nothing skipped.
* :class:`Rejections` keeps at most :data:`MAX_REJECTIONS_PER_PAGE` rejections per page and
  one summary for the rest, so a hostile page cannot become a million rows.
* :func:`as_list` reads a field that must be a list: anything else is one rejection, never an
  iteration over the characters of a string.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from accounts.base import ConnectorError, RejectedItem

#: rejections kept in full per fetched page; the rest are counted in one summary
MAX_REJECTIONS_PER_PAGE = 50
#: characters of a rejected item kept as its excerpt (what IT sees next to the reason)
EXCERPT_CHARS = 300

T = TypeVar("T")


class Malformed(ValueError):
    """An item a connector cannot understand; the message is the reason shown to a person."""


def excerpt(obj: object, limit: int = EXCERPT_CHARS) -> str:
    """A short, safe rendering of a raw item: never raises, never longer than ``limit``."""
    try:
        if isinstance(obj, str):
            return json.dumps(obj[:limit], ensure_ascii=False)[:limit]
        text = json.dumps(_shallow(obj, limit), ensure_ascii=False, default=str)
    except Exception:  # noqa: BLE001 - an excerpt is best effort, whatever the object is
        text = f"<{type(obj).__name__}>"
    return text[:limit]


def _shallow(obj: object, limit: int, depth: int = 0) -> object:
    """A copy small enough to dump: long strings cut, deep or wide structures elided."""
    if depth > 6:
        return "…"
    if isinstance(obj, str):
        return obj[:limit]
    if isinstance(obj, dict):
        out: dict[str, object] = {}
        for i, (k, v) in enumerate(obj.items()):
            if i >= 20:
                out["…"] = f"{len(obj) - 20} more keys"
                break
            out[str(k)[:80]] = _shallow(v, limit, depth + 1)
        return out
    if isinstance(obj, list | tuple):
        head = [_shallow(v, limit, depth + 1) for v in obj[:10]]
        if len(obj) > 10:
            head.append(f"… {len(obj) - 10} more")
        return head
    if isinstance(obj, float) and obj != obj:  # NaN is not JSON
        return "NaN"
    return obj


def describe_failure(exc: BaseException) -> str:
    """The reason for a rejection in words: our own message, or the kind of surprise."""
    if isinstance(exc, Malformed | ValueError) and str(exc) and len(str(exc)) < 300:
        return str(exc)
    if isinstance(exc, RecursionError):
        return "the item is nested too deeply to read"
    return f"the item has an unexpected shape ({type(exc).__name__})"


class Rejections:
    """The rejections of one fetched page, capped, with a summary of what was left out."""

    def __init__(self, network: str, cap: int = MAX_REJECTIONS_PER_PAGE) -> None:
        self.network = network
        self.cap = cap
        self.kept: list[RejectedItem] = []
        self.dropped = 0
        self._dropped_reasons: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self.kept) + self.dropped

    def add(self, reason: str, remote_id: object = None, raw: object = None) -> None:
        rid = remote_id if isinstance(remote_id, str) and remote_id else None
        if rid is not None and len(rid) > 300:
            rid = rid[:300]
        prefix = f"{self.network}: "
        full = reason if reason.startswith(prefix) else prefix + reason
        if len(self.kept) < self.cap:
            self.kept.append(RejectedItem(reason=full, remote_id=rid, excerpt=excerpt(raw)))
        else:
            self.dropped += 1
            self._dropped_reasons[reason[:120]] += 1

    def append(self, item: RejectedItem) -> None:
        self.extend([item])

    def extend(self, items: Iterable[RejectedItem]) -> None:
        for r in items:
            if len(self.kept) < self.cap:
                self.kept.append(r)
            else:
                self.dropped += 1
                self._dropped_reasons[r.reason[:120]] += 1

    def result(self) -> list[RejectedItem]:
        """The kept rejections, and one summary line for those beyond the cap."""
        if not self.dropped:
            return list(self.kept)
        common = ", ".join(f"{why} ({n:,})" for why, n in self._dropped_reasons.most_common(3))
        noun = "item" if self.dropped == 1 else "items"
        summary = RejectedItem(
            reason=(
                f"{self.network}: {self.dropped:,} more {noun} of this page could not be read "
                f"and were not kept one by one; most common reasons: {common}"
            ),
        )
        return [*self.kept, summary]


def guard(
    rejections: Rejections,
    raw: object,
    parse: Callable[..., T],
    *args: Any,
    remote_id: object = None,
) -> T | None:
    """``parse(*args)`` for one item; any failure that is not the network's becomes a rejection."""
    try:
        return parse(*args)
    except ConnectorError:
        raise
    except Exception as exc:  # noqa: BLE001 - one bad item must never cost the page
        if remote_id is None and isinstance(raw, dict):
            try:
                remote_id = raw.get("id") or raw.get("uri")
            except Exception:  # noqa: BLE001
                remote_id = None
        rejections.add(describe_failure(exc), remote_id, raw)
        return None


def as_list(value: object, what: str, rejections: Rejections | None = None) -> list[Any]:
    """``value`` when it is a list; nothing (and one rejection) when it is anything else."""
    if isinstance(value, list):
        return value
    if value is None:
        return []
    if rejections is not None:
        rejections.add(f"{what} is {type(value).__name__}, not a list", None, value)
    return []


def as_dict(value: object) -> dict[str, Any]:
    """``value`` when it is an object, else an empty one (for optional sub-objects)."""
    return value if isinstance(value, dict) else {}


def text(value: object) -> str:
    """An optional text field: the text, or "" for anything that is not text."""
    return value if isinstance(value, str) else ""


__all__ = [
    "MAX_REJECTIONS_PER_PAGE",
    "Malformed",
    "Rejections",
    "as_dict",
    "as_list",
    "describe_failure",
    "excerpt",
    "guard",
    "text",
]
