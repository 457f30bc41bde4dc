"""Reports on PostgreSQL with the app connected as the employee's own login: row-level security
shows a team lead their team's figures even when the client asks for every team."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.db.models import ReportDay, ReportDayTag, ReportDayTime, ReportVolume
from app.reports import rollups
from app.reports.metrics import build_first_view, build_report
from app.reports.scope import ReportScope, report_scope
from app.session.console import Console
from app.session.signin import sign_in_postgres
from tests.support import report_desk
from tests.support.report_desk import NOW, PASSWORD
from tests.unit.app.reports.test_metrics_by_hand import PERIOD

pytestmark = pytest.mark.postgres


@pytest.fixture
def world(pg_cluster):
    dbname = pg_cluster.create_database("reports")
    owner = Console.open(pg_cluster.url(dbname))
    with owner.factory() as s, s.begin():
        d = report_desk.build(s, suffix=uuid.uuid4().hex[:6])
    with owner.factory() as s, s.begin():
        rollups.catch_up(s)
    yield pg_cluster.url(dbname), d
    owner.close()
    pg_cluster.drop_database(dbname)


def test_the_team_lead_sees_their_team_even_when_asking_for_all(world) -> None:
    url, d = world
    lead = sign_in_postgres(url, d.logins["lena"], PASSWORD, delay=0)
    try:
        scope = report_scope(lead.actor)
        assert scope.team_ids == frozenset({d.teams["Customer Service"]})
        with lead.session() as s:
            mine = build_report(s, scope, PERIOD, now=NOW)
            # a modified client asking for every team gets no more: the database filters
            forged = build_report(s, ReportScope(d.workspace, None), PERIOD, now=NOW)
            teams = set(s.scalars(select(func.distinct(ReportVolume.team_id))))
            # the first view reads the daily rollups: the same rule holds there
            first = build_first_view(s, ReportScope(d.workspace, None), PERIOD, now=NOW)
            daily = {
                t
                for table in (ReportDay, ReportDayTime, ReportDayTag)
                for t in s.scalars(select(func.distinct(table.team_id)))
            }
        assert mine.total_in == forged.total_in == first.total_in == 5
        assert first.first == mine.first and first.sla_met == mine.sla_met
        assert daily == {d.teams["Customer Service"]}
        assert [t.team for t in forged.teams] == ["Customer Service"]
        assert teams == {d.teams["Customer Service"]}
    finally:
        lead.close()


def test_a_manager_who_reads_everything_sees_every_team(world) -> None:
    url, d = world
    manager = sign_in_postgres(url, d.logins["mona"], PASSWORD, delay=0)
    try:
        scope = report_scope(manager.actor)
        assert scope.team_ids is None
        with manager.session() as s:
            r = build_report(s, scope, PERIOD, now=NOW)
        assert r.total_in == 6
        assert {t.team for t in r.teams} == {"Customer Service", "Sales"}
    finally:
        manager.close()


def test_an_agent_reads_no_rollup_rows(world) -> None:
    url, d = world
    agent = sign_in_postgres(url, d.logins["anna"], PASSWORD, delay=0)
    try:
        with agent.session() as s:
            for table in (ReportVolume, ReportDay, ReportDayTime, ReportDayTag):
                assert s.scalar(select(func.count()).select_from(table)) == 0
    finally:
        agent.close()
