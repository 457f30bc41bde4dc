"""Row-level security's read scope in one query instead of five function calls.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06

Every statement an employee runs over conversations, customers, messages or assignments passes
``sc_read_scopes()`` and ``sc_me_if_granted()`` (migration 0003's rule, PL/pgSQL since 0025).
``sc_read_scopes`` called ``sc_my_grants()`` three times and ``sc_my_teams()`` once, each a
function call with its own query; ``sc_me_if_granted`` called ``sc_me()`` and ``sc_my_grants()``.
A workstation's refresh of one changed conversation evaluates them in four policies, so with
three hundred workstations refreshing their lists the server spent most of each read in these
helpers (pg_stat_user_functions: 15 calls of ``sc_my_grants`` per read).

The same rules, word for word in meaning, each as one query over the same tables: the grants of
the active employee named ``session_user`` whose role carries a permission, and for an unscoped
team-inbox grant that employee's teams. Tests: tests/integration/db/test_rls*.py hold the rules;
the workstations benchmark measures the cost. A helper whose body is no longer 0025's (another
migration changed it since) is left alone.
"""

from __future__ import annotations

import importlib
import logging

from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

log = logging.getLogger(__name__)

_ONE_QUERY: dict[str, tuple[str, str]] = {
    "sc_read_scopes": (
        "RETURNS TABLE (scope_team integer, scope_account integer)",
        "BEGIN RETURN QUERY"
        " WITH mine AS (SELECT p.permission::text AS perm, g.team_id AS team,"
        " g.brand_account_id AS account, e.id AS emp"
        " FROM employee e JOIN role_grant g ON g.employee_id = e.id"
        " JOIN role_permission p ON p.role_id = g.role_id"
        " WHERE e.username = session_user AND e.active"
        " AND p.permission::text IN ('read_all', 'read_team_inbox'))"
        " SELECT m.team, m.account FROM mine m WHERE m.perm = 'read_all'"
        " UNION SELECT m.team, m.account FROM mine m"
        " WHERE m.perm = 'read_team_inbox' AND m.team IS NOT NULL"
        " UNION SELECT et.team_id, m.account FROM mine m"
        " JOIN employee_team et ON et.employee_id = m.emp"
        " WHERE m.perm = 'read_team_inbox' AND m.team IS NULL; END",
    ),
    "sc_me_if_granted": (
        "RETURNS integer",
        "BEGIN RETURN (SELECT e.id FROM employee e"
        " WHERE e.username = session_user AND e.active"
        " AND EXISTS (SELECT 1 FROM role_grant g JOIN role_permission p ON p.role_id = g.role_id"
        " WHERE g.employee_id = e.id) LIMIT 1); END",
    ),
}


def _m0025():  # type: ignore[no-untyped-def]
    return importlib.import_module("app.db.migrations.versions.0025_fanout_scope_before")


def _replace(source: dict[str, tuple[str, str]], target: dict[str, tuple[str, str]]) -> None:
    """Each helper whose body is ``source``'s gets ``target``'s; any other is left alone."""
    m = _m0025()
    schema = m._schema()
    definer = f"STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp"
    for name, (returns, body) in target.items():
        now = m._current_body(name)
        if now is None or m._words(now) != m._words(source[name][1]):
            log.info("%s was changed by another migration; left as it is", name)
            continue
        m._run(
            f"CREATE OR REPLACE FUNCTION {name}() {returns} LANGUAGE plpgsql {definer} "
            f"AS $$ {body} $$"
        )


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _replace(_m0025()._PLPGSQL, _ONE_QUERY)


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _replace(_ONE_QUERY, {k: _m0025()._PLPGSQL[k] for k in _ONE_QUERY})
