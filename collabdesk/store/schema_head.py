"""The newest schema revision this version of CollabDesk writes.

Kept as a constant so start-up can tell an up-to-date database without
loading Alembic; tests/unit/test_migrations.py checks it equals Alembic's head.
"""

HEAD_REVISION = "0013_library_system"
