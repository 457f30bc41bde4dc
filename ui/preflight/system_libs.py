"""Before Qt starts: the system libraries the desktop window needs, found by ``ldd``.

Qt's xcb platform plugin links libraries a new Linux machine often lacks (libxcb-cursor0,
libxcb-icccm4, libxcb-keysyms1, …). Without them Qt aborts the interpreter (exit 134) with a
message that names only the first, even when several are missing. ``ldd`` on the plugin and on
the Qt modules we load names every missing file; each file's Debian package follows from its
name (Debian's library packaging policy), confirmed against apt's index when apt is there.
Then either apt installs them (as root, or through ``sudo -n``) or the person is told exactly
which command to run. Nothing here imports Qt: it must run before Qt can fail.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

#: exit status when the window cannot start for a reason said in words (never Qt's 134)
EXIT_MISSING = 3

#: library files whose Debian package name does not follow from the file name
_POLICY_EXCEPTIONS = {
    "libz.so.1": "zlib1g",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
}
#: files that belong to PySide6 itself: no system package brings them back
_BUNDLED = re.compile(r"^lib(Qt6|pyside6|shiboken6)")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)

Runner = Callable[[Sequence[str]], "subprocess.CompletedProcess[str]"]


def _run(cmd: Sequence[str]) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive", LC_ALL="C")
    return subprocess.run(list(cmd), capture_output=True, text=True, env=env, check=False)


def pyside_dir() -> Path | None:
    """PySide6's folder, without importing it (importing QtGui is what could fail)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "PySide6").is_dir():
        return Path(frozen) / "PySide6"
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def platform_name(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """The platform Qt will load: the first of ``QT_QPA_PLATFORM`` (``xcb;wayland:arg``), else
    wayland in a Wayland session, else xcb."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return re.split(r"[;:]", chosen, maxsplit=1)[0].strip()
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def qt_binaries(platform: str, base: Path | None = None) -> list[Path]:
    """The files Qt loads for a window on ``platform``: the GUI modules and the plugin."""
    base = base or pyside_dir()
    if base is None:
        return []
    files = [base / "QtGui.abi3.so", base / "QtWidgets.abi3.so"]
    if platform in ("xcb", "wayland"):
        files.append(base / "Qt" / "plugins" / "platforms" / f"libq{platform}.so")
    return [f for f in files if f.exists()]


def missing_libraries(binaries: Sequence[Path], run: Runner = _run) -> list[str]:
    """Every shared library file the binaries need (directly or not) that the loader cannot find."""
    if not binaries or shutil.which("ldd") is None:
        return []
    missing: set[str] = set()
    for b in binaries:
        proc = run(["ldd", str(b)])
        missing.update(_NOT_FOUND.findall(proc.stdout + proc.stderr))
    return sorted(missing)


def debian_name(soname: str) -> str:
    """The package Debian's policy gives a library file: ``libxcb-cursor.so.0`` →
    ``libxcb-cursor0``, ``libxkbcommon-x11.so.0`` → ``libxkbcommon-x11-0``, ``libGL.so.1`` →
    ``libgl1`` (a hyphen where the name ends in a digit)."""
    if soname in _POLICY_EXCEPTIONS:
        return _POLICY_EXCEPTIONS[soname]
    m = re.match(r"^(.+?)\.so\.(\d+)", soname)
    if m is None:
        return soname.lower()
    name, version = m.group(1).lower(), m.group(2)
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def in_apt_index(packages: Sequence[str], run: Runner = _run) -> set[str] | None:
    """Which of the packages apt can install here, asked in one go (None: no apt to ask).

    ``apt-cache policy`` prints a block per package it knows, with a candidate version unless
    nothing can install it; unknown names print nothing."""
    if not packages:
        return set()
    if shutil.which("apt-cache") is None:
        return None
    out = run(["apt-cache", "policy", *packages]).stdout
    known: set[str] = set()
    for block in re.split(r"^(?=\S+:$)", out, flags=re.MULTILINE):
        m = re.match(r"^(\S+):\n", block)
        if m and "Candidate: (none)" not in block:
            known.add(m.group(1))
    return known


@dataclass(frozen=True)
class Finding:
    """What is missing and what brings it back."""

    files: tuple[str, ...]
    packages: tuple[str, ...]  # Debian packages that provide ``files``
    unknown: tuple[str, ...]  # files with no package found in apt's index
    bundled: tuple[str, ...]  # PySide6's own files: the installation is incomplete

    @property
    def ok(self) -> bool:
        return not self.files


def find(binaries: Sequence[Path], run: Runner = _run) -> Finding:
    files = missing_libraries(binaries, run)
    bundled = [f for f in files if _BUNDLED.match(f)]
    wanted = {f: debian_name(f) for f in files if f not in bundled}
    # Ubuntu 24.04 renamed some libraries (…t64): asked for in the same breath
    known = in_apt_index(sorted({*wanted.values(), *(n + "t64" for n in wanted.values())}), run)
    packages: list[str] = []
    unknown: list[str] = []
    for f, name in wanted.items():
        if known is not None and name not in known:
            if name + "t64" not in known:
                unknown.append(f)
                continue
            name += "t64"
        if name not in packages:
            packages.append(name)
    return Finding(tuple(files), tuple(packages), tuple(unknown), tuple(bundled))


def describe(found: Finding, platform: str) -> str:
    """What is missing and the exact command that fixes it, in words."""
    lines = [
        f"social-console: the desktop window (Qt's {platform} platform) needs system libraries "
        f"this computer lacks: {', '.join(found.files)}."
    ]
    if found.packages:
        lines += [
            "Install them (Debian/Ubuntu), then start again:",
            f"  sudo apt-get install {' '.join(found.packages)}",
        ]
    for f in found.unknown:
        lines.append(f"  {f}: find its package with `apt-file search {f}`.")
    if found.bundled:
        lines.append(
            "  "
            + ", ".join(found.bundled)
            + " belong to PySide6 itself: reinstall the console (./run, or pip install again)."
        )
    return "\n".join(lines)


#: the loader's cache: apt's library triggers rewrite it whenever a library comes or goes
LD_CACHE = Path("/etc/ld.so.cache")


def _stamp_file() -> Path | None:
    """Where a passed check is remembered (ldd on Qt's plugin costs a few hundred ms)."""
    try:
        from app.config import paths

        return paths().data_dir / "desktop-libraries.checked"
    except Exception:  # noqa: BLE001 - no place to remember: check every time
        return None


def _stamp_key(platform: str, targets: Sequence[Path]) -> str:
    parts = [platform]
    for f in [*targets, LD_CACHE]:
        try:
            parts.append(f"{f}:{f.stat().st_mtime_ns}")
        except OSError:
            parts.append(f"{f}:-")
    return "\n".join(parts)


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _write(path: Path | None, key: str) -> None:
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(key, encoding="utf-8")
    except OSError:
        pass  # remembered next time, perhaps


def privileged_prefix(run: Runner = _run) -> list[str] | None:
    """How to run apt here without asking anyone: as root, or with password-less sudo."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return []
    if shutil.which("sudo") and run(["sudo", "-n", "true"]).returncode == 0:
        return ["sudo", "-n"]
    return None


def install(packages: Sequence[str], prefix: Sequence[str], run: Runner = _run) -> bool:
    """apt-get install; on a machine whose package lists were never fetched, update first."""
    cmd = [*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]
    if run(cmd).returncode == 0:
        return True
    run([*prefix, "apt-get", "update", "-q"])
    return run(cmd).returncode == 0


def ensure(
    environ: dict[str, str] | os._Environ[str] = os.environ,
    *,
    binaries: Sequence[Path] | None = None,
    may_install: bool = True,
    run: Runner = _run,
    say: Callable[[str], None] = lambda text: print(text, file=sys.stderr, flush=True),
) -> int:
    """0 when Qt can start its window here; otherwise the problem is said and EXIT_MISSING."""
    if not sys.platform.startswith("linux"):
        return 0
    platform = platform_name(environ)
    if platform == "xcb" and not environ.get("DISPLAY"):
        say(
            "social-console: there is no X display (DISPLAY is not set). Start the console from "
            "a desktop session; without one, `social-console worker` and `social-console admin` "
            "work headless."
        )
        return EXIT_MISSING
    targets = list(binaries) if binaries is not None else qt_binaries(platform)
    stamp = _stamp_file() if binaries is None else None
    key = _stamp_key(platform, targets)
    if stamp is not None and _read(stamp) == key:
        return 0  # checked before, and neither Qt's files nor the loader's cache changed since
    found = find(targets, run)
    if found.ok:
        _write(stamp, key)
        return 0
    prefix = privileged_prefix(run) if may_install and found.packages else None
    if prefix is not None:
        say(
            "social-console: installing the system libraries Qt's window needs: "
            f"{' '.join(found.packages)}"
        )
        if install(found.packages, prefix, run):
            found = find(targets, run)
            if found.ok:
                _write(stamp, _stamp_key(platform, targets))
                return 0
    say(describe(found, platform))
    return EXIT_MISSING
