"""Brand accounts for IT: connect, reconnect, disconnect, and each account's state in words.

Connecting runs in two halves. :func:`begin_connect` checks the permission and the keyring and
returns a :class:`~accounts.registry.ConnectAttempt` the UI can cancel; :func:`complete_connect`
runs it (browser, code exchange, profile — blocking, so off the UI thread) and then writes the
account row, its audit event and its change event in one transaction. Only non-secret fields
reach the row; the tokens are in the keyring before the row exists, and are revoked and removed
again if the row cannot be written, so a failure leaves nothing half-connected.
"""

from __future__ import annotations

import configparser
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from accounts.base import ConnectorError
from accounts.token_store import KeyringUnavailable, TokenStore
from app.config import Paths, paths, read_config
from app.db import changes
from app.db.locks import lock_holders
from app.db.models import (
    AccountStatus,
    BrandAccount,
    SyncProgress,
    Team,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission

if TYPE_CHECKING:  # the registry brings the HTTP and OAuth stacks: loaded when first used
    from accounts.registry import AccountRef, ConnectAttempt, Connected, Registry

log = logging.getLogger(__name__)

#: an account synced within this long counts as "syncing" (a worker is on it)
FRESH_SYNC = timedelta(minutes=2)


# --------------------------------------------------------------------------- configuration


def deployment_config(p: Paths | None = None) -> dict[str, dict[str, str]]:
    """``[network.<name>]`` sections of config.ini: the company's app registrations (no secrets).

    A client secret found there is ignored with a warning: secrets belong in the keyring.
    """
    cp: configparser.ConfigParser = read_config(p or paths())
    out: dict[str, dict[str, str]] = {}
    for section in cp.sections():
        if not section.startswith("network."):
            continue
        values = dict(cp.items(section))
        if "client_secret" in values:
            values.pop("client_secret")
            log.warning(
                "ignored client_secret in [%s] of the config file: put it in the keyring "
                "(keyring set social-console client:%s)",
                section,
                section.removeprefix("network."),
            )
        out[section.removeprefix("network.")] = values
    return out


def make_registry(
    store: TokenStore | None = None,
    config: dict[str, dict[str, str]] | None = None,
    engine: Engine | None = None,
) -> Registry:
    """The registry; given the database engine, token renewals also lock across workstations."""
    from accounts.registry import Registry
    from app.db.locks import refresh_lock

    return Registry(
        store or TokenStore(),
        config=deployment_config() if config is None else config,
        refresh_lock=refresh_lock(engine) if engine is not None else None,
    )


def ref_of(account: BrandAccount) -> AccountRef:
    from accounts.registry import AccountRef

    return AccountRef(
        key=account.key,
        network=account.network,
        base_url=account.base_url,
        remote_id=account.remote_id,
        handle=account.handle,
        settings=dict(account.settings or {}),
    )


# --------------------------------------------------------------------------- state in words


def describe_state(
    account: BrandAccount, *, now: datetime | None = None, holder: str | None = None
) -> tuple[str, str]:
    """(state, words): the state code the list sorts and colours by, and what IT reads."""
    now = now or utcnow()
    status = account.status
    if status == AccountStatus.DISCONNECTED:
        return "disconnected", "Disconnected" + (
            f" — {account.status_reason}" if account.status_reason else ""
        )
    if status == AccountStatus.NEEDS_RECONNECT:
        return "needs_reconnect", f"Needs reconnect — {account.status_reason or 'access ended'}"
    until = account.rate_limited_until
    if status == AccountStatus.RATE_LIMITED and until is not None and until > now:
        local = until.astimezone()
        return "rate_limited", f"Rate limited until {local:%H:%M}"
    last = account.last_sync_at
    where = f" on {holder}" if holder else ""
    if holder or (last is not None and now - last <= FRESH_SYNC):
        when = f", last checked {last.astimezone():%H:%M:%S}" if last else ""
        words = f"Syncing{where}{when}"
        if account.status_reason:
            words += f" — last problem: {account.status_reason}"
        return "syncing", words
    if last is None:
        return "connected", "Connected — not synced yet (no worker has its token running)"
    return (
        "connected",
        f"Connected — last synced {last.astimezone():%Y-%m-%d %H:%M}; no worker is on it now",
    )


@dataclass(frozen=True)
class AccountRow:
    """One line of the IT accounts list."""

    id: int
    network: str
    handle: str
    display_name: str
    state: str
    state_words: str
    reason: str | None
    token_here: bool
    budget: str
    base_url: str | None
    #: "Catching up: 1,240 of about 3,000" while a backfill or catch-up runs, else ""
    catching_up: str = ""


def _budget_words(account: BrandAccount, live: Any = None) -> str:
    if account.network != "x":
        return ""
    per_hour = int((account.settings or {}).get("reads_per_hour") or 600)
    text = f"Read budget {per_hour}/hour"
    if live is not None:
        text += f" — {live.used} used, resets {live.resets_at.astimezone():%H:%M}"
    return text


def catching_up_words(row: SyncProgress | None) -> str:
    """The progress line of a running backfill or catch-up; "" when none runs."""
    if row is None or row.finished_at is not None:
        return ""
    if row.about is not None and row.about > row.fetched:
        return f"Catching up: {row.fetched:,} of about {row.about:,}"
    noun = "item" if row.fetched == 1 else "items"
    return f"Catching up: {row.fetched:,} {noun} so far"


def list_accounts(
    session: Session,
    actor: Actor,
    registry: Registry | None = None,
    *,
    budgets: dict[int, Any] | None = None,
    include_disconnected: bool = True,
) -> list[AccountRow]:
    """Every brand account of the workspace, with its state in words (IT only)."""
    actor.require(Permission.MANAGE_ACCOUNTS)
    q = select(BrandAccount).where(BrandAccount.workspace_id == actor.workspace_id)
    if not include_disconnected:
        q = q.where(BrandAccount.status != AccountStatus.DISCONNECTED)
    holders = lock_holders(session)
    progress = {p.brand_account_id: p for p in session.scalars(select(SyncProgress))}
    now = utcnow()
    rows = []
    for a in session.scalars(q.order_by(BrandAccount.network, BrandAccount.handle)):
        state, words = describe_state(a, now=now, holder=holders.get(a.id))
        here = registry.has_token(ref_of(a)) if registry and a.network != "demo" else False
        rows.append(
            AccountRow(
                id=a.id,
                network=a.network,
                handle=a.handle,
                display_name=a.display_name,
                state=state,
                state_words=words,
                reason=a.status_reason,
                token_here=here,
                budget=_budget_words(a, (budgets or {}).get(a.id)),
                base_url=a.base_url,
                catching_up=catching_up_words(progress.get(a.id)),
            )
        )
    return rows


# --------------------------------------------------------------------------- connect


def _require(actor: Actor, account_id: int | None = None) -> None:
    if not actor.can(Permission.MANAGE_ACCOUNTS, account_id=account_id):
        raise AccessDenied("You do not have the permission to manage brand accounts.")


def begin_connect(
    actor: Actor,
    registry: Registry,
    network: str,
    values: dict[str, str],
    **kw: Any,
) -> ConnectAttempt:
    """Check who asks and that this computer can keep a token, then hand back the attempt."""
    _require(actor)
    registry.store.check()  # KeyringUnavailable: said in words, nothing registered or stored
    return registry.begin(network, values, **kw)


@dataclass(frozen=True)
class ConnectOutcome:
    account_id: int
    created: bool
    message: str


def _default_team(session: Session, workspace_id: int) -> int | None:
    return session.scalar(
        select(Team.id)
        .where(Team.workspace_id == workspace_id, Team.department == "support")
        .order_by(Team.id)
        .limit(1)
    )


def complete_connect(
    factory: sessionmaker[Session],
    actor: Actor,
    attempt: ConnectAttempt,
    *,
    reconnect_id: int | None = None,
    origin: str | None = None,
) -> ConnectOutcome:
    """Run the attempt (blocking) and store the account; on any failure nothing is kept."""
    _require(actor, reconnect_id)
    connected = attempt.run()
    try:
        return _store_connected(factory, actor, attempt.registry, connected, reconnect_id, origin)
    except BaseException:
        # tokens without a row would be orphans nobody can disconnect: revoke and remove them
        from accounts.registry import AccountRef

        try:
            attempt.registry.disconnect(
                AccountRef(
                    connected.key,
                    connected.network,
                    connected.base_url,
                    connected.profile.remote_id,
                    connected.profile.handle,
                    connected.settings,
                )
            )
        except ConnectorError as exc:
            log.warning("could not undo the connection of %s: %s", connected.key, exc)
        raise


def _store_connected(
    factory: sessionmaker[Session],
    actor: Actor,
    registry: Registry,
    connected: Connected,
    reconnect_id: int | None,
    origin: str | None,
) -> ConnectOutcome:
    profile = connected.profile
    old_key: str | None = None
    with factory() as session, session.begin():
        account = session.scalar(
            select(BrandAccount).where(
                BrandAccount.network == connected.network,
                BrandAccount.remote_id == profile.remote_id,
            )
        )
        if reconnect_id is not None:
            target = session.get(BrandAccount, reconnect_id)
            if target is None or target.workspace_id != actor.workspace_id:
                raise AccessDenied("That brand account no longer exists.")
            if (
                account is not None
                and account.id != target.id
                or (target.remote_id != profile.remote_id)
            ):
                raise ConnectorError(
                    f"You signed in as {profile.handle}, not as {target.handle}; nothing was "
                    "changed. Sign in as the account you are reconnecting."
                )
            account = target
        if account is not None and account.workspace_id != actor.workspace_id:
            raise AccessDenied("That account is connected in another workspace.")
        created = account is None
        if account is None:
            settings = dict(connected.settings)
            team = _default_team(session, actor.workspace_id)
            if team is not None:
                settings.setdefault("default_team_id", team)
            account = BrandAccount(
                workspace_id=actor.workspace_id,
                key=connected.key,
                network=connected.network,
                handle=profile.handle,
                display_name=profile.display_name or "",
                remote_id=profile.remote_id,
                base_url=connected.base_url,
                settings=settings,
            )
            session.add(account)
        else:
            if account.key != connected.key:
                old_key = account.key
            account.key = connected.key
            account.handle = profile.handle
            account.display_name = profile.display_name or ""
            account.base_url = connected.base_url
            account.settings = {**(account.settings or {}), **connected.settings}
        account.status = AccountStatus.CONNECTED
        account.status_reason = None
        account.rate_limited_until = None
        session.flush()
        audit.record(
            session,
            "account_connected" if created else "account_reconnected",
            actor=actor,
            target_type="brand_account",
            target_id=account.id,
            network=connected.network,
            handle=account.handle,
        )
        changes.publish(session, "account", [account.id], origin)
        account_id = account.id
    if old_key is not None:
        # the entry of the previous connection, on this computer (the new one replaced it)
        try:
            registry.store.delete(old_key)
            registry.store.delete(old_key + "#client")
        except ConnectorError as exc:
            log.warning("could not remove the old keyring entry %s: %s", old_key, exc)
    verb = "Connected" if created else "Reconnected"
    return ConnectOutcome(
        account_id, created, f"{verb} {profile.handle} ({connected.network}). {_where_synced()}"
    )


def _where_synced() -> str:
    return (
        "Its token is in this computer's keyring: this computer (or a worker started here) "
        "syncs it."
    )


# --------------------------------------------------------------------------- disconnect


@dataclass(frozen=True)
class DisconnectOutcome:
    revoked: bool
    message: str


def disconnect_account(
    factory: sessionmaker[Session],
    actor: Actor,
    registry: Registry,
    account_id: int,
    *,
    origin: str | None = None,
) -> DisconnectOutcome:
    """Revoke the token, delete the keyring entry, mark the account disconnected, audit it.

    Messages already ingested stay: disconnecting stops the flow, it does not erase history.
    """
    _require(actor, account_id)
    with factory() as session:
        account = session.get(BrandAccount, account_id)
        if account is None or account.workspace_id != actor.workspace_id:
            raise AccessDenied("That brand account does not exist.")
        ref = ref_of(account)
    try:
        done = registry.disconnect(ref)
        revoked, message = done.revoked, done.message
    except KeyringUnavailable as exc:
        revoked = False
        message = (
            f"Marked {ref.handle} disconnected. {exc} A computer that holds its token removes "
            "it (and revokes it) the next time its worker runs."
        )
    with factory() as session, session.begin():
        account = session.get(BrandAccount, account_id)
        assert account is not None
        account.status = AccountStatus.DISCONNECTED
        account.status_reason = f"disconnected by {actor.display_name}"
        account.rate_limited_until = None
        audit.record(
            session,
            "account_disconnected",
            actor=actor,
            target_type="brand_account",
            target_id=account_id,
            network=account.network,
            handle=account.handle,
            revoked=revoked,
        )
        changes.publish(session, "account", [account_id], origin)
    return DisconnectOutcome(revoked, message)


def set_read_budget(
    factory: sessionmaker[Session],
    actor: Actor,
    account_id: int,
    reads_per_hour: int,
    *,
    origin: str | None = None,
) -> None:
    """IT sets how many X reads an account may spend per hour (X bills per read)."""
    _require(actor, account_id)
    if not 1 <= reads_per_hour <= 1_000_000:
        raise ValueError("The read budget must be between 1 and 1,000,000 reads per hour.")
    with factory() as session, session.begin():
        account = session.get(BrandAccount, account_id)
        if account is None or account.workspace_id != actor.workspace_id:
            raise AccessDenied("That brand account does not exist.")
        account.settings = {**(account.settings or {}), "reads_per_hour": reads_per_hour}
        audit.record(
            session,
            "account_budget_changed",
            actor=actor,
            target_type="brand_account",
            target_id=account_id,
            reads_per_hour=reads_per_hour,
        )
        changes.publish(session, "account", [account_id], origin)


# --------------------------------------------------------------------------- telling IT
