"""Use cases over the store, one module per job. Plain Python, no Qt.

Services take a session factory and return frozen dataclasses, never live
ORM objects, so nothing in the UI touches a detached instance."""
