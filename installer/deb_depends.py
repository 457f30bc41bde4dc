"""The Debian packages a bundle needs from the system, found as item 1's check finds them: ``ldd``
on every binary of the bundle, the libraries that resolve outside it, and ``dpkg -S`` for the
package that installed each (on the build machine, where they are all present).

    python installer/deb_depends.py BUNDLE_DIR   → "libc6, libegl1, libgl1, …"
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

_RESOLVED = re.compile(r"^\s*(\S+)\s+=>\s+(/\S+)", re.MULTILINE)
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def system_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(paths outside the bundle the binaries load, names nothing resolves)."""
    bundle = bundle.resolve()
    lib_dirs = sorted({str(p.parent) for p in bundle.rglob("*.so*") if p.is_file()})
    env = dict(os.environ, LD_LIBRARY_PATH=":".join([str(bundle / "_internal"), *lib_dirs]))
    outside: set[str] = set()
    missing: set[str] = set()
    for f in sorted(bundle.rglob("*")):
        if not f.is_file() or f.is_symlink() or not is_elf(f):
            continue
        out = subprocess.run(["ldd", str(f)], capture_output=True, text=True, env=env).stdout
        missing.update(_NOT_FOUND.findall(out))
        for _name, path in _RESOLVED.findall(out):
            if not Path(path).resolve().is_relative_to(bundle):
                outside.add(path)
    return outside, missing


def owning_package(path: str) -> str | None:
    for candidate in (path, str(Path(path).resolve()), path.replace("/usr/lib/", "/lib/", 1)):
        proc = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if proc.returncode == 0:
            return proc.stdout.split(":", 1)[0].strip()
    return None


def depends(bundle: Path) -> list[str]:
    outside, missing = system_libraries(bundle)
    if missing:
        raise SystemExit(f"deb_depends: the bundle needs libraries nothing provides: {missing}")
    packages = set()
    for path in outside:
        pkg = owning_package(path)
        if pkg is None:
            raise SystemExit(f"deb_depends: no Debian package owns {path}")
        packages.add(pkg)
    return sorted(packages)


if __name__ == "__main__":
    print(", ".join(depends(Path(sys.argv[1]))))
