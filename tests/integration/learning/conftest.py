"""The identity tests' PostgreSQL world (employees with real logins and scopes), reused."""

from tests.integration.identity.conftest import world  # noqa: F401 - a fixture
