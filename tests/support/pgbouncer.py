"""PgBouncer in session mode in front of the test cluster, as IT would put it before hundreds of
workstations: employees authenticate with their own logins (SCRAM, looked up by auth_query)."""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support.pgcluster import SUPERUSER, SUPERUSER_PASSWORD, PgCluster, _free_port

BINARY = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"


@dataclass
class PgBouncer:
    port: int
    base: Path
    process: subprocess.Popen[bytes]

    def url(self, dbname: str, user: str, password: str) -> str:
        return f"postgresql+psycopg://{user}:{password}@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.base, ignore_errors=True)


def start_pgbouncer(cluster: PgCluster, pool_mode: str = "session") -> PgBouncer:
    base = Path(tempfile.mkdtemp(prefix="sc-pgbouncer-"))
    port = _free_port()
    userlist = base / "userlist.txt"
    userlist.write_text(f'"{SUPERUSER}" "{SUPERUSER_PASSWORD}"\n')
    ini = base / "pgbouncer.ini"
    ini.write_text(
        "\n".join(
            [
                "[databases]",
                f"* = host=127.0.0.1 port={cluster.port}",
                "[pgbouncer]",
                "listen_addr = 127.0.0.1",
                f"listen_port = {port}",
                f"unix_socket_dir = {base}",
                "auth_type = scram-sha-256",
                f"auth_file = {userlist}",
                f"auth_user = {SUPERUSER}",
                "auth_query = SELECT usename, passwd FROM pg_shadow WHERE usename = $1",
                f"pool_mode = {pool_mode}",
                "max_client_conn = 2000",
                "default_pool_size = 200",
                "ignore_startup_parameters = extra_float_digits,options",
                f"logfile = {base / 'pgbouncer.log'}",
                f"pidfile = {base / 'pgbouncer.pid'}",
                "",
            ]
        )
    )
    if os.geteuid() == 0:
        # pgbouncer refuses to run as root
        shutil.chown(base, "postgres", "postgres")
        for f in (userlist, ini):
            shutil.chown(f, "postgres", "postgres")
        cmd = ["runuser", "-u", "postgres", "--", BINARY, str(ini)]
    else:
        cmd = [BINARY, str(ini)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    bouncer = PgBouncer(port, base, proc)
    atexit.register(bouncer.stop)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"pgbouncer did not start: {err[-1500:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return bouncer
        time.sleep(0.05)
    bouncer.stop()
    raise RuntimeError("pgbouncer did not answer in 10 s")
