"""Guardrails for the staff who now post as the brand: guidelines, banned phrases, required
disclaimers and link rules, per role and team.

Why here and how:

- A rule applies to an author who holds its role (any grant of that role) and to work in its
  team (a reply in that team's conversation, or a post by a member of that team); a rule with
  neither applies to everyone. So "agents may not promise refunds" is one row.
- Checked twice: when the author submits (:func:`check_text`; the composer shows the same
  verdict while they type) and again by the publisher just before it sends, so an item that
  breaks a rule set after it was submitted is held with the reason instead of going out.
- Phrases are matched as plain words with word boundaries, case-insensitively, whitespace
  between words being any whitespace. An administrator may write a regular expression as
  ``re:PATTERN``; it is refused with a reason when it does not compile, uses back-references,
  or nests repetition (``(a+)+``, ``(a|aa)*``): the shapes that make a regular-expression
  engine backtrack for ever on a crafted post. The publisher never runs a pattern that the
  admin panel would refuse.
- Required disclaimers are added automatically at submit (appended on their own line unless
  the text already carries them); the publisher holds an item that lacks one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import EmployeeTeam, GuardrailRule, Role, RoleGrant, Team
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission

KINDS = ("guideline", "banned", "disclaimer", "links")
ACTIONS = ("block", "warn")
KIND_WORDS = {
    "guideline": "Guideline",
    "banned": "Banned phrase",
    "disclaimer": "Required disclaimer",
    "links": "Allowed link domains",
}
#: a pattern longer than this is refused: nobody needs one, and length is an attack surface
MAX_PATTERN = 200
#: posts are short; a longer text is checked on its first characters only, never slowly
MAX_CHECKED = 20_000
_URL = re.compile(r"\bhttps?://[^\s<>\"']+|\bwww\.[^\s<>\"']+", re.IGNORECASE)


class GuardrailError(Exception):
    """A rule that cannot be saved, with the reason in words."""


@dataclass(frozen=True)
class RuleView:
    """A rule as the admin panel and the command line show it."""

    id: int
    kind: str
    text: str
    action: str
    reason: str
    role: str | None
    team: str | None

    @property
    def applies_to(self) -> str:
        who = [f"role {self.role}" if self.role else "", f"team {self.team}" if self.team else ""]
        joined = " in ".join(w for w in who if w)
        return joined or "everyone"

    def describe(self) -> str:
        act = f" ({self.action})" if self.kind in ("banned", "links") else ""
        why = f" — {self.reason}" if self.reason else ""
        return f"{KIND_WORDS.get(self.kind, self.kind)}{act}: {self.text}{why} [{self.applies_to}]"


@dataclass(frozen=True)
class Verdict:
    """What the rules say about a text: shown in the composer, enforced at submit and send."""

    text: str
    guidelines: tuple[str, ...] = ()
    blocks: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    disclaimers_added: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.blocks


# -------------------------------------------------------------------------------- patterns


def _has_branch(parsed: Iterable[tuple[object, object]]) -> bool:
    """Whether a choice of alternatives hides anywhere in a parsed pattern (the parser factors
    common prefixes out, so ``(a|aa)`` becomes ``a`` then a branch inside a group)."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in parsed:
        if op == c.BRANCH:
            return True
        if op == c.SUBPATTERN and _has_branch(arg[-1]):  # type: ignore[index]
            return True
        if op in (c.ASSERT, c.ASSERT_NOT) and _has_branch(arg[1]):  # type: ignore[index]
            return True
    return False


def _nested_repeat(parsed: Iterable[tuple[object, object]], inside: bool) -> str | None:
    """The first hazard in a parsed pattern: repetition inside repetition, or a back-reference."""
    from re import _constants as c  # type: ignore[attr-defined]

    for op, arg in parsed:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, body = arg  # type: ignore[misc]
            if inside and hi != 1:
                return "it repeats a group that itself repeats (such as (a+)+)"
            hit = _nested_repeat(body, inside or hi != 1)
            if hit:
                return hit
            if hi != 1 and _has_branch(body):
                return "it repeats a choice of alternatives (such as (a|aa)*)"
        elif op in (c.GROUPREF, c.GROUPREF_EXISTS):
            return "it uses a back-reference"
        elif op == c.SUBPATTERN:
            hit = _nested_repeat(arg[-1], inside)  # type: ignore[index]
            if hit:
                return hit
        elif op == c.BRANCH:
            for alt in arg[1]:  # type: ignore[index]
                hit = _nested_repeat(alt, inside)
                if hit:
                    return hit
        elif op in (c.ASSERT, c.ASSERT_NOT):
            hit = _nested_repeat(arg[1], inside)  # type: ignore[index]
            if hit:
                return hit
    return None


def compile_phrase(text: str) -> re.Pattern[str]:
    """The matcher of a banned phrase, or :class:`GuardrailError` saying why it is refused."""
    phrase = text.strip()
    if not phrase:
        raise GuardrailError("A banned phrase cannot be empty.")
    if len(phrase) > MAX_PATTERN:
        raise GuardrailError(f"A phrase or pattern may have at most {MAX_PATTERN} characters.")
    if phrase.startswith("re:"):
        from re import _parser  # type: ignore[attr-defined]

        source = phrase[3:]
        try:
            parsed = _parser.parse(source)
            compiled = re.compile(source, re.IGNORECASE)
        except (re.error, RecursionError, OverflowError) as exc:
            raise GuardrailError(
                f"The pattern is not a valid regular expression ({exc})."
            ) from None
        hazard = _nested_repeat(parsed, False)
        if hazard:
            raise GuardrailError(
                f"The pattern is refused: {hazard}, which can make checking a post take for "
                "ever. Write the words themselves instead (matched as whole words)."
            )
        if compiled.search("") is not None:
            raise GuardrailError("The pattern matches an empty text, so it would ban everything.")
        return compiled
    words = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def parse_domains(text: str) -> list[str]:
    """Allowed domains from "example.com, shop.example.com" (schemes and paths dropped)."""
    out: list[str] = []
    for raw in re.split(r"[\s,;]+", text.strip()):
        if not raw:
            continue
        host = urlsplit(raw if "//" in raw else f"//{raw}").hostname or ""
        host = host.lower().removeprefix("www.")
        if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", host):
            raise GuardrailError(f"“{raw}” is not a domain name (such as example.com).")
        out.append(host)
    if not out:
        raise GuardrailError("Name at least one allowed domain, such as example.com.")
    return out


def _host_allowed(host: str, allowed: Sequence[str]) -> bool:
    host = host.lower().removeprefix("www.")
    return any(host == d or host.endswith("." + d) for d in allowed)


def links_in(text: str) -> list[str]:
    return [m.group(0).rstrip(".,);:!?") for m in _URL.finditer(text[:MAX_CHECKED])]


# ---------------------------------------------------------------------------------- checking


def applicable(session: Session, author_id: int | None, team_id: int | None) -> list[GuardrailRule]:
    """The rules that apply to this author's work in this team (``None``: the author's teams)."""
    if author_id is None:
        return []
    from app.db.models import Employee

    emp = session.get(Employee, author_id)
    if emp is None:
        return []
    roles = set(
        session.scalars(select(RoleGrant.role_id).where(RoleGrant.employee_id == author_id))
    )
    teams = {team_id} if team_id is not None else set()
    teams |= set(
        session.scalars(select(EmployeeTeam.team_id).where(EmployeeTeam.employee_id == author_id))
    )
    q = select(GuardrailRule).where(
        GuardrailRule.workspace_id == emp.workspace_id,
        or_(GuardrailRule.role_id.is_(None), GuardrailRule.role_id.in_(roles or {-1})),
        or_(GuardrailRule.team_id.is_(None), GuardrailRule.team_id.in_(teams or {-1})),
    )
    return list(session.scalars(q.order_by(GuardrailRule.kind, GuardrailRule.id)))


def rule_views(session: Session, rules: Iterable[GuardrailRule]) -> list[RuleView]:
    """Detached copies of rules, for a composer that checks as the person types."""
    return [_view(session, r) for r in rules]


def evaluate(
    rules: Sequence[GuardrailRule | RuleView], text: str, *, add_disclaimers: bool
) -> Verdict:
    """Apply ``rules`` to ``text``; with ``add_disclaimers`` the missing ones are appended."""
    guidelines: list[str] = []
    blocks: list[str] = []
    warnings: list[str] = []
    added: list[str] = []
    final = text
    for rule in rules:
        why = f" ({rule.reason})" if rule.reason.strip() else ""
        if rule.kind == "guideline":
            guidelines.append(rule.text)
        elif rule.kind == "banned":
            try:
                pattern = compile_phrase(rule.text)
            except GuardrailError:
                continue  # refused when saved; an old row that would not compile is skipped
            m = pattern.search(final[:MAX_CHECKED])
            if m is not None:
                said = f"“{m.group(0)}” is not allowed{why}."
                (blocks if rule.action == "block" else warnings).append(
                    said if rule.action == "block" else f"Careful: “{m.group(0)}”{why}."
                )
        elif rule.kind == "disclaimer":
            disclaimer = rule.text.strip()
            if disclaimer and disclaimer.casefold() not in final.casefold():
                if add_disclaimers:
                    if final.strip():  # nothing to add it to yet while the text is empty
                        final = f"{final.rstrip()}\n{disclaimer}"
                        added.append(disclaimer)
                else:
                    blocks.append(f"The required disclaimer “{disclaimer}” is missing{why}.")
        elif rule.kind == "links":
            try:
                allowed = parse_domains(rule.text)
            except GuardrailError:
                continue
            for link in links_in(final):
                host = urlsplit(link if "//" in link else f"//{link}").hostname or ""
                if not _host_allowed(host, allowed):
                    said = (
                        f"The link to {host or link} is not to an allowed site "
                        f"({', '.join(allowed)}){why}."
                    )
                    (blocks if rule.action == "block" else warnings).append(said)
    return Verdict(final, tuple(guidelines), tuple(blocks), tuple(warnings), tuple(added))


def check_text(
    session: Session,
    author_id: int | None,
    team_id: int | None,
    text: str,
    *,
    add_disclaimers: bool = True,
) -> Verdict:
    """The verdict for this author's text: what the composer shows and submit enforces."""
    return evaluate(applicable(session, author_id, team_id), text, add_disclaimers=add_disclaimers)


# -------------------------------------------------------------------------------- managing


def _may_manage(actor: Actor) -> None:
    if not actor.can(Permission.MANAGE_ROUTING):
        raise AccessDenied("Only those who manage the workspace's rules may change guardrails.")


def _audit(session: Session, actor: Actor, action: str, **detail: object) -> None:
    """The command line's system actor is no employee (id 0): recorded by name instead."""
    if actor.employee_id:
        audit.record(session, action, actor=actor, **detail)  # type: ignore[arg-type]
    else:
        audit.record(
            session,
            action,
            workspace_id=actor.workspace_id,
            actor_name=actor.username,
            **detail,  # type: ignore[arg-type]
        )


def _view(session: Session, rule: GuardrailRule) -> RuleView:
    role = session.get(Role, rule.role_id) if rule.role_id else None
    team = session.get(Team, rule.team_id) if rule.team_id else None
    return RuleView(
        rule.id,
        rule.kind,
        rule.text,
        rule.action,
        rule.reason,
        role.name if role else None,
        team.name if team else None,
    )


def list_rules(session: Session, actor: Actor) -> list[RuleView]:
    rows = session.scalars(
        select(GuardrailRule)
        .where(GuardrailRule.workspace_id == actor.workspace_id)
        .order_by(GuardrailRule.kind, GuardrailRule.id)
    )
    return [_view(session, r) for r in rows]


def add_rule(
    session: Session,
    actor: Actor,
    *,
    kind: str,
    text: str,
    action: str = "block",
    reason: str = "",
    role: str | None = None,
    team: str | None = None,
    origin: str | None = None,
) -> RuleView:
    """Save a rule after checking it can be applied safely; the reason says why if not."""
    _may_manage(actor)
    if kind not in KINDS:
        raise GuardrailError(f"“{kind}” is not a kind of rule; use one of {', '.join(KINDS)}.")
    if action not in ACTIONS:
        raise GuardrailError("A rule either blocks or warns.")
    text = text.strip()
    if not text:
        raise GuardrailError("Write the rule's text.")
    if kind == "banned":
        compile_phrase(text)
    elif kind == "links":
        text = ", ".join(parse_domains(text))
    role_id = team_id = None
    if role:
        r = session.scalar(
            select(Role).where(Role.workspace_id == actor.workspace_id, Role.name == role)
        )
        if r is None:
            raise GuardrailError(f"There is no role called “{role}”.")
        role_id = r.id
    if team:
        t = session.scalar(
            select(Team).where(Team.workspace_id == actor.workspace_id, Team.name == team)
        )
        if t is None:
            raise GuardrailError(f"There is no team called “{team}”.")
        team_id = t.id
    rule = GuardrailRule(
        workspace_id=actor.workspace_id,
        kind=kind,
        text=text,
        action=action,
        reason=reason.strip(),
        role_id=role_id,
        team_id=team_id,
        created_by_id=actor.employee_id or None,  # the system actor (command line) has no row
    )
    session.add(rule)
    session.flush()
    _audit(
        session,
        actor,
        "guardrail_added",
        target_type="guardrail_rule",
        target_id=rule.id,
        kind=kind,
        text=text,
        rule_action=action,
        role=role,
        team=team,
    )
    changes.publish(session, "guardrail", [rule.id], origin)
    return _view(session, rule)


def remove_rule(session: Session, actor: Actor, rule_id: int, origin: str | None = None) -> None:
    _may_manage(actor)
    rule = session.get(GuardrailRule, rule_id)
    if rule is None or rule.workspace_id != actor.workspace_id:
        raise GuardrailError(f"There is no guardrail number {rule_id}.")
    _audit(
        session,
        actor,
        "guardrail_removed",
        target_type="guardrail_rule",
        target_id=rule_id,
        kind=rule.kind,
        text=rule.text,
    )
    session.delete(rule)
    session.flush()
    changes.publish(session, "guardrail", [rule_id], origin)
