"""Meeting mode and the full-screen presentation."""
