"""Where the console keeps things and which database it uses.

The database URL is resolved once, in a fixed order that IT can rely on when rolling out many
workstations: the ``--db`` flag, then the ``SOCIAL_CONSOLE_DB`` environment variable, then
``db_url`` in ``config.ini`` in the platform config directory, then the embedded SQLite file in
the user data directory.
"""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "social-console"
APP_AUTHOR = "SocialConsole"
ENV_DB = "SOCIAL_CONSOLE_DB"
ENV_HOME = "SOCIAL_CONSOLE_HOME"


@dataclass(frozen=True)
class Paths:
    """The directories the console writes to; ``SOCIAL_CONSOLE_HOME`` puts all of them in one."""

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.ini"

    @property
    def default_db_file(self) -> Path:
        return self.data_dir / "console.db"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "console.log"

    def ensure(self) -> None:
        for d in (self.config_dir, self.data_dir, self.log_dir):
            d.mkdir(parents=True, exist_ok=True)


def paths() -> Paths:
    home = os.environ.get(ENV_HOME)
    if home:
        base = Path(home)
        return Paths(base / "config", base / "data", base / "logs")
    return Paths(
        Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


@dataclass(frozen=True)
class DbChoice:
    url: str
    source: str  # "flag", "environment", "config file", "default"


def read_config(p: Paths) -> configparser.ConfigParser:
    cp = configparser.ConfigParser()
    if p.config_file.exists():
        cp.read(p.config_file, encoding="utf-8")
    return cp


def resolve_db_url(flag: str | None, p: Paths | None = None) -> DbChoice:
    if flag:
        return DbChoice(flag, "flag")
    env = os.environ.get(ENV_DB)
    if env:
        return DbChoice(env, "environment")
    p = p or paths()
    cp = read_config(p)
    url = cp.get("database", "url", fallback="").strip()
    if url:
        return DbChoice(url, "config file")
    return DbChoice(f"sqlite:///{p.default_db_file}", "default")


def describe_url(url: str) -> str:
    """The URL as it may be shown on screen or in a log: never with a password."""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 - an unparsable URL is described, not raised
        return "an unreadable database address"
    if u.get_backend_name() == "sqlite":
        return f"SQLite {u.database or 'in memory'}"
    host = u.host or "local socket"
    port = f":{u.port}" if u.port else ""
    user = f"{u.username}@" if u.username else ""
    return f"PostgreSQL {user}{host}{port}/{u.database or ''}"


ENV_REPLICA = "SOCIAL_CONSOLE_REPLICA"


def resolve_replica_url(flag: str | None = None, p: Paths | None = None) -> str | None:
    """The hot standby for reports, exports and search: ``--replica``, then
    ``$SOCIAL_CONSOLE_REPLICA``, then ``[database] replica_url``; None when there is none."""
    if flag:
        return flag
    env = os.environ.get(ENV_REPLICA)
    if env:
        return env
    url = read_config(p or paths()).get("database", "replica_url", fallback="").strip()
    return url or None
