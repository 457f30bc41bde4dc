"""The dashboard's figures for a period, a scope and filters — from the rollups or the raw tables.

:func:`build_report` reads the report_* rollups (a few grouped queries and two narrow
fetches); :func:`build_report_raw` derives the same facts straight from messages, the audit
trail and hand-offs. Both hand their rows to one :func:`_assemble`, which is where every
metric's rule lives:

- volume: messages per local day, in and out, broken down by network, account, kind, team,
  intent and tag (a message counts under each tag of its conversation);
- first / next response time: waits that *started* in the period (see ``facts``), business
  seconds; median, p90 and the distribution;
- resolution time: stretches *resolved* in the period;
- SLA % met: waits in the period under a policy, answered by their due time; a wait still
  unanswered counts as missed once its due time has passed, and not at all before;
- backlog: stretches open at the end of each day (opened before local midnight, not yet
  resolved then);
- per team (the conversation's current team) and per agent (who replied, who resolved);
- sentiment and topics (intents) of inbound messages per day.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    and_,
    any_,
    bindparam,
    case,
    cast,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from app.db.models import (
    AuditEvent,
    BrandAccount,
    Conversation,
    ConversationStatus,
    ConversationTag,
    Employee,
    ReportDay,
    ReportDayTag,
    ReportDayTime,
    ReportResolution,
    ReportResponse,
    ReportState,
    ReportVolume,
    Team,
    Workspace,
)
from app.db.types import utcnow
from app.reports.facts import ConversationFacts, derive_all, load_histories, report_timezone
from app.reports.rollups import opened_by_day, times_by_day
from app.reports.scope import ReportScope
from app.reports.timing import BUCKET_BOUNDS, TimeStats, median

DIMENSIONS = ("network", "account", "kind", "team", "intent", "tag")
DIMENSION_TITLES = {
    "network": "Network",
    "account": "Brand account",
    "kind": "Kind",
    "team": "Team",
    "intent": "Intent",
    "tag": "Tag",
}
NONE_LABEL = "(none)"


@dataclass(frozen=True)
class Period:
    """Local calendar days, both ends included."""

    start: date
    end: date

    @classmethod
    def last_days(cls, days: int, today: date) -> Period:
        return cls(today - timedelta(days=days - 1), today)

    @property
    def length(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        return Period(self.start - timedelta(days=self.length), self.start - timedelta(days=1))

    def days(self) -> list[str]:
        return [(self.start + timedelta(days=i)).isoformat() for i in range(self.length)]

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """UTC instants of the first local midnight and the one after the last day."""
        lo = datetime.combine(self.start, time(0), tz).astimezone(UTC)
        hi = datetime.combine(self.end + timedelta(days=1), time(0), tz).astimezone(UTC)
        return lo, hi

    def label(self) -> str:
        return f"{self.start:%d %b %Y} – {self.end:%d %b %Y}"


@dataclass(frozen=True)
class Filters:
    """Empty sets mean "all"."""

    networks: frozenset[str] = frozenset()
    account_ids: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()
    team_ids: frozenset[int] = frozenset()
    intents: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    #: the conversations that carry ``tags``, read once per report on PostgreSQL
    #: (:func:`_with_tagged`); not part of what the filter is
    tagged: tuple[int, ...] | None = field(default=None, compare=False, repr=False)

    def describe(self, names: Names) -> str:
        parts = []
        if self.networks:
            parts.append("network " + ", ".join(sorted(self.networks)))
        if self.account_ids:
            parts.append("account " + ", ".join(names.account(a) for a in sorted(self.account_ids)))
        if self.kinds:
            parts.append("kind " + ", ".join(sorted(self.kinds)))
        if self.team_ids:
            parts.append("team " + ", ".join(names.team(t) for t in sorted(self.team_ids)))
        if self.intents:
            parts.append("intent " + ", ".join(sorted(self.intents)))
        if self.tags:
            parts.append("tag " + ", ".join(sorted(self.tags)))
        return "; ".join(parts) or "no filter"


@dataclass
class Names:
    teams: dict[int, str] = field(default_factory=dict)
    accounts: dict[int, str] = field(default_factory=dict)
    people: dict[int, str] = field(default_factory=dict)

    def team(self, team_id: int | None) -> str:
        return NONE_LABEL if team_id is None else self.teams.get(team_id, f"team {team_id}")

    def account(self, account_id: int | None) -> str:
        if account_id is None:
            return NONE_LABEL
        return self.accounts.get(account_id, f"account {account_id}")

    def person(self, employee_id: int | None) -> str:
        if employee_id is None:
            return "(unknown)"
        return self.people.get(employee_id, f"employee {employee_id}")

    @classmethod
    def load(cls, session: Session, workspace_id: int) -> Names:
        return cls(
            dict(
                session.execute(
                    select(Team.id, Team.name).where(Team.workspace_id == workspace_id)
                ).all()
            ),  # type: ignore[arg-type]
            {
                i: f"@{h} ({n})"
                for i, h, n in session.execute(
                    select(BrandAccount.id, BrandAccount.handle, BrandAccount.network).where(
                        BrandAccount.workspace_id == workspace_id
                    )
                )
            },
            dict(
                session.execute(
                    select(Employee.id, Employee.display_name).where(
                        Employee.workspace_id == workspace_id
                    )
                ).all()  # type: ignore[arg-type]
            ),
        )


@dataclass
class TeamRow:
    team: str
    handled: int
    replied: int
    resolved: int
    median_first: float | None
    median_resolution: float | None
    sla_met: int
    sla_total: int


@dataclass
class AgentRow:
    agent: str
    handled: int
    replied: int
    resolved: int
    median_response: float | None
    median_resolution: float | None
    sla_met: int
    sla_total: int


@dataclass
class Report:
    period: Period
    timezone: str
    scope: str
    filters: str
    days: list[str]
    volume_in: dict[str, int]
    volume_out: dict[str, int]
    #: dimension → label → day → inbound messages
    breakdown: dict[str, dict[str, dict[str, int]]]
    #: dimension → label → (in, out) over the period
    breakdown_totals: dict[str, dict[str, tuple[int, int]]]
    first: TimeStats
    next: TimeStats
    resolution: TimeStats
    first_median_by_day: dict[str, float | None]
    resolution_median_by_day: dict[str, float | None]
    sla_met: int
    sla_total: int
    sla_by_day: dict[str, tuple[int, int]]
    backlog: dict[str, int]
    teams: list[TeamRow]
    agents: list[AgentRow]
    #: day → (average sentiment or None, positive, neutral, negative)
    sentiment_by_day: dict[str, tuple[float | None, int, int, int]]
    #: intent → day → inbound messages
    topics_by_day: dict[str, dict[str, int]]
    as_of: datetime | None = None
    #: False for the first view (build_first_view): the per-day medians and the team and agent
    #: tables are still being read; everything else is final
    complete: bool = True
    #: where the figures were read, in words, when it is worth saying ("From the replica, as
    #: of 3 s ago", "From the primary database: the replica cannot be reached"); exports carry it
    read_from: str = ""

    @property
    def total_in(self) -> int:
        return sum(self.volume_in.values())

    @property
    def total_out(self) -> int:
        return sum(self.volume_out.values())

    @property
    def sla_percent(self) -> float | None:
        return 100.0 * self.sla_met / self.sla_total if self.sla_total else None


# rows handed to _assemble, the same shape from both sources
#: (day, direction, team, account, network, kind, intent, n, s_sum, s_n, positive, negative)
VolRow = tuple[str, str, int | None, int, str, str, str | None, int, float, int, int, int]
#: (tag, day, direction, n)
TagRow = tuple[str, str, str, int]
#: (which, day, team, employee, seconds, answered, sla, conversation); sla is 1 (in time),
#: 0 (missed: late, or unanswered past due) or -1 (no policy, or not due yet)
RespRow = tuple[str, str, int | None, int | None, int | None, bool, int, int]
#: a stretch resolved in the period: (day, team, resolved_by, seconds, conversation)
ResRow = tuple[str, int | None, int | None, int | None, int]


@dataclass
class BacklogParts:
    """Open stretches at the period's start, and stretches opened and resolved on each day."""

    base: int
    opened: dict[str, int]
    closed: dict[str, int]


def sla_state(answered_at: datetime | None, due_at: datetime | None, now: datetime) -> int:
    if due_at is None:
        return -1
    if answered_at is not None:
        return 1 if answered_at <= due_at else 0
    return 0 if due_at < now else -1


def _median(values: Iterable[int]) -> float | None:
    return median(sorted(values))


def _sla(rows: Iterable[RespRow]) -> tuple[int, int]:
    met = total = 0
    for r in rows:
        if r[6] >= 0:
            total += 1
            met += r[6]
    return met, total


def _assemble(
    period: Period,
    tz: ZoneInfo,
    scope_label: str,
    filters_label: str,
    names: Names,
    vol: Iterable[VolRow],
    tags: Iterable[TagRow],
    responses: Sequence[RespRow],
    resolved: Sequence[ResRow],
    backlog_parts: BacklogParts,
) -> Report:
    days = period.days()
    day_set = set(days)
    volume_in = dict.fromkeys(days, 0)
    volume_out = dict.fromkeys(days, 0)
    breakdown: dict[str, dict[str, dict[str, int]]] = {d: {} for d in DIMENSIONS}
    totals: dict[str, dict[str, list[int]]] = {d: {} for d in DIMENSIONS}
    s_sum: dict[str, float] = defaultdict(float)
    s_n: dict[str, int] = defaultdict(int)
    pos: dict[str, int] = defaultdict(int)
    neg: dict[str, int] = defaultdict(int)
    topics: dict[str, dict[str, int]] = {}
    for day, direction, team, account, network, kind, intent, n, ss, sn, p, ng in vol:
        if day not in day_set or not n:
            continue
        inbound = direction == "in"
        (volume_in if inbound else volume_out)[day] += n
        labels = {
            "network": network,
            "account": names.account(account),
            "kind": kind,
            "team": names.team(team),
            "intent": intent or NONE_LABEL,
        }
        for dim, lab in labels.items():
            tot = totals[dim].setdefault(lab, [0, 0])
            tot[0 if inbound else 1] += n
            if inbound:
                series = breakdown[dim].setdefault(lab, dict.fromkeys(days, 0))
                series[day] += n
        if inbound:
            s_sum[day] += ss
            s_n[day] += sn
            pos[day] += p
            neg[day] += ng
            topics.setdefault(intent or NONE_LABEL, dict.fromkeys(days, 0))[day] += n
    for tag, day, direction, n in tags:
        if day not in day_set:
            continue
        tot = totals["tag"].setdefault(tag, [0, 0])
        tot[0 if direction == "in" else 1] += n
        if direction == "in":
            breakdown["tag"].setdefault(tag, dict.fromkeys(days, 0))[day] += n
    sentiment = {
        d: (
            _mean_sentiment(s_sum[d], s_n[d]),
            pos[d],
            s_n[d] - pos[d] - neg[d],
            neg[d],
        )
        for d in days
    }

    in_period = [r for r in responses if r[1] in day_set]
    answered = [r for r in in_period if r[5] and r[4] is not None]
    first = TimeStats.of([r[4] for r in answered if r[0] == "first"])  # type: ignore[misc]
    nxt = TimeStats.of([r[4] for r in answered if r[0] == "next"])  # type: ignore[misc]
    first_by_day: dict[str, list[int]] = defaultdict(list)
    by_day: dict[str, list[RespRow]] = defaultdict(list)
    by_team: dict[int | None, list[RespRow]] = defaultdict(list)
    by_agent: dict[int, list[RespRow]] = defaultdict(list)
    for r in in_period:
        by_day[r[1]].append(r)
        by_team[r[2]].append(r)
        if r[5] and r[4] is not None:
            if r[0] == "first":
                first_by_day[r[1]].append(r[4])
            if r[3] is not None:
                by_agent[r[3]].append(r)
    sla_met, sla_total = _sla(in_period)
    sla_by_day = {d: _sla(by_day.get(d, ())) for d in days}

    resolved = [r for r in resolved if r[0] in day_set and r[3] is not None]
    resolution = TimeStats.of([r[3] for r in resolved])  # type: ignore[misc]
    res_by_day: dict[str, list[int]] = defaultdict(list)
    res_by_team: dict[int | None, list[ResRow]] = defaultdict(list)
    res_by_agent: dict[int, list[ResRow]] = defaultdict(list)
    for r in resolved:
        res_by_day[r[0]].append(r[3])  # type: ignore[arg-type]
        res_by_team[r[1]].append(r)
        if r[2] is not None:
            res_by_agent[r[2]].append(r)

    backlog = {}
    open_now = backlog_parts.base
    for d in days:
        open_now += backlog_parts.opened.get(d, 0) - backlog_parts.closed.get(d, 0)
        backlog[d] = open_now

    handled_sets: dict[int | None, set[int]] = defaultdict(set)
    for r in answered:
        handled_sets[r[2]].add(r[7])
    for r in resolved:
        handled_sets[r[1]].add(r[4])
    team_ids = set(by_team) | set(res_by_team)
    teams = []
    for t in sorted(team_ids, key=lambda t: names.team(t).lower()):
        t_resp = by_team.get(t, [])
        met, total = _sla(t_resp)
        teams.append(
            TeamRow(
                names.team(t),
                len(handled_sets.get(t, ())),
                sum(1 for r in t_resp if r[5]),
                len(res_by_team.get(t, ())),
                _median(r[4] for r in t_resp if r[0] == "first" and r[5] and r[4] is not None),  # type: ignore[misc]
                _median(r[3] for r in res_by_team.get(t, ())),  # type: ignore[misc]
                met,
                total,
            )
        )
    agents = []
    for e in sorted(set(by_agent) | set(res_by_agent), key=lambda e: names.person(e).lower()):
        e_resp = by_agent.get(e, [])
        e_res = res_by_agent.get(e, [])
        met, total = _sla(e_resp)
        agents.append(
            AgentRow(
                names.person(e),
                len({r[7] for r in e_resp} | {r[4] for r in e_res}),
                len(e_resp),
                len(e_res),
                _median(r[4] for r in e_resp),  # type: ignore[misc]
                _median(r[3] for r in e_res),  # type: ignore[misc]
                met,
                total,
            )
        )
    return Report(
        period=period,
        timezone=tz.key,
        scope=scope_label,
        filters=filters_label,
        days=days,
        volume_in=volume_in,
        volume_out=volume_out,
        breakdown={d: dict(sorted(v.items())) for d, v in breakdown.items()},
        breakdown_totals={
            d: {k: (v[0], v[1]) for k, v in sorted(t.items())} for d, t in totals.items()
        },
        first=first,
        next=nxt,
        resolution=resolution,
        first_median_by_day={d: _median(first_by_day.get(d, ())) for d in days},
        resolution_median_by_day={d: _median(res_by_day.get(d, ())) for d in days},
        sla_met=sla_met,
        sla_total=sla_total,
        sla_by_day=sla_by_day,
        backlog=backlog,
        teams=teams,
        agents=agents,
        sentiment_by_day=sentiment,
        topics_by_day=dict(sorted(topics.items())),
    )


def _scope_label(scope: ReportScope, names: Names) -> str:
    if scope.team_ids is None:
        return "all teams"
    if not scope.team_ids:
        return "no team"
    return ", ".join(sorted(names.team(t) for t in scope.team_ids))


def _workspace_tz(session: Session, workspace_id: int) -> ZoneInfo:
    return report_timezone(
        session.scalar(select(Workspace.settings).where(Workspace.id == workspace_id))
    )


def _conditions(table: type, scope: ReportScope, filters: Filters) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = [table.workspace_id == scope.workspace_id]  # type: ignore[attr-defined]
    teams = scope.team_ids
    if filters.team_ids:
        teams = filters.team_ids if teams is None else teams & filters.team_ids
    if teams is not None:
        c.append(table.team_id.in_(sorted(teams)))  # type: ignore[attr-defined]
    if filters.networks:
        c.append(table.network.in_(sorted(filters.networks)))  # type: ignore[attr-defined]
    if filters.account_ids:
        c.append(table.brand_account_id.in_(sorted(filters.account_ids)))  # type: ignore[attr-defined]
    if filters.kinds:
        c.append(table.kind.in_(sorted(filters.kinds)))  # type: ignore[attr-defined]
    if filters.intents:
        c.append(table.intent.in_(sorted(filters.intents)))  # type: ignore[attr-defined]
    if filters.tags and filters.tagged is not None:
        c.append(
            table.conversation_id  # type: ignore[attr-defined]
            == any_(bindparam(None, list(filters.tagged), type_=ARRAY(Integer())))
        )
    elif filters.tags:
        c.append(
            table.conversation_id.in_(  # type: ignore[attr-defined]
                select(ConversationTag.conversation_id).where(
                    ConversationTag.tag.in_(sorted(filters.tags))
                )
            )
        )
    return c


def _with_tagged(conn: Connection, filters: Filters) -> Filters:
    """On PostgreSQL, a tag filter names its conversations by id for the report's queries.

    With the tag's conversations as a subquery, PostgreSQL's planner (at its default page
    costs) hashes the subquery and scans every per-conversation rollup row, five times a report:
    about 170 ms of a 240 ms tag-filtered first view at 1,000,000 messages. Given the ids as an
    array, it reads exactly those rows by their conversation index (31 → 7 ms a query). The ids
    are read in the same session, so row-level security decides them as it would the subquery.
    SQLite keeps the subquery: with the rollups' statistics it already reads by index.
    """
    if not filters.tags or conn.dialect.name != "postgresql":
        return filters  # (read afresh each report: ids from an earlier one would be stale)
    ids = conn.execute(
        select(ConversationTag.conversation_id)
        .where(ConversationTag.tag.in_(sorted(filters.tags)))
        .distinct()
    ).scalars()
    return replace(filters, tagged=tuple(ids))


def build_report(
    session: Session,
    scope: ReportScope,
    period: Period,
    filters: Filters = Filters(),  # noqa: B008 - frozen
    *,
    now: datetime | None = None,
    names: Names | None = None,
) -> Report:
    """The dashboard from the rollups (what the window shows)."""
    now = now or utcnow()
    # Core statements on the connection, the big ones read straight from the DB-API cursor:
    # plain tuples of ints and text, no per-row objects (a result not streamed is not buffered)
    conn = session.connection()
    filters = _with_tagged(conn, filters)
    tz = _workspace_tz(session, scope.workspace_id)
    names = names or Names.load(session, scope.workspace_id)
    d0, d1 = period.start.isoformat(), period.end.isoformat()
    vol, tags = _volume(conn, scope, filters, d0, d1)
    R = ReportResponse
    state = case(
        (R.due_at.is_(None), -1),
        (R.answered_at.is_not(None), case((R.answered_at <= R.due_at, 1), else_=0)),
        (R.due_at < now, 0),
        else_=-1,
    )
    responses = conn.execute(
        select(
            R.which,
            R.day,
            R.team_id,
            R.employee_id,
            R.seconds,
            R.answered_at.is_not(None),
            state,
            R.conversation_id,
        ).where(*_conditions(R, scope, filters), R.day.between(d0, d1))
    ).cursor.fetchall()
    S = ReportResolution
    s_where = _conditions(S, scope, filters)
    resolved = conn.execute(
        select(S.day, S.team_id, S.resolved_by, S.seconds, S.conversation_id).where(
            *s_where, S.day.between(d0, d1)
        )
    ).cursor.fetchall()
    report = _assemble(
        period,
        tz,
        _scope_label(scope, names),
        filters.describe(names),
        names,
        vol,  # type: ignore[arg-type]
        tags,  # type: ignore[arg-type]
        responses,  # type: ignore[arg-type]
        resolved,  # type: ignore[arg-type]
        _backlog(conn, scope, filters, d0, d1),
    )
    report.as_of = conn.scalar(
        select(ReportState.updated_at).where(ReportState.workspace_id == scope.workspace_id)
    )
    return report


def _volume(conn: Connection, scope: ReportScope, filters: Filters, d0: str, d1: str) -> tuple:
    """Messages per day and dimensions (from report_day: a few hundred rows a month, unless a
    tag filter needs the per-conversation rows), and per tag."""
    V = ReportVolume
    vol_where = and_(*_conditions(V, scope, filters), V.day.between(d0, d1))
    if filters.tags:
        vol = conn.execute(
            select(
                V.day,
                V.direction,
                V.team_id,
                V.brand_account_id,
                V.network,
                V.kind,
                V.intent,
                func.sum(V.n),
                func.sum(V.sentiment_sum),
                func.sum(V.sentiment_n),
                func.sum(V.positive),
                func.sum(V.negative),
            )
            .where(vol_where)
            .group_by(
                V.day, V.direction, V.team_id, V.brand_account_id, V.network, V.kind, V.intent
            )
        ).cursor.fetchall()
    else:
        D = ReportDay
        vol = conn.execute(
            select(
                D.day,
                D.direction,
                D.team_id,
                D.brand_account_id,
                D.network,
                D.kind,
                D.intent,
                D.n,
                D.sentiment_sum,
                D.sentiment_n,
                D.positive,
                D.negative,
            ).where(*_conditions(D, scope, filters), D.day.between(d0, d1))
        ).cursor.fetchall()
    if filters.tags:
        tags = conn.execute(
            select(ConversationTag.tag, V.day, V.direction, func.sum(V.n))
            .join(ConversationTag, ConversationTag.conversation_id == V.conversation_id)
            .where(vol_where)
            .group_by(ConversationTag.tag, V.day, V.direction)
        ).cursor.fetchall()
    else:
        G = ReportDayTag
        tags = conn.execute(
            select(G.tag, G.day, G.direction, func.sum(G.n))
            .where(*_conditions(G, scope, filters), G.day.between(d0, d1))
            .group_by(G.tag, G.day, G.direction)
        ).cursor.fetchall()
    return vol, tags


def _backlog(
    conn: Connection, scope: ReportScope, filters: Filters, d0: str, d1: str
) -> BacklogParts:
    S = ReportResolution
    s_where = _conditions(S, scope, filters)
    base = conn.scalar(
        select(func.count()).where(*s_where, S.opened_day < d0, or_(S.day.is_(None), S.day >= d0))
    )
    opened = dict(
        conn.execute(
            select(S.opened_day, func.count())
            .where(*s_where, S.opened_day.between(d0, d1))
            .group_by(S.opened_day)
        ).all()
    )
    closed = dict(
        conn.execute(
            select(S.day, func.count()).where(*s_where, S.day.between(d0, d1)).group_by(S.day)
        ).all()
    )
    return BacklogParts(int(base or 0), opened, closed)  # type: ignore[arg-type]


def _quantiles(
    conn: Connection, values: Select, n: int, buckets: Sequence[int] | None = None
) -> tuple[float | None, float | None]:
    """Median and p90 (timing's rules) of ``values`` (one column of ``n`` numbers), found by
    the database: each rank is an ORDER BY … LIMIT … OFFSET from the nearer end, so the sort
    keeps at most half the values (a tenth for p90) and only the ranks needed come back.

    With ``buckets`` (how many of the values fall in each of timing.BUCKET_BOUNDS' ranges,
    which the rollups already counted) a rank is looked for only among the values of its own
    bucket, from that bucket's nearer end: the sort then keeps a part of one bucket, not half
    of everything (the median of 90 days at a million messages sorted 100,000 values)."""
    if n == 0:
        return None, None
    col = values.selected_columns[0]

    def ranks(first: int, count: int) -> list[float]:
        """Values at 1-based ranks first … first + count - 1 in ascending order."""
        among, before, size = values, 0, n
        if buckets is not None and sum(buckets) == n:
            i = 0
            while i < len(buckets) - 1 and first > before + buckets[i]:
                before += buckets[i]
                i += 1
            in_bucket = buckets[i]
            if first + count - 1 <= before + in_bucket:  # every rank asked is in bucket i
                lo = BUCKET_BOUNDS[i - 1] if i else None
                hi = BUCKET_BOUNDS[i] if i < len(BUCKET_BOUNDS) else None
                among = values.where(
                    *([col >= lo] if lo is not None else []),
                    *([col < hi] if hi is not None else []),
                )
                size = in_bucket
            else:
                before = 0
        first -= before
        if first - 1 <= size - (first + count - 1):
            q = among.order_by(col).limit(count).offset(first - 1)
            return [float(v) for v in conn.execute(q).scalars()]
        q = among.order_by(col.desc()).limit(count).offset(size - (first + count - 1))
        return [float(v) for v in reversed(conn.execute(q).scalars().all())]

    mid = ranks((n + 1) // 2, 1)[0] if n % 2 else sum(ranks(n // 2, 2)) / 2
    return mid, ranks(max(1, math.ceil(0.9 * n)), 1)[0]


def build_first_view(
    session: Session,
    scope: ReportScope,
    period: Period,
    filters: Filters = Filters(),  # noqa: B008 - frozen
    *,
    now: datetime | None = None,
    names: Names | None = None,
) -> Report:
    """What the dashboard paints first, from the daily rollups: volumes, breakdowns, sentiment,
    topics, backlog, SLA % and the response and resolution times (count, distribution; median
    and p90 ranked by the database). Only the per-day medians and the team and agent tables are
    left for :func:`build_report` (``complete`` is False).

    A tag filter cannot use the daily rollups (a conversation has several tags): the same sums
    are then made from the per-conversation rows of the tagged conversations."""
    now = now or utcnow()
    conn = session.connection()
    filters = _with_tagged(conn, filters)
    tz = _workspace_tz(session, scope.workspace_id)
    names = names or Names.load(session, scope.workspace_id)
    d0, d1 = period.start.isoformat(), period.end.isoformat()
    vol, tags = _volume(conn, scope, filters, d0, d1)
    R, S = ReportResponse, ReportResolution
    r_where = [*_conditions(R, scope, filters), R.day.between(d0, d1)]
    s_where = [*_conditions(S, scope, filters), S.day.between(d0, d1)]
    if filters.tags:
        s_opened = [*_conditions(S, scope, filters), S.opened_day <= d1]
        times = [
            *conn.execute(times_by_day(R, r_where)).all(),
            *conn.execute(times_by_day(S, [*_conditions(S, scope, filters), S.day <= d1])).all(),
            *conn.execute(opened_by_day(s_opened)).all(),
        ]
    else:
        T = ReportDayTime
        times = conn.execute(
            select(
                T.workspace_id,
                T.day,
                T.metric,
                T.team_id,
                T.brand_account_id,
                T.network,
                T.kind,
                T.intent,
                T.n,
                T.b0,
                T.b1,
                T.b2,
                T.b3,
                T.b4,
                T.sla_total,
                T.sla_met,
            ).where(
                *_conditions(T, scope, filters),
                # every day up to the period's end: the backlog starts from what was open
                or_(T.day.between(d0, d1), (T.day < d0) & T.metric.in_(("opened", "resolution"))),
            )
        ).all()
    days = period.days()
    counts = {m: [0] * (1 + len(BUCKET_BOUNDS)) for m in ("first", "next", "resolution")}
    sla_by_day = {d: [0, 0] for d in days}
    backlog = BacklogParts(0, defaultdict(int), defaultdict(int))
    for row in times:
        day, metric, n, buckets, sla_total, sla_met = row[1], row[2], row[8], row[9:14], *row[14:]
        if metric in ("opened", "resolution"):  # resolutions end stretches; openings start them
            sign = 1 if metric == "opened" else -1
            if day < d0:
                backlog.base += sign * int(n)
            elif day <= d1:
                (backlog.opened if sign > 0 else backlog.closed)[day] += int(n)
        if day < d0 or day > d1 or metric == "opened":
            continue
        c = counts[metric]
        for i, b in enumerate(buckets):
            c[i] += int(b)
        sla_by_day[day][0] += int(sla_met)
        sla_by_day[day][1] += int(sla_total)
    # a wait still unanswered counts as missed once it is due (not part of any rollup: it
    # depends on when one looks)
    for day, missed in conn.execute(
        select(R.day, func.count())
        .where(*r_where, R.answered_at.is_(None), R.due_at.is_not(None), R.due_at < now)
        .group_by(R.day)
    ).all():
        sla_by_day[day][1] += int(missed)

    def stats(metric: str) -> TimeStats:
        # a wait has its seconds once answered, a stretch once resolved: the index holds them
        buckets = counts[metric]
        if metric == "resolution":
            values = select(S.seconds).where(*s_where, S.seconds.is_not(None))
        else:
            values = select(R.seconds).where(*r_where, R.which == metric, R.seconds.is_not(None))
        mid, p90 = _quantiles(conn, values, sum(buckets), buckets)
        return TimeStats(sum(buckets), mid, p90, tuple(buckets))

    report = _assemble(
        period,
        tz,
        _scope_label(scope, names),
        filters.describe(names),
        names,
        vol,  # type: ignore[arg-type]
        tags,  # type: ignore[arg-type]
        [],
        [],
        BacklogParts(backlog.base, dict(backlog.opened), dict(backlog.closed)),
    )
    report.first, report.next, report.resolution = (
        stats("first"),
        stats("next"),
        stats("resolution"),
    )
    report.sla_met = sum(v[0] for v in sla_by_day.values())
    report.sla_total = sum(v[1] for v in sla_by_day.values())
    report.sla_by_day = {d: (v[0], v[1]) for d, v in sla_by_day.items()}
    report.complete = False
    report.as_of = conn.scalar(
        select(ReportState.updated_at).where(ReportState.workspace_id == scope.workspace_id)
    )
    return report


def _keep(f: ConversationFacts, scope: ReportScope, filters: Filters, tags: set[int]) -> bool:
    d = f.dims
    teams = scope.team_ids
    if filters.team_ids:
        teams = filters.team_ids if teams is None else teams & filters.team_ids
    return (
        (teams is None or d.team_id in teams)
        and (not filters.networks or d.network in filters.networks)
        and (not filters.account_ids or d.account_id in filters.account_ids)
        and (not filters.kinds or d.kind in filters.kinds)
        and (not filters.intents or d.intent in filters.intents)
        and (not filters.tags or f.conversation_id in tags)
    )


def build_report_raw(
    session: Session,
    scope: ReportScope,
    period: Period,
    filters: Filters = Filters(),  # noqa: B008 - frozen
    *,
    now: datetime | None = None,
) -> Report:
    """The same dashboard straight from the raw tables (the check on the rollups, and the bench's
    baseline): every conversation that could count is read and derived again."""
    now = now or utcnow()
    tz = _workspace_tz(session, scope.workspace_id)
    names = Names.load(session, scope.workspace_id)
    lo, _hi = period.bounds(tz)
    touched = select(AuditEvent.target_id).where(
        AuditEvent.workspace_id == scope.workspace_id,
        AuditEvent.action == "conversation_status",
        AuditEvent.at >= lo,
    )
    where = or_(
        Conversation.last_message_at >= lo,
        Conversation.status != ConversationStatus.RESOLVED.value,
        cast(Conversation.id, String).in_(touched),
    )
    facts = derive_all(
        session, scope.workspace_id, load_histories(session, scope.workspace_id, where), tz
    )
    tag_rows = session.execute(
        select(ConversationTag.conversation_id, ConversationTag.tag)
        .join(Conversation, Conversation.id == ConversationTag.conversation_id)
        .where(Conversation.workspace_id == scope.workspace_id)
    ).all()
    tags_of: dict[int, list[str]] = defaultdict(list)
    for cid, tag in tag_rows:
        tags_of[cid].append(tag)
    tagged = {cid for cid, tag in tag_rows if tag in filters.tags}
    facts = [f for f in facts if _keep(f, scope, filters, tagged)]
    vol: list[VolRow] = []
    tag_vol: list[TagRow] = []
    responses: list[RespRow] = []
    resolved: list[ResRow] = []
    base = 0
    opened: dict[str, int] = defaultdict(int)
    closed: dict[str, int] = defaultdict(int)
    d0, d1 = period.start.isoformat(), period.end.isoformat()
    for f in facts:
        d = f.dims
        for (day, direction), c in f.volume.items():
            vol.append(
                (
                    day,
                    direction,
                    d.team_id,
                    d.account_id,
                    d.network,
                    d.kind,
                    d.intent,
                    c.n,
                    c.sentiment_sum,
                    c.sentiment_n,
                    c.positive,
                    c.negative,
                )
            )
            for tag in tags_of.get(f.conversation_id, ()):
                tag_vol.append((tag, day, direction, c.n))
        for r in f.responses:
            responses.append(
                (
                    r.which,
                    r.day,
                    d.team_id,
                    r.employee_id,
                    r.seconds,
                    r.answered_at is not None,
                    sla_state(r.answered_at, r.due_at, now),
                    f.conversation_id,
                )
            )
        for e in f.resolutions:
            if e.day is not None and d0 <= e.day <= d1:
                resolved.append((e.day, d.team_id, e.resolved_by, e.seconds, f.conversation_id))
                closed[e.day] += 1
            if d0 <= e.opened_day <= d1:
                opened[e.opened_day] += 1
            elif e.opened_day < d0 and (e.day is None or e.day >= d0):
                base += 1
    return _assemble(
        period,
        tz,
        _scope_label(scope, names),
        filters.describe(names),
        names,
        vol,
        tag_vol,
        responses,
        resolved,
        BacklogParts(base, dict(opened), dict(closed)),
    )


@dataclass(frozen=True)
class Headline:
    """The few figures compared with the previous period."""

    messages_in: int
    messages_out: int
    median_first: float | None
    p90_first: float | None
    median_resolution: float | None
    sla_percent: float | None
    backlog_end: int

    @classmethod
    def of(cls, r: Report) -> Headline:
        return cls(
            r.total_in,
            r.total_out,
            r.first.median,
            r.first.p90,
            r.resolution.median,
            r.sla_percent,
            r.backlog[r.days[-1]] if r.days else 0,
        )


def _mean_sentiment(total: float, n: int) -> float | None:
    """The day's average sentiment, the same whichever order its scores were added in.

    Scores are stored to four decimals, so their sum has four decimals too, give or take the
    float error of the additions, which differs between SQL's sum over the rollups and ours
    over the raw rows. An average that falls half-way between two four-decimal values (common:
    1.23 over 200 messages) was then rounded up by one and down by the other, and the
    dashboard's first figures disagreed with the complete report's. Rounding the sum to its
    true four decimals first removes that error before the division.
    """
    return round(round(total, 4) / n, 4) if n else None


def comparable(report: Report) -> Report:
    """The report without its reading time, for comparing two computations."""
    return replace(report, as_of=None)


def first_view_of(report: Report) -> Report:
    """The part of a complete report that :func:`build_first_view` computes (for checking that
    the first view, read from the daily rollups, equals it)."""
    return replace(
        report,
        first_median_by_day=dict.fromkeys(report.days),
        resolution_median_by_day=dict.fromkeys(report.days),
        teams=[],
        agents=[],
        complete=False,
    )
