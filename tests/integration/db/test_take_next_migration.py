"""Migration 0024 (PostgreSQL): the who-is-asking helpers in PL/pgSQL and the take that walks a
one-team queue; the downgrade puts back 0022's take and 0003's helpers, and upgrading again
works (both directions are plain CREATE OR REPLACE, so a half-applied state cannot stick)."""

from __future__ import annotations

import importlib

import pytest
from alembic import command

from app.db.engine import make_engine
from app.db.migrate import alembic_config, upgrade

HELPERS = ("sc_is_employee", "sc_me", "sc_workspace")


def _state(engine) -> tuple[dict[str, str], str]:
    with engine.connect() as conn:
        languages = dict(
            conn.exec_driver_sql(
                "SELECT p.proname, l.lanname FROM pg_proc p JOIN pg_language l "
                "ON l.oid = p.prolang WHERE p.proname IN ('sc_is_employee', 'sc_me', "
                "'sc_workspace')"
            ).all()
        )
        take = conn.exec_driver_sql(
            "SELECT prosrc FROM pg_proc WHERE proname = 'sc_take_next'"
        ).scalar_one()
    return languages, take


def _body(sql: str) -> str:
    """A function's source as pg_proc keeps it: what lies between the $$ quotes."""
    return sql.split("$$")[1]


@pytest.mark.postgres
def test_0024_upgrades_downgrades_and_upgrades_again(pg_url: str) -> None:
    new = importlib.import_module("app.db.migrations.versions.0024_take_next_direct_pick")
    old = importlib.import_module("app.db.migrations.versions.0022_take_next_function")
    engine = make_engine(pg_url)
    try:
        upgrade(engine)
        languages, take = _state(engine)
        assert languages == dict.fromkeys(HELPERS, "plpgsql")
        assert take == _body(new._function("public"))
        command.downgrade(alembic_config(engine), "0023")
        languages, take = _state(engine)
        assert languages == dict.fromkeys(HELPERS, "sql")
        assert take == _body(old._function("public"))
        command.upgrade(alembic_config(engine), "0024")
        assert _state(engine)[1] == _body(new._function("public"))
    finally:
        engine.dispose()
