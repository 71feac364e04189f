"""Engine, sessions, migrations and file safety. No Qt here."""
