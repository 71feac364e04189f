"""Data files shipped with CollabDesk (installed as collabdesk.resources)."""
