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

import json
import logging
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Select, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from accounts.base import ItemKind
from app.classify import SUPPORTED_LANGUAGES, Intent
from app.db.models import (
    Assignment,
    BrandAccount,
    CannedReply,
    ChangeEvent,
    Conversation,
    ConversationTag,
    Customer,
    Direction,
    Employee,
    EmployeeTeam,
    Message,
    Role,
    RoleGrant,
    RolePermission,
    RoutingRule,
    Team,
    Workspace,
)
from app.db.types import utcnow
from app.services import audit, notifications
from app.services.access import Actor, Permission
from app.sync import changes

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


# --------------------------------------------------------------------------------------------
# compiled rules
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Facts:
    """What the rules may look at for one inbound message (computed once per message)."""

    conversation_id: int
    message_id: int
    text: str
    intent: str | None
    sentiment: float | None
    language: str | None
    network: str
    account_id: int
    kind: str
    followers: int | None
    vip: bool
    handle: str
    created_at: datetime
    is_new: bool
    history: int = 0
    folded: str = ""
    tokens: tuple[str, ...] = ()
    hits: frozenset[int] = frozenset()
    rx: list[bool | None] | None = None  # memo of the rule set's distinct regexes


Predicate = Callable[[Facts], bool]


@dataclass(frozen=True)
class Action:
    type: str
    team_id: int | None = None
    employee_id: int | None = None
    auto: bool = False
    priority: int | None = None
    tags: tuple[str, ...] = ()
    notify_ids: tuple[int, ...] = ()
    text: str = ""
    canned_reply_id: int | None = None

    def describe(self, catalog: Catalog) -> str:
        if self.type == "route":
            return f"route to {catalog.teams.get(self.team_id or 0, ('?',))[0]}"
        if self.type == "assign":
            if self.auto:
                return "auto-assign within the team"
            return f"assign to {catalog.employee_names.get(self.employee_id or 0, '?')}"
        if self.type == "priority":
            return f"priority {PRIORITY_NAMES.get(self.priority or 0, self.priority)}"
        if self.type == "tag":
            return "tag " + ", ".join(self.tags)
        if self.type == "notify":
            names = [catalog.employee_names.get(i, "?") for i in self.notify_ids]
            return "notify " + ", ".join(names)
        if self.type == "suggest_reply":
            return f"propose reply “{catalog.canned.get(self.canned_reply_id or 0, '?')}”"
        return self.type


@dataclass(eq=False)
class CompiledRule:
    id: int | None
    position: int
    name: str
    trigger: str
    mode: str
    predicates: tuple[Predicate, ...]
    actions: tuple[Action, ...]
    stop: bool
    needs_history: bool = False
    #: the conditions as one generated function (see _Compiler.generate); None: use predicates
    match: Callable[[Facts], bool] | None = None
    #: (expression, its variables) of ``match``, for inlining a whole bucket of rules
    source: tuple[str, dict[str, Any]] | None = None

    def __post_init__(self) -> None:
        self.fast: Callable[[Facts], bool] = self.match or self.matches

    def matches(self, f: Facts) -> bool:
        if self.match is not None:
            return self.match(f)
        if self.trigger == "new" and not f.is_new:
            return False
        if self.mode == "all":
            for p in self.predicates:
                if not p(f):
                    return False
            return True
        if self.mode == "any":
            for p in self.predicates:
                if p(f):
                    return True
            return False
        return True  # always


@dataclass
class KeywordIndex:
    """Every keyword of every rule, looked up by word: one pass over a message's words."""

    single: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    substrings: list[tuple[str, int]] = field(default_factory=list)

    def add(self, keyword: str, key: int) -> None:
        folded = _fold(keyword)
        words = tuple(_WORD.findall(folded))
        if not words:
            self.substrings.append((folded, key))  # emoji and punctuation: plain containment
        elif len(words) == 1:
            self.single[words[0]].append(key)
        else:
            self.phrases[words[0]].append((words, key))

    def hits(self, folded: str, tokens: tuple[str, ...]) -> frozenset[int]:
        found: set[int] = set()
        single = self.single
        phrases = self.phrases
        for i, tok in enumerate(tokens):
            keys = single.get(tok)
            if keys:
                found.update(keys)
            if phrases:
                starts = phrases.get(tok)
                if starts:
                    for words, key in starts:
                        if tokens[i : i + len(words)] == words:
                            found.add(key)
        for sub, key in self.substrings:
            if sub in folded:
                found.add(key)
        return frozenset(found)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _as_list(value: Any, what: str) -> list[Any]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",")]
    if not isinstance(value, list | tuple):
        raise RuleError(f"{what}: give a list of values.")
    out = [v for v in value if not (isinstance(v, str) and not v.strip())]
    if not out:
        raise RuleError(f"{what}: the list is empty, so it could never match.")
    return out


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or value is None:
        raise RuleError(f"{what}: a number is needed.")
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise RuleError(f"{what}: {value!r} is not a number.") from exc


class _Compiler:
    """Turns validated rule documents into predicates; every refusal is a RuleError."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.keywords = KeywordIndex()
        self._next_key = 0
        self._hours: BusinessHours | None = None
        self._expr: tuple[str, tuple[Any, ...]] | None = None
        self._nvars = 0
        self._last_source: tuple[str, dict[str, Any]] | None = None
        self._patterns: dict[str, int] = {}
        self._searches: list[Callable[[str], Any]] = []
        searches = self._searches

        def regex_hit(f: Facts, i: int) -> bool:
            memo = f.rx
            if memo is None:
                memo = f.rx = [None] * len(searches)
            hit = memo[i]
            if hit is None:
                hit = memo[i] = searches[i](f.text) is not None
            return hit

        self._regex_hit = regex_hit

    def emit(self, template: str, *args: Any) -> None:
        """The condition as a Python expression over ``f`` ({0}, {1}: values kept aside)."""
        self._expr = (template, args)

    def hours(self) -> BusinessHours:
        if self._hours is None:
            self._hours = BusinessHours.parse(self.catalog.business_hours_raw)
        return self._hours

    def rule(self, spec: RuleSpec) -> tuple[CompiledRule, list[tuple[str, Any]]]:
        """The compiled rule and its index keys (what a message must have to be a candidate)."""
        where = f"Rule “{spec.name}”"
        cond = spec.conditions or {}
        unknown = set(cond) - {"trigger", "match", "items"}
        if unknown:
            raise RuleError(f"{where}: unknown condition setting {sorted(unknown)[0]!r}.")
        trigger = str(cond.get("trigger", "new"))
        if trigger not in TRIGGERS:
            raise RuleError(f"{where}: the trigger must be “new” or “any”, not {trigger!r}.")
        items = cond.get("items") or []
        if not isinstance(items, list):
            raise RuleError(f"{where}: conditions must be a list.")
        mode = str(cond.get("match", "all" if items else "always"))
        if mode not in MATCH_MODES:
            raise RuleError(f"{where}: match must be “all”, “any” or “always”, not {mode!r}.")
        if mode == "always" and items:
            raise RuleError(f"{where}: “always” takes no conditions; remove them or match all.")
        if mode != "always" and not items:
            raise RuleError(
                f"{where} has no condition. Add one, or say it matches every message (always)."
            )
        preds: list[Predicate] = []
        exprs: list[tuple[str, tuple[Any, ...]]] = []
        index: list[tuple[str, Any]] = []
        needs_history = False
        for n, item in enumerate(items, 1):
            what = f"{where}, condition {n}"
            pred, key = self.condition(item, what)
            preds.append(pred)
            assert self._expr is not None
            exprs.append(self._expr)
            if isinstance(item, Mapping) and item.get("type") == "history":
                needs_history = True
            if key is not None and mode == "all" and not item.get("negate"):
                index.append(key)
        acts = spec.actions.get("items") if isinstance(spec.actions, Mapping) else None
        unknown_a = set(spec.actions) - {"items"} if isinstance(spec.actions, Mapping) else set()
        if unknown_a:
            raise RuleError(f"{where}: unknown action setting {sorted(unknown_a)[0]!r}.")
        if not acts:
            raise RuleError(f"{where} has no action, so it would do nothing.")
        if not isinstance(acts, list):
            raise RuleError(f"{where}: actions must be a list.")
        actions: list[Action] = []
        stop = False
        for n, item in enumerate(acts, 1):
            act = self.action(item, f"{where}, action {n}")
            if act.type == "stop":
                stop = True
            else:
                actions.append(act)
        if not actions:
            raise RuleError(f"{where} only stops; give it an action as well.")
        # cheap conditions first: a failing one spares the regular expressions
        order = {
            "intent": 0,
            "language": 0,
            "network": 0,
            "kind": 0,
            "account": 0,
            "keywords": 1,
            "sentiment": 1,
            "followers": 1,
            "vip": 1,
            "history": 2,
            "business_hours": 3,
            "regex": 4,
        }
        ranked = sorted(
            zip(preds, items, exprs, strict=True),
            key=lambda pi: order.get(str(pi[1].get("type")), 5),
        )
        match = self.generate(trigger, mode, [e for _p, _i, e in ranked])
        compiled = CompiledRule(
            id=spec.id,
            position=spec.position,
            name=spec.name,
            trigger=trigger,
            mode=mode,
            predicates=tuple(p for p, _i, _e in ranked),
            actions=tuple(actions),
            stop=stop,
            needs_history=needs_history,
            match=match,
            source=self._last_source,
        )
        # the most selective index key: keywords, then intent, then the rest
        best = sorted(
            index,
            key=lambda k: ("keywords", "intent", "language", "kind", "network", "account").index(
                k[0]
            ),
        )
        return compiled, best[:1]

    def generate(
        self, trigger: str, mode: str, exprs: Sequence[tuple[str, tuple[Any, ...]]]
    ) -> Callable[[Facts], bool]:
        """One function for the rule's conditions: a loop of closures costs a call per
        condition, which at 200 rules is most of the time per message.

        Only our own templates become code; every value from the rule (words, patterns,
        numbers) is bound as a variable of the function's namespace, never spliced in.
        """
        env: dict[str, Any] = {"_rx": self._regex_hit}
        parts = []
        for template, args in exprs:
            names = []
            for a in args:
                self._nvars += 1
                name = f"v{self._nvars}"  # unique in the compiler: rules can be inlined together
                env[name] = a
                names.append(name)
            parts.append("(" + template.format(*names) + ")")
        if mode == "always" or not parts:
            body = "True"
        else:
            body = (" and " if mode == "all" else " or ").join(parts)
        if trigger == "new":
            body = f"f.is_new and ({body})"
        code = f"def match(f):\n    return bool({body})\n"
        exec(compile(code, "<routing rule>", "exec"), env)  # noqa: S102 - see docstring
        match = env.pop("match")
        env.pop("__builtins__", None)
        self._last_source = (body, env)
        return match

    def condition(self, item: Any, what: str) -> tuple[Predicate, tuple[str, Any] | None]:
        if not isinstance(item, Mapping):
            raise RuleError(f"{what} is not a JSON object.")
        kind = item.get("type")
        if kind not in CONDITION_TYPES:
            raise RuleError(f"{what}: unknown condition {kind!r}.")
        self._expr = None
        pred, key = getattr(self, f"_c_{kind}")(item, what)
        if item.get("negate"):
            assert self._expr is not None
            self._expr = (f"not ({self._expr[0]})", self._expr[1])
            inner = pred

            def negated(f: Facts, inner: Predicate = inner) -> bool:
                return not inner(f)

            return negated, None
        return pred, key

    def _c_keywords(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        words = _as_list(item.get("any"), f"{what} (keywords)")
        if len(words) > MAX_KEYWORDS:
            raise RuleError(f"{what}: at most {MAX_KEYWORDS} keywords in one condition.")
        key = self._next_key
        self._next_key += 1
        for w in words:
            if not isinstance(w, str):
                raise RuleError(f"{what}: keywords must be text.")
            self.keywords.add(w.strip(), key)

        def has_keyword(f: Facts, key: int = key) -> bool:
            return key in f.hits

        self.emit("{0} in f.hits", key)
        return has_keyword, ("keywords", key)

    def _c_regex(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        pattern = item.get("pattern")
        if not isinstance(pattern, str) or not pattern:
            raise RuleError(f"{what}: the regular expression is empty.")
        if len(pattern) > MAX_PATTERN_CHARS:
            raise RuleError(f"{what}: the regular expression is longer than {MAX_PATTERN_CHARS}.")
        try:
            rx = re.compile(pattern, re.IGNORECASE)
        except re.error as exc:
            at = f" at position {exc.pos}" if exc.pos is not None else ""
            raise RuleError(
                f"{what}: the regular expression {pattern!r} is not valid: {exc.msg}{at}."
            ) from exc
        search = rx.search

        def matches(f: Facts) -> bool:
            return search(f.text) is not None

        idx = self._patterns.setdefault(pattern, len(self._searches))
        if idx == len(self._searches):
            self._searches.append(search)
        self.emit("_rx(f, {0})", idx)
        return matches, None

    def _member(self, item: Mapping[str, Any], what: str, allowed: Sequence[str], label: str):  # noqa: ANN202
        values = [str(v).strip().lower() for v in _as_list(item.get("in"), f"{what} ({label})")]
        for v in values:
            if v not in allowed:
                raise RuleError(
                    f"{what}: {v!r} is not a known {label} (one of: {', '.join(allowed)})."
                )
        return frozenset(values)

    def _c_intent(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        allowed = self._member(item, what, INTENTS, "intent")

        def intent_in(f: Facts, allowed: frozenset[str] = allowed) -> bool:
            return f.intent in allowed

        self.emit("f.intent in {0}", allowed)
        return intent_in, ("intent", allowed)

    def _c_language(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        allowed = self._member(item, what, sorted(SUPPORTED_LANGUAGES), "language")

        def language_in(f: Facts, allowed: frozenset[str] = allowed) -> bool:
            return f.language in allowed

        self.emit("f.language in {0}", allowed)
        return language_in, ("language", allowed)

    def _c_network(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        allowed = self._member(item, what, NETWORKS, "network")

        def network_in(f: Facts, allowed: frozenset[str] = allowed) -> bool:
            return f.network in allowed

        self.emit("f.network in {0}", allowed)
        return network_in, ("network", allowed)

    def _c_kind(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        allowed = self._member(item, what, KINDS, "message kind")

        def kind_in(f: Facts, allowed: frozenset[str] = allowed) -> bool:
            return f.kind in allowed

        self.emit("f.kind in {0}", allowed)
        return kind_in, ("kind", allowed)

    def _c_account(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        ids = set()
        for ref in _as_list(item.get("in"), f"{what} (account)"):
            if isinstance(ref, int) and not isinstance(ref, bool):
                if ref not in self.catalog.account_handles:
                    raise RuleError(f"{what}: there is no brand account number {ref}.")
                ids.add(ref)
                continue
            handle = str(ref).strip().lstrip("@").lower()
            if handle not in self.catalog.accounts:
                raise RuleError(f"{what}: there is no brand account @{handle}.")
            ids.add(self.catalog.accounts[handle])
        allowed = frozenset(ids)

        def account_in(f: Facts, allowed: frozenset[int] = allowed) -> bool:
            return f.account_id in allowed

        self.emit("f.account_id in {0}", allowed)
        return account_in, ("account", allowed)

    def _c_sentiment(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        below = item.get("below")
        above = item.get("above")
        if below is None and above is None:
            raise RuleError(f"{what}: say below or above which sentiment (−1 … 1).")
        lo = _number(above, f"{what} (above)") if above is not None else None
        hi = _number(below, f"{what} (below)") if below is not None else None
        if hi is not None and hi <= -1:
            raise RuleError(f"{what}: sentiment runs from −1 to 1, so it is never below {hi:g}.")
        if lo is not None and lo >= 1:
            raise RuleError(f"{what}: sentiment runs from −1 to 1, so it is never above {lo:g}.")
        if hi is not None and hi > 1:
            raise RuleError(
                f"{what}: sentiment is always below {hi:g}; the condition says nothing."
            )
        if lo is not None and lo < -1:
            raise RuleError(
                f"{what}: sentiment is always above {lo:g}; the condition says nothing."
            )
        if lo is not None and hi is not None and lo >= hi:
            raise RuleError(f"{what}: no sentiment is both above {lo:g} and below {hi:g}.")

        def in_range(f: Facts, lo: float | None = lo, hi: float | None = hi) -> bool:
            s = f.sentiment
            if s is None:
                return False
            return (lo is None or s > lo) and (hi is None or s < hi)

        self.emit(
            "f.sentiment is not None and ({0} is None or f.sentiment > {0}) "
            "and ({1} is None or f.sentiment < {1})",
            lo,
            hi,
        )
        return in_range, None

    def _c_followers(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        n = _number(item.get("at_least"), f"{what} (followers)")
        if n < 0:
            raise RuleError(f"{what}: a follower count cannot be negative.")

        def enough(f: Facts, n: float = n) -> bool:
            return (f.followers or 0) >= n

        self.emit("(f.followers or 0) >= {0}", n)
        return enough, None

    def _c_vip(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        raw = item.get("handles") or []
        if isinstance(raw, str):
            raw = [h for h in raw.split(",")]
        handles = frozenset(_fold(str(h).strip().lstrip("@")) for h in raw if str(h).strip())

        def is_vip(f: Facts, handles: frozenset[str] = handles) -> bool:
            return f.vip or (f.handle in handles)

        self.emit("f.vip or f.handle in {0}", handles)
        return is_vip, None

    def _c_business_hours(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        inside = item.get("inside", True)
        if not isinstance(inside, bool):
            raise RuleError(f"{what}: say inside (true) or outside (false) business hours.")
        hours = self.hours()

        def in_hours(f: Facts, hours: BusinessHours = hours, inside: bool = inside) -> bool:
            return hours.contains(f.created_at) == inside

        self.emit("{0}(f.created_at) == {1}", hours.contains, inside)
        return in_hours, None

    def _c_history(self, item: Mapping[str, Any], what: str) -> tuple[Predicate, Any]:
        n = _number(item.get("at_least"), f"{what} (earlier conversations)")
        if n < 0:
            raise RuleError(f"{what}: a number of conversations cannot be negative.")

        def returning(f: Facts, n: float = n) -> bool:
            return f.history >= n

        self.emit("f.history >= {0}", n)
        return returning, None

    def action(self, item: Any, what: str) -> Action:
        if not isinstance(item, Mapping):
            raise RuleError(f"{what} is not a JSON object.")
        kind = item.get("type")
        if kind not in ACTION_TYPES:
            raise RuleError(f"{what}: unknown action {kind!r}.")
        cat = self.catalog
        if kind == "stop":
            return Action("stop")
        if kind == "route":
            return Action("route", team_id=cat.team_by(item, what))
        if kind == "assign":
            if item.get("auto"):
                return Action("assign", auto=True)
            return Action("assign", employee_id=cat.employee_by(item.get("employee"), what))
        if kind == "priority":
            value = item.get("value")
            if isinstance(value, str):
                if value.lower() not in PRIORITIES:
                    raise RuleError(
                        f"{what}: priority {value!r} is not one of {', '.join(PRIORITIES)}."
                    )
                return Action("priority", priority=PRIORITIES[value.lower()])
            if isinstance(value, int) and not isinstance(value, bool) and value in PRIORITY_NAMES:
                return Action("priority", priority=value)
            raise RuleError(f"{what}: priority must be one of {', '.join(PRIORITIES)}.")
        if kind == "tag":
            tags = tuple(
                str(t).strip().lower()[:60]
                for t in _as_list(item.get("tags"), f"{what} (tags)")
                if str(t).strip()
            )
            return Action("tag", tags=tags)
        if kind == "notify":
            targets: set[int] = set()
            named = False
            if item.get("employee"):
                targets.add(cat.employee_by(item["employee"], what))
                named = True
            if item.get("team") or item.get("department"):
                tid = cat.team_by(item, what)
                # the team's leads as of now; the rules are recompiled when people change
                targets.update(cat.team_leads.get(tid, ()))
                named = True
            if not named:
                raise RuleError(f"{what}: say whom to notify (a person, a team or a department).")
            text = str(item.get("text") or "")[:500]
            return Action("notify", notify_ids=tuple(sorted(targets)), text=text)
        # suggest_reply
        ref = item.get("canned_reply")
        if isinstance(ref, int) and not isinstance(ref, bool) and ref in cat.canned:
            return Action("suggest_reply", canned_reply_id=ref)
        for cid, title in cat.canned.items():
            if isinstance(ref, str) and title.casefold() == ref.strip().casefold():
                return Action("suggest_reply", canned_reply_id=cid)
        raise RuleError(f"{what}: there is no canned reply {ref!r}.")


# --------------------------------------------------------------------------------------------
# the rule set and its decisions
# --------------------------------------------------------------------------------------------


@dataclass
class Decision:
    """What the fired rules do to one conversation (also what a dry run reports)."""

    conversation_id: int
    fired: list[CompiledRule] = field(default_factory=list)
    errors: list[tuple[CompiledRule, str]] = field(default_factory=list)

    def effects(self) -> Effects:
        eff = Effects()
        for rule in self.fired:
            eff.add_rule(rule)
        return eff


@dataclass
class Effects:
    team_id: int | None = None
    employee_id: int | None = None
    auto_assign: bool = False
    priority: int | None = None
    tags: list[str] = field(default_factory=list)
    notify: list[tuple[int, str]] = field(default_factory=list)
    suggested_reply_id: int | None = None

    def add_rule(self, rule: CompiledRule) -> None:
        """A rule's own route applies before its other actions, so "assign to Pat, route to
        Product" in one rule means Pat, in Product; a later rule's route moves it on."""
        for a in rule.actions:
            if a.type == "route":
                self.add(a)
        for a in rule.actions:
            if a.type != "route":
                self.add(a)

    def add(self, a: Action) -> None:
        if a.type == "route":
            self.team_id = a.team_id
            self.employee_id = None  # a later route moves it away from an earlier person
        elif a.type == "assign":
            if a.auto:
                self.auto_assign = True
                self.employee_id = None
            else:
                self.employee_id = a.employee_id
        elif a.type == "priority":
            self.priority = a.priority
        elif a.type == "tag":
            for t in a.tags:
                if t not in self.tags:
                    self.tags.append(t)
        elif a.type == "notify":
            for e in a.notify_ids:
                self.notify.append((e, a.text))
        elif a.type == "suggest_reply":
            self.suggested_reply_id = a.canned_reply_id

    @property
    def empty(self) -> bool:
        return (
            self.team_id is None
            and self.employee_id is None
            and not self.auto_assign
            and self.priority is None
            and not self.tags
            and not self.notify
            and self.suggested_reply_id is None
        )


class RuleSet:
    """A workspace's enabled rules, compiled: ask it which rules fire for a message."""

    def __init__(
        self,
        catalog: Catalog,
        rules: Sequence[CompiledRule],
        index: Mapping[CompiledRule, Sequence[tuple[str, Any]]],
        keywords: KeywordIndex,
        broken: Sequence[tuple[RuleSpec, str]] = (),
    ) -> None:
        self.catalog = catalog
        self.rules = list(rules)
        self.keywords = keywords
        self.broken = list(broken)
        self.needs_history = any(r.needs_history for r in self.rules)
        self.uses_keywords = bool(keywords.single or keywords.phrases or keywords.substrings)
        # candidates by what a message has: a rule indexed on an intent is only looked at
        # for messages of that intent, a keyword rule only when one of its words occurs
        always: list[CompiledRule] = []
        self._by: dict[str, dict[Any, list[CompiledRule]]] = defaultdict(lambda: defaultdict(list))
        self._by_keyword: dict[int, list[CompiledRule]] = defaultdict(list)
        for r in self.rules:
            keys = index.get(r) or []
            if not keys:
                always.append(r)
                continue
            kind, value = keys[0]
            if kind == "keywords":
                self._by_keyword[value].append(r)
            else:
                for v in value:
                    self._by[kind][v].append(r)
        self._always = tuple(always)
        self._cache: dict[tuple[Any, ...], tuple[CompiledRule, ...]] = {}
        self._runners: dict[tuple[Any, ...], Callable[[Facts, list[CompiledRule]], None]] = {}

    def prepare(self, f: Facts) -> Facts:
        """Fill in what the keyword index needs (folded text and its words)."""
        if self.uses_keywords:
            f.folded = f.text.lower() if f.text.isascii() else _fold(f.text)
            f.tokens = tuple(_WORD.findall(f.folded))
            f.hits = self.keywords.hits(f.folded, f.tokens)
        return f

    def _key(self, f: Facts) -> tuple[Any, ...]:
        by = self._by
        return (
            f.is_new,
            f.intent if "intent" in by else None,
            f.language if "language" in by else None,
            f.kind if "kind" in by else None,
            f.network if "network" in by else None,
            f.account_id if "account" in by else None,
        )

    def _runner(self, key: tuple[Any, ...], rules: Sequence[CompiledRule]):  # noqa: ANN202
        """One generated function that evaluates a bucket's rules in order, inlined: no call
        per rule. Rules without generated source are called."""
        env: dict[str, Any] = {}
        lines = ["def run(f, out):"]
        for i, rule in enumerate(rules):
            env[f"r{i}"] = rule
            if rule.source is not None:
                body, variables = rule.source
                env.update(variables)
            else:
                env[f"m{i}"] = rule.fast
                body = f"m{i}(f)"
            lines.append(f"    if {body}:")
            lines.append(f"        out.append(r{i})")
            if rule.stop:
                lines.append("        return")
        lines.append("    return")
        exec(compile("\n".join(lines) + "\n", "<routing rules>", "exec"), env)  # noqa: S102
        run = env["run"]
        self._runners[key] = run
        return run

    def candidates(self, f: Facts) -> tuple[CompiledRule, ...]:
        by = self._by
        key = self._key(f)
        base = self._cache.get(key)
        if base is None:
            found = set(self._always)
            for kind, value in zip(
                ("intent", "language", "kind", "network", "account"), key[1:], strict=True
            ):
                if kind in by:
                    found.update(by[kind].get(value, ()))
            if not f.is_new:
                found = {r for r in found if r.trigger != "new"}
            base = tuple(sorted(found, key=lambda r: r.position))
            self._cache[key] = base
        if f.hits and self._by_keyword:
            extra = [r for k in f.hits for r in self._by_keyword.get(k, ())]
            if not f.is_new:
                extra = [r for r in extra if r.trigger != "new"]
            if extra:
                return tuple(sorted(set(base).union(extra), key=lambda r: r.position))
        return base

    def decide(self, conversation_id: int, messages: Sequence[Facts]) -> Decision:
        """Which rules fire for a conversation, given its new messages (already prepared)."""
        if len(messages) == 1:
            # the common case, without a try per rule: a failure redoes it the careful way
            f = messages[0]
            fired: list[CompiledRule] = []
            try:
                key = self._key(f)
                run = self._runners.get(key)
                if run is None:
                    self.candidates(f)
                    run = self._runner(key, self._cache[key])
                run(f, fired)
                if f.hits and self._by_keyword:
                    fired = self._with_keyword_rules(f, fired)
                return Decision(conversation_id, fired)
            except Exception:  # noqa: BLE001 - found and reported below
                f.rx = None
        return self._decide_carefully(conversation_id, messages)

    def _with_keyword_rules(self, f: Facts, fired: list[CompiledRule]) -> list[CompiledRule]:
        """Add the rules indexed on the keywords found, in position order, honouring stop."""
        extra = sorted(
            {r for k in f.hits for r in self._by_keyword.get(k, ())}, key=lambda r: r.position
        )
        if not extra:
            return fired
        limit = fired[-1].position if fired and fired[-1].stop else None
        for rule in extra:
            if limit is not None and rule.position > limit:
                break
            if rule.fast(f):
                fired.append(rule)
                if rule.stop:
                    limit = rule.position
                    break
        fired.sort(key=lambda r: r.position)
        out = []
        for rule in fired:
            if limit is not None and rule.position > limit:
                break
            out.append(rule)
            if rule.stop:
                break
        return out

    def _decide_carefully(self, conversation_id: int, messages: Sequence[Facts]) -> Decision:
        decision = Decision(conversation_id)
        if len(messages) == 1:
            cands: Iterable[CompiledRule] = self.candidates(messages[0])
        else:
            merged: set[CompiledRule] = set()
            for f in messages:
                merged.update(self.candidates(f))
            cands = sorted(merged, key=lambda r: r.position)
        for rule in cands:
            try:
                fired = False
                for f in messages:
                    if rule.matches(f):
                        fired = True
                        break
            except Exception as exc:  # noqa: BLE001 - a broken rule must not stop ingest
                decision.errors.append((rule, _describe_runtime(exc)))
                continue
            if fired:
                decision.fired.append(rule)
                if rule.stop:
                    break
        return decision


def _describe_runtime(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:300] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def compile_rules(catalog: Catalog, specs: Sequence[RuleSpec]) -> RuleSet:
    """Compile the enabled rules; a stored rule that no longer compiles is reported in
    ``broken`` (and left out) rather than failing the whole set."""
    compiler = _Compiler(catalog)
    rules: list[CompiledRule] = []
    index: dict[CompiledRule, list[tuple[str, Any]]] = {}
    broken: list[tuple[RuleSpec, str]] = []
    for spec in sorted(specs, key=lambda s: s.position):
        if not spec.enabled:
            continue
        try:
            compiled, keys = compiler.rule(spec)
        except RuleError as exc:
            broken.append((spec, str(exc)))
            continue
        rules.append(compiled)
        index[compiled] = keys
    return RuleSet(catalog, rules, index, compiler.keywords, broken)


def validate_rule(session: Session, workspace_id: int, spec: RuleSpec) -> None:
    """Refuse a rule that cannot work, with the reason in words (raises RuleError)."""
    _Compiler(Catalog.load(session, workspace_id)).rule(spec)


def describe_rule(catalog: Catalog, spec: RuleSpec) -> str:
    """One line for lists: “new conversations · 2 conditions → route to Sales, stop”."""
    try:
        compiled, _k = _Compiler(catalog).rule(spec)
    except RuleError as exc:
        return f"not valid: {exc}"
    acts = [a.describe(catalog) for a in compiled.actions]
    if compiled.stop:
        acts.append("stop")
    n = len(compiled.predicates)
    cond = "every message" if compiled.mode == "always" else f"{n} condition{'s' * (n != 1)}"
    return f"{TRIGGERS[compiled.trigger]} · {cond} → {', '.join(acts)}"


# --------------------------------------------------------------------------------------------
# reading messages as facts
# --------------------------------------------------------------------------------------------


def _facts_query() -> Select[Any]:
    return (
        select(
            Message.id,
            Message.conversation_id,
            Message.text,
            Message.intent,
            Message.sentiment,
            Message.language,
            Message.kind,
            Message.created_at,
            BrandAccount.network,
            Message.brand_account_id,
            Customer.followers,
            Customer.vip,
            Customer.handle,
            Conversation.customer_id,
            Conversation.created_at,
        )
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(BrandAccount, BrandAccount.id == Message.brand_account_id)
        .join(Customer, Customer.id == Conversation.customer_id)
        .where(Message.direction == Direction.IN.value)
    )


def _row_facts(row: Any, is_new: bool) -> Facts:
    return Facts(
        conversation_id=row[1],
        message_id=row[0],
        text=row[2] or "",
        intent=row[3],
        sentiment=row[4],
        language=row[5],
        network=row[8],
        account_id=row[9],
        kind=row[6],
        followers=row[10],
        vip=bool(row[11]),
        handle=_fold((row[12] or "").lstrip("@")),
        created_at=row[7],
        is_new=is_new,
    )


def _histories(session: Session, conv_ids: Sequence[int]) -> dict[int, int]:
    """For each conversation: how many conversations its customer had before it started."""
    if not conv_ids:
        return {}
    this = aliased(Conversation)
    other = aliased(Conversation)
    out: dict[int, int] = {}
    for i in range(0, len(conv_ids), 500):
        chunk = list(conv_ids[i : i + 500])
        rows = session.execute(
            select(this.id, func.count(other.id))
            .select_from(this)
            .outerjoin(
                other,
                and_(
                    other.customer_id == this.customer_id,
                    other.created_at < this.created_at,
                    other.id != this.id,
                ),
            )
            .where(this.id.in_(chunk))
            .group_by(this.id)
        )
        out.update({cid: int(n) for cid, n in rows})
    return out


# --------------------------------------------------------------------------------------------
# the router that ingest calls
# --------------------------------------------------------------------------------------------


class RoutingEngine:
    """The :data:`~app.sync.ingest.Router`: compiled rules per workspace, applied at ingest.

    One instance lives as long as the sync runner; it is safe to share between threads. The
    cache key is the newest change event about routing, the workspace or teams, read with one
    indexed query per batch, so an edit on any workstation takes effect on the next batch.
    """

    def __init__(self, *, auto_assign: bool = True) -> None:
        self._cache: dict[int, tuple[int, RuleSet]] = {}
        self._lock = threading.Lock()
        self.auto_assign = auto_assign

    def invalidate(self, workspace_id: int | None = None) -> None:
        with self._lock:
            if workspace_id is None:
                self._cache.clear()
            else:
                self._cache.pop(workspace_id, None)

    def ruleset(self, session: Session, workspace_id: int) -> RuleSet:
        marker = int(
            session.scalar(
                select(func.coalesce(func.max(ChangeEvent.id), 0)).where(
                    ChangeEvent.topic.in_(CACHE_TOPICS)
                )
            )
            or 0
        )
        with self._lock:
            hit = self._cache.get(workspace_id)
            if hit is not None and hit[0] == marker:
                return hit[1]
        ruleset = load_ruleset(session, workspace_id)
        for spec, reason in ruleset.broken:
            if spec.id is not None:
                disable_rule(session, workspace_id, spec.id, spec.name, reason)
        with self._lock:
            self._cache[workspace_id] = (marker, ruleset)
        return ruleset

    def __call__(
        self,
        session: Session,
        account: BrandAccount,
        conversation_ids: Sequence[int],
        new_conversation_ids: Sequence[int],
    ) -> None:
        if not conversation_ids:
            return
        ruleset = self.ruleset(session, account.workspace_id)
        decisions: list[Decision] = []
        if ruleset.rules:
            decisions = self._decide_batch(session, ruleset, conversation_ids, new_conversation_ids)
        failed = apply_decisions(session, ruleset, decisions)
        if failed:
            self.invalidate(account.workspace_id)
        if self.auto_assign:
            from app.services import autoassign

            autoassign.assign_batch(session, account.workspace_id, conversation_ids)

    def _decide_batch(
        self,
        session: Session,
        ruleset: RuleSet,
        conversation_ids: Sequence[int],
        new_conversation_ids: Sequence[int],
    ) -> list[Decision]:
        new = set(new_conversation_ids)
        # this batch's messages: ingest stamps them all with one ingested_at, the newest one
        latest = (
            select(Message.conversation_id, func.max(Message.ingested_at).label("at"))
            .where(
                Message.conversation_id.in_(list(conversation_ids)),
                Message.direction == Direction.IN.value,
            )
            .group_by(Message.conversation_id)
            .subquery()
        )
        q = (
            _facts_query()
            .join(
                latest,
                and_(
                    latest.c.conversation_id == Message.conversation_id,
                    latest.c.at == Message.ingested_at,
                ),
            )
            .order_by(Message.conversation_id, Message.created_at, Message.id)
        )
        by_conv: dict[int, list[Facts]] = defaultdict(list)
        for row in session.execute(q):
            by_conv[row[1]].append(_row_facts(row, row[1] in new))
        histories = _histories(session, list(by_conv)) if ruleset.needs_history else {}
        decisions = []
        for cid, msgs in by_conv.items():
            for f in msgs:
                f.history = histories.get(cid, 0)
                ruleset.prepare(f)
            decisions.append(ruleset.decide(cid, msgs))
        return decisions


def load_ruleset(session: Session, workspace_id: int) -> RuleSet:
    rows = session.scalars(
        select(RoutingRule)
        .where(RoutingRule.workspace_id == workspace_id)
        .order_by(RoutingRule.position, RoutingRule.id)
    ).all()
    return compile_rules(Catalog.load(session, workspace_id), [RuleSpec.from_row(r) for r in rows])


def apply_decisions(session: Session, ruleset: RuleSet, decisions: Sequence[Decision]) -> bool:
    """Write what the fired rules decided; returns whether a rule had to be switched off.

    All decisions are written in one savepoint; if that fails (a team deleted since the rules
    were compiled, say), it is rolled back and each rule's actions are retried alone, so the
    failing rule is found, switched off with the reason, and the others still apply.
    """
    failed = False
    ws = ruleset.catalog.workspace_id
    for d in decisions:
        for rule, reason in d.errors:
            failed = True
            if rule.id is not None:
                disable_rule(session, ws, rule.id, rule.name, reason)
    todo = [d for d in decisions if d.fired]
    if not todo:
        return failed
    try:
        with session.begin_nested():
            _write(session, ruleset, [(d.conversation_id, d.fired) for d in todo])
        return failed
    except Exception as exc:  # noqa: BLE001 - isolate the culprit below
        log.info("routing: batch write failed (%s); retrying rule by rule", type(exc).__name__)
    for d in todo:
        for rule in d.fired:
            try:
                with session.begin_nested():
                    _write(session, ruleset, [(d.conversation_id, [rule])])
            except Exception as exc:  # noqa: BLE001
                failed = True
                if rule.id is not None:
                    disable_rule(session, ws, rule.id, rule.name, _describe_runtime(exc))
    return failed


def _write(
    session: Session, ruleset: RuleSet, work: Sequence[tuple[int, Sequence[CompiledRule]]]
) -> None:
    now = utcnow()
    ids = [cid for cid, _r in work]
    current = {
        r[0]: (r[1], r[2])
        for r in session.execute(
            select(Conversation.id, Conversation.team_id, Conversation.assignee_id).where(
                Conversation.id.in_(ids)
            )
        )
    }
    existing_tags: set[tuple[int, str]] = set(
        session.execute(
            select(ConversationTag.conversation_id, ConversationTag.tag).where(
                ConversationTag.conversation_id.in_(ids)
            )
        ).all()
    )
    history: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    for cid, rules in work:
        eff = Effects()
        for rule in rules:
            eff.add_rule(rule)
        team_id, assignee_id = current.get(cid, (None, None))
        names = ", ".join(r.name for r in rules)
        values: dict[str, Any] = {}
        if eff.team_id is not None and eff.team_id != team_id:
            values["team_id"] = eff.team_id
            if assignee_id is not None:
                values["assignee_id"] = None
            history.append(
                {
                    "conversation_id": cid,
                    "from_employee_id": assignee_id,
                    "to_team_id": eff.team_id,
                    "action": "route",
                    "note": f"Routing rule: {names}"[:1000],
                    "at": now,
                }
            )
            team_id = eff.team_id
        if eff.employee_id is not None and eff.employee_id != assignee_id:
            from app.services import autoassign

            if autoassign.is_eligible(session, eff.employee_id):
                values["assignee_id"] = eff.employee_id
                history.append(
                    {
                        "conversation_id": cid,
                        "from_employee_id": assignee_id,
                        "to_employee_id": eff.employee_id,
                        "to_team_id": team_id,
                        "action": "assign",
                        "note": f"Routing rule: {names}"[:1000],
                        "at": now,
                    }
                )
                notes.append(
                    {
                        "employee_id": eff.employee_id,
                        "kind": "assigned",
                        "conversation_id": cid,
                        "text": f"A conversation was assigned to you by the rule “{names}”.",
                        "at": now,
                    }
                )
                audit.record(
                    session,
                    "conversation_assigned",
                    workspace_id=ruleset.catalog.workspace_id,
                    actor_name="routing",
                    target_type="conversation",
                    target_id=cid,
                    to_employee_id=eff.employee_id,
                    rule=names[:200],
                )
        if eff.priority is not None:
            values["priority"] = eff.priority
        if eff.suggested_reply_id is not None:
            values["suggested_reply_id"] = eff.suggested_reply_id
        if values:
            values["version"] = Conversation.version + 1
            values["updated_at"] = now
            session.execute(update(Conversation).where(Conversation.id == cid).values(**values))
        for t in eff.tags:
            if (cid, t) not in existing_tags:
                existing_tags.add((cid, t))
                tags.append({"conversation_id": cid, "tag": t})
        for emp, text in eff.notify:
            notes.append(
                {
                    "employee_id": emp,
                    "kind": "routing",
                    "conversation_id": cid,
                    "text": text or f"Routing rule “{names}” flagged a conversation for you.",
                    "at": now,
                }
            )
    if history:
        session.execute(insert(Assignment), history)
    if tags:
        session.execute(insert(ConversationTag), tags)
    if notes:
        notifications.insert_rows(session, notes)
    session.flush()


def disable_rule(session: Session, workspace_id: int, rule_id: int, name: str, reason: str) -> bool:
    """Switch a failing rule off with the reason, once; tell those who manage routing."""
    reason = f"Switched off automatically: {reason}"[:2000]
    done = session.execute(
        update(RoutingRule)
        .where(RoutingRule.id == rule_id, RoutingRule.enabled.is_(True))
        .values(enabled=False, disabled_reason=reason)
    ).rowcount
    if not done:
        return False
    log.warning("routing rule %s switched off: %s", rule_id, reason)
    audit.record(
        session,
        "routing_rule_disabled",
        workspace_id=workspace_id,
        actor_name="routing",
        target_type="routing_rule",
        target_id=rule_id,
        name=name[:200],
        reason=reason[:500],
    )
    managers = Catalog.load(session, workspace_id).routing_managers
    now = utcnow()
    if managers:
        notifications.insert_rows(
            session,
            [
                {
                    "employee_id": m,
                    "kind": "routing_rule_disabled",
                    "conversation_id": None,
                    "text": f"The routing rule “{name}” failed and was switched off. {reason}",
                    "at": now,
                }
                for m in managers
            ],
        )
    return True


# --------------------------------------------------------------------------------------------
# managing rules (the editor's services)
# --------------------------------------------------------------------------------------------


def _require(actor: Actor) -> None:
    actor.require(Permission.MANAGE_ROUTING)


def list_rules(session: Session, actor: Actor) -> list[RuleSpec]:
    _require(actor)
    rows = session.scalars(
        select(RoutingRule)
        .where(RoutingRule.workspace_id == actor.workspace_id)
        .order_by(RoutingRule.position, RoutingRule.id)
    )
    return [RuleSpec.from_row(r) for r in rows]


def _renumber(session: Session, workspace_id: int, ordered_ids: Sequence[int]) -> None:
    for pos, rid in enumerate(ordered_ids):
        session.execute(
            update(RoutingRule)
            .where(RoutingRule.id == rid, RoutingRule.workspace_id == workspace_id)
            .values(position=pos)
        )


def _ordered_ids(session: Session, workspace_id: int) -> list[int]:
    return list(
        session.scalars(
            select(RoutingRule.id)
            .where(RoutingRule.workspace_id == workspace_id)
            .order_by(RoutingRule.position, RoutingRule.id)
        )
    )


def save_rule(
    session: Session, actor: Actor, spec: RuleSpec, *, position: int | None = None
) -> RuleSpec:
    """Create (``spec.id`` None) or replace a rule after validating it; the caller commits."""
    _require(actor)
    validate_rule(session, actor.workspace_id, spec)
    if spec.id is None:
        order = _ordered_ids(session, actor.workspace_id)
        row = RoutingRule(
            workspace_id=actor.workspace_id,
            position=len(order),
            name=spec.name[:200],
            enabled=spec.enabled,
            conditions=spec.conditions,
            actions=spec.actions,
        )
        session.add(row)
        session.flush()
        if position is not None:
            order.insert(max(0, min(position, len(order))), row.id)
            _renumber(session, actor.workspace_id, order)
        action = "routing_rule_created"
    else:
        row = session.get(RoutingRule, spec.id)
        if row is None or row.workspace_id != actor.workspace_id:
            raise RuleError("This rule no longer exists (someone deleted it).")
        row.name = spec.name[:200]
        row.enabled = spec.enabled
        row.conditions = spec.conditions
        row.actions = spec.actions
        if spec.enabled:
            row.disabled_reason = None
        action = "routing_rule_saved"
    session.flush()
    audit.record(
        session, action, actor=actor, target_type="routing_rule", target_id=row.id, name=row.name
    )
    changes.publish(session, "routing", [actor.workspace_id])
    return RuleSpec.from_row(row)


def delete_rule(session: Session, actor: Actor, rule_id: int) -> None:
    _require(actor)
    row = session.get(RoutingRule, rule_id)
    if row is None or row.workspace_id != actor.workspace_id:
        return
    name = row.name
    session.delete(row)
    session.flush()
    _renumber(session, actor.workspace_id, _ordered_ids(session, actor.workspace_id))
    audit.record(
        session,
        "routing_rule_deleted",
        actor=actor,
        target_type="routing_rule",
        target_id=rule_id,
        name=name,
    )
    changes.publish(session, "routing", [actor.workspace_id])


def move_rule(session: Session, actor: Actor, rule_id: int, position: int) -> None:
    _require(actor)
    order = _ordered_ids(session, actor.workspace_id)
    if rule_id not in order:
        raise RuleError("This rule no longer exists (someone deleted it).")
    order.remove(rule_id)
    order.insert(max(0, min(position, len(order))), rule_id)
    _renumber(session, actor.workspace_id, order)
    audit.record(
        session,
        "routing_rule_moved",
        actor=actor,
        target_type="routing_rule",
        target_id=rule_id,
        position=position,
    )
    changes.publish(session, "routing", [actor.workspace_id])


def set_enabled(session: Session, actor: Actor, rule_id: int, enabled: bool) -> None:
    _require(actor)
    row = session.get(RoutingRule, rule_id)
    if row is None or row.workspace_id != actor.workspace_id:
        raise RuleError("This rule no longer exists (someone deleted it).")
    if enabled:
        validate_rule(session, actor.workspace_id, RuleSpec.from_row(row))
        row.disabled_reason = None
    row.enabled = enabled
    audit.record(
        session,
        "routing_rule_enabled" if enabled else "routing_rule_disabled",
        actor=actor,
        target_type="routing_rule",
        target_id=rule_id,
    )
    changes.publish(session, "routing", [actor.workspace_id])


def export_document(specs: Sequence[RuleSpec]) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "rules": [s.to_json() for s in specs],
    }


def export_rules(session: Session, actor: Actor) -> dict[str, Any]:
    return export_document(list_rules(session, actor))


def parse_document(data: Any) -> list[RuleSpec]:
    """Rule documents from a file's JSON (our export, or a bare list of rules)."""
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise RuleError(f"The file is not valid JSON: {exc.msg} (line {exc.lineno}).") from exc
    if isinstance(data, Mapping):
        if data.get("format") not in (None, EXPORT_FORMAT):
            raise RuleError("The file does not hold Social Console routing rules.")
        if int(data.get("version", 1)) > EXPORT_VERSION:
            raise RuleError("The file was written by a newer Social Console; update first.")
        data = data.get("rules")
    if not isinstance(data, list):
        raise RuleError("The file holds no list of rules.")
    return [RuleSpec.from_json(r, f"Rule {n}") for n, r in enumerate(data, 1)]


def import_rules(
    session: Session, actor: Actor, data: Any, *, replace: bool = False
) -> list[RuleSpec]:
    """Import rules (all or none): each is validated first; ``replace`` drops existing ones."""
    _require(actor)
    specs = parse_document(data)
    catalog = Catalog.load(session, actor.workspace_id)
    problems = []
    for n, spec in enumerate(specs, 1):
        try:
            _Compiler(catalog).rule(spec)
        except RuleError as exc:
            problems.append(f"Rule {n}: {exc}")
    if problems:
        raise RuleError("Nothing was imported. " + " ".join(problems[:10]))
    if replace:
        session.execute(delete(RoutingRule).where(RoutingRule.workspace_id == actor.workspace_id))
    start = len(_ordered_ids(session, actor.workspace_id))
    rows = []
    for n, spec in enumerate(specs):
        row = RoutingRule(
            workspace_id=actor.workspace_id,
            position=start + n,
            name=spec.name[:200],
            enabled=spec.enabled,
            conditions=spec.conditions,
            actions=spec.actions,
        )
        session.add(row)
        rows.append(row)
    session.flush()
    audit.record(
        session,
        "routing_rules_imported",
        actor=actor,
        target_type="workspace",
        target_id=actor.workspace_id,
        count=len(rows),
        replaced=replace,
    )
    changes.publish(session, "routing", [actor.workspace_id])
    return [RuleSpec.from_row(r) for r in rows]


def default_rules() -> list[RuleSpec]:
    """The shipped rule set: each intent to its department."""
    return parse_document(DEFAULT_RULES_FILE.read_text(encoding="utf-8"))


def seed_default_rules(session: Session, workspace_id: int) -> int:
    """Store the default rules in a workspace that has none (the demo; a new install)."""
    if session.scalar(select(RoutingRule.id).where(RoutingRule.workspace_id == workspace_id)):
        return 0
    specs = default_rules()
    catalog = Catalog.load(session, workspace_id)
    n = 0
    for spec in specs:
        try:
            _Compiler(catalog).rule(spec)
        except RuleError as exc:
            log.info("default rule %r left out: %s", spec.name, exc)
            continue
        session.add(
            RoutingRule(
                workspace_id=workspace_id,
                position=n,
                name=spec.name,
                enabled=spec.enabled,
                conditions=spec.conditions,
                actions=spec.actions,
            )
        )
        n += 1
    session.flush()
    return n


def set_business_hours(session: Session, actor: Actor, hours: Mapping[str, Any]) -> None:
    _require(actor)
    BusinessHours.parse(hours)
    ws = session.get(Workspace, actor.workspace_id)
    assert ws is not None
    settings = dict(ws.settings or {})
    settings["business_hours"] = dict(hours)
    ws.settings = settings
    audit.record(
        session, "business_hours_set", actor=actor, target_type="workspace", target_id=ws.id
    )
    changes.publish(session, "workspace", [ws.id])


# --------------------------------------------------------------------------------------------
# dry run
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DryRunRow:
    conversation_id: int
    customer: str
    text: str
    rules: tuple[str, ...]
    team: str | None
    team_id: int | None
    assignee: str | None
    auto_assign: bool
    priority: int | None
    tags: tuple[str, ...]
    notify: tuple[str, ...]
    suggested_reply: str | None

    @property
    def summary(self) -> str:
        parts = []
        if self.team:
            parts.append(f"→ {self.team}")
        if self.assignee:
            parts.append(f"assign {self.assignee}")
        elif self.auto_assign:
            parts.append("auto-assign")
        if self.priority is not None:
            parts.append(f"priority {PRIORITY_NAMES.get(self.priority, self.priority)}")
        if self.tags:
            parts.append("tags " + ", ".join(self.tags))
        if self.notify:
            parts.append("notify " + ", ".join(self.notify))
        if self.suggested_reply:
            parts.append(f"propose “{self.suggested_reply}”")
        return "; ".join(parts)


@dataclass
class DryRunResult:
    rows: list[DryRunRow]
    messages: int
    conversations: int
    errors: list[str]
    truncated: bool = False


def dry_run(
    session: Session,
    actor: Actor,
    specs: Sequence[RuleSpec] | None = None,
    *,
    days: float = 7,
    limit_messages: int = 50_000,
    now: datetime | None = None,
) -> DryRunResult:
    """What the rules (the stored set, or the given ones) would have done to the last ``days``
    of inbound messages — computed with ingest's own code, writing nothing.

    Each stored message is replayed as if it had arrived alone: the first message of a
    conversation counts as a new conversation, the rest as new messages in it.
    """
    _require(actor)
    catalog = Catalog.load(session, actor.workspace_id)
    if specs is None:
        specs = list_rules(session, actor)
    specs = [RuleSpec(s.name, s.conditions, s.actions, True, s.id, n) for n, s in enumerate(specs)]
    compiler = _Compiler(catalog)
    compiled: list[CompiledRule] = []
    index: dict[CompiledRule, list[tuple[str, Any]]] = {}
    for s in specs:
        c, keys = compiler.rule(s)  # an invalid rule is refused, as in the editor
        compiled.append(c)
        index[c] = keys
    ruleset = RuleSet(catalog, compiled, index, compiler.keywords)
    since = (now or utcnow()) - timedelta(days=days)
    first_in = (
        select(Message.conversation_id, func.min(Message.id).label("first_id"))
        .where(Message.direction == Direction.IN.value)
        .group_by(Message.conversation_id)
        .subquery()
    )
    q = (
        _facts_query()
        .add_columns(first_in.c.first_id)
        .join(first_in, first_in.c.conversation_id == Message.conversation_id)
        .where(Conversation.workspace_id == actor.workspace_id, Message.created_at >= since)
        .order_by(Message.created_at, Message.id)
        .limit(limit_messages + 1)
    )
    rows = session.execute(q).all()
    truncated = len(rows) > limit_messages
    rows = rows[:limit_messages]
    histories = _histories(session, sorted({r[1] for r in rows})) if ruleset.needs_history else {}
    per_conv: dict[int, list[CompiledRule]] = defaultdict(list)
    texts: dict[int, str] = {}
    customers: dict[int, str] = {}
    errors: list[str] = []
    for r in rows:
        f = _row_facts(r, is_new=r[0] == r[15])
        f.history = histories.get(r[1], 0)
        ruleset.prepare(f)
        d = ruleset.decide(r[1], [f])
        for rule, reason in d.errors:
            errors.append(f"“{rule.name}” failed on message {r[0]}: {reason}")
        if d.fired:
            per_conv[r[1]].extend(d.fired)
            texts.setdefault(r[1], f.text)
            customers[r[1]] = r[12]
    out = []
    for cid, fired in per_conv.items():
        eff = Effects()
        for rule in fired:
            eff.add_rule(rule)
        names: list[str] = []
        for rule in fired:
            if rule.name not in names:
                names.append(rule.name)
        out.append(
            DryRunRow(
                conversation_id=cid,
                customer=customers.get(cid, ""),
                text=texts.get(cid, "")[:300],
                rules=tuple(names),
                team=catalog.teams[eff.team_id][0] if eff.team_id in catalog.teams else None,
                team_id=eff.team_id,
                assignee=catalog.employee_names.get(eff.employee_id or 0),
                auto_assign=eff.auto_assign,
                priority=eff.priority,
                tags=tuple(eff.tags),
                notify=tuple(
                    dict.fromkeys(catalog.employee_names.get(e, "?") for e, _t in eff.notify)
                ),
                suggested_reply=catalog.canned.get(eff.suggested_reply_id or 0),
            )
        )
    out.sort(key=lambda row: row.conversation_id)
    return DryRunResult(
        rows=out,
        messages=len(rows),
        conversations=len({r[1] for r in rows}),
        errors=errors[:100],
        truncated=truncated,
    )
