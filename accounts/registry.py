"""Which networks the console can connect, what IT types to connect one, and how to rebuild it.

A brand account lives in two halves that never mix: the database row holds the non-secret half
(network, base URL, remote id, handle, settings, the keyring key) and the OS keyring of the
machines that sync it holds the secret half (tokens, an app's client secret). This module is the
one place that knows, per network,

* how an account is connected: OAuth in the system browser (Mastodon, X, Meta, LinkedIn) or a
  sign-in with an app password (Bluesky), and which fields IT must type (an instance URL, a
  handle and app password, a Page or organisation id);
* where the OAuth client comes from: Mastodon registers the console on the instance at connect
  time; X, Meta and LinkedIn use an app the company registered once, whose client id is in the
  deployment config (``[network.x] client_id = ...``) and whose client secret, for networks
  that insist on one, is in the keyring entry ``client:<network>`` (``keyring set
  social-console client:meta``), never in a file;
* how to build a working :class:`~accounts.base.Connector` from the row's fields plus the
  keyring entry, with :class:`~accounts.oauth.TokenManager` renewing tokens inside the
  connector's HttpClient.

The registry imports no database code: callers hand it an :class:`AccountRef` (the row's
non-secret fields). Connectors for networks whose module is missing (Bluesky while its branch
is not merged) are listed as unavailable, with the reason.
"""

from __future__ import annotations

import enum
import importlib
import logging
import socket
import threading
import uuid
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

from accounts.base import AuthExpired, Connector, ConnectorError, PermanentError, Profile
from accounts.http import HttpClient
from accounts.oauth import (
    AUTHORIZATION_TIMEOUT,
    AuthorizationFlow,
    Disconnected,
    OAuthEndpoints,
    OAuthError,
    TokenManager,
    is_loopback,
)
from accounts.refresh_lock import FileRefreshLock, RefreshLock, chain
from accounts.token_store import TokenStore, TokenStoreError, account_key
from accounts.tokens import TokenSet

log = logging.getLogger(__name__)

#: keyring entry of an app's client secret registered per account (Mastodon's per-instance app)
CLIENT_SUFFIX = "#client"
APP_NAME = "Social Console"
APP_WEBSITE = "https://github.com/social-console"

DeploymentConfig = Mapping[str, Mapping[str, str]]


class SignIn(enum.StrEnum):
    OAUTH = "oauth"
    APP_PASSWORD = "app_password"


class ConnectCancelled(OAuthError):
    """IT pressed Cancel; nothing was connected."""


@dataclass(frozen=True)
class FieldSpec:
    """One thing IT types into the "Connect account" dialog."""

    name: str
    label: str
    placeholder: str = ""
    help: str = ""
    secret: bool = False
    required: bool = True


@dataclass(frozen=True)
class AccountRef:
    """The non-secret fields of a brand account row: all a connector is rebuilt from."""

    key: str
    network: str
    base_url: str | None = None
    remote_id: str = ""
    handle: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Connected:
    """What a successful connection produced for the database: never a secret."""

    key: str
    network: str
    profile: Profile
    base_url: str | None
    settings: dict[str, Any]
    message: str


def _normalise_url(value: str, what: str) -> str:
    value = value.strip().rstrip("/")
    if not value:
        raise ValueError(f"Enter the {what}.")
    if "://" not in value:
        value = f"https://{value}"
    parts = urlsplit(value)
    if not parts.hostname:
        raise ValueError(f"'{value}' is not a web address; enter the {what}, e.g. mastodon.social.")
    if parts.scheme != "https" and not (parts.scheme == "http" and is_loopback(parts.hostname)):
        raise ValueError(f"The {what} must be an https:// address.")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --------------------------------------------------------------------------- network specs


@dataclass(frozen=True)
class Prepared:
    """The OAuth client for one connection attempt, and what to keep about it."""

    endpoints: OAuthEndpoints
    base_url: str | None
    settings: dict[str, Any] = field(default_factory=dict)
    #: a client secret made for this account alone (Mastodon): kept in the keyring beside it
    account_client_secret: str | None = None


class NetworkSpec:
    """One network's way in. Subclasses fill in the hooks; the registry drives them."""

    name: str = ""
    title: str = ""
    sign_in: SignIn = SignIn.OAUTH
    fields: tuple[FieldSpec, ...] = ()
    #: what the network does not allow or needs, shown in the dialog
    notes: str = ""
    #: keys this network needs in the deployment config (``[network.<name>]``)
    config_keys: tuple[str, ...] = ()
    #: module that must import for the network to be offered
    module: str = ""

    def unavailable(self, config: Mapping[str, str], store: TokenStore) -> str | None:
        """Why this network cannot be connected here, in words; None when it can."""
        if self.module:
            try:
                importlib.import_module(self.module)
            except ImportError:
                return f"{self.title} support is not part of this build."
        missing = [k for k in self.config_keys if not config.get(k)]
        if missing:
            return (
                f"{self.title} needs the company's app registration first: IT puts "
                f"{', '.join(missing)} under [network.{self.name}] in the deployment config."
            )
        return None

    # -- OAuth networks ---------------------------------------------------------------------
    def prepare(
        self, values: Mapping[str, str], config: Mapping[str, str], store: TokenStore
    ) -> Prepared:
        raise NotImplementedError

    def endpoints_for(
        self, ref: AccountRef, config: Mapping[str, str], store: TokenStore
    ) -> OAuthEndpoints:
        """The OAuth client of an existing account, for renewals and revocation."""
        raise NotImplementedError

    def after_authorize(
        self, tokens: TokenSet, prepared: Prepared, values: Mapping[str, str]
    ) -> TokenSet:
        """A chance to trade the user's token for the one the connector needs (Meta Pages)."""
        return tokens

    def make_connector(
        self,
        ref: AccountRef,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None,
    ) -> Connector:
        raise NotImplementedError

    # -- app-password networks ------------------------------------------------------------
    def sign_in_with_password(
        self, values: Mapping[str, str]
    ) -> tuple[Profile, str | None, TokenSet, dict[str, Any]]:
        raise NotImplementedError

    def make_session_connector(
        self,
        ref: AccountRef,
        tokens: TokenSet,
        save: Callable[[TokenSet], None],
        load: Callable[[], TokenSet | None] | None = None,
        refresh_lock: Any = None,
    ) -> Connector:
        raise NotImplementedError


def _client_secret(store: TokenStore, network: str) -> str | None:
    """The company app's client secret, which IT put in the keyring once (never a file)."""
    try:
        return store.load_secret(f"client:{network}")
    except TokenStoreError:
        return None


class MastodonSpec(NetworkSpec):
    name = "mastodon"
    title = "Mastodon"
    fields = (
        FieldSpec(
            "instance",
            "Instance address",
            "mastodon.social",
            "The server the brand account lives on (the part after the second @ of its handle).",
        ),
    )
    notes = (
        "The console registers itself on the instance, then your browser opens the instance's "
        "sign-in page: sign in as the brand account and approve."
    )
    module = "accounts.mastodon"
    scopes = ("read", "write")

    def prepare(
        self, values: Mapping[str, str], config: Mapping[str, str], store: TokenStore
    ) -> Prepared:
        from accounts.mastodon import register_app

        base = _normalise_url(values.get("instance", ""), "instance address")
        # Mastodon compares the redirect URI exactly, port included: register the one we use
        port = _free_loopback_port()
        app = register_app(
            base,
            client_name=config.get("client_name") or APP_NAME,
            redirect_uris=[f"http://127.0.0.1:{port}/callback"],
            scopes=" ".join(self.scopes),
        )
        endpoints = self._endpoints(base, app.client_id, app.client_secret, port)
        return Prepared(
            endpoints,
            base,
            settings={"oauth_client_id": app.client_id},
            account_client_secret=app.client_secret,
        )

    def _endpoints(
        self, base: str, client_id: str, secret: str | None, port: int = 0
    ) -> OAuthEndpoints:
        host = urlsplit(base).netloc
        return OAuthEndpoints(
            authorize_url=f"{base}/oauth/authorize",
            token_url=f"{base}/oauth/token",
            revoke_url=f"{base}/oauth/revoke",
            client_id=client_id,
            client_secret=secret,
            secret_in_body=True,
            scopes=self.scopes,
            network=host,
            loopback_port=port,
        )

    def endpoints_for(
        self, ref: AccountRef, config: Mapping[str, str], store: TokenStore
    ) -> OAuthEndpoints:
        client_id = str(ref.settings.get("oauth_client_id") or "")
        if not ref.base_url or not client_id:
            raise AuthExpired(
                f"mastodon: {ref.handle or 'the account'} has no registered app on record; reconnect it."
            )
        secret = store.load_secret(ref.key + CLIENT_SUFFIX)
        return self._endpoints(ref.base_url, client_id, secret)

    def make_connector(
        self,
        ref: AccountRef,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None,
    ) -> Connector:
        from accounts.mastodon import MastodonConnector

        assert ref.base_url
        return MastodonConnector(ref.base_url, token, refresh, account_id=ref.remote_id or None)


class XSpec(NetworkSpec):
    name = "x"
    title = "X"
    config_keys = ("client_id",)
    notes = (
        "Your browser opens X's sign-in page: sign in as the brand account and authorize the "
        "company's app. Reads are capped by the hourly read budget (X bills per read)."
    )
    module = "accounts.x"

    def _endpoints(self, config: Mapping[str, str], store: TokenStore) -> OAuthEndpoints:
        from accounts.x import X_OAUTH

        return OAuthEndpoints(
            authorize_url=config.get("authorize_url") or X_OAUTH.authorize_url,
            token_url=config.get("token_url") or X_OAUTH.token_url,
            revoke_url=config.get("revoke_url") or X_OAUTH.revoke_url,
            client_id=config["client_id"],
            client_secret=_client_secret(store, self.name),
            scopes=X_OAUTH.scopes,
            network="X",
            # X matches the registered callback URL exactly, port included
            loopback_port=int(config.get("redirect_port") or 0),
        )

    def prepare(
        self, values: Mapping[str, str], config: Mapping[str, str], store: TokenStore
    ) -> Prepared:
        base = config.get("api_url") or None
        reads = int(config.get("reads_per_hour") or 600)
        return Prepared(self._endpoints(config, store), base, {"reads_per_hour": reads})

    def endpoints_for(
        self, ref: AccountRef, config: Mapping[str, str], store: TokenStore
    ) -> OAuthEndpoints:
        if not config.get("client_id"):
            raise AuthExpired("X: the deployment config has no client id any more; reconnect.")
        return self._endpoints(config, store)

    def make_connector(
        self,
        ref: AccountRef,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None,
    ) -> Connector:
        from accounts.x import DEFAULT_BASE_URL, XConnector

        return XConnector(
            ref.base_url or DEFAULT_BASE_URL,
            token=token,
            refresh=refresh,
            user_id=ref.remote_id or None,
            reads_per_hour=int(ref.settings.get("reads_per_hour") or 600),
        )


class MetaSpec(NetworkSpec):
    name = "meta"
    title = "Facebook Page / Instagram"
    config_keys = ("client_id",)
    fields = (
        FieldSpec("page_id", "Facebook Page id", "123456789012345", "From the Page's About tab."),
        FieldSpec(
            "ig_user_id",
            "Instagram account id (optional)",
            "",
            "The Instagram professional account linked to the Page, if it should be read too.",
            required=False,
        ),
    )
    notes = (
        "Your browser opens Facebook Login: sign in as a Page admin and grant the Page "
        "permissions. The console then keeps the Page's own token. Replies to private messages "
        "are allowed for 24 hours after the customer's last message."
    )
    module = "accounts.meta"
    scopes = (
        "pages_show_list",
        "pages_read_engagement",
        "pages_manage_engagement",
        "pages_manage_posts",
        "pages_messaging",
        "instagram_basic",
        "instagram_manage_comments",
        "instagram_manage_messages",
    )

    def _version(self, config: Mapping[str, str]) -> str:
        from accounts.meta import DEFAULT_API_VERSION

        return config.get("api_version") or DEFAULT_API_VERSION

    def _endpoints(self, config: Mapping[str, str], store: TokenStore) -> OAuthEndpoints:
        v = self._version(config)
        graph = config.get("graph_url") or "https://graph.facebook.com"
        return OAuthEndpoints(
            authorize_url=config.get("authorize_url")
            or f"https://www.facebook.com/{v}/dialog/oauth",
            token_url=config.get("token_url") or f"{graph}/{v}/oauth/access_token",
            client_id=config["client_id"],
            client_secret=_client_secret(store, self.name),
            secret_in_body=True,
            scopes=self.scopes,
            network="Meta",
            loopback_port=int(config.get("redirect_port") or 0),
        )

    def prepare(
        self, values: Mapping[str, str], config: Mapping[str, str], store: TokenStore
    ) -> Prepared:
        page = values.get("page_id", "").strip()
        if not page.isdigit():
            raise ValueError("Enter the Facebook Page id (digits only).")
        settings: dict[str, Any] = {"page_id": page, "api_version": self._version(config)}
        ig = values.get("ig_user_id", "").strip()
        if ig:
            settings["ig_user_id"] = ig
        base = config.get("graph_url") or None
        return Prepared(self._endpoints(config, store), base, settings)

    def endpoints_for(
        self, ref: AccountRef, config: Mapping[str, str], store: TokenStore
    ) -> OAuthEndpoints:
        return self._endpoints(config, store)

    def after_authorize(
        self, tokens: TokenSet, prepared: Prepared, values: Mapping[str, str]
    ) -> TokenSet:
        """The user's token buys the Page's token (``GET /{page-id}?fields=access_token``)."""
        from accounts.meta import DEFAULT_BASE_URL, graph_error

        user_token = tokens.access_token
        client = HttpClient(
            prepared.base_url or DEFAULT_BASE_URL,
            network="Meta",
            token=lambda: user_token,
            error_hook=graph_error,
        )
        page = prepared.settings["page_id"]
        try:
            body = client.get(
                f"/{prepared.settings['api_version']}/{page}", params={"fields": "access_token"}
            )
        finally:
            client.close()
        page_token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(page_token, str) or not page_token:
            raise PermanentError(
                f"Meta gave no access to Page {page}: sign in as an admin of that Page."
            )
        # a Page token from a long-lived user token does not expire; Meta issues no refresh
        return TokenSet(access_token=page_token, obtained_at=tokens.obtained_at)

    def make_connector(
        self,
        ref: AccountRef,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None,
    ) -> Connector:
        from accounts.meta import DEFAULT_BASE_URL, MetaConnector

        return MetaConnector(
            ref.base_url or DEFAULT_BASE_URL,
            page_id=str(ref.settings.get("page_id") or ref.remote_id),
            ig_user_id=ref.settings.get("ig_user_id") or None,
            api_version=str(ref.settings.get("api_version") or "v25.0"),
            token=token,
            refresh=refresh,
        )


class LinkedInSpec(NetworkSpec):
    name = "linkedin"
    title = "LinkedIn page"
    config_keys = ("client_id",)
    fields = (
        FieldSpec(
            "organization_id",
            "Organisation id",
            "2414183",
            "The number in the page admin address linkedin.com/company/<id>/admin.",
        ),
    )
    notes = (
        "Your browser opens LinkedIn: sign in as an admin of the organisation page. LinkedIn has "
        "no direct messages for pages; comments and replies only."
    )
    module = "accounts.linkedin"
    scopes = ("r_organization_social", "w_organization_social", "rw_organization_admin")

    def _endpoints(self, config: Mapping[str, str], store: TokenStore) -> OAuthEndpoints:
        return OAuthEndpoints(
            authorize_url=config.get("authorize_url")
            or "https://www.linkedin.com/oauth/v2/authorization",
            token_url=config.get("token_url") or "https://www.linkedin.com/oauth/v2/accessToken",
            revoke_url=config.get("revoke_url") or "https://www.linkedin.com/oauth/v2/revoke",
            client_id=config["client_id"],
            client_secret=_client_secret(store, self.name),
            secret_in_body=True,
            scopes=self.scopes,
            network="LinkedIn",
            loopback_port=int(config.get("redirect_port") or 0),
        )

    def prepare(
        self, values: Mapping[str, str], config: Mapping[str, str], store: TokenStore
    ) -> Prepared:
        org = values.get("organization_id", "").strip().rsplit(":", 1)[-1]
        if not org.isdigit():
            raise ValueError("Enter the LinkedIn organisation id (digits only).")
        base = config.get("api_url") or None
        return Prepared(self._endpoints(config, store), base, {"organization_id": org})

    def endpoints_for(
        self, ref: AccountRef, config: Mapping[str, str], store: TokenStore
    ) -> OAuthEndpoints:
        return self._endpoints(config, store)

    def make_connector(
        self,
        ref: AccountRef,
        token: Callable[[], str | None],
        refresh: Callable[[], bool] | None,
    ) -> Connector:
        from accounts.linkedin import DEFAULT_BASE_URL, LinkedInConnector

        return LinkedInConnector(
            ref.base_url or DEFAULT_BASE_URL,
            organization_id=str(ref.settings.get("organization_id") or ref.remote_id),
            token=token,
            refresh=refresh,
        )


class BlueskySpec(NetworkSpec):
    """App-password sign-in; the session's two JWTs live in the keyring as a TokenSet.

    The access JWT is the TokenSet's access token and the refresh JWT its refresh token; the
    DID, handle and PDS address are not secret and live in the account row (remote id, handle,
    base URL), so the keyring entry has the same shape for every network. The app password
    itself is used once, to sign in, and is not kept.
    """

    name = "bluesky"
    title = "Bluesky"
    sign_in = SignIn.APP_PASSWORD
    fields = (
        FieldSpec("handle", "Handle", "brand.bsky.social", "The brand account's handle or DID."),
        FieldSpec(
            "app_password",
            "App password (optional)",
            "xxxx-xxxx-xxxx-xxxx",
            "Leave empty to sign in in the browser (OAuth), where the server offers it. "
            "Otherwise create one in Bluesky under Settings → Privacy and security → App "
            "passwords; it is used once to sign in and is not stored.",
            secret=True,
            required=False,
        ),
        FieldSpec(
            "service",
            "Server (optional)",
            "https://bsky.social",
            "Only for accounts on their own PDS.",
            required=False,
        ),
    )
    notes = (
        "With no app password, your browser opens the account's server to sign in (AT "
        "Protocol OAuth). Bluesky direct messages are not available to apps either way."
    )
    module = "accounts.bluesky"

    def sign_in_with_password(
        self, values: Mapping[str, str]
    ) -> tuple[Profile, str | None, TokenSet, dict[str, Any]]:
        from accounts.bluesky import BlueskyConnector, BlueskySession

        handle = values.get("handle", "").strip().lstrip("@")
        password = values.get("app_password", "")
        if not handle or not password:
            raise ValueError("Enter the handle and an app password.")
        service = _normalise_url(values.get("service") or "https://bsky.social", "server")
        conn = BlueskyConnector(service, identifier=handle, app_password=password)
        try:
            profile = conn.sign_in()
            session = BlueskySession.from_dict(conn.export_session())
        finally:
            conn.close()
        return profile, session.service or service, session.to_token_set(), {}

    def sign_in_with_browser(
        self,
        values: Mapping[str, str],
        store: TokenStore,
        key: str,
        open_browser: Callable[[str], object],
        timeout: float,
    ) -> tuple[Profile, str | None]:
        """AT Protocol OAuth (PAR, PKCE, DPoP): used when no app password is given."""
        from accounts.atproto_oauth import AtprotoAuthorization, AtprotoOAuthTokens
        from accounts.bluesky import BlueskyConnector

        handle = values.get("handle", "").strip().lstrip("@")
        if not handle:
            raise ValueError("Enter the handle.")
        service = _normalise_url(values.get("service") or "https://bsky.social", "server")
        flow = AtprotoAuthorization(
            service, handle=handle, open_browser=open_browser, timeout=timeout
        )
        tokens = AtprotoOAuthTokens.connect(store, key, flow, name=handle)
        conn = BlueskyConnector(tokens.session.pds, oauth=tokens)
        try:
            profile = conn.profile()
        finally:
            conn.close()
        return profile, tokens.session.pds

    def make_session_connector(
        self,
        ref: AccountRef,
        tokens: TokenSet,
        save: Callable[[TokenSet], None],
        load: Callable[[], TokenSet | None] | None = None,
        refresh_lock: Any = None,
    ) -> Connector:
        from accounts.bluesky import BlueskyConnector, BlueskySession

        def reload() -> BlueskySession | None:
            stored = load() if load is not None else None
            if stored is None or not stored.refresh_token or not ref.base_url:
                return None
            return BlueskySession.from_token_set(
                stored, did=ref.remote_id, handle=ref.handle, service=ref.base_url
            )

        def on_session(data: dict[str, str]) -> None:
            # every refresh rotates the refresh JWT: into the keyring at once
            save(BlueskySession.from_dict(data).to_token_set())

        assert ref.base_url
        session = BlueskySession.from_token_set(
            tokens, did=ref.remote_id, handle=ref.handle, service=ref.base_url
        )
        return BlueskyConnector(
            ref.base_url,
            session=session,
            on_session=on_session,
            reload_session=reload,
            refresh_lock=refresh_lock,
        )


DEFAULT_SPECS: tuple[NetworkSpec, ...] = (
    MastodonSpec(),
    BlueskySpec(),
    XSpec(),
    MetaSpec(),
    LinkedInSpec(),
)


# --------------------------------------------------------------------------- the registry


class ConnectAttempt:
    """One "Connect account" in progress: :meth:`run` blocks (run it off the UI thread),
    :meth:`cancel` may be called from any thread and ends the wait for the browser."""

    def __init__(
        self,
        registry: Registry,
        spec: NetworkSpec,
        values: Mapping[str, str],
        key: str,
        open_browser: Callable[[str], object],
        timeout: float,
    ) -> None:
        self.registry = registry
        self.spec = spec
        self.values = dict(values)
        self.key = key
        self._open_browser = open_browser
        self._timeout = timeout
        self._flow: AuthorizationFlow | None = None
        self._cancelled = threading.Event()
        #: what the attempt is doing now, in words, for the progress line
        self.stage = "starting"

    def cancel(self) -> None:
        self._cancelled.set()
        flow = self._flow
        if flow is not None:
            flow.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _check_cancel(self) -> None:
        if self._cancelled.is_set():
            raise ConnectCancelled("The connection was cancelled; nothing was connected.")

    def run(self) -> Connected:
        store = self.registry.store
        store.check()  # no keyring: refuse before anything is registered or opened
        if self.spec.sign_in == SignIn.APP_PASSWORD:
            return self._run_password(store)
        return self._run_oauth(store)

    def _run_password(self, store: TokenStore) -> Connected:
        browser = getattr(self.spec, "sign_in_with_browser", None)
        if browser is not None and not str(self.values.get("app_password", "")).strip():
            self.stage = "waiting for the browser"
            profile, base_url = browser(
                self.values, store, self.key, self._open_browser, self._timeout
            )
            self._check_cancel()
            return Connected(
                self.key,
                self.spec.name,
                profile,
                base_url,
                {"sign_in": "oauth"},
                f"Connected {profile.handle} on {self.spec.title} (signed in with OAuth).",
            )
        self.stage = "signing in"
        profile, base_url, tokens, settings = self.spec.sign_in_with_password(self.values)
        self._check_cancel()
        store.save(self.key, tokens)
        return Connected(
            self.key,
            self.spec.name,
            profile,
            base_url,
            settings,
            f"Connected {profile.handle} on {self.spec.title}.",
        )

    def _run_oauth(self, store: TokenStore) -> Connected:
        config = self.registry.config_for(self.spec.name)
        self.stage = "registering the app"
        prepared = self.spec.prepare(self.values, config, store)
        self._check_cancel()
        if prepared.account_client_secret is not None:
            store.save_secret(self.key + CLIENT_SUFFIX, prepared.account_client_secret)
        manager = TokenManager(prepared.endpoints, store, self.key)
        try:
            self.stage = "waiting for the browser"
            flow = AuthorizationFlow(
                prepared.endpoints,
                open_browser=self._open_browser,
                timeout=self._timeout,
                response_hooks=manager.http.hooks["response"],
            )
            self._flow = flow
            if self._cancelled.is_set():
                flow.cancel()
            try:
                tokens = manager.connect(flow=flow)
            except OAuthError:
                if self._cancelled.is_set():
                    raise ConnectCancelled(
                        "The connection was cancelled; nothing was connected."
                    ) from None
                raise
            self.stage = "reading the account"
            final = self.spec.after_authorize(tokens, prepared, self.values)
            if final is not tokens:
                store.save(self.key, final)
            ref = AccountRef(self.key, self.spec.name, prepared.base_url, "", "", prepared.settings)
            # a fresh manager reads what the keyring now holds (the Page token, for Meta)
            reader = TokenManager(prepared.endpoints, store, self.key)
            connector = self.spec.make_connector(ref, reader.token, reader.refresh)
            try:
                profile = connector.profile()
            finally:
                connector.close()
                reader.close()
            self._check_cancel()
        except BaseException:
            # nothing half-connected stays behind: revoke what was issued, empty the keyring
            self._undo(manager)
            raise
        finally:
            manager.close()
        return Connected(
            self.key,
            self.spec.name,
            profile,
            prepared.base_url,
            dict(prepared.settings),
            f"Connected {profile.handle} on {self.spec.title}.",
        )

    def _undo(self, manager: TokenManager) -> None:
        try:
            if manager.store.has(self.key):
                manager.disconnect()
            manager.store.delete(self.key + CLIENT_SUFFIX)
        except ConnectorError as exc:
            log.warning("could not clean up after a failed connection of %s: %s", self.key, exc)


class Registry:
    """The networks on offer, their deployment config, and the keyring they use."""

    def __init__(
        self,
        store: TokenStore,
        *,
        config: DeploymentConfig | None = None,
        specs: Sequence[NetworkSpec] = DEFAULT_SPECS,
        refresh_lock: RefreshLock | None = None,
    ) -> None:
        self.store = store
        #: held around every renewal, besides the OS lock (the database's, across workstations)
        self.refresh_lock = refresh_lock
        self.config: dict[str, dict[str, str]] = {k: dict(v) for k, v in (config or {}).items()}
        self._specs = {s.name: s for s in specs}

    def with_specs(self, *extra: NetworkSpec) -> Registry:
        return Registry(
            self.store,
            config=self.config,
            specs=[*self._specs.values(), *extra],
            refresh_lock=self.refresh_lock,
        )

    def config_for(self, network: str) -> dict[str, str]:
        return self.config.get(network, {})

    def networks(self) -> list[NetworkSpec]:
        return list(self._specs.values())

    def spec(self, network: str) -> NetworkSpec:
        try:
            return self._specs[network]
        except KeyError:
            raise PermanentError(f"The console cannot connect '{network}' accounts.") from None

    def unavailable(self, network: str) -> str | None:
        spec = self.spec(network)
        return spec.unavailable(self.config_for(network), self.store)

    def new_key(self, network: str) -> str:
        return account_key(network, uuid.uuid4().hex)

    def begin(
        self,
        network: str,
        values: Mapping[str, str],
        *,
        key: str | None = None,
        open_browser: Callable[[str], object] = webbrowser.open,
        timeout: float = AUTHORIZATION_TIMEOUT,
    ) -> ConnectAttempt:
        """An attempt to connect (``key`` given: reconnect that account's keyring entry)."""
        spec = self.spec(network)
        why = spec.unavailable(self.config_for(network), self.store)
        if why:
            raise PermanentError(why)
        for f in spec.fields:
            if f.required and not str(values.get(f.name, "")).strip():
                raise ValueError(f"Enter the {f.label.lower()}.")
        return ConnectAttempt(
            self, spec, values, key or self.new_key(network), open_browser, timeout
        )

    # -- accounts that exist ------------------------------------------------------------

    def has_token(self, ref: AccountRef) -> bool:
        """Whether this computer's keyring holds the account's entry (so it can sync here)."""
        try:
            return self.store.has(ref.key)
        except TokenStoreError:
            return False

    def token_manager(self, ref: AccountRef) -> TokenManager:
        spec = self.spec(ref.network)
        endpoints = spec.endpoints_for(ref, self.config_for(ref.network), self.store)
        return TokenManager(
            endpoints,
            self.store,
            ref.key,
            name=ref.handle or None,
            refresh_lock=chain(FileRefreshLock(), self.refresh_lock),
        )

    def build(self, ref: AccountRef) -> Connector:
        """A working connector for an existing account, from its row and its keyring entry."""
        spec = self.spec(ref.network)
        if spec.sign_in == SignIn.APP_PASSWORD and ref.settings.get("sign_in") == "oauth":
            from accounts.atproto_oauth import AtprotoOAuthTokens
            from accounts.bluesky import BlueskyConnector

            oauth = AtprotoOAuthTokens.load(
                self.store,
                ref.key,
                name=ref.handle or None,
                refresh_lock=chain(FileRefreshLock(), self.refresh_lock),
            )
            return BlueskyConnector(ref.base_url or oauth.session.pds, oauth=oauth)
        if spec.sign_in == SignIn.APP_PASSWORD:
            tokens = self.store.load(ref.key)
            if tokens is None:
                raise AuthExpired(
                    f"{ref.handle or 'the account'}: no session in this computer's keyring"
                )
            lock = chain(FileRefreshLock(), self.refresh_lock)
            return spec.make_session_connector(
                ref,
                tokens,
                lambda new: self.store.save(ref.key, new),
                lambda: self.store.load(ref.key),
                lambda _did: lock(ref.key),
            )
        manager = self.token_manager(ref)
        connector = spec.make_connector(ref, manager.token, manager.refresh)
        _attach_close(connector, manager)
        return connector

    def disconnect(self, ref: AccountRef) -> Disconnected:
        """Revoke at the network where it allows, then delete every keyring entry of it."""
        spec = self.spec(ref.network)
        try:
            if spec.sign_in == SignIn.APP_PASSWORD:
                self.store.delete(ref.key)
                self.store.delete(ref.key + "#dpop")
                return Disconnected(
                    False,
                    f"Disconnected {ref.handle or 'the account'}: its session was removed from the "
                    f"keyring. Delete the app password in {spec.title}'s settings as well.",
                )
            try:
                manager = self.token_manager(ref)
            except (AuthExpired, TokenStoreError) as exc:
                self.store.delete(ref.key)
                return Disconnected(False, f"Removed the token from the keyring ({exc}).")
            try:
                return manager.disconnect()
            finally:
                manager.close()
        finally:
            self.store.delete(ref.key + CLIENT_SUFFIX)


def _attach_close(connector: Connector, manager: TokenManager) -> None:
    """Closing the connector also closes its token manager's session."""
    original = connector.close

    def close() -> None:
        try:
            original()
        finally:
            manager.close()

    connector.close = close  # type: ignore[method-assign]


def ref_with(ref: AccountRef, **changes: Any) -> AccountRef:
    return replace(ref, **changes)
