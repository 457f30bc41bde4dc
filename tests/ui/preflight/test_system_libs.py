"""The check before Qt starts: a library that is not there is named with its Debian package and
the exact command, or installed, and the console exits in words instead of Qt's abort (134)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ui.preflight import system_libs as sl

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="Linux, ldd"
)


def _system_library_needing_libxcb() -> Path:
    """A real library of this machine that links libxcb.so.1 (Qt's xcb plugin needs it)."""
    plugin = sl.qt_binaries("xcb")[-1]
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    m = re.search(r"libxcb-icccm\.so\.4 => (\S+)", out)
    assert m, out
    return Path(m.group(1)).resolve()


def _with_a_missing_dependency(tmp_path: Path) -> Path:
    """A copy of that library whose dependency libxcb.so.1 is renamed to a file no machine has
    (same length, so the ELF string table stays valid)."""
    data = _system_library_needing_libxcb().read_bytes()
    assert b"\0libxcb.so.1\0" in data
    fake = tmp_path / "libneeds-missing.so"
    fake.write_bytes(data.replace(b"\0libxcb.so.1\0", b"\0libxzz.so.1\0"))
    return fake


def test_the_real_qt_files_are_found_and_complete_here() -> None:
    files = sl.qt_binaries("xcb")
    assert [f.name for f in files] == ["QtGui.abi3.so", "QtWidgets.abi3.so", "libqxcb.so"]
    # tests/run.sh installs the xcb libraries: on CI nothing is missing
    assert sl.missing_libraries(files) == []


def test_a_library_that_is_not_there_is_named_with_the_command(tmp_path) -> None:
    fake = _with_a_missing_dependency(tmp_path)
    assert sl.missing_libraries([fake]) == ["libxzz.so.1"]
    said: list[str] = []
    code = sl.ensure({"DISPLAY": ":99"}, binaries=[fake], may_install=False, say=said.append)
    assert code == sl.EXIT_MISSING == 3
    text = "\n".join(said)
    assert "libxzz.so.1" in text
    # apt has no such package: the person is told how to find it rather than a made-up name
    assert "apt-file search libxzz.so.1" in text


def test_debian_package_names_follow_the_library_files() -> None:
    assert sl.debian_name("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert sl.debian_name("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert sl.debian_name("libxcb-keysyms.so.1") == "libxcb-keysyms1"
    assert sl.debian_name("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert sl.debian_name("libxcb-render-util.so.0") == "libxcb-render-util0"
    assert sl.debian_name("libGL.so.1") == "libgl1"
    assert sl.debian_name("libEGL.so.1") == "libegl1"
    assert sl.debian_name("libdbus-1.so.3") == "libdbus-1-3"
    assert sl.debian_name("libglib-2.0.so.0") == "libglib2.0-0"
    if shutil.which("apt-cache"):
        real = ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"]
        assert sl.in_apt_index([*real, "libxzz1"]) == set(real)


def test_missing_xcb_libraries_are_reported_as_packages_with_one_command() -> None:
    """ldd's own output format, as on a new desktop install lacking three xcb libraries."""
    ldd_output = (
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxcb-icccm.so.4 => not found\n"
        "\tlibxcb-keysyms.so.1 => not found\n"
    )

    def run(cmd):
        if cmd[0] == "ldd":
            return subprocess.CompletedProcess(cmd, 0, ldd_output, "")
        return subprocess.run(cmd, capture_output=True, text=True)  # the real apt-cache

    found = sl.find([Path("/x/libqxcb.so")], run)
    assert found.files == ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    assert found.packages == ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")
    text = sl.describe(found, "xcb")
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in text


def test_as_root_the_packages_are_installed_then_checked_again() -> None:
    calls: list[list[str]] = []
    installed = {"done": False}

    def run(cmd):
        calls.append(list(cmd))
        if cmd[0] == "ldd":
            out = "" if installed["done"] else "\tlibxcb-cursor.so.0 => not found\n"
            return subprocess.CompletedProcess(cmd, 0, out, "")
        if cmd[:2] == ["apt-cache", "policy"]:
            out = "".join(f"{p}:\n  Candidate: 1.0\n" for p in cmd[2:] if not p.endswith("t64"))
            return subprocess.CompletedProcess(cmd, 0, out, "")
        if "install" in cmd:
            installed["done"] = True
        return subprocess.CompletedProcess(cmd, 0, "", "")

    said: list[str] = []
    if sl.privileged_prefix() is None:
        pytest.skip("neither root nor password-less sudo here")
    code = sl.ensure({"DISPLAY": ":1"}, binaries=[Path("/x.so")], run=run, say=said.append)
    assert code == 0
    install = next(c for c in calls if "install" in c)
    assert install[-5:] == ["install", "-y", "-q", "--no-install-recommends", "libxcb-cursor0"]
    assert "installing" in said[0]


def test_no_display_is_said_in_words() -> None:
    said: list[str] = []
    assert sl.ensure({"QT_QPA_PLATFORM": "xcb"}, binaries=[], say=said.append) == 3
    assert "DISPLAY is not set" in said[0]
    assert sl.ensure({"QT_QPA_PLATFORM": "offscreen"}, binaries=[], say=said.append) == 0


def test_the_run_path_refuses_in_words_not_with_qt_abort(tmp_path) -> None:
    """The real command, xcb without a display: exit 3 and a sentence, not 134."""
    env = {
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "xcb",
        "SOCIAL_CONSOLE_HOME": str(tmp_path),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    root = Path(__file__).resolve().parents[3]
    proc = subprocess.run(
        [sys.executable, str(root / "main.py")],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=60,
    )
    assert proc.returncode == 3, proc.stderr
    assert "DISPLAY is not set" in proc.stderr


def test_a_passed_check_is_remembered_until_qt_or_the_loader_cache_changes(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("SOCIAL_CONSOLE_HOME", str(tmp_path))
    calls: list[list[str]] = []

    def run(cmd):
        calls.append(list(cmd))
        return subprocess.CompletedProcess(cmd, 0, "", "")

    fake_cache = tmp_path / "ld.so.cache"
    fake_cache.write_text("1")
    monkeypatch.setattr(sl, "LD_CACHE", fake_cache)
    env = {"DISPLAY": ":1", "QT_QPA_PLATFORM": "xcb"}
    assert sl.ensure(env, run=run) == 0
    first = len(calls)
    assert first >= 1  # ldd ran
    assert sl.ensure(env, run=run) == 0
    assert len(calls) == first  # remembered: no ldd
    fake_cache.write_text("2")  # a library came or went: apt's trigger rewrote the cache
    os.utime(fake_cache, ns=(1, 1))
    assert sl.ensure(env, run=run) == 0
    assert len(calls) > first
