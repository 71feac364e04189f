"""The Statistics section and the advertising catalogue."""
