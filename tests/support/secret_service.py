"""A private Secret Service for tests: a D-Bus session bus plus an unlocked gnome-keyring.

Both daemons are our own child processes (``--nofork``/``--foreground``), with HOME,
XDG_DATA_HOME and XDG_RUNTIME_DIR in a temporary directory, so the machine's own keyring is
never touched and nothing outlives the test session. Needs the Debian packages ``dbus`` and
``gnome-keyring``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

KEYRING_PASSWORD = "test-keyring-password"


@dataclass
class SecretServiceSession:
    address: str
    env: dict[str, str]
    base: Path
    _procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def stop(self) -> None:
        for proc in reversed(self._procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)
            for stream in (proc.stdin, proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()
        shutil.rmtree(self.base, ignore_errors=True)

    @contextlib.contextmanager
    def activated(self) -> Iterator[None]:
        """Point this process's D-Bus clients (secretstorage/jeepney) at the private bus."""
        saved = {k: os.environ.get(k) for k in self.env}
        os.environ.update(self.env)
        try:
            yield
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


# A session bus without service activation: otherwise the first Secret Service call made
# before our daemon owns its name makes the bus start a second, locked gnome-keyring-daemon
# that can win the name (seen as a readiness wait that never ends).
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _need(binary: str) -> str:
    path = shutil.which(binary)
    if path is None:
        raise RuntimeError(
            f"{binary} is not installed: the Secret Service tests need the Debian packages "
            "'dbus' and 'gnome-keyring' (apt-get install dbus gnome-keyring)"
        )
    return path


def _service_ready(env: dict[str, str]) -> bool:
    import secretstorage

    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = env["DBUS_SESSION_BUS_ADDRESS"]
    try:
        conn = secretstorage.dbus_init()
        try:
            if not secretstorage.check_service_availability(conn):
                return False
            collection = secretstorage.get_default_collection(conn)
            return not collection.is_locked()
        finally:
            conn.close()
    except Exception:  # noqa: BLE001 - not up yet
        return False
    finally:
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved


def start_secret_service(timeout: float = 30.0) -> SecretServiceSession:
    dbus_daemon = _need("dbus-daemon")
    gnome_keyring = _need("gnome-keyring-daemon")
    base = Path(tempfile.mkdtemp(prefix="sc-secrets-"))
    home = base / "home"
    runtime = base / "run"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    child_env = {**os.environ, **env}
    child_env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    session = SecretServiceSession(address="", env=env, base=base)
    try:
        config = base / "session.conf"
        config.write_text(_BUS_CONFIG.format(socket=runtime / "bus"))
        bus = subprocess.Popen(
            [
                dbus_daemon,
                f"--config-file={config}",
                "--nofork",
                "--nopidfile",
                "--print-address=1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_env,
        )
        session._procs.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon started but printed no bus address")
        session.address = address
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        child_env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = subprocess.Popen(
            [gnome_keyring, "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=child_env,
        )
        session._procs.append(keyring_daemon)
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(KEYRING_PASSWORD.encode())
        keyring_daemon.stdin.close()
        deadline = time.monotonic() + timeout
        while not _service_ready(env):
            if keyring_daemon.poll() is not None:
                raise RuntimeError(
                    f"gnome-keyring-daemon exited with status {keyring_daemon.returncode}"
                )
            if time.monotonic() > deadline:
                raise RuntimeError(f"the Secret Service did not come up within {timeout:g} s")
            time.sleep(0.05)
    except BaseException:
        session.stop()
        raise
    return session
