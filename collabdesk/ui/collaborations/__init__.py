"""The Collaborations section: list, stage board, details, and the checklist wizard."""
