"""Routing rules: which team or person gets a new message, decided as it is ingested.

A rule is plain data (JSON) — conditions and actions — so it can be edited in the app, checked,
exported to a file and imported into another workspace. Rules are *validated* before they are
stored (an invalid regular expression or an impossible condition is refused with the reason in
words) and *compiled* once per workspace into fast predicates; the compiled set is cached and
rebuilt when the change feed says routing (or the workspace) changed, on whichever workstation
or worker runs ingest.

Rules run in their order. Each has a trigger: ``new`` (the first messages of a new
conversation) or ``any`` (every new message, for escalations such as a safety report arriving in
an existing thread). A rule fires for a conversation when any of its new messages meets the
rule's conditions; the actions of fired rules apply in order (a later route or priority wins)
until a rule that says ``stop``. A rule that fails while running is switched off with the
reason, the people who manage routing are told, and ingest carries on.

The dry run evaluates rules over stored messages with exactly the code ingest uses
(:meth:`RuleSet.decide`), without writing anything.

Document shape (what the editor, the files and the database hold)::

    {"name": "Complaints to customer service", "enabled": true,
     "conditions": {"trigger": "new", "match": "all",
                    "items": [{"type": "intent", "in": ["complaint"]}]},
     "actions": {"items": [{"type": "route", "department": "support"}, {"type": "stop"}]}}
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.base import ItemKind
from app.classify import Intent
from app.db.models import (
    BrandAccount,
    CannedReply,
    Employee,
    EmployeeTeam,
    Role,
    RoleGrant,
    RolePermission,
    RoutingRule,
    Team,
    Workspace,
)
from app.identity.access import Permission

log = logging.getLogger(__name__)


DEFAULT_RULES_FILE = (
    Path(__file__).resolve().parents[2] / "resources" / "routing" / "default_rules.json"
)
EXPORT_FORMAT = "social-console-routing-rules"
EXPORT_VERSION = 1

#: change-feed topics after which compiled rules are rebuilt
CACHE_TOPICS = ("routing", "workspace", "team", "employee")

PRIORITIES: dict[str, int] = {"low": -1, "normal": 0, "high": 1, "urgent": 2}
PRIORITY_NAMES: dict[int, str] = {v: k for k, v in PRIORITIES.items()}
TRIGGERS = {"new": "new conversations", "any": "every new message"}
MATCH_MODES = {"all": "all conditions", "any": "any condition", "always": "every message"}
INTENTS = tuple(i.value for i in Intent)
KINDS = tuple(k.value for k in ItemKind)
NETWORKS = ("demo", "mastodon", "bluesky", "x", "meta", "facebook", "instagram", "linkedin")
DEPARTMENTS = ("support", "pr", "sales", "product", "marketing", "it")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_BUSINESS_HOURS: dict[str, Any] = {
    "timezone": "UTC",
    "days": ["mon", "tue", "wed", "thu", "fri"],
    "start": "09:00",
    "end": "17:00",
}

CONDITION_TYPES = {
    "keywords": "contains any of these words or phrases",
    "regex": "matches this regular expression",
    "intent": "intent is one of",
    "sentiment": "sentiment below / above",
    "language": "language is one of",
    "network": "network is one of",
    "account": "brand account is one of",
    "kind": "message kind is one of",
    "followers": "author has at least N followers",
    "vip": "author is a VIP",
    "business_hours": "written inside (or outside) business hours",
    "history": "customer had at least N earlier conversations",
}
ACTION_TYPES = {
    "route": "route to team",
    "assign": "assign to person",
    "priority": "set priority",
    "tag": "tag",
    "notify": "notify",
    "suggest_reply": "propose a canned reply",
    "stop": "stop (no further rules)",
}
MAX_PATTERN_CHARS = 500
MAX_KEYWORDS = 500
_WORD = re.compile(r"\w+")


class RuleError(ValueError):
    """A rule that cannot be stored or run; the message says why, in words."""


# --------------------------------------------------------------------------------------------
# the rule document
# --------------------------------------------------------------------------------------------


@dataclass
class RuleSpec:
    """One rule as data: what the editor edits and the files hold."""

    name: str
    conditions: dict[str, Any] = field(default_factory=dict)
    actions: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True
    id: int | None = None
    position: int = 0
    disabled_reason: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "enabled": self.enabled,
            "conditions": self.conditions,
            "actions": self.actions,
        }
        return out

    @classmethod
    def from_json(cls, data: Any, where: str = "The rule") -> RuleSpec:
        if not isinstance(data, Mapping):
            raise RuleError(f"{where} is not a JSON object.")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RuleError(f"{where} has no name.")
        conditions = data.get("conditions", {})
        actions = data.get("actions", {})
        if isinstance(actions, list):  # accept the short form [{"type": ...}, ...]
            actions = {"items": actions}
        if isinstance(conditions, list):
            conditions = {"items": conditions}
        if not isinstance(conditions, Mapping) or not isinstance(actions, Mapping):
            raise RuleError(f"{where}: conditions and actions must be JSON objects.")
        return cls(
            name=name.strip(),
            conditions=dict(conditions),
            actions=dict(actions),
            enabled=bool(data.get("enabled", True)),
        )

    @classmethod
    def from_row(cls, row: RoutingRule) -> RuleSpec:
        return cls(
            name=row.name,
            conditions=dict(row.conditions or {}),
            actions=dict(row.actions or {}),
            enabled=row.enabled,
            id=row.id,
            position=row.position,
            disabled_reason=row.disabled_reason,
        )


# --------------------------------------------------------------------------------------------
# what a workspace offers rules to refer to
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BusinessHours:
    zone: ZoneInfo
    days: frozenset[int]  # 0 = Monday
    start: time
    end: time

    @classmethod
    def parse(cls, raw: Mapping[str, Any] | None) -> BusinessHours:
        data = dict(DEFAULT_BUSINESS_HOURS)
        data.update(raw or {})
        tz = str(data.get("timezone") or "UTC")
        try:
            zone = ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise RuleError(f"The business hours' time zone {tz!r} is not known.") from exc
        days = set()
        for d in data.get("days") or []:
            key = str(d).lower()[:3]
            if key not in DAYS:
                raise RuleError(f"{d!r} is not a day of the week (use mon … sun).")
            days.add(DAYS.index(key))
        try:
            start = time.fromisoformat(str(data["start"]))
            end = time.fromisoformat(str(data["end"]))
        except ValueError as exc:
            raise RuleError("Business hours need a start and an end such as 09:00.") from exc
        if start >= end:
            raise RuleError("Business hours must end after they start.")
        return cls(zone, frozenset(days), start, end)

    def contains(self, at: datetime) -> bool:
        local = at.astimezone(self.zone)
        return local.weekday() in self.days and self.start <= local.time() < self.end


@dataclass
class Catalog:
    """The workspace's teams, people, accounts and canned replies, as rules name them."""

    workspace_id: int
    teams: dict[int, tuple[str, str]]  # id → (name, department)
    employees: dict[str, int]  # username → id
    employee_names: dict[int, str]
    accounts: dict[str, int]  # handle (lower) → id
    account_handles: dict[int, str]
    canned: dict[int, str]  # id → title
    business_hours_raw: dict[str, Any]
    team_leads: dict[int, tuple[int, ...]]
    routing_managers: tuple[int, ...]

    @classmethod
    def load(cls, session: Session, workspace_id: int) -> Catalog:
        teams = {
            tid: (name, dept)
            for tid, name, dept in session.execute(
                select(Team.id, Team.name, Team.department)
                .where(Team.workspace_id == workspace_id)
                .order_by(Team.id)
            )
        }
        emps = session.execute(
            select(Employee.id, Employee.username, Employee.display_name).where(
                Employee.workspace_id == workspace_id, Employee.active.is_(True)
            )
        ).all()
        accounts = session.execute(
            select(BrandAccount.id, BrandAccount.handle).where(
                BrandAccount.workspace_id == workspace_id
            )
        ).all()
        canned = dict(
            session.execute(
                select(CannedReply.id, CannedReply.title).where(
                    CannedReply.workspace_id == workspace_id
                )
            ).all()
        )
        ws = session.get(Workspace, workspace_id)
        hours = dict((ws.settings or {}).get("business_hours") or {}) if ws else {}
        # who holds which permissions, and where: for team leads and routing managers
        grants = session.execute(
            select(RoleGrant.employee_id, RoleGrant.team_id, RolePermission.permission)
            .join(Role, Role.id == RoleGrant.role_id)
            .join(RolePermission, RolePermission.role_id == Role.id)
            .join(Employee, Employee.id == RoleGrant.employee_id)
            .where(Employee.workspace_id == workspace_id, Employee.active.is_(True))
        ).all()
        members: dict[int, list[int]] = defaultdict(list)
        active = {e[0] for e in emps}
        for emp_id, team_id in session.execute(
            select(EmployeeTeam.employee_id, EmployeeTeam.team_id).order_by(
                EmployeeTeam.employee_id
            )
        ):
            if team_id in teams and emp_id in active:
                members[team_id].append(emp_id)
        lead_perms = {Permission.APPROVE.value, Permission.CRISIS_CONTROL.value}
        leads: dict[int, tuple[int, ...]] = {}
        for team_id, people in members.items():
            chosen = sorted(
                {
                    e
                    for e, t, p in grants
                    if e in people and p in lead_perms and (t is None or t == team_id)
                }
            )
            leads[team_id] = tuple(chosen or people)
        managers = tuple(sorted({e for e, _t, p in grants if p == Permission.MANAGE_ROUTING.value}))
        return cls(
            workspace_id=workspace_id,
            teams=teams,
            employees={u: i for i, u, _n in emps},
            employee_names={i: n for i, _u, n in emps},
            accounts={h.lower().lstrip("@"): i for i, h in accounts},
            account_handles={i: h for i, h in accounts},
            canned=canned,
            business_hours_raw=hours,
            team_leads=leads,
            routing_managers=managers,
        )

    def team_by(self, spec: Mapping[str, Any], what: str) -> int:
        """Resolve {"team": name | id} or {"department": name} to a team id, or refuse."""
        if "team" in spec and spec["team"] not in (None, ""):
            ref = spec["team"]
            if isinstance(ref, int) and not isinstance(ref, bool):
                if ref in self.teams:
                    return ref
                raise RuleError(f"{what}: there is no team number {ref}.")
            name = str(ref).strip().casefold()
            for tid, (tname, _d) in self.teams.items():
                if tname.casefold() == name:
                    return tid
            raise RuleError(f"{what}: there is no team called {ref!r}.")
        if "department" in spec and spec["department"]:
            dept = str(spec["department"]).strip().lower()
            if dept not in DEPARTMENTS:
                raise RuleError(
                    f"{what}: {spec['department']!r} is not a department "
                    f"({', '.join(DEPARTMENTS)})."
                )
            for tid, (_n, tdept) in self.teams.items():
                if tdept == dept:
                    return tid
            raise RuleError(f"{what}: this workspace has no team in the {dept} department.")
        raise RuleError(f"{what}: say which team (a team name or a department).")

    def employee_by(self, ref: Any, what: str) -> int:
        if isinstance(ref, int) and not isinstance(ref, bool):
            if ref in self.employee_names:
                return ref
            raise RuleError(f"{what}: there is no active employee number {ref}.")
        name = str(ref or "").strip().lstrip("@")
        if name in self.employees:
            return self.employees[name]
        raise RuleError(f"{what}: there is no active employee with the user name {ref!r}.")
