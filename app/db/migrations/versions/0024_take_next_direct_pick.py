"""Take next without re-planning and without re-reading the queue head fifty agents hold.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-06

Measured on 0022's ``sc_take_next`` (50 agents, each their own login, 2 cores; CPU of the
server's processes per take):

- Every take writes an audit event, whose trigger (``sc_audit_stamp``, 0003) asks
  ``sc_is_employee()``, ``sc_me()`` and ``sc_workspace()``. Those are SQL functions with a
  ``SET search_path``, which PostgreSQL never inlines and plans again on every call:
  ``sc_is_employee`` (a join over the ``pg_roles`` view) alone cost 240 µs of a 970 µs take.
  The same queries in PL/pgSQL are planned once per connection and cost 4-30 µs. Every policy
  and trigger that asks who is signed in gains the same way; the answers are unchanged.
- With 50 agents on one queue, nearly every take (2,876 of 3,000) found the first 16 rows of the
  queue all locked by colleagues mid-take, counted the queue, and looked again 128 rows deep:
  server CPU per take rose from 0.9 ms alone to 2 ms with 50 agents. An agent who works one
  team's queue (the usual case) now walks that queue's partial index (0012) in "most urgent
  first" order under ``FOR UPDATE SKIP LOCKED`` with ``LIMIT 1``: the rows colleagues hold are
  stepped over one by one and the first free one is locked, however many are held, with no
  look-ahead list, no sort and no second pass. Only one row is ever locked, as before. Someone
  who works several teams' queues keeps 0022's look across the teams' heads: FOR UPDATE cannot
  stand on a UNION of the teams' ordered queues, and locking each team's head would hold the
  others until commit.
- When nothing could be locked the answer is still "nothing to take" or "colleagues are taking
  the last ones" (a fresh look says whether any row is left), as 0022 said it.

PostgreSQL only; SQLite keeps the application's statements (nothing changes there).
Downgrade restores 0022's function and 0003's helpers.
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

GROUP = "sc_employee"

#: "most urgent first" for open rows (app.inbox.views.sort_terms), the index order of 0012
_ORDER = (
    "(CASE WHEN {c}.first_responded_at IS NULL THEN {c}.first_response_due "
    "ELSE {c}.next_response_due END), {c}.priority DESC, {c}.last_message_at, {c}.id"
)

#: how many rows per team the several-teams look reads first; it deepens by DEEPER (as 0022)
FIRST_DEPTH = 16
DEEPER = 8

#: who is asking (0003): the same queries, in PL/pgSQL so their plans are kept per connection
_IS_EMPLOYEE_QUERY = f"""
                SELECT 1 FROM pg_auth_members m
                JOIN pg_roles member ON member.oid = m.member
                JOIN pg_roles grp ON grp.oid = m.roleid
                WHERE member.rolname = session_user AND grp.rolname = '{GROUP}'
                  AND NOT member.rolsuper"""
_ME_QUERY = "SELECT id FROM employee WHERE username = session_user AND active"
_WORKSPACE_QUERY = "SELECT workspace_id FROM employee WHERE username = session_user AND active"


def _helpers_plpgsql(schema: str) -> list[str]:
    definer = f"STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION sc_is_employee() RETURNS boolean
            LANGUAGE plpgsql {definer} AS $$
            BEGIN
                RETURN EXISTS ({_IS_EMPLOYEE_QUERY});
            END $$""",
        f"""CREATE OR REPLACE FUNCTION sc_me() RETURNS integer LANGUAGE plpgsql {definer} AS $$
            DECLARE found_id integer;
            BEGIN
                {_ME_QUERY.replace("SELECT id", "SELECT id INTO found_id")};
                RETURN found_id;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION sc_workspace() RETURNS integer
            LANGUAGE plpgsql {definer} AS $$
            DECLARE found_id integer;
            BEGIN
                {_WORKSPACE_QUERY.replace("SELECT workspace_id", "SELECT workspace_id INTO found_id")};
                RETURN found_id;
            END $$""",
    ]


def _helpers_sql(schema: str) -> list[str]:
    """0003's bodies, for the downgrade."""
    definer = f"STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION sc_is_employee() RETURNS boolean LANGUAGE sql {definer}
            AS $$ SELECT EXISTS ({_IS_EMPLOYEE_QUERY}) $$""",
        f"""CREATE OR REPLACE FUNCTION sc_me() RETURNS integer LANGUAGE sql {definer}
            AS $$ {_ME_QUERY} $$""",
        f"""CREATE OR REPLACE FUNCTION sc_workspace() RETURNS integer LANGUAGE sql {definer}
            AS $$ {_WORKSPACE_QUERY} $$""",
    ]


def _scope(x: str) -> str:
    """conversation_read as 0022 applies it: a team whose every account I read, or a scope."""
    return f"""({x}.team_id = ANY (whole)
                        OR EXISTS (SELECT 1 FROM sc_read_scopes() s
                                    WHERE (s.scope_team IS NULL OR s.scope_team = {x}.team_id)
                                      AND s.scope_account = {x}.brand_account_id))"""


def _function(schema: str) -> str:
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    queue = f"""
                SELECT x.id FROM conversation x
                 WHERE x.team_id = q.team AND x.status = 'open' AND x.assignee_id IS NULL
                   AND x.workspace_id = emp.workspace_id
                   AND {_scope("x")}
                 ORDER BY {_ORDER.format(c="x")}
                 LIMIT depth"""
    return f"""CREATE OR REPLACE FUNCTION sc_take_next(origin text DEFAULT NULL)
            RETURNS TABLE (outcome text, conversation_id integer, handle text,
                           held integer, capacity integer, availability text)
            LANGUAGE plpgsql {definer} AS $$
            #variable_conflict use_column
            DECLARE
                me integer;
                ws integer;
                emp record;
                teams integer[];
                whole integer[];
                depth integer := {FIRST_DEPTH};
                seen integer;
                deepest integer;
                pick record;
                ev integer;
                payload text;
            BEGIN
                SELECT e.id, e.workspace_id INTO me, ws
                  FROM employee e WHERE e.username = session_user AND e.active;
                IF me IS NULL THEN
                    outcome := 'inactive'; RETURN NEXT; RETURN;
                END IF;
                -- the teams of mine where I may reply or approve (sc_can(perm, team)), and of
                -- those the ones whose every account I read (sc_read_scopes): grants read once
                WITH g AS MATERIALIZED (
                         SELECT p.permission, rg.team_id, rg.brand_account_id AS account_id
                           FROM role_grant rg JOIN role_permission p ON p.role_id = rg.role_id
                          WHERE rg.employee_id = me),
                     mine AS (SELECT DISTINCT et.team_id AS t FROM employee_team et
                               WHERE et.employee_id = me)
                SELECT coalesce(array_agg(mine.t ORDER BY mine.t) FILTER (WHERE works), '{{}}'),
                       coalesce(array_agg(mine.t) FILTER (WHERE works AND reads), '{{}}')
                  INTO teams, whole
                  FROM mine,
                       LATERAL (SELECT
                           EXISTS (SELECT 1 FROM g WHERE g.permission IN ('reply', 'approve')
                                     AND (g.team_id IS NULL OR g.team_id = mine.t)
                                     AND g.account_id IS NULL) AS works,
                           EXISTS (SELECT 1 FROM g
                                    WHERE g.permission IN ('read_all', 'read_team_inbox')
                                      AND (g.team_id IS NULL OR g.team_id = mine.t)
                                      AND g.account_id IS NULL) AS reads) r;
                IF cardinality(teams) = 0 THEN
                    outcome := 'no_teams'; RETURN NEXT; RETURN;
                END IF;
                -- my own row, locked: two workstations of mine take one at a time
                SELECT e.active, e.availability, e.capacity, e.workspace_id INTO emp
                  FROM employee e WHERE e.id = me FOR NO KEY UPDATE;
                IF NOT FOUND OR NOT emp.active THEN
                    outcome := 'inactive'; RETURN NEXT; RETURN;
                END IF;
                availability := emp.availability;
                capacity := emp.capacity;
                IF emp.availability <> 'available' THEN
                    outcome := 'unavailable'; RETURN NEXT; RETURN;
                END IF;
                SELECT count(*) INTO held FROM conversation c
                 WHERE c.assignee_id = me AND c.status IN ('open', 'pending');
                IF held >= emp.capacity THEN
                    outcome := 'full'; RETURN NEXT; RETURN;
                END IF;
                IF cardinality(teams) = 1 THEN
                    -- one queue: its index in order, stepping over the rows colleagues hold
                    SELECT c.id, c.team_id, c.brand_account_id, c.customer_id INTO pick
                      FROM conversation c
                     WHERE c.team_id = teams[1] AND c.status = 'open'
                       AND c.assignee_id IS NULL AND c.workspace_id = emp.workspace_id
                       AND {_scope("c")}
                     ORDER BY {_ORDER.format(c="c")}
                     LIMIT 1
                       FOR UPDATE OF c SKIP LOCKED;
                    IF NOT FOUND THEN
                        -- every row held by a colleague this instant, or none left at all?
                        outcome := CASE WHEN EXISTS (
                                SELECT 1 FROM conversation c
                                 WHERE c.team_id = teams[1] AND c.status = 'open'
                                   AND c.assignee_id IS NULL
                                   AND c.workspace_id = emp.workspace_id AND {_scope("c")})
                            THEN 'busy' ELSE 'empty' END;
                        RETURN NEXT; RETURN;
                    END IF;
                ELSE
                    LOOP
                        SELECT c.id, c.team_id, c.brand_account_id, c.customer_id INTO pick
                          FROM conversation c
                         WHERE c.id IN (SELECT k.id FROM unnest(teams) AS q(team),
                                        LATERAL ({queue}) k)
                           AND c.status = 'open' AND c.assignee_id IS NULL
                         ORDER BY {_ORDER.format(c="c")}
                         LIMIT 1
                           FOR UPDATE OF c SKIP LOCKED;
                        EXIT WHEN FOUND;
                        -- every candidate locked by a colleague: more queue behind them?
                        SELECT coalesce(sum(n), 0), coalesce(max(n), 0) INTO seen, deepest
                          FROM unnest(teams) AS q(team),
                               LATERAL (SELECT count(*) AS n FROM ({queue}) z) k;
                        IF deepest < depth THEN
                            outcome := CASE WHEN seen = 0 THEN 'empty' ELSE 'busy' END;
                            RETURN NEXT; RETURN;
                        END IF;
                        depth := depth * {DEEPER};
                    END LOOP;
                END IF;
                UPDATE conversation c
                   SET assignee_id = me, version = c.version + 1, updated_at = now()
                 WHERE c.id = pick.id;
                INSERT INTO assignment (conversation_id, from_employee_id, to_employee_id,
                                        by_employee_id, action, note, at)
                VALUES (pick.id, NULL, me, me, 'take_next', 'Took the next conversation', now());
                INSERT INTO audit_event (workspace_id, actor_id, actor_name, action,
                                         target_type, target_id, detail, at)
                VALUES (emp.workspace_id, me, session_user, 'conversation_claimed',
                        'conversation', pick.id::text, '{{"via": "take_next"}}'::json, now());
                INSERT INTO change_event (at, topic, ids, origin)
                VALUES (now(), 'conversation', json_build_array(pick.id), origin)
                RETURNING id INTO ev;
                -- app.db.changes.encode: the whole change with its scope, else its id
                payload := json_build_object(
                    'i', ev, 't', 'conversation', 'd', json_build_array(pick.id), 'o', origin,
                    's', json_build_array(
                        json_build_array(pick.team_id, pick.brand_account_id, me)))::text;
                IF length(payload) > 7000 THEN
                    payload := ev::text;
                END IF;
                PERFORM pg_notify('sc_changes', payload);
                SELECT cu.handle INTO handle FROM customer cu WHERE cu.id = pick.customer_id;
                held := held + 1;
                conversation_id := pick.id;
                outcome := 'taken';
                RETURN NEXT;
            END $$"""


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
    finally:
        cursor.close()


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar())


def upgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    schema = _schema()
    for sql in _helpers_plpgsql(schema):
        _run(sql)
    _run(_function(schema))


def downgrade() -> None:
    if op.get_context().dialect.name != "postgresql":
        return
    schema = _schema()
    for sql in _helpers_sql(schema):
        _run(sql)
    previous = importlib.import_module("app.db.migrations.versions.0022_take_next_function")
    _run(previous._function(schema).replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
