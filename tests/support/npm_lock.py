"""Whether a peer's installed npm tree is the one its lock file asks for, by content.

``python3 tests/support/npm_lock.py DIR`` exits 0 when DIR/node_modules matches DIR/package-lock.json
(tests/run.sh uses it before deciding on ``npm ci``). Comparing modification times was wrong: a
checkout, a merge or a copy rewrites the lock's time without changing it, and ``npm ci`` then
deletes node_modules first (through a linked folder, a tree other checkouts share) before a slow
reinstall that a load spike can kill, leaving nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def matches_lock(peer_dir: Path) -> bool:
    try:
        wanted = json.loads((peer_dir / "package-lock.json").read_text())["packages"]
        have = json.loads((peer_dir / "node_modules" / ".package-lock.json").read_text())[
            "packages"
        ]
    except (OSError, ValueError, KeyError):
        return False
    for path, meta in wanted.items():
        if not path:
            continue
        got = have.get(path)
        if got is None:
            if not (meta.get("dev") or meta.get("optional")):
                return False
        elif got.get("version") != meta.get("version"):
            return False
    return True


if __name__ == "__main__":
    sys.exit(0 if matches_lock(Path(sys.argv[1])) else 1)
