"""A brand account's tokens, as the OAuth flow obtains them and the keyring keeps them.

Its own module so that the flow (:mod:`accounts.oauth`) and the store
(:mod:`accounts.token_store`) both build on it without importing each other.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: a token counts as expired this many seconds early, so a request never leaves with a dying one
EXPIRY_LEEWAY = 60.0


@dataclass(frozen=True, slots=True)
class TokenSet:
    """A brand account's tokens. Its repr names the fields but never shows a secret.

    ``expires_at`` and ``obtained_at`` are epoch seconds by this computer's clock;
    ``obtained_at`` orders two copies of a grant's tokens (memory against keyring), so the
    newer refresh token always wins and a used one is never sent again.
    """

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None
    scope: tuple[str, ...] = ()
    token_type: str = "Bearer"
    obtained_at: float = 0.0

    def __repr__(self) -> str:
        refresh = "<redacted>" if self.refresh_token else None
        return (
            f"TokenSet(access_token=<redacted>, refresh_token={refresh}, "
            f"expires_at={self.expires_at!r}, scope={self.scope!r}, "
            f"token_type={self.token_type!r}, obtained_at={self.obtained_at!r})"
        )

    __str__ = __repr__

    def is_expired(self, now: float | None = None, leeway: float = EXPIRY_LEEWAY) -> bool:
        """True a little before the real expiry, so a request never leaves with a dying token."""
        if self.expires_at is None:
            return False  # the server did not say; a 401 will tell
        now = time.time() if now is None else now
        if self.obtained_at:
            # a token that lives less than two leeways would otherwise be renewed on every use
            leeway = min(leeway, max(0.0, (self.expires_at - self.obtained_at) / 2))
        return now >= self.expires_at - leeway

    def to_dict(self) -> dict[str, Any]:
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at,
            "scope": list(self.scope),
            "token_type": self.token_type,
            "obtained_at": self.obtained_at,
            "v": 1,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TokenSet:
        access = data["access_token"]
        refresh = data.get("refresh_token")
        if not isinstance(access, str) or not access:
            raise ValueError("access_token missing")
        if refresh is not None and not isinstance(refresh, str):
            raise ValueError("refresh_token is not text")
        expires_at = data.get("expires_at")
        return cls(
            access_token=access,
            refresh_token=refresh or None,
            expires_at=float(expires_at) if expires_at is not None else None,
            scope=tuple(str(s) for s in data.get("scope") or ()),
            token_type=str(data.get("token_type") or "Bearer"),
            obtained_at=float(data.get("obtained_at") or 0.0),
        )

    @classmethod
    def from_response(
        cls,
        token: Mapping[str, Any],
        *,
        now: float,
        requested_scope: Sequence[str] = (),
        previous: TokenSet | None = None,
    ) -> TokenSet:
        """From a token endpoint response; a server that does not rotate keeps the old refresh."""
        access = token.get("access_token")
        if not isinstance(access, str) or not access:
            raise ValueError("the token response holds no access token")
        refresh = token.get("refresh_token") or (previous.refresh_token if previous else None)
        expires_in = token.get("expires_in")
        try:
            expires_at = now + float(expires_in) if expires_in is not None else None
        except (TypeError, ValueError):
            expires_at = None
        scope: Any = token.get("scope")
        if isinstance(scope, str):
            scopes = tuple(scope.split())
        elif isinstance(scope, list | tuple):
            scopes = tuple(str(s) for s in scope)
        elif previous is not None:
            scopes = previous.scope
        else:
            scopes = tuple(requested_scope)
        return cls(
            access_token=access,
            refresh_token=refresh if isinstance(refresh, str) and refresh else None,
            expires_at=expires_at,
            scope=scopes,
            token_type=str(token.get("token_type") or "Bearer"),
            obtained_at=now,
        )
