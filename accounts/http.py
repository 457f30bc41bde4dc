"""HTTP for connectors: per-host rate control, retries with backoff and jitter, typed errors.

Every connector goes through :class:`HttpClient`, so the rules live in one place: honour 429,
``Retry-After`` and the networks' rate-limit headers; back off on 5xx and timeouts; turn a 401
into one refresh attempt and then :class:`AuthExpired`; never put a token into an exception
text (the messages quote the network's own error description, not our request).
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import requests

from accounts.base import (
    AuthExpired,
    ConnectorError,
    PermanentError,
    RateLimited,
    TransientError,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = (5.0, 30.0)
_RETRYABLE_STATUS = {500, 502, 503, 504}


def _parse_reset(value: str, now: float) -> float | None:
    """A reset header as an absolute epoch: networks send epoch seconds, ISO 8601 or a delta."""
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    # epoch seconds are large; small numbers are a delta in seconds (Mastodon-style servers)
    return number if number > 1_000_000_000 else now + number


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """When the next call may go, from Retry-After or the rate-limit reset headers, as epoch."""
    now = time.time() if now is None else now
    lower = {k.lower(): v for k, v in headers.items()}
    ra = lower.get("retry-after")
    if ra:
        try:
            return now + float(ra)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(ra)
            if parsed is not None:
                return parsed.timestamp()
    for name in ("x-rate-limit-reset", "x-ratelimit-reset", "ratelimit-reset"):
        if name in lower:
            return _parse_reset(lower[name], now)
    return None


def remaining(headers: Mapping[str, str]) -> int | None:
    lower = {k.lower(): v for k, v in headers.items()}
    for name in ("x-rate-limit-remaining", "x-ratelimit-remaining", "ratelimit-remaining"):
        if name in lower:
            try:
                return int(float(lower[name]))
            except ValueError:
                return None
    return None


class RateControl:
    """Per-host gate shared by every connector in the process.

    When a host says "no more until T" (429, or a remaining count of 0 with a reset time) every
    call to that host waits or fails fast with :class:`RateLimited`, instead of each account
    hammering it and earning a longer ban.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._blocked_until: dict[str, float] = {}

    def blocked_until(self, host: str) -> float | None:
        with self._lock:
            until = self._blocked_until.get(host)
        if until is not None and until <= time.time():
            return None
        return until

    def block(self, host: str, until: float) -> None:
        with self._lock:
            self._blocked_until[host] = max(until, self._blocked_until.get(host, 0.0))

    def observe(self, host: str, headers: Mapping[str, str]) -> None:
        left = remaining(headers)
        if left is not None and left <= 0:
            until = retry_after(headers)
            if until is not None:
                self.block(host, until)


SHARED_RATE_CONTROL = RateControl()


@dataclass
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 20.0
    #: wait for a rate-limit window this short instead of failing with RateLimited
    max_wait: float = 2.0

    def delay(self, attempt: int) -> float:
        """Full jitter: spreads retries of many workers over the window."""
        return random.uniform(0, min(self.max_delay, self.base_delay * (2**attempt)))


def _error_text(resp: requests.Response) -> str:
    """The network's own explanation, shortened; never echoes our request."""
    try:
        body = resp.json()
    except (ValueError, RecursionError):
        text = resp.text.strip().replace("\n", " ")
        return text[:200] if text else resp.reason or ""
    if isinstance(body, dict):
        for key in ("error_description", "detail", "message", "error", "title"):
            val = body.get(key)
            if isinstance(val, str) and val:
                return val[:200]
            if isinstance(val, dict) and isinstance(val.get("message"), str):
                return val["message"][:200]
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            msg = errors[0].get("message") or errors[0].get("detail")
            if isinstance(msg, str):
                return msg[:200]
    return resp.reason or ""


class HttpClient:
    """A requests.Session with the connector rules applied.

    ``token`` returns the current bearer token (or None for unauthenticated calls);
    ``refresh`` is called once on a 401 and returns True if a new token is now available.

    ``error_hook`` lets a connector read its network's own error body first: networks such as
    Meta's Graph API say "token expired" or "rate limited" inside a 400 with an error code, which
    the status alone cannot tell. It returns a typed error or None for the default handling; an
    :class:`AuthExpired` gets the same single refresh attempt as a 401, a
    :class:`TransientError` the same backoff as a 5xx.
    """

    def __init__(
        self,
        base_url: str,
        *,
        network: str,
        token: Callable[[], str | None] | None = None,
        refresh: Callable[[], bool] | None = None,
        rate_control: RateControl | None = None,
        retry: RetryPolicy | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        error_hook: Callable[[requests.Response], ConnectorError | None] | None = None,
        rate_scope: Callable[[str, str], str] | None = None,
        auth_headers: Callable[[str, str], Mapping[str, str]] | None = None,
        again: Callable[[str, requests.Response], bool] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.network = network
        self._token = token
        self._refresh = refresh
        self.rate_control = rate_control or SHARED_RATE_CONTROL
        self.retry = retry or RetryPolicy()
        self.timeout = timeout
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", "SocialConsole/0.1")
        self._sleep = sleep
        self._error_hook = error_hook
        self._rate_scope = rate_scope
        #: per-request authorization (DPoP: a fresh proof per request) instead of a bearer
        self._auth_headers = auth_headers
        #: True when a refused answer asks for the same request once more (a DPoP nonce)
        self._again = again
        #: the last response's headers, for connectors that read budgets (X) or cursors
        self.last_headers: Mapping[str, str] = {}

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else f"{self.base_url}{path}"

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | list[tuple[str, Any]] | None = None,
        json_body: Any = None,
        data: Any = None,
        files: Any = None,
        headers: Mapping[str, str] | None = None,
        authenticated: bool = True,
        expect_json: bool = True,
    ) -> Any:
        """Send with retries; returns parsed JSON (or the Response when ``expect_json`` is False)."""
        url = self.url(path)
        host = urlsplit(url).netloc
        scope = self._rate_scope(method, url) if self._rate_scope else host
        refreshed = False
        asked_again = False
        attempt = 0
        while True:
            self._gate(scope)
            hdrs = dict(headers or {})
            if authenticated and self._auth_headers is not None:
                hdrs.update(self._auth_headers(method, url))
            elif authenticated and self._token is not None:
                tok = self._token()
                if tok:
                    hdrs["Authorization"] = f"Bearer {tok}"
            try:
                resp = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json_body,
                    data=data,
                    files=files,
                    headers=hdrs,
                    timeout=self.timeout,
                )
            except (requests.Timeout, requests.ConnectionError) as exc:
                if attempt + 1 >= self.retry.attempts:
                    raise TransientError(
                        f"{self.network}: no answer from {host} ({type(exc).__name__})"
                    ) from None
                self._sleep(self.retry.delay(attempt))
                attempt += 1
                continue
            self.last_headers = resp.headers
            self.rate_control.observe(scope, resp.headers)
            status = resp.status_code
            if authenticated and self._again is not None and self._again(url, resp):
                if not asked_again:
                    asked_again = True
                    continue
            hooked = self._error_hook(resp) if status >= 400 and self._error_hook else None
            if isinstance(hooked, AuthExpired) and authenticated:
                if not refreshed and self._refresh is not None and self._refresh():
                    refreshed = True
                    continue
                raise hooked
            if isinstance(hooked, TransientError):
                if attempt + 1 >= self.retry.attempts:
                    raise hooked
                self._sleep(self.retry.delay(attempt))
                attempt += 1
                continue
            if isinstance(hooked, RateLimited):
                self.rate_control.block(scope, hooked.until.timestamp())
            if hooked is not None:
                raise hooked
            if status == 401 and authenticated:
                if not refreshed and self._refresh is not None and self._refresh():
                    refreshed = True
                    continue
                raise AuthExpired(
                    f"{self.network}: the account's authorisation was refused ({_error_text(resp)}); "
                    "it needs reconnecting"
                )
            if status == 429:
                until = retry_after(resp.headers) or (time.time() + 60)
                self.rate_control.block(scope, until)
                wait = until - time.time()
                if wait <= self.retry.max_wait and attempt + 1 < self.retry.attempts:
                    self._sleep(max(wait, 0.0))
                    attempt += 1
                    continue
                raise RateLimited(
                    f"{self.network}: rate limited until "
                    f"{datetime.fromtimestamp(until, UTC):%H:%M:%S} UTC",
                    datetime.fromtimestamp(until, UTC),
                )
            if status in _RETRYABLE_STATUS:
                if attempt + 1 >= self.retry.attempts:
                    raise TransientError(f"{self.network}: server error {status} from {host}")
                self._sleep(self.retry.delay(attempt))
                attempt += 1
                continue
            if status >= 400:
                raise PermanentError(f"{self.network}: refused ({status}): {_error_text(resp)}")
            if not expect_json:
                return resp
            if status == 204 or not resp.content:
                return None
            return parse_json(resp, self.network)

    def _gate(self, host: str) -> None:
        until = self.rate_control.blocked_until(host)
        if until is None:
            return
        wait = until - time.time()
        if wait <= self.retry.max_wait:
            self._sleep(max(wait, 0.0))
            return
        raise RateLimited(
            f"{self.network}: rate limited until {datetime.fromtimestamp(until, UTC):%H:%M:%S} UTC",
            datetime.fromtimestamp(until, UTC),
        )

    def get(self, path: str, **kw: Any) -> Any:
        return self.request("GET", path, **kw)

    def post(self, path: str, **kw: Any) -> Any:
        return self.request("POST", path, **kw)

    def delete(self, path: str, **kw: Any) -> Any:
        return self.request("DELETE", path, **kw)

    def close(self) -> None:
        self.session.close()


def parse_json(resp: requests.Response, network: str) -> Any:
    """A reply's JSON; what no JSON parser can read (truncated, or nested so deep the parser
    gives up) is a PermanentError in words, never an exception that escapes the connector."""
    try:
        return resp.json()
    except (ValueError, RecursionError, UnicodeError):
        raise PermanentError(
            f"{network}: the server's reply was not readable JSON ({resp.status_code})"
        ) from None


def parse_time(value: object) -> datetime:
    """A network timestamp as aware UTC; raises ValueError for anything else."""
    if not isinstance(value, str) or not value:
        raise ValueError("missing timestamp")
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def until_from_now(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)
