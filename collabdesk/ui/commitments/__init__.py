"""The commitment tracker, its forms, and the reputation dashboard."""
