"""Migration 0025 on PostgreSQL: the scope-move trigger, and the read-path RLS helpers in PL/pgSQL.

The helpers' rules must not change, only their language (plans kept per session instead of per
statement); a downgrade gives back migration 0003's SQL functions and drops the trigger.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from app.db.engine import make_engine
from app.db.migrate import alembic_config, upgrade

pytestmark = pytest.mark.postgres

HELPERS = (
    "sc_me",
    "sc_workspace",
    "sc_my_grants",
    "sc_my_teams",
    "sc_read_scopes",
    "sc_me_if_granted",
)


def _languages(engine) -> dict[str, str]:
    with engine.connect() as c:
        rows = c.execute(
            text(
                "SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
                " WHERE p.proname = ANY(:names) AND p.pronamespace = current_schema()::regnamespace"
            ),
            {"names": list(HELPERS)},
        ).all()
    return {name: lang for name, lang in rows}


def _has_trigger(engine) -> bool:
    with engine.connect() as c:
        return bool(
            c.execute(
                text("SELECT count(*) FROM pg_trigger WHERE tgname = 'conversation_scope_move'")
            ).scalar()
        )


def test_0025_speeds_up_the_helpers_and_downgrades_cleanly(pg_url) -> None:
    engine = make_engine(pg_url)
    upgrade(engine)
    assert _languages(engine) == dict.fromkeys(HELPERS, "plpgsql")
    assert _has_trigger(engine)
    command.downgrade(alembic_config(engine), "0023")
    assert _languages(engine) == dict.fromkeys(HELPERS, "sql")
    assert not _has_trigger(engine)
    upgrade(engine)
    assert _languages(engine) == dict.fromkeys(HELPERS, "plpgsql")
    engine.dispose()


def test_a_helper_another_migration_changed_is_left_alone(pg_url) -> None:
    """0025 must not put back 0003's rule over a newer one (the lead re-chains migrations)."""
    engine = make_engine(pg_url)
    command.upgrade(alembic_config(engine), "0023")
    changed = (
        "CREATE OR REPLACE FUNCTION sc_me_if_granted() RETURNS integer LANGUAGE sql "
        "STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$ SELECT sc_me() $$"
    )
    with engine.begin() as c:
        c.exec_driver_sql(changed)
    upgrade(engine)
    langs = _languages(engine)
    assert langs.pop("sc_me_if_granted") == "sql"
    assert set(langs.values()) == {"plpgsql"}
    engine.dispose()
