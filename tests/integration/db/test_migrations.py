"""Migrations on both backends: from empty, from an older version, and a newer one refused."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from app.db.engine import DatabaseError, make_engine
from app.db.migrate import alembic_config, current_revision, head_revision, upgrade
from app.db.models import Employee, Workspace
from app.demo import demo_people, ensure_demo_workspace
from app.session.console import Console


def test_from_empty(db_url: str) -> None:
    engine = make_engine(db_url)
    result = upgrade(engine)
    assert result.created and result.before is None and result.after == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert {
        "workspace",
        "employee",
        "conversation",
        "message",
        "outbox_item",
        "audit_event",
        "brand_account",
        "change_event",
    } <= tables
    # running again is a no-op
    assert not upgrade(engine).changed
    engine.dispose()


def test_upgrade_from_older_keeps_data(db_url: str) -> None:
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0001")
    assert current_revision(engine) == "0001"
    from sqlalchemy.orm import Session

    with Session(engine) as s, s.begin():
        ensure_demo_workspace(s)
    result = upgrade(engine)
    assert result.before == "0001" and result.after == head_revision()
    with Session(engine) as s:
        assert s.scalar(select(Workspace.name)) == "Acme (demo)"
        assert len(s.scalars(select(Employee)).all()) == len(demo_people())
    assert "ix_message_customer" in {i["name"] for i in inspect(engine).get_indexes("message")}
    engine.dispose()


def test_newer_database_is_refused(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz99_from_the_future'"))
    with pytest.raises(DatabaseError, match="newer version of Social Console"):
        upgrade(engine)
    engine.dispose()


def test_foreign_tables_are_refused(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE workspace (x int)"))
    with pytest.raises(DatabaseError, match="did not create"):
        Console.open(sqlite_url)
    engine.dispose()


def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_the_head_constant_names_the_newest_script() -> None:
    """Start-up skips Alembic when the database is at HEAD_REVISION: it must be the real head."""
    from app.db.migrate import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_an_up_to_date_start_does_not_import_alembic(tmp_path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    Console.open(url).close()
    code = (
        "import sys; from app.session.console import Console; "
        f"Console.open({url!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        cwd=str(__import__("pathlib").Path(__file__).resolve().parents[3]),
    )
    assert out.stdout.strip() == "False"
