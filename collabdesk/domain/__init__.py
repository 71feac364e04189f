"""Typed models and domain rules. Import submodules directly; this package
re-exports nothing so that importing an enum does not pull in SQLAlchemy."""
