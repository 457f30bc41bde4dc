"""Rules in the database: the editor's and the command line's service calls.

Save, delete, reorder, enable, import and export rule documents, seed the defaults and set
business hours. Every call checks ``manage_routing``, writes an audit event and publishes a
``routing`` change so every router rebuilds its compiled set.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    RoutingRule,
    Workspace,
)
from app.identity import audit
from app.identity.access import Actor, Permission
from app.routing.compiler import _Compiler, validate_rule
from app.routing.spec import (
    DEFAULT_RULES_FILE,
    EXPORT_FORMAT,
    EXPORT_VERSION,
    BusinessHours,
    Catalog,
    RuleError,
    RuleSpec,
)

log = logging.getLogger(__name__)

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
