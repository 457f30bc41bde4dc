"""Fan-out: notifications say which scope a conversation left; RLS read helpers in PL/pgSQL.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-06

A change notification carries the (team, brand account, assignee, status) of what it touched, so
a workstation whose views the change cannot touch reads nothing (app.inbox.fanout). The state
after the change is read by the writer when it publishes; the state before is gone by then, yet
it is what tells a workstation that a conversation *left* its team, its queue or "open" (its
counts must drop). A hand-off also moves the row out of the writer's own read scope, so the
writer cannot read even the state after, and every workstation had to read such a change.

This trigger notes both states, on the server, whenever a conversation's team, account,
assignee or status changes, in a transaction-local setting (``sc.scope_moves``) that
``app.db.changes.publish`` reads and clears. A setting, not a table: nothing is written, no
grant or row-level security is involved, it vanishes at commit or rollback, and the trigger
sees OLD and NEW whatever the writer may read. Past ``_CAP`` characters (a bulk update) it
stops noting and says so ("*"), and the change is then read everywhere as before.

Second, what each read costs. Every statement an employee runs passes row-level security, whose
helpers (``sc_me``, ``sc_workspace``, ``sc_my_grants``, ``sc_my_teams``, ``sc_read_scopes``,
``sc_me_if_granted``, migration 0003) were SQL functions: SECURITY DEFINER keeps them from being
inlined, and a non-inlined SQL function plans its query again in every statement that calls it.
A workstation's one-row read of a changed conversation cost the server 2.6 ms of CPU, a bare
``SELECT id`` 0.6 ms. The same queries in PL/pgSQL keep their plans for the session: 1.5 ms and
0.3 ms (tests/bench/workstations.py measures the whole). The rules are unchanged, word for word;
a helper whose body is no longer migration 0003's (another migration changed it) is left alone.

PostgreSQL only: SQLite has no NOTIFY, and its workstations read the change feed table.
"""

from __future__ import annotations

import importlib
import logging

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

#: past this many characters the notes are given up: the change is read everywhere
_CAP = 6000

_FUNCTION = f"""
CREATE FUNCTION sc_note_scope_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    notes text := coalesce(current_setting('sc.scope_moves', true), '');
BEGIN
    IF notes = '*' THEN
        RETURN NULL;
    END IF;
    -- format() writes NULL as nothing: "id,team,account,assignee,status;" keeps its places
    notes := notes
        || format('%s,%s,%s,%s,%s;', OLD.id, OLD.team_id, OLD.brand_account_id,
                  OLD.assignee_id, OLD.status)
        || format('%s,%s,%s,%s,%s;', NEW.id, NEW.team_id, NEW.brand_account_id,
                  NEW.assignee_id, NEW.status);
    IF length(notes) > {_CAP} THEN
        notes := '*';
    END IF;
    PERFORM set_config('sc.scope_moves', notes, true);
    RETURN NULL;
END $$
"""

_TRIGGER = """
CREATE TRIGGER conversation_scope_move
AFTER UPDATE OF team_id, brand_account_id, assignee_id, status ON conversation
FOR EACH ROW
WHEN (OLD.team_id IS DISTINCT FROM NEW.team_id
      OR OLD.brand_account_id IS DISTINCT FROM NEW.brand_account_id
      OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
      OR OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION sc_note_scope_move()
"""


log = logging.getLogger(__name__)

#: the read-path helpers of migration 0003, as PL/pgSQL (same queries; plans kept per session)
_PLPGSQL = {
    "sc_me": (
        "RETURNS integer",
        "BEGIN RETURN (SELECT id FROM employee WHERE username = session_user AND active); END",
    ),
    "sc_workspace": (
        "RETURNS integer",
        "BEGIN RETURN (SELECT workspace_id FROM employee"
        " WHERE username = session_user AND active); END",
    ),
    "sc_my_grants": (
        "RETURNS TABLE (permission text, team_id integer, account_id integer)",
        "BEGIN RETURN QUERY SELECT p.permission::text, g.team_id, g.brand_account_id"
        " FROM employee e JOIN role_grant g ON g.employee_id = e.id"
        " JOIN role_permission p ON p.role_id = g.role_id"
        " WHERE e.username = session_user AND e.active; END",
    ),
    "sc_my_teams": (
        "RETURNS integer[]",
        "BEGIN RETURN (SELECT coalesce(array_agg(et.team_id), '{}') FROM employee_team et"
        " JOIN employee e ON e.id = et.employee_id"
        " WHERE e.username = session_user AND e.active); END",
    ),
    "sc_read_scopes": (
        "RETURNS TABLE (scope_team integer, scope_account integer)",
        "BEGIN RETURN QUERY"
        " SELECT g.team_id, g.account_id FROM sc_my_grants() g WHERE g.permission = 'read_all'"
        " UNION SELECT g.team_id, g.account_id FROM sc_my_grants() g"
        " WHERE g.permission = 'read_team_inbox' AND g.team_id IS NOT NULL"
        " UNION SELECT t, g.account_id FROM sc_my_grants() g, unnest(sc_my_teams()) t"
        " WHERE g.permission = 'read_team_inbox' AND g.team_id IS NULL; END",
    ),
    "sc_me_if_granted": (
        "RETURNS integer",
        "BEGIN RETURN (SELECT sc_me() WHERE EXISTS (SELECT 1 FROM sc_my_grants())); END",
    ),
}


def _words(sql: str) -> str:
    return " ".join(sql.split())


def _sql_helpers(schema: str) -> dict[str, str]:
    """Migration 0003's helper statements by function name (what downgrade restores)."""
    m0003 = importlib.import_module("app.db.migrations.versions.0003_identity")
    out = {}
    for stmt in m0003._helpers(schema):
        name = stmt.split("FUNCTION", 1)[1].split("(", 1)[0].strip()
        out[name] = stmt
    return out


def _body(stmt: str) -> str:
    return stmt[stmt.index("$$") + 2 : stmt.rindex("$$")]


def _current_body(name: str) -> str | None:
    row = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT prosrc FROM pg_proc WHERE proname = %(n)s "
            "AND pronamespace = current_schema()::regnamespace",
            {"n": name},
        )
        .first()
    )
    return None if row is None else str(row[0])


def _speed_up_helpers(schema: str) -> None:
    definer = f"STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp"
    original = _sql_helpers(schema)
    for name, (returns, body) in _PLPGSQL.items():
        now = _current_body(name)
        if now is None or _words(now) != _words(_body(original[name])):
            # 0024 already made sc_me and sc_workspace PL/pgSQL: expected, not worth a warning
            log.info("%s was changed after migration 0003; left as it is", name)
            continue
        _run(
            f"CREATE OR REPLACE FUNCTION {name}() {returns} LANGUAGE plpgsql {definer} "
            f"AS $$ {body} $$"
        )


def _restore_helpers(schema: str) -> None:
    original = _sql_helpers(schema)
    for name, (_returns, body) in _PLPGSQL.items():
        now = _current_body(name)
        if now is not None and _words(now) == _words(body):
            _run(original[name].replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _run(_FUNCTION)
    _run(_TRIGGER)
    _speed_up_helpers(_schema())


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    _run("DROP TRIGGER IF EXISTS conversation_scope_move ON conversation")
    _run("DROP FUNCTION IF EXISTS sc_note_scope_move()")
    _restore_helpers(_schema())


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar())
