"""Mutated payloads for every real connector, served in-process, and what became of them.

Each case is one page of good items with one mutated item among them (or, for a tenth of the
cases, a page whose very shape is wrong). The connector reads it through its real
HttpClient; a :class:`CannedSession` answers in place of the network. A case is scored on two
things the issue names:

* ``unhandled``: ``fetch_inbound`` raised anything but a ConnectorError (which the sync turns
  into an account state and a retry, losing nothing);
* ``good_items_lost``: good items of the page missing from the result (a ConnectorError on a
  page whose only fault was one bad item counts all of its good items as lost).

The payloads follow the networks' documented shapes (the same ones tests/integration/networks
and the real peers use). Mutations: a key removed; a value replaced by another type, by None,
by a 1 MB string, by a list nested 100 deep, by text with NUL, lone surrogates, RTL overrides or
markup, by an absurd number or date; an object swapped for a list.
"""

from __future__ import annotations

import base64
import copy
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests

from accounts.base import Connector, ConnectorError, FetchResult
from accounts.payload import MAX_REJECTIONS_PER_PAGE

BIG = "x" * 1_000_000
_NOW = datetime.now(UTC)


def _iso(dt: datetime) -> str:
    return dt.isoformat().replace("+00:00", "Z")


def _deep(depth: int) -> Any:
    node: Any = []
    for _ in range(depth):
        node = [node]
    return node


_SCALARS: list[Any] = [
    None,
    0,
    -1,
    10**30,
    3.5,
    True,
    "",
    "not a date",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59Z",
    "2024-02-30T25:61:00Z",
    "\x00\x00",
    "\ud800 lone surrogate",
    "\u202eevil rtl\u202c",
    "<b>bold</b><script>x()</script>",
    "a" * 5000,
    "A B " * 3000,
    "at://",
    "did:",
    "urn:li:",
    "-",
    "123abc",
    "²³",
]


def _mutants() -> list[Callable[[Any], Any]]:
    return [
        *(lambda _v, s=s: s for s in _SCALARS),
        lambda _v: BIG,
        lambda _v: _deep(100),
        lambda _v: [],
        lambda _v: {},
        lambda _v: ["a", 1, None],
        lambda _v: {"a": {"b": None}},
        lambda v: [v],
        lambda v: {"value": v},
        lambda v: str(v) if not isinstance(v, str) else list(v[:5]),
    ]


MUTANTS = _mutants()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out.extend(_paths(v, (*prefix, k)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.extend(_paths(v, (*prefix, i)))
    return out


def mutate(item: Any, rng: random.Random) -> Any:
    """One random change somewhere in ``item`` (a copy); the root itself may be replaced."""
    item = copy.deepcopy(item)
    paths = _paths(item)
    path = rng.choice(paths)
    if not path:
        return rng.choice(MUTANTS)(item)
    parent = item
    for step in path[:-1]:
        parent = parent[step]
    key = path[-1]
    if isinstance(parent, dict) and rng.random() < 0.2:
        del parent[key]
    else:
        parent[key] = rng.choice(MUTANTS)(parent[key])
    return item


# ----------------------------------------------------------------------------- transport


class _Canned(requests.Response):
    """A response whose JSON is handed over as an object (no 1 MB string is serialised), or
    as text when ``text_body`` is given (for the payloads no encoder would produce)."""

    def __init__(self, status: int, body: Any, text_body: str | None = None) -> None:
        super().__init__()
        self.status_code = status
        self._body = body
        self._text_body = text_body
        self._content = (text_body or "{}").encode("utf-8", "surrogatepass")
        self.headers["Content-Type"] = "application/json"
        self.encoding = "utf-8"

    def json(self, **kwargs: Any) -> Any:
        if self._text_body is not None:
            return json.loads(self._text_body)
        return self._body


Route = Callable[[str, str, dict[str, Any]], "_Canned | tuple[int, Any]"]


class CannedSession(requests.Session):
    """A requests.Session that answers from ``route(method, path, params)`` in-process."""

    def __init__(self, route: Route) -> None:
        super().__init__()
        self.route = route
        self.calls = 0

    def request(self, method: str, url: str, params: Any = None, **kw: Any) -> requests.Response:  # type: ignore[override]
        self.calls += 1
        if self.calls > 200:
            raise AssertionError("the connector would not stop asking (200 requests for a page)")
        p: dict[str, Any] = {}
        for k, v in params.items() if isinstance(params, dict) else params or []:
            p.setdefault(k, v)
        out = self.route(method.upper(), urlsplit(url).path, p)
        if isinstance(out, _Canned):
            out.url = url
            return out
        status, body = out
        resp = _Canned(status, body)
        resp.url = url
        return resp


# ----------------------------------------------------------------------------- scenarios


@dataclass
class Scenario:
    """One connector: how to make good items, serve a page of them, and build the connector."""

    network: str
    good: Callable[[random.Random, int], dict[str, Any]]
    serve: Callable[[list[dict[str, Any]], random.Random], Route]
    build: Callable[[CannedSession], Connector]
    cursor: Callable[[random.Random], str | None] = lambda rng: None
    #: pages whose whole shape is wrong, as (key of the list to break, the breakage)
    page_keys: tuple[str, ...] = ()
    ids: Callable[[dict[str, Any]], str] = lambda raw: str(raw["id"])


def _jwt(exp: float) -> str:
    def b64(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

    return f"{b64({'alg': 'HS256'})}.{b64({'exp': exp})}.c2ln"


# -- Mastodon -------------------------------------------------------------------------------


def _mastodon_good(rng: random.Random, i: int) -> dict[str, Any]:
    sid = str(110_000_000_000 + i)
    status: dict[str, Any] = {
        "id": sid,
        "created_at": _iso(_NOW - timedelta(seconds=i % 5000)),
        "in_reply_to_id": None,
        "in_reply_to_account_id": None,
        "visibility": rng.choice(["public", "direct", "unlisted"]),
        "language": "en",
        "url": f"https://mastodon.example/@cust{i}/{sid}",
        "content": f"<p>@brand order #{i} <a href='https://x.example'>late</a></p>",
        "spoiler_text": "",
        "account": {
            "id": str(9000 + i),
            "acct": f"cust{i}@remote.example",
            "display_name": f"Customer {i}",
            "followers_count": i,
        },
        "mentions": [{"id": "1", "acct": "brand", "username": "brand"}],
    }
    return {
        "id": str(50_000 + i),
        "type": "mention",
        "created_at": status["created_at"],
        "account": status["account"],
        "status": status,
    }


def _mastodon_serve(items: list[dict[str, Any]], rng: random.Random) -> Route:
    def route(method: str, path: str, params: dict[str, Any]) -> Any:
        if path == "/api/v1/notifications":
            if "max_id" in params:
                return 200, []
            return 200, items
        if path.endswith("/context"):
            return 200, {"ancestors": [], "descendants": []}
        if path == "/api/v1/accounts/verify_credentials":
            return 200, {"id": "1", "acct": "brand", "display_name": "Brand"}
        return 404, {"error": "Record not found"}

    return route


def _mastodon_build(session: CannedSession) -> Connector:
    from accounts.http import HttpClient, RateControl, RetryPolicy
    from accounts.mastodon import MastodonConnector

    http = HttpClient(
        "https://mastodon.example",
        network="mastodon",
        token=lambda: "t",
        session=session,
        rate_control=RateControl(),
        retry=RetryPolicy(attempts=1),
    )
    return MastodonConnector("https://mastodon.example", lambda: "t", account_id="1", http=http)


# -- Bluesky --------------------------------------------------------------------------------

_BRAND_DID = "did:plc:brandbrandbrandbrandbran"


def _bluesky_good(rng: random.Random, i: int) -> dict[str, Any]:
    did = f"did:plc:cust{i:020d}"
    uri = f"at://{did}/app.bsky.feed.post/3k{i:011d}"
    record: dict[str, Any] = {
        "$type": "app.bsky.feed.post",
        "text": f"@brand.test where is order {i}?",
        "createdAt": _iso(_NOW - timedelta(seconds=i % 5000)),
        "langs": ["en"],
    }
    reason = rng.choice(["mention", "reply", "quote"])
    if reason == "reply":
        root = f"at://{_BRAND_DID}/app.bsky.feed.post/3root{i}"
        record["reply"] = {
            "root": {"uri": root, "cid": "bafyroot"},
            "parent": {"uri": root, "cid": "bafyroot"},
        }
    return {
        "uri": uri,
        "cid": f"bafy{i}",
        "author": {"did": did, "handle": f"cust{i}.test", "displayName": f"Customer {i}"},
        "reason": reason,
        "record": record,
        "isRead": False,
        "indexedAt": _iso(_NOW - timedelta(seconds=i % 5000)),
        "labels": [],
    }


def _bluesky_serve(items: list[dict[str, Any]], rng: random.Random) -> Route:
    def route(method: str, path: str, params: dict[str, Any]) -> Any:
        if path.endswith("app.bsky.notification.listNotifications"):
            return 200, {"notifications": items}
        return 400, {"error": "InvalidRequest", "message": "not served"}

    return route


def _bluesky_build(session: CannedSession) -> Connector:
    from accounts.bluesky import BlueskyConnector, BlueskySession
    from accounts.http import RateControl, RetryPolicy

    exp = time.time() + 3600
    sess = BlueskySession(
        did=_BRAND_DID,
        handle="brand.test",
        service="https://pds.example",
        access_jwt=_jwt(exp),
        refresh_jwt=_jwt(exp + 86400),
    )
    return BlueskyConnector(
        "https://pds.example",
        session=sess,
        http_session=session,
        rate_control=RateControl(),
        retry=RetryPolicy(attempts=1),
    )


def _bluesky_ids(raw: dict[str, Any]) -> str:
    return str(raw["uri"])


# -- X -----------------------------------------------------------------------------------------


def _x_good(rng: random.Random, i: int) -> dict[str, Any]:
    tid = str(1_460_323_737_035_000_000 + i)
    tweet: dict[str, Any] = {
        "id": tid,
        "text": f"@brand my order {i} is late",
        "author_id": str(2_244_994_945 + i),
        "created_at": _iso(_NOW - timedelta(seconds=i % 5000)),
        "conversation_id": tid,
        "lang": "en",
    }
    if rng.random() < 0.3:
        tweet["referenced_tweets"] = [{"type": "replied_to", "id": str(1_460_000_000_000_000_000)}]
    return tweet


def _x_serve(items: list[dict[str, Any]], rng: random.Random) -> Route:
    users = [
        {
            "id": it["author_id"]
            if isinstance(it, dict) and isinstance(it.get("author_id"), str)
            else "0",
            "username": f"user{n}",
            "name": f"User {n}",
            "public_metrics": {"followers_count": n},
        }
        for n, it in enumerate(items)
    ]

    def route(method: str, path: str, params: dict[str, Any]) -> Any:
        if path.endswith("/mentions"):
            return 200, {
                "data": items,
                "includes": {"users": users},
                "meta": {"newest_id": "1460323737035999999", "result_count": len(items)},
            }
        if path == "/2/dm_events":
            return 200, {"data": [], "meta": {"result_count": 0}}
        return 404, {"title": "Not Found Error", "detail": "not served"}

    return route


def _x_build(session: CannedSession) -> Connector:
    from accounts.http import RateControl, RetryPolicy
    from accounts.x import XConnector

    conn = XConnector(
        "https://api.x.example",
        token=lambda: "t",
        user_id="1",
        reads_per_hour=10**9,
        rate_control=RateControl(),
        retry=RetryPolicy(attempts=1),
    )
    conn.http.session = session
    return conn


# -- Meta ---------------------------------------------------------------------------------------


def _meta_good(rng: random.Random, i: int) -> dict[str, Any]:
    if rng.random() < 0.5:
        return {
            "kind": "message",
            "id": f"m_{i:08d}",
            "message": f"Hi, order {i}?",
            "from": {"id": str(7000 + i), "name": f"Customer {i}", "email": f"{i}@x.example"},
            "to": {"data": [{"id": "PAGE"}]},
            "created_time": (_NOW - timedelta(seconds=i % 5000)).strftime("%Y-%m-%dT%H:%M:%S+0000"),
        }
    return {
        "kind": "comment",
        "id": f"111_{i:08d}",
        "message": f"Love it {i}",
        "created_time": (_NOW - timedelta(seconds=i % 5000)).strftime("%Y-%m-%dT%H:%M:%S+0000"),
        "from": {"id": str(8000 + i), "name": f"Fan {i}"},
        "permalink_url": f"https://facebook.example/{i}",
    }


def _meta_serve(items: list[dict[str, Any]], rng: random.Random) -> Route:
    def copy_of(it: Any) -> Any:
        return dict(it) if isinstance(it, dict) else it

    messages = [
        copy_of(it) for it in items if not isinstance(it, dict) or it.get("kind") != "comment"
    ]
    comments = [copy_of(it) for it in items if isinstance(it, dict) and it.get("kind") == "comment"]
    for it in (*messages, *comments):
        if isinstance(it, dict):
            it.pop("kind", None)

    def route(method: str, path: str, params: dict[str, Any]) -> Any:
        if path.endswith("/conversations"):
            return 200, {
                "data": [
                    {
                        "id": "t_1000",
                        "updated_time": _iso(_NOW),
                        "messages": {"data": messages},
                    }
                ]
            }
        if path.endswith("/feed"):
            return 200, {
                "data": [
                    {
                        "id": "PAGE_111",
                        "message": "Our new product",
                        "created_time": _iso(_NOW),
                        "comments": {"data": comments},
                    }
                ]
            }
        return 404, {"error": {"message": "not served", "code": 100}}

    return route


def _meta_build(session: CannedSession) -> Connector:
    from accounts.http import RateControl, RetryPolicy
    from accounts.meta import MetaConnector

    conn = MetaConnector(
        "https://graph.example",
        page_id="PAGE",
        token=lambda: "t",
        read_instagram_messages=False,
        rate_control=RateControl(),
        retry=RetryPolicy(attempts=1),
    )
    conn.platforms = ["messenger"]
    conn.http.session = session
    return conn


def _meta_ids(raw: dict[str, Any]) -> str:
    return str(raw["id"])


# -- LinkedIn -----------------------------------------------------------------------------------

_LI_POST = "urn:li:activity:6844785523593134080"


def _linkedin_good(rng: random.Random, i: int) -> dict[str, Any]:
    urn = f"urn:li:comment:({_LI_POST},{6_636_062_000_000_000_000 + i})"
    return {
        "actor": f"urn:li:person:p{i:06d}",
        "commentUrn": urn,
        "$URN": urn,
        "created": {
            "actor": f"urn:li:person:p{i:06d}",
            "time": int((_NOW - timedelta(seconds=i % 5000)).timestamp() * 1000),
        },
        "lastModified": {"actor": f"urn:li:person:p{i:06d}", "time": int(_NOW.timestamp() * 1000)},
        "message": {"text": f"Is job {i} remote?", "attributes": []},
        "object": _LI_POST,
        "id": str(6_636_062_000_000_000_000 + i),
    }


def _linkedin_serve(items: list[dict[str, Any]], rng: random.Random) -> Route:
    def route(method: str, path: str, params: dict[str, Any]) -> Any:
        if path == "/rest/posts":
            return 200, {"elements": [{"id": _LI_POST}], "paging": {"start": 0, "count": 10}}
        if path.startswith("/rest/socialActions/"):
            return 200, {
                "elements": items,
                "paging": {"start": 0, "count": 50, "total": len(items)},
            }
        return 404, {"message": "not served", "status": 404}

    return route


def _linkedin_build(session: CannedSession) -> Connector:
    from accounts.http import RateControl, RetryPolicy
    from accounts.linkedin import LinkedInConnector

    conn = LinkedInConnector(
        "https://api.linkedin.example",
        organization_id="5515715",
        token=lambda: "t",
        rate_control=RateControl(),
        retry=RetryPolicy(attempts=1),
    )
    conn.http.session = session
    return conn


def _linkedin_ids(raw: dict[str, Any]) -> str:
    return str(raw["commentUrn"])


SCENARIOS: dict[str, Scenario] = {
    "mastodon": Scenario(
        "mastodon",
        _mastodon_good,
        _mastodon_serve,
        _mastodon_build,
        cursor=lambda rng: rng.choice([None, "n:1"]),
        ids=lambda raw: str(raw["status"]["id"]),
    ),
    "bluesky": Scenario("bluesky", _bluesky_good, _bluesky_serve, _bluesky_build, ids=_bluesky_ids),
    "x": Scenario("x", _x_good, _x_serve, _x_build),
    "meta": Scenario("meta", _meta_good, _meta_serve, _meta_build, ids=_meta_ids),
    "linkedin": Scenario(
        "linkedin", _linkedin_good, _linkedin_serve, _linkedin_build, ids=_linkedin_ids
    ),
}


# ----------------------------------------------------------------------------- the run


@dataclass
class FuzzStats:
    cases: int = 0
    page_cases: int = 0
    unhandled: int = 0
    good_items_lost: int = 0
    pages_refused: int = 0
    max_rejections: int = 0
    examples: list[str] = field(default_factory=list)


def _page_breakers() -> list[Callable[[], _Canned]]:
    return [
        lambda: _Canned(200, BIG),
        lambda: _Canned(200, {"data": BIG, "notifications": BIG, "elements": BIG}),
        lambda: _Canned(200, [BIG]),
        lambda: _Canned(
            200,
            {
                "data": [None] * 10_000,
                "notifications": [None] * 10_000,
                "elements": [None] * 10_000,
            },
        ),
        lambda: _Canned(200, None, text_body="[" * 100_000),
        lambda: _Canned(200, None, text_body='{"a": '),
        lambda: _Canned(200, 12),
        lambda: _Canned(200, {}),
    ]


def fuzz(network: str, cases: int, *, seed: int = 1, good_per_page: int = 5) -> FuzzStats:
    """Run ``cases`` mutated pages through one connector's ``fetch_inbound``."""
    sc = SCENARIOS[network]
    rng = random.Random(seed)
    stats = FuzzStats()
    breakers = _page_breakers()
    for n in range(cases):
        stats.cases += 1
        good = [sc.good(rng, n * 10 + k) for k in range(good_per_page)]
        expected = {sc.ids(g) for g in good}
        page_case = rng.random() < 0.1
        if page_case:
            stats.page_cases += 1
            breaker = rng.choice(breakers)
            base = sc.serve(good, rng)

            def route(
                method: str, path: str, params: dict[str, Any], base=base, breaker=breaker
            ) -> Any:
                out = base(method, path, params)
                status = out.status_code if isinstance(out, _Canned) else out[0]
                return breaker() if status == 200 else out

            served = route
        else:
            bad = mutate(sc.good(rng, n * 10 + 9), rng)
            page = list(good)
            page.insert(rng.randrange(len(page) + 1), bad)
            served = sc.serve(page, rng)
        session = CannedSession(served)
        conn = sc.build(session)
        result: FetchResult | None = None
        try:
            result = conn.fetch_inbound(sc.cursor(rng))
        except ConnectorError:
            if not page_case:
                stats.pages_refused += 1
                stats.good_items_lost += len(expected)
        except Exception as exc:  # noqa: BLE001 - that is what is being counted
            stats.unhandled += 1
            if len(stats.examples) < 5:
                stats.examples.append(f"{type(exc).__name__}: {str(exc)[:160]}")
        finally:
            conn.close()
        if result is not None:
            stats.max_rejections = max(stats.max_rejections, len(result.rejected))
            if not page_case:
                found = {it.remote_id for it in result.items}
                stats.good_items_lost += len(expected - found)
    return stats


__all__ = ["MAX_REJECTIONS_PER_PAGE", "SCENARIOS", "CannedSession", "FuzzStats", "fuzz", "mutate"]
