"""Qt widgets, dialogs and item models. Modules here import only
SQLAlchemy-free code at import time so the main window shows fast."""
