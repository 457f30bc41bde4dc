"""Compiled routing rules: a rule document turned once per workspace into fast predicates.

The :class:`RuleSet` is what ingest and the dry run both ask for decisions, so the dry run
shows exactly what ingest would do.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.classify import SUPPORTED_LANGUAGES
from app.routing.spec import (
    _WORD,
    ACTION_TYPES,
    CONDITION_TYPES,
    INTENTS,
    KINDS,
    MATCH_MODES,
    MAX_KEYWORDS,
    MAX_PATTERN_CHARS,
    NETWORKS,
    PRIORITIES,
    PRIORITY_NAMES,
    TRIGGERS,
    BusinessHours,
    Catalog,
    RuleError,
    RuleSpec,
)

log = logging.getLogger(__name__)

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
