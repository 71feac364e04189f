"""Pitches and other PDFs written off the GUI thread."""
