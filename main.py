"""Social Console: the desktop app, the headless worker and the IT command line.

social-console                      the app (embedded SQLite with the demo network)
social-console --db URL             the app on a shared PostgreSQL
social-console --db URL migrate     upgrade a shared database, then exit
social-console worker               headless sync and publishing
social-console admin ACTION …       IT: employees, teams, roles, audit trail (see admin --help)
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys

from app.config import (
    describe_url,
    paths,
    resolve_db_url,
    resolve_replica_url,
    system_config_file,
)

EPILOG = """
database address (first found wins):
  --db URL, then $SOCIAL_CONSOLE_DB, then [database] url = ... in the config file
  (%(config)s), then IT's machine-wide file (%(system)s), then the embedded SQLite
  file (%(db)s). What IT locks in the machine-wide file ([locked] database.url = yes) wins
  over all the others, except for migrate and admin.
  PostgreSQL: postgresql+psycopg://USER@HOST:PORT/DATABASE (the password comes from
  ~/.pgpass, $PGPASSWORD or the server's own authentication).

logs: %(logs)s
"""


def build_parser() -> argparse.ArgumentParser:
    p = paths()
    parser = argparse.ArgumentParser(
        prog="social-console",
        description="Work your brand's social accounts together: shared inbox, replies, publishing.",
        epilog=EPILOG
        % {
            "config": p.config_file,
            "system": system_config_file(),
            "db": p.default_db_file,
            "logs": p.log_file,
        },
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--db", metavar="URL", help="database address (see below)")
    parser.add_argument(
        "--replica",
        metavar="URL",
        help="a PostgreSQL hot standby for reports, exports and search "
        "(else $SOCIAL_CONSOLE_REPLICA, else [database] replica_url)",
    )
    demo = parser.add_mutually_exclusive_group()
    demo.add_argument(
        "--demo",
        action="store_true",
        default=None,
        help="run the demo network and demo workspace (default with the embedded database)",
    )
    demo.add_argument(
        "--no-demo",
        dest="demo",
        action="store_false",
        help="no demo network, even on the embedded database",
    )
    parser.add_argument(
        "--demo-rate",
        type=float,
        default=1.0,
        metavar="N",
        help="demo traffic in messages per second (default 1)",
    )
    parser.add_argument(
        "--demo-user", metavar="NAME", help="sign in at once as this demo employee (demo only)"
    )
    parser.add_argument(
        "--demo-surge",
        type=float,
        metavar="SECONDS",
        help="raise a surge on the demo network this many seconds after the window opens "
        "(also: Crisis ▸ Demo: raise a surge)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window offscreen, wait for the inbox, exit 0 (bundle check)",
    )
    parser.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="log file detail",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("migrate", help="apply database migrations and exit (IT, before a roll-out)")
    worker = sub.add_parser("worker", help="headless sync and publishing without a window")
    worker.add_argument("--once", action="store_true", help="sync and publish one round and exit")
    worker.add_argument(
        "--interval", type=float, default=5.0, metavar="S", help="seconds between sync rounds"
    )
    worker.add_argument(
        "--claim-every",
        type=float,
        default=15.0,
        metavar="S",
        help="seconds between attempts to take over accounts no other worker serves",
    )
    worker.add_argument(
        "--publish-only",
        action="store_true",
        help="publish without syncing the demo network (real accounts this worker holds still sync)",
    )
    worker.add_argument(
        "--export-dir",
        metavar="FOLDER",
        help="export all social data incrementally into this folder (Parquet, CSV, JSON; "
        "see docs/data-repository.md)",
    )
    worker.add_argument(
        "--export-every",
        type=float,
        default=3600.0,
        metavar="S",
        help="seconds between exports into --export-dir",
    )
    from app.admin_cli import add_parser as add_admin_parser

    add_admin_parser(sub)
    return parser


def setup_logging(level: str) -> None:
    p = paths()
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    try:
        p.log_dir.mkdir(parents=True, exist_ok=True)
        fh = logging.handlers.RotatingFileHandler(
            p.log_file, maxBytes=5_000_000, backupCount=3, encoding="utf-8"
        )
        fh.setLevel(level)
        fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(fh)
    except OSError:
        pass
    err = logging.StreamHandler()
    err.setLevel(logging.WARNING)
    err.setFormatter(logging.Formatter("social-console: %(message)s"))
    root.addHandler(err)


def cmd_migrate(url: str) -> int:
    from app.db.engine import DatabaseError, explain, make_engine
    from app.db.migrate import upgrade

    try:
        engine = make_engine(url)
        result = upgrade(engine)
    except DatabaseError as exc:
        print(f"social-console: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - one sentence, not a traceback
        print(f"social-console: {explain(exc, describe_url(url))}", file=sys.stderr)
        return 2
    if result.changed:
        print(
            f"{describe_url(url)}: schema upgraded from {result.before or 'empty'} to {result.after}."
        )
    else:
        print(f"{describe_url(url)}: schema already at {result.after}; nothing to do.")
    return 0


def _account_runner(console: object, interval: float, claim_every: float) -> object | None:
    """The runner for real brand accounts whose token is in this computer's keyring."""
    from accounts.token_store import TokenStore
    from app.channels.brand_accounts import make_registry
    from app.sync.account_sync import AccountSyncRunner

    store = TokenStore()
    reason = store.describe()
    if reason.startswith("No secure keyring"):
        print(f"social-console: {reason}", file=sys.stderr)
        return None
    from app.sync.listening import ListeningPump

    runner = AccountSyncRunner(
        console.factory,  # type: ignore[attr-defined]
        console.engine,  # type: ignore[attr-defined]
        make_registry(store, engine=console.engine),  # type: ignore[attr-defined]
        interval=interval,
        claim_interval=claim_every,
        on_claim=lambda aid, what: print(f"worker: account {aid} {what}", flush=True),
    )
    runner.listen = ListeningPump()  # the listening watches of the accounts it holds
    return runner


def cmd_worker(
    url: str,
    demo: bool,
    rate: float,
    once: bool,
    interval: float = 5.0,
    claim_every: float = 15.0,
    publish_only: bool = False,
    export_dir: str | None = None,
    export_every: float = 3600.0,
    replica_url: str | None = None,
) -> int:
    import signal
    import threading

    from sqlalchemy import select

    from accounts.demo import DemoConnector, DemoNetwork
    from app.db.engine import explain
    from app.db.models import BrandAccount
    from app.demo import DEMO_BRANDS, ensure_demo_workspace
    from app.session.console import Console
    from app.sync.publisher import Publisher
    from app.sync.runner import SyncRunner

    try:
        console = Console.open(url)
        connectors = {}
        if demo:
            with console.factory() as s, s.begin():
                ensure_demo_workspace(s)
            net = DemoNetwork(DEMO_BRANDS, rate=rate)
            with console.session() as s:
                for a in s.scalars(select(BrandAccount).where(BrandAccount.network == "demo")):
                    connectors[a.id] = DemoConnector(net, a.handle)
    except Exception as exc:  # noqa: BLE001
        print(f"social-console: {explain(exc, describe_url(url))}", file=sys.stderr)
        return 2
    exporter = _exporter(console, export_dir, export_every, replica_url)
    accounts = _account_runner(console, interval, claim_every)
    if not connectors and accounts is None and exporter is None:
        print(
            "social-console: no brand account on this computer to sync (connect one first).",
            file=sys.stderr,
        )
        return 1
    from collections import ChainMap

    from app.crisis.observer import CrisisObserver
    from app.routing.engine import RoutingEngine
    from app.sync.classify_process import ClassifierProcess
    from app.sync.enrich import settle_worker_heap, warm_up

    route = RoutingEngine()
    # a long-running worker classifies on a second core while it stores (a single pass does not
    # repay the child's start-up)
    classifier = ClassifierProcess(enabled=not once and not publish_only)
    runners = (
        [SyncRunner(console.factory, connectors, interval=1.0, enrich=classifier, route=route)]
        if connectors
        else []
    )
    if accounts is not None:
        accounts.enrich, accounts.route = classifier, route
        runners.append(accounts)  # type: ignore[arg-type]
    observer = CrisisObserver()  # one detector for everything this worker ingests
    for r in runners:
        r.observe = observer
    # the publisher sends for the demo accounts and for every real account this worker holds
    # (a live view: accounts claimed later are published for too)
    held = accounts.connectors if accounts is not None else {}  # type: ignore[attr-defined]
    publisher = Publisher(console.factory, ChainMap(connectors, held), interval=1.0)
    if not publish_only:
        warm_up()
        classifier.start()
    settle_worker_heap()
    if once:
        total = synced = 0
        for r in runners:
            if publish_only and r is not accounts:
                continue
            r.run_once()
            total += r.ingested
            synced += len(r.connectors)
        if not publish_only:
            print(f"synced {synced} accounts, {total} new messages")
        publisher.run_once()
        print(f"published {publisher.sent} items")
        for r in runners:
            r.stop()
        if exporter is not None:
            return _export_once(exporter)
        return 0
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    for r in runners:
        if publish_only and r is not accounts:
            continue  # the account runner still runs: it elects this worker for its accounts
        r.start()
    publisher.start()
    if exporter is not None:
        exporter.start()
    doing = "publishing for" if publish_only else "syncing and publishing for"
    print(
        f"worker: {doing} {len(connectors)} demo accounts and every account whose token is in "
        f"this computer's keyring, into {console.db_label}; Ctrl+C to stop",
        flush=True,
    )
    stop.wait()
    for r in runners:
        r.stop()
    publisher.stop()
    if exporter is not None:
        exporter.stop()
    classifier.close()
    return 0


def _exporter(
    console: object, folder: str | None, every: float, replica_url: str | None = None
) -> object | None:
    """The scheduled export into the company's data repository, when IT named a folder; it
    reads from the hot standby when one is configured (with the worker's own login when the
    replica's address names none), so a big export never slows the agents."""
    if not folder:
        return None
    from pathlib import Path

    from app.db.replica import with_login_of
    from app.reports.datarepo import ExportScheduler

    if replica_url:
        console.attach_replica(with_login_of(replica_url, console.engine.url))  # type: ignore[attr-defined]
    return ExportScheduler(
        console.factory,  # type: ignore[attr-defined]
        Path(folder),
        max(1.0, every),
        on_result=lambda text: print(f"worker: {text}", flush=True),
        read=console.read_session,  # type: ignore[attr-defined]
    )


def _export_once(exporter: object) -> int:
    from app.reports.datarepo import ExportError

    try:
        exporter.run_once()  # type: ignore[attr-defined]
    except ExportError as exc:
        print(f"social-console: {exc}", file=sys.stderr)
        return 1
    return 0


#: the status of a program whose reader went away (128 + SIGPIPE), as `yes | head` ends
EXIT_CLOSED_PIPE = 141


def main(argv: list[str] | None = None) -> int:
    """The entry point; a reader that stops early (``| head``) ends it quietly."""
    try:
        try:
            code = _main(argv)
        except SystemExit as exc:  # argparse's --help and errors: flushed below like the rest
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
            if not isinstance(exc.code, int | None):
                print(exc.code, file=sys.stderr)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # nobody reads any more: point stdout at nothing so the interpreter's own final flush
        # does not print "Exception ignored ... BrokenPipeError" on the way out
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_CLOSED_PIPE


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.log_level)
    choice = resolve_db_url(args.db, it_tool=args.command in ("migrate", "admin"))
    if choice.overridden:
        print(
            f"social-console: IT set the database address in {system_config_file()} and locked "
            f"it; {describe_url(choice.overridden)} was not used.",
            file=sys.stderr,
        )
    demo = args.demo if args.demo is not None else choice.source == "default"
    from app.db.engine import DatabaseError, parse_url

    try:
        parse_url(choice.url)
    except DatabaseError as exc:
        print(f"social-console: {exc}", file=sys.stderr)
        return 2
    if args.command == "migrate":
        return cmd_migrate(choice.url)
    if args.command == "admin":
        from app.admin_cli import run as run_admin

        return run_admin(args, choice.url)
    if args.command == "worker":
        return cmd_worker(
            choice.url,
            demo,
            args.demo_rate,
            args.once,
            args.interval,
            args.claim_every,
            args.publish_only,
            args.export_dir,
            args.export_every,
            resolve_replica_url(args.replica),
        )
    if args.demo_user and not demo:
        print("social-console: --demo-user works only with the demo.", file=sys.stderr)
        return 2
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # before Qt loads: a missing system library is named (or installed), never Qt's abort
    from ui.preflight.system_libs import ensure as ensure_desktop_libraries

    missing = ensure_desktop_libraries()
    if missing:
        return missing
    from ui.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            db_url=choice.url,
            demo=demo,
            demo_rate=args.demo_rate,
            demo_user=args.demo_user,
            smoke=args.smoke,
            replica_url=resolve_replica_url(args.replica),
            demo_surge=args.demo_surge,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
