"""Pitch and recap PDFs and charts (reportlab). No Qt here."""
