"""Where the console keeps things and which database it uses.

The database URL is resolved once, in a fixed order that IT can rely on when rolling out many
workstations: the ``--db`` flag, then the ``SOCIAL_CONSOLE_DB`` environment variable, then
``[database] url`` in the user's ``config.ini``, then the machine-wide ``config.ini`` IT deploys
(``/etc/social-console/config.ini`` on Linux), then the embedded SQLite file in the user data
directory.

The machine-wide file gives every user of the computer the same defaults, and its ``[locked]``
section pins settings: a locked setting is taken from that file whatever the user's own file, the
environment or a flag says (a workstation fleet then cannot drift to another database or update
channel). The only exception is IT's own tooling, ``migrate`` and ``admin``, which may be pointed
at a database with ``--db``.
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "social-console"
APP_AUTHOR = "SocialConsole"
ENV_DB = "SOCIAL_CONSOLE_DB"
ENV_HOME = "SOCIAL_CONSOLE_HOME"
#: where the machine-wide file is read from instead of the platform's place (tests, odd layouts)
ENV_SYSTEM_CONFIG = "SOCIAL_CONSOLE_SYSTEM_CONFIG"
#: the update channels IT may choose; the console does not update itself yet, it reports it
UPDATE_CHANNELS = ("stable", "beta", "pinned")


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
    source: str  # "flag", "environment", "config file", "system config", "locked by IT", "default"
    #: a value the person gave that a lock set aside, said once on stderr by the caller
    overridden: str = ""


def system_config_file() -> Path:
    """The machine-wide file IT deploys (the .deb ships a commented template there)."""
    env = os.environ.get(ENV_SYSTEM_CONFIG)
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA", r"C:\ProgramData")
        return Path(base) / APP_AUTHOR / "config.ini"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "config.ini"
    return Path("/etc") / APP_NAME / "config.ini"


def _parse(path: Path) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=None)
    if path.exists():
        try:
            cp.read(path, encoding="utf-8")
        except (configparser.Error, OSError, UnicodeDecodeError) as exc:
            # an unreadable file is said, never a traceback: the console runs on defaults
            print(f"social-console: {path} is not readable and was ignored: {exc}", file=sys.stderr)
            return configparser.ConfigParser(interpolation=None)
    return cp


@dataclass(frozen=True)
class Settings:
    """The user's config.ini over IT's machine-wide one, except where IT locked a setting."""

    system: configparser.ConfigParser
    user: configparser.ConfigParser
    locked: frozenset[tuple[str, str]]
    system_file: Path

    def is_locked(self, section: str, key: str) -> bool:
        return (section, key) in self.locked

    def get(self, section: str, key: str, fallback: str = "") -> str:
        if not self.is_locked(section, key) and self.user.has_option(section, key):
            return self.user.get(section, key).strip()
        return self.system.get(section, key, fallback=fallback).strip()

    def merged(self) -> configparser.ConfigParser:
        """One parser holding what applies, for readers that walk sections."""
        out = configparser.ConfigParser(interpolation=None)
        for cp in (self.system, self.user):
            for section in cp.sections():
                if section == "locked":
                    continue
                if not out.has_section(section):
                    out.add_section(section)
                for key, value in cp.items(section):
                    if cp is self.user and self.is_locked(section, key):
                        continue
                    out.set(section, key, value)
        return out


def _locked_keys(system: configparser.ConfigParser) -> frozenset[tuple[str, str]]:
    """``[locked]`` lines ``section.key = yes``; the section may itself hold dots (network.x)."""
    out = set()
    if system.has_section("locked"):
        for dotted, value in system.items("locked"):
            section, _, key = dotted.rpartition(".")
            if section and key and value.strip().lower() in ("yes", "true", "1", "on"):
                out.add((section, key))
    return frozenset(out)


def load_settings(p: Paths | None = None, system_file: Path | None = None) -> Settings:
    p = p or paths()
    sf = system_file or system_config_file()
    system = _parse(sf)
    return Settings(system, _parse(p.config_file), _locked_keys(system), sf)


def read_config(p: Paths) -> configparser.ConfigParser:
    return load_settings(p).merged()


def update_channel(settings: Settings | None = None) -> str:
    value = (settings or load_settings()).get("updates", "channel", "stable").lower()
    return value if value in UPDATE_CHANNELS else "stable"


def resolve_db_url(
    flag: str | None,
    p: Paths | None = None,
    *,
    settings: Settings | None = None,
    it_tool: bool = False,
) -> DbChoice:
    """``it_tool``: migrate and admin, which IT points at a database on purpose."""
    p = p or paths()
    s = settings or load_settings(p)
    env = os.environ.get(ENV_DB)
    if s.is_locked("database", "url") and not it_tool:
        url = s.get("database", "url")
        if url:
            given = flag or env or s.user.get("database", "url", fallback="").strip()
            overridden = given if given and given != url else ""
            return DbChoice(url, "locked by IT", overridden)
    if flag:
        return DbChoice(flag, "flag")
    if env:
        return DbChoice(env, "environment")
    if s.user.get("database", "url", fallback="").strip():
        return DbChoice(s.user.get("database", "url").strip(), "config file")
    url = s.system.get("database", "url", fallback="").strip()
    if url:
        return DbChoice(url, "system config")
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
