"""The rollups' catch-up and late commits on PostgreSQL: a transaction that took a lower feed
id commits after a higher one was read. Reading "ids above the mark" alone skipped it for ever;
the catch-up keeps such ids as gaps and folds them in when they commit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from accounts.demo import DemoConnector
from app.db.models import BrandAccount, Conversation, ReportResolution, ReportState
from app.db.types import utcnow
from app.inbox import conversations as cs
from app.reports import rollups
from app.reports.metrics import Filters, Period, build_report, build_report_raw, comparable
from app.reports.scope import ReportScope
from app.session.console import Console
from app.sync.runner import SyncRunner
from tests.integration.publishing.conftest import actor_named

pytestmark = pytest.mark.postgres


@pytest.fixture
def console(pg_url: str, demo_network):
    from app.demo import ensure_demo_workspace

    console = Console.open(pg_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    with console.session() as s:
        accs = {a.id: a.handle for a in s.scalars(select(BrandAccount))}
    runner = SyncRunner(
        console.factory, {aid: DemoConnector(demo_network, h) for aid, h in accs.items()}
    )
    demo_network.generate(30)
    runner.run_once()  # ingests and builds the rollups
    yield console
    console.close()


def _resolved(console: Console, conversation_id: int) -> bool:
    with console.session() as s:
        return (
            s.scalar(
                select(ReportResolution.id).where(
                    ReportResolution.conversation_id == conversation_id,
                    ReportResolution.resolved_at.is_not(None),
                )
            )
            is not None
        )


def _equal_to_raw(console: Console) -> bool:
    with console.session() as s:
        ws_id = s.scalar(select(BrandAccount.workspace_id).limit(1))
        now = utcnow()
        today = now.date()
        period = Period(today - timedelta(days=2), today + timedelta(days=1))
        scope = ReportScope(ws_id, None)
        return comparable(build_report(s, scope, period, Filters(), now=now)) == comparable(
            build_report_raw(s, scope, period, Filters(), now=now)
        )


def test_a_change_committed_after_a_later_one_is_folded_in(console: Console) -> None:
    with console.session() as s:
        first, second = s.scalars(
            select(Conversation.id).where(Conversation.status == "open").order_by(Conversation.id)
        ).all()[:2]
    slow = console.factory()
    slow.begin()
    cs.set_status(slow, actor_named(slow, "lena"), first, "resolved")
    slow.flush()  # its change row has an id now, but is not committed
    with console.factory() as quick, quick.begin():
        cs.set_status(quick, actor_named(quick, "lena"), second, "resolved")
    with console.factory() as s, s.begin():
        rollups.catch_up(s)  # reads past the slow one's id
    slow.commit()
    slow.close()
    with console.factory() as s, s.begin():
        done = rollups.catch_up(s)
    assert done.conversations == 1
    assert _resolved(console, second) and _resolved(console, first)
    assert _equal_to_raw(console)
    with console.session() as s:
        assert not s.scalars(select(ReportState.gaps)).one()


def test_an_id_never_committed_is_given_up_once_nothing_can_fill_it(
    console: Console, monkeypatch: pytest.MonkeyPatch
) -> None:
    with console.session() as s:
        first, second = s.scalars(
            select(Conversation.id).where(Conversation.status == "open").order_by(Conversation.id)
        ).all()[:2]
    doomed = console.factory()
    doomed.begin()
    cs.set_status(doomed, actor_named(doomed, "lena"), first, "resolved")
    doomed.flush()
    with console.factory() as s, s.begin():
        cs.set_status(s, actor_named(s, "lena"), second, "resolved")
    with console.factory() as s, s.begin():
        rollups.catch_up(s)
    with console.session() as s:
        assert len(s.scalars(select(ReportState.gaps)).one()) == 1
    monkeypatch.setattr(rollups, "GAP_MIN_AGE_S", 0.0)
    with console.factory() as s, s.begin():
        rollups.catch_up(s)  # the transaction is still open: it may yet commit
    with console.session() as s:
        assert len(s.scalars(select(ReportState.gaps)).one()) == 1
    doomed.rollback()
    doomed.close()
    with console.factory() as s, s.begin():
        rollups.catch_up(s)
    with console.session() as s:
        assert s.scalars(select(ReportState.gaps)).one() == []
    assert not _resolved(console, first)
    assert _equal_to_raw(console)
