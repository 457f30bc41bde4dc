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
        command.upgrade(alembic_config(engine), "0024")
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


def test_0027_picks_beside_readers_and_downgrades_to_0024(pg_url: str) -> None:
    """The head's pick takes FOR NO KEY UPDATE (a reader's foreign-key lock no longer makes the
    take step over the most urgent conversation); downgrade gives 0024's function back."""
    head = importlib.import_module("app.db.migrations.versions.0027_take_next_beside_readers")
    before = importlib.import_module("app.db.migrations.versions.0024_take_next_direct_pick")
    engine = make_engine(pg_url)
    try:
        upgrade(engine)
        take = _state(engine)[1]
        assert take == _body(head._function("public"))
        assert "FOR NO KEY UPDATE OF c SKIP LOCKED" in take
        assert "FOR UPDATE OF c SKIP LOCKED" not in take
        command.downgrade(alembic_config(engine), "0026")
        assert _state(engine)[1] == _body(before._function("public"))
        command.upgrade(alembic_config(engine), "head")
        assert _state(engine)[1] == _body(head._function("public"))
    finally:
        engine.dispose()
