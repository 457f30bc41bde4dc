"""The publisher as a separate process, for the crash test: runs until the outbox is empty.

``python -m tests.support.publisher_child --db URL --server URL``; the crash test sets
``SOCIAL_CONSOLE_PUBLISH_CRASH_AT`` so the process SIGKILLs itself at a step of the send path,
or kills it from outside at a random moment.
"""

from __future__ import annotations

import argparse
import sys
import time

from sqlalchemy import func, select

from app.db.models import BrandAccount, OutboxItem, OutboxStatus
from app.db.types import utcnow
from app.session.console import Console
from app.sync.publisher import Publisher
from tests.support.loopback_network import LoopbackConnector

PENDING = [str(OutboxStatus.APPROVED), str(OutboxStatus.SCHEDULED), str(OutboxStatus.SENDING)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--server", required=True)
    ap.add_argument("--reconcile-after", type=float, default=0.5)
    args = ap.parse_args(argv)
    console = Console.open(args.db, migrate=False)
    with console.session() as s:
        ids = list(s.scalars(select(BrandAccount.id).where(BrandAccount.network == "loopback")))
    conn = LoopbackConnector(args.server)
    pub = Publisher(
        console.factory,
        dict.fromkeys(ids, conn),
        reconcile_after=args.reconcile_after,
        backoff_base=0.05,
        backoff_cap=0.5,
        max_attempts=1000,
        sqlite_yield=0,  # one publisher, no pause to be fair to: as fast as it goes
    )
    while True:
        pub.run_once()
        with console.session() as s:
            left = s.scalar(
                select(func.count()).select_from(OutboxItem).where(OutboxItem.status.in_(PENDING))
            )
        if not left:
            break
        due = pub.next_due()
        wait = 0.05 if due is None else max(0.0, min(0.5, (due - utcnow()).total_seconds()))
        time.sleep(wait)
    print(f"done sent={pub.sent}", flush=True)
    console.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
