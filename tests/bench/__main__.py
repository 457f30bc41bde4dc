"""Run a benchmark: ``python -m tests.bench NAME [--scale N]``.

Each benchmark is a module tests/bench/NAME.py (or NAME_bench.py) with ``run(scale) -> dict``;
the figures are printed as one JSON object on the last line, so runs can be compared.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
from pathlib import Path


def available() -> list[str]:
    here = Path(__file__).parent
    names = []
    for info in pkgutil.iter_modules([str(here)]):
        if info.name.startswith("_"):
            continue
        names.append(info.name.removesuffix("_bench"))
    return sorted(names)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("name", choices=available())
    parser.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="1 = the full sizes the issues name; smaller for a quick look",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        mod = importlib.import_module(f"tests.bench.{args.name}")
    except ModuleNotFoundError:
        mod = importlib.import_module(f"tests.bench.{args.name}_bench")
    result = mod.run(args.scale)
    result.setdefault("bench", args.name)
    result.setdefault("scale", args.scale)
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
