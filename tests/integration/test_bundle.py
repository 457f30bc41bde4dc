"""The installers: one command builds the one-folder bundle (smoke-started) and the .deb; the
.deb installs with dpkg, starts, carries its desktop entry, icons and IT's config file, and
uninstalls without touching users' data. Built once for all the checks (about a minute)."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support import early

ROOT = Path(__file__).resolve().parents[2]
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="Debian tools (dpkg-deb)"),
]


_OUT: list[Path] = []


def _build() -> dict[str, Any]:
    """The one command that builds the bundle and the .deb, into one folder for the module."""
    if not _OUT:
        _OUT.append(early.scratch("sc-dist-"))
    return {
        "args": ["bash", str(ROOT / "installer" / "build-deb.sh"), str(_OUT[0])],
        "cwd": ROOT,
        "env": dict(os.environ, PYTHON=sys.executable),
        "timeout": 1500,
        "priority": 100,  # the longest job: it starts first
    }


def early_jobs(item: pytest.Item) -> dict[str, dict[str, Any]]:
    """Built in the background from the start of the run (tests/support/early.py)."""
    return {"bundle": _build()} if shutil.which("dpkg-deb") else {}


@pytest.fixture(scope="module")
def built() -> Iterator[tuple[Path, str]]:
    spec = _build()
    spec.pop("priority")
    proc = early.result("bundle", **spec)
    out = _OUT[0]
    try:
        assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
        debs = list(out.glob("social-console_*.deb"))
        assert len(debs) == 1, list(out.iterdir())
        yield debs[0], proc.stdout + proc.stderr
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _fake_root(tmp_path: Path) -> Path:
    """An empty dpkg database under a directory: dpkg installs there as it would into /."""
    root = tmp_path / "root"
    for d in ("info", "updates", "triggers"):
        (root / "var/lib/dpkg" / d).mkdir(parents=True)
    for f in ("status", "available"):
        (root / "var/lib/dpkg" / f).touch()
    return root


def _dpkg(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["dpkg", f"--root={root}", "--log=/dev/null", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.timeout(1800)
def test_the_bundle_builds_and_starts(built) -> None:
    """The built app signs in, syncs the demo network and classifies what arrives: stripping
    numpy's vendored OpenBLAS once left the installed app unable to import numpy, so every sync
    round failed while the window still opened."""
    _deb, out = built
    smoke = re.search(r"SMOKE ok startup_ms=\d+ rows=(\d+)", out)
    assert smoke is not None, out[-3000:]
    assert int(smoke.group(1)) > 0, out[-3000:]  # the demo network's messages reached the inbox
    for failure in ("sync round failed", "ImportError", "classifier failed", "classifying a page"):
        assert failure not in out, out[-3000:]


@pytest.mark.timeout(1800)
def test_the_deb_carries_menu_entry_icons_and_it_config(built, tmp_path) -> None:
    deb, _ = built
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True).stdout
    for n in ICON_SIZES:
        assert f"./usr/share/icons/hicolor/{n}x{n}/apps/social-console.png" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/social-console.svg" in listing
    assert "./usr/bin/social-console -> ../../opt/social-console/social-console" in listing
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True).stdout
    assert "Depends: " in info and "libc6" in info
    files = tmp_path / "x"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(files)], check=True)
    subprocess.run(["dpkg-deb", "-e", str(deb), str(files / "DEBIAN")], check=True)
    assert (files / "DEBIAN/conffiles").read_text().split() == ["/etc/social-console/config.ini"]
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(files / "usr/share/applications/social-console.desktop")
    d = entry["Desktop Entry"]
    assert (d["Type"], d["Exec"], d["Icon"], d["Terminal"]) == (
        "Application",
        "social-console",
        "social-console",
        "false",
    )
    # the template IT edits is all comments: a fresh install changes nothing by itself
    from app.config import Paths, load_settings

    settings = load_settings(
        Paths(tmp_path / "c", tmp_path / "d", tmp_path / "l"),
        files / "etc/social-console/config.ini",
    )
    assert settings.locked == frozenset() and settings.get("database", "url") == ""


@pytest.mark.timeout(1800)
def test_the_deb_installs_starts_and_uninstalls_leaving_users_data(built, tmp_path) -> None:
    deb, _ = built
    root = _fake_root(tmp_path)
    # the system libraries it depends on are this machine's, not the empty fake root's
    proc = _dpkg(root, "--force-depends", "-i", str(deb))
    assert proc.returncode == 0, proc.stderr
    assert "install ok installed" in _dpkg(root, "-s", "social-console").stdout
    home = tmp_path / "home"
    env = dict(os.environ, SOCIAL_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    started = subprocess.run(
        [str(root / "usr/bin/social-console"), "--smoke", "--demo-user", "alice"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert started.returncode == 0 and "SMOKE ok" in started.stdout, started.stderr[-2000:]
    data = home / "data" / "console.db"
    assert data.exists()
    # IT edits the machine-wide file; removing keeps it (a conffile) and every user's data
    conf = root / "etc/social-console/config.ini"
    conf.write_text(conf.read_text() + "\n; edited by IT\n")
    assert _dpkg(root, "-r", "social-console").returncode == 0
    assert not (root / "opt/social-console").exists()
    assert not (root / "usr/bin/social-console").exists()
    assert "edited by IT" in conf.read_text()
    assert data.exists()
    # purging takes IT's file too, and still never a home directory
    assert _dpkg(root, "--purge", "social-console").returncode == 0
    assert not conf.exists() and data.exists()


@pytest.mark.timeout(1800)
@pytest.mark.skipif(shutil.which("apt-get") is None, reason="apt")
def test_apt_resolves_the_deb_dependencies_here(built) -> None:
    deb, _ = built
    proc = subprocess.run(
        ["apt-get", "install", "-s", "-q", str(deb)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "Inst social-console" in proc.stdout
