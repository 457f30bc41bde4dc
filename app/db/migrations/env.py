"""Alembic environment: the engine comes from the caller (app.db.migrate), never a config file."""

from __future__ import annotations

from alembic import context

from app.db.models import Base

config = context.config
engine = config.attributes.get("engine")


def run_migrations_online() -> None:
    if engine is None:
        raise RuntimeError("run migrations through app.db.migrate (no engine given)")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
