"""A throwaway PostgreSQL cluster for the tests, started from the installed server binaries.

initdb refuses to run as root, so when we are root the server runs as the ``postgres`` system
user (created by the Debian package) with data and socket directories it owns. The cluster
listens on 127.0.0.1 on a free port and on a private Unix socket; it is stopped (fast) at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "test-superuser-pw"


def find_bindir() -> Path:
    """The newest installed PostgreSQL's bin directory (Debian layout first, then PATH)."""
    env = os.environ.get("PG_BINDIR")
    if env:
        return Path(env)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if candidates:
        return Path(candidates[-1])
    pg_ctl = shutil.which("pg_ctl")
    if pg_ctl:
        return Path(pg_ctl).parent
    raise RuntimeError("PostgreSQL server binaries not found (install postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *cmd]
    return cmd


@dataclass
class PgCluster:
    """A running cluster: ``url(db)`` gives a SQLAlchemy URL as the superuser over TCP."""

    base: Path
    port: int
    bindir: Path

    @property
    def datadir(self) -> Path:
        return self.base / "data"

    def url(
        self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        pw = SUPERUSER_PASSWORD if password is None and user == SUPERUSER else password
        auth = f"{user}:{pw}@" if pw else f"{user}@"
        return f"postgresql+psycopg://{auth}127.0.0.1:{self.port}/{dbname}"

    def conninfo(
        self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        pw = SUPERUSER_PASSWORD if password is None and user == SUPERUSER else password
        parts = [f"host=127.0.0.1 port={self.port} dbname={dbname} user={user}"]
        if pw:
            parts.append(f"password={pw}")
        return " ".join(parts)

    def create_database(self, prefix: str = "t") -> str:
        import psycopg

        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if not self.datadir.exists():
            return
        subprocess.run(
            _as_server_user(
                [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "fast", "-w", "stop"]
            ),
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(self.base, ignore_errors=True)


def _pg_ctl_start(bindir: Path, datadir: Path, base: Path, opts: str) -> None:
    """pg_ctl start and wait; raises RuntimeError with the server's own words if it cannot."""
    start = subprocess.run(
        _as_server_user(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(datadir),
                "-o",
                opts,
                "-l",
                str(base / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        ),
        capture_output=True,
        text=True,
        check=False,
        timeout=90,
    )
    if start.returncode != 0:
        log = (base / "log").read_text() if (base / "log").exists() else ""
        raise RuntimeError(f"pg_ctl start failed: {start.stderr.strip()} {log[-2000:]}")


def start_cluster(max_connections: int = 200) -> PgCluster:
    """initdb + start; raises RuntimeError with the server's own words if it cannot."""
    bindir = find_bindir()
    base = Path(tempfile.mkdtemp(prefix="sc-pg-"))
    os.chmod(base, 0o755)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    pwfile = base / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(pwfile, "postgres", "postgres")
    datadir = base / "data"
    init = subprocess.run(
        _as_server_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(datadir),
                "-U",
                SUPERUSER,
                "--pwfile",
                str(pwfile),
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale",
                "C.UTF-8",
                "--no-sync",
            ]
        ),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if init.returncode != 0:
        raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
    port = _free_port()
    opts = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        f"-c max_connections={max_connections} -c shared_buffers=128MB"
    )
    _pg_ctl_start(bindir, datadir, base, opts)
    cluster = PgCluster(base=base, port=port, bindir=bindir)
    atexit.register(cluster.stop)
    # the server accepts connections once pg_ctl -w returns; make sure TCP answers too
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            break
        time.sleep(0.05)
    return cluster


def start_standby(primary: PgCluster) -> PgCluster:
    """A hot standby of ``primary`` by streaming replication: pg_basebackup -R, then start.

    The standby shares the primary's roles, grants and row-level-security policies (physical
    replication copies them) and answers read-only queries while it replays.
    """
    base = Path(tempfile.mkdtemp(prefix="sc-pg-standby-"))
    os.chmod(base, 0o755)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    datadir = base / "data"
    backup = subprocess.run(
        _as_server_user(
            [
                str(primary.bindir / "pg_basebackup"),
                "-D",
                str(datadir),
                "-R",
                "-X",
                "stream",
                "-c",
                "fast",
                "-d",
                primary.conninfo(),
            ]
        ),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if backup.returncode != 0:
        raise RuntimeError(f"pg_basebackup failed: {backup.stderr.strip()}")
    port = _free_port()
    opts = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} "
        "-c hot_standby=on -c max_connections=200 -c shared_buffers=64MB"
    )
    _pg_ctl_start(primary.bindir, datadir, base, opts)
    standby = PgCluster(base=base, port=port, bindir=primary.bindir)
    atexit.register(standby.stop)
    return standby
