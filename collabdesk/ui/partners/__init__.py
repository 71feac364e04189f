"""The partner list's details, the partner, contact and interaction forms."""
